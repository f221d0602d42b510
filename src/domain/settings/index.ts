export * from "./settings";
export * from "./settings-sheet";
