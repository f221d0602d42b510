import { Body1 } from "@fluentui/react-components";
import { NotBuiltYet, ScreenLayout } from "./ScreenLayout";

/** Summaries: write each phase's figures to a summary sheet. */
export function SummariesScreen() {
  return (
    <ScreenLayout title="Summaries">
      <Body1>
        Writes a summary sheet per phase: mentors, mentees and pairs; sessions held against sessions planned; mentoring
        (CPD) hours; pairs completed, active and disengaged; goals achieved; evaluation averages; breakdowns by county and
        focus area; and who qualifies for a certificate. Phases sit side by side so you can compare them.
      </Body1>
      <NotBuiltYet>Not built yet: this screen will write the summary sheets to this workbook.</NotBuiltYet>
    </ScreenLayout>
  );
}
