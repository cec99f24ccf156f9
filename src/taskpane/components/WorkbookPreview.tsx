// The browser stand-in for Excel: the plan's sheets as HTML tables, so the pane can be tried
// (and tested end to end) without Office. Formulas are not computed: a formula cell shows its
// cached value when the plan has one, else the formula text.
import * as React from "react";
import { Tab, TabList, Text } from "@fluentui/react-components";
import type { Cell, WorkbookPlan } from "../../core/workbook/plan";
import { colLetter } from "../../core/workbook/address";
import type { Translate } from "../i18n";

const MAX_ROWS = 300;
const MAX_COLS = 40;

function grid(sheet: WorkbookPlan["sheets"][number]): (Cell | undefined)[][] {
  const rows: (Cell | undefined)[][] = [];
  for (const b of sheet.blocks) {
    b.cells.forEach((row, i) => {
      const r = b.row + i;
      if (r >= MAX_ROWS) return;
      rows[r] ??= [];
      row.forEach((c, j) => {
        if (b.col + j < MAX_COLS) rows[r][b.col + j] = c;
      });
    });
  }
  return rows;
}

function shown(c: Cell | undefined): string {
  if (!c) return "";
  if (c.f !== undefined) return c.v !== undefined && c.v !== null ? String(c.v) : `=${c.f}`;
  if (c.v === undefined || c.v === null) return "";
  return String(c.v);
}

export function WorkbookPreview({ plan, t }: { plan: WorkbookPlan | null; t: Translate }): React.ReactElement {
  const [active, setActive] = React.useState(0);
  if (!plan) return <Text italic data-testid="preview-empty">{t("preview.empty")}</Text>;
  const sheet = plan.sheets[Math.min(active, plan.sheets.length - 1)];
  const rows = grid(sheet);
  const width = Math.min(MAX_COLS, Math.max(0, ...rows.map((r) => (r ? r.length : 0))));
  return (
    <div data-testid="workbook-preview">
      <TabList selectedValue={String(active)} onTabSelect={(_e, d) => setActive(Number(d.value))} size="small">
        {plan.sheets.map((s, i) => (
          <Tab key={s.key} value={String(i)} data-testid="preview-tab">{s.name}</Tab>
        ))}
      </TabList>
      <div style={{ overflow: "auto", maxHeight: 420, border: "1px solid #e0e0e0" }}>
        <table data-testid="preview-sheet" data-sheet={sheet.name} style={{ borderCollapse: "collapse", fontSize: 12, fontFamily: "Segoe UI, sans-serif" }}>
          <thead>
            <tr>
              <th style={{ background: "#f3f3f3" }} />
              {Array.from({ length: width }, (_, c) => (
                <th key={c} style={{ background: "#f3f3f3", border: "1px solid #e0e0e0", padding: "0 6px" }}>{colLetter(c)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows.length }, (_, r) => (
              <tr key={r}>
                <th style={{ background: "#f3f3f3", border: "1px solid #e0e0e0", padding: "0 6px" }}>{r + 1}</th>
                {Array.from({ length: width }, (_, c) => {
                  const cell = rows[r]?.[c];
                  const style = cell?.s ? plan.styles[cell.s] : undefined;
                  return (
                    <td
                      key={c}
                      data-addr={`${colLetter(c)}${r + 1}`}
                      title={cell?.f !== undefined ? `=${cell.f}` : undefined}
                      style={{
                        border: "1px solid #e0e0e0", padding: "0 6px", whiteSpace: "nowrap", maxWidth: 260, overflow: "hidden", textOverflow: "ellipsis",
                        fontWeight: style?.bold ? 600 : undefined, fontStyle: style?.italic ? "italic" : undefined,
                        color: style?.color ? `#${style.color}` : undefined, background: style?.fill ? `#${style.fill}` : undefined,
                        textAlign: typeof cell?.v === "number" ? "right" : undefined,
                      }}
                    >
                      {shown(cell)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
