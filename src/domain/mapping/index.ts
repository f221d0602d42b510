export * from "./types";
export * from "./header-words";
export * from "./field-wordings";
export * from "./columns";
export * from "./header-row";
export * from "./detect";
export * from "./overrides";
