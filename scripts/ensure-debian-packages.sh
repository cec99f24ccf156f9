#!/usr/bin/env bash
# Installs the Debian packages the end-to-end tests drive, when missing: LibreOffice Calc
# (recalculates every formula of the workbook), Chromium (the task pane in a real browser) and
# xmllint (offline manifest validation). Needs root, as on CI; does nothing when all are present.
set -euo pipefail
# With "xmllint" as argument only what the unit tests need is ensured (xmllint, pdftotext).
need=()
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
# pdftotext: the PDF reader's text is checked against poppler's
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ "${1:-all}" != xmllint ]; then
  command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "missing Debian packages: ${need[*]} (run as root, or: sudo apt-get install -y ${need[*]})" >&2
  exit 1
fi
echo "installing ${need[*]}…" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
