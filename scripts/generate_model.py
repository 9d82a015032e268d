#!/usr/bin/env python3
"""Generates a large synthetic PowerMap model for benchmarks and stress tests.

usage: generate_model.py ACTORS RELATIONS OUT.{json,yaml} [--seed S] [--break-last]

Scale-free-ish influence structure (preferential attachment on targets), commitments and
obstacles in proportion (one commitment per 50 actors, one obstacle per 100). --break-last makes
the last relation point at an unknown actor, for error-path tests on large inputs."""
import json, random, sys

def main():
    if "-h" in sys.argv or "--help" in sys.argv:
        print(__doc__)
        return
    words = sys.argv[1:]
    seed = 7
    if "--seed" in words:
        at = words.index("--seed")
        seed = int(words[at + 1])
        del words[at:at + 2]
    args = [a for a in words if not a.startswith("--")]
    if len(args) != 3:
        sys.exit("usage: generate_model.py ACTORS RELATIONS OUT.{json,yaml} [--seed S] [--break-last]")
    n, m, out = int(args[0]), int(args[1]), args[2]
    rng = random.Random(seed)
    kinds = ["executive", "agency", "legislature", "autonomous", "municipal", "civil-society", "academia",
             "private", "media", "citizens"]
    levels = ["international", "federal", "state", "municipal", "community"]
    actors = []
    for i in range(n):
        actors.append({"id": f"a{i}", "name": f"Actor {i}", "kind": kinds[i % len(kinds)],
                       "level": levels[i % len(levels)], "power": round(rng.random(), 3),
                       "interest": round(rng.random(), 3), "stance": round(rng.uniform(-1, 1), 3)})
    rel_kinds = ["influence"] * 5 + ["authority", "oversight", "funding", "alliance", "conflict", "depends-on", "information"]
    targets = [0]
    relations = []
    for k in range(m):
        a = rng.randrange(n)
        b = rng.choice(targets) if rng.random() < 0.7 else rng.randrange(n)
        if a == b:
            b = (b + 1) % n
        relations.append({"from": f"a{a}", "to": f"a{b}", "kind": rng.choice(rel_kinds),
                          "weight": round(rng.uniform(0.05, 1), 3)})
        targets.append(b)
    commitments = []
    for c in range(max(1, n // 50)):
        pick = lambda k: [f"a{rng.randrange(n)}" for _ in range(k)]
        owner = f"a{rng.randrange(n)}"
        commitments.append({"id": f"c{c}", "title": f"Commitment {c}", "owner": owner,
                            "needs": {"authority": [owner] + pick(1), "acceptance": pick(3), "ability": pick(2)}})
    obstacles = []
    for o in range(max(1, n // 100)):
        obstacles.append({"id": f"o{o}", "kind": rng.choice(["political", "technical", "financial"]),
                          "title": f"Obstacle {o}", "blocks": [f"c{rng.randrange(len(commitments))}"],
                          "severity": round(rng.random() * 0.5, 3),
                          "holders": [f"a{rng.randrange(n)}"], "mitigators": [f"a{rng.randrange(n)}"]})
    if "--break-last" in sys.argv:
        relations[-1]["to"] = "no-such-actor"
    model = {"schema": "powermap/1", "name": f"Generated {n} actors / {m} relations (seed {seed})",
             "actors": actors, "relations": relations, "commitments": commitments, "obstacles": obstacles}
    with open(out, "w") as handle:
        if out.endswith(".json"):
            json.dump(model, handle, separators=(",", ":"))
        else:
            handle.write(f"schema: powermap/1\nname: \"{model['name']}\"\nactors:\n")
            for a in actors:
                handle.write("  - {" + ", ".join(f"{k}: {v}" for k, v in a.items()) + "}\n")
            handle.write("relations:\n")
            for r in relations:
                handle.write("  - {" + ", ".join(f"{k}: {v}" for k, v in r.items()) + "}\n")
            handle.write("commitments:\n")
            for c in commitments:
                needs = ", ".join(f"{k}: [{', '.join(v)}]" for k, v in c["needs"].items())
                handle.write(f"  - {{id: {c['id']}, title: \"{c['title']}\", owner: {c['owner']}, needs: {{{needs}}}}}\n")
            handle.write("obstacles:\n")
            for o in obstacles:
                handle.write(f"  - {{id: {o['id']}, kind: {o['kind']}, title: \"{o['title']}\", blocks: [{o['blocks'][0]}], "
                             f"severity: {o['severity']}, holders: [{o['holders'][0]}], mitigators: [{o['mitigators'][0]}]}}\n")

main()
