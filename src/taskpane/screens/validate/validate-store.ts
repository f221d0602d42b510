// What the Validate screen remembers while the pane is open, kept outside React: switching to
// another tab unmounts the screen, but the results, the filter and whether the marks are
// showing in the workbook must still be there when the officer comes back.
import { SheetReadCache } from "../../../operations/sheet-read-cache";
import type { WorkbookValidation } from "../../../operations/validate";
import type { WorkbookHost } from "../../host";
import type { FixReport } from "./fix-summary";
import { NO_FILTER, type IssueFilter } from "./issue-view";

export interface ValidateState {
  /** "" for the whole workbook, else a sheet's name. */
  scope: string;
  sheets: readonly string[];
  /** Why the sheet list could not be read, if it could not ("" otherwise). */
  sheetsError: string;
  validation: WorkbookValidation | null;
  /** Milliseconds the last validation took, end to end, as the officer waited for it. */
  elapsedMs: number;
  /** True when the workbook changed after the last validation. */
  stale: boolean;
  marksOn: boolean;
  /** Whether this pane wrote the issues sheet (so "Open the issues sheet" has somewhere to go). */
  issuesSheetWritten: boolean;
  filter: IssueFilter;
  lastFix: FixReport | null;
}

export const INITIAL_STATE: ValidateState = { scope: "", sheets: [], sheetsError: "", validation: null, elapsedMs: 0, stale: false, marksOn: false, issuesSheetWritten: false, filter: NO_FILTER, lastFix: null };

export interface ValidateStore {
  get(): ValidateState;
  set(change: Partial<ValidateState> | ((state: ValidateState) => Partial<ValidateState>)): void;
  subscribe(listener: () => void): () => void;
}

export function createValidateStore(initial: ValidateState = INITIAL_STATE): ValidateStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(change) {
      const patch = typeof change === "function" ? change(state) : change;
      state = { ...state, ...patch };
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** One store per workbook host: a pane (or a test) with another host starts afresh. */
const stores = new WeakMap<WorkbookHost, ValidateStore>();

export function validateStoreFor(host: WorkbookHost): ValidateStore {
  let store = stores.get(host);
  if (!store) {
    store = createValidateStore();
    stores.set(host, store);
  }
  return store;
}

const caches = new WeakMap<WorkbookHost, SheetReadCache>();

/**
 * The sheets' readings kept between this pane's validations: "Validate again" after one edit
 * maps and normalises only the sheet that changed (the workbook is still read whole).
 */
export function sheetReadCacheFor(host: WorkbookHost): SheetReadCache {
  let cache = caches.get(host);
  if (!cache) {
    cache = new SheetReadCache();
    caches.set(host, cache);
  }
  return cache;
}
