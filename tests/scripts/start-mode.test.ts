import { describe, expect, it } from "vitest";
import { chooseStartMode } from "../../scripts/start-mode.js";

const never = (): boolean => {
  throw new Error("must not probe for Excel here");
};

describe("npm start's choice of mode", () => {
  it("previews on Linux without probing for Excel", () => {
    const choice = chooseStartMode({ platform: "linux", excelInstalled: never });
    expect(choice.mode).toBe("preview");
    expect(choice.reason).toMatch(/linux/);
  });

  it("sideloads on Windows and macOS when Excel is installed", () => {
    expect(chooseStartMode({ platform: "win32", excelInstalled: () => true }).mode).toBe("sideload");
    expect(chooseStartMode({ platform: "darwin", excelInstalled: () => true }).mode).toBe("sideload");
  });

  it("falls back to the preview on Windows without Excel, saying why", () => {
    expect(chooseStartMode({ platform: "win32", excelInstalled: () => false })).toEqual({
      mode: "preview",
      reason: "desktop Excel was not found on this machine",
    });
  });

  it("obeys MENTORSHIP_START and rejects a value it does not know", () => {
    expect(chooseStartMode({ platform: "linux", forced: "sideload", excelInstalled: never }).mode).toBe("sideload");
    expect(chooseStartMode({ platform: "win32", forced: "preview", excelInstalled: never }).mode).toBe("preview");
    expect(() => chooseStartMode({ platform: "linux", forced: "excel", excelInstalled: never })).toThrow(/sideload" or "preview/);
  });
});
