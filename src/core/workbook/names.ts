// Defined names the formulas read through, so a formula says SUMIFS(CT_Value, CT_Group, …)
// instead of 'Dữ liệu'!$P$2:$P$59.
export const N = {
  /** The unit each row is compared as. */
  entity: "CT_Entity",
  /** The "value used" column: the override where one is filled in, else the reported value. */
  value: "CT_Value",
  /** The numeric key column, ascending down the data sheet (keys.ts). */
  key: "CT_Key",
  /** TRUE while CT_Key is still in ascending order (the user may re-sort the data table). */
  sorted: "CT_Sorted",
  /** The row key column: one row's identity, which new-unit sums add up by. */
  factKey: "CT_FactKey",
  /** Another source's differing figure, on the row the comparison uses. */
  sources: "CT_Sources",
  group: "CT_Group",
  plan: "CT_Plan",
  met: "CT_Met",
  periods: "CT_Periods",
  chartNames: "CT_ChartIndicators",
  selPeriod: "CT_SelPeriod",
  /** 0-based index of the selected period in CT_Periods; -1 when it is not one of them. */
  selIndex: "CT_SelIndex",
  chartName: "CT_ChartIndicator",
} as const;
