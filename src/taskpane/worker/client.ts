// The pane's side of the document worker: one worker, requests by id, progress as it comes, and
// cancel by ending the worker (a new one starts with the next request). Where a browser cannot
// start workers, the same jobs run on the pane's thread, after a pause to paint.
import type { ReadDocument } from "../../core/document/types";
import type { ExtractOutcome } from "../ports";
import { readJob, extractJob } from "../documentJobs";
import type { WorkerReply, WorkerRequest } from "./protocol";

export class Cancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "Cancelled";
  }
}

export class JobError extends Error {
  constructor(message: string, readonly unsupported = false) {
    super(message);
    this.name = "JobError";
  }
}

export interface JobProgress {
  stage: "reading" | "extracting";
  page?: number;
  pages?: number;
}

type Pending = { resolve: (r: WorkerReply) => void; reject: (e: Error) => void; onProgress?: (p: JobProgress) => void };
type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

export class DocumentJobs {
  private worker?: Worker;
  private broken = false;
  private seq = 0;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly workerUrl: string | undefined) {}

  private start(): Worker | undefined {
    if (this.worker || this.broken || !this.workerUrl || typeof Worker === "undefined") return this.worker;
    try {
      const w = new Worker(this.workerUrl);
      w.onmessage = (e: MessageEvent<WorkerReply>) => this.route(e.data);
      w.onerror = (e) => {
        e.preventDefault?.();
        this.failAll(new JobError(e.message || "the document worker stopped"));
        w.terminate();
        if (this.worker === w) this.worker = undefined;
      };
      this.worker = w;
    } catch {
      this.broken = true;
    }
    return this.worker;
  }

  private route(reply: WorkerReply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    if (reply.type === "progress") {
      p.onProgress?.({ stage: reply.stage, page: reply.page, pages: reply.pages });
      return;
    }
    this.pending.delete(reply.id);
    if (reply.type === "error") p.reject(new JobError(reply.message, reply.unsupported));
    else p.resolve(reply);
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  private send(req: Request, transfer: Transferable[], onProgress?: (p: JobProgress) => void): Promise<WorkerReply> {
    const w = this.start();
    const id = ++this.seq;
    return new Promise<WorkerReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      if (w) w.postMessage({ ...req, id } as WorkerRequest, transfer);
      else void this.inThread({ ...req, id } as WorkerRequest);
    });
  }

  /** No worker: the same job on this thread, after letting the pane paint its progress. */
  private async inThread(req: WorkerRequest): Promise<void> {
    await new Promise((r) => setTimeout(r, 0));
    try {
      if (req.type === "read") {
        const doc = await readJob(req.name, new Uint8Array(req.bytes), (page, pages) => this.route({ id: req.id, type: "progress", stage: "reading", page, pages }));
        this.route({ id: req.id, type: "read", doc });
      } else this.route({ id: req.id, type: "extracted", outcome: extractJob(req.doc, req.entity) });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.route({ id: req.id, type: "error", message, unsupported: /unsupported file type/.test(message) });
    }
  }

  async read(name: string, bytes: Uint8Array, onProgress?: (p: JobProgress) => void): Promise<ReadDocument> {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const reply = await this.send({ type: "read", name, bytes: buffer }, [buffer], onProgress);
    if (reply.type !== "read") throw new JobError("unexpected reply from the document worker");
    return reply.doc;
  }

  async extract(doc: ReadDocument, entity: string | undefined, onProgress?: (p: JobProgress) => void): Promise<ExtractOutcome> {
    const reply = await this.send({ type: "extract", doc, entity }, [], onProgress);
    if (reply.type !== "extracted") throw new JobError("unexpected reply from the document worker");
    return reply.outcome;
  }

  /** Stops whatever is running: the worker is ended, its requests fail as cancelled. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.failAll(new Cancelled());
  }
}
