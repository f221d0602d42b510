import { describe, expect, it } from "vitest";
import { XlApiError } from "../../src/workbook/memory/errors";
import { WorkbookOperationError } from "../../src/workbook/office/errors";
import { ActionableError, describeError, isAbortError, isCancellation } from "../../src/taskpane/errors";

describe("describeError", () => {
  it("passes an ActionableError's own words and fix through", () => {
    const message = describeError(new ActionableError("There is no Mentors sheet.", "Add a sheet named Mentors."), "Checking registers");
    expect(message).toEqual({ title: "Checking registers: There is no Mentors sheet.", detail: "", action: "Add a sheet named Mentors." });
  });

  it("explains Excel's error codes in the user's terms, keeping the code and place", () => {
    // Shaped as Office.js's OfficeExtension.Error reaches us.
    const officeError = { name: "RichApi.Error", code: "InvalidOperationInCellEditMode", message: "Busy", debugInfo: { errorLocation: "Range.values" } };
    const message = describeError(officeError, "Writing pairs");
    expect(message.title).toBe("Writing pairs failed: Excel is busy: a cell is being edited");
    expect(message.action).toMatch(/Press Enter or Esc/);
    expect(message.detail).toBe("Busy [InvalidOperationInCellEditMode] (at Range.values)");
  });

  it("says a protected sheet is why a write was refused", () => {
    const message = describeError(new XlApiError("AccessDenied", "The cell is on a protected sheet."), "Writing pairs");
    expect(message.title).toContain("did not allow");
    expect(message.action).toContain("Unprotect");
  });

  it("marks an unloaded property as a bug, not the user's fault", () => {
    const message = describeError(new XlApiError("PropertyNotLoaded", "The property 'values' is not available."), "Reading");
    expect(message.title).toContain("a bug");
    expect(message.action).toContain("Nothing you did caused this");
  });

  it("shows the workbook operations' own message, which already names the sheet and the fix", () => {
    const error = new WorkbookOperationError("SheetProtected", 'While writing the Pairs register: the sheet "Pairs" is protected. Unprotect it and try again.');
    expect(describeError(error, "Writing pairs")).toEqual({
      title: "Writing pairs failed",
      detail: 'While writing the Pairs register: the sheet "Pairs" is protected. Unprotect it and try again.',
      action: "",
    });
  });

  it("falls back to the message for unknown codes, plain errors and thrown non-errors", () => {
    expect(describeError({ code: "SomethingNew", message: "odd" }, "Op")).toMatchObject({
      title: "Op failed: Excel returned an error",
      detail: "odd [SomethingNew]",
    });
    expect(describeError(new TypeError("x is undefined"), "Op")).toMatchObject({ title: "Op failed", detail: "x is undefined" });
    expect(describeError("boom", "Op")).toMatchObject({ title: "Op failed", detail: "Unexpected value thrown: boom" });
  });
});

describe("isAbortError", () => {
  it("recognises what AbortSignal throws and nothing else", () => {
    const controller = new AbortController();
    controller.abort();
    let thrown: unknown;
    try {
      controller.signal.throwIfAborted();
    } catch (error) {
      thrown = error;
    }
    expect(isAbortError(thrown)).toBe(true);
    expect(isAbortError(new Error("AbortError"))).toBe(false);
    expect(isAbortError(null)).toBe(false);
  });

  it("counts the workbook operations' Aborted as a cancellation, and their other errors not", () => {
    expect(isCancellation(new WorkbookOperationError("Aborted", "Reading was cancelled."))).toBe(true);
    expect(isCancellation(new WorkbookOperationError("SheetNotFound", "No such sheet."))).toBe(false);
  });
});
