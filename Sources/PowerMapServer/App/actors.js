// actors.js — the actors table of the facilitator's page: power, interest and stance as sliders
// (sent as PATCH /api/v1/actors/{id}), kind, level and name in place, positions per commitment in
// a row that opens under the actor, "what if we lose…" (the actor's row of the sweep), add and remove.

import { getJSON } from "./api.js";
import { actorName, commitmentTitle, el, fill, num, select, signed } from "./dom.js";
import { label, t, values } from "./strings.js";
import { notify, patchActor, putModel, state } from "./core.js";

const open = { positions: new Set(), sweep: new Set() };
let sweepCache = { version: -1, promise: null };

/** Draws the whole table from the state's model. */
export function renderActors() {
  const rows = state.model.actors.flatMap((actor, index) => [
    actorRow(actor, index),
    positionsRow(actor, index),
    sweepRow(actor),
  ]);
  fill("actors-body", rows);
  for (const id of open.sweep) showSweep(id);
  renderAddActor();
}

function actorRow(actor, index) {
  const path = `actors[${index}]`;
  const count = Object.keys(actor.positions || {}).length;
  return el(
    "tr",
    { id: `actor-${actor.id}`, class: "actor-row", dataset: { actor: actor.id } },
    el(
      "td",
      { class: "actor-name" },
      el("input", {
        id: `name-${actor.id}`, value: actor.short || actor.name, title: actor.name, class: "plain",
        dataset: { path: `${path}.short` },
        onchange: (e) => renameActor(actor.id, e.target.value),
      }),
      el("small", { class: "muted" }, actor.id),
    ),
    el("td", { class: "kind-level" },
      enumSelect(`kind-${actor.id}`, "kinds", actor.kind, `${path}.kind`, (v) => patchActor(actor.id, { kind: v }, true)),
      enumSelect(`level-${actor.id}`, "levels", actor.level, `${path}.level`, (v) => patchActor(actor.id, { level: v }, true))),
    el("td", {}, slider(actor, "power", 0, 1, path)),
    el("td", {}, slider(actor, "interest", 0, 1, path)),
    el("td", {}, slider(actor, "stance", -1, 1, path)),
    el("td", { id: `effective-${actor.id}`, class: "num muted effective" }, effectiveText(actor.id)),
    el("td", { class: "row-actions" },
      el("button", {
        id: `positions-${actor.id}`, class: "small", type: "button", title: t("positions"),
        onclick: () => toggle("positions", actor.id),
      }, count ? `${count} ▾` : "▾"),
      el("button", { id: `lose-${actor.id}`, class: "small ghost", type: "button", onclick: () => toggle("sweep", actor.id) }, t("loseButton")),
      el("button", { id: `remove-actor-${actor.id}`, class: "small danger", type: "button", title: t("remove"), onclick: () => removeActor(actor.id) }, "×"),
    ),
  );
}

function renameActor(id, text) {
  const value = text.trim();
  if (value) patchActor(id, { short: value }, true);
}

/** A <select> of an enumeration (`kinds`, `levels`…) in the page's language. */
export function enumSelect(id, group, value, path, onChange) {
  const options = values(group).map((v) => [v, label(group, v)]);
  return select({ id, dataset: { path }, onchange: (e) => onChange(e.target.value) }, options, value);
}

/** A range input with its value beside it; moves are sent as the pointer moves, the last one at once. */
function slider(actor, field, min, max, path) {
  const id = `${field}-${actor.id}`;
  const output = el("output", { id: `${id}-value`, class: "slider-value" }, num(actor[field]));
  const input = el("input", {
    id, type: "range", min, max, step: 0.01, value: actor[field],
    class: `slider slider-${field}`, dataset: { path: `${path}.${field}` },
    oninput: (e) => {
      output.textContent = num(Number(e.target.value));
      patchActor(actor.id, { [field]: Number(e.target.value) });
    },
    onchange: (e) => patchActor(actor.id, { [field]: Number(e.target.value) }, true),
  });
  return el("div", { class: "slider-cell" }, input, output);
}

function effectiveText(id) {
  const report = state.analysis && state.analysis.actors.find((a) => a.id === id);
  if (!report) return "";
  return `${num(report.effectivePower)} · ${signed(report.effectiveStance)}`;
}

/** After each analysis: the effective power and stance column. */
export function showEffective() {
  for (const actor of state.model.actors) {
    const cell = document.getElementById(`effective-${actor.id}`);
    if (cell) cell.textContent = effectiveText(actor.id);
  }
  if (sweepCache.version !== state.version) for (const id of open.sweep) showSweep(id);
}

function positionsRow(actor, index) {
  const hidden = !open.positions.has(actor.id);
  const items = state.model.commitments.map((c) => positionEditor(actor, c, index));
  return el(
    "tr",
    { id: `positions-row-${actor.id}`, class: "sub-row", hidden },
    el("td", { colspan: 7 }, el("div", { class: "positions" }, items.length ? items : "–")),
  );
}

function positionEditor(actor, commitment, index) {
  const own = actor.positions && commitment.id in actor.positions;
  const value = own ? actor.positions[commitment.id] : actor.stance;
  const id = `position-${actor.id}-${commitment.id}`;
  const output = el("output", { class: "slider-value" }, num(value));
  const send = (v, now) => {
    patchActor(actor.id, { positions: { [commitment.id]: v } }, now);
    const count = Object.keys(actor.positions || {}).length;
    document.getElementById(`positions-${actor.id}`).textContent = count ? `${count} ▾` : "▾";
  };
  const input = el("input", {
    id, type: "range", min: -1, max: 1, step: 0.01, value, disabled: !own, class: "slider slider-stance",
    dataset: { path: `actors[${index}].positions.${commitment.id}` },
    oninput: (e) => { output.textContent = num(Number(e.target.value)); send(Number(e.target.value), false); },
    onchange: (e) => send(Number(e.target.value), true),
  });
  const box = el("input", {
    id: `${id}-own`, type: "checkbox", checked: own, title: t("ownPosition"),
    onchange: (e) => {
      input.disabled = !e.target.checked;
      if (!e.target.checked) input.value = actor.stance; // it follows the stance again
      output.textContent = num(Number(input.value));
      send(e.target.checked ? Number(input.value) : null, true);
    },
  });
  return el("label", { class: "position field", title: commitment.title }, box,
    el("span", { class: "position-title" }, commitment.title), input, output);
}

function sweepRow(actor) {
  return el(
    "tr",
    { id: `sweep-row-${actor.id}`, class: "sub-row sweep-row", hidden: !open.sweep.has(actor.id) },
    el("td", { colspan: 7 }, el("div", { id: `sweep-${actor.id}`, class: "sweep" }, t("drawing"))),
  );
}

function toggle(which, id) {
  const set = open[which];
  if (set.has(id)) set.delete(id);
  else set.add(id);
  const row = document.getElementById(`${which === "sweep" ? "sweep-row" : "positions-row"}-${id}`);
  row.hidden = !set.has(id);
  if (which === "sweep" && set.has(id)) showSweep(id);
}

function sweep() {
  if (sweepCache.version !== state.version) {
    sweepCache = { version: state.version, promise: getJSON("/api/v1/sweep") };
    sweepCache.promise.catch(() => (sweepCache.version = -1));
  }
  return sweepCache.promise;
}

async function showSweep(id) {
  const box = document.getElementById(`sweep-${id}`);
  if (!box) return;
  try {
    const doc = await sweep();
    const row = (doc.allies || []).find((r) => r.ids.length === 1 && r.ids[0] === id);
    fill(box, sweepSummary(id, row, doc));
    Object.assign(box.dataset, row
      ? { delta: row.deltaViability, failed: row.failed.join(" "), improved: row.improved.join(" "), weakened: row.weakened.join(" "), cut: String(row.articulationPoint) }
      : { delta: "", failed: "", improved: "", weakened: "", cut: "" });
    box.dataset.version = String(sweepCache.version);
  } catch (error) {
    fill(box, error.message);
  }
}

function sweepSummary(id, row, doc) {
  const name = actorName(state.model, id);
  const title = el("strong", {}, t("loseTitle", name));
  if (!row || (row.failed.length === 0 && row.improved.length === 0 && row.statusChanges === 0)) {
    return [title, " ", t("loseNothing", name), row ? deltaText(row) : null];
  }
  return [
    title, deltaText(row),
    list(t("loseFailed"), row.failed.map((c) => commitmentTitle(state.model, c)), "failed"),
    list(t("loseImproved"), row.improved.map((c) => commitmentTitle(state.model, c)), "improved"),
    list(t("loseWeakened"), row.weakened.map((a) => actorName(state.model, a)), "weakened"),
    row.articulationPoint ? el("div", { class: "muted" }, t("loseCut")) : null,
  ];
}

function deltaText(row) {
  return el("span", { class: "muted sweep-delta" }, ` ${t("loseDelta")} ${signed(row.deltaViability)}`);
}

function list(title, items, kind) {
  if (!items.length) return null;
  return el("div", { class: `sweep-list ${kind}` }, el("span", { class: "muted" }, `${title}: `), items.join(" · "));
}

function renderAddActor() {
  const form = document.getElementById("add-actor");
  if (form.dataset.ready) return;
  form.dataset.ready = "1";
  form.prepend(
    el("input", { id: "new-actor-id", placeholder: t("addActorHint"), required: true, pattern: "[a-z0-9][a-z0-9._\\-]*", dataset: { path: "new-actors.id" } }),
    el("input", { id: "new-actor-name", placeholder: t("name"), required: true, dataset: { path: "new-actors.name" } }),
    enumSelect("new-actor-kind", "kinds", "civil-society", "new-actors.kind", () => {}),
    enumSelect("new-actor-level", "levels", "state", "new-actors.level", () => {}),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    addActor(form);
  });
}

function addActor(form) {
  const id = form.querySelector("#new-actor-id").value.trim();
  const name = form.querySelector("#new-actor-name").value.trim();
  const before = state.version;
  putModel((model) => {
    const defaults = model.defaults || {};
    model.actors.push({
      id, name, short: name, kind: form.querySelector("#new-actor-kind").value,
      level: form.querySelector("#new-actor-level").value, power: 0.5, interest: 0.5, stance: 0,
      stubbornness: defaults.stubbornness ?? 0.5, uncertainty: defaults.uncertainty ?? 0.15, tags: [],
    });
  }).then(() => {
    if (state.version > before) form.reset(); // accepted; a refused one stays for correction
  });
}

/** Removes an actor and every mention of it (relations, needs, holders, mitigators); refuses an owner. */
function removeActor(id) {
  const owned = state.model.commitments.filter((c) => c.owner === id).map((c) => c.id);
  if (owned.length) {
    notify(t("removeOwnerRefused", actorName(state.model, id), owned.join(", ")), "error");
    return;
  }
  if (!confirm(t("confirmRemove", actorName(state.model, id)))) return;
  putModel((model) => {
    const keep = (list) => list.filter((x) => x !== id);
    model.actors = model.actors.filter((a) => a.id !== id);
    model.relations = model.relations.filter((r) => r.from !== id && r.to !== id);
    for (const c of model.commitments) for (const d of ["authority", "acceptance", "ability"]) c.needs[d] = keep(c.needs[d] || []);
    for (const o of model.obstacles) Object.assign(o, { holders: keep(o.holders || []), mitigators: keep(o.mitigators || []) });
  });
}
