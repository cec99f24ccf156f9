// The files a command line names: files as given, folders read recursively in name order.
// Hidden and temporary files (".~lock.x#", "~$x.docx", "x.tmp", "Thumbs.db"…) and hidden folders
// are passed over; the workbook being written is never read as one of its own sources.
import { promises as fs, type Dirent } from "node:fs";
import path from "node:path";

export interface SourceFile {
  /** The path to open. */
  path: string;
  /** What facts and messages call it: the path below the folder named, else the file name. */
  doc: string;
  size: number;
}

export interface Listing {
  files: SourceFile[];
  /** Inputs that could not be listed, one message each ("x: no such file or folder"). */
  errors: string[];
  /** Files left out on purpose, one message each (the book being written). */
  notes: string[];
  /** Hidden or temporary files (and folders, with a trailing "/") passed over in folders. */
  skipped: string[];
  /** Folders named on the command line that hold no file to read. */
  emptyFolders: string[];
}

export interface ListOptions {
  /** Files never to read (the book being written), compared by resolved path. */
  exclude?: string[];
}

/** Office owner files, editor backups and lock files, system files: never reports. */
export function isHiddenOrTemporary(name: string): boolean {
  return (
    name.startsWith(".") ||
    name.startsWith("~") ||
    name.endsWith("~") ||
    /\.(?:tmp|temp|crdownload|part)$/i.test(name) ||
    /^(?:thumbs\.db|desktop\.ini)$/i.test(name)
  );
}

const slash = (p: string) => p.split(path.sep).join("/");

async function realOrSelf(p: string): Promise<string> {
  return fs.realpath(p).catch(() => path.resolve(p));
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "a link that points to itself";
  return (e as Error)?.message ?? String(e);
}

interface Walk {
  out: Listing;
  seenDirs: Set<string>;
}

async function walkFolder(dir: string, rel: string, w: Walk): Promise<SourceFile[]> {
  const real = await realOrSelf(dir);
  if (w.seenDirs.has(real)) return [];
  w.seenDirs.add(real);
  let dirents: Dirent[];
  try {
    dirents = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    w.out.errors.push(`${dir}: cannot open the folder (${reason(e)})`);
    return [];
  }
  const entries = await Promise.all(
    dirents.map(async (d) => {
      const name = d.name;
      const p = path.join(dir, name);
      if (isHiddenOrTemporary(name)) {
        w.out.skipped.push(slash(rel ? `${rel}/${name}` : name) + (d.isDirectory() ? "/" : ""));
        return [];
      }
      try {
        const st = await fs.stat(p);
        if (st.isDirectory()) return walkFolder(p, rel ? `${rel}/${name}` : name, w);
        if (!st.isFile()) return [];
        return [{ path: p, doc: rel ? `${rel}/${name}` : name, size: st.size }];
      } catch (e) {
        w.out.errors.push(`${p}: ${reason(e)}`);
        return [];
      }
    }),
  );
  return entries.flat();
}

/** Two sources with the same name would mix their facts: those keep the path as given instead. */
function distinctDocs(files: SourceFile[]): SourceFile[] {
  const count = new Map<string, number>();
  for (const f of files) count.set(f.doc, (count.get(f.doc) ?? 0) + 1);
  return files.map((f) => ((count.get(f.doc) ?? 0) > 1 ? { ...f, doc: slash(path.relative(process.cwd(), f.path) || f.path) } : f));
}

export async function listSources(inputs: string[], opts: ListOptions = {}): Promise<Listing> {
  const out: Listing = { files: [], errors: [], notes: [], skipped: [], emptyFolders: [] };
  const excluded = new Set(await Promise.all((opts.exclude ?? []).map(realOrSelf)));
  const w: Walk = { out, seenDirs: new Set() };
  const found: SourceFile[] = [];
  for (const input of inputs) {
    let st;
    try {
      st = await fs.stat(input);
    } catch (e) {
      out.errors.push(`${input}: ${reason(e)}`);
      continue;
    }
    if (st.isDirectory()) {
      const files = await walkFolder(input, "", w);
      if (!files.length) out.emptyFolders.push(input);
      found.push(...files);
    } else found.push({ path: input, doc: path.basename(input), size: st.size });
  }
  const excludedNames = new Set([...excluded].map((p) => path.basename(p)));
  const seen = new Set<string>();
  for (const f of found) {
    const abs = path.resolve(f.path);
    if (seen.has(abs)) continue; // named twice (a file and its folder)
    seen.add(abs);
    // the real path (links resolved) only for a file that may be the excluded one
    if (excludedNames.has(path.basename(f.path)) && excluded.has(await realOrSelf(f.path))) {
      out.notes.push(`${f.path}: the workbook being written — not read as a source`);
      continue;
    }
    out.files.push(f);
  }
  out.files = distinctDocs(out.files);
  out.skipped.sort(); // folders are walked concurrently
  return out;
}
