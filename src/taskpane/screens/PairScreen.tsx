import { Body1 } from "@fluentui/react-components";
import { NotBuiltYet, ScreenLayout } from "./ScreenLayout";

/** Pair: propose mentor-mentee pairs for a phase, with the reasons for each. */
export function PairScreen() {
  return (
    <ScreenLayout title="Pair">
      <Body1>
        Proposes mentor–mentee pairs for a phase from the mentees' identified needs and the mentors' skills, county and
        capacity, explains the score of every pair, and writes the accepted pairs to the Pairs register for the matching
        workshop to confirm.
      </Body1>
      <NotBuiltYet>Not built yet: this screen will let you choose a phase and review the proposed pairs.</NotBuiltYet>
    </ScreenLayout>
  );
}
