// The frame every screen uses: a heading (the tab panel's label) and its content.
import { makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  screen: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  notYet: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground2,
  },
});

export function ScreenLayout({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.screen}>
      {/* Focusable from code only: the shell moves focus here when another screen sends the officer. */}
      <Subtitle1 as="h2" tabIndex={-1}>
        {title}
      </Subtitle1>
      {children}
    </div>
  );
}

/** Says plainly that a screen's work is still to be built, so nobody mistakes it for a result. */
export function NotBuiltYet({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return <p className={styles.notYet}>{children}</p>;
}
