// Shown when taskpane.html is opened somewhere other than Excel: in a plain browser tab,
// in another Office app, or where Office.js could not load. Says how to get to the real
// thing instead of failing.
import { Body1, Card, makeStyles, Subtitle1, Text, Title2, tokens } from "@fluentui/react-components";

export type NoExcelReason =
  | { kind: "not-in-office" }
  | { kind: "other-app"; app: string }
  | { kind: "office-js-missing" }
  | { kind: "excel-too-old"; needed: string };

const useStyles = makeStyles({
  page: {
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    maxWidth: "36rem",
  },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

function why(reason: NoExcelReason): string {
  switch (reason.kind) {
    case "not-in-office":
      return "This page is open in a web browser, not inside Excel, so there is no workbook to work on.";
    case "other-app":
      return `This add-in was opened in ${reason.app}. It works only in Excel, where the registers live.`;
    case "office-js-missing":
      return "Office.js, the library that connects the task pane to Excel, did not load.";
    case "excel-too-old":
      return `This version of Excel does not have the features the add-in needs (Excel API ${reason.needed}).`;
  }
}

export function NoExcel({ reason }: { reason: NoExcelReason }) {
  const styles = useStyles();
  return (
    <main className={styles.page} aria-labelledby="no-excel-title">
      <Title2 as="h1" id="no-excel-title">
        Open Mentorship Registers from Excel
      </Title2>
      <Body1>{why(reason)}</Body1>
      <Card>
        <Subtitle1 as="h2">In Excel</Subtitle1>
        <ol className={styles.steps}>
          <li>Open the workbook that holds your mentor and mentee sheets (desktop Excel or Excel on the web).</li>
          <li>
            On the <Text weight="semibold">Home</Text> tab, choose <Text weight="semibold">Mentorship</Text>. The task pane opens
            on the right.
          </li>
          {reason.kind === "excel-too-old" && <li>If the button is missing or this message stays, update Office or use Excel on the web.</li>}
        </ol>
      </Card>
      <Card>
        <Subtitle1 as="h2">Without Excel (developers)</Subtitle1>
        <Body1>
          Run <code>npm start</code> in the project folder. On a machine without desktop Excel it serves a preview that runs this
          task pane against a sample workbook, and prints its address.
        </Body1>
      </Card>
    </main>
  );
}
