// The pane's document worker: reads files and extracts facts off the UI thread (desktop Excel
// restarts an add-in that does not yield for 5 seconds). Its ES-module dependencies are imported
// statically, so the worker is one file with no chunks to load.
import * as htmlparser2 from "htmlparser2";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import * as sheetjs from "@e965/xlsx";
import { registerEsm } from "../../adapters/readers/esm";
import { readJob, extractJob } from "../documentJobs";
import type { WorkerReply, WorkerRequest } from "./protocol";

// pdf.js parses in its own worker, served from this add-in's folder like everything else (relative
// to this script: an office may serve the add-in from a sub-folder of its web server)
pdfjs.GlobalWorkerOptions.workerSrc = new URL("pdfjs/pdf.worker.min.mjs", self.location.href).href;
registerEsm("htmlparser2", async () => htmlparser2);
registerEsm("pdfjs-dist/legacy/build/pdf.mjs", async () => pdfjs);
registerEsm("@e965/xlsx", async () => sheetjs);

interface WorkerScope {
  postMessage(msg: WorkerReply): void;
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = async (e) => {
  const req = e.data;
  try {
    if (req.type === "read") {
      scope.postMessage({ id: req.id, type: "progress", stage: "reading" });
      const doc = await readJob(req.name, new Uint8Array(req.bytes), (page, pages) => scope.postMessage({ id: req.id, type: "progress", stage: "reading", page, pages }));
      scope.postMessage({ id: req.id, type: "read", doc });
    } else {
      scope.postMessage({ id: req.id, type: "progress", stage: "extracting" });
      scope.postMessage({ id: req.id, type: "extracted", outcome: extractJob(req.doc, req.entity) });
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    scope.postMessage({ id: req.id, type: "error", message, unsupported: /unsupported file type/.test(message) });
  }
};
