import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStaticServer, type StaticServer } from "../../scripts/static-server.js";

// fetch() normalises "/../" away; a raw request sends the path exactly as an attacker would.
function get(url: string, path: string): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const req = request({ hostname, port, path, method: "GET" }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"], body }));
    });
    req.on("error", reject);
    req.end();
  });
}

let root: string;
let server: StaticServer;

beforeAll(async () => {
  const parent = mkdtempSync(join(tmpdir(), "static-server-"));
  root = join(parent, "dist");
  mkdirSync(join(root, "assets"), { recursive: true });
  writeFileSync(join(root, "preview.html"), "<p>preview</p>");
  writeFileSync(join(root, "assets", "app.js"), "console.log(1)");
  writeFileSync(join(parent, "secret.txt"), "outside the root");
  server = await startStaticServer({ root });
});

afterAll(async () => {
  await server.close();
  rmSync(join(root, ".."), { recursive: true, force: true });
});

describe("the static server", () => {
  it("serves files with their content type on a loopback URL", async () => {
    expect(server.url).toMatch(/^http:\/\/localhost:\d+\/$/);
    expect(await get(server.url, "/preview.html")).toMatchObject({ status: 200, type: "text/html; charset=utf-8", body: "<p>preview</p>" });
    expect(await get(server.url, "/assets/app.js")).toMatchObject({ status: 200, type: "text/javascript; charset=utf-8" });
  });

  it("redirects / to the preview and answers 404 for what is not there", async () => {
    expect((await get(server.url, "/")).status).toBe(302);
    expect((await get(server.url, "/nope.html")).status).toBe(404);
    expect((await get(server.url, "/assets")).status).toBe(404); // no directory listings
  });

  it("never serves a file outside its root", async () => {
    for (const path of ["/../secret.txt", "/%2F..%2Fsecret.txt", "/assets/..%2F..%2Fsecret.txt"]) {
      const response = await get(server.url, path);
      expect(response.body).not.toContain("outside the root");
      expect([403, 404]).toContain(response.status);
    }
  });
});
