import { describe, expect, it } from "vitest";
import { REGISTERS } from "../../../src/domain/registers";
import { loadRegisters } from "../../../src/operations/load-registers";
import { validateWorkbook } from "../../../src/operations/validate";
import { ConvertError, convertSheet, surveyWorkbook, type ConvertOutcome } from "../../../src/operations/convert";
import { buildSampleWorkbookSpec, sampleTruth } from "../../../src/sample";
import { createMemoryContext, memoryWorkbookFromSpec, type MemoryWorkbook } from "../../../src/workbook/memory";
import { readSheetGrid, WorkbookOperationError } from "../../../src/workbook/office";
import { sheetFromGrid, sheetState } from "./support";

const MENTORS = "Mentors list 2016";

function sample(): MemoryWorkbook {
  return memoryWorkbookFromSpec(buildSampleWorkbookSpec(), { dateOrder: "DMY" });
}

function converted(outcome: ConvertOutcome) {
  if (outcome.status !== "converted") throw new Error(`expected a conversion, got ${outcome.status}`);
  return outcome;
}

async function registerGrid(workbook: MemoryWorkbook, sheet = REGISTERS.mentors.sheetName) {
  return readSheetGrid(createMemoryContext(workbook), sheet);
}

describe("converting the sample's mentor sheet", () => {
  it("writes the Mentors register as a table and leaves the source exactly as it was", async () => {
    const workbook = sample();
    const before = sheetState(workbook.sheet(MENTORS));
    const context = createMemoryContext(workbook);
    const outcome = converted(await convertSheet(context, { sheet: MENTORS }));
    expect(sheetState(workbook.sheet(MENTORS))).toEqual(before);

    const truth = sampleTruth();
    expect(outcome.rowsFromSource).toBe(truth.mentors.length + 1);
    expect(outcome.written).toMatchObject({ sheetName: "Mentors register", tableName: "MentorsRegister", rows: truth.mentors.length + 1 });
    const register = workbook.sheet("Mentors register");
    expect(register.tables.map((t) => t.name)).toEqual(["MentorsRegister"]);
    expect(register.frozenRows).toBe(1);
    const grid = await registerGrid(workbook);
    const headers = grid.values[0] ?? [];
    expect(headers.slice(0, REGISTERS.mentors.fields.length)).toEqual(REGISTERS.mentors.fields.map((f) => f.label));
    expect(headers.slice(-3)).toEqual(["Source sheet", "Source row", "As typed"]);
    expect(grid.values[1]?.slice(-3, -1)).toEqual([MENTORS, 5]);
  });

  it("writes typed values with number formats, and drop-downs for closed lists", async () => {
    const workbook = sample();
    await convertSheet(createMemoryContext(workbook), { sheet: MENTORS });
    const grid = await registerGrid(workbook);
    const col = (label: string) => (grid.values[0] ?? []).indexOf(label);
    const years = col("Years of HR experience");
    expect(grid.values.slice(1).every((r) => typeof r[years] === "number" || r[years] === "")).toBe(true);
    expect(grid.numberFormats[1]?.[years]).toBe("0");
    expect(grid.values.slice(1).every((r) => ["Yes", "No", ""].includes(String(r[col("Sensitisation attended")])))).toBe(true);
    expect(grid.values.slice(1).every((r) => /^\+254\d{9}$/.test(String(r[col("Phone")])) || r[col("Phone")] === "")).toBe(true);
    expect(grid.numberFormats[1]?.[col("Phone")]).toBe("@");

    const register = workbook.sheet("Mentors register");
    const listAt = (label: string) => register.validationAt(1, col(label))?.list.source;
    expect(listAt("Sector")).toBe("Public,Private,Faith-based");
    expect(listAt("Sensitisation attended")).toBe("Yes,No");
    // 47 counties are too long for a typed list: they live on the hidden "Mentorship lists" sheet.
    expect(listAt("County")).toMatch(/^='Mentorship lists'!\$[A-Z]+\$2:\$[A-Z]+\$48$/);
    expect(workbook.sheet("Mentorship lists").visibility).toBe("Hidden");
    // Phase names come from the sample's Phases sheet; another phase only draws a warning.
    expect(listAt("Phase")).toBe("Phase 1,Phase 2");
    expect(register.validationAt(1, col("Phase"))?.errorAlert.style).toBe("Warning");
    expect(register.validationAt(1, col("County"))?.errorAlert.style).toBe("Stop");
  });

  it("keeps originals of changed cells in As typed", async () => {
    const workbook = sample();
    await convertSheet(createMemoryContext(workbook), { sheet: MENTORS });
    const grid = await registerGrid(workbook);
    const asTyped = grid.values.map((r) => String(r[r.length - 1]));
    // The sample types "Taita-Taveta" and a phone as "0701 555 331"; the register shows them normalised.
    expect(asTyped.some((t) => t.includes('County: "Taita-Taveta"'))).toBe(true);
    expect(asTyped.some((t) => t.includes('Phone: "0701 555 331"'))).toBe(true);
  });

  it("is read back by loadRegisters in place of the raw sheet, with the same rows", async () => {
    const workbook = sample();
    const context = createMemoryContext(workbook);
    const raw = await loadRegisters(context);
    await convertSheet(context, { sheet: MENTORS });
    const loaded = await loadRegisters(context);
    expect(loaded.sources.find((s) => s.kind === "mentors")).toMatchObject({ from: "register", table: "MentorsRegister" });
    const names = (l: typeof raw) => l.registers.mentors?.rows.map((r) => r.values.fullName);
    expect(names(loaded)).toEqual(names(raw));
    const counties = (l: typeof raw) => l.registers.mentors?.rows.map((r) => r.values.county);
    expect(counties(loaded)).toEqual(counties(raw));
    // A register row read back needs no normalising: it is stored in the register's own form.
    expect(loaded.registers.mentors?.rows.flatMap((r) => r.changes)).toEqual([]);
  });
});

describe("converting every raw sheet of the sample", () => {
  it("converts each into its register, with the rows the reader finds", async () => {
    const workbook = sample();
    const context = createMemoryContext(workbook);
    const raw = await loadRegisters(context);
    const survey = await surveyWorkbook(context);
    const proposed = survey.sheets.filter((s) => s.proposed);
    expect(proposed.map((s) => s.sheet)).toEqual(buildSampleWorkbookSpec().sheets.map((s) => s.name));
    for (const sheet of proposed) {
      const outcome = converted(await convertSheet(context, { sheet: sheet.sheet }));
      const kind = sheet.detection?.kind;
      if (!kind) throw new Error(`no kind for ${sheet.sheet}`);
      expect(outcome.rowsFromSource, sheet.sheet).toBe(raw.registers[kind]?.rows.length);
    }
    const after = await surveyWorkbook(context);
    expect(after.sheets.filter((s) => s.role === "register").map((s) => s.register?.kind).sort()).toEqual(["evaluations", "goals", "mentees", "mentors", "pairs", "phases", "sessions"]);
    expect(after.sheets.filter((s) => s.proposed)).toEqual([]);
    expect(after.sheets.find((s) => s.sheet === MENTORS)?.convertedInto).toEqual([{ kind: "mentors", rows: sampleTruth().mentors.length + 1 }]);
  });
});

describe("converting again into an existing register", () => {
  async function convertedSample() {
    const workbook = sample();
    const context = createMemoryContext(workbook);
    await convertSheet(context, { sheet: MENTORS });
    return { workbook, context };
  }

  it("writes nothing without a choice and reports nothing changed when nothing did", async () => {
    const { workbook, context } = await convertedSample();
    const before = sheetState(workbook.sheet("Mentors register"));
    const outcome = await convertSheet(context, { sheet: MENTORS });
    expect(outcome.status).toBe("needs-choice");
    if (outcome.status !== "needs-choice") return;
    expect(outcome.diff).toMatchObject({ added: [], removed: [], changed: [], unchanged: 33, otherRows: 0 });
    expect(sheetState(workbook.sheet("Mentors register"))).toEqual(before);
  });

  it("tells an edit in the register from the fresh conversion, cell by cell", async () => {
    const { workbook, context } = await convertedSample();
    const register = workbook.sheet("Mentors register");
    register.setRawValue(1, 1, "Daniel O. Agola"); // B2: the officer corrected a name in the register
    const source = workbook.sheet(MENTORS);
    source.setRawValue(5, 1, "Agnes A. Omolo"); // B6 on the source: the next row, changed there
    source.setRawValue(60, 1, "Late Entry Mentor"); // a new row far below
    const outcome = await convertSheet(context, { sheet: MENTORS });
    if (outcome.status !== "needs-choice") throw new Error(outcome.status);
    expect(outcome.diff.added).toEqual([61]);
    expect(outcome.diff.changed.map((c) => [c.sourceRow, c.cells.map((d) => [d.header, d.address, d.register, d.fresh])])).toEqual([
      [5, [["Full name", "B2", "Daniel O. Agola", "Daniel Okoth Agola"]]],
      [6, [["Full name", "B3", "Agnes Akoth Omolo", "Agnes A. Omolo"]]],
    ]);
  });

  it("'add new rows only' keeps every register cell and adds the new source rows at the end", async () => {
    const { workbook, context } = await convertedSample();
    workbook.sheet("Mentors register").setRawValue(1, 1, "Daniel O. Agola");
    workbook.sheet(MENTORS).setRawValue(60, 1, "Late Entry Mentor");
    const outcome = converted(await convertSheet(context, { sheet: MENTORS, choice: "add-new" }));
    const grid = await registerGrid(workbook);
    expect(grid.values[1]?.[1]).toBe("Daniel O. Agola");
    expect(grid.values).toHaveLength(35);
    expect(grid.values[34]?.[1]).toBe("Late Entry Mentor");
    expect(outcome.rowsFromSource).toBe(1);
    // Written as one table again: the new row has its drop-downs like every other.
    expect(outcome.written.how).toBe("table");
    expect(workbook.sheet("Mentors register").validationAt(34, 4)?.list.source).toMatch(/^='Mentorship lists'!/);
  });

  it("'replace' rewrites this sheet's rows, keeps the register's own columns and other sheets' rows", async () => {
    const { workbook, context } = await convertedSample();
    const register = workbook.sheet("Mentors register");
    register.setRawValue(1, 1, "Daniel O. Agola");
    // The officer typed a follow-up note beside the table, then widened it into a column of its own
    // by converting again; here the column is added to the table's area directly.
    const table = register.tables[0];
    if (!table) throw new Error("no table");
    const followUp = table.rect.column + table.rect.columnCount;
    register.setRawValue(0, followUp, "Follow-up");
    register.setRawValue(1, followUp, "Call in March");
    table.rect = { ...table.rect, columnCount: table.rect.columnCount + 1 };
    // A row the officer typed straight into the register (no source).
    register.setRawValue(table.rect.rowCount, 1, "Typed In Register");
    table.rect = { ...table.rect, rowCount: table.rect.rowCount + 1 };
    const outcome = await convertSheet(context, { sheet: MENTORS });
    if (outcome.status !== "needs-choice") throw new Error(outcome.status);
    expect(outcome.diff.registerOnlyColumns).toEqual(["Follow-up"]);
    expect(outcome.diff.otherRows).toBe(1);

    converted(await convertSheet(context, { sheet: MENTORS, choice: "replace" }));
    const grid = await registerGrid(workbook);
    const headers = grid.values[0] ?? [];
    expect(headers.slice(-4)).toEqual(["Follow-up", "Source sheet", "Source row", "As typed"]);
    expect(grid.values[1]?.[1]).toBe("Daniel Okoth Agola");
    expect(grid.values[1]?.[headers.indexOf("Follow-up")]).toBe("Call in March");
    expect(grid.values.map((r) => r[1])).toContain("Typed In Register");
  });

  it("'cancel' writes nothing", async () => {
    const { workbook, context } = await convertedSample();
    workbook.sheet(MENTORS).setRawValue(60, 1, "Late Entry Mentor");
    const before = sheetState(workbook.sheet("Mentors register"));
    const outcome = await convertSheet(context, { sheet: MENTORS, choice: "cancel" });
    expect(outcome.status).toBe("cancelled");
    expect(sheetState(workbook.sheet("Mentors register"))).toEqual(before);
  });

  it("refuses to rewrite a register holding formulas, naming the cell", async () => {
    const { workbook, context } = await convertedSample();
    const register = workbook.sheet("Mentors register");
    register.setRawValue(2, 10, 2, "=1+1");
    const outcome = await convertSheet(context, { sheet: MENTORS });
    if (outcome.status !== "needs-choice") throw new Error(outcome.status);
    expect(outcome.diff.formulas).toEqual(["K3"]);
    const error = await convertSheet(context, { sheet: MENTORS, choice: "replace" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConvertError);
    expect((error as ConvertError).code).toBe("RegisterHasFormulas");
    expect((error as ConvertError).message).toContain("K3");
    expect(register.cellAt("K3")?.formula).toBe("=1+1");
  });

  it("'add new rows only' into a register with formulas adds below the table, touching nothing else", async () => {
    const { workbook, context } = await convertedSample();
    const register = workbook.sheet("Mentors register");
    register.setRawValue(2, 10, 2, "=1+1");
    workbook.sheet(MENTORS).setRawValue(60, 1, "Late Entry Mentor");
    workbook.sheet(MENTORS).setRawValue(60, 4, "Homabay");
    const outcome = converted(await convertSheet(context, { sheet: MENTORS, choice: "add-new" }));
    expect(outcome.written).toMatchObject({ how: "appended", rows: 34, address: "'Mentors register'!A1:S35" });
    expect(register.cellAt("K3")?.formula).toBe("=1+1");
    expect(register.cellAt("B35")?.value).toBe("Late Entry Mentor");
    expect(register.cellAt("E35")?.value).toBe("Homa Bay");
  });

  it("adds a second sheet of the same register below the first, keeping both sources", async () => {
    const { workbook, context } = await convertedSample();
    sheetFromGrid({ sheet: "Mentors Ph3", origin: { row: 1, column: 1 }, values: [["Name of Mentor", "County"], ["Zawadi Mwende", "Kitui"]] }, workbook);
    const outcome = await convertSheet(context, { sheet: "Mentors Ph3" });
    if (outcome.status !== "needs-choice") throw new Error(outcome.status);
    expect(outcome.diff).toMatchObject({ added: [2], changed: [], removed: [], otherRows: 33 });
    converted(await convertSheet(context, { sheet: "Mentors Ph3", choice: "add-new" }));
    const grid = await registerGrid(workbook);
    expect(grid.values).toHaveLength(35);
    expect(grid.values[34]?.slice(-3, -1)).toEqual(["Mentors Ph3", 2]);
  });
});

describe("what a conversion refuses", () => {
  const refusal = async (workbook: MemoryWorkbook, request: Parameters<typeof convertSheet>[1]) => {
    const error = await convertSheet(createMemoryContext(workbook), request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConvertError);
    return error as ConvertError;
  };

  it("a sheet that is not there, listing the sheets", async () => {
    const error = await refusal(sample(), { sheet: "Mentor list" });
    expect(error.code).toBe("SheetNotFound");
    expect(error.fix).toContain("“Mentors list 2016”");
  });

  it("a sheet whose register is unsure, unless the officer chooses", async () => {
    const grid = { sheet: "People", origin: { row: 1, column: 1 }, values: [["Name", "County", "Phone"], ["Achieng Otieno", "Kisumu", "0712345678"]] };
    const error = await refusal(sheetFromGrid(grid), { sheet: "People" });
    expect(error.code).toBe("KindUnsure");
    expect(error.message).toContain("People");
    const outcome = await convertSheet(createMemoryContext(sheetFromGrid(grid)), { sheet: "People", kind: "mentees" });
    expect(outcome.status).toBe("converted");
  });

  it("the add-in's own sheets", async () => {
    const workbook = sample();
    await convertSheet(createMemoryContext(workbook), { sheet: MENTORS });
    expect((await refusal(workbook, { sheet: "Mentors register" })).code).toBe("NotASourceSheet");
  });

  it("a register sheet name taken by the officer's own sheet", async () => {
    const workbook = sample();
    workbook.addSheet("Mentors register").setRawValue(0, 0, "My own notes");
    const error = await refusal(workbook, { sheet: MENTORS });
    expect(error.code).toBe("TargetOccupied");
    expect(workbook.sheet("Mentors register").cellAt("A1")?.value).toBe("My own notes");
  });

  it("a sheet whose headers changed since the officer looked", async () => {
    const workbook = sample();
    const survey = await surveyWorkbook(createMemoryContext(workbook));
    const mapping = survey.sheets.find((s) => s.sheet === MENTORS)?.detection?.mapping;
    if (!mapping) throw new Error("no mapping");
    const previewed = { headerRow: mapping.headerRow, headers: mapping.columns.map((c) => c.header) };
    workbook.sheet(MENTORS).setRawValue(mapping.headerRow - 1, 6, "Mobile");
    const error = await refusal(workbook, { sheet: MENTORS, previewed });
    expect(error.code).toBe("HeadersChanged");
    expect(workbook.getSheet("Mentors register")).toBeUndefined();
  });
});

describe("the officer's mapping", () => {
  it("carries a column as is when told, and takes a field for a column the headers missed", async () => {
    const grid = { sheet: "Mentors", origin: { row: 1, column: 1 }, values: [["Name of Mentor", "Mob", "County"], ["Achieng Otieno", "0712 345 678", "Homabay"]] };
    const workbook = sheetFromGrid(grid);
    const outcome = converted(
      await convertSheet(createMemoryContext(workbook), {
        sheet: "Mentors",
        kind: "mentors",
        overrides: [
          { column: 2, field: "phone" },
          { column: 3, field: null },
        ],
      }),
    );
    expect(outcome.summary.mapped.map((m) => [m.letter, m.label, m.source])).toEqual([
      ["A", "Full name", "header"],
      ["B", "Phone", "override"],
    ]);
    expect(outcome.summary.carried.map((c) => c.registerHeader)).toEqual(["County (column C)"]);
    const register = await registerGrid(workbook);
    const headers = register.values[0] ?? [];
    expect(register.values[1]?.[headers.indexOf("Phone")]).toBe("+254712345678");
    // Carried exactly as typed, under a header that cannot be mistaken for the County field.
    expect(register.values[1]?.[headers.indexOf("County (column C)")]).toBe("Homabay");
    expect(register.values[1]?.[headers.indexOf("County")]).toBe("");
  });
});

describe("the add-in's drop-down lists sheet and the officer's own sheets", () => {
  const LISTS = "Mentorship lists";
  const everySheet = (workbook: MemoryWorkbook) => workbook.sheets.map(sheetState);

  it("refuses to convert when a sheet named like ours holds the officer's data, writing nothing", async () => {
    const workbook = sample();
    const theirs = workbook.addSheet(LISTS);
    theirs.setRawValue(0, 0, "Trainer");
    theirs.setRawValue(1, 0, "Achieng Otieno");
    const before = everySheet(workbook);
    const error = await convertSheet(createMemoryContext(workbook), { sheet: MENTORS }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookOperationError);
    expect(error).toMatchObject({ code: "InvalidData", sheet: LISTS });
    const message = (error as Error).message;
    expect(message).toContain(`The sheet "${LISTS}" holds your data (A1 holds "Trainer")`);
    expect(message).toContain("Nothing was written. Rename that sheet, then run it again.");
    expect(everySheet(workbook)).toEqual(before);
  });

  it("converting again reuses its own lists sheet: same columns, same references, still hidden", async () => {
    const workbook = sample();
    const context = createMemoryContext(workbook);
    await convertSheet(context, { sheet: MENTORS });
    const lists = workbook.sheet(LISTS);
    const first = sheetState(lists);
    const county = (await registerGrid(workbook)).values[0]?.indexOf("County") ?? -1;
    const source = workbook.sheet("Mentors register").validationAt(1, county)?.list.source;
    expect(source).toMatch(/^='Mentorship lists'!\$A\$2:\$A\$48$/);
    expect(lists.cellAt("A1")?.value).toBe("MentorsRegister[County]");

    converted(await convertSheet(context, { sheet: MENTORS, choice: "replace" }));
    expect(workbook.sheets.filter((s) => s.name.toLowerCase().startsWith("mentorship lists"))).toHaveLength(1);
    expect(sheetState(workbook.sheet(LISTS))).toEqual(first);
    expect(workbook.sheet("Mentors register").validationAt(1, county)?.list.source).toBe(source);
  });

  it("leaves the officer's own \"Lists\" sheet exactly as it was", async () => {
    const workbook = sample();
    const theirs = workbook.addSheet("Lists");
    [["County", "Sub-county"], ["Kisumu", "Nyando"], ["Nakuru", "Naivasha"]].forEach((row, i) => row.forEach((v, j) => theirs.setRawValue(i, j, v)));
    const before = sheetState(theirs);
    converted(await convertSheet(createMemoryContext(workbook), { sheet: MENTORS }));
    expect(sheetState(workbook.sheet("Lists"))).toEqual(before);
    expect(workbook.sheet(LISTS).visibility).toBe("Hidden");
  });

  it("reads a mentor list kept on a sheet named \"Lists\" like any other sheet: detected, validated, converted", async () => {
    const spec = buildSampleWorkbookSpec();
    const workbook = memoryWorkbookFromSpec({ sheets: spec.sheets.map((s) => (s.name === MENTORS ? { ...s, name: "Lists" } : s)) }, { dateOrder: "DMY" });
    const context = createMemoryContext(workbook);
    const survey = await surveyWorkbook(context);
    expect(survey.sheets.find((s) => s.sheet === "Lists")).toMatchObject({ proposed: true, detection: { kind: "mentors" } });
    const validation = await validateWorkbook(context);
    expect(validation.sources).toContainEqual(expect.objectContaining({ kind: "mentors", from: "raw", sheet: "Lists", rows: sampleTruth().mentors.length + 1 }));
    expect(validation.issues.some((i) => i.sheet === "Lists")).toBe(true);

    const outcome = converted(await convertSheet(context, { sheet: "Lists" }));
    expect(outcome.rowsFromSource).toBe(sampleTruth().mentors.length + 1);
    const loaded = await loadRegisters(context);
    expect(loaded.sources.find((s) => s.kind === "mentors")).toMatchObject({ from: "register", table: "MentorsRegister" });
  });
});
