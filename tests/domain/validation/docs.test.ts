import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES, ruleCatalogueMarkdown } from "../../../src/domain/validation";

describe("the validation documentation", () => {
  it("lists exactly the rules the code runs (docs/validation.md holds the generated catalogue)", () => {
    const doc = readFileSync(join(import.meta.dirname, "..", "..", "..", "docs", "validation.md"), "utf8");
    expect(doc).toContain(ruleCatalogueMarkdown());
    expect(doc).toContain(`${RULES.length} in all`);
  });
});
