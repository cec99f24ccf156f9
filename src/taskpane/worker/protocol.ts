// Messages between the pane and its document worker (documentWorker.ts): reading a file and
// extracting its facts run there, off the thread that paints the pane, so a 100-page PDF or a
// workbook of many sheets never freezes Excel. Cancel is the pane ending the worker.
import type { ReadDocument } from "../../core/document/types";
import type { ExtractOutcome } from "../ports";

export type WorkerRequest =
  | { id: number; type: "read"; name: string; bytes: ArrayBuffer }
  | { id: number; type: "extract"; doc: ReadDocument; entity?: string };

export type WorkerReply =
  | { id: number; type: "progress"; stage: "reading" | "extracting"; page?: number; pages?: number }
  | { id: number; type: "read"; doc: ReadDocument }
  | { id: number; type: "extracted"; outcome: ExtractOutcome }
  | { id: number; type: "error"; message: string; unsupported?: boolean };
