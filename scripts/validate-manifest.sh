#!/usr/bin/env bash
# Offline XSD validation of the add-in manifest (office-addin-manifest validate needs the internet).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec bash ../shared/schemas/manifest/validate.sh "${1:-manifest.xml}"
