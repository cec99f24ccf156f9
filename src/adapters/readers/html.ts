// Saved news pages (.html): the article text without menus, scripts, styles, navigation, share
// bars or "tin liên quan" lists. When the page marks its article (<article>, articleBody, a
// content/detail container) only that is read; link-only blocks are dropped either way.
import type { Parser as ParserType } from "htmlparser2";
import { ReadDocument, ReadError, ReadTable, TableCell } from "./types";
import { loadEsm } from "./esm";
import { decodeText } from "./txt";
import { renderTableRows } from "./renderTable";

type ParserCtor = typeof ParserType;

const SKIP_TAGS = new Set(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "template", "button", "select", "menu", "head", "object", "canvas"]);
const BLOCK_TAGS = new Set(["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote", "br", "ul", "ol", "dd", "dt", "figcaption", "main", "pre", "hr", "tr", "table", "caption"]);
const BOILERPLATE = /(?:^|[\s_-])(?:menu|nav|navbar|breadcrumbs?|sidebar|side-bar|related|relate|lien-?quan|tinlienquan|tin-khac|other-news|more-news|footer|header|share|social|comments?|banner|advert|ads|quang-?cao|popup|cookie|tags?|toolbar|login|search|widget|hot-?news|most-?read|xem-?nhieu)(?:$|[\s_-])/i;
const ARTICLE = /(?:^|[\s_-])(?:article|articlebody|article-body|content-detail|detail-content|news-?content|news-?detail|post-?content|entry-?content|noidung|chi-?tiet|main-?content|fck_detail|body-?text)(?:$|[\s_-])/i;

interface Block {
  text: string;
  inArticle: boolean;
  linkChars: number;
}

interface TableBuild {
  rows: TableCell[][];
  row?: TableCell[];
  cell?: TableCell;
  taken: Set<string>;
  r: number;
  title?: string;
  inArticle: boolean;
  blockIndex: number;
}

export async function readHtml(name: string, bytes: Uint8Array): Promise<ReadDocument> {
  const { Parser } = await loadEsm<{ Parser: ParserCtor }>("htmlparser2");
  const decoded = decodeText(name, bytes);
  const source = decoded.text;
  const notes = [...decoded.notes];
  const blocks: Block[] = [];
  const tables: TableBuild[] = [];
  const done: TableBuild[] = [];
  const stack: Array<{ tag: string; skip: boolean; article: boolean }> = [];
  let skipDepth = 0;
  let articleDepth = 0;
  let linkDepth = 0;
  let buf = "";
  let bufLinks = 0;
  let sawArticle = false;
  let title = "";
  let inTitle = false;

  const flush = () => {
    const t = buf.replace(/[ \t\r\n\u00a0]+/g, " ").trim();
    if (t) blocks.push({ text: t, inArticle: articleDepth > 0, linkChars: Math.min(bufLinks, t.length) });
    buf = "";
    bufLinks = 0;
  };

  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        const cls = `${attrs.class ?? ""} ${attrs.id ?? ""} ${attrs.role ?? ""}`;
        const skip = SKIP_TAGS.has(tag) || BOILERPLATE.test(cls) || attrs.role === "navigation" || attrs.hidden !== undefined || /display\s*:\s*none/i.test(attrs.style ?? "");
        const article = !skip && (tag === "article" || attrs.itemprop === "articleBody" || ARTICLE.test(cls));
        if (tag === "title") inTitle = true;
        stack.push({ tag, skip, article });
        if (skip) skipDepth++;
        if (skipDepth) return;
        if (article) {
          articleDepth++;
          sawArticle = true;
        }
        if (tag === "a") linkDepth++;
        const table = tables[tables.length - 1];
        if (tag === "table") {
          flush();
          const prev = blocks[blocks.length - 1];
          tables.push({ rows: [], taken: new Set(), r: 0, title: prev && prev.text.length < 250 ? prev.text : undefined, inArticle: articleDepth > 0, blockIndex: blocks.length });
          return;
        }
        if (table && tag === "tr") {
          table.row = [];
          return;
        }
        if (table && (tag === "td" || tag === "th") && table.row) {
          let c = 0;
          while (table.taken.has(`${table.r},${c}`)) c++;
          const colSpan = Math.max(1, Math.min(100, Number(attrs.colspan) || 1));
          const rowSpan = Math.max(1, Math.min(1000, Number(attrs.rowspan) || 1));
          for (let i = 0; i < rowSpan; i++) for (let j = 0; j < colSpan; j++) table.taken.add(`${table.r + i},${c + j}`);
          table.cell = { text: "", row: table.r, col: c, ...(rowSpan > 1 ? { rowSpan } : {}), ...(colSpan > 1 ? { colSpan } : {}) };
          return;
        }
        if (BLOCK_TAGS.has(tag) && !table) flush();
        if (tag === "br" && table?.cell) table.cell.text += "\n";
      },
      ontext(t) {
        if (inTitle) title += t;
        if (skipDepth) return;
        const table = tables[tables.length - 1];
        if (table) {
          if (table.cell) table.cell.text += t;
          return;
        }
        buf += t;
        if (linkDepth) bufLinks += t.replace(/\s+/g, "").length;
      },
      onclosetag(tag) {
        // implied closes arrive for every open element, so the stack stays balanced
        const top = stack.pop();
        if (tag === "title") inTitle = false;
        if (!top) return;
        if (top.skip) {
          skipDepth--;
          return;
        }
        if (skipDepth) return;
        if (top.article) articleDepth--;
        if (tag === "a") linkDepth = Math.max(0, linkDepth - 1);
        const table = tables[tables.length - 1];
        if (table && (tag === "td" || tag === "th") && table.cell && table.row) {
          table.cell.text = table.cell.text.replace(/[ \t\r\u00a0]+/g, " ").replace(/\s*\n\s*/g, "\n").trim();
          table.row.push(table.cell);
          table.cell = undefined;
          return;
        }
        if (table && tag === "tr" && table.row) {
          table.rows.push(table.row);
          table.row = undefined;
          table.r++;
          return;
        }
        if (table && tag === "table") {
          tables.pop();
          const outer = tables[tables.length - 1];
          if (outer?.cell) outer.cell.text += " " + table.rows.map((r) => r.map((c) => c.text).join(" ")).join(" ");
          else done.push(table);
          return;
        }
        if (BLOCK_TAGS.has(tag) && !table) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  try {
    parser.write(source);
    parser.end();
  } catch (e) {
    throw new ReadError(name, `not a readable HTML page: ${(e as Error).message}`);
  }
  flush();

  const articleChars = blocks.filter((b) => b.inArticle).reduce((s, b) => s + b.text.length, 0);
  const useArticle = sawArticle && articleChars > 200;
  // lists of links (menus, related articles) say nothing about the figures
  const keep = (b: Block) => (!useArticle || b.inArticle) && !(b.linkChars > b.text.replace(/\s+/g, "").length * 0.6);
  const kept = new Set(blocks.filter(keep));
  const dropped = blocks.length - kept.size;

  let text = "";
  const readTables: ReadTable[] = [];
  const pending = done.filter((t) => (!useArticle || t.inArticle) && t.rows.length).sort((a, b) => a.blockIndex - b.blockIndex);
  let ti = 0;
  const emitTable = (t: TableBuild) => {
    const rt: ReadTable = { ...(t.title ? { title: t.title } : {}), rows: t.rows };
    if (text) text += "\n";
    rt.start = text.length;
    text += renderTableRows(rt);
    rt.end = text.length;
    readTables.push(rt);
  };
  blocks.forEach((b, i) => {
    while (ti < pending.length && pending[ti].blockIndex <= i) emitTable(pending[ti++]);
    if (!kept.has(b)) return;
    text += (text ? "\n" : "") + b.text;
  });
  while (ti < pending.length) emitTable(pending[ti++]);
  if (!text.trim()) throw new ReadError(name, "the page has no article text");
  notes.push(useArticle ? "article text read from the page's article container" : "page text read without menus, scripts and link lists");
  if (dropped) notes.push(`${dropped} menu, link-list or boilerplate block${dropped > 1 ? "s" : ""} left out`);
  if (title.trim()) notes.push(`page title: ${title.replace(/\s+/g, " ").trim()}`);
  return { name, text, tables: readTables, notes };
}
