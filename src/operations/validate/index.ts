/** Validation in the workbook: read and check, mark cells, export the issues, accept safe fixes. */
export * from "./validate-workbook";
export * from "./marks-plan";
export * from "./marks";
export * from "./issues-sheet";
export * from "./fix-plan";
export * from "./fixes";
export * from "./settings-sheet";
export * from "./json";
