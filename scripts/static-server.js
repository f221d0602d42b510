// A tiny static file server over a build folder (dist/), for `npm run preview` and the
// end-to-end tests. Binds to the loopback interface only; never lists directories; refuses
// paths that climb out of the root.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves `root` on http://127.0.0.1:`port` (0 picks a free port). `/` redirects to `index`.
 * Resolves once listening, with the base URL and a close function.
 */
export async function startStaticServer({ root, port = 0, index = "preview.html" }) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    void serve(request, response).catch((error) => {
      // Headers may already be out when a stream fails mid-way; end the response either way.
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain" });
      response.end(`Server error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });

  async function serve(request, response) {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    if (path === "/") {
      response.writeHead(302, { Location: `/${index}` }).end();
      return;
    }
    const file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403, { "Content-Type": "text/plain" }).end("Forbidden");
      return;
    }
    const info = await stat(file).catch(() => null);
    if (!info || !info.isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end(`Not found: ${path}`);
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": info.size,
      // A preview of a fresh build should never show yesterday's bundle.
      "Cache-Control": "no-store",
    });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  }

  await new Promise((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolveListen(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://localhost:${actualPort}/`,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}
