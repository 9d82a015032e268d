#!/usr/bin/env bash
# Counts the public declarations of each library module: the source lines that declare something
# with the `public` modifier (types, members, extensions' members; comments and strings excluded;
# the cases of a public enum are public without the modifier and are not counted).
#   scripts/public-api-count.sh [REVISION]   (default: the working tree)
set -euo pipefail
cd "$(dirname "$0")/.."
for module in NetworkAnalysis PowerMap PowerMapGraphviz PowerMapReport; do
  if [ $# -gt 0 ]; then
    files=$(git ls-tree -r --name-only "$1" "Sources/$module" | grep '\.swift$')
    count=$(for f in $files; do git show "$1:$f"; done | grep -E '^\s*(@[A-Za-z]+(\([^)]*\))?\s+)*(nonisolated\s+|final\s+)?public\s' | grep -cv '^\s*//' || true)
  else
    count=$(cat $(find "Sources/$module" -name '*.swift') | grep -E '^\s*(@[A-Za-z]+(\([^)]*\))?\s+)*(nonisolated\s+|final\s+)?public\s' | grep -cv '^\s*//' || true)
  fi
  echo "$module $count"
done
