// A large register-shaped sheet for trying the preview at scale (preview.html?rows=50000).
import type { SheetSpec } from "../sample";

const COUNTIES = ["Kisumu", "Nakuru", "Kakamega", "Machakos", "Nyeri", "Kilifi", "Garissa", "Turkana"];

export function loadTestSheet(rowCount: number): SheetSpec {
  const rows: SheetSpec["rows"] = [["No.", "Mentee", "County", "Phase", "Sessions held", "Hours", "Completed"]];
  for (let i = 1; i <= rowCount; i++) {
    rows.push([i, `Mentee ${i}`, COUNTIES[i % COUNTIES.length] ?? "", (i % 2) + 1, i % 8, (i % 8) * 1.5, i % 3 === 0]);
  }
  // Widths in characters, as Excel's column width box counts them.
  return { name: "Load test", rows, columnWidths: [7, 16, 11, 6, 13, 7, 11], frozenRows: 1 };
}
