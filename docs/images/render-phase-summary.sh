#!/bin/sh
# Renders docs/images/phase-summary.png: the first printed page of a phase summary sheet, as
# LibreOffice prints the workbook `mentorship demo` writes (PDF, then PNG). Needs soffice,
# pdftotext and pdftoppm (poppler-utils), and for Excel's letter widths the Carlito font
# (fonts-crosextra-carlito, metric-compatible with Calibri; without it LibreOffice prints
# Calibri text in a wider font and the page shrinks). Every page repeats the sheet's title;
# the first one is taken. Usage: docs/images/render-phase-summary.sh [PHASE]
set -eu
phase="${1:-Phase 2}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
node "$repo/bin/mentorship.js" demo --out "$work/demo.xlsx" >/dev/null
soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf --outdir "$work" "$work/demo.xlsx" >/dev/null 2>&1
pages="$(pdfinfo "$work/demo.pdf" | sed -n 's/^Pages: *//p')"
page=""
for p in $(seq 1 "$pages"); do
  if pdftotext -f "$p" -l "$p" "$work/demo.pdf" - | head -n 1 | grep -q "^$phase: phase summary"; then page="$p"; break; fi
done
[ -n "$page" ] || { echo "no page starts with '$phase: phase summary'" >&2; exit 1; }
pdftoppm -f "$page" -l "$page" -png -r 110 -singlefile "$work/demo.pdf" "$repo/docs/images/phase-summary"
echo "docs/images/phase-summary.png: page $page of $pages"
