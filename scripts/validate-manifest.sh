#!/usr/bin/env bash
# Offline XSD validation of the add-in manifest (office-addin-manifest validate needs the internet).
# The official schemas and their validator live in the repository: test/fixtures/schemas/manifest.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec bash "$here/test/fixtures/schemas/manifest/validate.sh" "${@:-manifest.xml}"
