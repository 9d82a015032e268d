#!/usr/bin/env python3
"""model_check.py — an independent reading of PowerMap's rules, used to tune the shipped models.

This is NOT the PowerMap implementation (that is the Swift library in Sources/). It is a small,
independent reading of rules 1 (dependency cascade), 2 (Friedkin–Johnsen effective stance with
self-weight, the general stance and one solve per commitment on which some actor declares a
position), 3 (commitment viability: dimensions from the positions on the commitment, obstacle
pressure from the holders' continuous opposition and the mitigators, status) and 4 (support
concentration, HHI, from the positions) of the Rules article of the PowerMap documentation
(Sources/PowerMap/PowerMap.docc/Rules.md), plus the model's `positions`, the scenario step kinds
(remove, set, shift — each also on one position with `commitment` — transition, cut, link, add)
and a small Monte Carlo (rule 10: one draw per actor added to its stance and to each declared
position; with or without a scenario; Python's own RNG, so its draws and figures differ from the
Swift tool's). It does not compute rules 5-9 (network measures, grids, MACTOR, drivers, the sweep).
It was written to tune the values in models/*.yaml so that the story of the seed comes out of the
numbers, and it gives the Swift code an independent second opinion: with --against, CI checks that
both agree. scripts/test_model_check.py holds it to cases worked by hand.

Usage:
    python3 scripts/model_check.py MODEL.yaml [SCENARIO.yaml ...] [--actors] [--samples N --seed S]
    python3 scripts/model_check.py --all          # both shipped models x every shipped scenario
    python3 scripts/model_check.py --against .build/debug/powermap
        # every shipped model (and models/examples/minimal.yaml) x every scenario, compared with
        # `powermap analyze --json`: effective power, stance and positions (the `positions` map:
        # same commitments, same values) of every actor, every commitment's dimensions, obstacle
        # pressure, V, status and HHI, and the plan totals, within 1e-6.
        # Exits 1 on any difference, printing each.

For each scenario it prints, for every commitment, V and status before (baseline) and after, and
the plan totals (viable / at-risk / blocked, mean V, plan HHI); with --samples, Monte Carlo of the
baseline and of each scenario. It also checks the model against the structural rules of the model
format (unknown keys, ids, ranges, references, empty authority, self-relations, positions on known
commitments within -1..1, steps on a position naming a known commitment) and the authoring rules
of the shipped models (every actor has a relation, every obstacle blocks a commitment, every owner
appears in its commitment's needs), and exits 2 when a model or scenario is invalid. It reports
problems in its own words, without lines and columns (the Swift tool locates them).

Readings of the rules where the text leaves room (the same notes are in models/README.md):
  * `probability:` is a sibling key of the step kind (`- remove: orfis` / `  probability: 0.5`);
    without --samples every step is applied (probability is for Monte Carlo only).
  * transition selects the listed `actors` (if present) plus every present actor matching ALL the
    given filters (`affiliation`, `kinds`); with neither filter, only the listed actors.
    With `stance` it drops the selected actors' declared positions; with `shift` it moves them.
  * rule 2: an actor whose incoming influence sums to zero in absolute value keeps s*_i = s_i
    (the text says so; the bare iteration would not). Its self-weight r_i = p^_i / d_i uses its
    effective power, so an actor without power but with influencers follows them (r_i = 0).
  * rule 2 per commitment: the commitments solved are those on which some actor of the state
    (after the steps, removed actors included) declares a position; `set`/`shift` with
    `commitment` declare one, transition with `stance` drops them. On every other commitment
    s*(c) = s*. `positions` in --against compares exactly those commitments.
  * `set` of the general stance leaves the declared positions as they are (only `shift` and
    transition move or drop them).
  * a removed actor is frozen: later set, shift and transition steps leave it unchanged.
  * an actor listed twice in one list (a dimension, holders, mitigators) counts once there.
  * cut without `kind` removes every relation from->to; alliance and conflict relations (which act
    in both directions) are also cut when given the other way round.
  * an actor added by a scenario has, as "baseline", the values it is added with; its `positions`
    are declared positions like any other. Monte Carlo gives it no noise.
  * a `depends-on` relation on a removed actor counts loss 1 (rule 1); every other relation from or
    to a removed actor disappears.
"""
import argparse
import glob
import json
import math
import os
import random
import re
import subprocess
import sys

import yaml

ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
KINDS = {"executive", "agency", "legislature", "judiciary", "autonomous", "municipal", "party",
         "civil-society", "academia", "private", "media", "international", "citizens", "other"}
LEVELS = {"international", "federal", "state", "municipal", "community"}
INFLUENCE = {"authority", "oversight", "funding", "influence", "alliance", "conflict"}
REL_KINDS = INFLUENCE | {"depends-on", "information"}
OBST_KINDS = {"political", "technical", "financial", "legal", "institutional"}
TOP_KEYS = {"schema", "name", "language", "defaults", "actors", "relations", "commitments",
            "obstacles", "scenarios"}
DEFAULT_KEYS = {"stubbornness", "threshold", "uncertainty"}
ACTOR_KEYS = {"id", "name", "short", "kind", "level", "power", "interest", "stance",
              "stubbornness", "uncertainty", "legitimacy", "urgency", "affiliation", "tags",
              "positions"}
ACTOR_REQ = {"id", "name", "kind", "level", "power", "interest", "stance"}
REL_KEYS = {"from", "to", "kind", "weight"}
COMMIT_KEYS = {"id", "title", "owner", "needs", "threshold"}
NEED_KEYS = ("authority", "acceptance", "ability")
OBST_KEYS = {"id", "kind", "title", "blocks", "severity", "holders", "mitigators"}
SCEN_KEYS = {"id", "title", "description", "steps"}
STEP_KINDS = {"remove", "set", "shift", "transition", "cut", "link", "add"}
# set/shift with `commitment` address one position: only these keys, all required.
POSITION_STEP_KEYS = {"actor", "commitment", "stance"}
STEP_BODY_KEYS = {
    "set": {"actor", "power", "interest", "stance", "affiliation", "commitment"},
    "shift": {"actor", "stance", "power", "interest", "commitment"},
    "transition": {"actors", "affiliation", "kinds", "to", "stance", "shift", "power"},
    "cut": {"from", "to", "kind"},
    "link": {"from", "to", "kind", "weight"},
    "add": ACTOR_KEYS,
}
EPS_STANCE = 1e-12
EPS_POWER = 1e-12


def clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def ratio(num, den):
    return num / den if den != 0 else 0.0


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


# ----------------------------------------------------------------------------------------------
# Validation (structure and authoring rules)
# ----------------------------------------------------------------------------------------------

def validate_model(m, where):
    errs, warns = [], []
    E = lambda msg: errs.append(f"{where}: {msg}")
    W = lambda msg: warns.append(f"{where}: {msg}")
    if not isinstance(m, dict):
        return [f"{where}: not a mapping"], []
    for k in m:
        if k not in TOP_KEYS:
            E(f"unknown top-level key '{k}'")
    if m.get("schema") != "powermap/1":
        E("schema must be powermap/1")
    for k in (m.get("defaults") or {}):
        if k not in DEFAULT_KEYS:
            E(f"unknown key defaults.{k}")
    ids = set()
    actors = m.get("actors") or []
    for n, a in enumerate(actors):
        at = f"actors[{n}]"
        for k in a:
            if k not in ACTOR_KEYS:
                E(f"unknown key {at}.{k}")
        for k in ACTOR_REQ:
            if k not in a:
                E(f"missing {at}.{k}")
        aid = a.get("id")
        if not isinstance(aid, str) or not ID_RE.match(aid):
            E(f"bad id {at}.id={aid!r}")
        if aid in ids:
            E(f"duplicate id {aid}")
        ids.add(aid)
        if a.get("kind") not in KINDS:
            E(f"bad kind {at}.kind={a.get('kind')!r}")
        if a.get("level") not in LEVELS:
            E(f"bad level {at}.level={a.get('level')!r}")
        for k, lo, hi, lo_open in (("power", 0, 1, False), ("interest", 0, 1, False),
                                   ("stance", -1, 1, False), ("legitimacy", 0, 1, False),
                                   ("urgency", 0, 1, False), ("stubbornness", 0, 1, True)):
            if k in a:
                v = a[k]
                if not is_num(v) or v > hi or v < lo or (lo_open and v <= lo):
                    E(f"{at}.{k}={v!r} out of range")
        if "uncertainty" in a and (not is_num(a["uncertainty"]) or a["uncertainty"] < 0):
            E(f"{at}.uncertainty out of range")
        if "tags" in a and not isinstance(a["tags"], list):
            E(f"{at}.tags must be a list")
        if "affiliation" in a and a["affiliation"] is not None and not isinstance(a["affiliation"], str):
            E(f"{at}.affiliation must be text")
    commitment_ids = {c.get("id") for c in m.get("commitments") or [] if isinstance(c, dict)}
    for n, a in enumerate(actors):
        errs += validate_positions(a.get("positions"), commitment_ids, f"{where}: actors[{n}]")
    related = set()
    for n, r in enumerate(m.get("relations") or []):
        at = f"relations[{n}]"
        for k in r:
            if k not in REL_KEYS:
                E(f"unknown key {at}.{k}")
        for k in ("from", "to"):
            if r.get(k) not in ids:
                E(f"unknown actor {r.get(k)!r} in {at}.{k}")
        if r.get("from") == r.get("to"):
            E(f"{at}: relation from an actor to itself")
        if r.get("kind") not in REL_KINDS:
            E(f"bad relation kind {at}.kind={r.get('kind')!r}")
        w = r.get("weight", 0.5)
        if not is_num(w) or not (0 < w <= 1):
            E(f"{at}.weight={w!r} out of (0,1]")
        related.add(r.get("from"))
        related.add(r.get("to"))
    for a in actors:
        if a.get("id") not in related:
            W(f"actor {a.get('id')} has no relation")
    cids = set()
    for n, c in enumerate(m.get("commitments") or []):
        at = f"commitments[{n}]"
        for k in c:
            if k not in COMMIT_KEYS:
                E(f"unknown key {at}.{k}")
        cid = c.get("id")
        if not isinstance(cid, str) or not ID_RE.match(cid) or cid in cids or cid in ids:
            E(f"bad or duplicate id {at}.id={cid!r}")
        cids.add(cid)
        if c.get("owner") not in ids:
            E(f"unknown owner {c.get('owner')!r} in {at}")
        needs = c.get("needs") or {}
        for k in needs:
            if k not in NEED_KEYS:
                E(f"unknown key {at}.needs.{k}")
        if not needs.get("authority"):
            E(f"{at}.needs.authority is empty")
        listed = set()
        for k in NEED_KEYS:
            for x in needs.get(k) or []:
                listed.add(x)
                if x not in ids:
                    E(f"unknown actor {x!r} in {at}.needs.{k}")
        if c.get("owner") not in listed:
            W(f"owner {c.get('owner')} of {cid} is in none of its needs")
        if "threshold" in c and (not is_num(c["threshold"]) or not -1 <= c["threshold"] <= 1):
            E(f"{at}.threshold out of range")
    oids = set()
    for n, o in enumerate(m.get("obstacles") or []):
        at = f"obstacles[{n}]"
        for k in o:
            if k not in OBST_KEYS:
                E(f"unknown key {at}.{k}")
        oid = o.get("id")
        if not isinstance(oid, str) or not ID_RE.match(oid) or oid in oids:
            E(f"bad or duplicate id {at}.id={oid!r}")
        oids.add(oid)
        if o.get("kind") not in OBST_KINDS:
            E(f"bad obstacle kind {at}.kind={o.get('kind')!r}")
        if not o.get("blocks"):
            W(f"obstacle {oid} blocks nothing")
        for x in o.get("blocks") or []:
            if x not in cids:
                E(f"unknown commitment {x!r} in {at}.blocks")
        for k in ("holders", "mitigators"):
            for x in o.get(k) or []:
                if x not in ids:
                    E(f"unknown actor {x!r} in {at}.{k}")
        s = o.get("severity")
        if not is_num(s) or not 0 <= s <= 1:
            E(f"{at}.severity={s!r} out of range")
    return errs, warns


def validate_positions(positions, commitment_ids, at):
    """Errors of an actor's `positions` (absent is fine): a mapping from known commitment ids to
    stances in -1..1."""
    if positions is None:
        return []
    if not isinstance(positions, dict):
        return [f"{at}.positions must be a mapping from commitment ids to stances"]
    errs = []
    for cid, v in positions.items():
        if cid not in commitment_ids:
            errs.append(f"{at}.positions: unknown commitment {cid!r}")
        if not is_num(v) or not -1 <= v <= 1:
            errs.append(f"{at}.positions.{cid}={v!r} out of range -1..1")
    return errs


def validate_scenario(sc, ids, where, commitment_ids=None):
    """Checks a scenario's shape and that every actor and commitment id it names exists in the
    model (commitment_ids: the model's commitment ids; None skips that check)."""
    errs = []
    E = lambda msg: errs.append(f"{where}: {msg}")
    for k in sc:
        if k not in SCEN_KEYS:
            E(f"unknown key '{k}'")
    if not isinstance(sc.get("id"), str) or not ID_RE.match(sc["id"]):
        E("bad scenario id")
    known = set(ids)
    for n, st in enumerate(sc.get("steps") or []):
        at = f"steps[{n}]"
        kinds = [k for k in st if k in STEP_KINDS]
        extra = [k for k in st if k not in STEP_KINDS and k != "probability"]
        if len(kinds) != 1 or extra:
            E(f"{at}: a step has exactly one kind among {sorted(STEP_KINDS)} (+ probability)")
            continue
        kind = kinds[0]
        p = st.get("probability", 1)
        if not is_num(p) or not 0 <= p <= 1:
            E(f"{at}.probability out of range")
        body = st[kind]
        if kind == "remove":
            if body not in known:
                E(f"unknown actor {body!r} in {at}.remove")
            continue
        for k in body:
            if k not in STEP_BODY_KEYS[kind]:
                E(f"unknown key {at}.{kind}.{k}")
        if kind in ("set", "shift") and body.get("actor") not in known:
            E(f"unknown actor {body.get('actor')!r} in {at}.{kind}")
        if kind in ("set", "shift") and "commitment" in body:
            for k in body:
                if k not in POSITION_STEP_KEYS:
                    E(f"{at}.{kind}.{k}: a step on a position takes only actor, commitment, stance")
            if "stance" not in body:
                E(f"{at}.{kind} on a position needs 'stance'")
            if commitment_ids is not None and body["commitment"] not in commitment_ids:
                E(f"unknown commitment {body['commitment']!r} in {at}.{kind}.commitment")
        if kind == "set" and "stance" in body and (
                not is_num(body["stance"]) or not -1 <= body["stance"] <= 1):
            E(f"{at}.set.stance={body['stance']!r} out of range -1..1")
        if kind == "shift" and "stance" in body and not is_num(body["stance"]):
            E(f"{at}.shift.stance={body['stance']!r} is not a number")
        if kind in ("cut", "link"):
            for k in ("from", "to"):
                if body.get(k) not in known:
                    E(f"unknown actor {body.get(k)!r} in {at}.{kind}.{k}")
        if kind == "transition":
            for x in body.get("actors") or []:
                if x not in known:
                    E(f"unknown actor {x!r} in {at}.transition.actors")
            if "to" not in body:
                E(f"{at}.transition needs 'to'")
            if "stance" in body and "shift" in body:
                E(f"{at}.transition takes stance or shift, not both")
        if kind == "add":
            known.add(body.get("id"))
            if commitment_ids is not None:
                errs += validate_positions(body.get("positions"), commitment_ids, f"{where}: {at}.add")
    return errs


# ----------------------------------------------------------------------------------------------
# State and scenario application
# ----------------------------------------------------------------------------------------------

class State:
    def __init__(self, model):
        d = model.get("defaults") or {}
        self.d_stub = d.get("stubbornness", 0.5)
        self.d_thr = d.get("threshold", 0.2)
        self.d_unc = d.get("uncertainty", 0.15)
        self.order = []
        self.actors = {}
        for a in model["actors"]:
            self._add(a)
        self.relations = [dict(r, weight=r.get("weight", 0.5)) for r in model.get("relations") or []]
        self.removed = set()

    def _add(self, a):
        aid = a["id"]
        self.order.append(aid)
        self.actors[aid] = {
            "kind": a["kind"], "p": float(a["power"]), "q": float(a["interest"]),
            "s": float(a["stance"]), "aff": a.get("affiliation"),
            # declared positions: commitment id -> stance (rule 2, per commitment)
            "pos": {c: float(v) for c, v in (a.get("positions") or {}).items()},
            "theta": float(a.get("stubbornness", self.d_stub)),
            "unc": float(a.get("uncertainty", self.d_unc)),
            # baselines (rule 3 denominators, rule 1 losses)
            "p0": float(a["power"]), "q0": float(a["interest"]),
        }

    @staticmethod
    def _shift_stance(a, delta):
        """A general stance shift: the stance and every declared position move by delta, clamped."""
        a["s"] = clamp(a["s"] + delta, -1, 1)
        a["pos"] = {c: clamp(v + delta, -1, 1) for c, v in a["pos"].items()}

    def declared_commitments(self, model):
        """The commitments (in model order) on which some actor of the state declares a position."""
        declared = set()
        for x in self.order:
            declared.update(self.actors[x]["pos"])
        return [c["id"] for c in model.get("commitments") or [] if c["id"] in declared]

    def copy(self):
        import copy
        return copy.deepcopy(self)

    def present(self, aid):
        return aid in self.actors and aid not in self.removed

    def apply(self, step):
        kind = next(k for k in step if k in STEP_KINDS)
        b = step[kind]
        A = self.actors
        if kind == "remove":
            if not self.present(b):
                return
            self.removed.add(b)
            A[b]["p"] = 0.0
            self.relations = [r for r in self.relations
                              if not (r["from"] == b or r["to"] == b)
                              or (r["kind"] == "depends-on" and r["to"] == b and r["from"] != b)]
        elif kind in ("set", "shift") and "commitment" in b:
            # one position only; a shift starts from the general stance when none is declared
            if not self.present(b["actor"]):
                return
            a = A[b["actor"]]
            c = b["commitment"]
            if kind == "set":
                a["pos"][c] = float(b["stance"])
            else:
                a["pos"][c] = clamp(a["pos"].get(c, a["s"]) + b["stance"], -1, 1)
        elif kind == "set":
            if not self.present(b["actor"]):
                return
            a = A[b["actor"]]
            for k, f in (("power", "p"), ("interest", "q"), ("stance", "s")):
                if k in b:
                    a[f] = float(b[k])
            if "affiliation" in b:
                a["aff"] = b["affiliation"]
        elif kind == "shift":
            if not self.present(b["actor"]):
                return
            a = A[b["actor"]]
            if "stance" in b:
                self._shift_stance(a, b["stance"])
            if "power" in b:
                a["p"] = clamp(a["p"] + b["power"], 0, 1)
            if "interest" in b:
                a["q"] = clamp(a["q"] + b["interest"], 0, 1)
        elif kind == "transition":
            sel = [x for x in (b.get("actors") or []) if self.present(x)]
            if "affiliation" in b or "kinds" in b:
                for x in self.order:
                    if not self.present(x) or x in sel:
                        continue
                    a = A[x]
                    if "affiliation" in b and a["aff"] != b["affiliation"]:
                        continue
                    if "kinds" in b and a["kind"] not in b["kinds"]:
                        continue
                    sel.append(x)
            for x in sel:
                a = A[x]
                a["aff"] = b["to"]
                if "stance" in b:
                    # a new occupant: the general stance is set, declared positions dropped
                    a["s"] = float(b["stance"])
                    a["pos"] = {}
                elif "shift" in b:
                    self._shift_stance(a, b["shift"])
                if "power" in b:
                    a["p"] = float(b["power"])
        elif kind == "cut":
            def hit(r):
                if "kind" in b and r["kind"] != b["kind"]:
                    return False
                if r["from"] == b["from"] and r["to"] == b["to"]:
                    return True
                return (r["kind"] in ("alliance", "conflict")
                        and r["from"] == b["to"] and r["to"] == b["from"])
            self.relations = [r for r in self.relations if not hit(r)]
        elif kind == "link":
            if self.present(b["from"]) and self.present(b["to"]):
                self.relations.append({"from": b["from"], "to": b["to"], "kind": b["kind"],
                                       "weight": b.get("weight", 0.5)})
        elif kind == "add":
            self._add(b)


# ----------------------------------------------------------------------------------------------
# Rules 1-4
# ----------------------------------------------------------------------------------------------

def effective_power(st):
    """Rule 1: dependency cascade, iterated to a fixpoint."""
    A = st.actors
    ph = {x: (0.0 if x in st.removed else A[x]["p"]) for x in st.order}
    deps = [r for r in st.relations if r["kind"] == "depends-on" and st.present(r["from"])]
    for _ in range(1000):
        new = {}
        for x in st.order:
            if x in st.removed:
                new[x] = 0.0
                continue
            v = A[x]["p"]
            for r in deps:
                if r["from"] != x:
                    continue
                b = r["to"]
                if b in st.removed:
                    loss = 1.0
                elif A[b]["p0"] == 0:
                    loss = 0.0
                else:
                    loss = clamp(1 - ph[b] / A[b]["p0"], 0, 1)
                v *= (1 - r["weight"] * loss)
            new[x] = v
        delta = max(abs(new[x] - ph[x]) for x in st.order)
        ph = new
        if delta < EPS_POWER:
            break
    return ph


def influence_system(st, ph):
    """Rule 2's shared parts: for each actor i, None when it has no influencers (sum_k |a_ki| = 0),
    else (r_i, {j: W_ij}) with d_i = p^_i + sum_k |a_ki|, W_ij = a_ji / d_i, r_i = p^_i / d_i."""
    inc = {x: {} for x in st.order}   # inc[i][j] = a_ji
    for r in st.relations:
        k = r["kind"]
        if k not in INFLUENCE:
            continue
        f, t = r["from"], r["to"]
        if not (st.present(f) and st.present(t)):
            continue
        sg = -1.0 if k == "conflict" else 1.0
        inc[t][f] = inc[t].get(f, 0.0) + sg * r["weight"] * ph[f]
        if k in ("alliance", "conflict"):
            inc[f][t] = inc[f].get(t, 0.0) + sg * r["weight"] * ph[t]
    system = {}
    for i in st.order:
        tot = sum(abs(v) for v in inc[i].values())
        if tot == 0 or i in st.removed:
            system[i] = None
        else:
            d = ph[i] + tot
            system[i] = (ph[i] / d, {j: v / d for j, v in inc[i].items()})
    return system


def solve_stance(st, system, s0):
    """Rule 2's iteration from s0: s(t+1) = theta*s0 + (1-theta)*(r*s(t) + W s(t)), Jacobi-style,
    until max|delta| < 1e-12 or 10,000 rounds; actors without influencers keep s0."""
    A = st.actors
    s = dict(s0)
    for _ in range(10000):
        new = {}
        for i in st.order:
            if system[i] is None:
                new[i] = s0[i]
            else:
                th = A[i]["theta"]
                r, W = system[i]
                new[i] = th * s0[i] + (1 - th) * (r * s[i] + sum(w * s[j] for j, w in W.items()))
        delta = max((abs(new[x] - s[x]) for x in st.order), default=0.0)
        s = new
        if delta < EPS_STANCE:
            break
    return {x: clamp(v, -1, 1) for x, v in s.items()}


def effective_stance(st, ph):
    """Rule 2: Friedkin-Johnsen with self-weight (general stance s*)."""
    return solve_stance(st, influence_system(st, ph), {x: st.actors[x]["s"] for x in st.order})


def effective_positions(st, ph, commitments):
    """Rule 2 per commitment: (s*, {c: s*(c)}) for the commitments listed; s*(c) solves the same
    system from s0(c)_i = i's declared position on c, else its stance."""
    system = influence_system(st, ph)
    A = st.actors
    general = solve_stance(st, system, {x: A[x]["s"] for x in st.order})
    per = {}
    for c in commitments:
        per[c] = solve_stance(st, system, {x: A[x]["pos"].get(c, A[x]["s"]) for x in st.order})
    return general, per


def analyse(model, st):
    """Rules 1-4 on a state."""
    A = st.actors
    ph = effective_power(st)
    declared = st.declared_commitments(model)
    ss, per = effective_positions(st, ph, declared)
    pres = st.present
    thr_default = st.d_thr
    obst = model.get("obstacles") or []
    out = []
    contrib_plan = {}
    for c in model.get("commitments") or []:
        sc = per.get(c["id"], ss)          # s*(c): the general s* where nobody declares on c
        needs = c.get("needs") or {}
        dims = {}
        contrib = {}
        for D in NEED_KEYS:
            S = list(dict.fromkeys(needs.get(D) or []))   # listed twice in one list: once
            if not S:
                dims[D] = None
                continue
            num = sum(ph[i] * A[i]["q"] * sc[i] for i in S if pres(i))
            den = sum(A[i]["p0"] * A[i]["q0"] for i in S)
            dims[D] = clamp(ratio(num, den), -1, 1)
            for i in S:
                if pres(i):
                    v = ph[i] * A[i]["q"] * max(sc[i], 0)
                    contrib[i] = contrib.get(i, 0) + v
                    contrib_plan[i] = contrib_plan.get(i, 0) + v
        pressure = sum(obstacle_pressure(o, st, ph, ss) for o in obst
                       if c["id"] in (o.get("blocks") or []))
        if c["owner"] in st.removed:
            V = -1.0
        else:
            V = min(v for v in dims.values() if v is not None) - pressure
        thr = c.get("threshold", thr_default)
        status = "viable" if V >= thr else "at-risk" if V >= 0 else "blocked"
        tot = sum(contrib.values())
        hhi = sum((v / tot) ** 2 for v in contrib.values()) if tot > 0 else 0.0
        out.append({"id": c["id"], "V": V, "status": status, "dims": dims,
                    "pressure": pressure, "hhi": hhi})
    tot = sum(contrib_plan.values())
    plan_hhi = sum((v / tot) ** 2 for v in contrib_plan.values()) if tot > 0 else 0.0
    return {"commitments": out, "hhi": plan_hhi, "ph": ph, "ss": ss, "contrib": contrib_plan,
            "positions": {x: {c: per[c][x] for c in declared} for x in st.order}}


def obstacle_pressure(o, st, ph, ss):
    """Rule 3: severity * (1 - mitigation) * opposition, both with the general s*; opposition is 1
    without holders, else the holders' opposition over their baseline power and interest."""
    A = st.actors
    pres = st.present
    M = list(dict.fromkeys(o.get("mitigators") or []))
    mit = clamp(ratio(sum(ph[m] * A[m]["q"] * max(ss[m], 0) for m in M if pres(m)),
                      sum(A[m]["p0"] * A[m]["q0"] for m in M)), 0, 1) if M else 0.0
    H = list(dict.fromkeys(o.get("holders") or []))
    if not H:
        opp = 1.0
    else:
        opp = clamp(ratio(sum(ph[h] * A[h]["q"] * max(-ss[h], 0) for h in H if pres(h)),
                          sum(A[h]["p0"] * A[h]["q0"] for h in H)), 0, 1)
    return o["severity"] * (1 - mit) * opp


def totals(res):
    cs = res["commitments"]
    n = lambda k: sum(1 for c in cs if c["status"] == k)
    return (n("viable"), n("at-risk"), n("blocked"),
            sum(c["V"] for c in cs) / len(cs) if cs else 0.0, res["hhi"])


# ----------------------------------------------------------------------------------------------
# Printing
# ----------------------------------------------------------------------------------------------

def print_run(model, base, after, scen, show_actors):
    print(f"\n## {model['name']}  |  scenario: {scen['id'] if scen else 'baseline'}")
    w = max(len(c["id"]) for c in base["commitments"])
    print(f"{'commitment'.ljust(w)}  {'V before':>8} {'status':<8}  {'V after':>8} {'status':<8}"
          f"  {'press.':>6} {'hhi':>5}")
    for b, a in zip(base["commitments"], after["commitments"]):
        print(f"{b['id'].ljust(w)}  {b['V']:8.3f} {b['status']:<8}  {a['V']:8.3f} "
              f"{a['status']:<8}  {a['pressure']:6.3f} {a['hhi']:5.3f}")
    tb, ta = totals(base), totals(after)
    print(f"{'plan'.ljust(w)}  viable/at-risk/blocked {tb[0]}/{tb[1]}/{tb[2]} -> "
          f"{ta[0]}/{ta[1]}/{ta[2]};  mean V {tb[3]:.3f} -> {ta[3]:.3f};  "
          f"HHI {tb[4]:.3f} -> {ta[4]:.3f}")
    if show_actors:
        for a in after["commitments"]:
            d = "  ".join(f"{k} {v:6.3f}" if v is not None else f"{k}   -   "
                          for k, v in a["dims"].items())
            print(f"  {a['id'].ljust(w)}  {d}  pressure {a['pressure']:.3f}")
        print(f"  {'actor':<26} {'p':>5} {'p^':>6} {'s':>6} {'s*':>6} {'s*after':>8} {'share':>6}")
        tot = sum(base["contrib"].values()) or 1
        for x in base["ph"]:
            print(f"  {x:<26} {model_actor(model, x).get('power', 0):5.2f} {after['ph'][x]:6.3f} "
                  f"{model_actor(model, x).get('stance', 0):6.2f} {base['ss'][x]:6.3f} "
                  f"{after['ss'].get(x, 0):8.3f} {base['contrib'].get(x, 0) / tot:6.3f}")
        for x, pos in after["positions"].items():
            differs = {c: v for c, v in pos.items() if abs(v - after["ss"][x]) > 1e-9}
            if differs:
                print(f"  {x:<26} positions after: "
                      + ", ".join(f"{c} {v:.3f}" for c, v in differs.items()))


def model_actor(model, aid):
    for a in model["actors"]:
        if a["id"] == aid:
            return a
    return {}


def monte_carlo(model, scen, n, seed):
    counts = {}
    Vs = {}
    nviable = []
    for k in range(n):
        rng = random.Random(f"{seed}:{k}")
        st = State(model)
        for x in st.order:
            # one draw per model actor, in model order, added to its stance and to each of its
            # declared positions (each clamped); drawn even when the uncertainty is 0
            a = st.actors[x]
            eps = rng.gauss(0.0, 1.0) * a["unc"]
            a["s"] = clamp(a["s"] + eps, -1, 1)
            a["pos"] = {c: clamp(v + eps, -1, 1) for c, v in a["pos"].items()}
        for step in (scen.get("steps") or []) if scen else []:
            if rng.random() < step.get("probability", 1):
                st.apply(step)
        res = analyse(model, st)
        nv = 0
        for c in res["commitments"]:
            d = counts.setdefault(c["id"], {"viable": 0, "blocked": 0})
            if c["status"] == "viable":
                d["viable"] += 1
                nv += 1
            if c["status"] == "blocked":
                d["blocked"] += 1
            Vs.setdefault(c["id"], []).append(c["V"])
        nviable.append(nv)
    print(f"  Monte Carlo ({n} samples, seed {seed}; Python RNG, not the Swift tool's draws)")
    for cid, d in counts.items():
        v = sorted(Vs[cid])
        print(f"  {cid:<28} P(viable) {d['viable'] / n:5.2f}  P(blocked) {d['blocked'] / n:5.2f}"
              f"  mean V {sum(v) / n:6.3f}  5-95% [{v[int(0.05 * (n - 1))]:.3f}, "
              f"{v[int(0.95 * (n - 1))]:.3f}]")
    print(f"  plan: mean number viable {sum(nviable) / n:.2f}")


# ----------------------------------------------------------------------------------------------
# Comparison with `powermap analyze --json`
# ----------------------------------------------------------------------------------------------

TOLERANCE = 1e-6


def compare_with_tool(binary, mpath, scenario_arg, res, where):
    """Differences between this script's rules 1-4 (`res`, from analyse) and the JSON of
    `powermap analyze MODEL [--scenario S] --json`, each a line of text."""
    cmd = [binary, "analyze", mpath, "--json"] + (["--scenario", scenario_arg] if scenario_arg else [])
    run = subprocess.run(cmd, capture_output=True, text=True)
    if run.returncode != 0:
        return [f"{where}: {' '.join(cmd)} exited {run.returncode}: {run.stderr.strip()}"]
    tool = json.loads(run.stdout)
    diffs = []

    def near(label, mine, theirs):
        if theirs is None or abs(mine - theirs) > TOLERANCE:
            diffs.append(f"{where}: {label}: model_check {mine!r}, powermap {theirs!r}")

    for actor in tool["actors"]:
        aid = actor["id"]
        if aid not in res["ph"]:
            diffs.append(f"{where}: actor {aid} unknown to model_check")
            continue
        near(f"effectivePower({aid})", res["ph"][aid], actor["effectivePower"])
        near(f"effectiveStance({aid})", res["ss"][aid], actor["effectiveStance"])
        mine_pos, their_pos = res["positions"].get(aid, {}), actor.get("positions")
        if not isinstance(their_pos, dict) or set(mine_pos) != set(their_pos):
            diffs.append(f"{where}: positions({aid}) commitments: model_check {sorted(mine_pos)}, "
                         f"powermap {sorted(their_pos) if isinstance(their_pos, dict) else their_pos!r}")
        else:
            for cid, v in mine_pos.items():
                near(f"positions({aid}).{cid}", v, their_pos[cid])
    mine = {c["id"]: c for c in res["commitments"]}
    if [c["id"] for c in tool["commitments"]] != [c["id"] for c in res["commitments"]]:
        diffs.append(f"{where}: commitment ids differ")
    for c in tool["commitments"]:
        m = mine.get(c["id"])
        if m is None:
            continue
        near(f"viability({c['id']})", m["V"], c["viability"])
        near(f"obstaclePressure({c['id']})", m["pressure"], c["obstaclePressure"])
        near(f"concentration({c['id']})", m["hhi"], c["concentration"])
        if m["status"] != c["status"]:
            diffs.append(f"{where}: status({c['id']}): model_check {m['status']}, powermap {c['status']}")
        for dim in NEED_KEYS:
            a, b = m["dims"][dim], (c.get("dimensions") or {}).get(dim)
            if (a is None) != (b is None):
                diffs.append(f"{where}: {dim}({c['id']}): model_check {a!r}, powermap {b!r}")
            elif a is not None:
                near(f"{dim}({c['id']})", a, b)
    viable, at_risk, blocked, mean_v, hhi = totals(res)
    plan = tool["plan"]
    for key, value in (("viable", viable), ("atRisk", at_risk), ("blocked", blocked)):
        if plan[key] != value:
            diffs.append(f"{where}: plan.{key}: model_check {value}, powermap {plan[key]}")
    near("plan.meanViability", mean_v, plan["meanViability"])
    near("plan.concentration", hhi, plan["concentration"])
    return diffs


def check_against(binary, root):
    """Every shipped model x (no scenario, every scenario file, every inline scenario), compared
    with the tool. Returns the number of differences."""
    scenario_files = sorted(glob.glob(os.path.join(root, "models", "scenarios", "*.yaml")))
    runs = [(p, scenario_files) for p in sorted(glob.glob(os.path.join(root, "models", "veracruz-*.yaml")))]
    runs.append((os.path.join(root, "models", "examples", "minimal.yaml"), []))
    count, compared = 0, 0
    for mpath, spaths in runs:
        model = load(mpath)
        base = analyse(model, State(model))
        subjects = [(None, None)] + [(sp, load(sp)) for sp in spaths]
        subjects += [(sc["id"], sc) for sc in model.get("scenarios") or []]
        for arg, sc in subjects:
            res = base
            if sc is not None:
                st = State(model)
                for step in sc.get("steps") or []:
                    st.apply(step)
                res = analyse(model, st)
            where = f"{os.path.relpath(mpath, root)} [{sc['id'] if sc else 'no scenario'}]"
            diffs = compare_with_tool(binary, mpath, arg, res, where)
            for d in diffs:
                print("difference:", d)
            count += len(diffs)
            compared += 1
    print(f"model_check: {compared} runs compared with {binary}: "
          f"{'no difference' if count == 0 else f'{count} differences'} (tolerance {TOLERANCE})")
    return count


def load(path):
    with open(path, encoding="utf-8-sig") as f:
        return yaml.safe_load(f)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model", nargs="?")
    ap.add_argument("scenarios", nargs="*")
    ap.add_argument("--all", action="store_true", help="every shipped model x every shipped scenario")
    ap.add_argument("--actors", action="store_true", help="print actor powers and stances")
    ap.add_argument("--samples", type=int, default=0)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--against", metavar="POWERMAP",
                    help="compare every shipped model and scenario with `POWERMAP analyze --json`")
    args = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if args.against:
        sys.exit(1 if check_against(args.against, root) else 0)
    if args.all:
        runs = [(p, sorted(glob.glob(os.path.join(root, "models", "scenarios", "*.yaml"))))
                for p in sorted(glob.glob(os.path.join(root, "models", "veracruz-*.yaml")))]
    elif args.model:
        runs = [(args.model, args.scenarios)]
    else:
        ap.error("give a model file or --all")
    bad = False
    for mpath, spaths in runs:
        model = load(mpath)
        errs, warns = validate_model(model, mpath)
        for w in warns:
            print("warning:", w, file=sys.stderr)
        scens = []
        commitment_ids = {c.get("id") for c in model.get("commitments") or []}
        for sp in spaths:
            sc = load(sp)
            errs += validate_scenario(sc, [a["id"] for a in model["actors"]], sp, commitment_ids)
            scens.append(sc)
        for inline in model.get("scenarios") or []:
            errs += validate_scenario(inline, [a["id"] for a in model["actors"]], mpath, commitment_ids)
            scens.append(inline)
        if errs:
            bad = True
            for e in errs:
                print("error:", e, file=sys.stderr)
            continue
        base_state = State(model)
        base = analyse(model, base_state)
        print_run(model, base, base, None, args.actors)
        if args.samples:
            monte_carlo(model, None, args.samples, args.seed)
        for sc in scens:
            st = State(model)
            for step in sc.get("steps") or []:
                st.apply(step)
            after = analyse(model, st)
            print_run(model, base, after, sc, args.actors)
            if args.samples:
                monte_carlo(model, sc, args.samples, args.seed)
    sys.exit(2 if bad else 0)


if __name__ == "__main__":
    main()
