export * from "./register-types";
export * from "./as-typed";
export * from "./read-register";
export * from "./read-workbook";
