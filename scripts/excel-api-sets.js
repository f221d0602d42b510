// Which ExcelApi requirement set each member of the add-in's Excel interface
// (src/workbook/office/excel-api.ts) needs, read from the "[Api set: ExcelApi N]" remarks in
// @types/office-js. The manifest must require the highest of them; the manifest test checks
// that, so adding a newer API to the interface fails the build until the manifest follows.
// `node scripts/excel-api-sets.js` prints the table.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

/** Xl interfaces that are not an Excel type of the same name without the prefix. */
const OFFICE_NAME = { XlEventHandlers: null, XlEventHandlerResult: null, XlClientObject: null, XlRequestContext: null };

export const compareVersions = (a, b) => {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am - bm || an - bn;
};

/** Members of each exported `interface XlName { ... }` in excel-api.ts. */
export function interfaceMembers(source) {
  const result = new Map();
  for (const match of source.matchAll(/export interface (Xl\w+)(?:<[^>]*>)?(?: extends [^{]+)?\s*\{([\s\S]*?)\n\}/g)) {
    const members = [];
    for (const line of match[2].split("\n")) {
      const member = /^\s+(?:readonly\s+)?(\w+)\??\s*[(:<]/.exec(line);
      if (member) members.push(member[1]);
    }
    result.set(match[1], members);
  }
  return result;
}

/** The text of `class Name` or `interface Name` inside `declare namespace Excel`, outside its Interfaces. */
function officeTypeBody(dts, name) {
  const start = dts.indexOf("declare namespace Excel {");
  const declaration = new RegExp(`\\n    (?:class|interface) ${name}\\b[^{]*\\{`, "g");
  declaration.lastIndex = start;
  const found = declaration.exec(dts);
  if (!found) return null;
  let depth = 1;
  let at = found.index + found[0].length;
  while (depth > 0 && at < dts.length) {
    const ch = dts[at++];
    if (ch === "{") depth++;
    else if (ch === "}") depth--;
  }
  return dts.slice(found.index, at);
}

/**
 * The set that introduces `member`, from the doc comment above its first declaration. Some
 * remarks name several sets ("1.1 for reading visibility; 1.2 for setting it", "1.15 for
 * adding `alwaysInsert` parameter"); the member exists from the lowest, and the remark is
 * kept as a note so the table shows which uses need more.
 */
function memberSet(body, member) {
  const declaration = new RegExp(`\\n\\s+(?:readonly\\s+)?${member}\\??\\s*[(:<]`);
  const found = declaration.exec(body);
  if (!found) return { found: false, set: null, note: null };
  const before = body.slice(0, found.index);
  const comment = before.slice(before.lastIndexOf("/**"));
  if (!comment.trimEnd().endsWith("*/")) return { found: true, set: null, note: null };
  const remark = /\[Api set: (ExcelApi [^\]]*)\]/.exec(comment);
  if (!remark) return { found: true, set: null, note: null };
  const versions = [...remark[1].matchAll(/(\d+\.\d+)/g)].map((m) => m[1]).sort(compareVersions);
  return { found: true, set: versions[0] ?? null, note: versions.length > 1 ? remark[1] : null };
}

/**
 * One row per interface member: { xl, office, member, set, note } where set is the ExcelApi
 * version that introduces it ("1.7"), or null for members with no set of their own (load,
 * collection items), and note the full remark when it names more than one set.
 */
export function excelApiSets(source = readFileSync(join(root, "src/workbook/office/excel-api.ts"), "utf8")) {
  const dts = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
  const rows = [];
  for (const [xl, members] of interfaceMembers(source)) {
    const office = xl in OFFICE_NAME ? OFFICE_NAME[xl] : xl.slice(2);
    if (!office) continue;
    const body = officeTypeBody(dts, office);
    if (!body) throw new Error(`excel-api.ts: ${xl} has no Excel.${office} in @types/office-js to take its requirement set from`);
    for (const member of members) {
      const { found, set, note } = memberSet(body, member);
      if (!found) throw new Error(`excel-api.ts: ${xl}.${member} is not a member of Excel.${office}`);
      rows.push({ xl, office, member, set, note });
    }
  }
  return rows;
}

/** The highest ExcelApi set any member needs, and the members that need it. */
export function requiredExcelApi(rows = excelApiSets()) {
  const versions = rows.map((row) => row.set).filter((set) => set !== null);
  const max = versions.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b), "1.1");
  return { version: max, needing: rows.filter((row) => row.set === max).map((row) => `${row.office}.${row.member}`) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = excelApiSets();
  console.log("| ExcelApi | members used by src/workbook/office/excel-api.ts |\n|---|---|");
  const bySet = new Map();
  for (const row of rows) {
    const key = row.set ?? "(none)";
    bySet.set(key, [...(bySet.get(key) ?? []), `${row.office}.${row.member}`]);
  }
  const keys = [...bySet.keys()].sort((a, b) => (a === "(none)" ? -1 : b === "(none)" ? 1 : compareVersions(a, b)));
  for (const key of keys) console.log(`| ${key} | ${bySet.get(key).join(", ")} |`);
  const notes = rows.filter((row) => row.note);
  if (notes.length) console.log(`\nLater sets for some uses:\n${notes.map((row) => `- ${row.office}.${row.member}: ${row.note}`).join("\n")}`);
  const { version, needing } = requiredExcelApi(rows);
  console.log(`\nRequired: ExcelApi ${version} (for ${needing.join(", ")})`);
}
