// Decides what `npm start` does on this machine: sideload into desktop Excel where there is
// one, otherwise serve the browser preview. Pure, so the decision is unit-tested.

/**
 * @param {{ platform: string, forced?: string, excelInstalled: () => boolean }} machine
 * @returns {{ mode: "sideload" | "preview", reason: string }}
 */
export function chooseStartMode({ platform, forced, excelInstalled }) {
  if (forced === "sideload" || forced === "preview") {
    return { mode: forced, reason: `MENTORSHIP_START=${forced} asks for it` };
  }
  if (forced) {
    throw new Error(`MENTORSHIP_START must be "sideload" or "preview", not "${forced}"`);
  }
  if (platform !== "win32" && platform !== "darwin") {
    return { mode: "preview", reason: `desktop Excel does not run on ${platform}, so there is nothing to sideload into` };
  }
  if (!excelInstalled()) {
    return { mode: "preview", reason: "desktop Excel was not found on this machine" };
  }
  return { mode: "sideload", reason: "desktop Excel is installed" };
}
