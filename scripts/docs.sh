#!/usr/bin/env bash
# The README's inputs and outputs tables, generated from action.yml by action-docs.
#   npm run docs          rewrite them in README.md
#   npm run docs:check    fail when README.md differs from what action.yml says (CI runs this)
set -euo pipefail
cd "$(dirname "$0")/.."
generate() { action-docs --no-banner --toc-level 3 --source action.yml --update-readme "$1" >/dev/null; }

if [[ "${1:-}" != "--check" ]]; then
  generate README.md
  exit 0
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cp README.md "$dir/README.md"
generate "$dir/README.md"
if ! diff -u README.md "$dir/README.md" >"$dir/diff"; then
  cat "$dir/diff"
  echo "README.md: the inputs/outputs tables differ from action.yml; run npm run docs and commit README.md" >&2
  exit 1
fi
echo "README.md: inputs and outputs tables match action.yml"
