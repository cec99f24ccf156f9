#!/usr/bin/env bash
# Installs the Debian packages the tests drive, when missing. Needs root, as on CI; does nothing
# when everything is present; otherwise prints the apt-get line to run and fails.
#
#   bash scripts/ensure-debian-packages.sh        everything: what `npm test` and `npm run test:e2e` use
#   bash scripts/ensure-debian-packages.sh unit   only what `npm test` uses (xmllint, pdftotext)
#
# What each package is for:
#   libxml2-utils           xmllint: the add-in manifest against the official XSDs, offline
#   libreoffice-calc-nogui  soffice: recalculates every formula of the written workbooks; .xlsx → PDF
#   poppler-utils           pdftotext and pdftoppm: the PDF reader checked against poppler's text; the
#                           PDF of a workbook read and rendered (charts test)
#   chromium                the task pane in a real browser (playwright-core drives /usr/bin/chromium)
#   fonts-dejavu-core       a font with Vietnamese glyphs for LibreOffice's PDFs and Chromium's screenshots
set -euo pipefail
group=${1:-all}
case $group in
  all|unit) ;;
  xmllint) group=unit ;; # the name this argument had before
  *) echo "usage: $0 [all|unit]" >&2; exit 2 ;;
esac

need=()
have() { command -v "$1" >/dev/null 2>&1; }
have xmllint || need+=(libxml2-utils)
# pdftotext (unit tests too: the PDF reader's text is checked against poppler's), pdftoppm
{ have pdftotext && have pdftoppm; } || need+=(poppler-utils)
if [ "$group" = all ]; then
  have soffice || need+=(libreoffice-calc-nogui)
  [ -x /usr/bin/chromium ] || need+=(chromium)
  # grep reads all of fc-list (no -q): with pipefail an early exit would fail the pipe on SIGPIPE
  fc-list 2>/dev/null | grep -i dejavu >/dev/null || need+=(fonts-dejavu-core)
fi
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ]; then
  echo "missing Debian packages: ${need[*]}" >&2
  echo "install them as root:  apt-get install -y --no-install-recommends ${need[*]}" >&2
  exit 1
fi
echo "installing ${need[*]}…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
