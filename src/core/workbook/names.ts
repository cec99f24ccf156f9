// Defined names the formulas read through, so a formula says SUMIFS(CT_Value, CT_Group, …)
// instead of 'Dữ liệu'!$P$2:$P$59.
export const N = {
  entity: "CT_Entity",
  indicator: "CT_Indicator",
  period: "CT_Period",
  basis: "CT_Basis",
  measure: "CT_Measure",
  /** The "value used" column: the override where one is filled in, else the reported value. */
  value: "CT_Value",
  key: "CT_Key",
  /** The row key column: one row's identity, which new-unit sums add up by. */
  factKey: "CT_FactKey",
  group: "CT_Group",
  plan: "CT_Plan",
  met: "CT_Met",
  groupValue: "CT_GroupValue",
  periods: "CT_Periods",
  indicatorIds: "CT_IndicatorIds",
  directions: "CT_Directions",
  chartNames: "CT_ChartIndicators",
  chartIds: "CT_ChartIndicatorIds",
  selPeriod: "CT_SelPeriod",
  chartId: "CT_ChartIndicatorId",
} as const;
