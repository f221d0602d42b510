// The task pane's screens, in tab order. Add a screen here and it gets a tab, a labelled
// tab panel and an error boundary from the shell.
import type { ComponentType } from "react";
import type { ScreenId } from "../navigation";
import { PairScreen } from "./PairScreen";
import { RegistersScreen } from "./RegistersScreen";
import { SummariesScreen } from "./SummariesScreen";
import { ValidateScreen } from "./ValidateScreen";

export interface ScreenEntry {
  id: ScreenId;
  label: string;
  Screen: ComponentType;
}

export const SCREENS: readonly ScreenEntry[] = [
  { id: "registers", label: "Registers", Screen: RegistersScreen },
  { id: "validate", label: "Validate", Screen: ValidateScreen },
  { id: "pair", label: "Pair", Screen: PairScreen },
  { id: "summaries", label: "Summaries", Screen: SummariesScreen },
];
