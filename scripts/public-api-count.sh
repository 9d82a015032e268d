#!/usr/bin/env bash
# Counts the public declarations of each library module, two ways:
#   scripts/public-api-count.sh [REVISION]   the source lines that declare something with the
#       `public` modifier (comments excluded; the cases of a public enum and the members a
#       conformance implies, such as init(from:) and init(rawValue:), are not counted). Without
#       REVISION, the working tree; with one (e.g. 35c7012), that commit.
#   scripts/public-api-count.sh --symbols    the public symbols of the built modules (run
#       `swift build` first), from swift-symbolgraph-extract: all of them, and without enum cases.
set -euo pipefail
cd "$(dirname "$0")/.."
modules="NetworkAnalysis PowerMap PowerMapGraphviz PowerMapReport"
declaration='^\s*(@[A-Za-z]+(\([^)]*\))?\s+)*(nonisolated\s+|final\s+)?public\s'
if [ "${1:-}" = "--symbols" ]; then
  out=$(mktemp -d)
  yaml=$(dirname "$(find .build/checkouts/Yams -name module.modulemap | head -1)")
  for module in $modules; do
    swift-symbolgraph-extract -module-name "$module" -I .build/debug/Modules -I "$yaml" -I Sources/CGraphviz \
      -Xcc -I/usr/include/graphviz -target "$(uname -m)-unknown-linux-gnu" -minimum-access-level public \
      -skip-synthesized-members -output-dir "$out" >/dev/null
  done
  python3 - "$out" $modules <<'PY'
import json, sys
for module in sys.argv[2:]:
    symbols = [s for s in json.load(open(f"{sys.argv[1]}/{module}.symbols.json"))["symbols"] if s["accessLevel"] == "public"]
    cases = sum(1 for s in symbols if s["kind"]["displayName"] == "Case")
    print(f"{module} {len(symbols)} symbols, {len(symbols) - cases} without enum cases")
PY
  rm -rf "$out"
  exit 0
fi
for module in $modules; do
  if [ $# -gt 0 ]; then
    files=$(git ls-tree -r --name-only "$1" "Sources/$module" | grep '\.swift$')
    count=$(for f in $files; do git show "$1:$f"; done | grep -E "$declaration" | grep -cv '^\s*//' || true)
  else
    count=$(cat $(find "Sources/$module" -name '*.swift') | grep -E "$declaration" | grep -cv '^\s*//' || true)
  fi
  echo "$module $count"
done
