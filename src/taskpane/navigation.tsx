// Moving between the task pane's screens. The tabs do it for the officer; a screen does it
// when it names another ("convert it on the Registers tab first"): useNavigate() goes there,
// with an intent the screen arrived at acts on once (open that sheet, validate now), and the
// shell moves keyboard focus to the new screen's heading so a screen-reader user hears where
// they landed.
import { createContext, useContext, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from "react";

export type ScreenId = "registers" | "validate" | "pair" | "summaries";

/** What the screen gone to should do when it opens. */
export interface NavigationIntent {
  /** A sheet to open: the Registers screen reviews it for conversion. */
  sheet?: string;
  /** Run the screen's first step at once (Validate: validate the workbook; Registers: look at it). */
  start?: boolean;
}

export interface NavigationState {
  screen: ScreenId;
  /** Counts moves made by screens (not by the tabs): each one moves focus to the new heading. */
  moves: number;
}

/** Where the pane is, outside React so that a test (or the preview) can drive it. */
export class Navigator {
  private state: NavigationState;
  private intent: { screen: ScreenId; intent: NavigationIntent } | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(screen: ScreenId = "registers") {
    this.state = { screen, moves: 0 };
  }

  readonly get = (): NavigationState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The officer chose a tab: focus stays on the tab, and any intent left waiting is dropped. */
  readonly select = (screen: ScreenId): void => {
    this.intent = null;
    if (screen !== this.state.screen) this.set({ screen, moves: this.state.moves });
  };

  /** A screen sends the officer to `screen`, with what to do there. */
  readonly navigate = (screen: ScreenId, intent: NavigationIntent = {}): void => {
    this.intent = { screen, intent };
    this.set({ screen, moves: this.state.moves + 1 });
  };

  /** The intent waiting for `screen`, handed out once. */
  readonly takeIntent = (screen: ScreenId): NavigationIntent | null => {
    if (this.intent?.screen !== screen) return null;
    const { intent } = this.intent;
    this.intent = null;
    return intent;
  };

  private set(state: NavigationState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

const NavigatorContext = createContext<Navigator | null>(null);

export function NavigationProvider({ navigator, children }: { navigator: Navigator; children: ReactNode }) {
  return <NavigatorContext.Provider value={navigator}>{children}</NavigatorContext.Provider>;
}

function useNavigator(): Navigator {
  const navigator = useContext(NavigatorContext);
  if (!navigator) throw new Error("useNavigate() is used outside <NavigationProvider>: render screens inside <TaskpaneApp>.");
  return navigator;
}

/** Where the pane is (for the shell). */
export function useNavigationState(navigator: Navigator): NavigationState {
  return useSyncExternalStore(navigator.subscribe, navigator.get, navigator.get);
}

/** Sends the officer to another screen: navigate("registers", { sheet: "Mentors 2016" }). */
export function useNavigate(): (screen: ScreenId, intent?: NavigationIntent) => void {
  return useNavigator().navigate;
}

/**
 * Calls `onArrive` once with the intent another screen sent this one, after it opened. The
 * latest `onArrive` is used, so it may close over the screen's current state.
 */
export function useArrival(screen: ScreenId, onArrive: (intent: NavigationIntent) => void): void {
  const navigator = useNavigator();
  const latest = useRef(onArrive);
  latest.current = onArrive;
  const { moves } = useNavigationState(navigator);
  useEffect(() => {
    const intent = navigator.takeIntent(screen);
    if (intent) latest.current(intent);
  }, [navigator, screen, moves]);
}

/** A navigator made once per pane. */
export function useNavigatorOnce(initial?: Navigator): Navigator {
  return useMemo(() => initial ?? new Navigator(), [initial]);
}
