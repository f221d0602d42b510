// Types for scripts/start-mode.js.
export declare function chooseStartMode(machine: {
  platform: string;
  forced?: string | undefined;
  excelInstalled: () => boolean;
}): { mode: "sideload" | "preview"; reason: string };
