// Shared by the end-to-end tests: serves dist/ on a free localhost port and drives Debian's
// Chromium through playwright-core, offline (every request off our origin is refused) and
// with a fresh profile, collecting console errors and page errors so a test can assert none.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { startStaticServer, type StaticServer } from "../../../scripts/static-server.js";

export const repo = join(import.meta.dirname, "..", "..", "..");
export const dist = join(repo, "dist");
export const resultsDir = join(repo, "test-results");

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Session {
  server: StaticServer;
  context: BrowserContext;
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  if (!existsSync(join(dist, "preview.html"))) {
    throw new Error("dist/ has no build: run `npm run test:e2e` (it builds first) or `npm run build:dev`.");
  }
  const server = await startStaticServer({ root: dist });
  const profile = mkdtempSync(join(tmpdir(), "mentorship-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  // Offline by construction: the tests must not depend on (or leak to) the network. office.js
  // asks for a telemetry page on a Microsoft host; refusing it is what happens offline too.
  await context.route("**/*", (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
  mkdirSync(resultsDir, { recursive: true });
  return {
    server,
    context,
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Console errors, uncaught page errors and failed same-origin requests seen by a page. */
export function watchProblems(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => {
    if (request.url().startsWith(origin)) problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ""}`);
  });
  page.on("response", (response) => {
    if (response.url().startsWith(origin) && response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** A session with the preview open in one page, its problems watched, the pane's tabs drawn. */
export async function openPreview(): Promise<{ session: Session; page: Page; problems: string[] }> {
  const session = await startSession();
  const page = await session.context.newPage();
  const problems = watchProblems(page, session.server.url);
  await page.goto(`${session.server.url}preview.html`);
  await page.getByRole("tablist", { name: "Task pane sections" }).waitFor();
  return { session, page, problems };
}
