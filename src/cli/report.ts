// What the command line tells the user on stderr: one line per problem or note, and — only when
// stderr is a terminal and the run is long — a progress line (files read, facts found) that is
// rewritten in place and cleared before any other line and at the end.

export interface ReportOptions {
  /** Show progress (default: when stderr is a terminal). */
  progress?: boolean;
  /** Progress appears after this long, so short runs stay quiet (ms). */
  after?: number;
  write?: (s: string) => void;
}

export class Reporter {
  private readonly write: (s: string) => void;
  private readonly progress: boolean;
  private readonly after: number;
  private readonly t0 = Date.now();
  private shown = false;
  private last = 0;

  constructor(o: ReportOptions = {}) {
    this.write = o.write ?? ((s) => void process.stderr.write(s));
    this.progress = o.progress ?? Boolean(process.stderr.isTTY);
    this.after = o.after ?? 1000;
  }

  /** A line of its own: "error: x.pdf: …", "note: …". */
  line(text: string): void {
    this.clear();
    this.write(text.endsWith("\n") ? text : text + "\n");
  }

  /** Progress, redrawn at most five times a second. */
  tick(done: number, total: number, facts: number): void {
    if (!this.progress) return;
    const now = Date.now();
    if (now - this.t0 < this.after || (now - this.last < 200 && done < total)) return;
    this.last = now;
    const pct = total ? Math.floor((done / total) * 100) : 100;
    this.write(`\r\x1b[K${done}/${total} files read (${pct}%), ${facts.toLocaleString("en-US")} facts`);
    this.shown = true;
  }

  clear(): void {
    if (!this.shown) return;
    this.write("\r\x1b[K");
    this.shown = false;
  }
}
