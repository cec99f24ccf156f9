// A recording fake of the slice of the Excel JavaScript API that applyPlan uses. It keeps the
// real API's shape where it matters for correctness: every call is queued and runs only at
// context.sync(); loaded properties are unreadable before the sync that loads them; a request or
// a response above 5 MB is rejected like Excel on the web (RequestPayloadSizeLimitExceeded,
// ResponsePayloadSizeLimitExceeded); renaming a sheet rewrites references to it and deleting one
// turns them into #REF! (in every sheet, the user's included, quoted or not); Range.copyFrom
// copies cells with their formats and merges. It can play hosts that misbehave: a feature that
// throws NotImplemented although its requirement set is claimed (`refuse`), and Excel on the Mac
// giving a deleted sheet's id to the next new sheet (`reuseIds`).
// It records every write, counts syncs and API calls, and the largest request and response.
import { colLetter, a1 } from "../../src/core/workbook/address";

export type FakeValue = string | number | boolean;

export interface FakeCell {
  formula?: string;
  value?: FakeValue;
  numberFormat?: string;
  style?: Record<string, unknown>;
}

export interface FakeSheet {
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  columns: Map<number, { width?: number; hidden?: boolean }>;
  freeze?: { rows: number; cols: number };
  tables: { name: string; ref: string; style?: string }[];
  validations: { ref: string; rule?: unknown; prompt?: unknown }[];
  conditionalFormats: { ref: string; formula?: string; format: Record<string, unknown> }[];
  charts: { type: string; title?: string; series: { name?: string; values?: string; categories?: string }[]; from?: string; to?: string }[];
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** Cell notes (ExcelApi 1.18 `notes`) and threaded comments (1.10 `comments`) by address. */
  notes: Map<string, { kind: "note" | "comment"; text: string }>;
  merges: string[];
  /** Border lines as set: "A1:H20|EdgeTop" → style. */
  borders: Map<string, string>;
  rows: Map<number, { height?: number; hidden?: boolean }>;
  /** worksheet.pageLayout (ExcelApi 1.9) as set. */
  page: Record<string, unknown>;
  pageBreaks: string[];
}

export interface FakeWorkbookModel {
  sheets: FakeSheet[];
  names: Map<string, string>;
  settings: Map<string, string>;
  activeSheetId?: string;
  /** Ids of deleted sheets, most recent last (for hosts that reuse them). */
  deletedIds?: string[];
}

export interface Recorded {
  syncs: number;
  apiCalls: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  requests: { calls: number; bytes: number; response: number }[];
  writes: { sheet: string; address: string; kind: string; bytes: number }[];
  calcSuspended: number;
}

export const WEB_REQUEST_LIMIT = 5 * 1024 * 1024;

export type FakeFeature = "comments" | "notes" | "pageLayout" | "charts" | "conditionalFormats";

/** How the simulated host misbehaves. */
export interface FakeHost {
  /** Features that throw NotImplemented although their requirement set is claimed. */
  refuse?: FakeFeature[];
  /** Excel on the Mac: a new sheet may get the id of the last deleted one. */
  reuseIds?: boolean;
  responseLimitBytes?: number;
}

let nextId = 1;
export function newSheet(name: string): FakeSheet {
  return {
    id: `{S${nextId++}}`,
    name,
    cells: new Map(),
    columns: new Map(),
    tables: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
    notes: new Map(),
    merges: [],
    borders: new Map(),
    rows: new Map(),
    page: {},
    pageBreaks: [],
  };
}

export function emptyWorkbook(): FakeWorkbookModel {
  return { sheets: [], names: new Map(), settings: new Map() };
}

// ---------- A1 helpers ----------

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

// one A1 addressing for the fake and the plan builders
export const colName = colLetter;
export const addr = a1;

interface Rect { row: number; col: number; rows: number; cols: number }

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

export function parseA1(address: string): Rect {
  const clean = address.replace(/\$/g, "");
  const [a, b = a] = clean.split(":");
  const cell = (s: string) => {
    const m = /^([A-Z]+)?(\d+)?$/i.exec(s);
    if (!m) throw fakeError("InvalidArgument", `bad address ${address}`);
    return { col: m[1] ? colIndex(m[1]) : -1, row: m[2] ? Number(m[2]) - 1 : -1 };
  };
  const p = cell(a);
  const q = cell(b);
  if (p.row < 0) return { row: 0, col: p.col, rows: MAX_ROWS, cols: q.col - p.col + 1 };
  return { row: p.row, col: p.col, rows: q.row - p.row + 1, cols: q.col - p.col + 1 };
}

function rectA1(r: Rect): string {
  return r.rows === 1 && r.cols === 1 ? addr(r.row, r.col) : `${addr(r.row, r.col)}:${addr(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

function fakeError(code: string, message: string): Error {
  const e = new Error(`${code}: ${message}`);
  (e as Error & { code: string }).code = code;
  return e;
}

// ---------- requests ----------

interface Op {
  bytes: number;
  run: () => void;
  /** Bytes of what the op loads, known once it ran. */
  response?: () => number;
}

const encoder = new TextEncoder();
const sizeOf = (args: unknown[]) => encoder.encode(JSON.stringify(args, (_k, v) => (v instanceof Proxyish ? "<ref>" : v))).length + 60;

class Proxyish {
  constructor(protected readonly ctx: FakeContext) {}
  protected call(args: unknown[], run: () => void, response?: () => number): void {
    this.ctx.enqueue(sizeOf(args), run, response);
  }
}

export class FakeContext {
  queue: Op[] = [];
  readonly workbook: FakeWorkbook;
  constructor(readonly model: FakeWorkbookModel, readonly rec: Recorded, readonly limitBytes = WEB_REQUEST_LIMIT, readonly failOnSync?: number, readonly host: FakeHost = {}) {
    this.workbook = new FakeWorkbook(this);
  }
  enqueue(bytes: number, run: () => void, response?: () => number): void {
    this.rec.apiCalls++;
    this.queue.push({ bytes, run, response });
  }
  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const bytes = ops.reduce((n, o) => n + o.bytes, 0);
    this.rec.syncs++;
    const request = { calls: ops.length, bytes, response: 0 };
    this.rec.requests.push(request);
    this.rec.largestRequestBytes = Math.max(this.rec.largestRequestBytes, bytes);
    if (bytes > this.limitBytes) throw fakeError("RequestPayloadSizeLimitExceeded", `request of ${bytes} bytes`);
    if (this.rec.syncs === this.failOnSync) throw fakeError("GeneralException", `sync ${this.rec.syncs} failed (simulated)`);
    // Excel runs a batch in order until a call fails; what ran stays done.
    for (const op of ops) op.run();
    request.response = ops.reduce((n, o) => n + (o.response?.() ?? 0), 0);
    this.rec.largestResponseBytes = Math.max(this.rec.largestResponseBytes, request.response);
    if (request.response > (this.host.responseLimitBytes ?? WEB_REQUEST_LIMIT)) throw fakeError("ResponsePayloadSizeLimitExceeded", `response of ${request.response} bytes`);
  }
  /** A feature this host claims but refuses: the call fails when its batch runs. */
  refuses(feature: FakeFeature): void {
    if (this.host.refuse?.includes(feature)) throw fakeError("NotImplemented", `${feature} is not implemented on this host (simulated)`);
  }
  sheetById(id: string): FakeSheet {
    const s = this.model.sheets.find((x) => x.id === id);
    if (!s) throw fakeError("ItemNotFound", `sheet ${id}`);
    return s;
  }
  sheetByName(name: string): FakeSheet {
    const s = this.model.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw fakeError("ItemNotFound", `sheet ${name}`);
    return s;
  }
}

/** A value only readable after the sync that loads it, as in office-js. */
class Loadable<T> {
  private loaded = false;
  private v?: T;
  constructor(private readonly what: string) {}
  set(v: T): void {
    this.loaded = true;
    this.v = v;
  }
  get(): T {
    if (!this.loaded) throw fakeError("PropertyNotLoaded", `${this.what} was read before load() and sync()`);
    return this.v as T;
  }
}

// ---------- workbook ----------

class FakeApplication extends Proxyish {
  suspendApiCalculationUntilNextSync(): void {
    this.call([], () => void this.ctx.rec.calcSuspended++);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.call([], () => undefined);
  }
}

class FakeWorkbook extends Proxyish {
  readonly worksheets = new FakeWorksheets(this.ctx);
  readonly names = new FakeNames(this.ctx);
  readonly settings = new FakeSettings(this.ctx);
  readonly tables = new FakeTables(this.ctx);
  readonly application = new FakeApplication(this.ctx);
  readonly comments = {
    add: (cell: FakeRange, content: string) => this.call([cell.rect, content], () => {
      this.ctx.refuses("comments");
      cell.addNote("comment", content);
    }),
  };
}

class FakeWorksheets extends Proxyish {
  private loadedItems = new Loadable<FakeWorksheet[]>("worksheets.items");
  get items(): FakeWorksheet[] {
    return this.loadedItems.get();
  }
  load(_props?: string): this {
    this.call([_props], () => {
      this.loadedItems.set(this.ctx.model.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, () => this.ctx.sheetById(s.id));
        ws.setLoaded(s);
        return ws;
      }));
    });
    return this;
  }
  add(name: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    const ws = new FakeWorksheet(this.ctx, () => {
      if (!created) throw fakeError("ItemNotFound", `sheet ${name} was not created`);
      return created;
    });
    this.call([name], () => {
      if (this.ctx.model.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw fakeError("ItemAlreadyExists", name);
      created = newSheet(name);
      const reused = this.ctx.host.reuseIds ? this.ctx.model.deletedIds?.pop() : undefined;
      if (reused) created.id = reused;
      this.ctx.model.sheets.push(created);
    });
    return ws;
  }
  getItem(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, () => this.ctx.sheetByName(name));
    this.call([name], () => undefined);
    return ws;
  }
}

class FakeNamedItem extends Proxyish {
  constructor(ctx: FakeContext, readonly name: string, private readonly ref: string) {
    super(ctx);
  }
  /** As Excel reports it: with the leading "=". */
  get formula(): string {
    return `=${this.ref}`;
  }
  delete(): void {
    this.call([this.name], () => void this.ctx.model.names.delete(this.name));
  }
}

class FakeNames extends Proxyish {
  private loadedItems = new Loadable<FakeNamedItem[]>("names.items");
  get items(): FakeNamedItem[] {
    return this.loadedItems.get();
  }
  load(_props?: string): this {
    this.call([_props], () => this.loadedItems.set([...this.ctx.model.names].map(([n, ref]) => new FakeNamedItem(this.ctx, n, ref))));
    return this;
  }
  add(name: string, reference: string): void {
    this.call([name, reference], () => {
      if ([...this.ctx.model.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) throw fakeError("ItemAlreadyExists", name);
      this.ctx.model.names.set(name, reference.replace(/^=/, ""));
    });
  }
}

class FakeSetting extends Proxyish {
  private loaded = new Loadable<string>("setting.value");
  private nullness = new Loadable<boolean>("setting.isNullObject");
  constructor(ctx: FakeContext, private readonly key: string) {
    super(ctx);
  }
  get value(): string {
    return this.loaded.get();
  }
  get isNullObject(): boolean {
    return this.nullness.get();
  }
  load(_props?: string): this {
    this.call([_props], () => {
      const v = this.ctx.model.settings.get(this.key);
      this.nullness.set(v === undefined);
      this.loaded.set(v as string);
    });
    return this;
  }
}

class FakeSettings extends Proxyish {
  getItemOrNullObject(key: string): FakeSetting {
    this.call([key], () => undefined);
    return new FakeSetting(this.ctx, key);
  }
  add(key: string, value: string): void {
    this.call([key, value], () => void this.ctx.model.settings.set(key, value));
  }
}

class FakeTableItem {
  constructor(readonly name: string) {}
}

class FakeTables extends Proxyish {
  private loadedItems = new Loadable<FakeTableItem[]>("tables.items");
  get items(): FakeTableItem[] {
    return this.loadedItems.get();
  }
  load(_props?: string): this {
    this.call([_props], () => this.loadedItems.set(this.ctx.model.sheets.flatMap((s) => s.tables.map((t) => new FakeTableItem(t.name)))));
    return this;
  }
}

// ---------- worksheets ----------

function rewriteRefs(model: FakeWorkbookModel, from: string, to: string | null): void {
  const q = (n: string) => `'${n.replace(/'/g, "''")}'!`;
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // 'Name'!A1:B2 or Name!A1 (Excel quotes only names that need it); deleting the sheet leaves #REF!
  const ref = new RegExp(`(?:${esc(q(from))}|(?<![\\p{L}\\p{N}_.'])${esc(from)}!)(\\$?[A-Z]*\\$?\\d*(?::\\$?[A-Z]*\\$?\\d*)?)`, "giu");
  const fix = (text: string) => text.replace(ref, (_m, cells: string) => (to === null ? "#REF!" : `${q(to)}${cells}`));
  for (const s of model.sheets) {
    for (const c of s.cells.values()) if (c.formula) c.formula = fix(c.formula);
    for (const ch of s.charts) for (const se of ch.series) {
      if (se.values) se.values = fix(se.values);
      if (se.categories) se.categories = fix(se.categories);
    }
  }
  for (const [n, ref] of model.names) model.names.set(n, fix(ref));
}

class FakeWorksheet extends Proxyish {
  private loadedId = new Loadable<string>("worksheet.id");
  private loadedName = new Loadable<string>("worksheet.name");
  private loadedVisibility = new Loadable<string>("worksheet.visibility");
  private loadedPosition = new Loadable<number>("worksheet.position");
  readonly notes: FakeNotes;
  readonly comments: FakeNotes;
  readonly freezePanes: FakeFreezePanes;
  readonly tables: FakeSheetTables;
  readonly charts: FakeCharts;
  readonly pageLayout: FakePageLayout;
  readonly horizontalPageBreaks: { add: (cell: string) => void; removePageBreaks: () => void };
  constructor(ctx: FakeContext, readonly resolve: () => FakeSheet) {
    super(ctx);
    this.pageLayout = new FakePageLayout(ctx, resolve);
    this.horizontalPageBreaks = {
      add: (cell: string) => this.call([cell], () => {
        this.ctx.refuses("pageLayout");
        this.resolve().pageBreaks.push(cell);
      }),
      removePageBreaks: () => this.call([], () => void (this.resolve().pageBreaks = [])),
    };
    this.freezePanes = new FakeFreezePanes(ctx, resolve);
    this.tables = new FakeSheetTables(ctx, resolve);
    this.charts = new FakeCharts(ctx, resolve);
    this.notes = new FakeNotes(ctx, resolve, "note");
    this.comments = new FakeNotes(ctx, resolve, "comment");
  }
  setLoaded(s: FakeSheet): void {
    this.loadedId.set(s.id);
    this.loadedName.set(s.name);
    this.loadedVisibility.set(s.visibility ?? "Visible");
    this.loadedPosition.set(this.ctx.model.sheets.indexOf(s));
  }
  get visibility(): string {
    return this.loadedVisibility.get();
  }
  set visibility(v: string) {
    this.call([v], () => void (this.resolve().visibility = v as FakeSheet["visibility"]));
  }
  get position(): number {
    return this.loadedPosition.get();
  }
  set position(to: number) {
    this.call([to], () => {
      const s = this.resolve();
      const rest = this.ctx.model.sheets.filter((x) => x !== s);
      rest.splice(to, 0, s);
      this.ctx.model.sheets = rest;
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.call([valuesOnly], () => undefined);
    return new FakeRange(this.ctx, this.resolve, null);
  }
  get id(): string {
    return this.loadedId.get();
  }
  get name(): string {
    return this.loadedName.get();
  }
  set name(to: string) {
    this.call([to], () => {
      const s = this.resolve();
      if (this.ctx.model.sheets.some((x) => x !== s && x.name.toLowerCase() === to.toLowerCase())) throw fakeError("ItemAlreadyExists", to);
      const from = s.name;
      s.name = to;
      rewriteRefs(this.ctx.model, from, to);
    });
  }
  load(_props?: string): this {
    this.call([_props], () => this.setLoaded(this.resolve()));
    return this;
  }
  delete(): void {
    this.call([], () => {
      const s = this.resolve();
      // Excel refuses to delete a very hidden sheet; it must be made visible first.
      if (s.visibility === "VeryHidden") throw fakeError("InvalidOperation", `sheet ${s.name} is very hidden`);
      this.ctx.model.sheets = this.ctx.model.sheets.filter((x) => x !== s);
      (this.ctx.model.deletedIds ??= []).push(s.id);
      rewriteRefs(this.ctx.model, s.name, null);
    });
  }
  activate(): void {
    this.call([], () => void (this.ctx.model.activeSheetId = this.resolve().id));
  }
  /** No address: the whole sheet, as in office-js. */
  getRange(address?: string): FakeRange {
    this.call([address], () => undefined);
    return new FakeRange(this.ctx, this.resolve, address ? parseA1(address) : { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.call([row, col, rows, cols], () => undefined);
    return new FakeRange(this.ctx, this.resolve, { row, col, rows, cols });
  }
}

/** worksheet.pageLayout: each property set is recorded under its name. */
class FakePageLayout extends Proxyish {
  readonly headersFooters: { defaultForAllPages: Record<string, string> };
  constructor(ctx: FakeContext, private readonly sheet: () => FakeSheet) {
    super(ctx);
    const set = (key: string, v: unknown) => this.set(key, v);
    const hf: Record<string, string> = {};
    for (const k of ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"]) {
      Object.defineProperty(hf, k, { set: (v: string) => set(k, v), enumerable: true });
    }
    this.headersFooters = { defaultForAllPages: hf };
    for (const k of ["orientation", "paperSize", "zoom", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"]) {
      Object.defineProperty(this, k, { set: (v: unknown) => set(k, v) });
    }
  }
  private set(key: string, v: unknown): void {
    this.call([key, v], () => {
      this.ctx.refuses("pageLayout");
      this.sheet().page[key] = v;
    });
  }
  setPrintTitleRows(rows: string): void {
    this.set("printTitleRows", rows);
  }
  setPrintTitleColumns(cols: string): void {
    this.set("printTitleColumns", cols);
  }
  setPrintArea(area: string): void {
    this.set("printArea", area);
  }
}

class FakeFreezePanes extends Proxyish {
  constructor(ctx: FakeContext, private readonly sheet: () => FakeSheet) {
    super(ctx);
  }
  freezeAt(range: FakeRange): void {
    this.call([range.rect], () => void (this.sheet().freeze = { rows: range.rect.row + range.rect.rows, cols: range.rect.col + range.rect.cols }));
  }
  freezeRows(rows: number): void {
    this.call([rows], () => void (this.sheet().freeze = { rows, cols: 0 }));
  }
  freezeColumns(cols: number): void {
    this.call([cols], () => void (this.sheet().freeze = { rows: 0, cols }));
  }
  unfreeze(): void {
    this.call([], () => void delete this.sheet().freeze);
  }
}

class FakeTable extends Proxyish {
  constructor(ctx: FakeContext, private readonly find: () => { name: string; style?: string }) {
    super(ctx);
  }
  set name(v: string) {
    this.call([v], () => {
      const all = this.ctx.model.sheets.flatMap((s) => s.tables);
      if (all.some((t) => t.name.toLowerCase() === v.toLowerCase())) throw fakeError("ItemAlreadyExists", `table ${v}`);
      this.find().name = v;
    });
  }
  set style(v: string) {
    this.call([v], () => void (this.find().style = v));
  }
}

/** An item of a loaded collection that can only be deleted. */
class FakeDeletable extends Proxyish {
  constructor(ctx: FakeContext, private readonly remove: () => void) {
    super(ctx);
  }
  delete(): void {
    this.call([], this.remove);
  }
}

/** A sheet's tables or charts as Excel lists them: loadable items, each deletable. */
class FakeSheetCollection<K extends "tables" | "charts"> extends Proxyish {
  private loadedItems: Loadable<FakeDeletable[]>;
  constructor(ctx: FakeContext, protected readonly sheet: () => FakeSheet, private readonly kind: K) {
    super(ctx);
    this.loadedItems = new Loadable<FakeDeletable[]>(`worksheet.${kind}.items`);
  }
  get items(): FakeDeletable[] {
    return this.loadedItems.get();
  }
  load(_props?: string): this {
    this.call([_props], () => {
      const s = this.sheet();
      const kind = this.kind;
      const list = s[kind] as unknown[];
      this.loadedItems.set(list.map((x) => new FakeDeletable(this.ctx, () => void ((s[kind] as unknown[]) = (s[kind] as unknown[]).filter((y) => y !== x)))));
    });
    return this;
  }
}

class FakeSheetTables extends FakeSheetCollection<"tables"> {
  constructor(ctx: FakeContext, sheet: () => FakeSheet) {
    super(ctx, sheet, "tables");
  }
  add(range: FakeRange, _hasHeaders: boolean): FakeTable {
    let made: { name: string; ref: string; style?: string } | undefined;
    this.call([range.rect, _hasHeaders], () => {
      const s = this.sheet();
      const n = this.ctx.model.sheets.reduce((k, x) => k + x.tables.length, 0) + 1;
      made = { name: `Table${n}`, ref: rectA1(range.rect) };
      s.tables.push(made);
    });
    return new FakeTable(this.ctx, () => {
      if (!made) throw fakeError("ItemNotFound", "table");
      return made;
    });
  }
  getItem(name: string): FakeTable {
    this.call([name], () => undefined);
    return new FakeTable(this.ctx, () => {
      const t = this.sheet().tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!t) throw fakeError("ItemNotFound", `table ${name}`);
      return t;
    });
  }
}

type FakeChartModel = FakeSheet["charts"][number];

class FakeSeries extends Proxyish {
  constructor(ctx: FakeContext, private readonly get: () => FakeChartModel["series"][number]) {
    super(ctx);
  }
  set name(v: string) {
    this.call([v], () => void (this.get().name = v));
  }
  setValues(range: FakeRange): void {
    this.call([range.rect], () => void (this.get().values = range.qualified()));
  }
  setXAxisValues(range: FakeRange): void {
    this.call([range.rect], () => void (this.get().categories = range.qualified()));
  }
}

class FakeChart extends Proxyish {
  readonly title: { text: string };
  readonly series: { getItemAt: (i: number) => FakeSeries; add: (name: string) => FakeSeries };
  constructor(ctx: FakeContext, private readonly get: () => FakeChartModel) {
    super(ctx);
    const setTitle = (v: string) => this.call([v], () => void (this.get().title = v));
    this.title = {
      set text(v: string) {
        setTitle(v);
      },
      get text(): string {
        throw fakeError("PropertyNotLoaded", "chart.title.text");
      },
    };
    this.series = {
      getItemAt: (i: number) => {
        this.call([i], () => undefined);
        return new FakeSeries(ctx, () => this.get().series[i]);
      },
      add: (name: string) => {
        let idx = -1;
        this.call([name], () => {
          idx = this.get().series.push({ name }) - 1;
        });
        return new FakeSeries(ctx, () => this.get().series[idx]);
      },
    };
  }
  setPosition(from: FakeRange, to: FakeRange): void {
    this.call([from.rect, to.rect], () => {
      const c = this.get();
      c.from = rectA1(from.rect);
      c.to = rectA1(to.rect);
    });
  }
}

class FakeCharts extends FakeSheetCollection<"charts"> {
  constructor(ctx: FakeContext, sheet: () => FakeSheet) {
    super(ctx, sheet, "charts");
  }
  add(type: string, source: FakeRange, _seriesBy?: string): FakeChart {
    let made: FakeChartModel | undefined;
    this.call([type, source.rect, _seriesBy], () => {
      this.ctx.refuses("charts");
      made = { type, series: [{ values: source.qualified() }] };
      this.sheet().charts.push(made);
    });
    return new FakeChart(this.ctx, () => {
      if (!made) throw fakeError("ItemNotFound", "chart");
      return made;
    });
  }
}

/** worksheet.notes (1.18) or worksheet.comments (1.10): add, load, delete. */
class FakeNotes extends Proxyish {
  private loadedItems = new Loadable<FakeDeletable[]>("notes.items");
  constructor(ctx: FakeContext, private readonly sheet: () => FakeSheet, private readonly kind: "note" | "comment") {
    super(ctx);
  }
  get items(): FakeDeletable[] {
    return this.loadedItems.get();
  }
  add(cell: FakeRange, content: string): void {
    this.call([cell.rect, content], () => {
      this.ctx.refuses(this.kind === "note" ? "notes" : "comments");
      cell.addNote(this.kind, content);
    });
  }
  load(_props?: string): this {
    this.call([_props], () => {
      const s = this.sheet();
      const mine = [...s.notes].filter(([, n]) => n.kind === this.kind).map(([a]) => a);
      this.loadedItems.set(mine.map((a) => new FakeDeletable(this.ctx, () => void s.notes.delete(a))));
    });
    return this;
  }
}

// ---------- ranges ----------

/** What Excel stores when a string is entered into a cell with the given number format. */
export function enteredValue(entry: FakeValue, numberFormat: string | undefined): FakeCell {
  if (typeof entry !== "string") return { value: entry };
  if (entry.startsWith("'")) return { value: entry.slice(1) };
  if (numberFormat === "@") return { value: entry };
  if (entry.startsWith("=")) return { formula: entry.slice(1) };
  if (/^[+-]?\d+(\.\d+)?$/.test(entry.trim())) return { value: Number(entry) };
  if (/^(true|false)$/i.test(entry)) return { value: entry.toLowerCase() === "true" };
  if (/^[a-z]{3,9}[\s\-/.]+\d/i.test(entry)) return { value: `DATE(${entry})` };
  return { value: entry };
}

/** The smallest rectangle from A1 holding every cell with content (Excel's used range, values only). */
function usedRect(s: FakeSheet): Rect | null {
  let rows = 0;
  let cols = 0;
  for (const [a, c] of s.cells) {
    if (c.formula === undefined && (c.value === undefined || c.value === "")) continue;
    const r = parseA1(a);
    rows = Math.max(rows, r.row + 1);
    cols = Math.max(cols, r.col + 1);
  }
  return rows ? { row: 0, col: 0, rows, cols } : null;
}

class FakeRange extends Proxyish {
  readonly format: FakeRangeFormat;
  private loadedValues = new Loadable<FakeValue[][]>("range.values");
  private nullness = new Loadable<boolean>("range.isNullObject");
  private usedRange = false;
  private resolvedRect: Rect | null;
  /** `rect` null: a used range, known only once a sync has resolved it. */
  constructor(ctx: FakeContext, private readonly sheet: () => FakeSheet, rect: Rect | null) {
    super(ctx);
    this.usedRange = rect === null;
    this.resolvedRect = rect;
    this.format = new FakeRangeFormat(ctx, sheet, rect ?? { row: 0, col: 0, rows: 0, cols: 0 });
  }
  get rect(): Rect {
    if (!this.resolvedRect) throw fakeError("InvalidOperation", "a used range was used before it was resolved");
    return this.resolvedRect;
  }
  get isNullObject(): boolean {
    return this.nullness.get();
  }
  private loadedDims = new Loadable<true>("range.rowIndex/columnIndex/rowCount/columnCount");
  get rowIndex(): number {
    this.loadedDims.get();
    return this.rect.row;
  }
  get columnIndex(): number {
    this.loadedDims.get();
    return this.rect.col;
  }
  get rowCount(): number {
    this.loadedDims.get();
    return this.rect.rows;
  }
  get columnCount(): number {
    this.loadedDims.get();
    return this.rect.cols;
  }
  load(props = "values"): this {
    const wants = new Set(props.split(",").map((p) => p.trim()));
    this.call([props], () => {
      const s = this.sheet();
      if (this.usedRange) this.resolvedRect = usedRect(s);
      this.nullness.set(this.resolvedRect === null);
      this.loadedDims.set(true);
      const r = this.resolvedRect;
      if (!wants.has("values")) return;
      if (!r) return this.loadedValues.set([]);
      const grid: FakeValue[][] = [];
      for (let i = 0; i < r.rows; i++) {
        const row: FakeValue[] = [];
        for (let j = 0; j < r.cols; j++) {
          const c = s.cells.get(addr(r.row + i, r.col + j));
          // a formula's value is not computed by the fake: it reads as empty, like an uncalculated cell
          row.push(c?.value ?? "");
        }
        grid.push(row);
      }
      this.loadedValues.set(grid);
    }, () => (wants.has("values") && this.resolvedRect ? sizeOf([this.loadedValues.get()]) : 64));
    return this;
  }
  addNote(kind: "note" | "comment", text: string): void {
    const r = this.rect;
    if (r.rows !== 1 || r.cols !== 1) throw fakeError("InvalidCellAddress", "a note goes on a single cell");
    const s = this.sheet();
    const a = addr(r.row, r.col);
    if (s.notes.has(a)) throw fakeError("InvalidOperation", `cell ${a} already has a note`);
    s.notes.set(a, { kind, text });
  }
  /** Contents and formats of the cells go; notes, validation and conditional formats are left (not documented otherwise). */
  clear(_applyTo?: string): void {
    this.call([this.rect, _applyTo], () => {
      const s = this.sheet();
      for (const a of [...s.cells.keys()]) if (this.contains(a)) s.cells.delete(a);
      for (const k of [...s.borders.keys()]) if (this.overlaps(parseA1(k.split("|")[0]!))) s.borders.delete(k);
    });
  }
  private contains(a: string): boolean {
    const p = parseA1(a);
    const r = this.rect;
    return p.row >= r.row && p.row < r.row + r.rows && p.col >= r.col && p.col < r.col + r.cols;
  }
  /**
   * ExcelApi 1.9. Cells (values, formulas, number formats, styles) and notes are copied. Excel
   * shifts relative references by the offset; the fake only models copies to the same place,
   * where formulas stay as written, and refuses others.
   */
  copyFrom(source: FakeRange, copyType?: string): void {
    this.call([source.rect, copyType], () => {
      if (copyType !== "All") throw fakeError("InvalidArgument", "the fake only copies everything");
      const from = source.rect;
      const to = this.rect;
      if (from.row !== to.row || from.col !== to.col || from.rows !== to.rows || from.cols !== to.cols) {
        throw fakeError("InvalidArgument", "the fake only copies a range onto the same addresses");
      }
      const src = source.sheet();
      const dst = this.sheet();
      for (const a of [...dst.cells.keys()]) if (this.contains(a)) dst.cells.delete(a);
      for (const [a, c] of src.cells) {
        if (!source.contains(a)) continue;
        dst.cells.set(a, { ...c, ...(c.style ? { style: { ...c.style } } : {}) });
        this.ctx.rec.writes.push({ sheet: dst.name, address: a, kind: "copy", bytes: 0 });
      }
      for (const [a, n] of src.notes) if (source.contains(a)) dst.notes.set(a, { ...n });
      for (const m of src.merges) if (source.containsRect(parseA1(m)) && !dst.merges.includes(m)) dst.merges.push(m);
      for (const [k, v] of src.borders) if (source.containsRect(parseA1(k.split("|")[0]!))) dst.borders.set(k, v);
    });
  }
  containsRect(o: Rect): boolean {
    const r = this.rect;
    return o.row >= r.row && o.row + o.rows <= r.row + r.rows && o.col >= r.col && o.col + o.cols <= r.col + r.cols;
  }
  merge(_across?: boolean): void {
    this.call([this.rect, _across], () => {
      const s = this.sheet();
      const ref = rectA1(this.rect);
      if (s.merges.some((m) => this.overlaps(parseA1(m)) && m !== ref)) throw fakeError("InvalidOperation", `cannot merge ${ref} over another merge`);
      if (!s.merges.includes(ref)) s.merges.push(ref);
    });
  }
  unmerge(): void {
    this.call([this.rect], () => {
      const s = this.sheet();
      s.merges = s.merges.filter((m) => !this.overlaps(parseA1(m)));
    });
  }
  set rowHidden(v: boolean) {
    this.call([v], () => {
      const s = this.sheet();
      if (!v) for (const [r, row] of s.rows) if (r >= this.rect.row && r < this.rect.row + this.rect.rows) s.rows.set(r, { ...row, hidden: false });
      if (v) for (let r = this.rect.row; r < this.rect.row + this.rect.rows; r++) s.rows.set(r, { ...s.rows.get(r), hidden: true });
    });
  }
  getEntireRow(): FakeRange {
    this.call([], () => undefined);
    return new FakeRange(this.ctx, this.sheet, { row: this.rect.row, col: 0, rows: this.rect.rows, cols: MAX_COLS });
  }
  qualified(): string {
    const s = this.sheet();
    const r = this.rect;
    return `'${s.name.replace(/'/g, "''")}'!$${colName(r.col)}$${r.row + 1}:$${colName(r.col + r.cols - 1)}$${r.row + r.rows}`;
  }
  private checkShape(grid: unknown[][], what: string): void {
    if (grid.length !== this.rect.rows || grid.some((row) => row.length !== this.rect.cols)) {
      throw fakeError("InvalidArgument", `${what}: ${grid.length}×${grid[0]?.length} array for a ${this.rect.rows}×${this.rect.cols} range`);
    }
  }
  private record(kind: string, grid: unknown[][]): void {
    this.ctx.rec.writes.push({ sheet: this.sheet().name, address: rectA1(this.rect), kind, bytes: sizeOf([grid]) });
  }
  set formulas(grid: FakeValue[][]) {
    this.call([grid], () => {
      this.checkShape(grid, "formulas");
      this.record("formulas", grid);
      this.writeEntries(grid);
    });
  }
  set values(grid: FakeValue[][]) {
    this.call([grid], () => {
      this.checkShape(grid, "values");
      this.record("values", grid);
      this.writeEntries(grid);
    });
  }
  get formulas(): FakeValue[][] {
    throw fakeError("PropertyNotLoaded", "range.formulas");
  }
  get values(): FakeValue[][] {
    return this.loadedValues.get();
  }
  set formulasLocal(_grid: FakeValue[][]) {
    throw new Error("formulasLocal depends on the user's locale; the add-in must write range.formulas");
  }
  set numberFormat(grid: string[][]) {
    this.call([grid], () => {
      this.checkShape(grid, "numberFormat");
      this.record("numberFormat", grid);
      const s = this.sheet();
      grid.forEach((row, i) => row.forEach((nf, j) => {
        if (nf === null) return;
        const a = addr(this.rect.row + i, this.rect.col + j);
        const cell = s.cells.get(a) ?? {};
        cell.numberFormat = nf;
        s.cells.set(a, cell);
      }));
    });
  }
  set columnHidden(v: boolean) {
    this.call([v], () => {
      const s = this.sheet();
      // showing columns only changes those that have a record; a whole sheet has 16 384
      if (!v) for (const [c, col] of s.columns) if (c >= this.rect.col && c < this.rect.col + this.rect.cols) s.columns.set(c, { ...col, hidden: false });
      if (v) for (let c = this.rect.col; c < this.rect.col + this.rect.cols; c++) s.columns.set(c, { ...s.columns.get(c), hidden: v });
    });
  }
  getEntireColumn(): FakeRange {
    this.call([], () => undefined);
    return new FakeRange(this.ctx, this.sheet, { row: 0, col: this.rect.col, rows: MAX_ROWS, cols: this.rect.cols });
  }
  get dataValidation(): { rule: unknown; prompt: unknown; clear: () => void } {
    const s = this.sheet;
    const ref = rectA1(this.rect);
    const call = (args: unknown[], run: () => void) => this.call(args, run);
    const overlaps = (other: string) => this.overlaps(parseA1(other));
    const entry = () => {
      const sheet = s();
      let v = sheet.validations.find((x) => x.ref === ref);
      if (!v) sheet.validations.push((v = { ref }));
      return v;
    };
    return {
      set rule(v: unknown) {
        call([v], () => void (entry().rule = v));
      },
      set prompt(v: unknown) {
        call([v], () => void (entry().prompt = v));
      },
      get rule(): unknown {
        throw fakeError("PropertyNotLoaded", "dataValidation.rule");
      },
      get prompt(): unknown {
        throw fakeError("PropertyNotLoaded", "dataValidation.prompt");
      },
      clear: () =>
        call([ref], () => {
          const sheet = s();
          sheet.validations = sheet.validations.filter((v) => !overlaps(v.ref));
        }),
    };
  }
  overlaps(o: Rect): boolean {
    const r = this.rect;
    return o.row < r.row + r.rows && r.row < o.row + o.rows && o.col < r.col + r.cols && r.col < o.col + o.cols;
  }
  get conditionalFormats(): { add: (type: string) => unknown; clearAll: () => void } {
    return {
      clearAll: () =>
        this.call([], () => {
          const sheet = this.sheet();
          sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !this.overlaps(parseA1(cf.ref)));
        }),
      add: (type: string) => {
        let made: FakeSheet["conditionalFormats"][number] | undefined;
        this.call([type], () => {
          this.ctx.refuses("conditionalFormats");
          made = { ref: rectA1(this.rect), format: {} };
          this.sheet().conditionalFormats.push(made);
        });
        const get = () => made!;
        const ctx = this.ctx;
        const setter = (key: string) => (v: unknown) => ctx.enqueue(sizeOf([v]), () => void (get().format[key] = v));
        return {
          custom: {
            rule: { set formula(v: string) { ctx.enqueue(sizeOf([v]), () => void (get().formula = v)); } },
            format: {
              font: { set color(v: string) { setter("color")(v); }, set bold(v: boolean) { setter("bold")(v); }, set italic(v: boolean) { setter("italic")(v); } },
              fill: { set color(v: string) { setter("fill")(v); } },
            },
          },
        };
      },
    };
  }
  private writeEntries(grid: FakeValue[][]): void {
    const s = this.sheet();
    grid.forEach((row, i) => row.forEach((entry, j) => {
      if (entry === null || entry === undefined) return; // null leaves the cell as it is
      const a = addr(this.rect.row + i, this.rect.col + j);
      const old = s.cells.get(a) ?? {};
      const next = enteredValue(entry, old.numberFormat);
      s.cells.set(a, { numberFormat: old.numberFormat, style: old.style, ...next });
    }));
  }
}

class FakeRangeFormat extends Proxyish {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  constructor(ctx: FakeContext, private readonly sheet: () => FakeSheet, private readonly rect: Rect) {
    super(ctx);
    const style = (key: string, v: unknown) => this.styleCells(key, v);
    this.font = {
      set bold(v: boolean) { style("bold", v); },
      set italic(v: boolean) { style("italic", v); },
      set color(v: string) { style("color", v); },
      set size(v: number) { style("size", v); },
      set name(v: string) { style("font", v); },
    };
    this.fill = { set color(v: string) { style("fill", v); } };
    const border = (edge: string, v: string) => this.call([edge, v], () => void this.sheet().borders.set(`${rectA1(this.rect)}|${edge}`, v));
    this.borders = {
      getItem: (edge: string) => ({
        set style(v: string) { border(edge, v); },
        set color(_v: string) { /* the fake keeps the line style only */ },
      }),
    };
  }
  readonly borders: { getItem: (edge: string) => { style: string; color: string } };
  set verticalAlignment(v: string) {
    this.styleCells("valign", v);
  }
  set rowHeight(v: number) {
    this.call([v], () => {
      const s = this.sheet();
      for (let r = this.rect.row; r < this.rect.row + this.rect.rows; r++) s.rows.set(r, { ...s.rows.get(r), height: v });
    });
  }
  set wrapText(v: boolean) {
    this.styleCells("wrap", v);
  }
  set horizontalAlignment(v: string) {
    this.styleCells("align", v);
  }
  set columnWidth(v: number) {
    this.call([v], () => {
      const s = this.sheet();
      for (let c = this.rect.col; c < this.rect.col + this.rect.cols; c++) s.columns.set(c, { ...s.columns.get(c), width: v });
    });
  }
  private styleCells(key: string, v: unknown): void {
    this.call([key, v], () => {
      if (this.rect.rows * this.rect.cols > 1_000_000) throw new Error("the fake does not style whole columns");
      const s = this.sheet();
      for (let r = this.rect.row; r < this.rect.row + this.rect.rows; r++) {
        for (let c = this.rect.col; c < this.rect.col + this.rect.cols; c++) {
          const a = addr(r, c);
          const cell = s.cells.get(a) ?? {};
          cell.style = { ...cell.style, [key]: v };
          s.cells.set(a, cell);
        }
      }
    });
  }
}

// ---------- entry points ----------

export interface FakeExcel {
  model: FakeWorkbookModel;
  rec: Recorded;
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** Requirement sets this fake host claims, e.g. "1.7" supports 1.1–1.7. */
  isSetSupported: (name: string, version: string) => boolean;
}

/** `failOnSync`: the n-th sync (1-based, counted over this fake's life) is rejected before it runs anything. */
export function createFakeExcel(opts: { model?: FakeWorkbookModel; apiVersion?: string; limitBytes?: number; failOnSync?: number } & FakeHost = {}): FakeExcel {
  const model = opts.model ?? emptyWorkbook();
  const rec: Recorded = { syncs: 0, apiCalls: 0, largestRequestBytes: 0, largestResponseBytes: 0, requests: [], writes: [], calcSuspended: 0 };
  const max = Number((opts.apiVersion ?? "1.9").split(".")[1]);
  return {
    model,
    rec,
    run: async (batch) => {
      const ctx = new FakeContext(model, rec, opts.limitBytes, opts.failOnSync, { refuse: opts.refuse, reuseIds: opts.reuseIds, responseLimitBytes: opts.responseLimitBytes });
      return batch(ctx as unknown as Excel.RequestContext);
    },
    isSetSupported: (name, version) => name === "ExcelApi" && Number(version.split(".")[1]) <= max,
  };
}

/** The cells of one sheet as "A1" → formula ("=…") or value, for comparisons. */
export function sheetContents(sheet: FakeSheet): Map<string, { content: FakeValue; numberFormat?: string }> {
  const out = new Map<string, { content: FakeValue; numberFormat?: string }>();
  for (const [a, c] of sheet.cells) {
    if (c.formula !== undefined) out.set(a, { content: `=${c.formula}`, numberFormat: c.numberFormat });
    else if (c.value !== undefined) out.set(a, { content: c.value, numberFormat: c.numberFormat });
  }
  return out;
}
