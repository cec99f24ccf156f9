export { diffFacts, isUnchanged, keyedFacts, changedFields, type ChangeSummary, type FailedSource } from "./diffFacts";
export { formatSummary, countsLine } from "./formatSummary";
export { logEntries } from "./logEntries";
export { mergeRefresh, type RefreshResult, type MergeOptions } from "./mergeRefresh";
export { readPreviousBook, type PreviousBook, type PreviousRow } from "./previousBook";
export { planRefresh, localTimestamp, type PlanRefreshOptions, type PlannedRefresh } from "./planRefresh";
