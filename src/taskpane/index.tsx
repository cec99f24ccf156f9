// Wiring: the ports are chosen here and handed to the components as props. Inside Excel the
// workbook port is the office-js writer; in a plain browser (npm run preview) it is the
// in-page workbook preview. Reading and extraction run in the document worker (documentWorker.js).
import * as React from "react";
import { createRoot } from "react-dom/client";
import { applyPlan } from "../adapters/office/applyPlan";
import { readPreviousBookInExcel } from "../adapters/office/readPreviousBook";
import { readWorkbookRange } from "../adapters/office/readRange";
import { App } from "./components/App";
import { PreviewApp } from "./components/PreviewApp";
import { TooOldExcel } from "./components/TooOldExcel";
import { excelTooOld } from "./excelVersion";
import { documentPorts } from "./readFiles";
import { DocumentJobs } from "./worker/client";
import { buildPlan } from "./buildPlan";
import type { ReadFileResult } from "./ports";
import "./registerReaders";

const basePorts = { ...documentPorts(new DocumentJobs("documentWorker.js")), buildPlan };

/** The selection or the active sheet as a source; a failure is the source's error, not the pane's. */
async function readWorkbookTable(which: "selection" | "sheet"): Promise<ReadFileResult> {
  try {
    const doc = await readWorkbookRange(which);
    return { name: doc.name, doc };
  } catch (err) {
    return { name: which === "selection" ? "Excel" : "Excel", error: { kind: "read", why: err instanceof Error ? err.message : String(err) } };
  }
}

function mount(node: React.ReactElement): void {
  const container = document.getElementById("container");
  if (container) createRoot(container).render(node);
}

let mounted = false;
function start(host: Office.HostType | null): void {
  if (mounted) return;
  mounted = true;
  // Compared by value: outside Office the Office namespace does not exist at all.
  if (host !== null && String(host) === "Excel") {
    // an Excel without ExcelApi 1.7 (Excel 2016) is told at once, not when the user writes
    if (excelTooOld((name, v) => Office.context.requirements.isSetSupported(name, v))) mount(<TooOldExcel />);
    else mount(<App ports={{ ...basePorts, readPrevious: () => readPreviousBookInExcel(), applyPlan: (plan) => applyPlan(plan), readWorkbookTable }} />);
  } else mount(<PreviewApp ports={basePorts} />);
}

if (typeof Office === "undefined") {
  start(null);
} else {
  Office.onReady((info) => start(info.host ?? null));
  // Outside Office, onReady can take a while to give up on finding a host. Inside Office (a
  // frame on the web, host info in the URL, a WebView on Windows) the pane waits for it.
  const w = window as Window & { chrome?: { webview?: unknown } };
  const maybeOffice = window.parent !== window || /_host_Info=/i.test(window.location.search) || Boolean(w.chrome?.webview);
  if (!maybeOffice) setTimeout(() => start(null), 1500);
}
