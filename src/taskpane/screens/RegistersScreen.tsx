import { Body1 } from "@fluentui/react-components";
import { NotBuiltYet, ScreenLayout } from "./ScreenLayout";
import { WorkbookSheets } from "./WorkbookSheets";

/** Registers: find the register sheets and map their columns to the programme's fields. */
export function RegistersScreen() {
  return (
    <ScreenLayout title="Registers">
      <Body1>
        Finds the sheets that hold the programme's registers (phases, mentors, mentees, pairs, sessions, goals and
        evaluations), locates each sheet's header row even below title rows, and matches its columns to the fields the
        programme records, such as “Name of Mentor” or “Tel. No.”. Columns it cannot match are listed, and remarks
        columns are kept as they are.
      </Body1>
      <NotBuiltYet>
        Not built yet: this screen will list the registers found in this workbook and how each column was read. For now it
        lists the sheets, so you can check the add-in sees your workbook.
      </NotBuiltYet>
      <WorkbookSheets />
    </ScreenLayout>
  );
}
