/** Converting a sheet an HR office keeps into a structured register (issue 3). */
export * from "./convert-error";
export * from "./convert-sheet";
export * from "./diff";
export * from "./existing-register";
export * from "./plan";
export * from "./preview";
export * from "./register-columns";
export * from "./register-table";
export * from "./snapshot";
export * from "./summary";
export * from "./survey";
