#!/usr/bin/env bash
# Regenerates the release store (schemas/releases) from every archive in ../shared/heat-source:
# generate-catalog.py imports each release's tree in turn, then pack-releases.mjs folds the
# seventeen catalogs into the newest one plus per-release differences. One release at a time, niced.
set -euo pipefail
cd "$(dirname "$0")/../.."
source_dir=${HEAT_SOURCE_DIR:-../shared/heat-source}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for archive in "$source_dir"/heat-*.tar.gz; do
  nice /usr/bin/python3 schemas/tools/generate-catalog.py --source "$archive" --out-dir "$work" | sed -n 1,2p
done
HEAT_RELEASES_TSV="$source_dir/RELEASES.tsv" node schemas/tools/pack-releases.mjs "$work"
