#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/core/facts/fact.ts
function quotedWords(f) {
  return f.source.cell?.quote ?? f.source.text;
}
function factKey(f) {
  return [f.entity, f.indicator, f.period, f.basis, f.measure, f.doc, f.derived ? "derived" : ""].join("|");
}
function toJsonFact(f) {
  const out = {
    doc: f.doc,
    entity: f.entity,
    indicator: f.indicator,
    period: f.period,
    basis: f.basis,
    measure: f.measure,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier
  };
  if (f.upper !== void 0) out.upper = f.upper;
  if (f.planRef !== void 0 && f.planRef !== null) out.planRef = f.planRef;
  if (f.warnings && f.warnings.length) out.warnings = f.warnings;
  if (f.derived) out.derived = true;
  out.source = f.source;
  return out;
}
var init_fact = __esm({
  "src/core/facts/fact.ts"() {
    "use strict";
  }
});

// src/adapters/readers/types.ts
var ReadError;
var init_types = __esm({
  "src/adapters/readers/types.ts"() {
    "use strict";
    ReadError = class extends Error {
      constructor(file, message) {
        super(`${file}: ${message}`);
        this.file = file;
        this.name = "ReadError";
      }
      file;
    };
  }
});

// src/adapters/readers/legacy/tcvn3Table.ts
var TCVN3_HIGH, TCVN3_LOW;
var init_tcvn3Table = __esm({
  "src/adapters/readers/legacy/tcvn3Table.ts"() {
    "use strict";
    TCVN3_HIGH = "\xC0\u1EA2\xC3\xC1\u1EA0\u1EB6\u1EAC\xC8\u1EBA\u1EBC\xC9\u1EB8\u1EC6\xCC\u1EC8\u0128\xCD\u1ECA\xD2\u1ECE\xD5\xD3\u1ECC\u1ED8\u1EDC\u1EDE\u1EE0\u1EDA\u1EE2\xD9\u1EE6\u0168\xA0\u0102\xC2\xCA\xD4\u01A0\u01AF\u0110\u0103\xE2\xEA\xF4\u01A1\u01B0\u0111\u1EB0\u0300\u0309\u0303\u0301\u0323\xE0\u1EA3\xE3\xE1\u1EA1\u1EB2\u1EB1\u1EB3\u1EB5\u1EAF\u1EB4\u1EAE\u1EA6\u1EA8\u1EAA\u1EA4\u1EC0\u1EB7\u1EA7\u1EA9\u1EAB\u1EA5\u1EAD\xE8\u1EC2\u1EBB\u1EBD\xE9\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\xEC\u1EC9\u1EC4\u1EBE\u1ED2\u0129\xED\u1ECB\xF2\u1ED4\u1ECF\xF5\xF3\u1ECD\u1ED3\u1ED5\u1ED7\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\xF9\u1ED6\u1EE7\u0169\xFA\u1EE5\u1EEB\u1EED\u1EEF\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\xFD\u1EF5\u1ED0";
    TCVN3_LOW = { "1": "\xDA", "2": "\u1EE4", "4": "\u1EEA", "5": "\u1EEC", "6": "\u1EEE", "17": "\u1EE8", "18": "\u1EF0", "19": "\u1EF2", "20": "\u1EF6", "21": "\u1EF8", "22": "\xDD", "23": "\u1EF4" };
  }
});

// src/adapters/readers/legacy/vniTable.ts
var VNI_MARKS, VNI_LETTERS;
var init_vniTable = __esm({
  "src/adapters/readers/legacy/vniTable.ts"() {
    "use strict";
    VNI_MARKS = {
      "\xF9": "\u0301",
      // acute
      "\xF8": "\u0300",
      // grave
      "\xFB": "\u0309",
      // hook above
      "\xF5": "\u0303",
      // tilde
      "\xEF": "\u0323",
      // dot below
      "\xE2": "\u0302",
      // circumflex
      "\xE1": "\u0302\u0301",
      "\xE0": "\u0302\u0300",
      "\xE5": "\u0302\u0309",
      "\xE3": "\u0302\u0303",
      "\xE4": "\u0302\u0323",
      "\xEA": "\u0306",
      // breve
      "\xE9": "\u0306\u0301",
      "\xE8": "\u0306\u0300",
      "\xFA": "\u0306\u0309",
      "\xFC": "\u0306\u0303",
      "\xEB": "\u0306\u0323",
      // the same marks as capital-text bytes
      "\xD9": "\u0301",
      "\xD8": "\u0300",
      "\xDB": "\u0309",
      "\xD5": "\u0303",
      "\xCF": "\u0323",
      "\xC2": "\u0302",
      "\xC1": "\u0302\u0301",
      "\xC0": "\u0302\u0300",
      "\xC5": "\u0302\u0309",
      "\xC3": "\u0302\u0303",
      "\xC4": "\u0302\u0323",
      "\xCA": "\u0306",
      "\xC9": "\u0306\u0301",
      "\xC8": "\u0306\u0300",
      "\xDA": "\u0306\u0309",
      "\xDC": "\u0306\u0303",
      "\xCB": "\u0306\u0323"
    };
    VNI_LETTERS = {
      "\xF4": "\u01A1",
      "\xD4": "\u01A0",
      "\xF6": "\u01B0",
      "\xD6": "\u01AF",
      "\xF1": "\u0111",
      "\xD1": "\u0110",
      "\xED": "\xED",
      "\xCD": "\xCD",
      "\xEC": "\xEC",
      "\xCC": "\xCC",
      "\xE6": "\u1EC9",
      "\xC6": "\u1EC8",
      "\xF3": "\u0129",
      "\xD3": "\u0128",
      "\xF2": "\u1ECB",
      "\xD2": "\u1ECA",
      "\xEE": "\u1EF5",
      "\xCE": "\u1EF4"
    };
  }
});

// src/adapters/readers/legacy/convert.ts
function decodeTcvn3(bytes) {
  let out = "";
  for (const b of bytes) out += b >= 128 ? TCVN3_HIGH[b - 128] : TCVN3_LOW[b] ?? String.fromCharCode(b);
  return out.normalize("NFC");
}
function vniToUnicode(s) {
  const letters = s.replace(VNI_SINGLE, (c) => VNI_LETTERS[c] ?? c);
  return letters.replace(VNI_BASE, (_m, base, mark) => base + VNI_MARKS[mark]).normalize("NFC");
}
function decodeVni(bytes) {
  return vniToUnicode(CP1252.decode(bytes));
}
function legacyFontText(text2, enc, upper = false) {
  let out;
  if (enc === "vni") out = vniToUnicode(text2);
  else {
    out = "";
    for (const ch of text2) {
      const b = BYTE_OF.get(ch);
      out += b === void 0 ? ch : b >= 128 ? TCVN3_HIGH[b - 128] : TCVN3_LOW[b] ?? ch;
    }
    out = out.normalize("NFC");
  }
  return upper ? out.toUpperCase() : out;
}
function fontEncoding(font) {
  if (!font) return void 0;
  const f = font.trim();
  if (/^\.?vn[a-z]/i.test(f) && f.startsWith(".")) return { enc: "tcvn3", upper: /H$/.test(f) };
  if (/^VNI[- ]/i.test(f)) return { enc: "vni", upper: false };
  return void 0;
}
var CP1252, BYTE_OF, VNI_BASE, VNI_SINGLE;
var init_convert = __esm({
  "src/adapters/readers/legacy/convert.ts"() {
    "use strict";
    init_tcvn3Table();
    init_vniTable();
    CP1252 = new TextDecoder("windows-1252");
    BYTE_OF = /* @__PURE__ */ new Map();
    for (let b = 0; b < 256; b++) BYTE_OF.set(CP1252.decode(Uint8Array.of(b)), b);
    VNI_BASE = /([aeiouyAEIOUYơưƠƯ])([\xF9\xF8\xFB\xF5\xEF\xE2\xE1\xE0\xE5\xE3\xE4\xEA\xE9\xE8\xFA\xFC\xEB\xD9\xD8\xDB\xD5\xCF\xC2\xC1\xC0\xC5\xC3\xC4\xCA\xC9\xC8\xDA\xDC\xCB])/g;
    VNI_SINGLE = /[\xF4\xD4\xF6\xD6\xF1\xD1\xED\xCD\xEC\xCC\xE6\xC6\xF3\xD3\xF2\xD2\xEE\xCE]/g;
  }
});

// src/adapters/readers/legacy/detect.ts
function vietnameseScore(text2) {
  let good = 0;
  let bad = 0;
  const sample = text2.length > 2e5 ? text2.slice(0, 2e5) : text2;
  for (const m of sample.matchAll(/[^\s\d.,;:!?()[\]{}"'“”‘’\-–—/\\|*+=<>%&#@_~`]+/gu)) {
    const w = m[0];
    if (/^[\x20-\x7e]*$/.test(w)) continue;
    const lower = w.toLowerCase().normalize("NFD");
    const tones = lower.match(TONES)?.length ?? 0;
    const base = lower.replace(TONES, "").normalize("NFC");
    if (tones <= 1 && SYLLABLE.test(base)) good++;
    else bad++;
  }
  return { good, bad };
}
var TONES, ONSET, NUCLEI, SYLLABLE;
var init_detect = __esm({
  "src/adapters/readers/legacy/detect.ts"() {
    "use strict";
    TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
    ONSET = "(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcd\u0111ghklmnpqrstvx])?";
    NUCLEI = [
      "i\xEAu",
      "y\xEAu",
      "oai",
      "oay",
      "oeo",
      "u\xE2y",
      "u\xF4i",
      "\u01B0\u01A1i",
      "\u01B0\u01A1u",
      "uya",
      "uy\xEA",
      "uyu",
      "ai",
      "ao",
      "au",
      "ay",
      "\xE2u",
      "\xE2y",
      "eo",
      "\xEAu",
      "ia",
      "i\xEA",
      "iu",
      "oa",
      "o\u0103",
      "oe",
      "oi",
      "\xF4i",
      "\u01A1i",
      "oo",
      "ua",
      "u\xE2",
      "u\xEA",
      "ui",
      "u\xF4",
      "u\u01A1",
      "\u01B0a",
      "\u01B0i",
      "\u01B0\u01A1",
      "\u01B0u",
      "uy",
      "y\xEA",
      "a",
      "\u0103",
      "\xE2",
      "e",
      "\xEA",
      "i",
      "o",
      "\xF4",
      "\u01A1",
      "u",
      "\u01B0",
      "y"
    ];
    SYLLABLE = new RegExp(`^${ONSET}(?:${NUCLEI.join("|")})(?:ch|ng|nh|[cmnpt])?$`, "u");
  }
});

// src/adapters/readers/txt.ts
function looksUtf16(bytes) {
  if (bytes.length < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  const n = Math.min(bytes.length, 4e3);
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2) oddZero++;
    else evenZero++;
  }
  if (oddZero > n / 8 && evenZero < n / 50) return "utf-16le";
  if (evenZero > n / 8 && oddZero < n / 50) return "utf-16be";
  return null;
}
function decodeLegacy(bytes) {
  let best;
  for (const c of CANDIDATES) {
    const text2 = c.decode(bytes);
    const { good, bad } = vietnameseScore(text2);
    const score = good - 2 * bad;
    if (!best || score > best.score) best = { text: text2, note: c.note, encoding: c.label, score };
  }
  return best;
}
function decodeText(name, bytes) {
  const notes = [];
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), notes };
  if (bytes[0] === 255 && bytes[1] === 254) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), notes: ["UTF-16LE"] };
  if (bytes[0] === 254 && bytes[1] === 255) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), notes: ["UTF-16BE"] };
  const u16 = looksUtf16(bytes);
  if (u16) return { text: new TextDecoder(u16).decode(bytes), notes: [u16.toUpperCase()] };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), notes };
  } catch {
    if (bytes.includes(0)) throw new ReadError(name, "not a text file (binary content)");
    const legacy = decodeLegacy(bytes);
    notes.push(legacy.note);
    return { text: legacy.text, notes };
  }
}
function readTxt(name, bytes) {
  const { text: text2, notes } = decodeText(name, bytes);
  return { name, text: text2, tables: [], notes };
}
var CANDIDATES;
var init_txt = __esm({
  "src/adapters/readers/txt.ts"() {
    "use strict";
    init_types();
    init_convert();
    init_detect();
    CANDIDATES = [
      { label: "windows-1258", note: "not UTF-8: decoded as windows-1258 (Vietnamese Windows code page)", decode: (b) => new TextDecoder("windows-1258").decode(b).normalize("NFC") },
      { label: "tcvn3", note: "converted from TCVN3 (ABC, .VnTime fonts) to Unicode", decode: decodeTcvn3 },
      { label: "vni", note: "converted from VNI (VNI-Times fonts) to Unicode", decode: decodeVni }
    ];
  }
});

// src/adapters/readers/esm.ts
function loadEsm(specifier) {
  let p = cache.get(specifier);
  if (!p) {
    p = (async () => {
      if (loaders[specifier]) return loaders[specifier]();
      const proc = globalThis.process;
      const mod = proc?.getBuiltinModule?.("module");
      if (mod?.createRequire) return mod.createRequire(`${proc && typeof __filename === "string" ? __filename : "/"}`)(specifier);
      const dynamicImport = new Function("s", "return import(s)");
      return dynamicImport(specifier);
    })();
    cache.set(specifier, p);
  }
  return p;
}
var loaders, cache;
var init_esm = __esm({
  "src/adapters/readers/esm.ts"() {
    "use strict";
    loaders = {};
    cache = /* @__PURE__ */ new Map();
  }
});

// src/adapters/readers/docx.ts
async function parseXml(xml, handlers) {
  const { Parser } = await loadEsm("htmlparser2");
  const p = new Parser({ onopentag: handlers.open, ontext: handlers.text, onclosetag: handlers.close }, { xmlMode: true, decodeEntities: true });
  p.write(xml);
  p.end();
}
async function readFonts(zip) {
  const fonts = { styles: /* @__PURE__ */ new Map() };
  const xml = await zip.file("word/styles.xml")?.async("string");
  if (!xml) return fonts;
  const raw = /* @__PURE__ */ new Map();
  let current;
  let inDefaults = false;
  await parseXml(xml, {
    open: (name, a) => {
      if (name === "w:docDefaults") inDefaults = true;
      else if (name === "w:style") {
        current = { id: a["w:styleId"] };
        if (a["w:default"] === "1" && a["w:type"] === "paragraph") fonts.defaultParaStyle = a["w:styleId"];
      } else if (name === "w:basedOn" && current) current.basedOn = a["w:val"];
      else if (name === "w:rFonts") {
        const f = a["w:ascii"] ?? a["w:hAnsi"];
        if (current) current.font ??= f;
        else if (inDefaults) fonts.defaultFont ??= f;
      }
    },
    text: () => void 0,
    close: (name) => {
      if (name === "w:docDefaults") inDefaults = false;
      if (name === "w:style" && current) {
        raw.set(current.id, current);
        current = void 0;
      }
    }
  });
  const resolve2 = (id, depth = 0) => {
    const s = raw.get(id);
    if (!s || depth > 10) return void 0;
    return s.font ?? (s.basedOn ? resolve2(s.basedOn, depth + 1) : void 0);
  };
  for (const id of raw.keys()) fonts.styles.set(id, resolve2(id));
  return fonts;
}
async function walkPart(xml, fonts, notesPart) {
  const out = { blocks: [], legacyRuns: 0, notes: /* @__PURE__ */ new Map() };
  const paras = [];
  const tables = [];
  let runFont;
  let runStyleFont;
  let caps = false;
  let inRun = false;
  let inText = false;
  let runText = "";
  let skip = 0;
  let noteId;
  let noteParas = [];
  const paraFont = () => {
    const p = paras[paras.length - 1];
    return (p?.style ? fonts.styles.get(p.style) : void 0) ?? (fonts.defaultParaStyle ? fonts.styles.get(fonts.defaultParaStyle) : void 0) ?? fonts.defaultFont;
  };
  const flushRun = () => {
    if (!runText) return;
    const font = runFont ?? runStyleFont ?? paraFont();
    const legacy = fontEncoding(font);
    let t = runText;
    if (legacy) {
      t = legacyFontText(t, legacy.enc, legacy.upper);
      out.legacyRuns++;
    }
    if (caps) t = t.toUpperCase();
    paras[paras.length - 1]?.runs.push(t);
    runText = "";
  };
  const emitParagraph = (text2) => {
    const table = tables[tables.length - 1];
    if (table?.cell) table.cell.paras.push(text2);
    else if (notesPart) noteParas.push(text2);
    else out.blocks.push({ kind: "p", text: text2 });
  };
  await parseXml(xml, {
    open: (name, a) => {
      if (skip) {
        if (name === "mc:Fallback" || name === "w:del" || name === "w:instrText" || name === "w:delText") skip++;
        return;
      }
      switch (name) {
        case "mc:Fallback":
        case "w:del":
        case "w:instrText":
        case "w:delText":
          skip++;
          return;
        case "w:footnote":
        case "w:endnote":
          noteId = a["w:type"] ? void 0 : a["w:id"];
          noteParas = [];
          return;
        case "w:p":
          paras.push({ runs: [] });
          return;
        case "w:pStyle":
          if (paras.length) paras[paras.length - 1].style = a["w:val"];
          return;
        case "w:r":
          inRun = true;
          runFont = void 0;
          runStyleFont = void 0;
          caps = false;
          return;
        case "w:rStyle":
          if (inRun) runStyleFont = fonts.styles.get(a["w:val"]);
          return;
        case "w:rFonts":
          if (inRun) runFont = a["w:ascii"] ?? a["w:hAnsi"] ?? runFont;
          return;
        case "w:caps":
          if (inRun) caps = a["w:val"] !== "0" && a["w:val"] !== "false";
          return;
        case "w:t":
          inText = true;
          return;
        case "w:tab":
          if (inRun) runText += "	";
          return;
        case "w:br":
        case "w:cr":
          if (inRun) runText += "\n";
          return;
        case "w:noBreakHyphen":
          runText += "-";
          return;
        case "w:sym":
          return;
        case "w:tbl":
          tables.push({ rows: [], col: 0 });
          return;
        case "w:tr": {
          const t = tables[tables.length - 1];
          if (t) {
            t.row = [];
            t.col = 0;
          }
          return;
        }
        case "w:tc": {
          const t = tables[tables.length - 1];
          if (t) t.cell = { paras: [], col: t.col, span: 1 };
          return;
        }
        case "w:gridSpan": {
          const c = tables[tables.length - 1]?.cell;
          if (c) c.span = Math.max(1, Number(a["w:val"]) || 1);
          return;
        }
        case "w:vMerge": {
          const c = tables[tables.length - 1]?.cell;
          if (c) c.vMerge = a["w:val"] === "restart" ? "restart" : "continue";
          return;
        }
      }
    },
    text: (t) => {
      if (!skip && inText) runText += t;
    },
    close: (name) => {
      if (skip) {
        if (name === "mc:Fallback" || name === "w:del" || name === "w:instrText" || name === "w:delText") skip--;
        return;
      }
      switch (name) {
        case "w:t":
          inText = false;
          return;
        case "w:r":
          flushRun();
          inRun = false;
          return;
        case "w:p": {
          flushRun();
          const p = paras.pop();
          if (p) emitParagraph(p.runs.join(""));
          return;
        }
        case "w:tc": {
          const t = tables[tables.length - 1];
          if (t?.cell && t.row) {
            t.row.push(t.cell);
            t.col += t.cell.span;
            t.cell = void 0;
          }
          return;
        }
        case "w:tr": {
          const t = tables[tables.length - 1];
          if (t?.row) t.rows.push(t.row);
          if (t) t.row = void 0;
          return;
        }
        case "w:tbl": {
          const t = tables.pop();
          if (!t) return;
          const outer = tables[tables.length - 1];
          if (outer?.cell) outer.cell.paras.push(t.rows.map((r) => r.map((c) => c.paras.join(" ")).join("	")).join("\n"));
          else if (!notesPart) {
            const prev = out.blocks[out.blocks.length - 1];
            const title = prev && prev.kind === "p" && prev.text.trim() && prev.text.length < 250 ? prev.text.trim() : void 0;
            out.blocks.push({ kind: "table", table: t, title });
          }
          return;
        }
        case "w:footnote":
        case "w:endnote":
          if (noteId !== void 0) out.notes.set(noteId, noteParas.join(" ").trim());
          noteId = void 0;
          return;
      }
    }
  });
  return out;
}
function toReadTable(t, title) {
  const rows = [];
  const open = /* @__PURE__ */ new Map();
  t.rows.forEach((r, ri) => {
    const row = [];
    for (const c of r) {
      if (c.vMerge === "continue" && open.has(c.col)) {
        const above = open.get(c.col);
        above.rowSpan = (above.rowSpan ?? 1) + 1;
        continue;
      }
      const cell = { text: c.paras.join("\n").trim(), row: ri, col: c.col, ...c.span > 1 ? { colSpan: c.span } : {} };
      if (c.vMerge === "restart") open.set(c.col, cell);
      else open.delete(c.col);
      row.push(cell);
    }
    rows.push(row);
  });
  return { ...title ? { title } : {}, rows };
}
function renderTableRows(table) {
  return table.rows.map((r) => r.map((c) => c.text.replace(/\s*\n\s*/g, " ")).join("	")).join("\n");
}
async function readDocx(name, bytes) {
  let zip;
  try {
    zip = await import_jszip.default.loadAsync(bytes);
  } catch (e) {
    throw new ReadError(name, `not a readable .docx (damaged or incomplete zip: ${e.message})`);
  }
  const main2 = zip.file("word/document.xml");
  if (!main2) throw new ReadError(name, "not a Word document (.docx without word/document.xml)");
  let xml;
  try {
    xml = await main2.async("string");
  } catch (e) {
    throw new ReadError(name, `damaged .docx: ${e.message}`);
  }
  const fonts = await readFonts(zip).catch(() => ({ styles: /* @__PURE__ */ new Map() }));
  const body = await walkPart(xml, fonts, false);
  const notes = [];
  const noteTexts = [];
  let legacyRuns = body.legacyRuns;
  for (const [part, label2] of [["word/footnotes.xml", "footnote"], ["word/endnotes.xml", "endnote"]]) {
    const f = zip.file(part);
    if (!f) continue;
    const w = await walkPart(await f.async("string"), fonts, true);
    legacyRuns += w.legacyRuns;
    for (const [id, text3] of w.notes) if (text3) noteTexts.push(`[${label2} ${id}] ${text3}`);
  }
  let text2 = "";
  const tables = [];
  for (const b of body.blocks) {
    if (b.kind === "p") {
      text2 += (text2 ? "\n" : "") + b.text;
      continue;
    }
    const t = toReadTable(b.table, b.title);
    if (text2 && !text2.endsWith("\n")) text2 += "\n";
    t.start = text2.length;
    text2 += renderTableRows(t);
    t.end = text2.length;
    tables.push(t);
  }
  if (noteTexts.length) {
    text2 += `

--- Ch\xFA th\xEDch (footnotes) ---
${noteTexts.join("\n")}`;
    notes.push(`${noteTexts.length} footnote${noteTexts.length > 1 ? "s" : ""} appended after the body`);
  }
  if (legacyRuns) notes.push(`converted ${legacyRuns} run${legacyRuns > 1 ? "s" : ""} in legacy Vietnamese fonts (TCVN3/VNI) to Unicode`);
  if (tables.length) notes.push(`${tables.length} table${tables.length > 1 ? "s" : ""}`);
  return { name, text: text2, tables, notes };
}
var import_jszip;
var init_docx = __esm({
  "src/adapters/readers/docx.ts"() {
    "use strict";
    import_jszip = __toESM(require("jszip"));
    init_types();
    init_esm();
    init_convert();
  }
});

// src/adapters/readers/pdfLayout.ts
function toLines(items) {
  const sorted = items.filter((i) => i.str.length).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines = [];
  for (const it of sorted) {
    const tol = Math.max(2, (it.height || 10) * 0.4);
    const line = lines.find((l) => Math.abs(l.y - it.y) <= tol);
    if (line) {
      line.items.push(it);
      line.height = Math.max(line.height, it.height);
    } else lines.push({ items: [it], y: it.y, height: it.height || 10 });
  }
  return lines.sort((a, b) => b.y - a.y).map((l) => {
    const its = l.items.sort((a, b) => a.x - b.x);
    let text2 = "";
    let end = -Infinity;
    for (const it of its) {
      if (text2 && !/\s$/.test(text2) && !/^\s/.test(it.str) && it.x - end > l.height * 0.2) text2 += " ";
      text2 += it.str;
      end = it.x + it.width;
    }
    return { text: text2.replace(/\s+$/, ""), x: its[0].x, right: end, y: l.y, height: l.height };
  }).filter((l) => l.text.trim());
}
function dropRunning(pages) {
  const margin = (p, l) => l.y > p.height * 0.92 || l.y < p.height * 0.08;
  const counts = /* @__PURE__ */ new Map();
  for (const p of pages) {
    const seen = /* @__PURE__ */ new Set();
    for (const l of p.lines) if (margin(p, l)) seen.add(digitsFolded(l.text));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeated = (k) => pages.length >= 2 && (counts.get(k) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((p) => {
    const lines = p.lines.filter((l) => {
      if (!margin(p, l)) return true;
      return !(PAGE_NUMBER.test(l.text) || repeated(digitsFolded(l.text)));
    });
    return { lines, dropped: p.lines.length - lines.length };
  });
}
function pageText(lines) {
  if (!lines.length) return "";
  const gaps = lines.slice(1).map((l, i) => lines[i].y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
  const lineGap = gaps.length ? gaps[Math.floor(gaps.length / 4)] : lines[0].height * 1.2;
  const right = Math.max(...lines.map((l) => l.right));
  const left = Math.min(...lines.map((l) => l.x));
  let out = lines[0].text;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1];
    const l = lines[i];
    const gap = prev.y - l.y;
    if (gap > lineGap * 1.6) out += "\n\n";
    else if (prev.right < right - (right - left) * 0.15 || l.x > left + prev.height * 1.5) out += "\n";
    else out += new RegExp("\\p{L}-$", "u").test(prev.text) && new RegExp("^\\p{Ll}", "u").test(l.text) ? "" : " ";
    out += l.text;
  }
  return out;
}
var PAGE_NUMBER, digitsFolded;
var init_pdfLayout = __esm({
  "src/adapters/readers/pdfLayout.ts"() {
    "use strict";
    PAGE_NUMBER = /^\s*(?:[-–—]\s*)?(?:trang\s+)?\d{1,4}(?:\s*(?:\/|trên|of)\s*\d{1,4})?(?:\s*[-–—])?\s*$/iu;
    digitsFolded = (s) => s.replace(/\d+/g, "#").replace(/\s+/g, " ").trim().toLowerCase();
  }
});

// src/adapters/readers/pdf.ts
async function readPdf(name, bytes) {
  const pdfjs = await loadEsm(PDFJS);
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => void 0);
    const err = e;
    if (err.name === "PasswordException") throw new ReadError(name, "the PDF is password-protected: open it, remove the password and save it again");
    throw new ReadError(name, `not a readable PDF (${err.message ?? err.name ?? "damaged"})`);
  }
  try {
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const vp = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = [];
      for (const it of content.items) {
        if (!("str" in it)) continue;
        items.push({ str: it.str, x: it.transform[4], y: it.transform[5], width: it.width, height: it.height || Math.abs(it.transform[3]) });
      }
      pages.push({ lines: toLines(items), height: vp.height });
      page.cleanup();
    }
    const chars = pages.reduce((s, p) => s + p.lines.reduce((t, l) => t + l.text.replace(/\s/g, "").length, 0), 0);
    if (doc.numPages > 0 && chars < 20 * doc.numPages && chars < 200) {
      throw new ReadError(name, `the PDF has no text layer (${doc.numPages} page${doc.numPages > 1 ? "s" : ""} of scanned images?): it needs OCR before figures can be read`);
    }
    const kept = dropRunning(pages);
    let text2 = "";
    const pageStarts = [];
    for (const p of kept) {
      const t = pageText(p.lines);
      if (text2) {
        text2 += /[.:;!?…"”)]$/.test(text2) || !new RegExp("^\\p{Ll}", "u").test(t) ? "\n" : " ";
      }
      pageStarts.push(text2.length);
      text2 += t;
    }
    const dropped = kept.reduce((s, p) => s + p.dropped, 0);
    const notes = [`${doc.numPages} page${doc.numPages > 1 ? "s" : ""}`];
    if (dropped) notes.push(`${dropped} running header/footer or page-number line${dropped > 1 ? "s" : ""} left out`);
    return { name, text: text2, tables: [], notes, pageStarts };
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(name, `damaged PDF: ${e.message}`);
  } finally {
    await doc.destroy().catch(() => void 0);
  }
}
var PDFJS;
var init_pdf = __esm({
  "src/adapters/readers/pdf.ts"() {
    "use strict";
    init_types();
    init_esm();
    init_pdfLayout();
    PDFJS = "pdfjs-dist/legacy/build/pdf.mjs";
  }
});

// src/adapters/readers/html.ts
async function readHtml(name, bytes) {
  const { Parser } = await loadEsm("htmlparser2");
  const decoded = decodeText(name, bytes);
  const source = decoded.text;
  const notes = [...decoded.notes];
  const blocks = [];
  const tables = [];
  const done = [];
  const stack = [];
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
        const skip = SKIP_TAGS.has(tag) || BOILERPLATE.test(cls) || attrs.role === "navigation" || attrs.hidden !== void 0 || /display\s*:\s*none/i.test(attrs.style ?? "");
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
          tables.push({ rows: [], taken: /* @__PURE__ */ new Set(), r: 0, title: prev && prev.text.length < 250 ? prev.text : void 0, inArticle: articleDepth > 0, blockIndex: blocks.length });
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
          const rowSpan = Math.max(1, Math.min(1e3, Number(attrs.rowspan) || 1));
          for (let i = 0; i < rowSpan; i++) for (let j = 0; j < colSpan; j++) table.taken.add(`${table.r + i},${c + j}`);
          table.cell = { text: "", row: table.r, col: c, ...rowSpan > 1 ? { rowSpan } : {}, ...colSpan > 1 ? { colSpan } : {} };
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
          table.cell = void 0;
          return;
        }
        if (table && tag === "tr" && table.row) {
          table.rows.push(table.row);
          table.row = void 0;
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
      }
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
  );
  try {
    parser.write(source);
    parser.end();
  } catch (e) {
    throw new ReadError(name, `not a readable HTML page: ${e.message}`);
  }
  flush();
  const articleChars = blocks.filter((b) => b.inArticle).reduce((s, b) => s + b.text.length, 0);
  const useArticle = sawArticle && articleChars > 200;
  const keep = (b) => (!useArticle || b.inArticle) && !(b.linkChars > b.text.replace(/\s+/g, "").length * 0.6);
  const kept = new Set(blocks.filter(keep));
  const dropped = blocks.length - kept.size;
  let text2 = "";
  const readTables = [];
  const pending = done.filter((t) => (!useArticle || t.inArticle) && t.rows.length).sort((a, b) => a.blockIndex - b.blockIndex);
  let ti = 0;
  const emitTable = (t) => {
    const rt = { ...t.title ? { title: t.title } : {}, rows: t.rows };
    if (text2) text2 += "\n";
    rt.start = text2.length;
    text2 += renderTableRows(rt);
    rt.end = text2.length;
    readTables.push(rt);
  };
  blocks.forEach((b, i) => {
    while (ti < pending.length && pending[ti].blockIndex <= i) emitTable(pending[ti++]);
    if (!kept.has(b)) return;
    text2 += (text2 ? "\n" : "") + b.text;
  });
  while (ti < pending.length) emitTable(pending[ti++]);
  if (!text2.trim()) throw new ReadError(name, "the page has no article text");
  notes.push(useArticle ? "article text read from the page's article container" : "page text read without menus, scripts and link lists");
  if (dropped) notes.push(`${dropped} menu, link-list or boilerplate block${dropped > 1 ? "s" : ""} left out`);
  if (title.trim()) notes.push(`page title: ${title.replace(/\s+/g, " ").trim()}`);
  return { name, text: text2, tables: readTables, notes };
}
var SKIP_TAGS, BLOCK_TAGS, BOILERPLATE, ARTICLE;
var init_html = __esm({
  "src/adapters/readers/html.ts"() {
    "use strict";
    init_types();
    init_esm();
    init_txt();
    init_docx();
    SKIP_TAGS = /* @__PURE__ */ new Set(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "template", "button", "select", "menu", "head", "object", "canvas"]);
    BLOCK_TAGS = /* @__PURE__ */ new Set(["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote", "br", "ul", "ol", "dd", "dt", "figcaption", "main", "pre", "hr", "tr", "table", "caption"]);
    BOILERPLATE = /(?:^|[\s_-])(?:menu|nav|navbar|breadcrumbs?|sidebar|side-bar|related|relate|lien-?quan|tinlienquan|tin-khac|other-news|more-news|footer|header|share|social|comments?|banner|advert|ads|quang-?cao|popup|cookie|tags?|toolbar|login|search|widget|hot-?news|most-?read|xem-?nhieu)(?:$|[\s_-])/i;
    ARTICLE = /(?:^|[\s_-])(?:article|articlebody|article-body|content-detail|detail-content|news-?content|news-?detail|post-?content|entry-?content|noidung|chi-?tiet|main-?content|fck_detail|body-?text)(?:$|[\s_-])/i;
  }
});

// src/adapters/readers/containers.ts
function sniff(bytes) {
  if (!bytes.length) return "empty";
  if (startsWith(bytes, [80, 75, 3, 4]) || startsWith(bytes, [80, 75, 5, 6])) return "zip";
  if (startsWith(bytes, [208, 207, 17, 224, 161, 177, 26, 225])) return "cfb";
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (head.includes("%PDF-")) return "pdf";
  if (/^\s*(?:\ufeff|ï»¿)?\s*(?:<!doctype html|<html|<head|<body|<meta|<!--)/i.test(head)) return "html";
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  let zeros = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) zeros++;
    else if (b < 9 || b > 13 && b < 32 && b !== 27) control++;
  }
  if (zeros > n / 8 && control < n / 50) return "text";
  if (zeros || control > n / 20) return "binary";
  return "text";
}
function isEncryptedOoxml(bytes) {
  const probe = "EncryptionInfo";
  const utf16 = new Uint8Array(probe.length * 2);
  for (let i = 0; i < probe.length; i++) utf16[i * 2] = probe.charCodeAt(i);
  outer: for (let i = 0; i + utf16.length <= bytes.length; i++) {
    for (let j = 0; j < utf16.length; j++) if (bytes[i + j] !== utf16[j]) continue outer;
    return true;
  }
  return false;
}
var startsWith;
var init_containers = __esm({
  "src/adapters/readers/containers.ts"() {
    "use strict";
    startsWith = (b, sig) => sig.every((v, i) => b[i] === v);
  }
});

// src/adapters/readers/xlsx.ts
function viNumber(v) {
  if (!Number.isFinite(v)) return "";
  const rounded = Math.round(v * 1e6) / 1e6;
  return String(rounded).replace(".", ",");
}
function cellText(cell) {
  let v = cell.value;
  if (v && typeof v === "object" && "result" in v) v = v.result;
  if (v === null || v === void 0) return "";
  if (typeof v === "number") {
    const pct = /%/.test(cell.numFmt ?? "");
    return pct ? `${viNumber(v * 100)}%` : viNumber(v);
  }
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  if (typeof v === "object" && "text" in v) return String(v.text);
  if (typeof v === "object" && "error" in v) return "";
  return String(v);
}
function decodeAddress(a) {
  const m = /^([A-Z]+)(\d+)$/.exec(a.replace(/\$/g, ""));
  if (!m) return { row: 0, col: 0 };
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: +m[2] - 1, col: col - 1 };
}
async function readXlsx(name, bytes) {
  const kind = sniff(bytes);
  if (kind === "cfb") {
    throw new ReadError(name, isEncryptedOoxml(bytes) ? "the workbook is password-protected: remove the password in Excel and save it again" : "an old Excel 97-2003 (.xls) workbook: save it as .xlsx");
  }
  const wb = new import_exceljs.default.Workbook();
  try {
    await wb.xlsx.load(bytes.slice().buffer);
  } catch (e) {
    throw new ReadError(name, `not a readable .xlsx workbook (${e.message})`);
  }
  let text2 = "";
  const tables = [];
  wb.eachSheet((ws) => {
    if (ws.state && ws.state !== "visible") return;
    const spans = /* @__PURE__ */ new Map();
    const covered = /* @__PURE__ */ new Set();
    const merges = ws.model.merges ?? [];
    for (const range2 of merges) {
      const [a, b] = range2.split(":");
      const tl = decodeAddress(a);
      const br = decodeAddress(b ?? a);
      spans.set(`${tl.row},${tl.col}`, { rowSpan: br.row - tl.row + 1, colSpan: br.col - tl.col + 1 });
      for (let r = tl.row; r <= br.row; r++) for (let c = tl.col; c <= br.col; c++) if (r !== tl.row || c !== tl.col) covered.add(`${r},${c}`);
    }
    const rows = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const r = rowNumber - 1;
      const cells = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const c = colNumber - 1;
        if (covered.has(`${r},${c}`)) return;
        const t = cellText(cell).trim();
        const span = spans.get(`${r},${c}`);
        if (!t && !span) return;
        cells.push({ text: t, row: r, col: c, address: cell.address, ...span && span.rowSpan > 1 ? { rowSpan: span.rowSpan } : {}, ...span && span.colSpan > 1 ? { colSpan: span.colSpan } : {} });
      });
      if (cells.length) rows.push(cells);
    });
    if (!rows.length) return;
    const table = { rows, sheet: ws.name };
    if (text2) text2 += "\n\n";
    text2 += `${ws.name}
`;
    table.start = text2.length;
    text2 += renderTableRows(table);
    table.end = text2.length;
    tables.push(table);
  });
  if (!tables.length) throw new ReadError(name, "the workbook has no cells with content");
  return { name, text: text2, tables, notes: [`${tables.length} sheet${tables.length > 1 ? "s" : ""} read as tables`] };
}
var import_exceljs;
var init_xlsx = __esm({
  "src/adapters/readers/xlsx.ts"() {
    "use strict";
    import_exceljs = __toESM(require("exceljs"));
    init_types();
    init_docx();
    init_containers();
  }
});

// src/adapters/readers/csv.ts
function pickDelimiter(text2) {
  const head = text2.split(/\r?\n/).slice(0, 20).join("\n").replace(/"[^"]*"/g, "");
  const counts = [";", ",", "	", "|"].map((d) => ({ d, n: head.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0].n ? counts[0].d : ",";
}
function parseCsv(text2, delimiter = pickDelimiter(text2)) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted2 = false;
  for (let i = 0; i < text2.length; i++) {
    const ch = text2[i];
    if (quoted2) {
      if (ch === '"') {
        if (text2[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted2 = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && !field) quoted2 = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text2[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
function readCsv(name, bytes) {
  const { text: raw, notes } = decodeText(name, bytes);
  const grid = parseCsv(raw.replace(/^\ufeff/, ""));
  const rows = grid.map((r, ri) => r.map((t, ci) => ({ text: t.trim(), row: ri, col: ci, address: `${colName(ci)}${ri + 1}` })).filter((c) => c.text)).filter((r) => r.length);
  if (!rows.length) throw new ReadError(name, "the CSV file has no cells with content");
  const table = { rows, sheet: name.replace(/\.[^.]+$/, ""), start: 0 };
  const text2 = renderTableRows(table);
  table.end = text2.length;
  return { name, text: text2, tables: [table], notes: [...notes, "read as one table"] };
}
var colName;
var init_csv = __esm({
  "src/adapters/readers/csv.ts"() {
    "use strict";
    init_types();
    init_txt();
    init_docx();
    colName = (c) => {
      let s = "";
      for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + (n - 1) % 26) + s;
      return s;
    };
  }
});

// src/adapters/readers/index.ts
async function byContent(name, bytes, ext) {
  const kind = sniff(bytes);
  switch (kind) {
    case "pdf":
      return READERS.pdf;
    case "cfb":
      throw new ReadError(name, isEncryptedOoxml(bytes) ? "the file is password-protected (encrypted Office document): remove the password and save it again" : "an old binary Office file (Word/Excel 97-2003 .doc/.xls): save it as .docx or .xlsx");
    case "zip": {
      if (ext === "docx" || ext === "xlsx" || ext === "xlsm") return void 0;
      const head = new TextDecoder("latin1").decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
      if (head.includes("word/")) return READERS.docx;
      if (head.includes("xl/")) return READERS.xlsx;
      throw new ReadError(name, "a zip archive that is neither a .docx nor an .xlsx");
    }
    case "html":
      return ext === "html" || ext === "htm" || ext === "xhtml" ? void 0 : READERS.html;
    case "binary":
      if (ext in READERS && ext !== "txt" && ext !== "csv" && ext !== "md" && ext !== "text") return void 0;
      throw new ReadError(name, `not a document: binary content that is neither PDF, Word nor Excel${ext ? ` (despite the ".${ext}" extension)` : ""}`);
    default:
      return void 0;
  }
}
async function readDocument(name, bytes) {
  if (!bytes.length) throw new ReadError(name, "the file is empty");
  if (bytes.length > MAX_BYTES) throw new ReadError(name, `the file is ${(bytes.length / 1048576).toFixed(0)} MB, over the ${MAX_BYTES / 1048576} MB limit for one report`);
  const ext = extOf(name);
  const reader = await byContent(name, bytes, ext) ?? READERS[ext];
  if (!reader) throw new ReadError(name, `unsupported file type ".${ext}" (supported: ${Object.keys(READERS).map((e) => "." + e).join(", ")})`);
  try {
    const doc = await reader(name, bytes);
    if (!doc.text.trim() && !doc.tables.length) throw new ReadError(name, "no text found in the file");
    return doc;
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(name, `could not be read: ${e?.message ?? String(e)}`);
  }
}
var READERS, SUPPORTED_EXTENSIONS, MAX_BYTES, extOf;
var init_readers = __esm({
  "src/adapters/readers/index.ts"() {
    "use strict";
    init_types();
    init_txt();
    init_docx();
    init_pdf();
    init_html();
    init_xlsx();
    init_csv();
    init_containers();
    READERS = {
      txt: readTxt,
      text: readTxt,
      md: readTxt,
      docx: readDocx,
      pdf: readPdf,
      html: readHtml,
      htm: readHtml,
      xhtml: readHtml,
      xlsx: readXlsx,
      xlsm: readXlsx,
      csv: readCsv
    };
    SUPPORTED_EXTENSIONS = Object.keys(READERS);
    MAX_BYTES = 50 * 1024 * 1024;
    extOf = (name) => (/\.([^.\\/]+)$/.exec(name)?.[1] ?? "").toLowerCase();
  }
});

// src/core/text/mappedText.ts
var MappedText, MappedTextBuilder;
var init_mappedText = __esm({
  "src/core/text/mappedText.ts"() {
    "use strict";
    MappedText = class _MappedText {
      constructor(text2, original, pieces) {
        this.text = text2;
        this.original = original;
        this.pieces = pieces;
      }
      text;
      original;
      pieces;
      static identity(original) {
        return new _MappedText(original, original, [{ at: 0, length: original.length, from: 0, to: original.length }]);
      }
      /** Original offset of a derived start offset. */
      startInOriginal(pos) {
        const p = this.pieceAt(pos, false);
        if (!p) return 0;
        if (p.length === p.to - p.from) return p.from + (pos - p.at);
        return pos - p.at <= 0 ? p.from : p.to;
      }
      /** Original offset of a derived end offset (exclusive). */
      endInOriginal(pos) {
        const p = this.pieceAt(pos, true);
        if (!p) return this.original.length;
        if (p.length === p.to - p.from) return p.from + (pos - p.at);
        return pos - p.at >= p.length ? p.to : p.from;
      }
      /** The original span for a derived span, and its text. */
      span(start, end) {
        let s = this.startInOriginal(start);
        let e = this.endInOriginal(end);
        if (e < s) [s, e] = [e, s];
        return { start: s, end: e, text: this.original.slice(s, e) };
      }
      /** The last piece starting at or before the character at `pos` (for an end: the character before it). */
      pieceAt(pos, isEnd) {
        const target = isEnd ? pos - 1 : pos;
        const ps = this.pieces;
        let lo = 0;
        let hi = ps.length - 1;
        let best;
        while (lo <= hi) {
          const mid = lo + hi >> 1;
          if (ps[mid].at <= target) {
            best = ps[mid];
            lo = mid + 1;
          } else hi = mid - 1;
        }
        return best ?? ps[0];
      }
      /** Builder: appends slices of the original (kept) or synthetic text (mapped to an original point). */
      static builder(original) {
        return new MappedTextBuilder(original, (text2, pieces) => new _MappedText(text2, original, pieces));
      }
    };
    MappedTextBuilder = class {
      constructor(original, make) {
        this.original = original;
        this.make = make;
      }
      original;
      make;
      parts = [];
      pieces = [];
      length = 0;
      get size() {
        return this.length;
      }
      lastChar() {
        const last = this.parts[this.parts.length - 1];
        return last ? last[last.length - 1] : "";
      }
      /** Keep original[from, to) as is. */
      keep(from, to) {
        if (to <= from) return this;
        return this.push(this.original.slice(from, to), from, to);
      }
      /** Text that stands for original[from, to) (NFC of a cluster, a space for a line break…). */
      replace(text2, from, to) {
        if (!text2.length) return this;
        return this.push(text2, from, to);
      }
      push(text2, from, to) {
        const prev = this.pieces[this.pieces.length - 1];
        const same = text2.length === to - from;
        if (prev && same && prev.length === prev.to - prev.from && prev.to === from) {
          prev.length += text2.length;
          prev.to = to;
        } else {
          this.pieces.push({ at: this.length, length: text2.length, from, to });
        }
        this.parts.push(text2);
        this.length += text2.length;
        return this;
      }
      build() {
        return this.make(this.parts.join(""), this.pieces);
      }
    };
  }
});

// src/core/text/normalize.ts
function splitLines(raw) {
  const lines = [];
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      lines.push({ start, end: i });
      if (c === 13 && raw.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: raw.length });
  return lines;
}
function isBlank(raw, l) {
  for (let i = l.start; i < l.end; i++) {
    const c = raw.charCodeAt(i);
    if (!isSpace(c) && !isInvisible(c)) return false;
  }
  return true;
}
function appendLine(b, raw, l, needsNfc, dropMarkers) {
  let i = l.start;
  let e = l.end;
  while (i < e && (isSpace(raw.charCodeAt(i)) || isInvisible(raw.charCodeAt(i)))) i++;
  while (e > i && (isSpace(raw.charCodeAt(e - 1)) || isInvisible(raw.charCodeAt(e - 1)))) e--;
  const flushRange = (from, to) => {
    if (to <= from) return;
    if (needsNfc) appendNfc(b, raw, from, to);
    else b.keep(from, to);
  };
  if (!NEEDS_WORK.test(raw.slice(i, e))) {
    flushRange(i, e);
    return;
  }
  let run = i;
  const drop = (c) => dropMarkers && isSuperscript(c) || isInvisible(c);
  for (let j = i; j < e; ) {
    const c = raw.charCodeAt(j);
    if (drop(c)) {
      flushRange(run, j);
      j++;
      run = j;
      continue;
    }
    if (isSpace(c)) {
      let k = j;
      while (k < e && (isSpace(raw.charCodeAt(k)) || drop(raw.charCodeAt(k)))) k++;
      const prev = j > i ? raw[j - 1] : "";
      const next = raw[k] ?? "";
      const dropAll = prev === "(" || prev === "[" || next === ")" || next === "]" || next === "," || next === ";";
      const plain = k - j === 1 && c === 32;
      if (plain && !dropAll) {
        j = k;
        continue;
      }
      flushRange(run, j);
      if (!dropAll) b.replace(" ", j, k);
      j = k;
      run = k;
      continue;
    }
    j++;
  }
  flushRange(run, e);
}
function appendNfc(b, raw, from, to) {
  const piece = raw.slice(from, to);
  if (piece.normalize("NFC") === piece) {
    b.keep(from, to);
    return;
  }
  const cluster = new RegExp("\\P{M}\\p{M}*|\\p{M}+", "gu");
  let m;
  while (m = cluster.exec(piece)) {
    const s = from + m.index;
    const t = s + m[0].length;
    const nfc = m[0].normalize("NFC");
    if (nfc === m[0]) b.keep(s, t);
    else b.replace(nfc, s, t);
  }
}
function normalizeText(raw) {
  const needsNfc = raw.normalize("NFC") !== raw;
  const lines = splitLines(raw);
  const b = MappedText.builder(raw);
  const footnoteLines = [];
  let pendingBreak = null;
  let blankSeen = false;
  let footnoteSeen = false;
  let wroteAny = false;
  for (let n = 0; n < lines.length; n++) {
    const l = lines[n];
    if (isBlank(raw, l)) {
      blankSeen = true;
      continue;
    }
    const text2 = raw.slice(l.start, l.end);
    if (FOOTNOTE_BODY.test(text2)) {
      footnoteLines.push(l);
      footnoteSeen = true;
      continue;
    }
    if (DEBRIS_LINE.test(text2)) {
      blankSeen = true;
      continue;
    }
    if (wroteAny) {
      const prevEndsSentence = TERMINAL.test(b.lastChar());
      const firstChar = text2.trimStart()[0] ?? "";
      const continues = !prevEndsSentence && /[\p{L}\p{N},]$/u.test(b.lastChar()) && (footnoteSeen || new RegExp("\\p{Ll}", "u").test(firstChar) && !blankSeen);
      const brk = pendingBreak ?? { start: l.start, end: l.start };
      if (continues) b.replace(" ", brk.start, brk.end);
      else b.replace(blankSeen || footnoteSeen ? "\n\n" : "\n", brk.start, brk.end);
    }
    appendLine(b, raw, l, needsNfc, true);
    wroteAny = true;
    blankSeen = false;
    footnoteSeen = false;
    pendingBreak = { start: l.end, end: Math.min(raw.length, l.end + 1) };
  }
  const footnotes = [];
  for (const l of footnoteLines) {
    const brk = pendingBreak ?? { start: l.start, end: l.start };
    if (wroteAny) b.replace("\n\n", brk.start, brk.end);
    const start = b.size;
    appendLine(b, raw, l, needsNfc, false);
    footnotes.push({ start, end: b.size });
    wroteAny = true;
    pendingBreak = { start: l.end, end: Math.min(raw.length, l.end + 1) };
  }
  return { clean: b.build(), footnotes };
}
var SUPERSCRIPT_CODES, INVISIBLE_CODES, isSuperscript, isInvisible, isSpace, NEEDS_WORK, FOOTNOTE_BODY, DEBRIS_LINE, TERMINAL;
var init_normalize = __esm({
  "src/core/text/normalize.ts"() {
    "use strict";
    init_mappedText();
    SUPERSCRIPT_CODES = /* @__PURE__ */ new Set([185, 178, 179, 8308, 8309, 8310, 8311, 8312, 8313, 8304]);
    INVISIBLE_CODES = /* @__PURE__ */ new Set([8203, 8204, 8205, 173, 65279, 8288]);
    isSuperscript = (c) => SUPERSCRIPT_CODES.has(c);
    isInvisible = (c) => INVISIBLE_CODES.has(c);
    isSpace = (c) => c === 32 || c === 9 || c === 160 || c >= 8192 && c <= 8202 || c === 8239 || c === 8287 || c === 12288;
    NEEDS_WORK = /[¹²³⁴⁵⁶⁷⁸⁹⁰\u200b-\u200d\u00ad\ufeff\u2060\t\u00a0\u2000-\u200a\u202f\u205f\u3000]| {2}|\( | \)|\[ | \]| ,| ;/;
    FOOTNOTE_BODY = /^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S/;
    DEBRIS_LINE = /^\s*(?:\d{1,2}:\d{2}(?:\s*\/\s*\d{1,2}:\d{2})?|xem thêm|nghe bài viết|nghe đọc bài|đọc bài viết|chia sẻ(?: bài viết)?|in bài(?: viết)?|bình luận|tin liên quan|bài liên quan|theo dõi chúng tôi trên.*|tốc độ đọc.*|giọng (?:nam|nữ).*|[*•·]+|\|+)\s*:?\s*$/iu;
    TERMINAL = /[.!?…:;"”»)\]]$/;
  }
});

// src/core/text/fold.ts
function lowerSameLength(text2) {
  const lower = text2.toLowerCase();
  if (lower.length === text2.length) return lower;
  let out = "";
  for (const ch of text2) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
function fold(text2) {
  return lowerSameLength(text2).replace(OLD_PLACEMENT, (m) => OLD_TO_NEW[m] ?? m);
}
function foldKey(text2) {
  return fold(text2.normalize("NFC")).replace(/\s+/g, " ").trim();
}
var OLD_TO_NEW, OLD_PLACEMENT;
var init_fold = __esm({
  "src/core/text/fold.ts"() {
    "use strict";
    OLD_TO_NEW = {
      // old style puts the tone on the second vowel of oa/oe/uy; the catalog is written in the new style
      "o\xE0": "\xF2a",
      "o\xE1": "\xF3a",
      "o\u1EA3": "\u1ECFa",
      "o\xE3": "\xF5a",
      "o\u1EA1": "\u1ECDa",
      "o\xE8": "\xF2e",
      "o\xE9": "\xF3e",
      "o\u1EBB": "\u1ECFe",
      "o\u1EBD": "\xF5e",
      "o\u1EB9": "\u1ECDe",
      "u\u1EF3": "\xF9y",
      "u\xFD": "\xFAy",
      "u\u1EF7": "\u1EE7y",
      "u\u1EF9": "\u0169y",
      "u\u1EF5": "\u1EE5y"
    };
    OLD_PLACEMENT = /(o[àáảãạèéẻẽẹ]|(?<!q)u[ỳýỷỹỵ])(?![\p{L}])/gu;
  }
});

// src/core/text/segment.ts
function splitSentences(text2) {
  const out = [];
  let paragraph = 0;
  let start = 0;
  const push = (end) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text2[s])) s++;
    while (e > s && /\s/.test(text2[e - 1])) e--;
    if (e > s) {
      const breaks = [];
      for (let i = text2.indexOf(";", s); i >= 0 && i < e; i = text2.indexOf(";", i + 1)) breaks.push(i);
      out.push({ start: s, end: e, paragraph, clauseBreaks: breaks });
    }
  };
  CANDIDATE.lastIndex = 0;
  let m;
  while (m = CANDIDATE.exec(text2)) {
    const i = m.index;
    const c = text2[i];
    if (c === "\n") {
      push(i);
      paragraph++;
      start = i + 1;
      continue;
    }
    if (c === "." && DIGIT.test(text2[i - 1] ?? "") && DIGIT.test(text2[i + 1] ?? "")) continue;
    let j = i + 1;
    while (j < text2.length && CLOSERS.test(text2[j])) j++;
    if (j < text2.length && !/\s/.test(text2[j])) continue;
    let k = j;
    while (k < text2.length && (text2[k] === " " || text2[k] === "	")) k++;
    const next = text2[k] ?? "";
    if (k < text2.length && next !== "\n" && !NEXT_STARTS.test(next)) continue;
    if (c === "." && ABBREVIATIONS.test(text2.slice(Math.max(0, i - 6), i))) continue;
    push(j);
    start = j;
    CANDIDATE.lastIndex = j;
  }
  push(text2.length);
  return out;
}
function clauseAt(s, pos) {
  let start = s.start;
  let end = s.end;
  for (const b of s.clauseBreaks) {
    if (b < pos) start = b + 1;
    else {
      end = b;
      break;
    }
  }
  return [start, end];
}
var ABBREVIATIONS, CANDIDATE, DIGIT, CLOSERS, NEXT_STARTS;
var init_segment = __esm({
  "src/core/text/segment.ts"() {
    "use strict";
    ABBREVIATIONS = /(?:^|[\s(])(?:tp|tx|tt|q|p|ths|ts|pgs|gs|bs|ks|cn|đ\/c|st|v\.v|nxb|th\.s|sđd|tr)$/iu;
    CANDIDATE = /[.!?…\n]/g;
    DIGIT = /\d/;
    CLOSERS = /[.…"”’)\]]/;
    NEXT_STARTS = /[\p{Lu}\d"“‘(\-–•*]/u;
  }
});

// src/core/catalog/indicators.json
var indicators_default;
var init_indicators = __esm({
  "src/core/catalog/indicators.json"() {
    indicators_default = {
      about: "Indicator catalog of Ch\u1EC9 ti\xEAu, grown from ../shared/spec/indicators.json. aliases: phrases after which the figure is stated (the figure's unit picks among indicators sharing an alias). counted: the figure is a count of nouns (before: words right before the count, after: words right after the noun; pair: what M means in an N/M pair). kind: level (the figure itself), growth (a growth rate: 't\u0103ng X%' is the value), share (a rate in %: 'gi\u1EA3m X%' is a change in points). scope: economy figures of a party bloc's report belong to its province. plausible: [min, max] in the canonical unit for a province (plausibleLocal for units below a province). New aliases need no code.",
      indicators: [
        {
          id: "grdp_growth",
          vi: "T\u1ED1c \u0111\u1ED9 t\u0103ng tr\u01B0\u1EDFng kinh t\u1EBF (GRDP)",
          en: "GRDP growth",
          unit: "%",
          direction: "higher",
          aggregate: "mean_weighted",
          aliases: [
            "t\u1ED1c \u0111\u1ED9 t\u0103ng tr\u01B0\u1EDFng kinh t\u1EBF",
            "t\u0103ng tr\u01B0\u1EDFng kinh t\u1EBF",
            "t\u0103ng tr\u01B0\u1EDFng GRDP",
            "t\u1ED1c \u0111\u1ED9 t\u0103ng tr\u01B0\u1EDFng GRDP",
            "t\u1ED5ng s\u1EA3n ph\u1EA9m tr\xEAn \u0111\u1ECBa b\xE0n",
            "t\u1ED5ng s\u1EA3n ph\u1EA9m trong t\u1EC9nh",
            "t\u1ED5ng s\u1EA3n ph\u1EA9m tr\xEAn \u0111\u1ECBa b\xE0n t\u1EC9nh",
            "GRDP",
            "t\u1ED1c \u0111\u1ED9 t\u0103ng t\u1ED5ng s\u1EA3n ph\u1EA9m"
          ],
          kind: "growth",
          scope: "economy",
          plausible: [
            -30,
            40
          ]
        },
        {
          id: "production_value_growth",
          vi: "T\u0103ng tr\u01B0\u1EDFng gi\xE1 tr\u1ECB s\u1EA3n xu\u1EA5t",
          en: "Production value growth",
          unit: "%",
          direction: "higher",
          aggregate: "none",
          aliases: [
            "t\u0103ng tr\u01B0\u1EDFng gi\xE1 tr\u1ECB s\u1EA3n xu\u1EA5t",
            "t\u1ED1c \u0111\u1ED9 t\u0103ng tr\u01B0\u1EDFng gi\xE1 tr\u1ECB s\u1EA3n xu\u1EA5t",
            "t\u1ED1c \u0111\u1ED9 t\u0103ng gi\xE1 tr\u1ECB s\u1EA3n xu\u1EA5t"
          ],
          kind: "growth",
          scope: "economy",
          plausible: [
            -30,
            80
          ]
        },
        {
          id: "budget_revenue",
          vi: "T\u1ED5ng thu ng\xE2n s\xE1ch nh\xE0 n\u01B0\u1EDBc tr\xEAn \u0111\u1ECBa b\xE0n",
          en: "State budget revenue",
          unit: "bn VND",
          direction: "higher",
          aggregate: "sum",
          aliases: [
            "t\u1ED5ng thu ng\xE2n s\xE1ch",
            "thu ng\xE2n s\xE1ch nh\xE0 n\u01B0\u1EDBc",
            "thu ng\xE2n s\xE1ch",
            "t\u1ED5ng thu ng\xE2n s\xE1ch nh\xE0 n\u01B0\u1EDBc tr\xEAn \u0111\u1ECBa b\xE0n",
            "thu NSNN",
            "t\u1ED5ng thu NSNN",
            "thu ng\xE2n s\xE1ch tr\xEAn \u0111\u1ECBa b\xE0n",
            "thu ng\xE2n s\xE1ch nh\xE0 n\u01B0\u1EDBc tr\xEAn \u0111\u1ECBa b\xE0n",
            "t\u1ED5ng thu ng\xE2n s\xE1ch tr\xEAn \u0111\u1ECBa b\xE0n"
          ],
          kind: "level",
          scope: "economy",
          plausible: [
            300,
            9e5
          ],
          plausibleLocal: [
            0.5,
            8e4
          ],
          planWords: [
            "d\u1EF1 to\xE1n"
          ]
        },
        {
          id: "domestic_revenue",
          vi: "Thu n\u1ED9i \u0111\u1ECBa",
          en: "Domestic revenue",
          unit: "bn VND",
          direction: "higher",
          aggregate: "sum",
          aliases: [
            "thu n\u1ED9i \u0111\u1ECBa"
          ],
          kind: "level",
          scope: "economy",
          plausible: [
            200,
            7e5
          ],
          plausibleLocal: [
            0.5,
            6e4
          ],
          planWords: [
            "d\u1EF1 to\xE1n"
          ]
        },
        {
          id: "poverty_rate",
          vi: "T\u1EF7 l\u1EC7 h\u1ED9 ngh\xE8o",
          en: "Poverty rate (households)",
          unit: "%",
          direction: "lower",
          aggregate: "mean_weighted",
          aliases: [
            "t\u1EF7 l\u1EC7 h\u1ED9 ngh\xE8o",
            "t\u1EC9 l\u1EC7 h\u1ED9 ngh\xE8o",
            "h\u1ED9 ngh\xE8o",
            "t\u1EF7 l\u1EC7 h\u1ED9 ngh\xE8o \u0111a chi\u1EC1u",
            "t\u1EC9 l\u1EC7 h\u1ED9 ngh\xE8o \u0111a chi\u1EC1u"
          ],
          kind: "share",
          scope: "economy",
          plausible: [
            0,
            80
          ]
        },
        {
          id: "members_admitted",
          vi: "K\u1EBFt n\u1EA1p \u0111\u1EA3ng vi\xEAn m\u1EDBi",
          en: "Party members admitted",
          unit: "persons",
          direction: "higher",
          aggregate: "sum",
          aliases: [
            "s\u1ED1 \u0111\u1EA3ng vi\xEAn k\u1EBFt n\u1EA1p m\u1EDBi",
            "s\u1ED1 \u0111\u1EA3ng vi\xEAn m\u1EDBi k\u1EBFt n\u1EA1p",
            "k\u1EBFt n\u1EA1p \u0111\u1EA3ng vi\xEAn m\u1EDBi",
            "k\u1EBFt n\u1EA1p \u0111\u1EA3ng vi\xEAn",
            "k\u1EBFt n\u1EA1p m\u1EDBi",
            "\u0111\u1EA3ng vi\xEAn m\u1EDBi \u0111\u01B0\u1EE3c k\u1EBFt n\u1EA1p",
            "s\u1ED1 \u0111\u1EA3ng vi\xEAn \u0111\u01B0\u1EE3c k\u1EBFt n\u1EA1p",
            "s\u1ED1 qu\u1EA7n ch\xFAng \u0111\u01B0\u1EE3c k\u1EBFt n\u1EA1p",
            "ph\xE1t tri\u1EC3n \u0111\u1EA3ng vi\xEAn m\u1EDBi"
          ],
          kind: "level",
          scope: "party",
          plausible: [
            1,
            6e4
          ],
          counted: [
            {
              before: [
                "k\u1EBFt n\u1EA1p",
                "k\u1EBFt n\u1EA1p m\u1EDBi",
                "k\u1EBFt n\u1EA1p \u0111\u01B0\u1EE3c",
                "k\u1EBFt n\u1EA1p th\xEAm",
                "ph\xE1t tri\u1EC3n",
                "ph\xE1t tri\u1EC3n \u0111\u01B0\u1EE3c",
                "k\u1EBFt n\u1EA1p m\u1EDBi \u0111\u01B0\u1EE3c",
                "k\u1EBFt n\u1EA1p v\xE0o \u0110\u1EA3ng",
                "k\u1EBFt n\u1EA1p m\u1EDBi v\xE0o \u0110\u1EA3ng",
                "k\u1EBFt n\u1EA1p \u0111\u01B0\u1EE3c v\xE0o \u0110\u1EA3ng"
              ],
              nouns: [
                "\u0111\u1EA3ng vi\xEAn m\u1EDBi",
                "\u0111\u1EA3ng vi\xEAn",
                "qu\u1EA7n ch\xFAng",
                "qu\xE2n ch\u1EE7ng",
                "\u0111\u1ED3ng ch\xED",
                "ng\u01B0\u1EDDi"
              ],
              pair: "plan"
            },
            {
              nouns: [
                "qu\u1EA7n ch\xFAng \u01B0u t\xFA",
                "qu\u1EA7n ch\xFAng",
                "\u0111\u1EA3ng vi\xEAn m\u1EDBi",
                "\u0111\u1EA3ng vi\xEAn"
              ],
              after: [
                "\u0111\u01B0\u1EE3c k\u1EBFt n\u1EA1p v\xE0o \u0110\u1EA3ng",
                "\u0111\u01B0\u1EE3c k\u1EBFt n\u1EA1p",
                "\u0111\u01B0\u1EE3c xem x\xE9t k\u1EBFt n\u1EA1p v\xE0o \u0110\u1EA3ng"
              ]
            }
          ]
        },
        {
          id: "party_members_total",
          vi: "T\u1ED5ng s\u1ED1 \u0111\u1EA3ng vi\xEAn",
          en: "Party members (total)",
          unit: "persons",
          direction: "higher",
          aggregate: "sum",
          aliases: [
            "t\u1ED5ng s\u1ED1 \u0111\u1EA3ng vi\xEAn",
            "\u0111\u1EA3ng vi\xEAn hi\u1EC7n c\xF3",
            "t\u1ED5ng s\u1ED1 \u0111\u1EA3ng vi\xEAn hi\u1EC7n c\xF3",
            "s\u1ED1 \u0111\u1EA3ng vi\xEAn hi\u1EC7n c\xF3",
            "s\u1ED1 \u0111\u1EA3ng vi\xEAn to\xE0n \u0110\u1EA3ng b\u1ED9",
            "t\u1ED5ng s\u1ED1 \u0111\u1EA3ng vi\xEAn to\xE0n \u0110\u1EA3ng b\u1ED9"
          ],
          kind: "level",
          scope: "party",
          plausible: [
            10,
            6e6
          ],
          counted: [
            {
              before: [
                "hi\u1EC7n c\xF3",
                "c\xF3 t\u1ED5ng s\u1ED1",
                "c\xF3 t\u1ED5ng c\u1ED9ng",
                "hi\u1EC7n c\xF3 t\u1ED5ng s\u1ED1",
                "hi\u1EC7n nay c\xF3",
                "\u0110\u1EA3ng b\u1ED9 c\xF3",
                "\u0111\u1EA3ng b\u1ED9 t\u1EC9nh c\xF3",
                "\u0111\u1EA3ng b\u1ED9 huy\u1EC7n c\xF3",
                "\u0111\u1EA3ng b\u1ED9 th\xE0nh ph\u1ED1 c\xF3",
                "to\xE0n \u0110\u1EA3ng b\u1ED9 c\xF3"
              ],
              nouns: [
                "\u0111\u1EA3ng vi\xEAn"
              ],
              chain: true
            }
          ],
          stock: true
        },
        {
          id: "party_orgs_inspected",
          vi: "S\u1ED1 t\u1ED5 ch\u1EE9c \u0111\u1EA3ng \u0111\u01B0\u1EE3c ki\u1EC3m tra",
          en: "Party organizations inspected",
          unit: "count",
          direction: "higher",
          aggregate: "sum",
          aliases: [
            "s\u1ED1 t\u1ED5 ch\u1EE9c \u0111\u1EA3ng \u0111\u01B0\u1EE3c ki\u1EC3m tra"
          ],
          kind: "level",
          scope: "party",
          plausible: [
            1,
            6e4
          ],
          counted: [
            {
              before: [
                "ki\u1EC3m tra",
                "ti\u1EBFn h\xE0nh ki\u1EC3m tra",
                "\u0111\xE3 ki\u1EC3m tra",
                "ki\u1EC3m tra \u0111\u1ED1i v\u1EDBi",
                "ki\u1EC3m tra khi c\xF3 d\u1EA5u hi\u1EC7u vi ph\u1EA1m \u0111\u1ED1i v\u1EDBi",
                "ki\u1EC3m tra khi c\xF3 d\u1EA5u hi\u1EC7u vi ph\u1EA1m"
              ],
              nouns: [
                "t\u1ED5 ch\u1EE9c \u0111\u1EA3ng",
                "t\u1ED5 ch\u1EE9c c\u01A1 s\u1EDF \u0111\u1EA3ng",
                "t\u1ED5 ch\u1EE9c \u0110\u1EA3ng",
                "chi b\u1ED9",
                "c\u1EA5p \u1EE7y",
                "\u0111\u1EA3ng \u1EE7y",
                "\u0111\u1EA3ng b\u1ED9",
                "l\u01B0\u1EE3t t\u1ED5 ch\u1EE9c \u0111\u1EA3ng",
                "t\u1ED5 ch\u1EE9c c\u01A1 s\u1EDF \u0111\u1EA3ng v\xE0 chi b\u1ED9"
              ]
            }
          ]
        },
        {
          id: "members_inspected",
          vi: "S\u1ED1 \u0111\u1EA3ng vi\xEAn \u0111\u01B0\u1EE3c ki\u1EC3m tra",
          en: "Party members inspected",
          unit: "persons",
          direction: "higher",
          aggregate: "sum",
          aliases: [
            "s\u1ED1 \u0111\u1EA3ng vi\xEAn \u0111\u01B0\u1EE3c ki\u1EC3m tra"
          ],
          kind: "level",
          scope: "party",
          plausible: [
            1,
            2e5
          ],
          counted: [
            {
              before: [
                "ki\u1EC3m tra",
                "ti\u1EBFn h\xE0nh ki\u1EC3m tra",
                "\u0111\xE3 ki\u1EC3m tra",
                "ki\u1EC3m tra \u0111\u1ED1i v\u1EDBi",
                "ki\u1EC3m tra khi c\xF3 d\u1EA5u hi\u1EC7u vi ph\u1EA1m \u0111\u1ED1i v\u1EDBi",
                "ki\u1EC3m tra khi c\xF3 d\u1EA5u hi\u1EC7u vi ph\u1EA1m"
              ],
              nouns: [
                "\u0111\u1EA3ng vi\xEAn",
                "l\u01B0\u1EE3t \u0111\u1EA3ng vi\xEAn"
              ]
            }
          ]
        },
        {
          id: "members_disciplined",
          vi: "S\u1ED1 \u0111\u1EA3ng vi\xEAn b\u1ECB thi h\xE0nh k\u1EF7 lu\u1EADt",
          en: "Party members disciplined",
          unit: "persons",
          direction: "lower",
          aggregate: "sum",
          aliases: [
            "s\u1ED1 \u0111\u1EA3ng vi\xEAn b\u1ECB k\u1EF7 lu\u1EADt",
            "s\u1ED1 \u0111\u1EA3ng vi\xEAn b\u1ECB thi h\xE0nh k\u1EF7 lu\u1EADt",
            "\u0111\u1EA3ng vi\xEAn b\u1ECB k\u1EF7 lu\u1EADt",
            "\u0111\u1EA3ng vi\xEAn b\u1ECB thi h\xE0nh k\u1EF7 lu\u1EADt"
          ],
          kind: "level",
          scope: "party",
          plausible: [
            0,
            5e4
          ],
          counted: [
            {
              before: [
                "thi h\xE0nh k\u1EF7 lu\u1EADt",
                "thi h\xE0nh k\u1EF7 lu\u1EADt \u0111\u1ED1i v\u1EDBi",
                "k\u1EF7 lu\u1EADt",
                "k\u1EF7 lu\u1EADt \u0111\u1ED1i v\u1EDBi",
                "x\u1EED l\xFD k\u1EF7 lu\u1EADt",
                "x\u1EED l\xFD k\u1EF7 lu\u1EADt \u0111\u1ED1i v\u1EDBi",
                "thi h\xE0nh k\u1EC9 lu\u1EADt",
                "k\u1EC9 lu\u1EADt"
              ],
              nouns: [
                "\u0111\u1EA3ng vi\xEAn"
              ]
            },
            {
              nouns: [
                "\u0111\u1EA3ng vi\xEAn"
              ],
              after: [
                "b\u1ECB k\u1EF7 lu\u1EADt",
                "b\u1ECB thi h\xE0nh k\u1EF7 lu\u1EADt",
                "b\u1ECB x\u1EED l\xFD k\u1EF7 lu\u1EADt",
                "b\u1ECB k\u1EC9 lu\u1EADt"
              ]
            }
          ]
        },
        {
          id: "total_investment",
          vi: "T\u1ED5ng v\u1ED1n \u0111\u1EA7u t\u01B0 to\xE0n x\xE3 h\u1ED9i",
          en: "Total social investment",
          unit: "bn VND",
          direction: "higher",
          aggregate: "sum",
          aliases: [
            "t\u1ED5ng v\u1ED1n \u0111\u1EA7u t\u01B0 th\u1EF1c hi\u1EC7n to\xE0n x\xE3 h\u1ED9i",
            "t\u1ED5ng v\u1ED1n \u0111\u1EA7u t\u01B0 to\xE0n x\xE3 h\u1ED9i",
            "v\u1ED1n \u0111\u1EA7u t\u01B0 to\xE0n x\xE3 h\u1ED9i",
            "v\u1ED1n \u0111\u1EA7u t\u01B0 th\u1EF1c hi\u1EC7n to\xE0n x\xE3 h\u1ED9i",
            "t\u1ED5ng v\u1ED1n \u0111\u1EA7u t\u01B0 ph\xE1t tri\u1EC3n to\xE0n x\xE3 h\u1ED9i",
            "v\u1ED1n \u0111\u1EA7u t\u01B0 ph\xE1t tri\u1EC3n to\xE0n x\xE3 h\u1ED9i",
            "v\u1ED1n \u0111\u1EA7u t\u01B0 th\u1EF1c hi\u1EC7n tr\xEAn \u0111\u1ECBa b\xE0n",
            "t\u1ED5ng v\u1ED1n \u0111\u1EA7u t\u01B0 th\u1EF1c hi\u1EC7n tr\xEAn \u0111\u1ECBa b\xE0n",
            "t\u1ED5ng v\u1ED1n \u0111\u1EA7u t\u01B0 tr\xEAn \u0111\u1ECBa b\xE0n"
          ],
          kind: "level",
          scope: "economy",
          plausible: [
            500,
            3e6
          ],
          plausibleLocal: [
            1,
            3e5
          ]
        },
        {
          id: "public_investment_disbursed",
          vi: "Gi\u1EA3i ng\xE2n v\u1ED1n \u0111\u1EA7u t\u01B0 c\xF4ng",
          en: "Public investment disbursed",
          unit: "bn VND",
          direction: "higher",
          aggregate: "sum",
          aliases: [
            "gi\u1EA3i ng\xE2n v\u1ED1n \u0111\u1EA7u t\u01B0 c\xF4ng",
            "gi\u1EA3i ng\xE2n v\u1ED1n \u0111\u1EA7u c\xF4ng",
            "t\u1EF7 l\u1EC7 gi\u1EA3i ng\xE2n v\u1ED1n \u0111\u1EA7u t\u01B0 c\xF4ng",
            "t\u1EC9 l\u1EC7 gi\u1EA3i ng\xE2n v\u1ED1n \u0111\u1EA7u t\u01B0 c\xF4ng",
            "gi\u1EA3i ng\xE2n k\u1EBF ho\u1EA1ch v\u1ED1n \u0111\u1EA7u t\u01B0 c\xF4ng",
            "gi\u1EA3i ng\xE2n v\u1ED1n \u0111\u1EA7u t\u01B0",
            "v\u1ED1n \u0111\u1EA7u t\u01B0 c\xF4ng gi\u1EA3i ng\xE2n",
            "v\u1ED1n \u0111\u1EA7u t\u01B0 c\xF4ng \u0111\xE3 gi\u1EA3i ng\xE2n"
          ],
          kind: "level",
          scope: "economy",
          plausible: [
            50,
            3e5
          ],
          plausibleLocal: [
            0.5,
            3e4
          ],
          pctIsOfPlan: true,
          yearRunsToJanuary: true
        },
        {
          id: "new_enterprises",
          vi: "Doanh nghi\u1EC7p th\xE0nh l\u1EADp m\u1EDBi",
          en: "New enterprises",
          unit: "count",
          direction: "higher",
          aggregate: "sum",
          aliases: [
            "s\u1ED1 doanh nghi\u1EC7p th\xE0nh l\u1EADp m\u1EDBi",
            "doanh nghi\u1EC7p th\xE0nh l\u1EADp m\u1EDBi",
            "s\u1ED1 doanh nghi\u1EC7p \u0111\u0103ng k\xFD th\xE0nh l\u1EADp m\u1EDBi"
          ],
          kind: "level",
          scope: "economy",
          plausible: [
            1,
            2e5
          ],
          counted: [
            {
              before: [
                "th\xE0nh l\u1EADp m\u1EDBi",
                "th\xE0nh l\u1EADp m\u1EDBi \u0111\u01B0\u1EE3c",
                "\u0111\u0103ng k\xFD th\xE0nh l\u1EADp m\u1EDBi",
                "c\xF3 th\xEAm",
                "ph\xE1t tri\u1EC3n m\u1EDBi",
                "th\xE0nh l\u1EADp"
              ],
              after: [
                "th\xE0nh l\u1EADp m\u1EDBi",
                "\u0111\u0103ng k\xFD th\xE0nh l\u1EADp m\u1EDBi",
                "\u0111\u01B0\u1EE3c th\xE0nh l\u1EADp m\u1EDBi",
                "th\xE0nh l\u1EADp",
                "\u0111\u0103ng k\xFD th\xE0nh l\u1EADp",
                "\u0111\u01B0\u1EE3c th\xE0nh l\u1EADp"
              ],
              nouns: [
                "doanh nghi\u1EC7p"
              ]
            }
          ]
        },
        {
          id: "new_enterprise_capital",
          vi: "V\u1ED1n \u0111\u0103ng k\xFD c\u1EE7a doanh nghi\u1EC7p m\u1EDBi",
          en: "Registered capital of new enterprises",
          unit: "bn VND",
          direction: "higher",
          aggregate: "sum",
          aliases: [
            "v\u1ED1n \u0111\u0103ng k\xFD",
            "t\u1ED5ng v\u1ED1n \u0111\u0103ng k\xFD",
            "s\u1ED1 v\u1ED1n \u0111\u0103ng k\xFD"
          ],
          kind: "level",
          scope: "economy",
          plausible: [
            0.01,
            3e6
          ],
          context: [
            "doanh nghi\u1EC7p"
          ]
        },
        {
          id: "retail_sales",
          vi: "T\u1ED5ng m\u1EE9c b\xE1n l\u1EBB h\xE0ng h\xF3a",
          en: "Retail sales of goods",
          unit: "bn VND",
          direction: "higher",
          aggregate: "sum",
          aliases: [
            "t\u1ED5ng m\u1EE9c b\xE1n l\u1EBB h\xE0ng h\xF3a",
            "t\u1ED5ng m\u1EE9c b\xE1n l\u1EBB h\xE0ng h\xF3a v\xE0 doanh thu d\u1ECBch v\u1EE5",
            "t\u1ED5ng m\u1EE9c b\xE1n l\u1EBB h\xE0ng h\xF3a v\xE0 doanh thu d\u1ECBch v\u1EE5 ti\xEAu d\xF9ng",
            "t\u1ED5ng m\u1EE9c b\xE1n l\u1EBB",
            "t\u1ED5ng m\u1EE9c b\xE1n l\u1EBB h\xE0ng ho\xE1"
          ],
          kind: "level",
          scope: "economy",
          plausible: [
            500,
            3e6
          ],
          plausibleLocal: [
            1,
            3e5
          ]
        },
        {
          id: "trade_value",
          vi: "Kim ng\u1EA1ch xu\u1EA5t nh\u1EADp kh\u1EA9u",
          en: "Import-export value",
          unit: "mn USD",
          direction: "higher",
          aggregate: "sum",
          aliases: [
            "kim ng\u1EA1ch xu\u1EA5t nh\u1EADp kh\u1EA9u",
            "t\u1ED5ng gi\xE1 tr\u1ECB xu\u1EA5t nh\u1EADp kh\u1EA9u",
            "gi\xE1 tr\u1ECB xu\u1EA5t, nh\u1EADp kh\u1EA9u",
            "xu\u1EA5t nh\u1EADp kh\u1EA9u",
            "t\u1ED5ng kim ng\u1EA1ch xu\u1EA5t nh\u1EADp kh\u1EA9u",
            "kim ng\u1EA1ch xu\u1EA5t, nh\u1EADp kh\u1EA9u",
            "xu\u1EA5t, nh\u1EADp kh\u1EA9u"
          ],
          kind: "level",
          scope: "economy",
          plausible: [
            0.01,
            9e5
          ]
        },
        {
          id: "exports_value",
          vi: "Kim ng\u1EA1ch xu\u1EA5t kh\u1EA9u",
          en: "Exports value",
          unit: "mn USD",
          direction: "higher",
          aggregate: "sum",
          aliases: [
            "kim ng\u1EA1ch xu\u1EA5t kh\u1EA9u",
            "t\u1ED5ng kim ng\u1EA1ch xu\u1EA5t kh\u1EA9u",
            "gi\xE1 tr\u1ECB xu\u1EA5t kh\u1EA9u",
            "kim ng\u1EA1ch h\xE0ng h\xF3a xu\u1EA5t kh\u1EA9u",
            "xu\u1EA5t kh\u1EA9u h\xE0ng h\xF3a",
            "kim ng\u1EA1ch xu\u1EA5t kh\u1EA9u h\xE0ng h\xF3a",
            "gi\xE1 tr\u1ECB h\xE0ng h\xF3a xu\u1EA5t kh\u1EA9u"
          ],
          kind: "level",
          scope: "economy",
          plausible: [
            0.01,
            6e5
          ]
        },
        {
          id: "industrial_production_growth",
          vi: "T\u0103ng tr\u01B0\u1EDFng s\u1EA3n xu\u1EA5t c\xF4ng nghi\u1EC7p",
          en: "Industrial production growth",
          unit: "%",
          direction: "higher",
          aggregate: "none",
          aliases: [
            "s\u1EA3n xu\u1EA5t c\xF4ng nghi\u1EC7p",
            "ch\u1EC9 s\u1ED1 s\u1EA3n xu\u1EA5t c\xF4ng nghi\u1EC7p",
            "ch\u1EC9 s\u1ED1 s\u1EA3n xu\u1EA5t to\xE0n ng\xE0nh c\xF4ng nghi\u1EC7p",
            "ch\u1EC9 s\u1ED1 s\u1EA3n xu\u1EA5t c\xF4ng nghi\u1EC7p (IIP)",
            "IIP",
            "ch\u1EC9 s\u1ED1 s\u1EA3n xu\u1EA5t ng\xE0nh c\xF4ng nghi\u1EC7p",
            "ch\u1EC9 s\u1ED1 IIP"
          ],
          kind: "growth",
          scope: "economy",
          plausible: [
            -60,
            150
          ]
        },
        {
          id: "income_per_capita",
          vi: "Thu nh\u1EADp b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi",
          en: "Income per capita",
          unit: "mn VND/person/year",
          direction: "higher",
          aggregate: "mean_weighted",
          aliases: [
            "thu nh\u1EADp b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi",
            "thu nh\u1EADp b\xECnh qu\xE2n",
            "thu nh\u1EADp b\xECnh qu\xE2n/ng\u01B0\u1EDDi",
            "thu nh\u1EADp b\xECnh qu\xE2n c\u1EE7a ng\u01B0\u1EDDi d\xE2n"
          ],
          kind: "level",
          scope: "economy",
          plausible: [
            5,
            600
          ]
        },
        {
          id: "grdp_per_capita",
          vi: "GRDP b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi",
          en: "GRDP per capita",
          unit: "mn VND/person/year",
          direction: "higher",
          aggregate: "mean_weighted",
          aliases: [
            "GRDP b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi",
            "GRDP b\xECnh qu\xE2n",
            "GRDP b\xECnh qu\xE2n/ng\u01B0\u1EDDi",
            "t\u1ED5ng s\u1EA3n ph\u1EA9m b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi"
          ],
          kind: "level",
          scope: "economy",
          plausible: [
            10,
            1500
          ]
        },
        {
          id: "grdp_value",
          vi: "T\u1ED5ng s\u1EA3n ph\u1EA9m tr\xEAn \u0111\u1ECBa b\xE0n (gi\xE1 tr\u1ECB)",
          en: "GRDP (value)",
          unit: "bn VND",
          direction: "higher",
          aggregate: "sum",
          aliases: [
            "t\u1ED5ng s\u1EA3n ph\u1EA9m tr\xEAn \u0111\u1ECBa b\xE0n t\u1EC9nh theo gi\xE1 so s\xE1nh",
            "t\u1ED5ng s\u1EA3n ph\u1EA9m tr\xEAn \u0111\u1ECBa b\xE0n t\u1EC9nh theo gi\xE1 hi\u1EC7n h\xE0nh",
            "quy m\xF4 n\u1EC1n kinh t\u1EBF",
            "quy m\xF4 GRDP",
            "GRDP",
            "t\u1ED5ng s\u1EA3n ph\u1EA9m tr\xEAn \u0111\u1ECBa b\xE0n",
            "t\u1ED5ng s\u1EA3n ph\u1EA9m trong t\u1EC9nh"
          ],
          kind: "level",
          scope: "economy",
          plausible: [
            5e3,
            4e6
          ],
          plausibleLocal: [
            50,
            6e5
          ]
        },
        {
          id: "targets_met",
          vi: "S\u1ED1 ch\u1EC9 ti\xEAu \u0111\u1EA1t v\xE0 v\u01B0\u1EE3t k\u1EBF ho\u1EA1ch",
          en: "Targets met or exceeded",
          unit: "count",
          direction: "higher",
          aggregate: "sum",
          aliases: [],
          kind: "level",
          scope: "any",
          plausible: [
            0,
            300
          ],
          counted: [
            {
              nouns: [
                "ch\u1EC9 ti\xEAu",
                "ch\u1EC9 ti\xEAu ch\u1EE7 y\u1EBFu",
                "ch\u1EC9 ti\xEAu kinh t\u1EBF - x\xE3 h\u1ED9i",
                "ch\u1EC9 ti\xEAu ch\u1EE7 y\u1EBFu v\u1EC1 kinh t\u1EBF - x\xE3 h\u1ED9i",
                "ch\u1EC9 ti\xEAu ngh\u1ECB quy\u1EBFt",
                "ch\u1EC9 ti\xEAu c\u01A1 b\u1EA3n"
              ],
              after: [
                "\u0111\u1EA1t v\xE0 v\u01B0\u1EE3t",
                "\u0111\u1EA1t",
                "v\u01B0\u1EE3t",
                "ho\xE0n th\xE0nh",
                "\u0111\u1EA1t, v\u01B0\u1EE3t",
                "ho\xE0n th\xE0nh v\xE0 v\u01B0\u1EE3t",
                "ho\xE0n th\xE0nh, v\u01B0\u1EE3t"
              ],
              pair: "targets_total"
            }
          ]
        },
        {
          id: "targets_missed",
          vi: "S\u1ED1 ch\u1EC9 ti\xEAu kh\xF4ng \u0111\u1EA1t",
          en: "Targets missed",
          unit: "count",
          direction: "lower",
          aggregate: "sum",
          aliases: [],
          kind: "level",
          scope: "any",
          plausible: [
            0,
            300
          ],
          counted: [
            {
              nouns: [
                "ch\u1EC9 ti\xEAu",
                "ch\u1EC9 ti\xEAu ch\u1EE7 y\u1EBFu",
                "ch\u1EC9 ti\xEAu kinh t\u1EBF - x\xE3 h\u1ED9i"
              ],
              after: [
                "kh\xF4ng \u0111\u1EA1t",
                "ch\u01B0a \u0111\u1EA1t",
                "kh\xF4ng ho\xE0n th\xE0nh",
                "ch\u01B0a ho\xE0n th\xE0nh"
              ]
            }
          ]
        },
        {
          id: "targets_total",
          vi: "T\u1ED5ng s\u1ED1 ch\u1EC9 ti\xEAu",
          en: "Targets (total)",
          unit: "count",
          direction: "higher",
          aggregate: "sum",
          aliases: [],
          kind: "level",
          scope: "any",
          plausible: [
            1,
            300
          ],
          counted: [
            {
              before: [
                "trong s\u1ED1",
                "trong t\u1ED5ng s\u1ED1",
                "tr\xEAn t\u1ED5ng s\u1ED1",
                "trong",
                "t\u1ED5ng s\u1ED1",
                "tr\xEAn"
              ],
              nouns: [
                "ch\u1EC9 ti\xEAu",
                "ch\u1EC9 ti\xEAu ch\u1EE7 y\u1EBFu",
                "ch\u1EC9 ti\xEAu kinh t\u1EBF - x\xE3 h\u1ED9i"
              ],
              endsBefore: [
                "c\xF3",
                ","
              ]
            }
          ]
        },
        {
          id: "ocop_products",
          vi: "S\u1EA3n ph\u1EA9m OCOP",
          en: "OCOP products",
          unit: "count",
          direction: "higher",
          aggregate: "sum",
          aliases: [
            "s\u1ED1 s\u1EA3n ph\u1EA9m OCOP",
            "s\u1EA3n ph\u1EA9m OCOP"
          ],
          kind: "level",
          scope: "economy",
          plausible: [
            0,
            1e4
          ],
          counted: [
            {
              nouns: [
                "s\u1EA3n ph\u1EA9m"
              ],
              after: [
                "OCOP",
                "\u0111\u1EA1t chu\u1EA9n OCOP",
                "\u0111\u01B0\u1EE3c c\xF4ng nh\u1EADn s\u1EA3n ph\u1EA9m OCOP",
                "\u0111\u01B0\u1EE3c c\xF4ng nh\u1EADn OCOP",
                "\u0111\u1EA1t OCOP",
                "\u0111\u01B0\u1EE3c c\xF4ng nh\u1EADn \u0111\u1EA1t chu\u1EA9n OCOP",
                "\u0111\u01B0\u1EE3c c\xF4ng nh\u1EADn \u0111\u1EA1t OCOP",
                "\u0111\u01B0\u1EE3c \u0111\xE1nh gi\xE1, ph\xE2n h\u1EA1ng OCOP"
              ]
            }
          ],
          stock: true
        },
        {
          id: "trees_planted",
          vi: "S\u1ED1 c\xE2y xanh tr\u1ED3ng m\u1EDBi",
          en: "Trees planted",
          unit: "count",
          direction: "higher",
          aggregate: "sum",
          aliases: [
            "s\u1ED1 c\xE2y xanh tr\u1ED3ng m\u1EDBi"
          ],
          kind: "level",
          scope: "economy",
          plausible: [
            1,
            1e8
          ],
          counted: [
            {
              before: [
                "tr\u1ED3ng m\u1EDBi",
                "tr\u1ED3ng \u0111\u01B0\u1EE3c",
                "tr\u1ED3ng m\u1EDBi \u0111\u01B0\u1EE3c",
                "tr\u1ED3ng"
              ],
              nouns: [
                "c\xE2y xanh",
                "c\xE2y b\xF3ng m\xE1t",
                "c\xE2y ph\xE2n t\xE1n",
                "c\xE2y"
              ]
            }
          ]
        }
      ],
      units: {
        "bn VND": {
          vi: "t\u1EF7 \u0111\u1ED3ng",
          from: {
            \u0111\u1ED3ng: 1e-9,
            "ngh\xECn \u0111\u1ED3ng": 1e-6,
            "tri\u1EC7u \u0111\u1ED3ng": 1e-3,
            "t\u1EF7 \u0111\u1ED3ng": 1,
            "ngh\xECn t\u1EF7 \u0111\u1ED3ng": 1e3,
            "ng\xE0n t\u1EF7 \u0111\u1ED3ng": 1e3
          }
        },
        "mn USD": {
          vi: "tri\u1EC7u USD",
          from: {
            USD: 1e-6,
            "ngh\xECn USD": 1e-3,
            "tri\u1EC7u USD": 1,
            "t\u1EF7 USD": 1e3
          }
        },
        "mn VND/person/year": {
          vi: "tri\u1EC7u \u0111\u1ED3ng/ng\u01B0\u1EDDi/n\u0103m",
          from: {
            "tri\u1EC7u \u0111\u1ED3ng/ng\u01B0\u1EDDi/n\u0103m": 1,
            "tri\u1EC7u \u0111\u1ED3ng/ng\u01B0\u1EDDi": 1
          }
        },
        "%": {
          vi: "%"
        },
        persons: {
          vi: "ng\u01B0\u1EDDi"
        },
        count: {
          vi: ""
        },
        ha: {
          vi: "ha"
        }
      }
    };
  }
});

// src/core/text/trie.ts
function trieSource(phrases) {
  const root = { end: false, next: /* @__PURE__ */ new Map() };
  for (const p of phrases) {
    let n = root;
    for (const c of p.replace(/\s*[-–]\s*/g, "-").replace(/\s+/g, " ")) {
      let child = n.next.get(c);
      if (!child) {
        child = { end: false, next: /* @__PURE__ */ new Map() };
        n.next.set(c, child);
      }
      n = child;
    }
    n.end = true;
  }
  const emit = (n) => {
    const branches = [...n.next.entries()].map(([c, child]) => escapeChar(c) + emit(child));
    if (!branches.length) return "";
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
    return n.end ? branches.length === 1 && branches[0].length === 1 ? `${body}?` : `(?:${body})?` : body;
  };
  return emit(root);
}
function startsWord(text2, at) {
  return at === 0 || !WORD_CHAR.test(text2[at - 1]);
}
function* wordMatches(re2, text2) {
  re2.lastIndex = 0;
  let m;
  while (m = re2.exec(text2)) {
    if (m[0].length === 0) {
      re2.lastIndex++;
      continue;
    }
    if (!startsWord(text2, m.index)) {
      re2.lastIndex = m.index + 1;
      continue;
    }
    yield m;
  }
}
var escapeChar, WORD_CHAR;
var init_trie = __esm({
  "src/core/text/trie.ts"() {
    "use strict";
    escapeChar = (c) => c === " " ? "\\s+" : c === "-" || c === "\u2013" ? "\\s*[-\u2013]\\s*" : c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    WORD_CHAR = /[\p{L}\p{N}]/u;
  }
});

// src/core/catalog/catalog.ts
var aliasKey, Catalog;
var init_catalog = __esm({
  "src/core/catalog/catalog.ts"() {
    "use strict";
    init_indicators();
    init_fold();
    init_trie();
    aliasKey = (s) => s.replace(/\s*[-–]\s*/g, "-").replace(/\s+/g, " ");
    Catalog = class _Catalog {
      indicators;
      byId;
      aliasIds = /* @__PURE__ */ new Map();
      aliasRe;
      constructor(indicators) {
        this.indicators = indicators;
        this.byId = new Map(indicators.map((i) => [i.id, i]));
        for (const ind of indicators) {
          for (const a of ind.aliases) {
            const key = aliasKey(fold(a.normalize("NFC")));
            const ids = this.aliasIds.get(key) ?? [];
            if (!ids.includes(ind.id)) ids.push(ind.id);
            this.aliasIds.set(key, ids);
          }
        }
        this.aliasRe = new RegExp(`(?:${trieSource(this.aliasIds.keys())})(?![\\p{L}\\p{N}])`, "gu");
      }
      /** every noun a counted indicator counts, folded ("đảng viên", "doanh nghiệp"…) */
      get countedNouns() {
        this.nouns ??= [...new Set(this.indicators.flatMap((i) => (i.counted ?? []).flatMap((r) => r.nouns)).map((n) => fold(n.normalize("NFC"))))];
        return this.nouns;
      }
      nouns;
      static default() {
        return new _Catalog(indicators_default.indicators);
      }
      get(id) {
        return this.byId.get(id);
      }
      /** Alias mentions in folded text, longest first, not overlapping. */
      findAliases(folded) {
        const out = [];
        for (const m of wordMatches(this.aliasRe, folded)) {
          const key = aliasKey(m[0]);
          const ids = this.aliasIds.get(key);
          if (ids) out.push({ start: m.index, end: m.index + m[0].length, ids });
        }
        return out;
      }
    };
  }
});

// src/core/entities/provinces.json
var provinces_default;
var init_provinces = __esm({
  "src/core/entities/provinces.json"() {
    provinces_default = {
      about: "Vietnam's provincial units. old: the 63 units before 1 July 2025; new: the 34 units from 1 July 2025 (Resolution 202/2025/QH15, adopted 12 June 2025). mergedInto: the new unit an old one became part of. city: centrally-run city. aliases: other spellings seen in documents (tone-mark placement is folded, so H\xF2a/Ho\xE0 need no alias). bylines: provincial newspaper sign-offs that open an article ('BBK - ...'), a weak cue for the document's unit.",
      reform: { resolution: "202/2025/QH15", adopted: "2025-06-12", effective: "2025-07-01" },
      old: [
        { name: "H\xE0 N\u1ED9i", city: true, mergedInto: "H\xE0 N\u1ED9i", aliases: ["Th\u1EE7 \u0111\xF4 H\xE0 N\u1ED9i", "Th\u1EE7 \u0111\xF4"], bylines: ["HNM", "HNMO"] },
        { name: "H\xE0 Giang", mergedInto: "Tuy\xEAn Quang" },
        { name: "Cao B\u1EB1ng", mergedInto: "Cao B\u1EB1ng", bylines: ["CB"] },
        { name: "B\u1EAFc K\u1EA1n", mergedInto: "Th\xE1i Nguy\xEAn", aliases: ["B\u1EAFc C\u1EA1n"], bylines: ["BBK"] },
        { name: "Tuy\xEAn Quang", mergedInto: "Tuy\xEAn Quang" },
        { name: "L\xE0o Cai", mergedInto: "L\xE0o Cai" },
        { name: "\u0110i\u1EC7n Bi\xEAn", mergedInto: "\u0110i\u1EC7n Bi\xEAn" },
        { name: "Lai Ch\xE2u", mergedInto: "Lai Ch\xE2u" },
        { name: "S\u01A1n La", mergedInto: "S\u01A1n La" },
        { name: "Y\xEAn B\xE1i", mergedInto: "L\xE0o Cai", bylines: ["YB\u0110T"] },
        { name: "H\xF2a B\xECnh", mergedInto: "Ph\xFA Th\u1ECD" },
        { name: "Th\xE1i Nguy\xEAn", mergedInto: "Th\xE1i Nguy\xEAn" },
        { name: "L\u1EA1ng S\u01A1n", mergedInto: "L\u1EA1ng S\u01A1n", bylines: ["LSO"] },
        { name: "Qu\u1EA3ng Ninh", mergedInto: "Qu\u1EA3ng Ninh" },
        { name: "B\u1EAFc Giang", mergedInto: "B\u1EAFc Ninh", bylines: ["BG\u0110T", "BBG"] },
        { name: "Ph\xFA Th\u1ECD", mergedInto: "Ph\xFA Th\u1ECD" },
        { name: "V\u0129nh Ph\xFAc", mergedInto: "Ph\xFA Th\u1ECD" },
        { name: "B\u1EAFc Ninh", mergedInto: "B\u1EAFc Ninh" },
        { name: "H\u1EA3i D\u01B0\u01A1ng", mergedInto: "H\u1EA3i Ph\xF2ng" },
        { name: "H\u1EA3i Ph\xF2ng", city: true, mergedInto: "H\u1EA3i Ph\xF2ng" },
        { name: "H\u01B0ng Y\xEAn", mergedInto: "H\u01B0ng Y\xEAn" },
        { name: "Th\xE1i B\xECnh", mergedInto: "H\u01B0ng Y\xEAn" },
        { name: "H\xE0 Nam", mergedInto: "Ninh B\xECnh" },
        { name: "Nam \u0110\u1ECBnh", mergedInto: "Ninh B\xECnh" },
        { name: "Ninh B\xECnh", mergedInto: "Ninh B\xECnh" },
        { name: "Thanh H\xF3a", mergedInto: "Thanh H\xF3a", aliases: ["x\u1EE9 Thanh"] },
        { name: "Ngh\u1EC7 An", mergedInto: "Ngh\u1EC7 An" },
        { name: "H\xE0 T\u0129nh", mergedInto: "H\xE0 T\u0129nh" },
        { name: "Qu\u1EA3ng B\xECnh", mergedInto: "Qu\u1EA3ng Tr\u1ECB" },
        { name: "Qu\u1EA3ng Tr\u1ECB", mergedInto: "Qu\u1EA3ng Tr\u1ECB", bylines: ["QTO"] },
        { name: "Th\u1EEBa Thi\xEAn Hu\u1EBF", mergedInto: "Hu\u1EBF", aliases: ["Th\u1EEBa Thi\xEAn - Hu\u1EBF", "TT-Hu\u1EBF", "TT Hu\u1EBF"] },
        { name: "\u0110\xE0 N\u1EB5ng", city: true, mergedInto: "\u0110\xE0 N\u1EB5ng" },
        { name: "Qu\u1EA3ng Nam", mergedInto: "\u0110\xE0 N\u1EB5ng" },
        { name: "Qu\u1EA3ng Ng\xE3i", mergedInto: "Qu\u1EA3ng Ng\xE3i" },
        { name: "B\xECnh \u0110\u1ECBnh", mergedInto: "Gia Lai" },
        { name: "Ph\xFA Y\xEAn", mergedInto: "\u0110\u1EAFk L\u1EAFk", bylines: ["PYO"] },
        { name: "Kh\xE1nh H\xF2a", mergedInto: "Kh\xE1nh H\xF2a" },
        { name: "Ninh Thu\u1EADn", mergedInto: "Kh\xE1nh H\xF2a", bylines: ["NTO"] },
        { name: "B\xECnh Thu\u1EADn", mergedInto: "L\xE2m \u0110\u1ED3ng", bylines: ["BTO"] },
        { name: "Kon Tum", mergedInto: "Qu\u1EA3ng Ng\xE3i", aliases: ["Kontum"] },
        { name: "Gia Lai", mergedInto: "Gia Lai", bylines: ["GLO"] },
        { name: "\u0110\u1EAFk L\u1EAFk", mergedInto: "\u0110\u1EAFk L\u1EAFk", aliases: ["\u0110\u1EAFc L\u1EAFc", "Daklak", "\u0110\u1EAFk L\u1EAFc"] },
        { name: "\u0110\u1EAFk N\xF4ng", mergedInto: "L\xE2m \u0110\u1ED3ng", aliases: ["\u0110\u0103k N\xF4ng", "\u0110\u1EAFc N\xF4ng"] },
        { name: "L\xE2m \u0110\u1ED3ng", mergedInto: "L\xE2m \u0110\u1ED3ng" },
        { name: "B\xECnh Ph\u01B0\u1EDBc", mergedInto: "\u0110\u1ED3ng Nai", bylines: ["BPO"] },
        { name: "T\xE2y Ninh", mergedInto: "T\xE2y Ninh" },
        { name: "B\xECnh D\u01B0\u01A1ng", mergedInto: "TP H\u1ED3 Ch\xED Minh" },
        { name: "\u0110\u1ED3ng Nai", mergedInto: "\u0110\u1ED3ng Nai" },
        { name: "B\xE0 R\u1ECBa - V\u0169ng T\xE0u", mergedInto: "TP H\u1ED3 Ch\xED Minh", aliases: ["B\xE0 R\u1ECBa \u2013 V\u0169ng T\xE0u", "B\xE0 R\u1ECBa-V\u0169ng T\xE0u", "BR-VT", "B\xE0 R\u1ECBa V\u0169ng T\xE0u"] },
        { name: "TP H\u1ED3 Ch\xED Minh", city: true, mergedInto: "TP H\u1ED3 Ch\xED Minh", aliases: ["H\u1ED3 Ch\xED Minh", "TP.HCM", "TPHCM", "TP HCM", "TP. HCM", "Th\xE0nh ph\u1ED1 H\u1ED3 Ch\xED Minh", "S\xE0i G\xF2n"] },
        { name: "Long An", mergedInto: "T\xE2y Ninh", bylines: ["BLA"] },
        { name: "Ti\u1EC1n Giang", mergedInto: "\u0110\u1ED3ng Th\xE1p", bylines: ["ATG"] },
        { name: "B\u1EBFn Tre", mergedInto: "V\u0129nh Long", bylines: ["BBT"] },
        { name: "Tr\xE0 Vinh", mergedInto: "V\u0129nh Long" },
        { name: "V\u0129nh Long", mergedInto: "V\u0129nh Long", bylines: ["VLO"] },
        { name: "\u0110\u1ED3ng Th\xE1p", mergedInto: "\u0110\u1ED3ng Th\xE1p", bylines: ["\u0110TO"] },
        { name: "An Giang", mergedInto: "An Giang" },
        { name: "Ki\xEAn Giang", mergedInto: "An Giang" },
        { name: "C\u1EA7n Th\u01A1", city: true, mergedInto: "C\u1EA7n Th\u01A1", bylines: ["CTO"] },
        { name: "H\u1EADu Giang", mergedInto: "C\u1EA7n Th\u01A1", bylines: ["HGO"] },
        { name: "S\xF3c Tr\u0103ng", mergedInto: "C\u1EA7n Th\u01A1" },
        { name: "B\u1EA1c Li\xEAu", mergedInto: "C\xE0 Mau" },
        { name: "C\xE0 Mau", mergedInto: "C\xE0 Mau" }
      ],
      new: [
        { name: "H\xE0 N\u1ED9i", city: true },
        { name: "Hu\u1EBF", city: true, aliases: ["TP Hu\u1EBF", "th\xE0nh ph\u1ED1 Hu\u1EBF"] },
        { name: "H\u1EA3i Ph\xF2ng", city: true },
        { name: "\u0110\xE0 N\u1EB5ng", city: true },
        { name: "TP H\u1ED3 Ch\xED Minh", city: true },
        { name: "C\u1EA7n Th\u01A1", city: true },
        { name: "Cao B\u1EB1ng" },
        { name: "\u0110i\u1EC7n Bi\xEAn" },
        { name: "H\xE0 T\u0129nh" },
        { name: "Lai Ch\xE2u" },
        { name: "L\u1EA1ng S\u01A1n" },
        { name: "Ngh\u1EC7 An" },
        { name: "Qu\u1EA3ng Ninh" },
        { name: "Thanh H\xF3a" },
        { name: "S\u01A1n La" },
        { name: "Tuy\xEAn Quang" },
        { name: "L\xE0o Cai" },
        { name: "Th\xE1i Nguy\xEAn" },
        { name: "Ph\xFA Th\u1ECD" },
        { name: "B\u1EAFc Ninh" },
        { name: "H\u01B0ng Y\xEAn" },
        { name: "Ninh B\xECnh" },
        { name: "Qu\u1EA3ng Tr\u1ECB" },
        { name: "Qu\u1EA3ng Ng\xE3i" },
        { name: "Gia Lai" },
        { name: "Kh\xE1nh H\xF2a" },
        { name: "L\xE2m \u0110\u1ED3ng" },
        { name: "\u0110\u1EAFk L\u1EAFk" },
        { name: "\u0110\u1ED3ng Nai" },
        { name: "T\xE2y Ninh" },
        { name: "V\u0129nh Long" },
        { name: "\u0110\u1ED3ng Th\xE1p" },
        { name: "C\xE0 Mau" },
        { name: "An Giang" }
      ]
    };
  }
});

// src/core/entities/entities.ts
function provinceByName(name) {
  return PROVINCE_BY_KEY.get(foldKey(name).replace(/^(?:tỉnh|thành phố|tp\.?)\s*/, ""));
}
function isCentralCity(name) {
  return !!provinceByName(name)?.city;
}
function provinceOfByline(code) {
  const known = BYLINES.get(code);
  if (known) return known;
  const hits = OLD_UNITS.filter((p) => {
    const i = initials(p.name.replace(/^TP /, ""));
    return [`B${i}`, `${i}O`, `${i}\u0110T`, `B${i}O`, `B${i}\u0110T`].includes(code);
  });
  return hits.length === 1 ? hits[0].name : void 0;
}
function provinceOfDomain(domain) {
  const m = /^(?:www\.)?(?:bao|tinh|tinhuy|ubnd)?([a-z]+)\.(?:vn|com\.vn|org\.vn|gov\.vn)$/.exec(domain.toLowerCase());
  if (!m) return void 0;
  const hits = OLD_UNITS.filter((p) => ascii(p.name.replace(/^TP /, "")) === m[1]);
  return hits.length === 1 ? hits[0].name : void 0;
}
function titleContext(folded, start) {
  return TITLE_BEFORE.test(folded.slice(Math.max(0, start - 40), start));
}
function findEntities(clean, folded) {
  const out = [];
  const taken = [];
  const free = (s, e) => !taken.some(([a, b]) => a < e && s < b);
  const add = (m) => {
    if (!free(m.start, m.end)) return;
    taken.push([m.start, m.end]);
    out.push(m);
  };
  for (const m of wordMatches(BLOC, folded)) {
    const province = m[3] ? provinceByName(clean.slice(m.index + m[0].length - m[3].length, m.index + m[0].length))?.name : void 0;
    const head = clean.slice(m.index, m.index + m[0].length - (m[3]?.length ?? 0)).replace(/\s+/g, " ").trim();
    const name = head.replace(/^Đảng (?:ủy|uỷ) Khối/i, "\u0110\u1EA3ng b\u1ED9 Kh\u1ED1i").replace(/^đảng bộ khối/, "\u0110\u1EA3ng b\u1ED9 Kh\u1ED1i");
    add({
      start: m.index,
      end: m.index + m[0].length,
      name: province ? `${name} ${province}` : name,
      level: "bloc",
      typed: true,
      inTitle: titleContext(folded, m.index),
      organizer: false,
      province
    });
  }
  for (const m of wordMatches(TYPED_RE, folded)) {
    const rule = TYPED_BY_WORD.get(m[0].replace(/\s+/g, " "));
    if (!rule) continue;
    const at = m.index + m[0].length;
    if (!new RegExp("^[\\s.]+\\p{Lu}", "u").test(clean.slice(at, at + 4))) continue;
    const n = NAME.exec(clean.slice(at, at + 60));
    if (!n) continue;
    const lead = n[0].length - n[1].length;
    let name = n[1].trim();
    const fname = fold(name);
    const known = PROVINCE_KEYS.find((k) => fname.startsWith(k) && (fname.length === k.length || fname[k.length] === " "));
    if (known) name = clean.slice(at + lead, at + lead + known.length);
    if (rule.level(name) === "province" && !provinceByName(name)) continue;
    const start = m.index;
    const end = at + lead + name.length;
    add({
      start,
      end,
      name: rule.format(name),
      level: rule.level(name),
      typed: true,
      inTitle: titleContext(folded, start),
      organizer: ORGANIZER_AFTER.test(folded.slice(end, end + 30)),
      province: rule.level(name) === "province" ? provinceByName(name)?.name : void 0
    });
  }
  for (const m of wordMatches(BARE_PROVINCE, clean)) {
    const p = provinceByName(m[0]);
    if (!p) continue;
    const end = m.index + m[0].length;
    add({
      start: m.index,
      end,
      name: p.name,
      level: "province",
      typed: false,
      inTitle: titleContext(folded, m.index),
      organizer: ORGANIZER_AFTER.test(folded.slice(end, end + 30)),
      province: p.name
    });
  }
  for (const m of wordMatches(COUNTRY, folded)) {
    if (/việt nam/.test(m[0]) && /(?:tổ quốc|cộng sản|anh hùng|nhà nước|ngân hàng|liên hiệp|thông tấn|truyền hình|tổng liên đoàn)\s*$/u.test(folded.slice(Math.max(0, m.index - 20), m.index))) continue;
    add({ start: m.index, end: m.index + m[0].length, name: "Vi\u1EC7t Nam", level: "country", typed: true, inTitle: false, organizer: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
var OLD_UNITS, NEW_UNITS, PROVINCE_BY_KEY, PROVINCE_KEYS, PROVINCE_NAME, BYLINES, initials, ascii, E, TITLE_BEFORE, ORGANIZER_AFTER, NAME, provinceOrCity, TYPED, TYPED_BY_WORD, TYPED_RE, CASED_NAMES, BARE_PROVINCE, COUNTRY, BLOC_BODY, BLOC;
var init_entities = __esm({
  "src/core/entities/entities.ts"() {
    "use strict";
    init_provinces();
    init_fold();
    init_trie();
    OLD_UNITS = provinces_default.old;
    NEW_UNITS = provinces_default.new;
    PROVINCE_BY_KEY = /* @__PURE__ */ new Map();
    for (const p of [...NEW_UNITS, ...OLD_UNITS]) {
      for (const form of [p.name, ...p.aliases ?? []]) {
        const k = foldKey(form).replace(/^tp\.?\s*/, "");
        if (!PROVINCE_BY_KEY.has(k)) PROVINCE_BY_KEY.set(k, p);
      }
    }
    PROVINCE_KEYS = [...PROVINCE_BY_KEY.keys()].sort((a, b) => b.length - a.length);
    PROVINCE_NAME = `(?:${trieSource(PROVINCE_KEYS)})`;
    BYLINES = /* @__PURE__ */ new Map();
    for (const p of OLD_UNITS) for (const b of p.bylines ?? []) BYLINES.set(b, p.name);
    initials = (name) => name.split(/[\s-–]+/).filter(Boolean).map((w) => w[0].toUpperCase()).join("");
    ascii = (s) => s.normalize("NFD").replace(new RegExp("\\p{M}", "gu"), "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().replace(/[^a-z]/g, "");
    E = "(?![\\p{L}\\p{N}])";
    TITLE_BEFORE = /(?:bí thư|phó bí thư|chủ tịch|phó chủ tịch|thường trực|ủy viên|uỷ viên|trưởng ban|phó trưởng ban|giám đốc|phó giám đốc|chánh văn phòng|trưởng phòng|đại biểu|đồng chí|ban thường vụ|ubkt|ủy ban kiểm tra|văn phòng|ban tuyên giáo|ban tổ chức|ban dân vận|ban nội chính|tỉnh ủy viên|thành ủy viên)\s*(?:[\p{L}]+\s+){0,1}$/u;
    ORGANIZER_AFTER = /^\s*(?:đã\s+)?(?:tổ chức|tiến hành|ban hành|họp|triển khai hội nghị|long trọng tổ chức)/u;
    NAME = new RegExp("^[\\s.]*((?:\\p{Lu}[\\p{L}\\p{M}]*|\\d{1,2})(?:[ \\-\u2013]+(?:\\p{Lu}[\\p{L}\\p{M}]*|\\d{1,2})){0,3})", "u");
    provinceOrCity = (name) => isCentralCity(name) ? provinceByName(name).name : `TP ${name}`;
    TYPED = [
      // tỉnh Hà Tĩnh | Tỉnh ủy Hà Tĩnh | UBND tỉnh Bắc Kạn | Đảng bộ tỉnh Đồng Tháp
      { words: ["t\u1EC9nh \u1EE7y", "t\u1EC9nh u\u1EF7", "t\u1EC9nh"], level: () => "province", format: (n) => provinceByName(n)?.name ?? n },
      // thành phố Hồng Ngự | TP Hà Tĩnh | TP. Hồ Chí Minh | Thành ủy Hà Tĩnh
      { words: ["th\xE0nh \u1EE7y", "th\xE0nh u\u1EF7", "th\xE0nh ph\u1ED1", "tp"], level: (n) => isCentralCity(n) ? "province" : "city", format: provinceOrCity },
      { words: ["huy\u1EC7n \u1EE7y", "huy\u1EC7n u\u1EF7", "huy\u1EC7n"], level: () => "district", format: (n) => `huy\u1EC7n ${n}` },
      { words: ["qu\u1EADn \u1EE7y", "qu\u1EADn u\u1EF7", "qu\u1EADn"], level: () => "district", format: (n) => `qu\u1EADn ${n}` },
      { words: ["th\u1ECB \u1EE7y", "th\u1ECB u\u1EF7", "th\u1ECB x\xE3", "tx"], level: () => "district", format: (n) => `TX ${n}` },
      { words: ["\u0111\u1EA3ng \u1EE7y ph\u01B0\u1EDDng", "ph\u01B0\u1EDDng"], level: () => "commune", format: (n) => `ph\u01B0\u1EDDng ${n}` },
      { words: ["\u0111\u1EA3ng \u1EE7y x\xE3", "x\xE3"], level: () => "commune", format: (n) => `x\xE3 ${n}` },
      { words: ["th\u1ECB tr\u1EA5n"], level: () => "commune", format: (n) => `th\u1ECB tr\u1EA5n ${n}` }
    ];
    TYPED_BY_WORD = new Map(TYPED.flatMap((r) => r.words.map((w) => [w, r])));
    TYPED_RE = new RegExp(`(?:${trieSource(TYPED_BY_WORD.keys())})(?![\\p{L}\\p{N}])`, "gu");
    CASED_NAMES = [...new Set([...NEW_UNITS, ...OLD_UNITS].flatMap((p) => [p.name, ...p.aliases ?? []]).map((n) => n.replace(/^TP\.?\s*/, "")).filter((n) => new RegExp("^\\p{Lu}", "u").test(n)).flatMap((n) => [n, n.replace(/(ò|ó|ỏ|õ|ọ)a(?![\p{L}])/gu, (_m, t) => "o" + { "\xF2": "\xE0", "\xF3": "\xE1", "\u1ECF": "\u1EA3", "\xF5": "\xE3", "\u1ECD": "\u1EA1" }[t])]))];
    BARE_PROVINCE = new RegExp(`(?:${trieSource(CASED_NAMES)})${E}`, "gu");
    COUNTRY = new RegExp(`(?:c\u1EA3 n\u01B0\u1EDBc|to\xE0n qu\u1ED1c|vi\u1EC7t nam)${E}`, "gu");
    BLOC_BODY = "(?:c\xE1c\\s+)?(?:c\u01A1\\s+quan|doanh\\s+nghi\u1EC7p|d\xE2n\\s+ch\xEDnh\\s+\u0111\u1EA3ng)(?:\\s*(?:v\xE0|-|\u2013|,)\\s*(?:c\xE1c\\s+)?(?:c\u01A1\\s+quan|doanh\\s+nghi\u1EC7p))?";
    BLOC = new RegExp(`(?:\u0111\u1EA3ng b\u1ED9|\u0111\u1EA3ng \u1EE7y|\u0111\u1EA3ng u\u1EF7) kh\u1ED1i\\s+(${BLOC_BODY})\\s+(t\u1EC9nh|th\xE0nh ph\u1ED1)(?:\\s+(${PROVINCE_NAME}))?${E}`, "gu");
  }
});

// src/core/extract/period.ts
function findDates(folded) {
  const out = [];
  for (const rule of DATE_RULES) {
    for (const m of wordMatches(rule.re, folded)) {
      const d = rule.make(m);
      if (d && !out.some((o) => o.start < d.end && d.start < o.end)) out.push(d);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
function findPeriods(folded, dates) {
  const taken = [];
  const overlaps = (s, e) => taken.some(([a, b]) => a < e && s < b);
  const out = [];
  for (const rule of RULES) {
    for (const m of wordMatches(rule.re, folded)) {
      const lead = rule.lead?.exec(folded.slice(Math.max(0, m.index - 12), m.index));
      const start = m.index - (lead ? lead[0].length : 0);
      const end = m.index + m[0].length;
      if (overlaps(start, end)) continue;
      if (dates.some((d) => d.start <= start && end <= d.end) && !/^(?:tính\s+)?(?:đến|tới)/u.test(folded.slice(start, end))) continue;
      const ref = rule.make(m);
      if (!ref) continue;
      taken.push([start, end]);
      const before = folded.slice(Math.max(0, start - 24), start);
      const after = folded.slice(end, end + 12);
      out.push({
        start,
        end,
        ref,
        comparison: COMPARISON_BEFORE.test(before),
        cumulative: CUMULATIVE_BEFORE.test(before) || /^\s*(?:đến\s+nay|tới\s+nay|đến\s+năm)/u.test(after)
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
function formatPeriod(ref, year) {
  const y = ref.year ?? year;
  if (y === void 0) return null;
  const two = (n) => String(n).padStart(2, "0");
  switch (ref.kind) {
    case "Y":
      return `${y}`;
    case "Q":
      return `${y}-Q${ref.n}`;
    case "H":
      return `${y}-H${ref.n}`;
    case "M":
      return `${y}-M${two(ref.n)}`;
    case "YTD":
      return ref.n === 12 ? `${y}` : ref.n === 6 ? `${y}-H1` : ref.n === 3 ? `${y}-Q1` : `${y}-YTD${two(ref.n)}`;
    case "TERM":
      return `${ref.year}-${ref.endYear}`;
  }
}
function periodEnd(p) {
  const m = /^(\d{4})(?:-(Q|H|M|YTD)(\d+)|-(\d{4}))?$/.exec(p);
  if (!m) return 0;
  const y = +m[1];
  if (m[4]) return +m[4] * 12 + 12;
  if (!m[2]) return y * 12 + 12;
  const n = +m[3];
  return y * 12 + (m[2] === "Q" ? n * 3 : m[2] === "H" ? n * 6 : n);
}
var E2, ROMAN, YEAR, OPT_YEAR, NAM_YEAR, RULES, DATE_RULES, DAY_WORD_BEFORE, COMPARISON_BEFORE, CUMULATIVE_BEFORE;
var init_period = __esm({
  "src/core/extract/period.ts"() {
    "use strict";
    init_trie();
    E2 = "(?![\\p{L}\\p{N}])";
    ROMAN = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
    YEAR = "((?:19|20)\\d{2})";
    OPT_YEAR = `(?:\\s*(?:n\u0103m|/|-)\\s*${YEAR})?`;
    NAM_YEAR = `(?:\\s*[/-]?\\s*${YEAR})?`;
    RULES = [
      // nhiệm kỳ 2020 - 2025 | giai đoạn 2021-2025 | nhiệm kỳ (2020 - 2025)
      {
        re: new RegExp(`(?:nhi\u1EC7m k\u1EF3|giai \u0111o\u1EA1n|th\u1EDDi k\u1EF3)\\s*\\(?\\s*${YEAR}\\s*[-\u2013]\\s*${YEAR}\\s*\\)?`, "gu"),
        make: (m) => ({ kind: "TERM", year: +m[1], endYear: +m[2] })
      },
      // 6 tháng đầu năm 2024 | sáu tháng đầu năm | nửa đầu năm 2024
      {
        re: new RegExp(`(?:6|s\xE1u)\\s+th\xE1ng\\s+(\u0111\u1EA7u|cu\u1ED1i)\\s+n\u0103m${NAM_YEAR}${E2}`, "gu"),
        make: (m) => ({ kind: "H", n: m[1] === "\u0111\u1EA7u" ? 1 : 2, year: m[2] ? +m[2] : void 0 })
      },
      {
        re: new RegExp(`n\u1EEDa\\s+(\u0111\u1EA7u|cu\u1ED1i)\\s+n\u0103m${NAM_YEAR}${E2}`, "gu"),
        make: (m) => ({ kind: "H", n: m[1] === "\u0111\u1EA7u" ? 1 : 2, year: m[2] ? +m[2] : void 0 })
      },
      // 9 tháng năm 2023 | 11 tháng đầu năm | 3 tháng đầu năm 2024
      {
        re: new RegExp(`(\\d{1,2}|ba|ch\xEDn)\\s+th\xE1ng(?:\\s+\u0111\u1EA7u)?(?:\\s+n\u0103m${NAM_YEAR}|\\s*/\\s*${YEAR})?${E2}`, "gu"),
        make: (m) => {
          const n = m[1] === "ba" ? 3 : m[1] === "ch\xEDn" ? 9 : +m[1];
          if (n < 1 || n > 12) return null;
          const year = m[2] ? +m[2] : m[3] ? +m[3] : void 0;
          if (n === 12) return { kind: "Y", year };
          if (n === 6) return { kind: "H", n: 1, year };
          if (n === 3) return { kind: "Q", n: 1, year };
          return { kind: "YTD", n, year };
        }
      },
      // Quý I năm 2024 | quý 4 | Quý II/2024 | quý IV-2023
      {
        re: new RegExp(`qu\xFD\\s+(iv|iii|ii|i|[1-4])${E2}${OPT_YEAR}`, "gu"),
        make: (m) => ({ kind: "Q", n: ROMAN[m[1]], year: m[2] ? +m[2] : void 0 })
      },
      // tính đến 30/11/2023 | đến hết ngày 15/12 | tính đến hết tháng 10 năm 2023
      {
        re: new RegExp(`(?:t\xEDnh\\s+)?(?:\u0111\u1EBFn|t\u1EDBi)\\s+(?:h\u1EBFt\\s+)?(?:ng\xE0y\\s+)?(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*${YEAR})?${E2}`, "gu"),
        make: (m) => {
          const mo = +m[2];
          return mo >= 1 && mo <= 12 ? { kind: "YTD", n: mo, year: m[3] ? +m[3] : void 0 } : null;
        }
      },
      {
        re: new RegExp(`(?:t\xEDnh\\s+)?(?:\u0111\u1EBFn|t\u1EDBi)\\s+(?:h\u1EBFt\\s+)?th\xE1ng\\s+(\\d{1,2})${OPT_YEAR}${E2}`, "gu"),
        make: (m) => {
          const mo = +m[1];
          return mo >= 1 && mo <= 12 ? mo === 12 ? { kind: "Y", year: m[2] ? +m[2] : void 0 } : { kind: "YTD", n: mo, year: m[2] ? +m[2] : void 0 } : null;
        }
      },
      // tháng 11/2023 | tháng 11 năm 2023 | trong tháng 11
      {
        re: new RegExp(`th\xE1ng\\s+(\\d{1,2})(?:\\s*/\\s*${YEAR}|\\s+n\u0103m\\s+${YEAR})?${E2}`, "gu"),
        make: (m) => {
          const mo = +m[1];
          return mo >= 1 && mo <= 12 ? { kind: "M", n: mo, year: m[2] ? +m[2] : m[3] ? +m[3] : void 0 } : null;
        }
      },
      // năm 2023 | cả năm 2023 | cuối năm 2023 | năm học excluded
      {
        re: new RegExp(`n\u0103m\\s+${YEAR}${E2}(?!\\s*[-\u2013]\\s*\\d)`, "gu"),
        make: (m) => ({ kind: "Y", year: +m[1] }),
        lead: /(?<![\p{L}\p{N}])(?:cả|cuối|hết|trong|vào|đến|tới)\s+$/u
      },
      // từ đầu năm (đến nay): January up to the report's month, settled against the report's date
      {
        re: new RegExp(`t\u1EEB\\s+\u0111\u1EA7u\\s+n\u0103m(?:\\s+(?:\u0111\u1EBFn|t\u1EDBi)\\s+nay)?${E2}`, "gu"),
        make: () => ({ kind: "YTD", relative: 0 })
      },
      // năm nay | trong năm | năm qua | năm tới | năm sau | năm trước
      {
        re: new RegExp(`(?:(?:trong|c\u1EA3)\\s+n\u0103m(?:\\s+(?:nay|qua))?|n\u0103m\\s+(?:nay|qua|t\u1EDBi|sau|tr\u01B0\u1EDBc|k\u1EBF ti\u1EBFp))${E2}`, "gu"),
        make: (m) => {
          const w = m[0];
          if (/tới|sau|kế tiếp/.test(w)) return { kind: "Y", relative: 1 };
          if (/trước/.test(w)) return { kind: "Y", relative: -1 };
          return { kind: "Y", relative: 0 };
        }
      }
      // bare year in a heading-like position: "Xuân 2024" is not a period of figures; only "/2024" after a quarter is handled above
    ];
    DATE_RULES = [
      {
        re: new RegExp(`ng\xE0y\\s+(?:(\\d{1,2})\\s+)?th\xE1ng\\s+(\\d{1,2})\\s+n\u0103m\\s+${YEAR}${E2}`, "gu"),
        make: (m) => ({ start: m.index, end: m.index + m[0].length, day: m[1] ? +m[1] : void 0, month: +m[2], year: +m[3] })
      },
      {
        re: new RegExp(`(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*${YEAR}${E2}`, "gu"),
        make: (m) => +m[2] >= 1 && +m[2] <= 12 ? { start: m.index, end: m.index + m[0].length, day: +m[1], month: +m[2], year: +m[3] } : null
      },
      // digits first: the day word before is checked in code (an alternation of words tried at every position is slow)
      {
        re: new RegExp(`(\\d{1,2})\\s*/\\s*(\\d{1,2})${E2}(?!\\s*/)`, "gu"),
        make: (m) => {
          if (!(+m[2] >= 1 && +m[2] <= 12)) return null;
          const before = DAY_WORD_BEFORE.exec(m.input.slice(Math.max(0, m.index - 16), m.index));
          if (!before) return null;
          return { start: m.index - before[0].length, end: m.index + m[0].length, day: +m[1], month: +m[2] };
        }
      }
    ];
    DAY_WORD_BEFORE = /(?<![\p{L}\p{N}])(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|từ)\s+(?:ngày\s+)?$/u;
    COMPARISON_BEFORE = /(?:so\s+với|so|với|cùng\s+kỳ|bằng|gấp)(?:\s+(?:cùng\s+kỳ|cuối|đầu|hết|kế hoạch|kỳ))*\s*$/u;
    CUMULATIVE_BEFORE = /(?:từ|lũy kế|luỹ kế|giai đoạn)\s*(?:từ\s+)?$/u;
  }
});

// src/core/numbers/readNumber.ts
function decimal(intPart, frac) {
  return Number(`${intPart}.${frac}`);
}
function readNumber(literal) {
  const s = literal.trim();
  if (/^\d{1,3}(?: \d{3})+(?:,\d+)?$/.test(s)) {
    const v = Number(s.replace(/ /g, "").replace(",", "."));
    return { vi: v, en: s.includes(",") ? null : v };
  }
  if (/^\d+$/.test(s)) {
    const v = Number(s);
    return { vi: v, en: v };
  }
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots && commas) {
    const lastDot = s.lastIndexOf(".");
    const lastComma = s.lastIndexOf(",");
    if (lastComma > lastDot) {
      const [int2, frac2] = [s.slice(0, lastComma), s.slice(lastComma + 1)];
      const vi = DOT_GROUPED.test(int2) && /^\d+$/.test(frac2) ? decimal(int2.replace(/\./g, ""), frac2) : null;
      return { vi, en: null };
    }
    const [int, frac] = [s.slice(0, lastDot), s.slice(lastDot + 1)];
    const en = COMMA_GROUPED.test(int) && /^\d+$/.test(frac) ? decimal(int.replace(/,/g, ""), frac) : null;
    return { vi: null, en };
  }
  if (dots) {
    const vi = DOT_GROUPED.test(s) ? Number(s.replace(/\./g, "")) : null;
    const en = dots === 1 && /^\d+\.\d+$/.test(s) ? Number(s) : null;
    return { vi, en };
  }
  if (commas) {
    const vi = commas === 1 && /^\d+,\d+$/.test(s) ? Number(s.replace(",", ".")) : null;
    const en = COMMA_GROUPED.test(s) ? Number(s.replace(/,/g, "")) : null;
    return { vi, en };
  }
  return { vi: null, en: null };
}
function isAmbiguous(r) {
  return r.vi !== null && r.en !== null && r.vi !== r.en;
}
var GROUPED, DOT_GROUPED, COMMA_GROUPED;
var init_readNumber = __esm({
  "src/core/numbers/readNumber.ts"() {
    "use strict";
    GROUPED = (sep) => new RegExp(`^\\d{1,3}(?:\\${sep}\\d{3})+$`);
    DOT_GROUPED = GROUPED(".");
    COMMA_GROUPED = GROUPED(",");
  }
});

// src/core/numbers/numberWords.ts
function wordsToNumber(words) {
  const w = words.toLowerCase().trim().split(/\s+/);
  if (w.length === 1) {
    if (w[0] === "m\u01B0\u1EDDi") return 10;
    return UNITS[w[0]] ?? null;
  }
  if (w[0] === "m\u01B0\u1EDDi") {
    const u = UNITS[w[1]];
    return u ? 10 + u : null;
  }
  if (w[1] === "m\u01B0\u01A1i") {
    const tens = UNITS[w[0]];
    if (!tens) return null;
    if (w.length === 2) return tens * 10;
    const u = w[2] === "m\u1ED1t" ? 1 : UNITS[w[2]];
    return u ? tens * 10 + u : null;
  }
  return null;
}
var UNITS, NUMBER_WORDS_SOURCE;
var init_numberWords = __esm({
  "src/core/numbers/numberWords.ts"() {
    "use strict";
    UNITS = {
      "m\u1ED9t": 1,
      "hai": 2,
      "ba": 3,
      "b\u1ED1n": 4,
      "t\u01B0": 4,
      "n\u0103m": 5,
      "l\u0103m": 5,
      "s\xE1u": 6,
      "b\u1EA3y": 7,
      "b\u1EA9y": 7,
      "t\xE1m": 8,
      "ch\xEDn": 9
    };
    NUMBER_WORDS_SOURCE = "(?:(?:hai|ba|b\u1ED1n|n\u0103m|s\xE1u|b\u1EA3y|b\u1EA9y|t\xE1m|ch\xEDn)\\s+m\u01B0\u01A1i(?:\\s+(?:m\u1ED1t|hai|ba|b\u1ED1n|t\u01B0|l\u0103m|n\u0103m|s\xE1u|b\u1EA3y|t\xE1m|ch\xEDn))?|m\u01B0\u1EDDi(?:\\s+(?:m\u1ED9t|hai|ba|b\u1ED1n|l\u0103m|s\xE1u|b\u1EA3y|t\xE1m|ch\xEDn))?|m\u1ED9t|hai|ba|b\u1ED1n|n\u0103m|s\xE1u|b\u1EA3y|b\u1EA9y|t\xE1m|ch\xEDn)";
  }
});

// src/core/units/units.json
var units_default;
var init_units = __esm({
  "src/core/units/units.json"() {
    units_default = {
      about: "Surface forms of units as written in reports (lowercase, tone placement folded), grouped by dimension, with the factor to the dimension's canonical unit. Longer forms win over shorter ones. A form's spaces match any run of spaces; '/' may have spaces around it.",
      dimensions: {
        money: {
          canonical: "bn VND",
          forms: {
            "ngh\xECn t\u1EF7 \u0111\u1ED3ng": 1e3,
            "ng\xE0n t\u1EF7 \u0111\u1ED3ng": 1e3,
            "ngh\xECn t\u1EC9 \u0111\u1ED3ng": 1e3,
            "ng\xE0n t\u1EC9 \u0111\u1ED3ng": 1e3,
            "ngh\xECn t\u1EF7": 1e3,
            "ng\xE0n t\u1EF7": 1e3,
            "ngh\xECn t\u1EC9": 1e3,
            "ng\xE0n t\u1EC9": 1e3,
            "t\u1EF7 \u0111\u1ED3ng": 1,
            "t\u1EC9 \u0111\u1ED3ng": 1,
            "t\u1EF7 vn\u0111": 1,
            "t\u1EF7 vnd": 1,
            t\u1EF7: 1,
            t\u1EC9: 1,
            "tri\u1EC7u \u0111\u1ED3ng": 1e-3,
            "tr.\u0111\u1ED3ng": 1e-3,
            "tr \u0111\u1ED3ng": 1e-3,
            tr\u0111: 1e-3,
            "tr.\u0111": 1e-3,
            "ngh\xECn \u0111\u1ED3ng": 1e-6,
            "ng\xE0n \u0111\u1ED3ng": 1e-6,
            \u0111\u1ED3ng: 1e-9,
            vn\u0111: 1e-9,
            vnd: 1e-9,
            "tri\u1EC7u vn\u0111": 1e-3,
            "tri\u1EC7u vnd": 1e-3,
            "ngh\xECn vn\u0111": 1e-6,
            "t\u1EC9 vn\u0111": 1
          }
        },
        usd: {
          canonical: "mn USD",
          forms: {
            "t\u1EF7 usd": 1e3,
            "t\u1EF7 \u0111\xF4 la m\u1EF9": 1e3,
            "t\u1EF7 \u0111\xF4 la": 1e3,
            "t\u1EF7 \u0111\xF4la": 1e3,
            "t\u1EF7 \u0111\xF4-la": 1e3,
            "t\u1EC9 usd": 1e3,
            "tri\u1EC7u usd": 1,
            "tri\u1EC7u \u0111\xF4 la m\u1EF9": 1,
            "tri\u1EC7u \u0111\xF4 la": 1,
            "tri\u1EC7u \u0111\xF4la": 1,
            "tri\u1EC7u \u0111\xF4-la": 1,
            "ngh\xECn usd": 1e-3,
            "ng\xE0n usd": 1e-3,
            usd: 1e-6,
            "\u0111\xF4 la m\u1EF9": 1e-6,
            "t\u1EF7 \u0111\xF4": 1e3,
            "t\u1EC9 \u0111\xF4": 1e3,
            "tri\u1EC7u \u0111\xF4": 1
          }
        },
        percap: {
          canonical: "mn VND/person/year",
          forms: {
            "tri\u1EC7u \u0111\u1ED3ng/ng\u01B0\u1EDDi/n\u0103m": 1,
            "tri\u1EC7u \u0111\u1ED3ng/ng\u01B0\u1EDDi": 1,
            "tr.\u0111\u1ED3ng/ng\u01B0\u1EDDi/n\u0103m": 1,
            "tr\u0111/ng\u01B0\u1EDDi/n\u0103m": 1,
            "tr.\u0111/ng\u01B0\u1EDDi/n\u0103m": 1,
            "tr\u0111/ng\u01B0\u1EDDi": 1,
            "ngh\xECn \u0111\u1ED3ng/ng\u01B0\u1EDDi/n\u0103m": 1e-3,
            "\u0111\u1ED3ng/ng\u01B0\u1EDDi/n\u0103m": 1e-6
          }
        },
        percapMonth: {
          canonical: "mn VND/person/month",
          forms: {
            "tri\u1EC7u \u0111\u1ED3ng/ng\u01B0\u1EDDi/th\xE1ng": 1,
            "tr\u0111/ng\u01B0\u1EDDi/th\xE1ng": 1,
            "ngh\xECn \u0111\u1ED3ng/ng\u01B0\u1EDDi/th\xE1ng": 1e-3,
            "\u0111\u1ED3ng/ng\u01B0\u1EDDi/th\xE1ng": 1e-6
          }
        },
        usdPerCap: {
          canonical: "USD/person",
          forms: {
            "usd/ng\u01B0\u1EDDi/n\u0103m": 1,
            "usd/ng\u01B0\u1EDDi": 1,
            "\u0111\xF4 la m\u1EF9/ng\u01B0\u1EDDi": 1
          }
        },
        pct: {
          canonical: "%",
          forms: {
            "%": 1,
            "ph\u1EA7n tr\u0103m": 1,
            "\u0111i\u1EC3m ph\u1EA7n tr\u0103m": 1,
            "\u0111i\u1EC3m %": 1
          }
        },
        times: {
          canonical: "times",
          forms: {
            l\u1EA7n: 1
          }
        },
        ha: {
          canonical: "ha",
          forms: {
            "ngh\xECn ha": 1e3,
            "ng\xE0n ha": 1e3,
            ha: 1,
            "h\xE9c-ta": 1,
            hecta: 1,
            "h\xE9c ta": 1
          }
        }
      },
      scales: {
        ngh\u00ECn: 1e3,
        ng\u00E0n: 1e3,
        tri\u1EC7u: 1e6
      }
    };
  }
});

// src/core/units/units.ts
function unitOfMatch(m) {
  for (let i = 1; i < m.length; i++) if (m[i] !== void 0) return UNIT_FORMS[i - 1];
  return void 0;
}
var escape, UNIT_FORMS, FORM_SOURCE, UNIT_AT_START, SCALES;
var init_units2 = __esm({
  "src/core/units/units.ts"() {
    "use strict";
    init_units();
    escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    UNIT_FORMS = Object.entries(units_default.dimensions).flatMap(
      ([dimension, d]) => Object.entries(d.forms).map(([form, factor]) => ({
        form,
        dimension,
        factor,
        canonical: d.canonical
      }))
    ).sort((a, b) => b.form.length - a.form.length);
    FORM_SOURCE = (form) => escape(form).replace(/ /g, "\\s*").replace(/\//g, "\\s*/\\s*");
    UNIT_AT_START = new RegExp(
      `^\\s*(?:${UNIT_FORMS.map((u) => `(${FORM_SOURCE(u.form)})`).join("|")})(?![\\p{L}\\p{N}])`,
      "u"
    );
    SCALES = units_default.scales;
  }
});

// src/core/extract/quantity.ts
function nounRe(nouns) {
  const key = nouns.join("|");
  let re2 = nounRes.get(key);
  if (!re2) {
    re2 = new RegExp(`(?:${trieSource(nouns)})(?![\\p{L}\\p{N}])`, "gu");
    nounRes.set(key, re2);
  }
  return re2;
}
function qualifierBefore(folded, at) {
  const window = folded.slice(Math.max(0, at - 16), at);
  const m = QUALIFIER_BEFORE.exec(window);
  if (!m) return null;
  const q = QUALIFIERS.find(([w]) => w === m[1])[1];
  return { q, word: m[1], start: at - (window.length - m.index) };
}
function unitAfter(folded, at) {
  const rest = folded.slice(at, at + 40);
  const m = UNIT_AT_START.exec(rest);
  if (m) {
    const unit = unitOfMatch(m);
    if (unit && !(unit.form.endsWith("\u0111\u1ED3ng") && NOT_MONEY_AFTER_DONG.test(rest.slice(m[0].length)))) {
      return { unit, end: at + m[0].length };
    }
  }
  const s = SCALE_WORD.exec(rest);
  if (s) return { scale: SCALES[s[1]], end: at + s[0].length };
  return { end: at };
}
function findQuantities(folded, masked, countNouns = []) {
  const out = [];
  QUANTITY.lastIndex = 0;
  let m;
  while (m = QUANTITY.exec(folded)) {
    const numStart = m.index;
    if (numStart > 0 && GLUED_BEFORE.test(folded[numStart - 1])) {
      let k = numStart;
      while (k < folded.length && /[\d.,]/.test(folded[k])) k++;
      QUANTITY.lastIndex = Math.max(k, numStart + 1);
      continue;
    }
    const numEnd = m.index + m[0].length;
    if (masked(numStart, numEnd)) continue;
    const readings = readNumber(m[1]);
    if (readings.vi === null && readings.en === null) continue;
    const u = unitAfter(folded, numEnd);
    if (m[1].includes(" ") && !u.unit) {
      QUANTITY.lastIndex = numStart + m[1].indexOf(" ");
      const first = m[1].slice(0, m[1].indexOf(" "));
      const single = { ...m, 0: first };
      pushQuantity(out, folded, single, numStart, numStart + first.length, readNumber(first), unitAfter(folded, numStart + first.length), void 0, void 0);
      continue;
    }
    const upperLiteral = m[3];
    const pairLiteral = m[4];
    if (upperLiteral && !u.unit && !u.scale) {
      QUANTITY.lastIndex = numStart + m[1].length;
      const single = { ...m, 0: m[1] };
      const su = unitAfter(folded, numStart + m[1].length);
      pushQuantity(out, folded, single, numStart, numStart + m[1].length, readings, su, void 0, void 0);
      continue;
    }
    const upper = upperLiteral ? readNumber(upperLiteral) : void 0;
    const pairOf = pairLiteral ? readNumber(pairLiteral) : void 0;
    pushQuantity(out, folded, m, numStart, numEnd, readings, u, upper, pairOf);
  }
  for (const n of countNouns.length ? wordMatches(nounRe(countNouns), folded) : []) {
    const before = folded.slice(Math.max(0, n.index - 30), n.index);
    const m2 = WORDS_BEFORE.exec(before);
    if (!m2) continue;
    const start = n.index - before.length + m2.index;
    const numEnd = start + m2[1].length;
    const v = wordsToNumber(m2[1]);
    if (v === null || masked(start, numEnd)) continue;
    out.push({
      start,
      end: numEnd,
      numStart: start,
      numEnd,
      literal: m2[1],
      readings: { vi: v, en: v },
      qualifier: null,
      inWords: true
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
function pushQuantity(out, folded, m, numStart, numEnd, readings, u, upper, pairOf) {
  const q = qualifierBefore(folded, numStart);
  let qualifier = q?.q ?? null;
  if (upper) qualifier = "range";
  out.push({
    start: q?.start ?? numStart,
    end: u.end,
    numStart,
    numEnd,
    literal: m[0],
    readings,
    upper,
    pairOf,
    unit: u.unit,
    scale: u.scale,
    qualifier,
    qualifierWord: q?.word
  });
}
var QUALIFIERS, QUALIFIER_BEFORE, NUMBER, QUANTITY, nounRes, WORDS_BEFORE, GLUED_BEFORE, SCALE_WORD, NOT_MONEY_AFTER_DONG;
var init_quantity = __esm({
  "src/core/extract/quantity.ts"() {
    "use strict";
    init_readNumber();
    init_numberWords();
    init_units2();
    init_trie();
    QUALIFIERS = [
      ["x\u1EA5p x\u1EC9", "approx"],
      ["kho\u1EA3ng", "approx"],
      ["g\u1EA7n", "approx"],
      ["ch\u1EEBng", "approx"],
      ["\u01B0\u1EDBc kho\u1EA3ng", "approx"],
      ["\xEDt nh\u1EA5t", "over"],
      ["t\u1ED1i thi\u1EC3u", "over"],
      ["tr\xEAn", "over"],
      ["h\u01A1n", "over"],
      ["v\u01B0\u1EE3t", "over"],
      ["ngo\xE0i", "over"],
      ["d\u01B0\u1EDBi", "under"],
      ["ch\u01B0a \u0111\u1EBFn", "under"],
      ["ch\u01B0a t\u1EDBi", "under"],
      ["kh\xF4ng qu\xE1", "under"],
      ["t\u1ED1i \u0111a", "under"]
    ];
    QUALIFIER_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${QUALIFIERS.map(([w]) => w).join("|")})\\s+$`, "u");
    NUMBER = String.raw`\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;
    QUANTITY = new RegExp(
      String.raw`(${NUMBER})(?:\s*(%)?\s*(?:-|–|đến|tới)\s*(${NUMBER})(?![.,]?\d)|/(${NUMBER}))?(?![\p{N}]|[.,]\d|/\d|:\d|-\p{L}|/\p{L})`,
      "gu"
    );
    nounRes = /* @__PURE__ */ new Map();
    WORDS_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${NUMBER_WORDS_SOURCE})\\s+$`, "u");
    GLUED_BEFORE = /[\p{L}\p{N}.,/:-]/u;
    SCALE_WORD = /^\s*(nghìn|ngàn|triệu)(?![\p{L}\p{N}])/u;
    NOT_MONEY_AFTER_DONG = /^\s*(?:chí|bào|thời|loạt|lòng|ý|đều|hành|nghiệp|bằng)(?![\p{L}])/u;
  }
});

// src/core/extract/document.ts
function readDate(folded, dates, opt) {
  const head = folded.slice(0, 1500);
  const meta = /(?:^|\n)\s*(?:date|ngày đăng|ngày cập nhật|cập nhật)\s*:?\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/u.exec(head);
  if (meta) return { year: +meta[1], month: +meta[2], day: meta[3] ? +meta[3] : void 0 };
  const first = dates.find((d) => d.start < 1500 && d.year && !CITED_BEFORE.test(folded.slice(Math.max(0, d.start - 60), d.start)));
  if (first) return { year: first.year, month: first.month, day: first.day };
  const m = opt ? /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(opt.trim()) : null;
  if (m) return { year: +m[1], month: m[2] ? +m[2] : void 0, day: m[3] ? +m[3] : void 0 };
  return void 0;
}
function readReview(folded, periods, date) {
  const head = periods.filter((p) => p.start < 2500 && !p.comparison && !p.cumulative && p.ref.kind !== "TERM");
  for (const p of head) {
    const before = folded.slice(Math.max(0, p.start - 100), p.start);
    if (FORWARD_CUE.test(before)) continue;
    if (!REVIEW_CUE.test(before)) continue;
    let year = p.ref.year;
    if (year === void 0) {
      const later = periods.find((q) => q.start > p.start && q.start - p.end < 120 && q.ref.year !== void 0);
      year = later?.ref.year ?? date?.year;
    }
    if (year !== void 0) return { ...p.ref, year };
  }
  if (date) {
    if (date.month !== void 0 && date.month <= 2) return { kind: "Y", year: date.year - 1 };
    return { kind: "Y", year: date.year };
  }
  const counts = /* @__PURE__ */ new Map();
  for (const p of periods) if (p.ref.year && !p.comparison) counts.set(p.ref.year, (counts.get(p.ref.year) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best ? { kind: "Y", year: best[0] } : void 0;
}
function readDocument2(clean, folded, sentences, entities, periods, dates, opts) {
  const notes = [];
  const date = readDate(folded, dates, opts.date);
  const review = readReview(folded, periods, date);
  const scores = /* @__PURE__ */ new Map();
  const bump = (name, level, by, province2) => {
    const s = scores.get(name) ?? { score: 0, level, province: province2 };
    s.score += by;
    s.province ??= province2;
    scores.set(name, s);
  };
  const titleEnd = sentences.slice(0, 3).reduce((e, s) => Math.max(e, s.end), 0);
  for (const e of entities) {
    if (e.level === "country" || e.inTitle) continue;
    let w = e.typed ? 1 : 0.5;
    if (e.start < titleEnd) w += 4;
    if (e.organizer) w += 3;
    if (/^\s*,\s*ngày/u.test(folded.slice(e.end, e.end + 12))) w += 4;
    bump(e.name, e.level, w, e.province);
  }
  const byline = new RegExp("(?:^|\\n)\\s*\\(?([A-Z\u0110]{2,5})\\)?\\s*[-\u2013]\\s+\\p{Lu}", "u").exec(clean.slice(0, 3e3));
  const bylineProvince = byline ? provinceOfByline(byline[1]) : void 0;
  if (bylineProvince) {
    bump(bylineProvince, "province", 3, bylineProvince);
    notes.push(`byline ${byline[1]} \u2192 ${bylineProvince}`);
  }
  for (const d of clean.match(/(?<![\w.])(?:www\.)?bao[a-z]+\.(?:vn|com\.vn|org\.vn)/giu) ?? []) {
    const p = provinceOfDomain(d);
    if (p) bump(p, "province", 2, p);
  }
  const newspaper = /báo\s+(?:điện tử\s+)?([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+){0,2})/u.exec(clean);
  if (newspaper && provinceByName(newspaper[1])) bump(provinceByName(newspaper[1]).name, "province", 2, provinceByName(newspaper[1]).name);
  const levelScore = /* @__PURE__ */ new Map();
  for (const m of wordMatches(LEVEL_WORDS, folded)) {
    if (/(?:bí thư|chủ tịch|thường trực|ủy viên)\s*$/u.test(folded.slice(Math.max(0, m.index - 20), m.index))) continue;
    const level = LEVEL_OF_WORD.get(m[0].replace(/\s+/g, " "));
    if (level) levelScore.set(level, (levelScore.get(level) ?? 0) + 1);
  }
  let mainUnit;
  let mainLevel;
  let province;
  const blocs = entities.filter((e) => e.level === "bloc");
  const blocVoice = (folded.match(/đảng (?:ủy|uỷ|bộ) khối/gu) ?? []).length + (/\/đuk/u.test(folded) ? 3 : 0);
  const provinces = [...scores].filter(([, s]) => s.level === "province").sort((a, b) => b[1].score - a[1].score);
  if (blocs.length && blocVoice >= 4) {
    const bloc = blocs[0];
    province = bloc.province ?? provinces[0]?.[0];
    mainUnit = bloc.province || !province ? bloc.name : `${bloc.name} ${province}`;
    mainLevel = "bloc";
  } else {
    const ranked = [...scores].map(([name, s]) => ({ name, ...s, total: s.score + 0.5 * (levelScore.get(s.level === "province" ? "province" : s.level) ?? 0) })).sort((a, b) => b.total - a.total);
    if (ranked.length) {
      mainUnit = ranked[0].name;
      mainLevel = ranked[0].level;
      province = ranked[0].level === "province" ? ranked[0].name : provinces[0]?.[0] ?? provinceOfLocal(ranked[0].name);
    }
  }
  if (opts.entity) {
    const given = opts.entity.trim().replace(/^(?:thành phố|tp\.?)\s*/iu, "TP ");
    const named = provinceByName(given);
    const p = named && (!given.startsWith("TP ") || named.city) ? named : void 0;
    mainUnit = p?.name ?? given;
    mainLevel = p ? "province" : /^TP\s/.test(given) ? "city" : /^(?:huyện|quận|tx|thị xã)\s/i.test(opts.entity) ? "district" : /khối/i.test(opts.entity) ? "bloc" : "province";
    province = p?.name ?? provinceOfLocal(mainUnit) ?? province;
  }
  if (!mainUnit) notes.push("the reporting unit could not be found: set it (--entity)");
  if (!review) notes.push("the report's period could not be found: set the report's date (--date)");
  return { date, review, mainUnit, mainLevel, province, notes };
}
function provinceOfLocal(name) {
  const m = /^(?:TP|TX|huyện|quận)\s+(.+)$/.exec(name);
  return m ? provinceByName(m[1])?.name : void 0;
}
var CITED_BEFORE, REVIEW_CUE, FORWARD_CUE, LEVEL_OF_WORD, LEVEL_WORDS;
var init_document = __esm({
  "src/core/extract/document.ts"() {
    "use strict";
    init_entities();
    init_period();
    init_trie();
    CITED_BEFORE = /(?:nghị quyết|quyết định|kết luận|chỉ thị|thông báo|công văn|chương trình|kế hoạch|hướng dẫn|quy định|tờ trình|luật|nghị định|thông tư|số\s+[\d\p{L}/.-]+)[^.;\n]{0,30}(?:ngày\s*)?$/u;
    REVIEW_CUE = /(?:tổng kết|sơ kết|kết quả|báo cáo|đánh giá|tình hình)(?:[^.;\n]{0,90}?)$/u;
    FORWARD_CUE = /(?:nhiệm vụ|phương hướng|triển khai|kế hoạch)\s*(?:công tác\s*)?$/u;
    LEVEL_OF_WORD = new Map([
      ...["t\u1EC9nh \u1EE7y", "t\u1EC9nh u\u1EF7", "ubnd t\u1EC9nh", "h\u0111nd t\u1EC9nh", "to\xE0n t\u1EC9nh", "c\u1EE7a t\u1EC9nh", "\u0111\u1EA3ng b\u1ED9 t\u1EC9nh", "c\u1EA5p t\u1EC9nh", "trong t\u1EC9nh", "tr\xEAn \u0111\u1ECBa b\xE0n t\u1EC9nh"].map((w) => [w, "province"]),
      ...["th\xE0nh \u1EE7y", "th\xE0nh u\u1EF7", "ubnd th\xE0nh ph\u1ED1", "to\xE0n th\xE0nh ph\u1ED1", "c\u1EE7a th\xE0nh ph\u1ED1", "\u0111\u1EA3ng b\u1ED9 th\xE0nh ph\u1ED1", "th\xE0nh ph\u1ED1"].map((w) => [w, "city"]),
      ...["huy\u1EC7n \u1EE7y", "huy\u1EC7n u\u1EF7", "ubnd huy\u1EC7n", "to\xE0n huy\u1EC7n", "c\u1EE7a huy\u1EC7n", "\u0111\u1EA3ng b\u1ED9 huy\u1EC7n"].map((w) => [w, "district"])
    ]);
    LEVEL_WORDS = new RegExp(`(?:${trieSource(LEVEL_OF_WORD.keys())})(?![\\p{L}])`, "gu");
  }
});

// src/core/extract/counted.ts
function anyNounRe(catalog3) {
  let re2 = anyNoun.get(catalog3);
  if (!re2) {
    re2 = new RegExp(`^\\s*(?:${trieSource(catalog3.countedNouns)})(?![\\p{L}\\p{N}])`, "u");
    anyNoun.set(catalog3, re2);
  }
  return re2;
}
function compile(catalog3) {
  const hit = cache2.get(catalog3);
  if (hit) return hit;
  const out = [];
  for (const indicator of catalog3.indicators) {
    for (const rule of indicator.counted ?? []) {
      out.push({
        indicator,
        rule,
        noun: new RegExp(`^\\s*(?:${alt(rule.nouns)})${E3}`, "u"),
        before: rule.before ? new RegExp(`${B}(?:${alt(rule.before)})${FILLER}\\s*:?\\s*$`, "u") : void 0,
        // up to three words of modifiers between the noun and the after-phrase ("chỉ tiêu chủ yếu đạt")
        after: rule.after ? new RegExp(`^(?:\\s+(?!kh\xF4ng|ch\u01B0a)[\\p{L}]+){0,3}?\\s*,?\\s*(?:${alt(rule.after)})${E3}`, "u") : void 0
      });
    }
  }
  cache2.set(catalog3, out);
  return out;
}
function matchCounted(catalog3, folded, q, headFrom, listStart, clauseEnd) {
  if (q.unit && q.unit.dimension !== "ha") return null;
  const tail = folded.slice(q.end, Math.min(clauseEnd, q.end + 80));
  if (!anyNounRe(catalog3).test(tail)) return null;
  const head = folded.slice(Math.max(headFrom, listStart - 90), listStart);
  const headAt = Math.max(headFrom, listStart - 90);
  for (const c of compile(catalog3)) {
    const n = c.noun.exec(tail);
    if (!n) continue;
    const nounEnd = q.end + n[0].length;
    let start = -1;
    let end = nounEnd;
    if (c.before) {
      const b = c.before.exec(head);
      if (b) start = headAt + b.index;
    }
    if (c.after) {
      const a = c.after.exec(folded.slice(nounEnd, Math.min(clauseEnd, nounEnd + 60)));
      if (a) {
        end = nounEnd + a[0].length;
        if (start < 0) start = q.start;
      } else if (start < 0 || !c.before) continue;
    }
    if (start < 0) continue;
    if (c.rule.endsBefore) {
      const rest = folded.slice(end, end + 12);
      if (!new RegExp(`^\\s*(?:${c.rule.endsBefore.map(esc).join("|")})`, "u").test(rest)) continue;
    }
    return { indicator: c.indicator, rule: c.rule, start, end };
  }
  return null;
}
function continuesList(folded, from, to) {
  const gap = folded.slice(from, to);
  return /^(?:\s+[\p{L}]+){0,5}?\s*(?:,|và|với|cùng)?\s*(?:và\s+|với\s+)?$/u.test(gap) && gap.length < 45;
}
var esc, alt, B, E3, FILLER, cache2, anyNoun;
var init_counted = __esm({
  "src/core/extract/counted.ts"() {
    "use strict";
    init_fold();
    init_trie();
    esc = (s) => fold(s).replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
    alt = (xs) => xs.slice().sort((a, b) => b.length - a.length).map(esc).join("|");
    B = "(?<![\\p{L}\\p{N}])";
    E3 = "(?![\\p{L}\\p{N}])";
    FILLER = "(?:\\s+(?:\u0111\u01B0\u1EE3c|\u0111\xE3|m\u1EDBi|th\xEAm|cho|\u0111\u1ED1i v\u1EDBi|t\u1ED5ng s\u1ED1|t\u1ED5ng c\u1ED9ng|t\u1ED5ng|s\u1ED1|l\xE0|g\u1ED3m|v\u1EDBi|c\xF3|kho\u1EA3ng|g\u1EA7n|tr\xEAn|h\u01A1n|x\u1EA5p x\u1EC9|\xEDt nh\u1EA5t))*";
    cache2 = /* @__PURE__ */ new WeakMap();
    anyNoun = /* @__PURE__ */ new WeakMap();
  }
});

// src/core/extract/cues.ts
var W, E4, ESTIMATE, PLAN_BEFORE_FIGURE, ASSIGNED_BEFORE_FIGURE, PLAN_BEFORE_INDICATOR, PLAN_LIST, VALUE_VERB, OF_PLAN_AFTER, YOY_AFTER, VS_OTHER_AFTER, PLAN_CENTRAL, PLAN_LOCAL, RATIO_VERB, CUMULATIVE;
var init_cues = __esm({
  "src/core/extract/cues.ts"() {
    "use strict";
    W = "(?<![\\p{L}\\p{N}])";
    E4 = "(?![\\p{L}\\p{N}])";
    ESTIMATE = new RegExp(`${W}(?:\u01B0\u1EDBc|d\u1EF1 \u01B0\u1EDBc|\u01B0\u1EDBc t\xEDnh|\u01B0\u1EDBc \u0111\u1EA1t|\u01B0\u1EDBc th\u1EF1c hi\u1EC7n|s\u01A1 b\u1ED9|d\u1EF1 ki\u1EBFn|\u01B0\u1EDBc c\u1EA3 n\u0103m)${E4}`, "u");
    PLAN_BEFORE_FIGURE = new RegExp(
      `${W}(?:k\u1EBF ho\u1EA1ch|m\u1EE5c ti\xEAu|ch\u1EC9 ti\xEAu|d\u1EF1 to\xE1n|ph\u1EA5n \u0111\u1EA5u)(?:\\s+(?:n\u0103m\\s+\\d{4}|giao|\u0111\u1EC1 ra|\u0111\u01B0\u1EE3c giao|t\u1EC9nh giao|trung \u01B0\u01A1ng giao|h\u0111nd t\u1EC9nh giao|l\xE0|\u0111\u1EA1t|\u1EDF m\u1EE9c|t\u0103ng|gi\u1EA3m|t\u1EEB|kho\u1EA3ng|tr\xEAn|d\u01B0\u1EDBi|h\u01A1n|:))*\\s*:?\\s*\\(?\\s*$`,
      "u"
    );
    ASSIGNED_BEFORE_FIGURE = new RegExp(`${W}(?:\u0111\u01B0\u1EE3c\\s+)?(?:trung \u01B0\u01A1ng\\s+|t\u1EC9nh\\s+|h\u0111nd t\u1EC9nh\\s+)?giao(?:\\s+(?:l\xE0|:))?\\s*$`, "u");
    PLAN_BEFORE_INDICATOR = new RegExp(`${W}(?:ph\u1EA5n \u0111\u1EA5u|m\u1EE5c ti\xEAu|k\u1EBF ho\u1EA1ch|ch\u1EC9 ti\xEAu|d\u1EF1 to\xE1n|d\u1EF1 ki\u1EBFn)(?:\\s+(?:l\xE0|\u0111\u1EBFn|\u0111\u1EC3|cho|v\u1EC1|\u0111\u1EA1t|n\u0103m\\s+\\d{4}))*\\s*(?:\\(\\s*)?$`, "u");
    PLAN_LIST = new RegExp(
      `${W}(?:(?:m\u1ED9t s\u1ED1|c\xE1c|nh\u1EEFng)\\s+)?(?:ch\u1EC9 ti\xEAu|m\u1EE5c ti\xEAu)(?:\\s+[\\p{L}\\d-]+){0,8}\\s*:|${W}ph\u1EA5n \u0111\u1EA5u${E4}|${W}m\u1EE5c ti\xEAu\\s+(?:\u0111\u1EBFn|n\u0103m)\\b`,
      "u"
    );
    VALUE_VERB = new RegExp(
      `(?:${W}(?:\u0111\u1EA1t|\u0111\u1EA1t \u0111\u01B0\u1EE3c|\u01B0\u1EDBc \u0111\u1EA1t|\u01B0\u1EDBc|d\u1EF1 \u01B0\u1EDBc|\u01B0\u1EDBc t\xEDnh|\u0111\u01B0\u1EE3c|c\xF2n|l\xE0|\u1EDF m\u1EE9c|l\xEAn|xu\u1ED1ng|t\u1EDBi|c\xF3|v\u1EDBi|chi\u1EBFm|kho\u1EA3ng|th\u1EF1c hi\u1EC7n|\u0111\u1EA1t m\u1EE9c|b\xECnh qu\xE2n|t\u0103ng|gi\u1EA3m|t\u0103ng l\xEAn|gi\u1EA3m xu\u1ED1ng|gi\u1EA3m c\xF2n|t\u0103ng th\xEAm|gi\u1EA3i ng\xE2n|thu|v\xE0o kho\u1EA3ng|\u0111\u1EA1t kho\u1EA3ng|d\u1EF1 ki\u1EBFn|m\u1EDBi|hi\u1EC7n c\xF3|ph\u1EA5n \u0111\u1EA5u|\u0111\u1EBFn|giao)|[:=]|\\()\\s*$`,
      "u"
    );
    OF_PLAN_AFTER = new RegExp(
      `^\\s*(?:so\\s+v\u1EDBi\\s+)?(?:k\u1EBF ho\u1EA1ch|kh|d\u1EF1 to\xE1n|ch\u1EC9 ti\xEAu|m\u1EE5c ti\xEAu|ngh\u1ECB quy\u1EBFt|v\u1ED1n(?:\\s+k\u1EBF ho\u1EA1ch)?\\s+(?:\u0111\xE3\\s+|\u0111\u01B0\u1EE3c\\s+)?(?:ph\xE2n b\u1ED5|giao|b\u1ED1 tr\xED)|k\u1EBF ho\u1EA1ch v\u1ED1n|t\u1ED5ng v\u1ED1n|s\u1ED1 v\u1ED1n)${E4}`,
      "u"
    );
    YOY_AFTER = new RegExp(`^\\s*(?:so\\s+v\u1EDBi|so|v\u1EDBi)\\s+(?:c\xF9ng\\s+k\u1EF3|n\u0103m\\s+tr\u01B0\u1EDBc|n\u0103m\\s+\\d{4}|c\xF9ng\\s+th\u1EDDi\\s+\u0111i\u1EC3m|n\u0103m\\s+ngo\xE1i)`, "u");
    VS_OTHER_AFTER = new RegExp(`^\\s*(?:so\\s+v\u1EDBi|so)\\s+`, "u");
    PLAN_CENTRAL = /^[^,;.]{0,25}(?:trung ương|tw|chính phủ|thủ tướng)/u;
    PLAN_LOCAL = /^[^,;.]{0,25}(?:hđnd|hội đồng nhân dân|tỉnh giao|địa phương|thành phố giao|tỉnh)/u;
    RATIO_VERB = new RegExp(
      `(?:${W}(b\u1EB1ng|\u0111\u1EA1t|v\u01B0\u1EE3t|t\u0103ng|gi\u1EA3m|cao h\u01A1n|th\u1EA5p h\u01A1n|g\u1EA5p|t\u01B0\u01A1ng \u0111\u01B0\u01A1ng|\u0111\u1EA1t kho\u1EA3ng|\u0111\u1EA1t g\u1EA7n|\u0111\u1EA1t tr\xEAn|\u0111\u1EA1t h\u01A1n|gi\u1EA3m c\xF2n|gi\u1EA3m xu\u1ED1ng|t\u0103ng l\xEAn|l\xEAn|xu\u1ED1ng|c\xF2n|\u01B0\u1EDBc \u0111\u1EA1t|\u01B0\u1EDBc t\u0103ng|\u01B0\u1EDBc gi\u1EA3m|t\u0103ng th\xEAm|gi\u1EA3m th\xEAm)|\\(|,)\\s*(?:kho\u1EA3ng|g\u1EA7n|tr\xEAn|h\u01A1n|x\u1EA5p x\u1EC9)?\\s*$`,
      "u"
    );
    CUMULATIVE = new RegExp(`${W}(?:l\u0169y k\u1EBF|lu\u1EF9 k\u1EBF|c\u1ED9ng d\u1ED3n|t\u1EEB \u0111\u1EA7u nhi\u1EC7m k\u1EF3|t\u1EEB n\u0103m \\d{4} \u0111\u1EBFn nay|\u0111\u1EBFn nay \u0111\xE3 c\xF3 t\u1ED5ng s\u1ED1)${E4}`, "u");
  }
});

// src/core/extract/walk.ts
function dimensionFits(ind, q, folded) {
  const d = q.unit?.dimension;
  switch (ind.unit) {
    case "bn VND":
      return d === "money";
    case "mn USD":
      return d === "usd";
    case "%":
      return d === "pct";
    case "mn VND/person/year":
      return d === "percap" || d === "money";
    case "ha":
      return d === "ha";
    case "persons":
    case "count": {
      if (d || q.pairOf) return false;
      const next = folded.slice(q.end, q.end + 30);
      if (/^\s*(?:[,.;:)]|$)/u.test(next)) return true;
      const nouns = (ind.counted ?? []).flatMap((r) => r.nouns).map((n) => fold(n));
      if (ind.unit === "persons" && PERSON_NOUN.test(next) && !/^\s*(?:[,.;:)]|$)/u.test(next) && new RegExp("^\\s*\\p{L}", "u").test(next)) {
        const m = /^\s*(?:đồng chí|đảng viên|người|quần chúng|lao động|hội viên|đoàn viên)(?![\p{L}])/u.exec(next);
        if (m) return true;
      }
      return nouns.some((n) => next.trimStart().startsWith(n));
    }
    default:
      return false;
  }
}
function walk(input) {
  const { folded, catalog: catalog3, sentences } = input;
  const drafts = [];
  let ai = 0;
  let qi = 0;
  let s = sentences[0];
  let current = null;
  let open = [];
  let anchor = null;
  for (const sentence of sentences) {
    s = sentence;
    while (ai < input.aliases.length && input.aliases[ai].start < s.start) ai++;
    while (qi < input.quantities.length && input.quantities[qi].start < s.start) qi++;
    const events = [];
    for (let i = ai; i < input.aliases.length && input.aliases[i].start < s.end; i++) events.push({ at: input.aliases[i].start, alias: input.aliases[i] });
    for (let i = qi; i < input.quantities.length && input.quantities[i].start < s.end; i++) events.push({ at: input.quantities[i].start, q: input.quantities[i] });
    events.sort((a, b) => a.at - b.at || (a.alias ? -1 : 1));
    current = null;
    open = [];
    anchor = null;
    let prevQ = null;
    let listStart = s.start;
    let segStart = s.start;
    for (const ev of events) {
      if (ev.alias) {
        if (current && ev.alias.start < current.alias.end) continue;
        if (current && /^\s*\(\s*$/u.test(folded.slice(current.alias.end, ev.alias.start))) continue;
        current = { alias: ev.alias, valued: false, interrupted: false };
        open.push(current);
        anchor = null;
        continue;
      }
      const q = ev.q;
      if (current && q.start < current.alias.end) continue;
      const [clauseStart, clauseEnd] = clauseAt(s, q.start);
      if (current && current.alias.start < clauseStart) {
        if (!/^\s*(?:trong đó|riêng|bao gồm)/u.test(folded.slice(clauseStart, clauseStart + 15))) {
          for (const o of open) if (o.alias.start < clauseStart) o.interrupted = true;
        }
      }
      if (anchor && anchor.start < clauseStart) anchor = null;
      if (!q.unit && !q.qualifier && !q.pairOf && !q.scale && /^(?:19|20)\d{2}$/.test(q.literal)) continue;
      if (NOT_FIGURE_BEFORE.test(folded.slice(Math.max(0, q.start - 12), q.start))) {
        prevQ = q;
        continue;
      }
      const cumulative = CUMULATIVE.test(folded.slice(Math.max(clauseStart, segStart), q.start));
      const planContext = input.planFrom(s, q.start);
      listStart = prevQ && prevQ.start >= clauseStart && continuesList(folded, prevQ.end, q.start) ? listStart : q.start;
      const segFrom = Math.max(clauseStart, segStart);
      const cm = matchCounted(catalog3, folded, q, clauseStart, listStart, clauseEnd);
      if (cm) {
        prevQ = q;
        if (cumulative) continue;
        if (cm.indicator.stock && /(?<![\p{L}])(?:thêm|mới)\s+$/u.test(folded.slice(Math.max(0, q.start - 8), q.start))) continue;
        const est = ESTIMATE.test(folded.slice(segFrom, q.start));
        const basis = est ? "estimate" : "actual";
        const d = {
          indicator: cm.indicator,
          measure: "value",
          basis,
          q,
          which: "first",
          transform: "as_is",
          start: Math.min(cm.start, q.start),
          end: cm.end,
          subjectAt: cm.start,
          sentence: s,
          planContext
        };
        drafts.push(d);
        if (q.pairOf && cm.rule.pair) {
          const second = cm.rule.pair === "targets_total" ? catalog3.get("targets_total") : cm.indicator;
          if (second) {
            drafts.push({ ...d, indicator: second, which: "pair", basis: cm.rule.pair === "plan" ? "plan" : basis });
          }
        }
        anchor = d;
        segStart = q.end;
        continue;
      }
      const lastDraft = drafts[drafts.length - 1];
      if (!q.unit && !q.pairOf && lastDraft && lastDraft.sentence === s && lastDraft.start >= clauseStart && /^targets_(?:met|missed)$/.test(lastDraft.indicator.id)) {
        const m = ELLIPTIC_TARGETS.exec(folded.slice(q.end, Math.min(clauseEnd, q.end + 30)));
        const ind = m && catalog3.get(m[1] ? "targets_missed" : "targets_met");
        if (m && ind && ind.id !== lastDraft.indicator.id) {
          drafts.push({ ...lastDraft, indicator: ind, q, which: "first", start: q.start, end: q.end + m[0].length, subjectAt: q.start, parent: void 0 });
          prevQ = q;
          segStart = q.end;
          continue;
        }
      }
      const prior = drafts[drafts.length - 1];
      if (prior && prior.sentence === s && prior.measure === "value" && !prior.parent && prior.which === "first" && !cumulative && dimensionFits(prior.indicator, q, folded)) {
        const unit = unitBetween(prior.end, q.start);
        if (unit) {
          const d = {
            ...prior,
            q,
            start: unit.start,
            end: q.end,
            subjectAt: unit.start,
            transform: "as_is",
            basis: ESTIMATE.test(folded.slice(unit.start, q.start)) ? "estimate" : prior.basis
          };
          drafts.push(d);
          anchor = d;
          prevQ = q;
          segStart = q.end;
          continue;
        }
        const gap = folded.slice(prior.end, q.start);
        const moved = /^[\s,(]*(tăng|giảm|tăng thêm|giảm bớt|cao hơn|thấp hơn)\s*$/u.exec(gap);
        if (moved && prior.indicator.unit !== "%") {
          const d = {
            ...prior,
            q,
            measure: "change",
            start: prior.end + gap.search(/\S/u) + (gap.trimStart().startsWith(",") ? 1 : 0),
            end: q.end,
            transform: /giảm|thấp/u.test(moved[1]) ? "negate" : "as_is",
            parent: prior
          };
          drafts.push(d);
          prevQ = q;
          segStart = q.end;
          continue;
        }
        if (gap.length < 60 && PERIOD_WORD.test(gap) && VALUE_VERB.test(gap) && !/(?:so\s+với|so\s+cùng|cùng\s+kỳ|;)/u.test(gap)) {
          const plan = PLAN_BEFORE_FIGURE.test(gap) || ASSIGNED_BEFORE_FIGURE.test(gap);
          const d = {
            ...prior,
            q,
            start: prior.end + gap.search(/\S/u),
            end: q.end,
            transform: "as_is",
            basis: plan ? "plan" : ESTIMATE.test(gap) ? "estimate" : "actual"
          };
          drafts.push(d);
          anchor = d;
          prevQ = q;
          segStart = q.end;
          continue;
        }
      }
      const dim = q.unit?.dimension;
      if (dim === "pct" || dim === "times") {
        const made = ratio(q, clauseStart, clauseEnd, segFrom, planContext);
        prevQ = q;
        if (made) {
          drafts.push(made);
          segStart = q.end;
        }
        continue;
      }
      if (!cumulative) {
        let linked = false;
        for (let i = open.length - 1; i >= 0 && !linked; i--) {
          const o = open[i];
          if (o.valued || o.interrupted) continue;
          const gap = folded.slice(o.alias.end, q.start);
          const ind = o.alias.ids.map((id) => catalog3.get(id)).find((x) => dimensionFits(x, q, folded) && contextFits(x, q.start));
          if (!ind || !gapFits(gap)) continue;
          const d = valueDraft(ind, q, o.alias, segFrom, s, planContext);
          drafts.push(d);
          if (q.pairOf && d.basis !== "plan") drafts.push({ ...d, which: "pair", basis: "plan" });
          o.valued = true;
          anchor = d;
          linked = true;
        }
        if (linked) {
          prevQ = q;
          segStart = q.end;
          continue;
        }
      }
      if (q.unit || !/^\s*(?:năm|tháng|quý)/u.test(folded.slice(q.end, q.end + 8))) for (const o of open) o.interrupted = true;
      anchor = null;
      prevQ = q;
    }
  }
  function contextFits(ind, at) {
    if (!ind.context) return true;
    const before = folded.slice(s.start, at);
    return ind.context.some((c) => before.includes(c));
  }
  function unitBetween(from, to) {
    if (to - from > 70) return void 0;
    const u = input.units.find((e) => e.start >= from && e.end <= to);
    if (!u) return void 0;
    if (!/^[\s,;]*(?:và\s+|còn\s+|riêng\s+)?(?:(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|tx)\s*)?$/u.test(folded.slice(from, u.start))) return void 0;
    return /^\s*(?:đạt|là|:|với|ước đạt|khoảng|chỉ đạt|đạt khoảng|đạt gần)?\s*$/u.test(folded.slice(u.end, to)) ? u : void 0;
  }
  function gapFits(gap) {
    if (gap.length > 110) return false;
    if (/(?:so với|;)/u.test(gap)) return false;
    if (VALUE_VERB.test(gap)) return true;
    return gap.replace(GAP_FILLER, " ").replace(/[():,]/g, "").trim().length === 0;
  }
  function basisFor(aliasStart, gap, segFrom, qStart) {
    const before = folded.slice(Math.max(segFrom, aliasStart - 30), aliasStart);
    if (PLAN_BEFORE_FIGURE.test(gap) || ASSIGNED_BEFORE_FIGURE.test(gap) || PLAN_BEFORE_INDICATOR.test(before)) return "plan";
    if (ESTIMATE.test(folded.slice(segFrom, qStart))) return "estimate";
    return "actual";
  }
  function valueDraft(ind, q, alias, segFrom, s2, planContext) {
    const gap = folded.slice(alias.end, q.start);
    let basis = basisFor(alias.start, gap, segFrom, q.start);
    const last = drafts[drafts.length - 1];
    if (basis === "actual" && last && last.sentence === s2 && /(?<![\p{L}])trong đó(?![\p{L}])/u.test(folded.slice(segFrom, alias.start))) basis = last.basis;
    const estStart = folded.slice(segFrom, alias.start).search(/(?<![\p{L}])(?:ước|dự ước)\s*$/u);
    return {
      indicator: ind,
      measure: "value",
      basis,
      q,
      which: "first",
      transform: "as_is",
      start: estStart >= 0 ? segFrom + estStart : alias.start,
      end: q.end,
      subjectAt: alias.start,
      sentence: s2,
      planContext
    };
  }
  function ratio(q, clauseStart, clauseEnd, segFrom, planContext) {
    const before = folded.slice(Math.max(clauseStart, q.start - 40), q.start);
    const after = folded.slice(q.end, Math.min(clauseEnd, q.end + 70));
    const verbM = RATIO_VERB.exec(before);
    const verb = q.qualifierWord === "v\u01B0\u1EE3t" ? "v\u01B0\u1EE3t" : verbM?.[1] ?? (verbM ? verbM[0].trim()[0] : "");
    const ofPlan = OF_PLAN_AFTER.exec(after);
    const yoy = YOY_AFTER.test(after);
    const vsOther = !yoy && !ofPlan && VS_OTHER_AFTER.test(after);
    const down = /^(?:giảm|thấp hơn|giảm thêm|ước giảm)$/u.test(verb);
    const up = /^(?:tăng|cao hơn|tăng thêm|ước tăng)$/u.test(verb);
    const toLevel = /(?:còn|xuống|lên)$/u.test(verb) || /^\s*(?:còn|xuống)\b/u.test(after);
    const times = q.unit?.dimension === "times";
    if (!times && anchor && anchor.indicator.unit === "%" && (anchor.measure === "value" || anchor.measure === "change") && anchor.basis !== "plan" && PLAN_BEFORE_FIGURE.test(folded.slice(Math.max(clauseStart, q.start - 30), q.start)) && !ofPlan) {
      const planAt = Math.max(clauseStart, q.start - 30) + folded.slice(Math.max(clauseStart, q.start - 30), q.start).search(/(?:kế hoạch|mục tiêu|chỉ tiêu|dự toán)/u);
      const transform2 = anchor.measure === "change" || anchor.indicator.kind === "growth" ? down ? "negate" : "as_is" : "as_is";
      return { ...anchor, basis: "plan", q, start: planAt, end: q.end, transform: transform2, parent: anchor, which: "first" };
    }
    if (!times && current && !current.valued && !current.interrupted && !ofPlan) {
      const ind = current.alias.ids.map((id) => catalog3.get(id)).find((i) => i.unit === "%");
      const gap = folded.slice(current.alias.end, q.start);
      if (ind && gap.length <= 110 && !/(?:so với|;)/u.test(gap) && (VALUE_VERB.test(gap) || RATIO_VERB.test(gap) || gap.trim().length <= 2)) {
        let measure2 = "value";
        let transform2 = "as_is";
        if (ind.kind === "growth") transform2 = down ? "negate" : "as_is";
        else if (ind.kind === "share" && (up || down) && !toLevel) {
          measure2 = "change";
          transform2 = down ? "negate" : "as_is";
        }
        const d2 = valueDraft(ind, q, current.alias, segFrom, s, planContext);
        d2.measure = measure2;
        d2.transform = transform2;
        current.valued = true;
        anchor = d2;
        return d2;
      }
    }
    const parent = anchor;
    let target = parent?.indicator;
    if (!target && current && !current.interrupted && !current.valued) {
      target = current.alias.ids.map((id) => catalog3.get(id)).find((i) => i.unit !== "%" && contextFits(i, q.start));
    }
    if (!target) return null;
    const start = verbM && verbM[1] ? q.start - (before.length - verbM.index) : q.start;
    let measure = null;
    let transform = "as_is";
    let planRef;
    if (times) {
      if (!yoy) return null;
      measure = "yoy_pct";
      transform = "times_to_pct";
    } else if (ofPlan) {
      measure = "pct_of_plan";
      transform = verb === "v\u01B0\u1EE3t" || up && /^\s*so\s+với/u.test(after) ? "plus100" : "as_is";
      const rest = after.slice(ofPlan.index + ofPlan[0].length);
      planRef = PLAN_CENTRAL.test(rest) ? "central" : PLAN_LOCAL.test(rest) ? "local" : null;
    } else if (target.unit === "%") {
      if (target.kind === "share" && (up || down) && !toLevel) {
        measure = "change";
        transform = down ? "negate" : "as_is";
      } else if (target.kind === "share" && toLevel && parent && !drafts.some((x) => x.sentence === s && x.indicator === target && x.measure === "value" && x.basis !== "plan")) {
        measure = "value";
      } else return null;
    } else if (up || down) {
      if (vsOther) return null;
      measure = "yoy_pct";
      transform = down ? "negate" : "as_is";
    } else if (yoy && /^(?:bằng|đạt|tương đương)$/u.test(verb)) {
      measure = "yoy_pct";
      transform = "minus100";
    } else if (target.pctIsOfPlan && /^(?:bằng|đạt|ước đạt|đạt khoảng|đạt gần|đạt trên|đạt hơn|\(|,)$/u.test(verb) && !vsOther && !yoy) {
      measure = "pct_of_plan";
    }
    if (!measure) return null;
    const endAt = ofPlan ? q.end + ofPlan.index + ofPlan[0].length + planTail(after.slice(ofPlan.index + ofPlan[0].length)) : yoy ? q.end + yoyLength(after) : q.end;
    const basis = parent ? parent.basis === "plan" ? "plan" : parent.basis : ESTIMATE.test(folded.slice(segFrom, q.start)) ? "estimate" : "actual";
    const d = {
      indicator: target,
      measure,
      basis,
      q,
      which: "first",
      transform,
      planRef,
      start: Math.max(clauseStart, start),
      end: endAt,
      subjectAt: parent?.subjectAt ?? current?.alias.start ?? q.start,
      parent: parent ?? void 0,
      sentence: s,
      planContext
    };
    if (!parent && current) current.valued = true;
    return d;
  }
  return drafts;
}
function planTail(rest) {
  const m = /^(?:\s+(?:trung ương|tw|tỉnh|hđnd tỉnh|thành phố|huyện|đã|được|giao|đề ra|năm\s+\d{4}|phân bổ))*/u.exec(rest);
  return m ? m[0].length : 0;
}
function yoyLength(after) {
  const m = /^\s*(?:so\s+với|so|với)\s+(?:cùng\s+kỳ(?:\s+năm\s+(?:trước|\d{4}))?|năm\s+trước|năm\s+\d{4}|cùng\s+thời\s+điểm(?:\s+năm\s+(?:trước|\d{4}))?|năm\s+ngoái)/u.exec(after);
  return m ? m[0].length : 0;
}
var ELLIPTIC_TARGETS, PERIOD_WORD, GAP_FILLER, PERSON_NOUN, NOT_FIGURE_BEFORE;
var init_walk = __esm({
  "src/core/extract/walk.ts"() {
    "use strict";
    init_segment();
    init_counted();
    init_fold();
    init_cues();
    ELLIPTIC_TARGETS = /^\s*(không\s+|chưa\s+)?(?:đạt|hoàn thành)(?![\p{L}])/u;
    PERIOD_WORD = /(?<![\p{L}])(?:cả\s+năm|năm\s+\d{4}|năm\s+(?:nay|tới|sau)|quý\s+[ivx\d]+|\d{1,2}\s+tháng|tháng\s+\d{1,2})(?![\p{L}])/u;
    GAP_FILLER = /(?:(?:cả|trong|cuối)\s+)?năm\s+\d{4}|quý\s+[ivx\d]+(?:\s*(?:năm|\/)\s*\d{4})?|\d{1,2}\s+tháng(?:\s+đầu)?(?:\s+năm)?(?:\s+\d{4})?|tháng\s+\d{1,2}(?:\s*\/\s*\d{4})?|trên\s+địa\s+bàn(?:\s+(?:tỉnh|huyện|thành\s+phố))?|toàn\s+(?:tỉnh|huyện|thành\s+phố)|của\s+(?:tỉnh|huyện|thành\s+phố)/gu;
    PERSON_NOUN = /^\s*(?:đồng chí|đảng viên|người|quần chúng|lao động|hội viên|đoàn viên)?(?![\p{L}])/u;
    NOT_FIGURE_BEFORE = /(?:thứ|số|lần thứ|khóa|khoá|hạng|top|mã|điều|khoản|chương|mục|phần|bước|tầng|km)\s*$/u;
  }
});

// src/core/extract/resolve.ts
function withYear(ref, carried, ctx) {
  if (ref.year !== void 0) return ref;
  const year = ref.relative !== void 0 && ctx.review ? ctx.review.year + ref.relative : carried?.year ?? ctx.review?.year;
  return { ...ref, year };
}
function carriedPeriod(ref, ctx) {
  if (!ref || ref.year === void 0) return void 0;
  if (ref.kind === "Y" || ref.kind === "TERM") return formatPeriod(ref, ref.year) ?? void 0;
  const review = ctx.review;
  if (review && review.kind === ref.kind && review.n === ref.n && review.year === ref.year) return formatPeriod(ref, ref.year) ?? void 0;
  return String(ref.year);
}
function periodFor(d, periods, framed, ctx, exactFraming = false) {
  const s = d.sentence;
  const [clauseStart, clauseEnd] = clauseAt(s, d.q.start);
  const usable = periods.filter((p) => p.start >= s.start && p.end <= s.end && !p.comparison && !p.cumulative);
  const yearOf = (p) => {
    if (p.ref.year !== void 0) return p.ref.year;
    if (p.ref.relative !== void 0 && ctx.review) return ctx.review.year + p.ref.relative;
    const sibling = usable.find((o) => o !== p && o.ref.year !== void 0);
    return sibling?.ref.year ?? framed?.year ?? ctx.review?.year;
  };
  const fmt2 = (p) => {
    if (p.ref.kind === "YTD" && p.ref.n === void 0) {
      const month = ctx.date?.month;
      return formatPeriod(month && month < 12 ? { kind: "YTD", n: month } : { kind: "Y" }, ctx.date?.year ?? yearOf(p)) ?? void 0;
    }
    return formatPeriod(p.ref.relative !== void 0 ? { ...p.ref, kind: "Y" } : p.ref, yearOf(p)) ?? void 0;
  };
  const inClauseBefore = usable.filter((p) => p.start >= clauseStart && p.end <= d.q.start);
  if (inClauseBefore.length) return fmt2(inClauseBefore[inClauseBefore.length - 1]);
  const inClauseAfter = usable.filter((p) => p.start >= d.q.end && p.end <= clauseEnd);
  if (inClauseAfter.length) return fmt2(inClauseAfter[0]);
  if (usable.length) {
    const before = usable.filter((p) => p.end <= d.q.start);
    return fmt2(before.length ? before[before.length - 1] : usable[0]);
  }
  const carried = exactFraming && framed?.year !== void 0 ? formatPeriod(framed, framed.year) ?? void 0 : carriedPeriod(framed, ctx);
  if (carried) return carried;
  if (ctx.review) return formatPeriod(ctx.review, ctx.review.year) ?? void 0;
  return void 0;
}
function isAfterReview(period, ctx) {
  if (!ctx.review) return false;
  const review = formatPeriod(ctx.review, ctx.review.year);
  if (!review || /^\d{4}-\d{4}$/.test(period)) return false;
  return periodEnd(period) > periodEnd(review);
}
function levelOf(name, ctx) {
  if (name === ctx.mainUnit && ctx.mainLevel) return ctx.mainLevel;
  if (/^TP\s/.test(name)) return "city";
  if (/^(?:huyện|quận|TX)\s/.test(name)) return "district";
  if (/^(?:xã|phường|thị trấn)\s/.test(name)) return "commune";
  if (/Khối/.test(name)) return "bloc";
  if (name === "Vi\u1EC7t Nam") return "country";
  return "province";
}
function entityFor(d, entities, ctx, folded) {
  const [clauseStart] = clauseAt(d.sentence, d.q.start);
  const upTo = d.q.start;
  const scope = d.indicator.scope;
  const pick = (name, level, province) => {
    if (level === "bloc" && scope === "economy") return { name: province ?? ctx.province ?? name, level: "province" };
    return { name, level };
  };
  const named = entities.filter((e) => e.start >= clauseStart && e.end <= upTo && !e.inTitle && (e.typed || e.start - clauseStart < 4));
  const last = named[named.length - 1];
  if (last && last.level !== "country") return pick(last.name, last.level, last.province);
  if (last && last.level === "country" && upTo - last.end < 40) return { name: "Vi\u1EC7t Nam", level: "country" };
  if (ctx.mainLevel && ctx.mainLevel !== "province" && ctx.province && GENERIC_PROVINCE.test(folded.slice(clauseStart, upTo)) && ctx.mainLevel !== "bloc") {
    return { name: ctx.province, level: "province" };
  }
  if (!ctx.mainUnit) return { name: "", level: "province" };
  return pick(ctx.mainUnit, ctx.mainLevel ?? "province", ctx.province);
}
var GENERIC_PROVINCE;
var init_resolve = __esm({
  "src/core/extract/resolve.ts"() {
    "use strict";
    init_segment();
    init_period();
    GENERIC_PROVINCE = /(?<![\p{L}])(?:toàn tỉnh|cả tỉnh|trên địa bàn tỉnh|của tỉnh|tỉnh)(?![\p{L}])/u;
  }
});

// src/core/extract/value.ts
function factorOf(d) {
  if (d.measure === "pct_of_plan" || d.measure === "yoy_pct") return 1;
  const u = d.q.unit;
  switch (d.indicator.unit) {
    case "bn VND":
    case "mn USD":
    case "ha":
      return u ? u.factor : null;
    case "mn VND/person/year":
      if (!u) return null;
      return u.dimension === "money" ? u.factor * 1e3 : u.factor;
    case "%":
      return 1;
    default:
      return d.q.scale ?? 1;
  }
}
function applyTransform(d, x) {
  switch (d.transform) {
    case "negate":
      return -x;
    case "plus100":
      return 100 + x;
    case "minus100":
      return x - 100;
    case "times_to_pct":
      return (x - 1) * 100;
    default:
      return x;
  }
}
function plausibleRange(d, level) {
  switch (d.measure) {
    case "pct_of_plan":
      return [0, 1e3];
    case "yoy_pct":
      return [-100, 5e3];
    // a change in points of a rate, or in the indicator's own unit ("tăng 1.200 tỷ đồng")
    case "change":
      return d.indicator.unit === "%" ? [-100, 100] : [-d.indicator.plausible[1], d.indicator.plausible[1]];
    default: {
      const local = level !== "province" && level !== "country" && level !== "bloc";
      const [lo, hi] = local && d.indicator.plausibleLocal || d.indicator.plausible;
      return level === "country" ? [lo, hi * 100] : local && !d.indicator.plausibleLocal ? [Math.min(lo, 0), hi] : [lo, hi];
    }
  }
}
function resolveValue(d, level) {
  const readings = d.which === "pair" ? d.q.pairOf : d.q.readings;
  const factor = factorOf(d);
  if (!readings || factor === null) return null;
  const warnings = [];
  const literal = d.which === "pair" ? "" : d.q.literal.split(/\s*[-–/]|\s+(?:đến|tới)\s+/u)[0];
  const vi = readings.vi === null ? null : round(applyTransform(d, readings.vi * factor));
  let en = readings.en === null ? null : round(applyTransform(d, readings.en * factor));
  if (en !== null && (d.indicator.unit === "persons" || d.indicator.unit === "count") && d.measure === "value" && !Number.isInteger(readings.en * factor)) en = null;
  const dotGrouped = /^\d{1,3}(?:\.\d{3})+$/.test(literal);
  const [lo, hi] = plausibleRange(d, level);
  const fits2 = (x) => x !== null && x >= lo && x <= hi;
  let value;
  if (vi !== null && en !== null && vi !== en) {
    if (fits2(vi)) {
      value = vi;
      if (!dotGrouped) {
        warnings.push(fits2(en) ? `ambiguous number "${literal}": read the Vietnamese way as ${vi}; the English reading ${en} is also possible` : `ambiguous number "${literal}": read the Vietnamese way as ${vi}; the English reading ${en} would be implausible for ${d.indicator.id}`);
      }
    } else if (fits2(en)) {
      value = en;
      warnings.push(`number "${literal}" read as ${en} (English format): the Vietnamese reading ${vi} is implausible for ${d.indicator.id}`);
    } else {
      value = vi;
      warnings.push(`ambiguous number "${literal}": neither ${vi} nor ${en} is plausible for ${d.indicator.id}; check the source`);
    }
  } else if (vi !== null) {
    value = vi;
  } else if (en !== null) {
    value = en;
    warnings.push(`number "${literal}" is written the English way; read as ${en}`);
  } else return null;
  if (!warnings.length && !fits2(value)) warnings.push(`implausible magnitude for ${d.indicator.id}: ${value} ${d.indicator.unit}; check the source`);
  let upper;
  if (d.q.upper && d.which === "first") {
    const u = d.q.upper.vi ?? d.q.upper.en;
    if (u !== null) upper = round(applyTransform(d, u * factor));
  }
  if (d.q.inWords) warnings.push(`count written in words: "${d.q.literal}"`);
  return { value, upper, qualifier: upper !== void 0 ? "range" : d.q.qualifier, warnings };
}
var round;
var init_value = __esm({
  "src/core/extract/value.ts"() {
    "use strict";
    round = (x) => Math.round(x * 1e9) / 1e9;
  }
});

// src/core/extract/refine.ts
function dedupe(facts) {
  const kept = [];
  const bySlot = /* @__PURE__ */ new Map();
  for (const f of facts) {
    const k = slot(f);
    const same = bySlot.get(k) ?? [];
    const twin = same.find((g) => g.value === f.value || roughlyEqual(g.value, f.value) && g.qualifier !== null !== (f.qualifier !== null));
    if (twin) {
      if (twin.qualifier !== null && f.qualifier === null) {
        kept[kept.indexOf(twin)] = f;
        same[same.indexOf(twin)] = f;
      }
      continue;
    }
    same.push(f);
    bySlot.set(k, same);
    kept.push(f);
  }
  return kept;
}
function deriveFacts(facts) {
  const out = [];
  const hasPlan = new Set(facts.filter((f) => f.basis === "plan" && f.measure === "value").map((f) => `${f.entity}|${f.indicator}|${f.period}`));
  for (const pct of facts) {
    if (pct.measure !== "pct_of_plan" || pct.basis === "plan" || !(pct.value > 0)) continue;
    const key = `${pct.entity}|${pct.indicator}|${pct.period}`;
    if (hasPlan.has(key)) continue;
    const value = facts.find((f) => f.measure === "value" && f.basis !== "plan" && `${f.entity}|${f.indicator}|${f.period}` === key && f.unit !== "%");
    if (!value) continue;
    hasPlan.add(key);
    out.push({
      ...value,
      basis: "plan",
      value: Math.round(value.value / (pct.value / 100) * 1e3) / 1e3,
      qualifier: "approx",
      warnings: [
        /^\d{4}-(?:Q|H|M|YTD)/.test(value.period) ? `plan derived: ${value.value} \xF7 ${pct.value}% \u2014 for part of a year this is usually the whole year's plan` : `plan derived: ${value.value} \xF7 ${pct.value}%`
      ],
      derived: true,
      source: pct.source
    });
  }
  return out;
}
var slot, roughlyEqual;
var init_refine = __esm({
  "src/core/extract/refine.ts"() {
    "use strict";
    slot = (f) => [f.entity, f.indicator, f.period, f.basis === "plan" ? "plan" : "outcome", f.measure].join("|");
    roughlyEqual = (a, b) => Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 0.01;
  }
});

// src/core/extract/index.ts
function extractFacts(raw, opts) {
  const catalog3 = opts.catalog ?? (defaultCatalog ??= Catalog.default());
  const { clean } = normalizeText(raw);
  const text2 = clean.text;
  const folded = fold(text2);
  const dates = findDates(folded);
  const periods = findPeriods(folded, dates);
  const masks = [...dates, ...periods].map((d) => [d.start, d.end]).sort((a, b) => a[0] - b[0]);
  const masked = (s, e) => {
    let lo = 0;
    let hi = masks.length - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (masks[mid][1] <= s) lo = mid + 1;
      else if (masks[mid][0] >= e) hi = mid - 1;
      else return true;
    }
    return false;
  };
  const quantities = findQuantities(folded, masked, catalog3.countedNouns);
  const entities = findEntities(text2, folded);
  const sentences = splitSentences(text2);
  const aliases = aliasesNearFigures(catalog3, folded, sentences, quantities);
  const ctx = readDocument2(text2, folded, sentences, entities, periods, dates, opts);
  const framing = /* @__PURE__ */ new Map();
  const planStart = /* @__PURE__ */ new Map();
  let carried;
  let planParagraph = -1;
  let planList = false;
  let listPeriod;
  const listFraming = /* @__PURE__ */ new Map();
  let pi = 0;
  const firstBody = sentences.findIndex((s) => s.end - s.start > 150);
  const bodyFrom = firstBody >= 0 ? sentences[firstBody].start : 0;
  for (const s of sentences) {
    while (pi < periods.length && periods[pi].start < s.start) pi++;
    const first = periods[pi] && periods[pi].start < s.end ? periods[pi] : void 0;
    const own = first && !first.comparison && !first.cumulative && FRAMING.test(folded.slice(s.start, first.start)) && /^\s*[,:]|^\s*$/u.test(folded.slice(first.end, first.end + 3)) ? first.ref : void 0;
    const heading = first && !first.comparison && s.end - s.start < 90 && !/[.;]$/.test(text2.slice(s.start, s.end)) ? first.ref : void 0;
    framing.set(s, carried);
    if ((own ?? heading) && s.start >= bodyFrom) carried = withYear(own ?? heading, carried, ctx);
    const sentenceText = folded.slice(s.start, s.end);
    const pl = PLAN_HINT.test(sentenceText) ? PLAN_LIST.exec(sentenceText) : null;
    if (pl) {
      planParagraph = s.paragraph;
      planStart.set(s, s.start + pl.index);
      planList = /:\s*$/u.test(sentenceText);
    } else if (s.paragraph === planParagraph) planStart.set(s, s.start);
    else if (planList && LIST_ITEM.test(sentenceText)) {
      planParagraph = s.paragraph;
      planStart.set(s, s.start);
      if (listPeriod) listFraming.set(s, listPeriod);
    } else planList = false;
    if (pl && planList) listPeriod = own ?? heading ? withYear(own ?? heading, carried, ctx) : void 0;
  }
  const planFrom = (s, pos) => {
    const at = planStart.get(s);
    return at !== void 0 && pos >= at;
  };
  const units = entities.filter((e) => !e.inTitle && e.level !== "country");
  const drafts = walk({ folded, catalog: catalog3, sentences, aliases, quantities, planFrom, units });
  const periodsIn = bySentence(sentences, periods);
  const entitiesIn = bySentence(sentences, entities);
  const facts = [];
  const resolved = /* @__PURE__ */ new Map();
  for (const d of drafts) {
    const parentFact = d.parent ? resolved.get(d.parent) : void 0;
    const exact = listFraming.get(d.sentence);
    let period = parentFact?.period ?? periodFor(d, periodsIn.get(d.sentence) ?? [], exact ?? framing.get(d.sentence), ctx, exact !== void 0);
    if (!period) continue;
    const jan = /^(\d{4})-(?:M|YTD)01$/.exec(period);
    if (jan && d.indicator.yearRunsToJanuary) period = String(+jan[1] - 1);
    const who = parentFact ? { name: parentFact.entity, level: levelOf(parentFact.entity, ctx) } : entityFor(d, entitiesIn.get(d.sentence) ?? [], ctx, folded);
    let basis = d.basis;
    if (basis !== "plan" && (d.planContext || isAfterReview(period, ctx))) basis = d.measure === "pct_of_plan" ? basis : "plan";
    if (parentFact && d.measure !== "pct_of_plan" && d.basis !== "plan") basis = parentFact.basis;
    const v = resolveValue(d, who.level);
    if (!v) continue;
    const span = clean.span(d.start, d.end);
    const fact = {
      doc: opts.doc,
      entity: who.name,
      indicator: d.indicator.id,
      period,
      basis,
      measure: d.measure,
      value: v.value,
      unit: d.measure === "pct_of_plan" || d.measure === "yoy_pct" ? "%" : d.indicator.unit,
      qualifier: d.measure !== "value" && d.q.qualifierWord === "v\u01B0\u1EE3t" ? null : v.qualifier ?? trailingQualifier(folded, d.end),
      ...v.upper !== void 0 ? { upper: v.upper } : {},
      ...d.measure === "pct_of_plan" ? { planRef: d.planRef ?? null } : {},
      ...v.warnings.length ? { warnings: v.warnings } : {},
      source: span
    };
    if (!who.name) fact.warnings = [...fact.warnings ?? [], "reporting unit unknown: set it with --entity"];
    resolved.set(d, fact);
    facts.push(fact);
  }
  const warnings = [...ctx.notes];
  const unique = dedupe(facts);
  return { facts: [...unique, ...deriveFacts(unique)], warnings, context: ctx, cleanText: text2 };
}
function trailingQualifier(folded, end) {
  const m = /^\s*trở\s+(lên|xuống)(?![\p{L}])/u.exec(folded.slice(end, end + 14));
  return m ? m[1] === "l\xEAn" ? "over" : "under" : null;
}
function aliasesNearFigures(catalog3, folded, sentences, quantities) {
  const out = [];
  let qi = 0;
  for (const s of sentences) {
    while (qi < quantities.length && quantities[qi].start < s.start) qi++;
    if (qi >= quantities.length || quantities[qi].start >= s.end) continue;
    for (const a of catalog3.findAliases(folded.slice(s.start, s.end))) out.push({ ...a, start: a.start + s.start, end: a.end + s.start });
  }
  return out;
}
function bySentence(sentences, spans) {
  const out = /* @__PURE__ */ new Map();
  let i = 0;
  for (const s of sentences) {
    while (i < spans.length && spans[i].start < s.start) i++;
    const inside = [];
    for (let j = i; j < spans.length && spans[j].start < s.end; j++) if (spans[j].end <= s.end) inside.push(spans[j]);
    if (inside.length) out.set(s, inside);
  }
  return out;
}
var defaultCatalog, PLAN_HINT, LIST_ITEM, FRAMING;
var init_extract = __esm({
  "src/core/extract/index.ts"() {
    "use strict";
    init_normalize();
    init_fold();
    init_segment();
    init_catalog();
    init_entities();
    init_period();
    init_quantity();
    init_document();
    init_walk();
    init_resolve();
    init_cues();
    init_value();
    init_refine();
    PLAN_HINT = /chỉ tiêu|mục tiêu|phấn đấu/u;
    LIST_ITEM = /^\s*(?:[-+•*–]|[a-zđ]\)|\d{1,2}[.)])\s/u;
    FRAMING = /^(?:[ivx]+\.|[a-d]\.|\d+\.)?\s*(?:(?:trong|tính đến hết|qua|sau|kết quả|tình hình)\s+)?$/u;
  }
});

// src/core/tables/grid.ts
function toGrid(table) {
  const grid = [];
  const put = (r, c, g) => {
    (grid[r] ??= [])[c] ??= g;
  };
  for (const row of table.rows) {
    for (const cell of row) {
      const rs = Math.max(1, cell.rowSpan ?? 1);
      const cs = Math.max(1, cell.colSpan ?? 1);
      for (let r = 0; r < rs; r++)
        for (let c = 0; c < cs; c++) put(cell.row + r, cell.col + c, { text: cell.text, origin: cell, own: r === 0 && c === 0 });
    }
  }
  const width = Math.max(0, ...grid.map((r) => r ? r.length : 0));
  for (let r = 0; r < grid.length; r++) {
    grid[r] ??= [];
    for (let c = 0; c < width; c++) grid[r][c] ??= { text: "", origin: { text: "", row: r, col: c }, own: true };
  }
  return grid;
}
function columnLetters(col) {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + (n - 1) % 26) + s;
  return s;
}
var init_grid = __esm({
  "src/core/tables/grid.ts"() {
    "use strict";
  }
});

// src/core/tables/header.ts
function joinHeader(parts) {
  const out = [];
  for (const p of parts.map((s) => s.replace(/\s+/g, " ").trim())) if (p && out[out.length - 1] !== p) out.push(p);
  return out.join(" | ");
}
function readHeader(header) {
  const f = fold(header.normalize("NFC")).replace(/\s+/g, " ").trim();
  const last = f.split(" | ").pop() ?? f;
  if (LABEL.test(last) || !f.includes("|") && LABEL.test(f)) return { role: "label", header };
  if (UNIT.test(last)) return { role: "unit", header };
  if (ORDER.test(last)) return { role: "order", header };
  if (NOTE.test(last)) return { role: "note", header };
  const out = { role: "value", header };
  const ofPlan = OF_PLAN.test(f);
  const yoy = YOY.test(f);
  if (ofPlan && !yoy) out.measure = "pct_of_plan";
  else if (yoy) out.measure = "yoy_pct";
  else if (PERCENT.test(last) && /%|so sánh|so với|tỷ lệ|tỉ lệ/u.test(last) && !/^\s*tỷ lệ\s*$/u.test(last)) out.measure = ofPlan ? "pct_of_plan" : void 0;
  else out.measure = "value";
  if (out.measure === "yoy_pct" && SIGNED.test(f)) out.signedChange = true;
  if (ESTIMATE2.test(f)) out.basis = "estimate";
  else if (out.measure === "value" && PLAN.test(f)) out.basis = "plan";
  else if (ACTUAL.test(f) || out.measure !== "value") out.basis = "actual";
  const periods = findPeriods(f, findDates(f)).filter((p) => !p.comparison);
  const years = [...f.matchAll(YEAR2)].map((m) => +m[1]);
  const ref = periods.find((p) => p.ref.kind !== "Y" || p.ref.year !== void 0)?.ref;
  if (ref && ref.kind !== "Y" && ref.kind !== "TERM") {
    const year = ref.year ?? years[years.length - 1];
    if (year !== void 0) out.period = formatPeriod(ref, year) ?? void 0;
    else out.partial = ref;
  } else if (ref && ref.kind === "TERM") out.period = formatPeriod(ref, ref.year) ?? void 0;
  else if (years.length) {
    const own = out.measure === "yoy_pct" ? Math.max(...years) : years[out.measure === "value" ? years.length - 1 : 0];
    out.period = String(own);
  } else if (/(?<![\p{L}])cả năm(?![\p{L}])/u.test(f)) out.partial = { kind: "Y" };
  if (!out.measure) return { ...out, role: "note" };
  return out;
}
function completePeriod(c, year) {
  if (c.period) return c.period;
  if (c.partial && year !== void 0) return formatPeriod(c.partial, year) ?? void 0;
  return void 0;
}
var B2, E5, re, LABEL, UNIT, ORDER, NOTE, YOY, OF_PLAN, PERCENT, ESTIMATE2, PLAN, ACTUAL, SIGNED, YEAR2;
var init_header = __esm({
  "src/core/tables/header.ts"() {
    "use strict";
    init_fold();
    init_period();
    B2 = "(?<![\\p{L}\\p{N}])";
    E5 = "(?![\\p{L}\\p{N}])";
    re = (s) => new RegExp(s, "u");
    LABEL = re(`^(?:${B2}(?:ch\u1EC9 ti\xEAu|n\u1ED9i dung|t\xEAn ch\u1EC9 ti\xEAu|danh m\u1EE5c|h\u1EA1ng m\u1EE5c|l\u0129nh v\u1EF1c)${E5})`);
    UNIT = re(`^(?:\u0111vt|\u0111\u01A1n v\u1ECB t\xEDnh|\u0111\u01A1n v\u1ECB|\u0111v t\xEDnh|\u0111\\.v\\.t)\\.?$`);
    ORDER = re(`^(?:stt|tt|s\u1ED1 tt|s\u1ED1 th\u1EE9 t\u1EF1)\\.?$`);
    NOTE = re(`^(?:ghi ch\xFA|ngu\u1ED3n|ghi chu)$`);
    YOY = re(`${B2}(?:c\xF9ng k\u1EF3|ck|n\u0103m tr\u01B0\u1EDBc|c\xF9ng k\xEC)${E5}`);
    OF_PLAN = re(`(?:${B2}(?:th|\u01B0\u1EDBc th|\u01B0\u1EDBc|th\u1EF1c hi\u1EC7n)\\s*/\\s*(?:kh|k\u1EBF ho\u1EA1ch|dt|d\u1EF1 to\xE1n)${E5}|${B2}so\\s+(?:v\u1EDBi\\s+)?(?:kh|k\u1EBF ho\u1EA1ch|d\u1EF1 to\xE1n|dt|ch\u1EC9 ti\xEAu|m\u1EE5c ti\xEAu)${E5}|%\\s*(?:kh|k\u1EBF ho\u1EA1ch|d\u1EF1 to\xE1n)${E5}|${B2}(?:\u0111\u1EA1t|b\u1EB1ng)\\s+(?:%|so)?\\s*(?:kh|k\u1EBF ho\u1EA1ch|d\u1EF1 to\xE1n))`);
    PERCENT = re(`%|${B2}(?:so s\xE1nh|t\u1EF7 l\u1EC7|t\u1EC9 l\u1EC7|so v\u1EDBi|so)${E5}`);
    ESTIMATE2 = re(`${B2}(?:\u01B0\u1EDBc|\u01B0\u1EDBc th|\u01B0\u1EDBc t\xEDnh|\u01B0\u1EDBc th\u1EF1c hi\u1EC7n|d\u1EF1 \u01B0\u1EDBc|s\u01A1 b\u1ED9|\u01B0\u1EDBc \u0111\u1EA1t)${E5}`);
    PLAN = re(`${B2}(?:k\u1EBF ho\u1EA1ch|kh|d\u1EF1 to\xE1n|dt|m\u1EE5c ti\xEAu|ch\u1EC9 ti\xEAu|ngh\u1ECB quy\u1EBFt|nq)${E5}`);
    ACTUAL = re(`${B2}(?:th\u1EF1c hi\u1EC7n|th|\u0111\u1EA1t|k\u1EBFt qu\u1EA3|l\u0169y k\u1EBF|lu\u1EF9 k\u1EBF)${E5}`);
    SIGNED = re(`${B2}(?:t\u0103ng|gi\u1EA3m|t\u0103ng\\s*/\\s*gi\u1EA3m|t\u0103ng\\s*,\\s*gi\u1EA3m|\\+/-)${E5}`);
    YEAR2 = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;
  }
});

// src/core/tables/cellValue.ts
function tableConvention(cells) {
  let vi = 0;
  let en = 0;
  for (const c of cells) {
    const s = c.replace(/[\s\u00a0%+()−–-]/g, "");
    if (!/^\d[\d.,]*$/.test(s)) continue;
    const r = readNumber(s);
    if (r.vi !== null && r.en === null) vi++;
    else if (r.en !== null && r.vi === null) en++;
  }
  return en && !vi ? "en" : vi && !en ? "vi" : "mixed";
}
function readCellValue(raw, convention = "mixed") {
  let s = raw.replace(/[\s\u00a0]+/g, "").replace(/%$/, "").replace(/[−–]/g, "-");
  if (EMPTY.test(s)) return null;
  let sign = 1;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    s = paren[1];
    sign = -1;
  }
  if (/^[+-]/.test(s)) {
    if (s[0] === "-") sign = -sign;
    s = s.slice(1);
  }
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const r = readNumber(s);
  const warnings = [];
  let v = r.vi;
  if (v === null && r.en !== null) {
    v = r.en;
    if (convention !== "en") warnings.push(`"${raw.trim()}" is not Vietnamese number format: read the English way as ${r.en}`);
  } else if (isAmbiguous(r) && convention === "en") {
    v = r.en;
  } else if (isAmbiguous(r) && convention === "mixed") {
    warnings.push(`"${raw.trim()}" is ambiguous: read the Vietnamese way as ${r.vi}, the English way it would be ${r.en}`);
  }
  if (v === null) return null;
  return { value: sign * v, warnings };
}
var EMPTY;
var init_cellValue = __esm({
  "src/core/tables/cellValue.ts"() {
    "use strict";
    init_readNumber();
    EMPTY = /^(?:|-|–|—|x|X|\.\.\.|…|k|n\/a|na)$/u;
  }
});

// src/core/tables/rowUnit.ts
function readRowUnit(dvt) {
  const f = fold(dvt.normalize("NFC")).replace(/\s+/g, " ").trim().replace(/^\((.*)\)$/, "$1");
  if (!f) return void 0;
  const m = UNIT_AT_START.exec(f);
  if (m) {
    const u = unitOfMatch(m);
    if (u) return { canonical: u.canonical, factor: u.factor };
  }
  const p = PERSONS.exec(f);
  if (p) return { canonical: "persons", factor: p[1] ? SCALE[p[1]] : 1, counted: true };
  const c = COUNT.exec(f);
  if (c) return { canonical: "count", factor: c[1] ? SCALE[c[1]] : 1, counted: true };
  return void 0;
}
function fits(u, indicatorUnit) {
  if (u.canonical === indicatorUnit) return true;
  return !!u.counted && (indicatorUnit === "persons" || indicatorUnit === "count");
}
var PERSONS, COUNT, SCALE;
var init_rowUnit = __esm({
  "src/core/tables/rowUnit.ts"() {
    "use strict";
    init_fold();
    init_units2();
    PERSONS = /^(?:(nghìn|ngàn|triệu)\s+)?(?:người|đảng viên|lao động|lượt người|học sinh|hội viên|đồng chí)(?![\p{L}])/u;
    COUNT = /^(?:(nghìn|ngàn|triệu)\s+)?(?:cái|chiếc|doanh nghiệp|dn|dự án|sản phẩm|tổ chức|tổ chức đảng|tổ chức cơ sở đảng|cơ sở|chỉ tiêu|xã|hộ|cây|công trình|đơn vị|lượt|km|căn|nhà|hợp tác xã|htx)(?![\p{L}])/u;
    SCALE = { ngh\u00ECn: 1e3, ng\u00E0n: 1e3, tri\u1EC7u: 1e6 };
  }
});

// src/core/tables/tableFacts.ts
function hasNumber(text2) {
  return readCellValue(text2) !== null;
}
function isLabel(text2) {
  return (text2.match(new RegExp("\\p{L}", "gu")) ?? []).length >= 3;
}
function titleYear(title, ctx) {
  if (title) {
    const f = fold(title.normalize("NFC"));
    const p = findPeriods(f, findDates(f)).filter((x) => !x.comparison && x.ref.kind !== "TERM");
    const last = p[p.length - 1];
    if (last) {
      const year = last.ref.year ?? ctx?.review?.year;
      return { period: formatPeriod(last.ref, year) ?? void 0, year };
    }
    const y = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(f);
    if (y) return { period: y[1], year: +y[1] };
  }
  if (ctx?.review) return { period: formatPeriod(ctx.review, ctx.review.year) ?? void 0, year: ctx.review.year };
  return {};
}
function titleEntity(title) {
  if (!title) return void 0;
  const t = title.normalize("NFC");
  const m = findEntities(t, fold(t)).find((e) => !e.inTitle);
  return m?.name;
}
function pickIndicator(catalog3, label2, unit) {
  const hits = catalog3.findAliases(fold(label2.normalize("NFC"))).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const ids = hits.flatMap((h) => h.ids);
  const candidates = ids.map((id) => catalog3.get(id)).filter((i) => !!i);
  if (!unit) return candidates[0];
  return candidates.find((i) => fits(unit, i.unit));
}
function locate(text2, label2, table) {
  const fallback = table.start ?? 0;
  if (!text2 || !label2) return { start: fallback, end: fallback };
  const from = table.start ?? 0;
  let at = text2.indexOf(label2, from);
  if (at < 0 || table.end !== void 0 && at >= table.end) at = text2.indexOf(label2);
  return at < 0 ? { start: fallback, end: fallback } : { start: at, end: at + label2.length };
}
function tableFacts(tables, opts) {
  const catalog3 = opts.catalog ?? (defaultCatalog2 ??= Catalog.default());
  const facts = [];
  const warnings = [];
  tables.forEach((given, ti) => {
    let table = given;
    const grid = toGrid(table);
    const where = `table ${ti + 1}${table.sheet ? ` (sheet ${table.sheet})` : ""}${table.title ? ` "${table.title.slice(0, 60)}"` : ""}`;
    if (grid.length < 2) return;
    const width = grid[0].length;
    const isData = (row) => {
      const labelAt = row.findIndex((c) => isLabel(c.text));
      return labelAt >= 0 && row.some((c, i) => i > labelAt && hasNumber(c.text));
    };
    const firstData = grid.findIndex(isData);
    if (firstData <= 0) {
      if (firstData === 0) warnings.push(`${where}: no header row, columns cannot be read`);
      return;
    }
    let top = 0;
    const titles = table.title ? [table.title] : [];
    while (top < firstData - 1) {
      const filled2 = grid[top].filter((c) => c.text.trim());
      if (!filled2.length || filled2.some((c) => c.origin !== filled2[0].origin)) break;
      if (!new RegExp("\\p{L}", "u").test(filled2[0].text)) break;
      titles.push(filled2[0].text.trim());
      top++;
    }
    if (titles.length) table = { ...table, title: titles.join(" ") };
    const headerRows = grid.slice(top, firstData).filter((row) => !row.every((c) => !c.text.trim() || NUMBERING.test(c.text.trim())));
    const cols = [];
    for (let c = 0; c < width; c++) cols.push(readHeader(joinHeader(headerRows.map((r) => r[c].text))));
    let labelCol = cols.findIndex((c) => c.role === "label");
    if (labelCol < 0) {
      const score = (c) => grid.slice(firstData).filter((r) => isLabel(r[c].text) && !hasNumber(r[c].text)).length;
      labelCol = [...Array(width).keys()].filter((c) => cols[c].role !== "unit" && cols[c].role !== "order").sort((a, b) => score(b) - score(a))[0] ?? 0;
      cols[labelCol] = { role: "label", header: cols[labelCol].header };
    }
    const unitCol = cols.findIndex((c) => c.role === "unit");
    const title = titleYear(table.title, opts.context);
    const entity = titleEntity(table.title) ?? opts.entity ?? opts.context?.mainUnit ?? "";
    if (!entity) warnings.push(`${where}: reporting unit unknown: set it with --entity`);
    const periods = cols.map((c) => completePeriod(c, title.year));
    cols.forEach((c, i) => {
      if (c.role !== "value" || periods[i]) return;
      if (c.measure !== "value") {
        for (let j = i - 1; j >= 0; j--) {
          if (cols[j].role === "value" && cols[j].measure === "value" && cols[j].basis !== "plan" && periods[j]) {
            periods[i] = periods[j];
            if (!/ước|th|thực hiện/u.test(fold(c.header))) c.basis = cols[j].basis;
            break;
          }
        }
      }
      periods[i] ??= title.period;
    });
    const unread = cols.filter((c, i) => c.role === "value" && !periods[i]);
    if (unread.length) warnings.push(`${where}: no period for column${unread.length > 1 ? "s" : ""} ${unread.map((c) => `"${c.header}"`).join(", ")}`);
    const convention = tableConvention(grid.slice(firstData).flatMap((row) => row.filter((_c, i) => cols[i].role === "value").map((c) => c.text)));
    let unmatched = 0;
    for (let r = firstData; r < grid.length; r++) {
      const row = grid[r];
      const rawLabel = row[labelCol].text.replace(/\s+/g, " ").trim();
      const label2 = rawLabel.replace(LABEL_PREFIX, "");
      if (!isLabel(label2)) continue;
      const dvt = unitCol >= 0 ? row[unitCol].text : "";
      const unit = readRowUnit(dvt);
      const ind = pickIndicator(catalog3, label2, unit);
      if (!ind) {
        if (row.some((c, i) => i !== labelCol && cols[i].role === "value" && hasNumber(c.text))) unmatched++;
        continue;
      }
      const factor = unit && unit.canonical === ind.unit ? unit.factor : unit?.counted ? unit.factor : 1;
      const span = locate(opts.text, rawLabel, table);
      for (let c = 0; c < width; c++) {
        const col = cols[c];
        const cell = row[c];
        if (col.role !== "value" || !cell.own || !periods[c] || !col.measure || !col.basis) continue;
        const read = readCellValue(cell.text, convention);
        if (!read) continue;
        if (col.measure !== "value" && ind.unit === "%") continue;
        const warn = [...read.warnings];
        let value = read.value;
        if (col.measure === "value") value = round2(value * factor);
        else if (col.measure === "yoy_pct" && !col.signedChange) {
          if (value >= 30) value = round2(value - 100);
          else warn.push(`"${cell.text.trim()}" under "${col.header}" is too small for a ratio to last year: read as the change itself`);
        }
        const address = cell.origin.address ?? (table.sheet !== void 0 ? `${columnLetters(c)}${r + 1}` : void 0);
        const fact = {
          doc: opts.doc,
          entity,
          indicator: ind.id,
          period: periods[c],
          basis: col.basis,
          measure: col.measure,
          value,
          unit: col.measure === "value" ? ind.unit : "%",
          qualifier: null,
          ...col.measure === "pct_of_plan" ? { planRef: null } : {},
          ...warn.length ? { warnings: warn } : {},
          source: {
            start: span.start,
            end: span.end,
            // offsets always slice to the text; the cell's own words travel with its position
            text: opts.text ? opts.text.slice(span.start, span.end) : "",
            cell: {
              quote: `${rawLabel} | ${col.header}: ${cell.text.trim()}`,
              table: ti,
              row: r,
              col: c,
              ...table.sheet !== void 0 ? { sheet: table.sheet } : {},
              ...address ? { address } : {},
              ...table.page !== void 0 ? { page: table.page } : {}
            }
          }
        };
        if (!entity) fact.warnings = [...fact.warnings ?? [], "reporting unit unknown: set it with --entity"];
        facts.push(fact);
      }
    }
    if (unmatched) warnings.push(`${where}: ${unmatched} row${unmatched > 1 ? "s" : ""} with figures name no indicator in the catalog`);
  });
  return { facts, warnings };
}
function round2(v) {
  return Math.round(v * 1e9) / 1e9;
}
var defaultCatalog2, NUMBERING, LABEL_PREFIX;
var init_tableFacts = __esm({
  "src/core/tables/tableFacts.ts"() {
    "use strict";
    init_catalog();
    init_fold();
    init_entities();
    init_period();
    init_grid();
    init_header();
    init_cellValue();
    init_rowUnit();
    NUMBERING = /^\(?(?:\d{1,2}|[A-Za-z])\)?(?:\s*=.*)?$/u;
    LABEL_PREFIX = /^\s*(?:[IVX]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\)|[-–•+*])\s*/u;
  }
});

// src/core/tables/merge.ts
function mergeTableFacts(textFacts, tableFacts2, tables) {
  const inTable = (f) => tables.some((t) => t.start !== void 0 && t.end !== void 0 && f.source.start >= t.start && f.source.start < t.end);
  const prose = textFacts.filter((f) => !inTable(f));
  const byKey = /* @__PURE__ */ new Map();
  for (const f of prose) byKey.set(factKey(f), [...byKey.get(factKey(f)) ?? [], f]);
  const out = [...prose];
  for (const t of tableFacts2) {
    const same = byKey.get(factKey(t)) ?? [];
    if (same.some((p) => Math.abs(p.value - t.value) <= 1e-9 * Math.max(1, Math.abs(t.value)))) continue;
    if (same.length) t.warnings = [...t.warnings ?? [], `the text gives ${same.map((p) => p.value).join(", ")} for the same figure`];
    out.push(t);
  }
  return out;
}
var init_merge = __esm({
  "src/core/tables/merge.ts"() {
    "use strict";
    init_fact();
  }
});

// src/core/tables/index.ts
var init_tables = __esm({
  "src/core/tables/index.ts"() {
    "use strict";
    init_tableFacts();
    init_merge();
    init_grid();
  }
});

// src/cli/sources.ts
async function listFiles(inputs) {
  const files = [];
  const errors = [];
  for (const input of inputs) {
    try {
      const st = await import_node_fs.promises.stat(input);
      if (st.isDirectory()) {
        const names = (await import_node_fs.promises.readdir(input)).sort();
        for (const n of names) {
          const p = import_node_path.default.join(input, n);
          const s = await import_node_fs.promises.stat(p);
          if (s.isFile() && !n.startsWith(".")) files.push(p);
        }
      } else files.push(input);
    } catch {
      errors.push(`${input}: no such file or folder`);
    }
  }
  return { files, errors };
}
function documentFacts(doc, opts) {
  const r = extractFacts(doc.text, { doc: doc.name, entity: opts.entity, date: opts.date });
  if (!doc.tables.length) return { facts: r.facts, warnings: [...doc.notes, ...r.warnings] };
  const t = tableFacts(doc.tables, { doc: doc.name, text: doc.text, entity: opts.entity, context: r.context });
  return { facts: mergeTableFacts(r.facts, t.facts, doc.tables), warnings: [...doc.notes, ...r.warnings, ...t.warnings] };
}
async function extractFile(file, opts) {
  const name = import_node_path.default.basename(file);
  try {
    const st = await import_node_fs.promises.stat(file);
    if (st.size > MAX_BYTES) throw new ReadError(name, `the file is ${(st.size / 1048576).toFixed(0)} MB, over the ${MAX_BYTES / 1048576} MB limit for one report`);
    const bytes = new Uint8Array(await import_node_fs.promises.readFile(file));
    const doc = await readDocument(name, bytes);
    const r = documentFacts(doc, opts);
    return { file, facts: r.facts, warnings: r.warnings };
  } catch (e) {
    const msg = e instanceof ReadError ? e.message : `${name}: ${e.message}`;
    return { file, facts: [], warnings: [], error: msg };
  }
}
var import_node_fs, import_node_path;
var init_sources = __esm({
  "src/cli/sources.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path = __toESM(require("node:path"));
    init_readers();
    init_extract();
    init_tables();
  }
});

// src/core/workbook/factOrder.ts
function sortFacts(facts, indicatorOrder) {
  return [...facts].sort(
    (a, b) => collator.compare(a.entity, b.entity) || indicatorOrder(a.indicator) - indicatorOrder(b.indicator) || cmp(a.indicator, b.indicator) || cmp(a.period, b.period) || BASIS_ORDER.indexOf(a.basis) - BASIS_ORDER.indexOf(b.basis) || MEASURE_ORDER.indexOf(a.measure) - MEASURE_ORDER.indexOf(b.measure) || Number(!!a.derived) - Number(!!b.derived) || (a.warnings?.length ?? 0) - (b.warnings?.length ?? 0) || cmp(a.doc, b.doc) || cmp(a.entity, b.entity) || a.source.start - b.source.start || a.source.end - b.source.end || a.value - b.value
  );
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function rowKeys(sorted) {
  const seen = /* @__PURE__ */ new Map();
  return sorted.map((f) => {
    const k = factKey(f);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}#${n}`;
  });
}
var BASIS_ORDER, MEASURE_ORDER, collator;
var init_factOrder = __esm({
  "src/core/workbook/factOrder.ts"() {
    "use strict";
    init_fact();
    BASIS_ORDER = ["actual", "estimate", "plan"];
    MEASURE_ORDER = ["value", "pct_of_plan", "yoy_pct", "change"];
    collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });
  }
});

// src/core/refresh/diffFacts.ts
function keyedFacts(facts) {
  const sorted = sortFacts(facts, () => 0);
  const keys = rowKeys(sorted);
  return sorted.map((fact, i) => ({ key: keys[i], fact }));
}
function changedFields(a, b) {
  const out = [];
  if (a.value !== b.value) out.push("value");
  if (a.unit !== b.unit) out.push("unit");
  if (a.qualifier !== b.qualifier || a.upper !== b.upper) out.push("qualifier");
  if ((a.planRef ?? null) !== (b.planRef ?? null)) out.push("planRef");
  if ((a.warnings ?? []).join("\n") !== (b.warnings ?? []).join("\n")) out.push("warnings");
  if (quotedWords(a) !== quotedWords(b)) out.push("quote");
  return out;
}
function diffFacts(previousRows, newFacts, failedSources, options = {}) {
  const failedDocs = new Set(failedSources.map((s2) => s2.doc));
  const fresh = keyedFacts(newFacts.filter((f) => !failedDocs.has(f.doc)));
  const read = /* @__PURE__ */ new Set([...options.readSources ?? [], ...fresh.map((k) => k.fact.doc)]);
  const prev = new Map(previousRows.filter((r) => r.fact).map((r) => [r.key, r]));
  const freshKeys = new Set(fresh.map((k) => k.key));
  const s = {
    sources: [...read].sort(),
    failed: [...failedSources],
    added: [],
    changed: [],
    removed: [],
    stale: [],
    conflicts: [],
    recovered: [],
    unchanged: 0
  };
  for (const { key, fact } of fresh) {
    const p = prev.get(key);
    if (!p) {
      s.added.push({ key, fact });
      continue;
    }
    const fields = changedFields(p.fact, fact);
    if (fields.length) s.changed.push({ key, before: p.fact, after: fact, fields });
    else s.unchanged++;
    if (hasOverride(p)) {
      const base = p.overrideBase ?? p.fact.value;
      const wasInConflict = p.overrideBase !== void 0 && p.overrideBase !== p.fact.value;
      if (base !== fact.value && !wasInConflict) s.conflicts.push({ key, fact, override: p.override, base, now: fact.value });
    }
  }
  const recovered = /* @__PURE__ */ new Set();
  for (const p of prev.values()) {
    if (freshKeys.has(p.key)) continue;
    const fact = p.fact;
    if (failedDocs.has(fact.doc)) {
      s.stale.push({ key: p.key, fact });
      continue;
    }
    const kept = hasOverride(p) || hasUserCells(p);
    if (p.status === "removed" && kept) continue;
    s.removed.push({ key: p.key, fact, kept, notRefreshed: !read.has(fact.doc) });
  }
  for (const p of prev.values()) if (p.status === "source_failed" && read.has(p.fact.doc)) recovered.add(p.fact.doc);
  s.recovered = [...recovered].sort();
  return s;
}
function isUnchanged(s) {
  return !s.failed.length && !s.added.length && !s.changed.length && !s.removed.length && !s.conflicts.length && !s.recovered.length;
}
var hasOverride, hasUserCells;
var init_diffFacts = __esm({
  "src/core/refresh/diffFacts.ts"() {
    "use strict";
    init_fact();
    init_factOrder();
    hasOverride = (r) => r.override !== void 0 && r.override !== null && r.override !== "";
    hasUserCells = (r) => r.user.some((v) => v !== void 0 && v !== null && v !== "");
  }
});

// src/core/refresh/formatSummary.ts
function label(f, lang) {
  catalog ??= Catalog.default();
  const ind = catalog.get(f.indicator);
  const name = ind ? lang === "vi" ? ind.vi : ind.en : f.indicator;
  const w = WORDS[lang];
  const kind = [f.basis === "actual" ? "" : w[f.basis], f.measure === "value" ? "" : w[f.measure]].filter(Boolean).join(", ");
  return `${f.entity} \xB7 ${name} \xB7 ${f.period}${kind ? ` (${kind})` : ""}`;
}
function countsLine(s, lang) {
  return lang === "vi" ? `${s.added.length} th\xEAm, ${s.changed.length} thay \u0111\u1ED5i, ${s.removed.length} b\u1ECF, ${s.conflicts.length} ghi \u0111\xE8 c\u1EA7n xem l\u1EA1i, ${s.failed.length} ngu\u1ED3n l\u1ED7i, ${s.unchanged} gi\u1EEF nguy\xEAn` : `${s.added.length} added, ${s.changed.length} changed, ${s.removed.length} removed, ${s.conflicts.length} overrides to review, ${s.failed.length} sources failed, ${s.unchanged} unchanged`;
}
function formatSummary(s, lang, max = 5) {
  const vi = lang === "vi";
  if (isUnchanged(s)) {
    return [vi ? `Kh\xF4ng c\xF3 thay \u0111\u1ED5i: ${s.unchanged} s\u1ED1 li\u1EC7u gi\u1EEF nguy\xEAn.` : `No changes: ${s.unchanged} facts as they were.`];
  }
  const out = [countsLine(s, lang)];
  const some = (xs, line) => {
    xs.slice(0, max).forEach((x) => out.push(`  ${line(x)}`));
    if (xs.length > max) out.push(vi ? `  \u2026 v\xE0 ${xs.length - max} n\u1EEFa` : `  \u2026 and ${xs.length - max} more`);
  };
  some(s.added, (a) => `+ ${label(a.fact, lang)}: ${fmt(a.fact.value)} ${unitOf(a.fact, lang)}`.trimEnd());
  some(s.changed, (c) => `~ ${label(c.after, lang)}: ${fmt(c.before.value)} \u2192 ${fmt(c.after.value)}${c.fields.some((f) => f !== "value") ? ` (${c.fields.join(", ")})` : ""}`);
  some(s.removed, (r) => `- ${label(r.fact, lang)}: ${fmt(r.fact.value)}${r.kept ? vi ? " (gi\u1EEF d\xF2ng: c\xF3 ghi \u0111\xE8/c\u1ED9t ri\xEAng)" : " (row kept: override/user cells)" : ""}`);
  some(s.conflicts, (c) => `! ${label(c.fact, lang)}: ${vi ? "ghi \u0111\xE8" : "override"} ${String(c.override)} ${vi ? "l\xE0m tr\xEAn" : "made on"} ${fmt(c.base)}, ${vi ? "nay ngu\u1ED3n l\xE0" : "source now"} ${fmt(c.now)}`);
  for (const f of s.failed) {
    const n = s.stale.filter((x) => x.fact.doc === f.doc).length;
    out.push(vi ? `  \u2717 Ngu\u1ED3n l\u1ED7i ${f.doc}: ${f.reason} \u2014 gi\u1EEF ${n} s\u1ED1 li\u1EC7u c\u0169` : `  \u2717 Source failed ${f.doc}: ${f.reason} \u2014 ${n} earlier facts kept`);
  }
  for (const d of s.recovered) out.push(vi ? `  \u2713 ${d} \u0111\u1ECDc l\u1EA1i \u0111\u01B0\u1EE3c` : `  \u2713 ${d} readable again`);
  return out;
}
var fmt, WORDS, catalog, unitOf, UNIT_VI;
var init_formatSummary = __esm({
  "src/core/refresh/formatSummary.ts"() {
    "use strict";
    init_catalog();
    init_diffFacts();
    fmt = (n) => String(Math.round(n * 1e6) / 1e6);
    WORDS = {
      vi: { estimate: "\u01B0\u1EDBc", plan: "k\u1EBF ho\u1EA1ch", pct_of_plan: "% k\u1EBF ho\u1EA1ch", yoy_pct: "% so c\xF9ng k\u1EF3", change: "thay \u0111\u1ED5i" },
      en: { estimate: "estimate", plan: "plan", pct_of_plan: "% of plan", yoy_pct: "% vs same period", change: "change" }
    };
    unitOf = (f, lang) => lang === "vi" ? UNIT_VI[f.unit] ?? f.unit : f.unit;
    UNIT_VI = { "bn VND": "t\u1EF7 \u0111\u1ED3ng", "mn USD": "tri\u1EC7u USD", "mn VND/person/year": "tri\u1EC7u \u0111\u1ED3ng/ng\u01B0\u1EDDi/n\u0103m", persons: "ng\u01B0\u1EDDi", count: "", "%": "%", ha: "ha" };
  }
});

// src/core/workbook/labels.ts
var LABELS;
var init_labels = __esm({
  "src/core/workbook/labels.ts"() {
    "use strict";
    LABELS = {
      vi: {
        sheets: { data: "D\u1EEF li\u1EC7u", compare: "So s\xE1nh", summary: "T\u1ED5ng h\u1EE3p", lists: "Danh m\u1EE5c", log: "Nh\u1EADt k\xFD" },
        basis: { actual: "Th\u1EF1c hi\u1EC7n", estimate: "\u01AF\u1EDBc", plan: "K\u1EBF ho\u1EA1ch" },
        measure: { value: "Gi\xE1 tr\u1ECB", pct_of_plan: "% k\u1EBF ho\u1EA1ch", yoy_pct: "% so c\xF9ng k\u1EF3", change: "Thay \u0111\u1ED5i" },
        qualifier: { approx: "kho\u1EA3ng", over: "tr\xEAn", under: "d\u01B0\u1EDBi", range: "kho\u1EA3ng gi\u1EEFa" },
        derived: "Suy ra",
        data: {
          entity: "\u0110\u01A1n v\u1ECB",
          indicatorId: "M\xE3 ch\u1EC9 ti\xEAu",
          indicator: "Ch\u1EC9 ti\xEAu",
          period: "K\u1EF3",
          basis: "C\u01A1 s\u1EDF",
          measure: "Lo\u1EA1i s\u1ED1",
          value: "Gi\xE1 tr\u1ECB",
          unit: "\u0110\u01A1n v\u1ECB t\xEDnh",
          qualifier: "\u0110\u1ECBnh t\xEDnh",
          warning: "C\u1EA3nh b\xE1o",
          derived: "Suy ra",
          doc: "T\xE0i li\u1EC7u",
          quote: "Tr\xEDch d\u1EABn",
          factKey: "Kh\xF3a",
          override: "Ghi \u0111\xE8",
          valueUsed: "Gi\xE1 tr\u1ECB d\xF9ng",
          lookupKey: "Kh\xF3a tra c\u1EE9u",
          group: "Nh\xF3m t\u1ED5ng h\u1EE3p",
          plan: "K\u1EBF ho\u1EA1ch (tra)",
          met: "\u0110\u1EA1t KH (1/0)",
          groupValue: "Nh\xF3m|gi\xE1 tr\u1ECB",
          review: "C\u1EA7n xem l\u1EA1i",
          status: "Tr\u1EA1ng th\xE1i",
          unitCompared: "\u0110\u01A1n v\u1ECB so s\xE1nh",
          overrideBase: "Gi\xE1 tr\u1ECB khi ghi \u0111\xE8",
          factJson: "S\u1ED1 li\u1EC7u (JSON)"
        },
        duplicateWarning: "tr\xF9ng s\u1ED1 li\u1EC7u: b\u1EA3ng so s\xE1nh d\xF9ng d\xF2ng \u0111\u1EA7u ti\xEAn",
        status: { sourceFailed: "Ngu\u1ED3n l\u1ED7i", removed: "Kh\xF4ng c\xF2n trong ngu\u1ED3n", aggregate: "C\u1ED9ng \u0111\u01A1n v\u1ECB m\u1EDBi" },
        reviewFlag: "C\u1EA7n xem l\u1EA1i",
        merger: {
          doc: "C\u1ED9ng theo \u0111\u01A1n v\u1ECB m\u1EDBi (NQ 202/2025/QH15)",
          sumOf: "c\u1ED9ng t\u1EEB",
          valueNote: (unit, parts) => `${unit} t\u1EEB 1/7/2025 g\u1ED3m ${parts.join(", ")} (Ngh\u1ECB quy\u1EBFt 202/2025/QH15). S\u1ED1 n\xE0y l\xE0 c\xF4ng th\u1EE9c c\u1ED9ng c\u1ED9t "Gi\xE1 tr\u1ECB d\xF9ng" c\u1EE7a c\xE1c d\xF2ng ${parts.join(", ")} (theo Kh\xF3a), n\xEAn \u0111i theo m\u1ECDi ghi \u0111\xE8 c\u1EE7a c\xE1c d\xF2ng \u0111\xF3. Ch\u1EC9 c\u1ED9ng khi m\u1ECDi t\u1EC9nh c\u0169 \u0111\u1EC1u c\xF3 s\u1ED1.`,
          headerSum: '\u0110\u01A1n v\u1ECB m\u1EDBi: v\u1EDBi k\u1EF3 tr\u01B0\u1EDBc 1/7/2025, s\u1ED1 c\u1EE7a \u0111\u01A1n v\u1ECB \u0111\xE3 s\xE1p nh\u1EADp l\xE0 t\u1ED5ng c\xE1c t\u1EC9nh c\u0169 (d\xF2ng "C\u1ED9ng \u0111\u01A1n v\u1ECB m\u1EDBi" \u1EDF D\u1EEF li\u1EC7u), ch\u1EC9 khi m\u1ECDi t\u1EC9nh c\u0169 \u0111\u1EC1u c\xF3 s\u1ED1; thi\u1EBFu m\u1ED9t t\u1EC9nh th\xEC \u0111\u1EC3 tr\u1ED1ng.',
          headerRate: "\u0110\u01A1n v\u1ECB m\u1EDBi: ch\u1EC9 ti\xEAu t\u1EF7 l\u1EC7/b\xECnh qu\xE2n kh\xF4ng c\u1ED9ng \u0111\u01B0\u1EE3c; v\u1EDBi k\u1EF3 tr\u01B0\u1EDBc 1/7/2025 \u0111\u1EC3 tr\u1ED1ng cho \u0111\u01A1n v\u1ECB \u0111\xE3 s\xE1p nh\u1EADp v\xEC kh\xF4ng c\xF3 tr\u1ECDng s\u1ED1 (d\xE2n s\u1ED1, lao \u0111\u1ED9ng\u2026) \u0111\u1EC3 l\u1EA5y b\xECnh qu\xE2n.",
          viewNote: "Xem theo 34 \u0111\u01A1n v\u1ECB m\u1EDBi (t\u1EEB 1/7/2025, Ngh\u1ECB quy\u1EBFt 202/2025/QH15): s\u1ED1 b\xE1o c\xE1o sau 1/7/2025 c\u1EE7a t\u1EC9nh c\u0169 \u0111\u01B0\u1EE3c t\xEDnh cho \u0111\u01A1n v\u1ECB m\u1EDBi; s\u1ED1 tr\u01B0\u1EDBc \u0111\xF3 c\u1EE7a t\u1EC9nh \u0111\xE3 s\xE1p nh\u1EADp \u0111\u01B0\u1EE3c c\u1ED9ng n\u1EBFu c\u1ED9ng \u0111\u01B0\u1EE3c, t\u1EF7 l\u1EC7 \u0111\u1EC3 tr\u1ED1ng."
        },
        log: {
          title: "Nh\u1EADt k\xFD l\xE0m m\u1EDBi",
          at: "Th\u1EDDi \u0111i\u1EC3m",
          kind: "Lo\u1EA1i",
          source: "Ngu\u1ED3n",
          key: "Kh\xF3a",
          entity: "\u0110\u01A1n v\u1ECB",
          indicator: "Ch\u1EC9 ti\xEAu",
          period: "K\u1EF3",
          old: "C\u0169",
          new: "M\u1EDBi",
          detail: "Ghi ch\xFA",
          kinds: { refresh: "L\xE0m m\u1EDBi", added: "Th\xEAm", changed: "Thay \u0111\u1ED5i", removed: "B\u1ECF", conflict: "Ghi \u0111\xE8 c\u1EA7n xem l\u1EA1i", failed: "Ngu\u1ED3n l\u1ED7i" }
        },
        compare: {
          title: "So s\xE1nh gi\u1EEFa c\xE1c \u0111\u01A1n v\u1ECB",
          period: "K\u1EF3",
          chartIndicator: "Ch\u1EC9 ti\xEAu v\u1EBD bi\u1EC3u \u0111\u1ED3",
          entity: "\u0110\u01A1n v\u1ECB",
          plan: "K\u1EBF ho\u1EA1ch",
          planSource: "Ngu\u1ED3n KH",
          actual: "Th\u1EF1c hi\u1EC7n",
          pctOfPlan: "% KH",
          status: "\u0110\xE1nh gi\xE1",
          rank: "X\u1EBFp h\u1EA1ng",
          reported: "B\xE1o c\xE1o",
          met: "\u0110\u1EA1t",
          missed: "Kh\xF4ng \u0111\u1EA1t",
          chartTitle: "K\u1EBF ho\u1EA1ch v\xE0 th\u1EF1c hi\u1EC7n",
          chartEntity: "\u0110\u01A1n v\u1ECB",
          chartNote: "Bi\u1EC3u \u0111\u1ED3 c\u1ED9t (k\u1EBF ho\u1EA1ch, th\u1EF1c hi\u1EC7n) c\u1EE7a b\u1EA3ng b\xEAn: t\u1EC7p n\xE0y \u0111\u01B0\u1EE3c ghi kh\xF4ng k\xE8m bi\u1EC3u \u0111\u1ED3; ch\u1ECDn b\u1EA3ng v\xE0 Ch\xE8n > Bi\u1EC3u \u0111\u1ED3 c\u1ED9t, ho\u1EB7c d\xF9ng add-in \u0111\u1EC3 v\u1EBD.",
          hint: "Ch\u1ECDn k\u1EF3 trong \xF4 m\xE0u v\xE0ng. Th\u1EF1c hi\u1EC7n = s\u1ED1 th\u1EF1c hi\u1EC7n, n\u1EBFu kh\xF4ng c\xF3 th\xEC s\u1ED1 \u01B0\u1EDBc. K\u1EBF ho\u1EA1ch suy ra = th\u1EF1c hi\u1EC7n \xF7 % k\u1EBF ho\u1EA1ch."
        },
        summary: {
          title: "T\u1ED5ng h\u1EE3p theo ch\u1EC9 ti\xEAu v\xE0 k\u1EF3",
          indicatorId: "M\xE3 ch\u1EC9 ti\xEAu",
          indicator: "Ch\u1EC9 ti\xEAu",
          period: "K\u1EF3",
          unit: "\u0110\u01A1n v\u1ECB t\xEDnh",
          units: "S\u1ED1 \u0111\u01A1n v\u1ECB b\xE1o c\xE1o",
          sum: "T\u1ED5ng",
          min: "Nh\u1ECF nh\u1EA5t",
          minUnit: "\u0110\u01A1n v\u1ECB nh\u1ECF nh\u1EA5t",
          max: "L\u1EDBn nh\u1EA5t",
          maxUnit: "\u0110\u01A1n v\u1ECB l\u1EDBn nh\u1EA5t",
          mean: "Trung b\xECnh",
          withPlan: "S\u1ED1 \u0111\u01A1n v\u1ECB c\xF3 KH",
          met: "S\u1ED1 \u0111\u01A1n v\u1ECB \u0111\u1EA1t KH",
          note: "S\u1ED1 li\u1EC7u: th\u1EF1c hi\u1EC7n, n\u1EBFu kh\xF4ng c\xF3 th\xEC \u01B0\u1EDBc, m\u1ED9t s\u1ED1 m\u1ED7i \u0111\u01A1n v\u1ECB. T\u1ED5ng ch\u1EC9 cho ch\u1EC9 ti\xEAu c\u1ED9ng \u0111\u01B0\u1EE3c. Trung b\xECnh kh\xF4ng tr\u1ECDng s\u1ED1."
        },
        lists: {
          periods: "K\u1EF3",
          indicatorId: "M\xE3 ch\u1EC9 ti\xEAu",
          indicator: "Ch\u1EC9 ti\xEAu",
          direction: "H\u01B0\u1EDBng t\u1ED1t",
          aggregate: "T\u1ED5ng h\u1EE3p",
          higher: "cao h\u01A1n",
          lower: "th\u1EA5p h\u01A1n",
          notes: "Ghi ch\xFA",
          facts: "S\u1ED1 d\xF2ng d\u1EEF li\u1EC7u"
        }
      },
      en: {
        sheets: { data: "Data", compare: "Comparison", summary: "Summary", lists: "Lists", log: "Log" },
        basis: { actual: "Actual", estimate: "Estimate", plan: "Plan" },
        measure: { value: "Value", pct_of_plan: "% of plan", yoy_pct: "% YoY", change: "Change" },
        qualifier: { approx: "about", over: "over", under: "under", range: "range" },
        derived: "Derived",
        data: {
          entity: "Unit",
          indicatorId: "Indicator id",
          indicator: "Indicator",
          period: "Period",
          basis: "Basis",
          measure: "Measure",
          value: "Value",
          unit: "Unit of measure",
          qualifier: "Qualifier",
          warning: "Warning",
          derived: "Derived",
          doc: "Document",
          quote: "Quote",
          factKey: "Key",
          override: "Override",
          valueUsed: "Value used",
          lookupKey: "Lookup key",
          group: "Summary group",
          plan: "Plan (looked up)",
          met: "Met plan (1/0)",
          groupValue: "Group|value",
          review: "Needs review",
          status: "Status",
          unitCompared: "Unit compared",
          overrideBase: "Value when overridden",
          factJson: "Fact (JSON)"
        },
        duplicateWarning: "duplicate figure: the comparison uses the first row",
        status: { sourceFailed: "source failed", removed: "no longer in source", aggregate: "new-unit sum" },
        reviewFlag: "Needs review",
        merger: {
          doc: "Summed by new unit (Resolution 202/2025/QH15)",
          sumOf: "sum of",
          valueNote: (unit, parts) => `${unit} from 1 July 2025 is made of ${parts.join(", ")} (Resolution 202/2025/QH15). This figure is a formula adding the "Value used" of the rows of ${parts.join(", ")} (by key), so it follows their overrides. Summed only when every old unit reported.`,
          headerSum: `New units: for periods before 1 July 2025 a merged unit's figure is the sum of its old units ("new-unit sum" rows in Data), only when every old unit reported; otherwise blank.`,
          headerRate: "New units: rates and averages cannot be added up; before 1 July 2025 they are left blank for merged units because no weights (population, labour force\u2026) are available.",
          viewNote: "Compared by the 34 new units (from 1 July 2025, Resolution 202/2025/QH15): figures an old unit reported after 1 July 2025 count for its new unit; earlier figures of merged units are summed where additive, rates left blank."
        },
        log: {
          title: "Refresh log",
          at: "When",
          kind: "Kind",
          source: "Source",
          key: "Key",
          entity: "Unit",
          indicator: "Indicator",
          period: "Period",
          old: "Old",
          new: "New",
          detail: "Detail",
          kinds: { refresh: "Refresh", added: "Added", changed: "Changed", removed: "Removed", conflict: "Override to review", failed: "Source failed" }
        },
        compare: {
          title: "Comparison between units",
          period: "Period",
          chartIndicator: "Indicator to chart",
          entity: "Unit",
          plan: "Plan",
          planSource: "Plan source",
          actual: "Actual",
          pctOfPlan: "% of plan",
          status: "Status",
          rank: "Rank",
          reported: "Reported",
          met: "Met",
          missed: "Missed",
          chartTitle: "Plan and actual",
          chartEntity: "Unit",
          chartNote: "Column chart (plan, actual) of the table beside: this file was written without the chart; select the table and Insert > Column chart, or use the add-in to draw it.",
          hint: "Pick the period in the yellow cell. Actual = actual figure, else the estimate. Derived plan = actual \xF7 % of plan."
        },
        summary: {
          title: "Summary by indicator and period",
          indicatorId: "Indicator id",
          indicator: "Indicator",
          period: "Period",
          unit: "Unit of measure",
          units: "Units reporting",
          sum: "Total",
          min: "Min",
          minUnit: "Unit with min",
          max: "Max",
          maxUnit: "Unit with max",
          mean: "Mean",
          withPlan: "Units with plan",
          met: "Units meeting plan",
          note: "Figures: actual, else estimate, one per unit. Totals only for additive indicators. Unweighted mean."
        },
        lists: {
          periods: "Period",
          indicatorId: "Indicator id",
          indicator: "Indicator",
          direction: "Better when",
          aggregate: "Aggregate",
          higher: "higher",
          lower: "lower",
          notes: "Notes",
          facts: "Data rows"
        }
      }
    };
  }
});

// src/core/refresh/logEntries.ts
function logEntries(s, at, lang) {
  const L = LABELS[lang];
  const K = L.log.kinds;
  const what = (f) => `${L.basis[f.basis]} \xB7 ${L.measure[f.measure]}${f.derived ? ` \xB7 ${L.derived}` : ""}`;
  const row = (kind, f, key, old, now, detail) => [at, kind, f.doc, key, f.entity, f.indicator, f.period, old, now, detail ? `${what(f)}; ${detail}` : what(f)];
  const out = [[at, K.refresh, s.sources.join(", "), null, null, null, null, null, null, countsLine(s, lang)]];
  for (const { key, fact } of s.added) out.push(row(K.added, fact, key, null, fact.value, ""));
  for (const c of s.changed) {
    const other = c.fields.filter((f) => f !== "value");
    out.push(row(K.changed, c.after, c.key, c.before.value, c.after.value, other.length ? `${lang === "vi" ? "\u0111\u1ED5i" : "changed"}: ${other.join(", ")}` : ""));
  }
  for (const r of s.removed) {
    const why = [
      r.notRefreshed ? lang === "vi" ? "ngu\u1ED3n kh\xF4ng c\xF3 trong l\u1EA7n l\xE0m m\u1EDBi n\xE0y" : "source not in this refresh" : "",
      r.kept ? lang === "vi" ? "gi\u1EEF d\xF2ng v\xEC c\xF3 ghi \u0111\xE8/c\u1ED9t c\u1EE7a ng\u01B0\u1EDDi d\xF9ng" : "row kept: it holds an override or user cells" : ""
    ].filter(Boolean).join("; ");
    out.push(row(K.removed, r.fact, r.key, r.fact.value, null, why));
  }
  for (const c of s.conflicts) {
    out.push(row(K.conflict, c.fact, c.key, c.base, c.now, `${lang === "vi" ? "ghi \u0111\xE8" : "override"} ${String(c.override)}`));
  }
  for (const f of s.failed) {
    const n = s.stale.filter((x) => x.fact.doc === f.doc).length;
    const kept = lang === "vi" ? `gi\u1EEF ${n} s\u1ED1 li\u1EC7u c\u0169, \u0111\xE1nh d\u1EA5u "${L.status.sourceFailed}"` : `${n} earlier facts kept, marked "${L.status.sourceFailed}"`;
    out.push([at, K.failed, f.doc, null, null, null, null, null, null, `${f.reason}; ${kept}`]);
  }
  for (const doc of s.recovered) {
    out.push([at, K.refresh, doc, null, null, null, null, null, null, lang === "vi" ? "ngu\u1ED3n \u0111\u1ECDc l\u1EA1i \u0111\u01B0\u1EE3c" : "source readable again"]);
  }
  return out;
}
var init_logEntries = __esm({
  "src/core/refresh/logEntries.ts"() {
    "use strict";
    init_labels();
    init_formatSummary();
  }
});

// src/core/refresh/mergeRefresh.ts
function mergeRefresh(previous, newFacts, failedSources, options) {
  const prevRows = previous?.rows ?? [];
  const summary = diffFacts(prevRows, newFacts, failedSources, { readSources: options.readSources });
  const stale = new Set(summary.stale.map((s) => s.key));
  const removedNow = new Map(summary.removed.filter((r) => r.kept).map((r) => [r.key, r.fact]));
  const freshKeys = new Set(keyedFacts(newFacts).map((k) => k.key));
  const keptEarlier = prevRows.filter((r) => r.fact && r.status === "removed" && !freshKeys.has(r.key) && !stale.has(r.key) && !removedNow.has(r.key) && (filled(r.override) || r.user.some(filled)));
  const facts = [
    ...newFacts.filter((f) => !failedSources.some((s) => s.doc === f.doc)),
    ...summary.stale.map((s) => s.fact),
    ...removedNow.values(),
    ...keptEarlier.map((r) => r.fact)
  ];
  const rows = {};
  for (const r of prevRows) {
    const st = {};
    if (filled(r.override)) {
      st.override = r.override;
      const base = r.overrideBase ?? r.fact?.value;
      if (base !== void 0) st.overrideBase = base;
    }
    if (stale.has(r.key)) st.status = "source_failed";
    else if (removedNow.has(r.key) || keptEarlier.includes(r)) st.status = "removed";
    if (r.user.some(filled)) st.user = r.user;
    if (Object.keys(st).length) rows[r.key] = st;
  }
  const log = [...previous?.log ?? []];
  if (!isUnchanged(summary)) log.push(...logEntries(summary, options.now, options.lang));
  return { facts, refresh: { rows, userColumns: previous?.userColumns ?? [], log }, summary };
}
var filled;
var init_mergeRefresh = __esm({
  "src/core/refresh/mergeRefresh.ts"() {
    "use strict";
    init_diffFacts();
    init_logEntries();
    filled = (v) => v !== void 0 && v !== null && v !== "";
  }
});

// src/core/workbook/address.ts
function colLetter(col) {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
function a1(row, col) {
  return `${colLetter(col)}${row + 1}`;
}
function absA1(row, col) {
  return `$${colLetter(col)}$${row + 1}`;
}
function range(r1, c1, r2, c2) {
  return `${a1(r1, c1)}:${a1(r2, c2)}`;
}
function sheetRef(sheet, ref) {
  return `'${sheet.replace(/'/g, "''")}'!${ref}`;
}
function absRange(sheet, r1, c1, r2, c2) {
  return sheetRef(sheet, `${absA1(r1, c1)}:${absA1(r2, c2)}`);
}
function str(s) {
  return `"${s.replace(/"/g, '""')}"`;
}
var init_address = __esm({
  "src/core/workbook/address.ts"() {
    "use strict";
  }
});

// src/core/workbook/catalog.ts
function indicatorName(ind, id, lang) {
  if (!ind) return id;
  return lang === "vi" ? ind.vi : ind.en;
}
var init_catalog2 = __esm({
  "src/core/workbook/catalog.ts"() {
    "use strict";
  }
});

// src/core/workbook/names.ts
var N;
var init_names = __esm({
  "src/core/workbook/names.ts"() {
    "use strict";
    N = {
      entity: "CT_Entity",
      indicator: "CT_Indicator",
      period: "CT_Period",
      basis: "CT_Basis",
      measure: "CT_Measure",
      /** The "value used" column: the override where one is filled in, else the reported value. */
      value: "CT_Value",
      key: "CT_Key",
      /** The row key column: one row's identity, which new-unit sums add up by. */
      factKey: "CT_FactKey",
      group: "CT_Group",
      plan: "CT_Plan",
      met: "CT_Met",
      groupValue: "CT_GroupValue",
      periods: "CT_Periods",
      indicatorIds: "CT_IndicatorIds",
      directions: "CT_Directions",
      chartNames: "CT_ChartIndicators",
      chartIds: "CT_ChartIndicatorIds",
      selPeriod: "CT_SelPeriod",
      chartId: "CT_ChartIndicatorId"
    };
  }
});

// src/core/workbook/styles.ts
function fmtForUnit(unit) {
  switch (unit) {
    case "%":
      return '0.00"%"';
    case "persons":
    case "count":
      return FMT_INT;
    default:
      return "#,##0.0";
  }
}
var STYLES, FMT_PCT, FMT_INT, FMT_RANK;
var init_styles = __esm({
  "src/core/workbook/styles.ts"() {
    "use strict";
    STYLES = {
      title: { bold: true, fontSize: 14 },
      header: { bold: true, fill: "DDEBF7", wrap: true },
      helperHeader: { bold: true, italic: true, color: "7F7F7F", fill: "F2F2F2" },
      helper: { italic: true, color: "7F7F7F" },
      input: { fill: "FFF2CC", bold: true },
      note: { italic: true, color: "595959" },
      good: { color: "006100", fill: "C6EFCE" },
      bad: { color: "9C0006", fill: "FFC7CE" },
      derived: { italic: true, color: "1F4E79", fill: "EAF1FB" },
      overridden: { bold: true, fill: "FFE699" },
      review: { bold: true, color: "9C0006", fill: "FFC7CE" },
      stale: { italic: true, color: "7F6000", fill: "FFEB9C" },
      logHeader: { bold: true, fill: "E2EFDA" }
    };
    FMT_PCT = '0.0"%"';
    FMT_INT = "#,##0";
    FMT_RANK = "0";
  }
});

// src/core/workbook/dataSheet.ts
function dataHeaders(L) {
  const H = L.data;
  return [
    H.entity,
    H.indicatorId,
    H.indicator,
    H.period,
    H.basis,
    H.measure,
    H.value,
    H.unit,
    H.qualifier,
    H.warning,
    H.derived,
    H.doc,
    H.quote,
    H.factKey,
    H.override,
    H.valueUsed,
    H.review,
    H.status,
    H.unitCompared,
    H.overrideBase,
    H.factJson,
    H.lookupKey,
    H.group,
    H.plan,
    H.met,
    H.groupValue
  ];
}
function buildDataSheet(ctx) {
  const { L } = ctx;
  const name = L.sheets.data;
  const headers = dataHeaders(L);
  const userCols = ctx.refresh.userColumns;
  const headerRow = [
    ...headers.map((h, c) => ({ v: h, text: true, s: c >= DC.overrideBase ? "helperHeader" : "header" })),
    ...userCols.map((h) => ({ v: h, text: true }))
  ];
  const specs = [
    ...ctx.facts.map((f, i) => factSpec(ctx, f, i)),
    ...ctx.aggregates.map((a) => aggregateSpec(ctx, a))
  ];
  const rows = specs.map((spec, i) => dataRow(ctx, spec, i + 1, ctx.refresh.rows[spec.key] ?? {}));
  if (rows.length === 0) rows.push(Array.from({ length: NCOLS }, () => ({})));
  const last = rows.length;
  const col = (c) => absRange(name, 1, c, last, c);
  const names = [
    { name: N.entity, ref: col(DC.unitCompared) },
    { name: N.indicator, ref: col(DC.indicatorId) },
    { name: N.period, ref: col(DC.period) },
    { name: N.basis, ref: col(DC.basis) },
    { name: N.measure, ref: col(DC.measure) },
    { name: N.value, ref: col(DC.valueUsed) },
    { name: N.key, ref: col(DC.lookupKey) },
    { name: N.factKey, ref: col(DC.factKey) },
    { name: N.group, ref: col(DC.group) },
    { name: N.plan, ref: col(DC.plan) },
    { name: N.met, ref: col(DC.met) },
    { name: N.groupValue, ref: col(DC.groupValue) }
  ];
  const body = range(1, 0, last, NCOLS - 1);
  const sheet = {
    key: "data",
    name,
    blocks: [{ row: 0, col: 0, cells: [headerRow, ...rows] }],
    columns: [
      ...WIDTHS.map((width, index) => ({ index, width, ...index >= HIDDEN_FROM ? { hidden: true } : {} })),
      ...userCols.map((_, i) => ({ index: NCOLS + i, width: USER_WIDTH }))
    ],
    freeze: { rows: 1, cols: 1 },
    tables: [{ name: DATA_TABLE, ref: range(0, 0, last, NCOLS - 1), headerRow: true, style: "TableStyleLight9" }],
    validations: [
      { ref: range(1, DC.basis, last, DC.basis), list: Object.values(L.basis) },
      { ref: range(1, DC.measure, last, DC.measure), list: Object.values(L.measure) }
    ],
    conditionalFormats: [
      { ref: body, rules: [
        { formula: `$${colLetter(DC.review)}2<>""`, style: "review" },
        { formula: `$${colLetter(DC.status)}2=${str(L.status.sourceFailed)}`, style: "stale" },
        { formula: `$${colLetter(DC.derived)}2<>""`, style: "derived" }
      ] },
      { ref: range(1, DC.override, last, DC.valueUsed), rules: [{ formula: `$${colLetter(DC.override)}2<>""`, style: "overridden" }] }
    ],
    charts: []
  };
  return { sheet, names };
}
function factSpec(ctx, f, i) {
  const { L } = ctx;
  const key = ctx.keys[i];
  const state = ctx.refresh.rows[key];
  const fmt2 = f.measure === "pct_of_plan" || f.measure === "yoy_pct" ? FMT_PCT : fmtForUnit(f.unit);
  return {
    key,
    entity: f.entity,
    indicator: f.indicator,
    period: f.period,
    basis: L.basis[f.basis],
    measure: L.measure[f.measure],
    value: { v: f.value, fmt: fmt2 },
    unit: f.unit,
    qualifier: f.qualifier ? L.qualifier[f.qualifier] + (f.upper !== void 0 ? ` \u2013 ${f.upper}` : "") : "",
    warnings: [...f.warnings ?? [], ...ctx.duplicates.has(i) ? [L.duplicateWarning] : []],
    derived: !!f.derived,
    doc: f.doc,
    quote: quotedWords(f),
    unitCompared: ctx.units[i],
    status: state?.status === "source_failed" ? L.status.sourceFailed : state?.status === "removed" ? L.status.removed : "",
    json: JSON.stringify(toJsonFact(f)),
    fmt: fmt2
  };
}
function aggregateSpec(ctx, a) {
  const { L } = ctx;
  const fmt2 = fmtForUnit(a.unitOfMeasure);
  const names = a.parts.map((p) => p.entity);
  const sum = a.parts.map((p) => `INDEX(${N.value},MATCH(${str(p.key)},${N.factKey},0))`).join("+");
  return {
    key: a.key,
    entity: a.unit,
    indicator: a.indicator,
    period: a.period,
    basis: L.basis[a.basis],
    measure: L.measure.value,
    value: { f: sum, fmt: fmt2, note: L.merger.valueNote(a.unit, names) },
    unit: a.unitOfMeasure,
    qualifier: "",
    warnings: [`${L.merger.sumOf}: ${names.join(", ")}`],
    derived: false,
    doc: L.merger.doc,
    quote: "",
    unitCompared: a.unit,
    status: L.status.aggregate,
    json: "",
    fmt: fmt2
  };
}
function dataRow(ctx, spec, row, state) {
  const { L } = ctx;
  const R = row + 1;
  const c = (k) => `$${colLetter(DC[k])}${R}`;
  const t = (v, s) => v === "" ? {} : { v, text: true, ...s ? { s } : {} };
  const fmt2 = spec.fmt;
  const keyOf = (basis, measure) => `${c("unitCompared")}&"|"&${c("indicatorId")}&"|"&${c("period")}&${str(`|${basis}|${measure}`)}`;
  const actualValueKey = keyOf(L.basis.actual, L.measure.value);
  const planValueKey = keyOf(L.basis.plan, L.measure.value);
  const pctSameBasisKey = `${c("unitCompared")}&"|"&${c("indicatorId")}&"|"&${c("period")}&"|"&${c("basis")}&${str(`|${L.measure.pct_of_plan}`)}`;
  const headerRows = 1;
  const first = `IF(MATCH(${c("lookupKey")},${N.key},0)=ROW()-${headerRows},${c("indicatorId")}&"|"&${c("period")},"")`;
  const group = `IF(OR(${c("measure")}<>${str(L.measure.value)},${c("derived")}<>"",${c("unitCompared")}=""),"",IF(${c("basis")}=${str(L.basis.actual)},${first},IF(${c("basis")}=${str(L.basis.estimate)},IF(COUNTIF(${N.key},${actualValueKey})=0,${first},""),"")))`;
  const plan = `IF(${c("group")}="","",IFERROR(INDEX(${N.value},MATCH(${planValueKey},${N.key},0)),IFERROR(${c("valueUsed")}/(INDEX(${N.value},MATCH(${pctSameBasisKey},${N.key},0))/100),"")))`;
  const met = `IF(OR(${c("group")}="",${c("plan")}=""),"",IF(IFERROR(INDEX(${N.directions},MATCH(${c("indicatorId")},${N.indicatorIds},0)),"")=${str(L.lists.lower)},IF(${c("valueUsed")}<=${c("plan")},1,0),IF(${c("valueUsed")}>=${c("plan")},1,0)))`;
  const review = `IF(${c("override")}="","",IF(OR(${c("status")}=${str(L.status.removed)},AND(ISNUMBER(${c("overrideBase")}),${c("overrideBase")}<>${c("value")})),${str(L.reviewFlag)},""))`;
  const override = state.override;
  const overrideCell = override === void 0 || override === null || override === "" ? { s: "input", fmt: fmt2 } : { v: override, s: "input", fmt: fmt2, ...typeof override === "string" ? { text: true } : {} };
  const user = ctx.refresh.userColumns.map((_, i) => userCell(state.user?.[i]));
  return [
    t(spec.entity),
    t(spec.indicator),
    t(indicatorName(ctx.catalog.get(spec.indicator), spec.indicator, ctx.lang)),
    t(spec.period),
    t(spec.basis),
    t(spec.measure),
    spec.value,
    t(spec.unit),
    t(spec.qualifier),
    t(spec.warnings.join("; ")),
    t(spec.derived ? L.derived : ""),
    t(spec.doc),
    t(spec.quote),
    t(spec.key),
    overrideCell,
    { f: `IF(${c("override")}<>"",${c("override")},${c("value")})`, fmt: fmt2 },
    { f: review },
    t(spec.status),
    t(spec.unitCompared),
    state.overrideBase === void 0 ? {} : { v: state.overrideBase, fmt: fmt2 },
    t(spec.json),
    { f: `${c("unitCompared")}&"|"&${c("indicatorId")}&"|"&${c("period")}&"|"&${c("basis")}&"|"&${c("measure")}&IF(${c("derived")}<>"","|"&${c("derived")},"")`, s: "helper" },
    { f: group, s: "helper" },
    { f: plan, s: "helper", fmt: fmtForUnit(spec.unit) },
    { f: met, s: "helper" },
    // "group|value": finds the unit behind a group's min or max in one MATCH
    { f: `IF(${c("group")}="","",${c("group")}&"|"&${c("valueUsed")})`, s: "helper" },
    ...user
  ];
}
function userCell(v) {
  if (v === void 0 || v === null || v === "") return {};
  return typeof v === "string" ? { v, text: true } : { v };
}
var DC, DATA_NCOLS, NCOLS, WIDTHS, HIDDEN_FROM, USER_WIDTH, DATA_TABLE;
var init_dataSheet = __esm({
  "src/core/workbook/dataSheet.ts"() {
    "use strict";
    init_fact();
    init_address();
    init_catalog2();
    init_names();
    init_styles();
    DC = {
      entity: 0,
      indicatorId: 1,
      indicator: 2,
      period: 3,
      basis: 4,
      measure: 5,
      value: 6,
      unit: 7,
      qualifier: 8,
      warning: 9,
      derived: 10,
      doc: 11,
      quote: 12,
      factKey: 13,
      override: 14,
      valueUsed: 15,
      review: 16,
      status: 17,
      unitCompared: 18,
      overrideBase: 19,
      factJson: 20,
      lookupKey: 21,
      group: 22,
      plan: 23,
      met: 24,
      groupValue: 25
    };
    DATA_NCOLS = 26;
    NCOLS = DATA_NCOLS;
    WIDTHS = [26, 18, 34, 10, 11, 13, 13, 12, 12, 30, 8, 28, 60, 40, 12, 14, 14, 16, 22, 14, 40, 40, 22, 14, 8, 30];
    HIDDEN_FROM = DC.overrideBase;
    USER_WIDTH = 16;
    DATA_TABLE = "tblDuLieu";
  }
});

// src/core/refresh/previousBook.ts
function readPreviousBook(data, log = []) {
  const header = (data[0] ?? []).map((h) => typeof h === "string" ? h.trim().normalize("NFC") : h);
  const lang = ["vi", "en"].find((l) => header.includes(LABELS[l].data.factKey) && header.includes(LABELS[l].data.factJson));
  if (!lang) return void 0;
  const L = LABELS[lang];
  const owned = dataHeaders(L);
  const at = /* @__PURE__ */ new Map();
  const userIdx = [];
  header.forEach((h, i) => {
    const k = typeof h === "string" ? owned.indexOf(h) : -1;
    if (k >= 0 && !at.has(ROLES[k])) at.set(ROLES[k], i);
    else if (!blank(h)) userIdx.push(i);
  });
  const get = (row, role) => {
    const i = at.get(role);
    return i === void 0 ? void 0 : row[i];
  };
  const rows = [];
  for (const row of data.slice(1)) {
    const key = get(row, "factKey");
    if (typeof key !== "string" || !key) continue;
    const json = get(row, "factJson");
    let fact;
    if (typeof json === "string" && json) {
      try {
        fact = JSON.parse(json);
      } catch {
        fact = void 0;
      }
    }
    const override = get(row, "override");
    const base = get(row, "overrideBase");
    const status = get(row, "status");
    rows.push({
      key,
      ...fact ? { fact } : {},
      ...blank(override) ? {} : { override },
      ...typeof base === "number" ? { overrideBase: base } : {},
      ...status === L.status.sourceFailed ? { status: "source_failed" } : status === L.status.removed ? { status: "removed" } : {},
      user: userIdx.map((i) => row[i] ?? null)
    });
  }
  return { lang, rows, userColumns: userIdx.map((i) => String(header[i])), log: readLog(log) };
}
function readLog(grid) {
  const heads = /* @__PURE__ */ new Set([LABELS.vi.log.at, LABELS.en.log.at]);
  const h = grid.findIndex((r) => typeof r[0] === "string" && heads.has(r[0]));
  if (h < 0) return [];
  return grid.slice(h + 1).filter((r) => r.some((v) => !blank(v))).map((r) => Array.from({ length: 10 }, (_, i) => r[i] ?? null));
}
var ROLES, blank;
var init_previousBook = __esm({
  "src/core/refresh/previousBook.ts"() {
    "use strict";
    init_dataSheet();
    init_labels();
    ROLES = Object.keys(DC);
    blank = (v) => v === void 0 || v === null || v === "";
  }
});

// src/core/workbook/compareSheet.ts
function groupCol(g) {
  return 1 + g * GROUP_WIDTH;
}
function buildCompareSheet(ctx) {
  const { L } = ctx;
  const C = L.compare;
  const name = L.sheets.compare;
  const nInd = ctx.indicators.length;
  const lastCol = Math.max(groupCol(nInd) - 1, 1);
  const firstRow = CR.first;
  const lastRow = firstRow + Math.max(ctx.entities.length, 1) - 1;
  const top = [
    [{ v: C.title, text: true, s: "title" }],
    [{ v: C.period, text: true, s: "header" }, { v: ctx.selectedPeriod, text: true, s: "input" }, { v: C.hint, text: true, s: "note" }],
    [
      { v: C.chartIndicator, text: true, s: "header" },
      ctx.indicators.length ? { v: indicatorName(ctx.catalog.get(ctx.indicators[0]), ctx.indicators[0], ctx.lang), text: true, s: "input" } : { s: "input" },
      { f: `IFERROR(INDEX(${N.chartIds},MATCH(${absA1(CR.chartIndicator, 1)},${N.chartNames},0)),"")`, s: "helper" }
    ]
  ];
  const nameRow = [{}];
  const idRow = [{}];
  const headRow = [{ v: C.entity, text: true, s: "header" }];
  ctx.indicators.forEach((id) => {
    const label2 = indicatorName(ctx.catalog.get(id), id, ctx.lang);
    const unit = ctx.catalog.get(id)?.unit ?? "";
    const note = ctx.view === "new" ? ctx.catalog.get(id)?.aggregate === "sum" ? L.merger.headerSum : L.merger.headerRate : void 0;
    nameRow.push({ v: unit ? `${label2} (${unit})` : label2, text: true, s: "header", ...note ? { note } : {} });
    for (let k = 1; k < GROUP_WIDTH; k++) nameRow.push({ s: "header" });
    for (let k = 0; k < GROUP_WIDTH; k++) idRow.push({ v: id, text: true, s: "helper" });
    for (const h of [C.plan, C.planSource, C.actual, C.pctOfPlan, C.status, C.rank]) headRow.push({ v: h, text: true, s: "header" });
  });
  const bodyRows = ctx.entities.map((entity, i) => entityRow(ctx, entity, firstRow + i, firstRow, lastRow));
  const chartTop = lastRow + 3;
  const chartFirst = chartTop + 2;
  const chartLast = chartFirst + Math.max(ctx.entities.length, 1) - 1;
  const idRange = `${absA1(CR.indicatorId, 1)}:${absA1(CR.indicatorId, lastCol)}`;
  const chartRows = [
    [{ f: `${str(C.chartTitle + ": ")}&${absA1(CR.chartIndicator, 1)}&" \u2014 "&${N.selPeriod}`, s: "title" }],
    [{ v: C.chartEntity, text: true, s: "header" }, { v: C.plan, text: true, s: "header" }, { v: C.actual, text: true, s: "header" }],
    ...ctx.entities.map((_, i) => {
      const r = firstRow + i;
      const rowRange = `$${colLetter(1)}${r + 1}:$${colLetter(lastCol)}${r + 1}`;
      const pick = (offset) => `IFERROR(INDEX(${rowRange},MATCH(${N.chartId},${idRange},0)+${offset}),"")`;
      return [{ f: `$A${r + 1}` }, { f: pick(GC.plan), fmt: "#,##0.0" }, { f: pick(GC.actual), fmt: "#,##0.0" }];
    })
  ];
  const chart = {
    type: "columnClustered",
    title: C.chartTitle,
    categoriesRef: absRange(name, chartFirst, 0, chartLast, 0),
    series: [
      { name: C.plan, valuesRef: absRange(name, chartFirst, 1, chartLast, 1) },
      { name: C.actual, valuesRef: absRange(name, chartFirst, 2, chartLast, 2) }
    ],
    anchor: { row: chartTop, col: 4, rows: 16, cols: 10 },
    fallbackNote: C.chartNote
  };
  const conditionalFormats = ctx.indicators.flatMap((_, g) => {
    const st = groupCol(g) + GC.status;
    const src = groupCol(g) + GC.planSource;
    return [
      {
        ref: range(firstRow, st, lastRow, st),
        rules: [
          { formula: `${a1(firstRow, st)}=${str(C.met)}`, style: "good" },
          { formula: `${a1(firstRow, st)}=${str(C.missed)}`, style: "bad" }
        ]
      },
      {
        ref: range(firstRow, groupCol(g), lastRow, src),
        rules: [{ formula: `$${colLetter(src)}${firstRow + 1}=${str(L.derived)}`, style: "derived" }]
      }
    ];
  });
  const columns = [{ index: 0, width: 30 }];
  ctx.indicators.forEach((_, g) => {
    const c = groupCol(g);
    [14, 10, 14, 10, 11, 8].forEach((w, k) => columns.push({ index: c + k, width: w }));
  });
  const sheet = {
    key: "compare",
    name,
    blocks: [
      { row: 0, col: 0, cells: top },
      { row: CR.indicatorName, col: 0, cells: [nameRow, idRow, headRow, ...bodyRows] },
      { row: chartTop, col: 0, cells: chartRows }
    ],
    columns,
    freeze: { rows: CR.header + 1, cols: 1 },
    tables: [],
    validations: [
      { ref: a1(CR.period, 1), listFormula: N.periods },
      { ref: a1(CR.chartIndicator, 1), listFormula: N.chartNames }
    ],
    conditionalFormats,
    charts: [chart]
  };
  const names = [
    { name: N.selPeriod, ref: sheetRef(name, absA1(CR.period, 1)) },
    { name: N.chartId, ref: sheetRef(name, absA1(CR.chartIndicator, 2)) }
  ];
  return { sheet, names };
}
function entityRow(ctx, entity, row, firstRow, lastRow) {
  const { L } = ctx;
  const R = row + 1;
  const cells = [{ v: entity, text: true }];
  ctx.indicators.forEach((id, g) => {
    const c0 = groupCol(g);
    const ref = (k) => `${colLetter(c0 + k)}${R}`;
    const idCell = `${colLetter(c0)}$${CR.indicatorId + 1}`;
    const key = (basis, measure) => `$A${R}&"|"&${idCell}&"|"&${N.selPeriod}&${str(`|${basis}|${measure}`)}`;
    const look = (basis, measure) => `INDEX(${N.value},MATCH(${key(basis, measure)},${N.key},0))`;
    const pctReported = `IFERROR(${look(L.basis.actual, L.measure.pct_of_plan)},${look(L.basis.estimate, L.measure.pct_of_plan)})`;
    const ind = ctx.catalog.get(id);
    const fmt2 = fmtForUnit(ind?.unit ?? "");
    const better = ind?.direction === "lower" ? "<=" : ">=";
    const rankOrder = ind?.direction === "lower" ? 1 : 0;
    const actualCol = colLetter(c0 + GC.actual);
    cells.push(
      // plan: reported, else derived from the actual and its % of plan
      { f: `IFERROR(${look(L.basis.plan, L.measure.value)},IFERROR(${ref(GC.actual)}/(${pctReported}/100),""))`, fmt: fmt2 },
      { f: `IF(${ref(GC.plan)}="","",IF(ISNUMBER(MATCH(${key(L.basis.plan, L.measure.value)},${N.key},0)),${str(L.compare.reported)},${str(L.derived)}))` },
      // actual: the actual figure, else the estimate
      { f: `IFERROR(${look(L.basis.actual, L.measure.value)},IFERROR(${look(L.basis.estimate, L.measure.value)},""))`, fmt: fmt2 },
      { f: `IFERROR(${pctReported},IF(AND(ISNUMBER(${ref(GC.plan)}),ISNUMBER(${ref(GC.actual)})),IF(${ref(GC.plan)}=0,"",${ref(GC.actual)}/${ref(GC.plan)}*100),""))`, fmt: FMT_PCT },
      { f: `IF(AND(ISNUMBER(${ref(GC.plan)}),ISNUMBER(${ref(GC.actual)})),IF(${ref(GC.actual)}${better}${ref(GC.plan)},${str(L.compare.met)},${str(L.compare.missed)}),"")` },
      { f: `IF(ISNUMBER(${ref(GC.actual)}),RANK(${ref(GC.actual)},${actualCol}$${firstRow + 1}:${actualCol}$${lastRow + 1},${rankOrder}),"")`, fmt: FMT_RANK }
    );
  });
  return cells;
}
var GC, GROUP_WIDTH, CR;
var init_compareSheet = __esm({
  "src/core/workbook/compareSheet.ts"() {
    "use strict";
    init_address();
    init_catalog2();
    init_names();
    init_styles();
    GC = { plan: 0, planSource: 1, actual: 2, pct: 3, status: 4, rank: 5 };
    GROUP_WIDTH = 6;
    CR = { title: 0, period: 1, chartIndicator: 2, indicatorName: 4, indicatorId: 5, header: 6, first: 7 };
  }
});

// src/core/entities/merger.ts
function newUnitOf(oldName) {
  return OLD_BY_NAME.get(oldName)?.mergedInto;
}
function isOldUnit(name) {
  return OLD_BY_NAME.has(name);
}
function constituents(newName) {
  return OLD.filter((u) => u.mergedInto === newName).map((u) => u.name);
}
function periodStart(period) {
  const m = /^(\d{4})(?:-(?:Q([1-4])|H([12])|M(\d{2})|YTD\d{2}|\d{4}))?$/.exec(period);
  if (!m) return void 0;
  const y = m[1];
  const month = m[2] ? (Number(m[2]) - 1) * 3 + 1 : m[3] ? (Number(m[3]) - 1) * 6 + 1 : m[4] ? Number(m[4]) : 1;
  return `${y}-${String(month).padStart(2, "0")}-01`;
}
function attributeUnit(entity, date) {
  if (!date) return entity;
  const day = /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : periodStart(date);
  if (!day || day < REFORM_EFFECTIVE) return entity;
  return newUnitOf(entity) ?? entity;
}
var REFORM_EFFECTIVE, REFORM_RESOLUTION, OLD, NEW_NAMES, OLD_BY_NAME, NEW_SET;
var init_merger = __esm({
  "src/core/entities/merger.ts"() {
    "use strict";
    init_provinces();
    REFORM_EFFECTIVE = provinces_default.reform.effective;
    REFORM_RESOLUTION = provinces_default.reform.resolution;
    OLD = provinces_default.old;
    NEW_NAMES = provinces_default.new.map((u) => u.name);
    OLD_BY_NAME = new Map(OLD.map((u) => [u.name, u]));
    NEW_SET = new Set(NEW_NAMES);
  }
});

// src/core/workbook/mergerAggregates.ts
function mergerAggregates(sorted, keys, units, catalog3, indOrder) {
  const direct = /* @__PURE__ */ new Set();
  sorted.forEach((f, i) => {
    if (units[i] && f.measure === "value" && !f.derived) direct.add([units[i], f.indicator, f.period, f.basis].join("|"));
  });
  const groups = /* @__PURE__ */ new Map();
  sorted.forEach((f, i) => {
    if (units[i] || f.measure !== "value" || f.derived) return;
    if (catalog3.get(f.indicator)?.aggregate !== "sum") return;
    const unit = newUnitOf(f.entity);
    if (!unit) return;
    const g = [unit, f.indicator, f.period, f.basis].join("|");
    if (direct.has(g)) return;
    if (!groups.has(g)) groups.set(g, { unit, f, parts: /* @__PURE__ */ new Map() });
    const parts = groups.get(g).parts;
    if (!parts.has(f.entity)) parts.set(f.entity, keys[i]);
  });
  const out = [];
  for (const { unit, f, parts } of groups.values()) {
    const names = constituents(unit);
    if (!names.every((n) => parts.has(n))) continue;
    out.push({
      unit,
      indicator: f.indicator,
      period: f.period,
      basis: f.basis,
      unitOfMeasure: catalog3.get(f.indicator)?.unit ?? f.unit,
      parts: names.map((entity) => ({ entity, key: parts.get(entity) })),
      key: ["\u03A3", unit, f.indicator, f.period, f.basis, "value"].join("|")
    });
  }
  const basisOrder = ["actual", "estimate", "plan"];
  return out.sort(
    (a, b) => collator.compare(a.unit, b.unit) || indOrder(a.indicator) - indOrder(b.indicator) || (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0) || (a.period < b.period ? -1 : a.period > b.period ? 1 : 0) || basisOrder.indexOf(a.basis) - basisOrder.indexOf(b.basis)
  );
}
var init_mergerAggregates = __esm({
  "src/core/workbook/mergerAggregates.ts"() {
    "use strict";
    init_merger();
    init_factOrder();
  }
});

// src/core/workbook/unitsView.ts
function factDate(f, docDate) {
  return docDate ?? periodStart(f.period);
}
function compareUnit(f, view, docDate) {
  const date = factDate(f, docDate);
  const attributed = attributeUnit(f.entity, date);
  if (view === "old" || !isOldUnit(f.entity)) return attributed;
  if (date && date >= REFORM_EFFECTIVE) return attributed;
  const target = newUnitOf(f.entity);
  return constituents(target).length === 1 ? target : "";
}
var init_unitsView = __esm({
  "src/core/workbook/unitsView.ts"() {
    "use strict";
    init_merger();
  }
});

// src/core/workbook/context.ts
function lookupKey(f, unit = f.entity) {
  return [unit, f.indicator, f.period, f.basis, f.measure, f.derived ? "derived" : ""].join("|");
}
function makeContext(facts, options) {
  const catalog3 = new Map(options.catalog.indicators.map((i) => [i.id, i]));
  const catOrder = new Map(options.catalog.indicators.map((i, n) => [i.id, n]));
  const indOrder = (id) => catOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  const view = options.units ?? "old";
  const sorted = sortFacts(facts, indOrder);
  const keys = rowKeys(sorted);
  const units = sorted.map((f) => compareUnit(f, view, options.docDates?.[f.doc]));
  const seen = /* @__PURE__ */ new Set();
  const duplicates = /* @__PURE__ */ new Set();
  sorted.forEach((f, i) => {
    if (!units[i]) return;
    const k = lookupKey(f, units[i]);
    if (seen.has(k)) duplicates.add(i);
    seen.add(k);
  });
  const aggregates = view === "new" ? mergerAggregates(sorted, keys, units, catalog3, indOrder) : [];
  const factIds = [...new Set(sorted.map((f) => f.indicator))];
  const allIndicators = [
    ...options.catalog.indicators.map((i) => i.id),
    ...factIds.filter((id) => !catalog3.has(id)).sort()
  ];
  const comparable = new Set(
    sorted.filter((f) => f.measure === "value" || f.measure === "pct_of_plan").map((f) => f.indicator)
  );
  const indicators = options.indicators?.length ? [...options.indicators] : allIndicators.filter((id) => comparable.has(id));
  const entities = [.../* @__PURE__ */ new Set([...units.filter(Boolean), ...aggregates.map((a) => a.unit)])].sort(collator.compare);
  const periods = [...new Set(sorted.map((f) => f.period))].sort();
  if (options.period && !periods.includes(options.period)) periods.push(options.period);
  periods.sort();
  return {
    lang: options.lang,
    L: LABELS[options.lang],
    facts: sorted,
    keys,
    units,
    aggregates,
    view,
    duplicates,
    catalog: catalog3,
    allIndicators,
    indicators,
    entities,
    periods,
    selectedPeriod: options.period ?? defaultPeriod(sorted),
    refresh: options.refresh ?? { rows: {}, userColumns: [], log: [] }
  };
}
function defaultPeriod(facts) {
  const units = /* @__PURE__ */ new Map();
  for (const f of facts) {
    if (f.measure !== "value" || f.basis === "plan") continue;
    if (!units.has(f.period)) units.set(f.period, /* @__PURE__ */ new Set());
    units.get(f.period).add(f.entity);
  }
  let best = "";
  let bestN = -1;
  for (const [p, s] of units) {
    if (s.size > bestN || s.size === bestN && p > best) {
      best = p;
      bestN = s.size;
    }
  }
  return best || (facts[0]?.period ?? "");
}
var init_context = __esm({
  "src/core/workbook/context.ts"() {
    "use strict";
    init_factOrder();
    init_labels();
    init_mergerAggregates();
    init_unitsView();
  }
});

// src/core/workbook/listsSheet.ts
function buildListsSheet(ctx, notes) {
  const { L } = ctx;
  const name = L.sheets.lists;
  const h = (v) => ({ v, text: true, s: "header" });
  const t = (v) => ({ v, text: true });
  const periods = [[h(L.lists.periods)], ...ctx.periods.map((p) => [t(p)])];
  const indicators = [
    [h(L.lists.indicatorId), h(L.lists.indicator), h(L.lists.direction), h(L.lists.aggregate)],
    ...ctx.allIndicators.map((id) => {
      const ind = ctx.catalog.get(id);
      return [
        t(id),
        t(indicatorName(ind, id, ctx.lang)),
        t(ind?.direction === "lower" ? L.lists.lower : L.lists.higher),
        t(ind?.aggregate ?? "none")
      ];
    })
  ];
  const chart = [
    [h(L.lists.indicator), h(L.lists.indicatorId)],
    ...ctx.indicators.map((id) => [t(indicatorName(ctx.catalog.get(id), id, ctx.lang)), t(id)])
  ];
  const noteCells = [[h(L.lists.notes)], ...notes.map((n) => [{ v: n, text: true, s: "note" }])];
  const lastOr1 = (n) => Math.max(n, 1);
  const names = [
    { name: N.periods, ref: absRange(name, 1, 0, lastOr1(ctx.periods.length), 0) },
    { name: N.indicatorIds, ref: absRange(name, 1, 2, lastOr1(ctx.allIndicators.length), 2) },
    { name: N.directions, ref: absRange(name, 1, 4, lastOr1(ctx.allIndicators.length), 4) },
    { name: N.chartNames, ref: absRange(name, 1, 7, lastOr1(ctx.indicators.length), 7) },
    { name: N.chartIds, ref: absRange(name, 1, 8, lastOr1(ctx.indicators.length), 8) }
  ];
  const sheet = {
    key: "lists",
    name,
    blocks: [
      { row: 0, col: 0, cells: periods },
      { row: 0, col: 2, cells: indicators },
      { row: 0, col: 7, cells: chart },
      { row: 0, col: 10, cells: noteCells }
    ],
    columns: [
      { index: 0, width: 12 },
      { index: 1, width: 2 },
      { index: 2, width: 28 },
      { index: 3, width: 40 },
      { index: 4, width: 12 },
      { index: 5, width: 14 },
      { index: 6, width: 2 },
      { index: 7, width: 40 },
      { index: 8, width: 28 },
      { index: 9, width: 2 },
      { index: 10, width: 100 }
    ],
    freeze: { rows: 1, cols: 0 },
    tables: [],
    validations: [],
    conditionalFormats: [],
    charts: []
  };
  return { sheet, names };
}
var init_listsSheet = __esm({
  "src/core/workbook/listsSheet.ts"() {
    "use strict";
    init_address();
    init_catalog2();
    init_names();
  }
});

// src/core/workbook/logSheet.ts
function logHeaders(L) {
  const G = L.log;
  return [G.at, G.kind, G.source, G.key, G.entity, G.indicator, G.period, G.old, G.new, G.detail];
}
function buildLogSheet(ctx) {
  const { L } = ctx;
  const cell = (v) => v === null || v === "" ? {} : typeof v === "string" ? { v, text: true } : { v };
  const rows = ctx.refresh.log.map((r) => {
    const cells = r.slice(0, LOG_NCOLS).map(cell);
    if (r[1] === L.log.kinds.refresh) return cells.map((c) => ({ ...c, s: "logHeader" }));
    return cells;
  });
  return {
    key: "log",
    name: L.sheets.log,
    blocks: [
      { row: 0, col: 0, cells: [[{ v: L.log.title, text: true, s: "title" }]] },
      { row: LOG_HEADER_ROW, col: 0, cells: [logHeaders(L).map((h) => ({ v: h, text: true, s: "header" })), ...rows] }
    ],
    columns: [20, 16, 28, 40, 20, 20, 10, 14, 14, 60].map((width, index) => ({ index, width })),
    freeze: { rows: LOG_HEADER_ROW + 1, cols: 0 },
    tables: [],
    validations: [],
    conditionalFormats: [],
    charts: []
  };
}
var LOG_HEADER_ROW, LOG_NCOLS;
var init_logSheet = __esm({
  "src/core/workbook/logSheet.ts"() {
    "use strict";
    LOG_HEADER_ROW = 1;
    LOG_NCOLS = 10;
  }
});

// src/core/workbook/plan.ts
var FUTURE_FUNCTIONS, PLAN_VERSION;
var init_plan = __esm({
  "src/core/workbook/plan.ts"() {
    "use strict";
    FUTURE_FUNCTIONS = ["AGGREGATE"];
    PLAN_VERSION = 2;
  }
});

// src/core/workbook/summarySheet.ts
function summaryPairs(ctx) {
  const order = new Map(ctx.allIndicators.map((id, i) => [id, i]));
  const seen = /* @__PURE__ */ new Set();
  const pairs = [];
  for (const f of ctx.facts) {
    if (f.measure !== "value" || f.derived || f.basis === "plan") continue;
    const k = `${f.indicator}|${f.period}`;
    if (seen.has(k)) continue;
    seen.add(k);
    pairs.push({ indicator: f.indicator, period: f.period });
  }
  return pairs.sort((a, b) => order.get(a.indicator) - order.get(b.indicator) || a.period.localeCompare(b.period));
}
function buildSummarySheet(ctx) {
  const { L } = ctx;
  const S = L.summary;
  const headers = [S.indicatorId, S.indicator, S.period, S.unit, S.units, S.sum, S.min, S.minUnit, S.max, S.maxUnit, S.mean, S.withPlan, S.met];
  const pairs = summaryPairs(ctx);
  const rows = pairs.map(({ indicator, period }, i) => {
    const R = SR.first + i + 1;
    const ind = ctx.catalog.get(indicator);
    const fmt2 = fmtForUnit(ind?.unit ?? "");
    const g = `$A${R}&"|"&$C${R}`;
    const units = `$E${R}`;
    const extreme = (fn) => `IF(${units}=0,"",AGGREGATE(${fn},6,${N.value}/(${N.group}=${g}),1))`;
    const unitOf2 = (cell) => `IF(${cell}="","",IFERROR(INDEX(${N.entity},MATCH(${g}&"|"&${cell},${N.groupValue},0)),""))`;
    return [
      { v: indicator, text: true },
      { v: indicatorName(ind, indicator, ctx.lang), text: true },
      { v: period, text: true },
      { v: ind?.unit ?? "", text: true },
      { f: `COUNTIFS(${N.group},${g})`, fmt: FMT_INT },
      ind?.aggregate === "sum" ? { f: `IF(${units}=0,"",SUMIFS(${N.value},${N.group},${g}))`, fmt: fmt2 } : {},
      { f: extreme(15), fmt: fmt2 },
      { f: unitOf2(`$G${R}`) },
      { f: extreme(14), fmt: fmt2 },
      { f: unitOf2(`$I${R}`) },
      { f: `IF(${units}=0,"",SUMIFS(${N.value},${N.group},${g})/${units})`, fmt: fmt2 },
      { f: `COUNTIFS(${N.group},${g},${N.met},">=0")`, fmt: FMT_INT },
      { f: `IF($L${R}=0,"",SUMIFS(${N.met},${N.group},${g}))`, fmt: FMT_INT }
    ];
  });
  if (rows.length === 0) rows.push(headers.map(() => ({})));
  const last = SR.first + rows.length - 1;
  return {
    key: "summary",
    name: L.sheets.summary,
    blocks: [
      { row: SR.title, col: 0, cells: [[{ v: S.title, text: true, s: "title" }], [{ v: S.note, text: true, s: "note" }]] },
      { row: SR.header, col: 0, cells: [headers.map((h) => ({ v: h, text: true, s: "header" })), ...rows] }
    ],
    columns: [18, 34, 10, 14, 10, 14, 12, 26, 12, 26, 12, 10, 10].map((width, index) => ({ index, width })),
    freeze: { rows: SR.header + 1, cols: 2 },
    tables: [{ name: SUMMARY_TABLE, ref: range(SR.header, 0, last, headers.length - 1), headerRow: true, style: "TableStyleLight1" }],
    validations: [],
    conditionalFormats: [
      {
        ref: range(SR.first, SC.met, last, SC.met),
        rules: [
          { formula: `AND(ISNUMBER($M${SR.first + 1}),$M${SR.first + 1}=$L${SR.first + 1})`, style: "good" },
          { formula: `AND(ISNUMBER($M${SR.first + 1}),$M${SR.first + 1}<$L${SR.first + 1})`, style: "bad" }
        ]
      }
    ],
    charts: []
  };
}
var SR, SC, SUMMARY_TABLE;
var init_summarySheet = __esm({
  "src/core/workbook/summarySheet.ts"() {
    "use strict";
    init_address();
    init_catalog2();
    init_names();
    init_styles();
    SR = { title: 0, note: 1, header: 3, first: 4 };
    SC = {
      indicatorId: 0,
      indicator: 1,
      period: 2,
      unit: 3,
      units: 4,
      sum: 5,
      min: 6,
      minUnit: 7,
      max: 8,
      maxUnit: 9,
      mean: 10,
      withPlan: 11,
      met: 12
    };
    SUMMARY_TABLE = "tblTongHop";
  }
});

// src/core/workbook/buildWorkbookPlan.ts
function buildWorkbookPlan(facts, options) {
  const ctx = makeContext(facts, options);
  const data = buildDataSheet(ctx);
  const compare = buildCompareSheet(ctx);
  const summary = buildSummarySheet(ctx);
  const notes = [
    `${ctx.L.lists.facts}: ${ctx.facts.length}`,
    ctx.L.compare.hint,
    ctx.L.summary.note,
    ...ctx.view === "new" ? [ctx.L.merger.viewNote] : []
  ];
  const lists = buildListsSheet(ctx, notes);
  return {
    lang: ctx.lang,
    meta: { version: PLAN_VERSION, units: ctx.view },
    sheets: [compare.sheet, summary, data.sheet, lists.sheet, buildLogSheet(ctx)],
    names: [...data.names, ...compare.names, ...lists.names],
    styles: STYLES
  };
}
var init_buildWorkbookPlan = __esm({
  "src/core/workbook/buildWorkbookPlan.ts"() {
    "use strict";
    init_compareSheet();
    init_context();
    init_dataSheet();
    init_listsSheet();
    init_logSheet();
    init_plan();
    init_styles();
    init_summarySheet();
  }
});

// src/core/workbook/index.ts
var init_workbook = __esm({
  "src/core/workbook/index.ts"() {
    "use strict";
    init_buildWorkbookPlan();
    init_context();
    init_plan();
  }
});

// src/core/refresh/planRefresh.ts
function planRefresh(previous, facts, o) {
  const lang = o.lang ?? previous?.lang ?? "vi";
  const failed = o.failed ?? [];
  const readSources = o.readSources ?? [...new Set(facts.map((f) => f.doc))];
  const merged = mergeRefresh(previous, facts, failed, { now: o.now, lang, readSources });
  const plan = buildWorkbookPlan(merged.facts, {
    lang,
    period: o.period ?? o.selectedPeriod,
    indicators: o.indicators,
    catalog: o.catalog,
    units: o.units ?? o.previousUnits ?? "old",
    docDates: o.docDates,
    refresh: merged.refresh
  });
  return { ...merged, plan, lang };
}
function localTimestamp(d) {
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
var init_planRefresh = __esm({
  "src/core/refresh/planRefresh.ts"() {
    "use strict";
    init_workbook();
    init_mergeRefresh();
  }
});

// src/core/refresh/index.ts
var init_refresh = __esm({
  "src/core/refresh/index.ts"() {
    "use strict";
    init_diffFacts();
    init_formatSummary();
    init_logEntries();
    init_mergeRefresh();
    init_previousBook();
    init_planRefresh();
  }
});

// src/adapters/xlsx/bookGrid.ts
function cellPlain(v) {
  if (v === null || v === void 0) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("formula" in v || "sharedFormula" in v) {
      const r = v.result;
      return typeof r === "string" || typeof r === "number" || typeof r === "boolean" ? r : null;
    }
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("error" in v) return null;
  }
  return null;
}
function sheetGrid(ws) {
  const rows = [];
  const nCols = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const out = [];
    for (let c = 1; c <= nCols; c++) out.push(cellPlain(row.getCell(c).value));
    rows.push(out);
  }
  return rows;
}
var init_bookGrid = __esm({
  "src/adapters/xlsx/bookGrid.ts"() {
    "use strict";
  }
});

// src/core/workbook/metaSheet.ts
function parseMetaGrid(grid) {
  if (grid[0]?.[0] !== META_MARKER) return void 0;
  const out = { version: Number(grid[0][1]) || 0, sheets: [], names: [], tables: [] };
  for (const [kind, a, b, name, probeRef, probeText] of grid.slice(1)) {
    if (kind === "units" && (a === "old" || a === "new")) out.units = a;
    else if (kind === "lang" && typeof a === "string") out.lang = a;
    else if (kind === "name" && typeof a === "string" && a) out.names.push(a);
    else if (kind === "table" && typeof a === "string" && a) out.tables.push(a);
    else if (kind === "sheet" && (typeof a === "string" || typeof a === "number") && SHEET_KEYS.includes(b)) {
      out.sheets.push({
        id: a,
        key: b,
        ...typeof name === "string" && name ? { name } : {},
        ...typeof probeRef === "string" && probeRef && typeof probeText === "string" && probeText ? { probe: { ref: probeRef, text: probeText } } : {}
      });
    }
  }
  return out;
}
function markerName(key) {
  return `${MARKER_PREFIX}${key}`;
}
function markerRef(sheetName) {
  return `'${sheetName.replace(/'/g, "''")}'!$A$1`;
}
function markerKey(name) {
  if (!name.toUpperCase().startsWith(MARKER_PREFIX.toUpperCase())) return void 0;
  const key = name.slice(MARKER_PREFIX.length);
  return SHEET_KEYS.includes(key) ? key : void 0;
}
function markerSheet(ref) {
  const m = /^=?'((?:[^']|'')+)'!\$?A\$?1$/.exec(ref.trim()) ?? /^=?([^'!#]+)!\$?A\$?1$/.exec(ref.trim());
  return m ? m[1].replace(/''/g, "'") : void 0;
}
function headerProbe(sp) {
  let best;
  for (const b of sp.blocks) {
    b.cells.forEach(
      (cells, i) => cells.forEach((c, j) => {
        if (!c || c.f !== void 0 || typeof c.v !== "string" || !c.v.trim()) return;
        const r = b.row + i, col = b.col + j;
        if (!best || r < best.row || r === best.row && col < best.col) best = { row: r, col, text: c.v };
      })
    );
  }
  if (!best) return void 0;
  let n = best.col + 1, letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + (n - 1) % 26) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return { ref: `${letters}${best.row + 1}`, text: best.text };
}
function matchOwnedSheets(rec, sheets, sameId, markers, probe, exclude = []) {
  const matched = /* @__PURE__ */ new Map();
  const used = new Set(exclude);
  const take = (key, s) => {
    if (!s || used.has(s.id) || matched.has(key)) return;
    matched.set(key, s);
    used.add(s.id);
  };
  for (const e of rec.sheets) take(e.key, sheets.find((s) => sameId(e.id, s.id)));
  const byName = (n) => sheets.find((s) => s.name.toLocaleLowerCase() === n.toLocaleLowerCase());
  for (const [name, ref] of markers) {
    const key = markerKey(name);
    const target = markerSheet(ref);
    if (key && target && rec.sheets.some((e) => e.key === key)) take(key, byName(target));
  }
  const probes = [];
  for (const e of rec.sheets) {
    if (matched.has(e.key) || !e.name || !e.probe) continue;
    const s = byName(e.name);
    if (!s || used.has(s.id)) continue;
    const ok = probe(s, e.probe.ref, e.probe.text);
    if (ok === void 0) probes.push({ sheet: s, ref: e.probe.ref });
    else if (ok) take(e.key, s);
  }
  return { matched, probes };
}
var META_MARKER, META_SHEET_NAME, MARKER_PREFIX, SHEET_KEYS;
var init_metaSheet = __esm({
  "src/core/workbook/metaSheet.ts"() {
    "use strict";
    META_MARKER = "chi-tieu/meta";
    META_SHEET_NAME = "CT_meta";
    MARKER_PREFIX = "_CT_";
    SHEET_KEYS = ["compare", "summary", "data", "lists", "log"];
  }
});

// src/adapters/xlsx/ownership.ts
function definedNames(wb) {
  return new Map(wb.definedNames.model.map((n) => [n.name, n.ranges.join(",")]));
}
function readOwnership(wb) {
  const out = { version: 0, sheets: /* @__PURE__ */ new Map(), names: [] };
  const names = definedNames(wb);
  out.names.push(...[...names.keys()].filter((n) => markerKey(n)));
  const meta = wb.worksheets.find((ws) => ws.state === "veryHidden" && ws.getCell("A1").value === META_MARKER);
  if (!meta) return out;
  const rec = parseMetaGrid(sheetGrid(meta));
  if (!rec) return out;
  out.meta = meta;
  out.version = rec.version;
  if (rec.units) out.units = rec.units;
  if (rec.lang) out.lang = rec.lang;
  for (const n of rec.names) if (!out.names.includes(n)) out.names.push(n);
  const candidates = wb.worksheets.filter((ws) => ws !== meta).map((ws) => ({ id: ws.id, name: ws.name }));
  const { matched } = matchOwnedSheets(
    rec,
    candidates,
    (recorded, id) => typeof recorded === "number" && recorded === id,
    names,
    (s, ref, text2) => cellPlain(wb.getWorksheet(s.id).getCell(ref).value) === text2
  );
  for (const [key, s] of matched) out.sheets.set(key, wb.getWorksheet(s.id));
  return out;
}
function writeOwnership(wb, previous, o) {
  if (previous) wb.removeWorksheet(previous.id);
  const taken = new Set(wb.worksheets.map((w) => w.name.toLocaleLowerCase()));
  let name = META_NAME;
  for (let n = 2; taken.has(name.toLocaleLowerCase()); n++) name = `${META_NAME}${n}`;
  const meta = wb.addWorksheet(name, { state: "veryHidden" });
  meta.addRow([META_MARKER, o.version]);
  meta.addRow(["units", o.units]);
  meta.addRow(["lang", o.lang]);
  for (const [sp, ws] of o.sheets) {
    const probe = headerProbe(sp);
    meta.addRow(["sheet", ws.id, sp.key, ws.name, probe?.ref ?? null, probe?.text ?? null]);
  }
  const markers = o.sheets.map(([sp]) => markerName(sp.key));
  for (const n of [...o.names, ...markers]) meta.addRow(["name", n]);
  for (const t of o.tables) meta.addRow(["table", t]);
  for (const [sp, ws] of o.sheets) wb.definedNames.add(markerRef(ws.name), markerName(sp.key));
}
var META_NAME;
var init_ownership = __esm({
  "src/adapters/xlsx/ownership.ts"() {
    "use strict";
    init_metaSheet();
    init_bookGrid();
    META_NAME = META_SHEET_NAME;
  }
});

// src/adapters/xlsx/existingBook.ts
async function openExisting(file) {
  try {
    await import_node_fs2.promises.access(file);
  } catch {
    return void 0;
  }
  const wb = new import_exceljs2.default.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw new ExistingBookError(`${(0, import_node_path2.basename)(file)} exists but cannot be read as an .xlsx workbook (${e.message}); it was left as it is`);
  }
  const owned = readOwnership(wb);
  const data = owned.sheets.get("data");
  const log = owned.sheets.get("log");
  const previous = data ? readPreviousBook(sheetGrid(data), log ? sheetGrid(log) : []) : void 0;
  const sel = owned.sheets.get("compare")?.getCell("B2").value;
  return { wb, owned, previous, ...typeof sel === "string" && sel ? { selectedPeriod: sel } : {} };
}
var import_exceljs2, import_node_fs2, import_node_path2, ExistingBookError;
var init_existingBook = __esm({
  "src/adapters/xlsx/existingBook.ts"() {
    "use strict";
    import_exceljs2 = __toESM(require("exceljs"));
    import_node_fs2 = require("node:fs");
    import_node_path2 = require("node:path");
    init_refresh();
    init_bookGrid();
    init_ownership();
    ExistingBookError = class extends Error {
      name = "ExistingBookError";
    };
  }
});

// src/adapters/xlsx/chartXml.ts
function xmlEscape(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function xmlUnescape(s) {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#x([0-9a-fA-F]+);/g, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&#([0-9]+);/g, (_, d) => String.fromCodePoint(Number(d))).replace(/&amp;/g, "&");
}
function richText(text2) {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="1400" b="1"/><a:t>${xmlEscape(text2)}</a:t></a:r></a:p></c:rich></c:tx>`;
}
function chartPartXml(ch) {
  const series = ch.series.map(
    (s, i) => `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx><c:invertIfNegative val="0"/><c:cat><c:strRef><c:f>${xmlEscape(ch.categoriesRef)}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${xmlEscape(s.valuesRef)}</c:f></c:numRef></c:val></c:ser>`
  ).join("");
  return XML_DECL + `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart><c:title>${richText(ch.title)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart><c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx><c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}
function chartAnchorXml(ch, relId, shapeId) {
  const { row, col, rows, cols } = ch.anchor;
  const marker = (r, c) => `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${marker(row, col)}</xdr:from><xdr:to>${marker(row + rows, col + cols)}</xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${xmlEscape(`Chart ${shapeId - 1}`)}" descr="${xmlEscape(ch.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
}
function drawingPartXml(anchors) {
  return XML_DECL + `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors.join("")}</xdr:wsDr>`;
}
function emptyRelsXml() {
  return XML_DECL + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
}
var NS, REL, CONTENT_TYPE, XML_DECL, CAT_AX, VAL_AX;
var init_chartXml = __esm({
  "src/adapters/xlsx/chartXml.ts"() {
    "use strict";
    NS = {
      c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
      a: "http://schemas.openxmlformats.org/drawingml/2006/main",
      r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
    };
    REL = {
      drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
      chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
    };
    CONTENT_TYPE = {
      chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
      drawing: "application/vnd.openxmlformats-officedocument.drawing+xml"
    };
    XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
    CAT_AX = 500000001;
    VAL_AX = 500000002;
  }
});

// src/adapters/xlsx/charts.ts
async function addChartsToXlsx(xlsx, plan) {
  const withCharts = plan.sheets.filter((s) => s.charts.length > 0);
  if (withCharts.length === 0) return Buffer.from(xlsx);
  const zip = await import_jszip2.default.loadAsync(xlsx);
  const sheets = await sheetParts(zip);
  const types = [];
  for (const sp of withCharts) {
    const sheetPath = sheets.get(sp.name);
    if (!sheetPath) throw new ChartInjectionError(`the workbook has no sheet "${sp.name}" to draw its chart on`);
    types.push(...await addChartsToSheet(zip, sheetPath, sp.charts));
  }
  await registerContentTypes(zip, types);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
function attributes(tag) {
  const out = {};
  for (const m of tag.matchAll(/([^\s=<>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = xmlUnescape(m[2] ?? m[3] ?? "");
  return out;
}
async function text(zip, path2) {
  return zip.file(path2)?.async("string");
}
function relsPath(part) {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}
function parseRels(xml) {
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    return { id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "" };
  });
}
function resolveTarget(fromPart, target) {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}
async function addRel(zip, part, type, target) {
  const path2 = relsPath(part);
  const xml = await text(zip, path2) ?? emptyRelsXml();
  const taken = new Set(parseRels(xml).map((r) => r.id));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${xmlEscape(target)}"/>`;
  zip.file(path2, xml.replace(/<\/Relationships>\s*$/, `${rel}</Relationships>`).replace(/<Relationships([^>]*)\/>\s*$/, `<Relationships$1>${rel}</Relationships>`));
  return id;
}
function freePart(zip, stem) {
  for (let n = 1; ; n++) if (!zip.file(`${stem}${n}.xml`)) return { path: `${stem}${n}.xml`, n };
}
async function sheetParts(zip) {
  const rootRels = parseRels(await text(zip, "_rels/.rels") ?? "");
  const office = rootRels.find((r) => r.type.endsWith("/officeDocument"));
  const workbook = office ? resolveTarget("", office.target) : "xl/workbook.xml";
  const wbXml = await text(zip, workbook);
  if (!wbXml) throw new ChartInjectionError(`the package has no workbook part (${workbook})`);
  const rels = new Map(parseRels(await text(zip, relsPath(workbook)) ?? "").map((r) => [r.id, r]));
  const out = /* @__PURE__ */ new Map();
  for (const m of wbXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const rid = Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1];
    const rel = rid ? rels.get(rid) : void 0;
    if (a.name !== void 0 && rel) out.set(a.name, resolveTarget(workbook, rel.target));
  }
  return out;
}
function worksheetChildren(xml) {
  const tagRe = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([\w:.-]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  let depth = 0;
  let prefix = "";
  let rootTag = "";
  const children = [];
  for (const m of xml.matchAll(tagRe)) {
    const qname = m[2];
    if (!qname) continue;
    const local = qname.includes(":") ? qname.slice(qname.indexOf(":") + 1) : qname;
    if (m[1]) {
      depth--;
      if (depth === 0) return { prefix, rootTag, children, end: m.index };
      continue;
    }
    if (depth === 0) {
      prefix = qname.includes(":") ? qname.slice(0, qname.indexOf(":") + 1) : "";
      rootTag = m[0];
    } else if (depth === 1) children.push({ name: local, start: m.index, tag: m[0] });
    if (!m[4]) depth++;
  }
  throw new ChartInjectionError("the worksheet XML has no closing root element");
}
function insertDrawingElement(sheetXml, relId) {
  const { prefix, rootTag, children, end } = worksheetChildren(sheetXml);
  const at = children.find((c) => AFTER_DRAWING.has(c.name))?.start ?? end;
  const rBound = attributes(rootTag)["xmlns:r"] === NS.r;
  const el = `<${prefix}drawing${rBound ? "" : ` xmlns:r="${NS.r}"`} r:id="${relId}"/>`;
  return sheetXml.slice(0, at) + el + sheetXml.slice(at);
}
async function addChartsToSheet(zip, sheetPath, charts) {
  const types = [];
  let sheetXml = await text(zip, sheetPath);
  if (sheetXml === void 0) throw new ChartInjectionError(`the package has no part ${sheetPath}`);
  const existing = worksheetChildren(sheetXml).children.find((c) => c.name === "drawing");
  let drawingPath;
  let drawingXml;
  if (existing) {
    const rid = Object.entries(attributes(existing.tag)).find(([k]) => k.endsWith(":id"))?.[1];
    const rel = parseRels(await text(zip, relsPath(sheetPath)) ?? "").find((r) => r.id === rid);
    if (!rel) throw new ChartInjectionError(`${sheetPath} refers to a drawing (${rid ?? "no id"}) its relationships do not name`);
    drawingPath = resolveTarget(sheetPath, rel.target);
    drawingXml = await text(zip, drawingPath) ?? drawingPartXml([]);
  } else {
    drawingPath = freePart(zip, "xl/drawings/drawing").path;
    drawingXml = drawingPartXml([]);
    types.push(`<Override PartName="/${drawingPath}" ContentType="${CONTENT_TYPE.drawing}"/>`);
  }
  const declares = (p, ns) => drawingXml.includes(`xmlns:${p}="${ns}"`);
  const nsDecl = declares("xdr", NS.xdr) && declares("a", NS.a) ? "" : ` xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"`;
  let shapeId = Math.max(1, ...[...drawingXml.matchAll(/cNvPr\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  const anchors = [];
  for (const ch of charts) {
    const chartPath = freePart(zip, "xl/charts/chart").path;
    zip.file(chartPath, chartPartXml(ch));
    types.push(`<Override PartName="/${chartPath}" ContentType="${CONTENT_TYPE.chart}"/>`);
    const relId = await addRel(zip, drawingPath, REL.chart, `../charts/${chartPath.slice("xl/charts/".length)}`);
    anchors.push(chartAnchorXml(ch, relId, shapeId++).replace("<xdr:twoCellAnchor", `<xdr:twoCellAnchor${nsDecl}`));
  }
  const closing = /<\/(?:[\w.-]+:)?wsDr>\s*$/;
  if (!closing.test(drawingXml)) throw new ChartInjectionError(`${drawingPath} is not a spreadsheet drawing`);
  zip.file(drawingPath, drawingXml.replace(closing, (m) => anchors.join("") + m.trimEnd()));
  if (!existing) {
    const relId = await addRel(zip, sheetPath, REL.drawing, `../drawings/${drawingPath.slice("xl/drawings/".length)}`);
    sheetXml = insertDrawingElement(sheetXml, relId);
    zip.file(sheetPath, sheetXml);
  }
  return types;
}
async function registerContentTypes(zip, overrides) {
  const path2 = "[Content_Types].xml";
  const xml = await text(zip, path2);
  if (!xml) throw new ChartInjectionError("the package has no [Content_Types].xml");
  const missing = overrides.filter((o) => !xml.includes(o.slice(0, o.indexOf('" ContentType'))));
  zip.file(path2, xml.replace(/<\/Types>\s*$/, `${missing.join("")}</Types>`));
}
var import_jszip2, ChartInjectionError, AFTER_DRAWING;
var init_charts = __esm({
  "src/adapters/xlsx/charts.ts"() {
    "use strict";
    import_jszip2 = __toESM(require("jszip"));
    init_chartXml();
    ChartInjectionError = class extends Error {
      name = "ChartInjectionError";
    };
    AFTER_DRAWING = /* @__PURE__ */ new Set(["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"]);
  }
});

// src/adapters/xlsx/writeBookFile.ts
async function bookToBuffer(wb, plan) {
  const data = await wb.xlsx.writeBuffer();
  return addChartsToXlsx(Buffer.from(data), plan);
}
async function writeBookAtomically(wb, plan, file) {
  const bytes = await bookToBuffer(wb, plan);
  const tmp = (0, import_node_path3.join)((0, import_node_path3.dirname)(file), `.${(0, import_node_path3.basename)(file)}.${(0, import_node_crypto.randomBytes)(4).toString("hex")}.tmp`);
  try {
    await import_node_fs3.promises.writeFile(tmp, bytes);
    await import_node_fs3.promises.rename(tmp, file);
  } catch (e) {
    await import_node_fs3.promises.rm(tmp, { force: true });
    throw e;
  }
}
var import_node_crypto, import_node_fs3, import_node_path3;
var init_writeBookFile = __esm({
  "src/adapters/xlsx/writeBookFile.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    import_node_fs3 = require("node:fs");
    import_node_path3 = require("node:path");
    init_charts();
  }
});

// src/core/workbook/renameSheets.ts
function quoted(name) {
  return `'${name.replace(/'/g, "''")}'!`;
}
function renameInText(text2, renames) {
  let out = text2;
  for (const [from, to] of renames) out = out.split(quoted(from)).join(quoted(to));
  return out;
}
function renameSheetsInPlan(plan, renames) {
  if (renames.size === 0) return plan;
  const r = (s) => renameInText(s, renames);
  const cell = (c) => c.f !== void 0 ? { ...c, f: r(c.f) } : c;
  return {
    ...plan,
    names: plan.names.map((n) => ({ ...n, ref: r(n.ref) })),
    sheets: plan.sheets.map((s) => ({
      ...s,
      name: renames.get(s.name) ?? s.name,
      blocks: s.blocks.map((b) => ({ ...b, cells: b.cells.map((row) => row.map(cell)) })),
      validations: s.validations.map((v) => v.listFormula ? { ...v, listFormula: r(v.listFormula) } : v),
      conditionalFormats: s.conditionalFormats.map((cf) => ({ ...cf, rules: cf.rules.map((rule) => ({ ...rule, formula: r(rule.formula) })) })),
      charts: s.charts.map((ch) => ({
        ...ch,
        categoriesRef: r(ch.categoriesRef),
        series: ch.series.map((se) => ({ ...se, valuesRef: r(se.valuesRef) }))
      }))
    }))
  };
}
function freeSheetName(base, taken) {
  if (!taken.has(base.toLocaleLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLocaleLowerCase())) return name;
  }
}
var init_renameSheets = __esm({
  "src/core/workbook/renameSheets.ts"() {
    "use strict";
  }
});

// src/adapters/xlsx/writePlan.ts
function toFileFormula(f) {
  return f.replace(/^=/, "").split(/("(?:[^"]|"")*")/).map((part, i) => i % 2 ? part : part.replace(FUTURE, "_xlfn.$1(")).join("");
}
function applyPlanToWorkbook(wb, plan, owned = readOwnership(wb), opts = {}) {
  wb.calcProperties = { ...wb.calcProperties ?? {}, fullCalcOnLoad: true };
  const ownedSheets = /* @__PURE__ */ new Set([...owned.sheets.values()]);
  const userSheets = wb.worksheets.filter((ws) => !ownedSheets.has(ws) && ws !== owned.meta);
  const taken = new Set(userSheets.map((ws) => ws.name.toLocaleLowerCase()));
  const renames = /* @__PURE__ */ new Map();
  for (const sp of plan.sheets) {
    const current = owned.sheets.get(sp.key)?.name;
    const name = current && !taken.has(current.toLocaleLowerCase()) ? current : freeSheetName(sp.name, taken);
    taken.add(name.toLocaleLowerCase());
    if (name !== sp.name) renames.set(sp.name, name);
  }
  const finalPlan = renameSheetsInPlan(plan, renames);
  const names = wb.definedNames.matrixMap;
  const ownedNames = new Set(owned.names);
  for (const n of finalPlan.names) {
    if (names[n.name] && !ownedNames.has(n.name)) {
      throw new BookConflictError(`the workbook already has a name "${n.name}" that Ch\u1EC9 ti\xEAu did not create; rename or delete it and build again`);
    }
  }
  for (const n of ownedNames) delete names[n];
  const order = (ws) => ws;
  const slots = [...ownedSheets].map((ws) => order(ws).orderNo).sort((a, b) => a - b);
  for (const ws of ownedSheets) wb.removeWorksheet(ws.id);
  const written = [];
  let next = Math.max(0, ...wb.worksheets.map((ws) => order(ws).orderNo)) + 1;
  finalPlan.sheets.forEach((sp, i) => {
    const ws = writeSheet(wb, sp, finalPlan, opts);
    order(ws).orderNo = slots[i] ?? next++;
    written.push([sp, ws]);
  });
  for (const n of finalPlan.names) wb.definedNames.add(n.ref, n.name);
  writeOwnership(wb, owned.meta, {
    version: plan.meta?.version ?? 1,
    units: plan.meta?.units ?? "old",
    lang: plan.lang,
    sheets: written,
    names: finalPlan.names.map((n) => n.name),
    tables: finalPlan.sheets.flatMap((s) => s.tables.map((t) => t.name))
  });
  return finalPlan;
}
function writeSheet(wb, sp, plan, opts) {
  const ws = wb.addWorksheet(sp.name, {
    views: sp.freeze ? [{ state: "frozen", xSplit: sp.freeze.cols, ySplit: sp.freeze.rows }] : void 0
  });
  for (const c of sp.columns) {
    const col = ws.getColumn(c.index + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  }
  for (const b of sp.blocks) writeBlock(ws, b, plan);
  for (const t of sp.tables) {
    const [tl, br] = t.ref.split(":");
    const top = ws.getCell(tl);
    const bottom = ws.getCell(br);
    const r1 = Number(top.row), c1 = Number(top.col), r2 = Number(bottom.row), c2 = Number(bottom.col);
    const columns = [];
    for (let c = c1; c <= c2; c++) columns.push({ name: String(ws.getCell(r1, c).value ?? `Column${c}`), filterButton: true });
    const rows = [];
    for (let r = r1 + 1; r <= r2; r++) {
      const row = [];
      for (let c = c1; c <= c2; c++) row.push(ws.getCell(r, c).value);
      rows.push(row);
    }
    ws.addTable({ name: t.name, displayName: t.name, ref: tl, headerRow: true, style: { theme: t.style, showRowStripes: true }, columns, rows });
  }
  for (const v of sp.validations) {
    const formulae = v.listFormula ? [v.listFormula] : [`"${(v.list ?? []).join(",")}"`];
    forEachCell(ws, v.ref, (address) => {
      ws.getCell(address).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae,
        showErrorMessage: true,
        ...v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}
      };
    });
  }
  let priority = 1;
  for (const cf of sp.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: cf.ref,
      rules: cf.rules.map((r) => ({
        type: "expression",
        priority: priority++,
        formulae: [r.formula],
        style: dxfStyle(plan.styles[r.style] ?? {})
      }))
    });
  }
  for (const ch of opts.nativeCharts ? [] : sp.charts) {
    const cell = ws.getCell(ch.anchor.row + 1, ch.anchor.col + 1);
    cell.value = ch.fallbackNote;
    cell.font = { italic: true, color: { argb: "FF595959" } };
    cell.alignment = { wrapText: true, vertical: "top" };
  }
  return ws;
}
function writeBlock(ws, b, plan) {
  b.cells.forEach(
    (row, i) => row.forEach((cell, j) => {
      if (isEmpty(cell)) return;
      const xc = ws.getCell(b.row + i + 1, b.col + j + 1);
      xc.value = cellValue(cell);
      if (cell.fmt) xc.numFmt = cell.fmt;
      else if (cell.text) xc.numFmt = "@";
      if (cell.s) applyStyle(xc, plan.styles[cell.s] ?? {});
      if (cell.note) xc.note = cell.note;
    })
  );
}
function isEmpty(c) {
  return c.v === void 0 && c.f === void 0 && !c.fmt && !c.s && !c.note;
}
function cellValue(c) {
  if (c.f !== void 0) return { formula: toFileFormula(c.f) };
  if (c.v === void 0 || c.v === null) return null;
  return c.v;
}
function argb(rgb) {
  return `FF${rgb.toUpperCase()}`;
}
function applyStyle(xc, s) {
  if (s.bold || s.italic || s.color || s.fontSize) {
    xc.font = {
      ...s.bold ? { bold: true } : {},
      ...s.italic ? { italic: true } : {},
      ...s.color ? { color: { argb: argb(s.color) } } : {},
      ...s.fontSize ? { size: s.fontSize } : {}
    };
  }
  if (s.fill) xc.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.wrap || s.align) {
    xc.alignment = { ...s.wrap ? { wrapText: true } : {}, ...s.align ? { horizontal: s.align } : {}, vertical: "top" };
  }
}
function dxfStyle(s) {
  return {
    ...s.bold || s.italic || s.color ? { font: { ...s.bold ? { bold: true } : {}, ...s.italic ? { italic: true } : {}, ...s.color ? { color: { argb: argb(s.color) } } : {} } } : {},
    // Differential fills take the colour from bgColor, unlike cell fills.
    ...s.fill ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(s.fill) } } } : {}
  };
}
function forEachCell(ws, ref, fn) {
  const [a, b = a] = ref.split(":");
  const tl = ws.getCell(a);
  const br = ws.getCell(b);
  for (let r = Number(tl.row); r <= Number(br.row); r++) {
    for (let c = Number(tl.col); c <= Number(br.col); c++) fn(ws.getCell(r, c).address);
  }
}
var import_exceljs3, FUTURE, BookConflictError;
var init_writePlan = __esm({
  "src/adapters/xlsx/writePlan.ts"() {
    "use strict";
    import_exceljs3 = __toESM(require("exceljs"));
    init_plan();
    init_renameSheets();
    init_ownership();
    init_writeBookFile();
    FUTURE = new RegExp(`(?<![A-Za-z0-9_.])(${FUTURE_FUNCTIONS.join("|")})\\(`, "g");
    BookConflictError = class extends Error {
      name = "BookConflictError";
    };
  }
});

// src/cli/build.ts
async function buildBook(facts, opts) {
  const out = (0, import_node_path4.resolve)(opts.out);
  const existing = await openExisting(out);
  const merged = planRefresh(existing?.previous, facts, {
    catalog: catalog2,
    now: opts.now ?? localTimestamp(/* @__PURE__ */ new Date()),
    lang: opts.lang,
    units: opts.units,
    previousUnits: existing?.owned.units,
    period: opts.period,
    selectedPeriod: existing?.selectedPeriod,
    indicators: opts.indicators,
    failed: opts.failed,
    readSources: opts.readSources,
    docDates: opts.docDates
  });
  const { plan, lang } = merged;
  const units = plan.meta?.units ?? "old";
  const wb = existing?.wb ?? new import_exceljs4.default.Workbook();
  if (!existing) wb.creator = "Ch\u1EC9 ti\xEAu";
  const written = applyPlanToWorkbook(wb, plan, existing?.owned, { nativeCharts: true });
  await (0, import_promises.mkdir)((0, import_node_path4.dirname)(out), { recursive: true });
  await writeBookAtomically(wb, written, out);
  const entities = new Set(merged.facts.map((f) => f.entity));
  const selected = plan.sheets.find((s) => s.key === "compare")?.blocks[0]?.cells[1]?.[1]?.v;
  const text2 = [
    `${existing ? "refreshed" : "wrote"} ${out}`,
    `  ${merged.facts.length} facts, ${entities.size} units (${units === "new" ? "34 new units" : "old units"}); comparison opens on period ${String(selected ?? "")}`,
    ...formatSummary(merged.summary, lang).map((l) => `  ${l}`)
  ].join("\n");
  return { out, refreshed: !!existing, summary: merged.summary, text: text2 };
}
var import_promises, import_node_path4, import_exceljs4, catalog2;
var init_build = __esm({
  "src/cli/build.ts"() {
    "use strict";
    import_promises = require("node:fs/promises");
    import_node_path4 = require("node:path");
    import_exceljs4 = __toESM(require("exceljs"));
    init_indicators();
    init_refresh();
    init_existingBook();
    init_writeBookFile();
    init_writePlan();
    catalog2 = indicators_default;
  }
});

// src/cli/buildCommand.ts
var buildCommand_exports = {};
__export(buildCommand_exports, {
  buildCommand: () => buildCommand,
  extractSources: () => extractSources
});
async function extractSources(files, flags, warn = (s) => void process.stderr.write(s)) {
  const facts = [];
  const failed = [];
  const readSources = [];
  const docDates = {};
  for (const file of files) {
    const r = await extractFile(file, { entity: flags.entity, date: flags.date });
    const doc = (0, import_node_path5.basename)(file);
    if (r.error) {
      warn(`error: ${r.error}
`);
      failed.push({ doc, reason: r.error.startsWith(`${doc}: `) ? r.error.slice(doc.length + 2) : r.error });
      continue;
    }
    readSources.push(doc);
    if (flags.date) docDates[doc] = flags.date;
    for (const w of r.warnings) warn(`note: ${file}: ${w}
`);
    facts.push(...r.facts);
  }
  return { facts, failed, readSources, docDates };
}
async function buildCommand(inputs, flags) {
  if (!flags.out) {
    process.stderr.write("build needs --out FILE.xlsx\n");
    return 2;
  }
  if (flags.lang !== void 0 && flags.lang !== "vi" && flags.lang !== "en") {
    process.stderr.write(`--lang must be vi or en, not "${flags.lang}"
`);
    return 2;
  }
  if (flags.units !== void 0 && flags.units !== "old" && flags.units !== "new") {
    process.stderr.write(`--units must be old or new, not "${flags.units}"
`);
    return 2;
  }
  const { files, errors } = await listFiles(inputs);
  for (const e of errors) process.stderr.write(`error: ${e}
`);
  const { facts, failed, readSources, docDates } = await extractSources(files, flags);
  if (!readSources.length && !(0, import_node_fs4.existsSync)(flags.out)) {
    process.stderr.write("no report could be read: nothing written\n");
    return 1;
  }
  try {
    const result = await buildBook(facts, {
      out: flags.out,
      period: flags.period,
      lang: flags.lang,
      units: flags.units,
      indicators: flags.indicators ? flags.indicators.split(",").map((s) => s.trim()).filter(Boolean) : void 0,
      failed,
      readSources,
      docDates
    });
    process.stdout.write(result.text + "\n");
  } catch (e) {
    process.stderr.write(`error: ${e.message}
`);
    return 1;
  }
  return 0;
}
var import_node_fs4, import_node_path5;
var init_buildCommand = __esm({
  "src/cli/buildCommand.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    import_node_path5 = require("node:path");
    init_sources();
    init_build();
  }
});

// src/cli/main.ts
init_fact();
init_sources();
var USAGE = `usage:
  npm run cli -- extract <files or folders\u2026> [--entity NAME] [--date YYYY-MM-DD]
  npm run cli -- build <files or folders\u2026> --out comparison.xlsx [--period P] [--lang vi|en] [--units old|new] [--entity NAME] [--date YYYY-MM-DD]`;
function parseArgs(argv) {
  const [command = "", ...rest] = argv;
  const inputs = [];
  const flags = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a.startsWith("--")) {
      const [k, v] = a.includes("=") ? a.slice(2).split(/=(.*)/s) : [a.slice(2), rest[++i]];
      if (v === void 0) throw new Error(`--${k} needs a value`);
      flags[k] = v;
    } else inputs.push(a);
  }
  return { command, inputs, flags };
}
async function extract(args) {
  const { files, errors } = await listFiles(args.inputs);
  for (const e of errors) process.stderr.write(`error: ${e}
`);
  let read = 0;
  for (const file of files) {
    const r = await extractFile(file, { entity: args.flags.entity, date: args.flags.date });
    if (r.error) {
      process.stderr.write(`error: ${r.error}
`);
      continue;
    }
    read++;
    for (const w of r.warnings) process.stderr.write(`note: ${file}: ${w}
`);
    for (const f of r.facts) process.stdout.write(JSON.stringify(toJsonFact(f)) + "\n");
  }
  return read > 0 ? 0 : 1;
}
async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${e.message}
${USAGE}
`);
    return 2;
  }
  if (!args.inputs.length || !["extract", "build"].includes(args.command)) {
    process.stderr.write(`${USAGE}
`);
    return 2;
  }
  if (args.flags.date !== void 0 && !/^\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?$/.test(args.flags.date)) {
    process.stderr.write(`--date must be YYYY-MM-DD (or YYYY-MM, YYYY), not "${args.flags.date}"
`);
    return 2;
  }
  if (args.command === "extract") return extract(args);
  const { buildCommand: buildCommand2 } = await Promise.resolve().then(() => (init_buildCommand(), buildCommand_exports));
  return buildCommand2(args.inputs, args.flags);
}
main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`error: ${e.stack ?? e}
`);
    process.exit(1);
  }
);
