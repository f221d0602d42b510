// Who could be paired and why not, the constraints in force, and the mentees left unmatched.
import { makeStyles, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import { personLabel, type PairingProblem, type UnmatchedMentee } from "../../../domain/pairing";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

const MENTOR_STATUS = { eligible: "Proposable", included: "Included by you", "not-qualified": "Left out" } as const;

export function Constraints({ problem }: { problem: PairingProblem }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label="Constraints in force">
      <Subtitle2 as="h3">Constraints in force</Subtitle2>
      <ul className={styles.list}>
        {problem.constraints.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </section>
  );
}

export function Eligibility({ problem }: { problem: PairingProblem }) {
  const styles = useStyles();
  const { standings } = problem;
  return (
    <section className={styles.section} aria-label="Mentors and mentees of the phase">
      <Subtitle2 as="h3">Mentors of {standings.phase.name}</Subtitle2>
      <Table size="extra-small" aria-label="Mentors of the phase">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Mentor</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell>Places left</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {standings.mentors.map((s) => (
            <TableRow key={s.mentor.key}>
              <TableCell>{personLabel(s.mentor)}</TableCell>
              <TableCell>
                {MENTOR_STATUS[s.status]}
                {s.failures.length > 0 && `: ${s.failures.map((f) => f.message).join("; ")}`}
              </TableCell>
              <TableCell>
                {s.room} of {s.capacity}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Subtitle2 as="h3">Mentees of {standings.phase.name}</Subtitle2>
      <Text>
        {standings.mentees.filter((m) => m.status === "to-pair").length} to pair:{" "}
        {standings.mentees
          .filter((m) => m.status === "to-pair")
          .map((m) => personLabel(m.mentee))
          .join(", ") || "none"}
        . {standings.mentees.filter((m) => m.status === "paired").length} keep a pair already in the Pairs register.
      </Text>
    </section>
  );
}

export function Unmatched({ unmatched }: { unmatched: readonly UnmatchedMentee[] }) {
  const styles = useStyles();
  if (unmatched.length === 0) return null;
  return (
    <section className={styles.section} aria-label="Unmatched mentees">
      <Subtitle2 as="h3">Unmatched mentees</Subtitle2>
      <ul className={styles.list}>
        {unmatched.map((u) => (
          <li key={u.mentee.key}>{u.message}</li>
        ))}
      </ul>
    </section>
  );
}
