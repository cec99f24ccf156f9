// Serves the built pane (dist/) over plain http on localhost, so it can be tried in a browser
// without Office or certificates: npm run preview → http://localhost:3000/taskpane.html.
// Bound to 127.0.0.1 only; never lists directories; never serves outside dist/.
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
};

export function startPreviewServer(port = 3000, dir = resolve(__dirname, "..", "dist")): Promise<Server> {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      const rel = decodeURIComponent(url.pathname === "/" ? "/taskpane.html" : url.pathname);
      const file = normalize(join(root, rel));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end("forbidden");
        return;
      }
      const st = await stat(file).catch(() => null);
      if (!st || !st.isFile()) {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
        return;
      }
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
      res.end(await readFile(file));
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => ok(server));
  });
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 3000);
  startPreviewServer(port).then(
    () => console.log(`Preview: http://localhost:${port}/taskpane.html (Ctrl+C to stop)`),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
