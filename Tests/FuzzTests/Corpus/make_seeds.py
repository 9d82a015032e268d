#!/usr/bin/env python3
"""Writes the seed corpus of PowerMap's fuzz targets (README.md in this folder).

Run from the package root: python3 Tests/FuzzTests/Corpus/make_seeds.py
It copies the shipped inputs (models, scenarios, batches, example spreadsheets, MACTOR tables,
the malformed-model corpus) and writes hand-made tricky seeds. Crash reproducers are added by
hand to crashes/ and are never overwritten here.
"""
import json
import os
import shutil

import yaml

ROOT = os.getcwd()
HERE = os.path.join(ROOT, "Tests/FuzzTests/Corpus")
SEP = b"\n===\n"


def write(kind, name, data):
    os.makedirs(os.path.join(HERE, kind), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, kind, name), "wb") as f:
        f.write(data)


def read(path):
    with open(os.path.join(ROOT, path), "rb") as f:
        return f.read()


MINIMAL = read("models/examples/minimal.yaml")
HOSTILE = [
    'quote " and backslash \\\\ end',
    "<b>html</b> & <i>amp</i> &amp; &#x0; &lt;",
    "brace { } | record < > port",
    "graphviz escapes \\\\N \\\\G \\\\E \\\\T \\\\H \\\\L \\\\l \\\\r \\\\n",
    "tab\\tnew\\nline\\r ret",
    "esc \\x1b[2J bel \\x07 del \\x7f c1 \\x85 \\u2028 \\u2029",
    "]]> <!-- --> <![CDATA[",
    "emoji 🏛️👩‍⚖️ rtl \\u202e abc combining e\\u0301",
    "x" * 3000,
]


def minimal_with_names():
    """The minimal model with a hostile text in every name and title (double-quoted YAML)."""
    text = MINIMAL.decode("utf-8").splitlines()
    out, i = [], 0
    for line in text:
        stripped = line.lstrip()
        for key in ("name:", "title:", "short:"):
            if stripped.startswith(key) or stripped.startswith("- " + key):
                indent = line[: len(line) - len(stripped)]
                prefix = "- " if stripped.startswith("- ") else ""
                line = f'{indent}{prefix}{key} "{HOSTILE[i % len(HOSTILE)]}"'
                i += 1
        out.append(line)
    return "\n".join(out) + "\n"


def yaml_seeds():
    write("yaml", "minimal.yaml", MINIMAL)
    for name in ("veracruz-2016-2017.yaml", "veracruz-2019-2020.yaml"):
        write("yaml", name, read("models/" + name))
    invalid = os.path.join(ROOT, "Tests/PowerMapTests/Fixtures/invalid")
    for name in sorted(os.listdir(invalid)):
        target = "json" if name.endswith(".json") else "yaml"
        if name.endswith((".yaml", ".json")):
            write(target, "invalid-" + name, read(os.path.join(invalid, name)))
    write("yaml", "hostile-texts.yaml", minimal_with_names())
    write("yaml", "bom.yaml", b"\xef\xbb\xbf" + MINIMAL)
    write("yaml", "crlf.yaml", MINIMAL.replace(b"\n", b"\r\n"))
    write("yaml", "anchors-merge.yaml", """schema: powermap/1
name: &n Anchors
base: &base {kind: autonomous, level: state, power: 0.5, interest: 0.5, stance: 0.5}
actors:
  - &a1 {<<: *base, id: a1, name: *n}
  - {<<: [*base, *a1], id: a2, name: "A2", stance: -0.5}
  - <<: *base
    id: a3
    name: !!str 3
    tags: &t [x, y, x]
relations:
  - {from: a1, to: a2, kind: alliance, weight: .5}
  - {from: a2, to: a3, kind: conflict, weight: !!float 1}
commitments:
  - id: c1
    title: *n
    owner: a1
    needs: {authority: &au [a1, a1, a1], acceptance: *au, ability: [a2]}
""")
    write("yaml", "numbers.yaml", """schema: powermap/1
name: Numbers
defaults: {stubbornness: 1e-320, threshold: -0.0, uncertainty: .nan}
actors:
  - {id: a, name: A, kind: other, level: federal, power: 1e309, interest: .inf, stance: -.inf}
  - {id: b, name: B, kind: other, level: federal, power: 0x10, interest: 0o7, stance: 99999999999999999999999999}
  - {id: c, name: C, kind: other, level: federal, power: NaN, interest: 1_000, stance: +0.5}
  - {id: d, name: D, kind: other, level: federal, power: 9223372036854775808, interest: 0.5, stance: 4.9e-324}
relations:
  - {from: a, to: b, kind: influence, weight: -9223372036854775809}
""")
    write("yaml", "tags.yaml", """schema: !foo powermap/1
name: !!binary aGVsbG8=
actors: !!seq
  - !!map {id: a, name: A, kind: other, level: state, power: !!int 1, interest: 0.5, stance: 0.5}
  - {? id : b, ? name : B, kind: other, level: state, power: 0.5, interest: 0.5, stance: 0.5}
""")
    write("yaml", "block-scalars.yaml", """schema: powermap/1
name: |
  Line one
  Line two # not a comment
language: en
actors:
  - id: a
    name: >-
      folded
      text\twith "quotes" and 'apostrophes'
    kind: other
    level: state
    power: 0.5
    interest: 0.5
    stance: 0.5
    tags: [ "a,b", 'c''d', e#f ]
---
second: document
...
""")
    write("yaml", "deep-flow.yaml", "actors: " + "[" * 400 + "]" * 400 + "\n")
    write("yaml", "deep-block.yaml", "".join("  " * i + "a:\n" for i in range(300)))
    write("yaml", "alias-fanout.yaml", "a: &a [x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}]\n" for p, c in zip("abcdefgh", "bcdefghi")))
    write("yaml", "long-line.yaml", "schema: powermap/1\nname: " + "n" * 70000 + "\nactors: []\n")
    write("yaml", "control-chars.yaml", MINIMAL.replace(b"Ciudadan\xc3\xada", b"Ciu\x1b]52;c;SGVsbG8=\x07x\x0c\x7f"))
    write("yaml", "unicode-ids.yaml", MINIMAL.replace(b"id: orfis", "id: órfis".encode()).replace(
        b"owner: orfis", "owner: ORFIS".encode()))
    write("yaml", "comment-in-title.yaml", MINIMAL.replace(b"ORFIS se retira", b"ORFIS (con #Hashtag) se retira"))


def json_seeds():
    model = yaml.safe_load(MINIMAL)
    write("json", "minimal.json", json.dumps(model, ensure_ascii=False, indent=2))
    write("json", "minimal-compact.json", json.dumps(model, ensure_ascii=True, separators=(",", ":")))
    model["name"] = "\u0000 nul \ud800 lone \" \\ </script> \u001b[31m"
    write("json", "escapes.json", json.dumps(model, ensure_ascii=True).replace("\\u0000", "\\u0000\\u0000"))
    write("json", "numbers.json", """{"schema": "powermap/1", "name": "N", "actors": [
 {"id": "a", "name": "A", "kind": "other", "level": "state", "power": 1e999, "interest": -0.0, "stance": 1E-400},
 {"id": "b", "name": "B", "kind": "other", "level": "state", "power": 123456789012345678901234567890,
  "interest": 0.5e+1, "stance": -1}]}""")
    write("json", "deep.json", "[" * 5000 + "]" * 5000)
    write("json", "bad-syntax.json", '{"a": [1, 2,], "b": tru, "c": "\\x", /* c */ "d": 01, "e": "\\ud83d\\ude00"}')
    write("json", "duplicate-keys.json", '{"schema": "powermap/1", "name": "x", "name": "y", "actors": []}')
    write("json", "bom.json", b"\xef\xbb\xbf" + json.dumps(model).encode())


def scenario_seeds():
    for name in sorted(os.listdir(os.path.join(ROOT, "models/scenarios"))):
        write("scenario", name, read("models/scenarios/" + name))
    for name in sorted(os.listdir(os.path.join(ROOT, "models/batches"))):
        write("scenario", "batch-" + name, read("models/batches/" + name))
    write("scenario", "all-steps.yaml", """id: all-steps
title: "Every step kind: <b>\\"quoted\\"</b>"
steps:
  - remove: orfis
  - remove: orfis
  - set: {actor: ivai, stance: 0.1, power: 1.5, interest: -1, affiliation: MORENA}
    probability: 0
  - shift: {actor: ivai, stance: -0.3, power: -0.2, interest: 1e308}
    probability: 1
  - transition: {actors: [state-executive], affiliation: PAN, kinds: [executive, agency], to: MORENA, shift: -0.2, power: 0.3}
  - cut: {from: state-congress, to: ivai, kind: authority}
  - link: {from: state-congress, to: ivai, kind: authority, weight: 0.6}
  - add: {id: new-ngo, name: Nueva OSC, kind: civil-society, level: community, power: 0.2, interest: 0.8, stance: 0.9}
  - remove: [cpc]
  - {shift: {actor: added, stance: .nan}, probability: 2}
  - set: {actor: new-ngo, probability: 0.5}
""")
    write("scenario", "batch-tricky.yaml", """schema: powermap-batch/1
defaults: {samples: 9223372036854775807, seed: 18446744073709551615, exact-betweenness: yes}
runs:
  - {id: "", model: /dev/null, scenarios: [a, [b], {c: d}]}
  - {model: ../x.yaml, samples: -1, seed: -1}
  - {id: dup, model: a.yaml}
  - {id: dup, model: a.yaml, jobs: 2}
matrix:
  models: [a.yaml, *undefined]
  scenarios: [[], [x, x]]
""")
    write("scenario", "long-id.yaml", "id: " + "a" * 300 + "\ntitle: t\nsteps:\n  - remove: orfis\n")


CSV_ACTORS = read("models/examples/actors.csv")
CSV_RELATIONS = read("models/examples/relations.csv")


def csv_seeds():
    write("csv", "examples.csv", CSV_ACTORS + SEP + CSV_RELATIONS)
    write("csv", "actors-only.csv", CSV_ACTORS)
    semicolon = CSV_ACTORS.replace(b",", b";").replace(b"0.", b"0,")
    write("csv", "semicolon-decimal-comma.csv", b"\xef\xbb\xbf" + semicolon + SEP + CSV_RELATIONS.replace(b",", b";"))
    write("csv", "crlf.csv", CSV_ACTORS.replace(b"\n", b"\r\n") + SEP + CSV_RELATIONS.replace(b"\n", b"\r\n"))
    write("csv", "spanish-headers.csv", "nombre,tipo,nivel,poder,interés,postura,id\n"
          "Ciudadanía,sociedad civil,municipal,0.5,0.5,0.5,ciudadanía\n"
          "Gobierno,ejecutivo,federal,0.7,0.4,-0.2,gob\n===\nde,a,tipo,peso\nciudadanía,gob,conflicto,0.3\n")
    write("csv", "quoted.csv", 'id,name,kind,level,power,interest,stance,tags\n'
          'a,"multi\nline ""quoted"" name, with comma",other,state,0.5,0.5,0.5,"x|y|"\n'
          'b,"unterminated,other,state,0.5,0.5,0.5,\n' + "===\nfrom,to,kind\na,b,alliance\n")
    write("csv", "header-only.csv", "id,name,kind,level,power,interest,stance\n")
    write("csv", "duplicate-header.csv", "id,name,kind,level,power,interest,stance,power\n"
          "a,A,other,state,0.5,0.5,0.5,0.6\n")
    write("csv", "formula-cells.csv", "id,name,kind,level,power,interest,stance\n"
          'a,=HYPERLINK("http://x"),other,state,0.5,0.5,0.5\nb,@SUM(A1),other,state,+0.5,-0.5,\t0.5\n')
    write("csv", "numbers.csv", "id,name,kind,level,power,interest,stance,stubbornness,uncertainty\n"
          "a,A,other,state,1e309,NaN,-inf,0x10,99999999999999999999\n"
          "b,B,other,state,0,5,0.5,0.5,0.5\n===\nfrom,to,kind,weight\na,b,influence,1e-400\nb,a,influence,\n")
    write("csv", "ragged.csv", "id,name,kind,level,power,interest,stance\na,A\nb,B,other,state,0.5,0.5,0.5,extra,cells\n\n,,,\n")
    write("csv", "control-chars.csv", b"id,name,kind,level,power,interest,stance\n"
          b"a,\x1b[2Jname\x07,other,state,0.5,0.5,0.5\n\x00b,B,other,state,0.5,0.5,0.5\n")
    write("csv", "utf16-no-bom.csv", "id,name\na,A\n".encode("utf-16-le"))
    write("csv", "latin1.csv", "id,name,kind,level,power,interest,stance\nci,Ciudadanía,citizens,community,0.2,0.6,0.5\n".encode("latin-1"))
    write("csv", "long-line.csv", "id,name,kind,level,power,interest,stance\na," + "n" * 70000 + ",other,state,0.5,0.5,0.5\n")
    write("csv", "many-rows.csv", "id,name,kind,level,power,interest,stance\n" + "".join(
        f"a{i},Actor {i},other,state,0.{i % 10},0.5,0.5\n" for i in range(300)))


def mactor_seeds():
    mid = read("Tests/EndToEndTests/Fixtures/mactor/mid.csv")
    mao = read("Tests/EndToEndTests/Fixtures/mactor/mao.csv")
    write("mactor", "example.csv", mid + SEP + mao)
    write("mactor", "mid-only.csv", mid)
    write("mactor", "semicolon-bom.csv", b"\xef\xbb\xbf" + mid.replace(b",", b";") + SEP + mao.replace(b",", b";"))
    write("mactor", "bad-values.csv", ",a,b,b\na,0,5,-1\nb,1.5,x,99999999999999999999\nc,1,1,1\nb,0,0\n===\n,o1\na,-5\nz,4\n")
    write("mactor", "empty-header.csv", ",\n,\n===\n,\n")
    n = 40
    ids = [f"a{i}" for i in range(n)]
    big = "," + ",".join(ids) + "\n" + "".join(
        ids[i] + "," + ",".join(str((i * j) % 5) for j in range(n)) + "\n" for i in range(n))
    big_mao = ",o1,o2\n" + "".join(f"{a},{-4 + i % 9},{4 - i % 9}\n" for i, a in enumerate(ids))
    write("mactor", "forty-actors.csv", big + "===\n" + big_mao)


def main():
    for kind in ("yaml", "json", "scenario", "csv", "mactor"):
        shutil.rmtree(os.path.join(HERE, kind), ignore_errors=True)
    yaml_seeds()
    json_seeds()
    scenario_seeds()
    csv_seeds()
    mactor_seeds()


if __name__ == "__main__":
    main()
