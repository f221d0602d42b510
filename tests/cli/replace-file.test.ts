import { mkdtemp, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { replaceFile } from "../../src/cli/replace-file";

async function folder(): Promise<string> {
  return mkdtemp(join(tmpdir(), "replace-file-"));
}

describe("replaceFile (how the command line writes --out)", () => {
  it("replaces an existing file whole and leaves no hidden file behind", async () => {
    const dir = await folder();
    const target = join(dir, "registers.xlsx");
    await writeFile(target, "the officer's copy");
    await replaceFile(target, new TextEncoder().encode("the new workbook"));
    expect(await readFile(target, "utf8")).toBe("the new workbook");
    expect(await readdir(dir)).toEqual(["registers.xlsx"]);
  });

  it("leaves the target as it was, and no hidden file, when the write cannot finish", async () => {
    const dir = await folder();
    // A folder where the file should go: the rename fails after the bytes were written beside it.
    const target = join(dir, "taken.xlsx");
    await mkdir(target);
    await writeFile(join(target, "inside.txt"), "kept");
    await expect(replaceFile(target, "bytes")).rejects.toMatchObject({ code: expect.stringMatching(/^(EISDIR|ENOTEMPTY|EEXIST|EPERM)$/) });
    expect(await readdir(dir)).toEqual(["taken.xlsx"]);
    expect(await readFile(join(target, "inside.txt"), "utf8")).toBe("kept");
  });
});
