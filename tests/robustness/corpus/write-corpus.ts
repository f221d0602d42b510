/**
 * Writes the hostile corpus as .xlsx files (tests/robustness/corpus/files/, not committed), to
 * open by hand or give to the command line:  npx tsx tests/robustness/corpus/write-corpus.ts
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { saveXlsx } from "../../../src/workbook/xlsx/save-xlsx";
import { hostileCorpus } from "./hostile-corpus";

const out = join(import.meta.dirname, "files");
await mkdir(out, { recursive: true });
for (const item of hostileCorpus()) {
  const file = join(out, `${item.name.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "")}.xlsx`);
  try {
    await writeFile(file, (await saveXlsx(item.workbook())).bytes);
    console.log(`wrote ${file}`);
  } catch (error) {
    console.log(`${item.name}: not writable as .xlsx (${error instanceof Error ? error.message : String(error)})`);
  }
}
