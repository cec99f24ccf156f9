export { documentFacts } from "./documentFacts";
export type { DocumentFactOptions, DocumentFacts } from "./documentFacts";
export type { ReadDocument } from "./types";
