import { describe, expect, it } from "vitest";
import { REGISTERS, REGISTER_KINDS, fieldDef } from "../../../src/domain/registers";
import { looseHeaderKey } from "./header-key";

describe("register catalogue", () => {
  it("describes every field of every register with a label, kind, help and aliases", () => {
    for (const kind of REGISTER_KINDS) {
      const def = REGISTERS[kind];
      expect(def.fields.length).toBeGreaterThan(3);
      for (const field of def.fields) {
        expect(field.label.trim(), `${kind}.${field.key}`).not.toBe("");
        expect(field.help.trim(), `${kind}.${field.key}`).not.toBe("");
        expect(field.aliases.length, `${kind}.${field.key}`).toBeGreaterThan(0);
      }
    }
  });

  it("gives each field of a register a label of its own", () => {
    for (const kind of REGISTER_KINDS) {
      const labels = REGISTERS[kind].fields.map((f) => f.label.toLowerCase());
      expect(new Set(labels).size, kind).toBe(labels.length);
    }
  });

  it("never lets one header wording point to two fields of the same register", () => {
    for (const kind of REGISTER_KINDS) {
      const owner = new Map<string, string>();
      for (const field of REGISTERS[kind].fields) {
        for (const wording of [field.label, ...field.aliases]) {
          const key = looseHeaderKey(wording);
          const previous = owner.get(key);
          expect(previous === undefined || previous === field.key, `${kind}: "${wording}" -> ${previous} and ${field.key}`).toBe(true);
          owner.set(key, field.key);
        }
      }
    }
  });

  it("derives required-ness from the schema", () => {
    expect(fieldDef("mentors", "fullName")?.required).toBe(true);
    expect(fieldDef("mentors", "email")?.required).toBe(false);
    expect(fieldDef("phases", "counties")?.required).toBe(true);
  });

  it("marks journal-like text confidential", () => {
    expect(fieldDef("sessions", "notes")?.confidential).toBe(true);
    expect(fieldDef("evaluations", "comments")?.confidential).toBe(true);
    expect(fieldDef("mentors", "remarks")?.confidential).toBeFalsy();
  });

  it("parses a clean mentor with the schema and rejects a bad phone", () => {
    const schema = REGISTERS.mentors.schema;
    const ok = schema.safeParse({ fullName: "Achieng Otieno", phone: "+254712345678", county: "Kisumu", skills: ["recruitment"] });
    expect(ok.success).toBe(true);
    const bad = schema.safeParse({ fullName: "Achieng Otieno", phone: "0712 345 678" });
    expect(bad.success).toBe(false);
  });

  it("gives tables stable letter-only names", () => {
    for (const kind of REGISTER_KINDS) expect(REGISTERS[kind].tableName).toMatch(/^[A-Za-z]+$/);
  });
});
