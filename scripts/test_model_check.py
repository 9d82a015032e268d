#!/usr/bin/env python3
"""test_model_check.py — scripts/model_check.py against cases worked by hand.

Run with `python3 scripts/test_model_check.py` (no pytest needed; PyYAML as for model_check.py).
Every expected value below is worked out by hand in the comment above it, from the rules of the
Rules article of the PowerMap documentation; the script's output must agree within 1e-9.
Exits 1 when a case fails, printing it.
"""
import os
import subprocess
import sys
import tempfile

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import model_check as mc  # noqa: E402

TOL = 1e-9


def actor(aid, power, stance, interest=1.0, stubbornness=0.5, **extra):
    return dict({"id": aid, "name": aid.upper(), "kind": "other", "level": "state",
                 "power": power, "interest": interest, "stance": stance,
                 "stubbornness": stubbornness}, **extra)


def model(actors, relations, commitments=None, obstacles=None):
    return {"schema": "powermap/1", "name": "hand-worked", "actors": actors,
            "relations": relations,
            "commitments": commitments or [
                {"id": "c1", "title": "C1", "owner": "a", "needs": {"authority": ["a"]}},
                {"id": "c2", "title": "C2", "owner": "a", "needs": {"authority": ["a"]}}],
            "obstacles": obstacles or []}


def one_tie(weight, b_positions=None, b_stance=-1.0):
    """A (power 0.8, stance 0.8, stubbornness 0.5) influenced only by B (power 1) through one
    funding tie of the given weight; B has no influencers."""
    b = actor("b", 1.0, b_stance)
    if b_positions:
        b["positions"] = b_positions
    return model([actor("a", 0.8, 0.8), b],
                 [{"from": "b", "to": "a", "kind": "funding", "weight": weight}])


def near(label, got, want):
    assert abs(got - want) <= TOL, f"{label}: got {got!r}, want {want!r}"


def analyse(m, steps=()):
    st = mc.State(m)
    for step in steps:
        st.apply(step)
    return mc.analyse(m, st)


def test_a_weak_single_tie_barely_moves_a_strong_actor():
    # a_BA = 0.05 * 1 = 0.05; d_A = 0.8 + 0.05 = 0.85; r_A = 16/17; W_AB = 1/17; s*_B = -1.
    # s = 0.5*0.8 + 0.5*(16/17 s - 1/17)  =>  s (1 - 8/17) = 0.4 - 1/34  =>  s = 12.6/18 = 0.7
    res = analyse(one_tie(0.05))
    near("s*_B", res["ss"]["b"], -1.0)
    near("s*_A with a 0.05 tie", res["ss"]["a"], 0.7)


def test_a_strong_single_tie_moves_it_a_lot():
    # a_BA = 1.0; d_A = 1.8; r_A = 4/9; W_AB = 5/9.
    # s = 0.4 + 0.5*(4/9 s - 5/9)  =>  s (7/9) = 0.4 - 5/18 = 2.2/18  =>  s = 2.2/14 = 11/70
    res = analyse(one_tie(1.0))
    near("s*_A with a 1.0 tie", res["ss"]["a"], 11 / 70)
    # authority of c1 is A alone (interest 1): net = p^ q s* / (p0 q0) = s*_A, no obstacle
    near("V(c1)", res["commitments"][0]["V"], 11 / 70)
    assert res["commitments"][0]["status"] == "at-risk"


def test_an_actor_without_influencers_keeps_its_stance():
    # B influences A, nobody influences B.
    near("s*_B", analyse(one_tie(1.0, b_stance=0.3))["ss"]["b"], 0.3)


def test_a_position_spreads_to_the_neighbour_on_that_commitment_only():
    # B: stance 0.1, position -1 on c1; 1.0 tie to A as above.
    # c1: s0(c1)_B = -1, s0(c1)_A = 0.8 (no position): s*(c1)_A = 11/70 (the case above).
    # general and c2 (nobody declares on c2, so s*(c2) = s*):
    # s (7/9) = 0.4 + 0.5 * 5/9 * 0.1 = 15.4/36  =>  s = 15.4/28 = 0.55
    res = analyse(one_tie(1.0, b_positions={"c1": -1.0}, b_stance=0.1))
    near("s*_A", res["ss"]["a"], 0.55)
    near("s*(c1)_A", res["positions"]["a"]["c1"], 11 / 70)
    near("s*(c1)_B", res["positions"]["b"]["c1"], -1.0)
    assert set(res["positions"]["a"]) == {"c1"}, "only declared commitments are listed"
    near("V(c1) from the positions", res["commitments"][0]["V"], 11 / 70)
    near("V(c2) from the general stance", res["commitments"][1]["V"], 0.55)
    # rule 4: c1's only contribution is A's, max(s*(c1)_A, 0) * 0.8 * 1 -> HHI 1
    near("HHI(c1)", res["commitments"][0]["hhi"], 1.0)


def test_no_positions_gives_an_empty_positions_map():
    assert analyse(one_tie(1.0))["positions"] == {"a": {}, "b": {}}


def holder_model(holder_stance, severity=0.5):
    # A supports its own commitment (stance 1, no influencers); H holds an obstacle (power 1,
    # interest 1, no influencers) of the given severity, no mitigators.
    return model([actor("a", 1.0, 1.0), actor("h", 1.0, holder_stance)],
                 [{"from": "a", "to": "h", "kind": "information"}],
                 commitments=[{"id": "c1", "title": "C1", "owner": "a",
                               "needs": {"authority": ["a"]}}],
                 obstacles=[{"id": "o", "kind": "political", "title": "O", "blocks": ["c1"],
                             "severity": severity, "holders": ["h"]}])


def test_obstacle_pressure_is_continuous_in_the_holders_opposition():
    # opposition = 1*1*max(0.01, 0) / (1*1) = 0.01; pressure = 0.5 * (1 - 0) * 0.01 = 0.005
    m = holder_model(-0.01)
    near("pressure at -0.01", analyse(m)["commitments"][0]["pressure"], 0.005)
    # shifted by +0.02 the holder stands at +0.01: opposition 0, pressure 0 (a change of 0.005)
    after = analyse(m, [{"shift": {"actor": "h", "stance": 0.02}}])
    near("pressure at +0.01", after["commitments"][0]["pressure"], 0.0)
    near("V at +0.01", after["commitments"][0]["V"], 1.0)


def test_stronger_opposition_than_at_baseline_raises_the_pressure():
    # baseline -0.2: pressure 0.5 * 0.2 = 0.1; set to -0.8: 0.5 * 0.8 = 0.4 (severity at -1: 0.5)
    m = holder_model(-0.2)
    near("pressure at -0.2", analyse(m)["commitments"][0]["pressure"], 0.1)
    after = analyse(m, [{"set": {"actor": "h", "stance": -0.8}}])
    near("pressure at -0.8", after["commitments"][0]["pressure"], 0.4)
    near("V", after["commitments"][0]["V"], 1.0 - 0.4)


def test_an_obstacle_without_holders_presses_at_full_severity():
    m = holder_model(0.5)
    m["obstacles"][0]["holders"] = []
    near("pressure", analyse(m)["commitments"][0]["pressure"], 0.5)


def test_position_steps():
    # B: stance 0.1, position -1 on c1 (one_tie with positions); steps on B's state only.
    m = one_tie(1.0, b_positions={"c1": -1.0}, b_stance=0.1)
    st = mc.State(m)
    # a shift on a commitment without a declared position starts from the general stance
    st.apply({"shift": {"actor": "a", "commitment": "c2", "stance": -0.3}})
    near("A on c2", st.actors["a"]["pos"]["c2"], 0.5)
    # a general stance shift moves every declared position by the same amount, clamped
    st.apply({"shift": {"actor": "b", "stance": 0.5}})
    near("B stance", st.actors["b"]["s"], 0.6)
    near("B on c1", st.actors["b"]["pos"]["c1"], -0.5)
    st.apply({"shift": {"actor": "a", "stance": 0.9}})
    near("A stance clamped", st.actors["a"]["s"], 1.0)
    near("A on c2", st.actors["a"]["pos"]["c2"], 1.0)
    # set on a position touches that position only
    st.apply({"set": {"actor": "b", "commitment": "c2", "stance": 0.25}})
    assert st.actors["b"]["pos"] == {"c1": -0.5, "c2": 0.25}
    near("B stance unchanged", st.actors["b"]["s"], 0.6)
    # transition with shift moves the positions; with stance drops them (a new occupant)
    st.apply({"transition": {"actors": ["b"], "to": "X", "shift": -0.5}})
    near("B stance", st.actors["b"]["s"], 0.1)
    near("B on c1", st.actors["b"]["pos"]["c1"], -1.0)
    near("B on c2", st.actors["b"]["pos"]["c2"], -0.25)
    st.apply({"transition": {"actors": ["b"], "to": "Y", "stance": -0.2}})
    assert st.actors["b"]["pos"] == {} and st.actors["b"]["s"] == -0.2
    # A still declares c2 (1.0) and nothing else: only c2 is solved per commitment
    assert st.declared_commitments(m) == ["c2"]


def test_an_added_actor_may_carry_positions():
    m = one_tie(1.0)
    st = mc.State(m)
    st.apply({"add": actor("n", 0.5, 0.2, positions={"c1": -0.4})})
    near("N on c1", mc.analyse(m, st)["positions"]["n"]["c1"], -0.4)


def test_validation_of_positions_and_position_steps():
    m = one_tie(1.0, b_positions={"c9": 0.5, "c1": 1.5})
    errs, _ = mc.validate_model(m, "m")
    assert any("unknown commitment 'c9'" in e for e in errs), errs
    assert any("positions.c1=1.5 out of range" in e for e in errs), errs
    errs, _ = mc.validate_model(one_tie(1.0, b_positions={"c1": -1}), "m")
    assert errs == [], errs
    sc = {"id": "s", "title": "S", "steps": [
        {"set": {"actor": "a", "commitment": "c3", "stance": 0.1}},
        {"shift": {"actor": "a", "commitment": "c1", "power": 0.1, "stance": 0.1}},
        {"set": {"actor": "a", "commitment": "c1"}}]}
    errs = mc.validate_scenario(sc, ["a", "b"], "s", {"c1", "c2"})
    assert len(errs) == 3, errs


def test_monte_carlo_runs_without_a_scenario_from_the_command_line():
    # the model as it is is a valid subject: --samples without a scenario file
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "m.yaml")
        with open(path, "w", encoding="utf-8") as f:
            yaml.safe_dump(one_tie(0.05, b_positions={"c1": -0.5}), f)
        run = subprocess.run([sys.executable, mc.__file__, path, "--samples", "50"],
                             capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        assert "Monte Carlo (50 samples" in run.stdout, run.stdout


FAKE_POWERMAP = """#!/usr/bin/env python3
# A stand-in for `powermap analyze MODEL --json [--scenario ID]`, printing model_check's own
# figures in the tool's keys; FAKE_SHIFT moves actor b's position on c1 by that much.
import json, os, sys
sys.path.insert(0, %r)
import model_check as mc
args = sys.argv[1:]
m = mc.load(args[1])
st = mc.State(m)
if "--scenario" in args:
    sc = next(s for s in m["scenarios"] if s["id"] == args[args.index("--scenario") + 1])
    for step in sc["steps"]:
        st.apply(step)
res = mc.analyse(m, st)
shift = float(os.environ.get("FAKE_SHIFT", "0"))
actors = [{"id": x, "effectivePower": res["ph"][x], "effectiveStance": res["ss"][x],
           "positions": {c: v + (shift if (x, c) == ("b", "c1") else 0)
                         for c, v in res["positions"][x].items()}} for x in st.order]
cs = [{"id": c["id"], "viability": c["V"], "status": c["status"], "dimensions": c["dims"],
       "obstaclePressure": c["pressure"], "concentration": c["hhi"]} for c in res["commitments"]]
v, r, b, mean, hhi = mc.totals(res)
print(json.dumps({"actors": actors, "commitments": cs, "plan": {"viable": v, "atRisk": r,
      "blocked": b, "meanViability": mean, "concentration": hhi}}))
"""


def test_against_compares_the_positions_maps():
    # a stand-in tool that agrees on everything, then one whose position of b on c1 is off by 1e-3
    m = one_tie(1.0, b_positions={"c1": -1.0}, b_stance=0.1)
    m["scenarios"] = [{"id": "s", "title": "S", "steps": [
        {"shift": {"actor": "a", "commitment": "c2", "stance": -0.3}}]}]
    with tempfile.TemporaryDirectory() as tmp:
        path, tool = os.path.join(tmp, "m.yaml"), os.path.join(tmp, "powermap")
        with open(path, "w", encoding="utf-8") as f:
            yaml.safe_dump(m, f)
        with open(tool, "w", encoding="utf-8") as f:
            f.write(FAKE_POWERMAP % os.path.dirname(mc.__file__))
        os.chmod(tool, 0o755)
        st = mc.State(m)
        st.apply(m["scenarios"][0]["steps"][0])
        res = mc.analyse(m, st)
        assert set(res["positions"]["a"]) == {"c1", "c2"}, res["positions"]
        assert mc.compare_with_tool(tool, path, "s", res, "m") == []
        os.environ["FAKE_SHIFT"] = "1e-3"
        try:
            diffs = mc.compare_with_tool(tool, path, "s", res, "m")
        finally:
            del os.environ["FAKE_SHIFT"]
        assert len(diffs) == 1 and "positions(b).c1" in diffs[0], diffs


def main():
    tests = [(n, f) for n, f in sorted(globals().items()) if n.startswith("test_") and callable(f)]
    failed = 0
    for name, test in tests:
        try:
            test()
            print(f"ok   {name}")
        except AssertionError as e:
            failed += 1
            print(f"FAIL {name}: {e}")
    print(f"{len(tests) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
