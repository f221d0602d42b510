#!/usr/bin/env bash
# The system programs the tests drive, installed once per machine (Debian/Ubuntu):
#   chromium                -> end-to-end tests of the task pane (playwright-core drives it)
#   libreoffice-calc-nogui  -> a second spreadsheet program: makes test workbooks, opens ours
#   poppler-utils           -> pdftoppm, to render LibreOffice's PDFs of our summaries
#   libsecret-1-dev         -> office-addin-dev-certs' keychain, for sideloading tools
# Only missing packages are installed; as root directly, otherwise through sudo.
set -euo pipefail

packages=(chromium libreoffice-calc-nogui poppler-utils libsecret-1-dev)
if ! command -v dpkg-query >/dev/null; then
  echo "Not a Debian-like system: install ${packages[*]} with your package manager." >&2
  exit 1
fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]} == 0)); then
  echo "Test tools present: ${packages[*]}"
  exit 0
fi
as_root=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "Missing ${missing[*]}; run this script as root." >&2; exit 1; }
  as_root=(sudo)
fi
echo "Installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update
"${as_root[@]}" apt-get install -y "${missing[@]}"
