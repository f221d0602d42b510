// The task pane shell: title, the tabs that lead to each screen, the operation status area
// and the screen itself. The same tree runs in Excel (taskpane.html) and beside the
// in-memory workbook (preview.html); only the host differs.
import { Badge, makeStyles, Subtitle1, Tab, TabList, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef } from "react";
import { ErrorBoundary } from "./ErrorBoundary";
import { WorkbookHostProvider, type WorkbookHost } from "./host";
import { NavigationProvider, useNavigationState, useNavigatorOnce, type Navigator } from "./navigation";
import { OperationProvider, OperationStatus } from "./operation";
import { SCREENS } from "./screens";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    height: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowY: "auto",
  },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  logo: { width: "32px", height: "32px" },
  title: { flexGrow: 1, margin: 0 },
  panel: { outlineOffset: "2px" },
});

/**
 * `navigator` is for tests and hosts that start elsewhere than the Registers tab; the pane
 * makes its own otherwise.
 */
export function TaskpaneApp({ host, navigator: given }: { host: WorkbookHost; navigator?: Navigator }) {
  const styles = useStyles();
  const navigator = useNavigatorOnce(given);
  const { screen: selected, moves } = useNavigationState(navigator);
  // Unique per instance, so two panes on one page (or a test) never share element ids.
  const idPrefix = useId();
  const tabId = (id: string) => `${idPrefix}-tab-${id}`;
  const panelId = (id: string) => `${idPrefix}-panel-${id}`;
  const current = SCREENS.find((screen) => screen.id === selected) ?? SCREENS[0];
  if (!current) throw new Error("The task pane has no screens to show.");
  const panel = useRef<HTMLDivElement>(null);

  // A screen sent the officer here: focus the new screen's heading (tab clicks keep focus on the tab).
  useEffect(() => {
    if (moves > 0) panel.current?.querySelector<HTMLElement>("h2")?.focus();
  }, [moves]);

  return (
    <WorkbookHostProvider host={host}>
      <NavigationProvider navigator={navigator}>
        <OperationProvider>
          <div className={styles.pane}>
            <header className={styles.header}>
              <img className={styles.logo} src="assets/icon-32.png" alt="" />
              <Subtitle1 as="h1" className={styles.title}>
                Mentorship Registers
              </Subtitle1>
              {host.kind === "preview" && (
                <Badge appearance="tint" color="informative" title="Running on the in-memory sample workbook, not in Excel">
                  Preview
                </Badge>
              )}
            </header>
            <nav aria-label="Task pane sections">
              <TabList
                selectedValue={selected}
                onTabSelect={(_event, data) => {
                  const next = SCREENS.find((screen) => screen.id === data.value);
                  if (next) navigator.select(next.id);
                }}
                aria-label="Task pane sections"
              >
                {SCREENS.map((screen) => (
                  <Tab
                    key={screen.id}
                    value={screen.id}
                    id={tabId(screen.id)}
                    // Only the selected tab's panel exists in the page to be pointed at.
                    aria-controls={screen.id === current.id ? panelId(screen.id) : undefined}
                  >
                    {screen.label}
                  </Tab>
                ))}
              </TabList>
            </nav>
            <OperationStatus />
            <div ref={panel} role="tabpanel" id={panelId(current.id)} aria-labelledby={tabId(current.id)} tabIndex={0} className={styles.panel}>
              {/* Keyed by screen so moving to another tab clears a previous render error. */}
              <ErrorBoundary key={current.id} area={`The ${current.label} screen`}>
                <current.Screen />
              </ErrorBoundary>
            </div>
          </div>
        </OperationProvider>
      </NavigationProvider>
    </WorkbookHostProvider>
  );
}
