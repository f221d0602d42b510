/**
 * User text that a spreadsheet would run if it were written as typed: formulas, DDE calls,
 * hyperlinks, and the OWASP CSV-injection prefixes (= + - @, tab, carriage return).
 */
export const HOSTILE_TEXT: readonly string[] = [
  "=cmd|'/c calc'!A1",
  "+SUM(1)",
  "-1+1",
  "@SUM(1)",
  '=HYPERLINK("http://x","y")',
  "\t=1+1",
  "\r=1+1",
  '=DDE("cmd";"/c calc";"x")',
  "DDE(\"cmd\";\"/C calc\";\"!A0\")A0",
  "=2+5+cmd|' /C calc'!A0",
];
