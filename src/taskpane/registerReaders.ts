// The shared readers load their ES-module-only dependencies lazily (src/adapters/readers/esm.ts);
// in the browser those loads must be imports the bundler can see, registered here. This is for
// the pane's own thread (used where no worker can start); the document worker registers its own.
// pdf.js runs its worker from this add-in's own folder (copied to pdfjs/ by webpack; relative,
// since an office may serve the add-in from a sub-folder of its web server).
import { registerEsm } from "../adapters/readers/esm";

export const PDFJS_WORKER_URL = "pdfjs/pdf.worker.min.mjs";

registerEsm("htmlparser2", () => import("htmlparser2"));
registerEsm("@e965/xlsx", () => import("@e965/xlsx"));
registerEsm("pdfjs-dist/legacy/build/pdf.mjs", async () => {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  pdfjs.GlobalWorkerOptions.workerSrc = new URL(PDFJS_WORKER_URL, document.baseURI).href;
  return pdfjs;
});
