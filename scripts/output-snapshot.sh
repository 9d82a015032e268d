#!/usr/bin/env bash
# Writes every text output of the CLI for the shipped models and fixtures into OUTDIR, one file a
# command, so two builds can be compared byte for byte:
#   scripts/output-snapshot.sh .build/debug/powermap /tmp/after && diff -r /tmp/before /tmp/after
# Maps (SVG/PNG) are left out: Graphviz's output is compared by the map tests.
set -uo pipefail
BIN=$(realpath "$1"); OUT=$2
cd "$(dirname "$0")/.."
rm -rf "$OUT"; mkdir -p "$OUT"
run() { # name, then the command's arguments
  local name=$1; shift
  "$BIN" "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"; echo "exit $?" >>"$OUT/$name.err"
}
A=models/veracruz-2016-2017.yaml; B=models/veracruz-2019-2020.yaml; M=models/examples/minimal.yaml
for m in A B M; do
  f=${!m}
  run "$m-validate" validate "$f"
  run "$m-summary" summary "$f"
  run "$m-summary-json" summary "$f" --json
  run "$m-analyze" analyze "$f"
  run "$m-analyze-json" analyze "$f" --json
  run "$m-analyze-csv" analyze "$f" --csv
  for t in actors commitments; do run "$m-analyze-csv-$t" analyze "$f" --csv --table $t; done
  run "$m-sweep" sweep "$f"
  run "$m-sweep-json" sweep "$f" --json
  run "$m-sweep-csv" sweep "$f" --csv
  run "$m-sweep-pairs" sweep "$f" --pairs --top 10
  run "$m-sweep-synergy" sweep "$f" --pairs --rank synergy --top 10 --json
  run "$m-mactor" mactor "$f"
  run "$m-mactor-json" mactor "$f" --json
done
for s in pan-to-morena lose-orfis ivai-board-change; do
  for m in A B; do
    f=${!m}
    run "$m-analyze-$s" analyze "$f" --scenario $s --json
    run "$m-simulate-$s" simulate "$f" --scenario $s
    run "$m-simulate-$s-json" simulate "$f" --scenario $s --json
    run "$m-simulate-$s-csv" simulate "$f" --scenario $s --csv
    run "$m-simulate-$s-mc" simulate "$f" --scenario $s --samples 2000 --seed 7
    run "$m-simulate-$s-mc-json" simulate "$f" --scenario $s --samples 2000 --seed 7 --json
    run "$m-sweep-$s" sweep "$f" --scenario $s --json
  done
done
run B-simulate-composed simulate $B --scenario pan-to-morena --scenario lose-orfis --json
run diff diff $A $B --scenario pan-to-morena
run diff-json diff $A $B --scenario pan-to-morena --json
run batch run models/batches/veracruz-transitions.yaml
run batch-csv run models/batches/veracruz-transitions.yaml --csv
run mactor-files mactor --mid Tests/EndToEndTests/Fixtures/mactor/mid.csv --mao Tests/EndToEndTests/Fixtures/mactor/mao.csv --json
run import-x import --actors models/examples/taller-xalapa/actores.csv --relations models/examples/taller-xalapa/relaciones.csv \
  --commitments models/examples/taller-xalapa/compromisos.csv --obstacles models/examples/taller-xalapa/obstaculos.csv -o -
for m in A B; do
  f=${!m}
  "$BIN" report "$f" --scenario pan-to-morena --scenario lose-orfis --samples 2000 --seed 1 --date none \
    --out "$OUT/$m-report" >"$OUT/$m-report.out" 2>"$OUT/$m-report.err"
  for lang in en es; do
    "$BIN" report "$f" --scenario pan-to-morena --samples 500 --seed 1 --date none --lang $lang \
      --out "$OUT/$m-report-$lang" >/dev/null 2>&1
  done
done
# Reports: keep the text files (Markdown, data/); the HTML and the manifest carry Graphviz's SVG,
# whose cluster order varies from run to run.
find "$OUT" -path '*report*' -type f \( -name '*.svg' -o -name '*.png' -o -name index.html \
  -o -name .powermap-report \) -delete
sed -i "s|$OUT|OUT|g" "$OUT"/*.err
for bad in Tests/PowerMapTests/Fixtures/invalid/*; do run "invalid-$(basename "$bad")" validate "$bad"; done
