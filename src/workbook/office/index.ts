/** The office operations: the only code that calls context.sync(). */
export * from "./errors";
export * from "./list-sheets";
export * from "./progress";
export * from "./read-sheet-grid";
export * from "./write-block";
export * from "./write-table";
export type * from "./excel-api";
export * from "./read-workbook-grids";
export * from "./guarded-region";
export * from "./guarded-sheet";
export * from "./guarded-append";
export * from "./guarded-temp";
