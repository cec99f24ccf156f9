export type { TableCell, ReadTable } from "./types";
export { tableFacts } from "./tableFacts";
export type { TableContext, TableFactOptions, TableFactsResult } from "./tableFacts";
export { mergeTableFacts } from "./merge";
export { toGrid, columnLetters } from "./grid";
export { unitOfOrganisation, unitOfTitle, unitOfLabel } from "./units";
export { tableRowView } from "./view";
export type { RowView } from "./view";
