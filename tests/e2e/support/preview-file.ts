// The preview open for a test file or suite: opened in a beforeAll, closed after the file, and
// read through getters, since it exists only once its beforeAll has run. So a test file says
// `const preview = previewForFile()` instead of repeating the session, page and hooks.
import type { Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { openPreview, watchProblems, type Session } from "./browser";

/** A page on the preview and the console errors, page errors and failed requests it saw. */
export interface PreviewPage {
  readonly page: Page;
  readonly problems: string[];
}

export interface OpenedPreview extends PreviewPage {
  readonly session: Session;
}

function whenOpened<T>(opened: () => T | undefined): () => T {
  return () => {
    const value = opened();
    if (value === undefined) throw new Error("the preview is not open yet: use it inside a test or hook, after the beforeAll that opens it");
    return value;
  };
}

/** A browser session with the preview in one page, its tabs drawn, for the calling test file. */
export function previewForFile(): OpenedPreview {
  let opened: OpenedPreview | undefined;
  beforeAll(async () => {
    opened = await openPreview();
  });
  afterAll(async () => {
    await opened?.session.close();
  });
  const current = whenOpened(() => opened);
  return {
    get session() {
      return current().session;
    },
    get page() {
      return current().page;
    },
    get problems() {
      return current().problems;
    },
  };
}

/**
 * Another page of the same session on the preview with `query` (e.g. "?rows=50000" for the
 * large sample sheet), its problems watched apart, opened in a beforeAll of the calling suite
 * once the pane's tabs are drawn. It closes with the session.
 */
export function anotherPreviewPage(preview: OpenedPreview, query: string): PreviewPage {
  let opened: PreviewPage | undefined;
  beforeAll(async () => {
    const { session } = preview;
    const page = await session.context.newPage();
    const problems = watchProblems(page, session.server.url);
    await page.goto(`${session.server.url}preview.html${query}`);
    await page.getByRole("tablist", { name: "Task pane sections" }).waitFor();
    opened = { page, problems };
  });
  const current = whenOpened(() => opened);
  return {
    get page() {
      return current().page;
    },
    get problems() {
      return current().problems;
    },
  };
}
