import { Body1 } from "@fluentui/react-components";
import { NotBuiltYet, ScreenLayout } from "./ScreenLayout";

/** Validate: check the registers and list each problem with its cell and fix. */
export function ValidateScreen() {
  return (
    <ScreenLayout title="Validate">
      <Body1>
        Checks every register row: dates written day-first, phone numbers, county names, yes/no answers, people entered
        twice, mentees outside their phase's counties, mentors over capacity. Each problem says what is wrong, which
        sheet and cell, and how to fix it, and selecting it takes you to the cell.
      </Body1>
      <NotBuiltYet>Not built yet: this screen will run the checks and list the problems found.</NotBuiltYet>
    </ScreenLayout>
  );
}
