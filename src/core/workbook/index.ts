export { buildWorkbookPlan, type BuildOptions } from "./buildWorkbookPlan";
export type { WorkbookCatalog, WorkbookIndicator } from "./catalog";
export { defaultPeriod } from "./context";
export * from "./plan";
