export * from "./counties";
export * from "./focus-areas";
export * from "./choices";
export * from "./towns";
