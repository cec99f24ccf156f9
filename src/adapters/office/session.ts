// One Excel.run as the writer and the reader use it: every round trip counted, and what each
// request will carry accounted for, so that no request or response crosses Excel on the web's
// 5 MB limit however big the book.

/** Budget per request; Excel on the web rejects requests above 5 MB. */
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;
/** Budget per response: the same 5 MB limit applies to what a sync brings back. */
export const DEFAULT_MAX_RESPONSE_BYTES = 3_500_000;
/** Rough cost of one API call in the request (action, object path, ids), besides the arrays it carries. */
export const CALL_BYTES = 160;

export type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export class Session {
  syncs = 0;
  private pending = 0;
  constructor(
    readonly context: Excel.RequestContext,
    readonly maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES,
    private readonly onBatch: (wb: Excel.Workbook) => void = () => undefined,
  ) {}

  get workbook(): Excel.Workbook {
    return this.context.workbook;
  }

  async sync(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.pending = 0;
    this.onBatch(this.context.workbook);
  }

  /** Opens a batch: the writer pauses recalculation and screen updates for it. */
  begin(): void {
    this.pending = 0;
    this.onBatch(this.context.workbook);
  }

  /** Accounts for `bytes` more in the pending request, sending it first if it would overflow. */
  async spend(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.maxRequestBytes) await this.sync();
    this.pending += bytes;
  }

  /** Accounts for calls that must stay in the current request (a commit is one request). */
  charge(bytes: number): void {
    this.pending += bytes;
  }
}
