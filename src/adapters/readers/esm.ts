// htmlparser2@12 and pdfjs-dist@4 ship as ES modules only. Under node (CLI, jest) a real node
// require loads them (require of ESM, node ≥ 20.19) without going through jest's CommonJS
// registry; in the browser the bundler resolves the static imports registered by the task pane.
type Loader = () => Promise<unknown>;

const loaders: Record<string, Loader> = {};

/** The task pane registers bundler imports: registerEsm("htmlparser2", () => import("htmlparser2")). */
export function registerEsm(specifier: string, loader: Loader): void {
  loaders[specifier] = loader;
}

const cache = new Map<string, Promise<unknown>>();

interface NodeProcess {
  getBuiltinModule?: (id: string) => unknown;
}

export function loadEsm<T>(specifier: string): Promise<T> {
  let p = cache.get(specifier);
  if (!p) {
    p = (async () => {
      if (loaders[specifier]) return loaders[specifier]();
      const proc = (globalThis as { process?: NodeProcess }).process;
      const mod = proc?.getBuiltinModule?.("module") as { createRequire?: (from: string) => (id: string) => unknown } | undefined;
      if (mod?.createRequire) return mod.createRequire(`${proc && typeof __filename === "string" ? __filename : "/"}`)(specifier);
      const dynamicImport = new Function("s", "return import(s)") as (s: string) => Promise<unknown>;
      return dynamicImport(specifier);
    })();
    cache.set(specifier, p);
  }
  return p as Promise<T>;
}
