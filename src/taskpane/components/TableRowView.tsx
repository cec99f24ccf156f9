// The table row a figure was read from, its cell highlighted, each cell under its column header.
// Text nodes only: report text is untrusted and never reaches innerHTML.
import * as React from "react";
import type { ReadTable } from "../../core/tables/types";
import type { TableCellRef } from "../../core/facts/fact";
import { tableRowView } from "../../core/tables/view";

export function TableRowView({ table, cell, label }: { table: ReadTable | undefined; cell: TableCellRef; label: string }): React.ReactElement {
  const view = table ? tableRowView(table, cell.row, cell.col) : undefined;
  const where = [cell.sheet, cell.address, cell.page ? `p. ${cell.page}` : undefined].filter(Boolean).join(" · ");
  return (
    <figure style={{ margin: 0 }} data-testid="table-row">
      <figcaption style={{ fontWeight: 600, marginBottom: 4 }}>
        {label}
        {where ? <span style={{ fontWeight: 400, color: "#616161" }}> ({where})</span> : null}
      </figcaption>
      {view?.title ? <div style={{ fontSize: 12, color: "#616161", marginBottom: 4 }}>{view.title}</div> : null}
      {view ? (
        <div style={{ overflowX: "auto", borderLeft: "3px solid #107c41", background: "#f5f5f5" }}>
          <table style={{ borderCollapse: "collapse", fontSize: 12 }}>
            <tbody>
              {view.columns.map((c, i) => (
                <tr key={i} data-mark={c.mark ? "true" : undefined}>
                  <th style={{ textAlign: "left", fontWeight: 400, color: "#616161", padding: "2px 8px", verticalAlign: "top" }}>{c.header}</th>
                  <td style={{ padding: "2px 8px", verticalAlign: "top" }}>
                    {c.mark ? <mark style={{ background: "#fff100", fontWeight: 600 }}>{c.text}</mark> : c.text}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <blockquote style={{ margin: 0, padding: 8, background: "#f5f5f5", borderLeft: "3px solid #107c41" }}>
          <mark style={{ background: "#fff100", fontWeight: 600 }}>{cell.quote}</mark>
        </blockquote>
      )}
    </figure>
  );
}
