// structure.js — relations, commitments (needs per dimension) and obstacles, edited in place on
// the facilitator's page; every change sends the edited model (PUT /api/v1/model), and the
// server's validation messages appear next to the field they name (`commitments[2].title`).

import { el, fill, select } from "./dom.js";
import { label, t } from "./strings.js";
import { putModel, state } from "./core.js";
import { enumSelect } from "./actors.js";

const DIMENSIONS = ["authority", "acceptance", "ability"];

/** Draws the three editors from the state's model. */
export function renderStructure() {
  renderRelations();
  fill("commitments-editor", state.model.commitments.map(commitmentCard));
  fill("add-commitment", ...addCommitmentForm());
  fill("obstacles-editor", state.model.obstacles.map(obstacleCard));
  fill("add-obstacle", ...addObstacleForm());
}

/** The model path of item `i` of `list` ("commitments", "obstacles") and a setter of its fields. */
function editing(list, i) {
  return { path: `${list}[${i}]`, put: (set) => changer((m, v) => set(m[list][i], v)) };
}

function actorOptions() {
  return state.model.actors.map((a) => [a.id, a.short || a.name]);
}

function commitmentOptions() {
  return state.model.commitments.map((c) => [c.id, c.title]);
}

/** A change to the field at `path` of the model: `set(model, value)` edits the copy sent. */
function changer(set) {
  return (value) => putModel((model) => set(model, value));
}

function renderRelations() {
  const rows = state.model.relations.map((r, i) => {
    const path = `relations[${i}]`;
    const put = (field) => changer((m, v) => (m.relations[i][field] = v));
    return el(
      "tr",
      { id: `relation-${i}` },
      el("td", {}, select({ dataset: { path: `${path}.from` }, onchange: (e) => put("from")(e.target.value) }, actorOptions(), r.from)),
      el("td", {}, enumSelect(`relation-${i}-kind`, "relationKinds", r.kind, `${path}.kind`, put("kind"))),
      el("td", {}, select({ dataset: { path: `${path}.to` }, onchange: (e) => put("to")(e.target.value) }, actorOptions(), r.to)),
      el("td", {}, numberInput(r.weight, `${path}.weight`, 0, 1, put("weight"))),
      el("td", {}, removeButton(`remove-relation-${i}`, () => putModel((m) => m.relations.splice(i, 1)))),
    );
  });
  fill("relations-body", rows);
  fill("add-relation", ...addRelationForm());
}

function addRelationForm() {
  const from = select({ id: "new-relation-from", dataset: { path: "new-relations.from" } }, actorOptions());
  const kind = enumSelect("new-relation-kind", "relationKinds", "influence", "new-relations.kind", () => {});
  const to = select({ id: "new-relation-to", dataset: { path: "new-relations.to" } }, actorOptions());
  const weight = el("input", { id: "new-relation-weight", type: "number", min: 0, max: 1, step: 0.05, value: 0.5, dataset: { path: "new-relations.weight" } });
  const add = () =>
    putModel((m) => m.relations.push({ from: from.value, to: to.value, kind: kind.value, weight: Number(weight.value) }));
  return [el("strong", {}, t("newRelation")), from, kind, to, weight, el("button", { id: "add-relation-button", type: "button", onclick: add }, t("add"))];
}

function numberInput(value, path, min, max, onChange) {
  return el("input", {
    type: "number", min, max, step: 0.05, value, class: "number", dataset: { path },
    onchange: (e) => e.target.value.trim() !== "" && onChange(Number(e.target.value)), // an emptied field is not a 0
  });
}

function removeButton(id, action) {
  return el("button", { id, class: "small danger", type: "button", title: t("remove"), onclick: action }, "×");
}

function commitmentCard(c, i) {
  const { path, put } = editing("commitments", i);
  return card(`commitment-${c.id}`, c.title, path, put((x, v) => (x.title = v)), () => removeCommitment(c.id),
    el("div", { class: "fields" },
      field(t("id"), el("code", {}, c.id)),
      field(t("owner"), select({ dataset: { path: `${path}.owner` }, onchange: (e) => put((x, v) => (x.owner = v))(e.target.value) }, actorOptions(), c.owner)),
      field(t("threshold"), numberInput(c.threshold ?? (state.model.defaults || {}).threshold ?? 0.2, `${path}.threshold`, 0, 1, put((x, v) => (x.threshold = v)))),
    ),
    DIMENSIONS.map((d) =>
      field(label("dimensions", d), chips(c.needs[d] || [], actorOptions(), `${path}.needs.${d}`, put((x, v) => (x.needs[d] = v)))),
    ),
  );
}

/** A commitment's or obstacle's card: its title edited in place, a remove button (`remove-ID`), then `body`. */
function card(id, title, path, onTitle, onRemove, ...body) {
  return el(
    "div",
    { class: "card item", id },
    el("div", { class: "item-head" },
      el("input", { class: "title-input", value: title, dataset: { path: `${path}.title` }, onchange: (e) => onTitle(e.target.value) }),
      removeButton(`remove-${id}`, onRemove)),
    ...body,
  );
}

function field(title, ...children) {
  return el("label", { class: "field" }, el("span", { class: "field-label" }, title), ...children);
}

/** A list of ids as chips with ×, and a select to add one more. */
function chips(items, options, path, onChange) {
  const names = new Map(options);
  const rest = options.filter(([id]) => !items.includes(id));
  const adder = select(
    { class: "chip-add", dataset: { path }, onchange: (e) => e.target.value && onChange([...items, e.target.value]) },
    [["", "+"], ...rest],
    "",
  );
  return el(
    "span",
    { class: "chips" },
    items.map((id, k) =>
      el("span", { class: "chip", dataset: { path: `${path}[${k}]` } }, names.get(id) || id,
        el("button", { type: "button", class: "chip-x", title: t("remove"), onclick: () => onChange(items.filter((x) => x !== id)) }, "×")),
    ),
    adder,
  );
}

function addCommitmentForm() {
  const id = el("input", { id: "new-commitment-id", placeholder: t("id"), dataset: { path: "new-commitments.id" } });
  const title = el("input", { id: "new-commitment-title", placeholder: t("title"), dataset: { path: "new-commitments.title" } });
  const owner = select({ id: "new-commitment-owner", dataset: { path: "new-commitments.owner" } }, actorOptions());
  const add = () =>
    putModel((m) => {
      const defaults = m.defaults || {};
      m.commitments.push({
        id: id.value.trim(), title: title.value.trim(), owner: owner.value,
        needs: { authority: [owner.value], acceptance: [], ability: [] }, threshold: defaults.threshold ?? 0.2,
      });
    });
  return [el("strong", {}, t("newCommitment")), id, title, owner, el("button", { id: "add-commitment-button", type: "button", onclick: add }, t("add"))];
}

/** Removes a commitment and the positions and obstacle blocks that name it. */
function removeCommitment(id) {
  if (!confirm(t("confirmRemove", id))) return;
  putModel((m) => {
    m.commitments = m.commitments.filter((c) => c.id !== id);
    for (const a of m.actors) if (a.positions) delete a.positions[id];
    for (const o of m.obstacles) o.blocks = o.blocks.filter((b) => b !== id);
  });
}

function obstacleCard(o, i) {
  const { path, put } = editing("obstacles", i);
  return card(`obstacle-${o.id}`, o.title, path, put((x, v) => (x.title = v)), () => putModel((m) => m.obstacles.splice(i, 1)),
    el("div", { class: "fields" },
      field(t("id"), el("code", {}, o.id)),
      field(t("kind"), enumSelect(`obstacle-${o.id}-kind`, "obstacleKinds", o.kind, `${path}.kind`, put((x, v) => (x.kind = v)))),
      field(t("severity"), numberInput(o.severity, `${path}.severity`, 0, 1, put((x, v) => (x.severity = v)))),
    ),
    field(t("blocks"), chips(o.blocks, commitmentOptions(), `${path}.blocks`, put((x, v) => (x.blocks = v)))),
    field(t("holders"), chips(o.holders || [], actorOptions(), `${path}.holders`, put((x, v) => (x.holders = v)))),
    field(t("mitigators"), chips(o.mitigators || [], actorOptions(), `${path}.mitigators`, put((x, v) => (x.mitigators = v)))),
  );
}

function addObstacleForm() {
  const id = el("input", { id: "new-obstacle-id", placeholder: t("id"), dataset: { path: "new-obstacles.id" } });
  const title = el("input", { id: "new-obstacle-title", placeholder: t("title"), dataset: { path: "new-obstacles.title" } });
  const kind = enumSelect("new-obstacle-kind", "obstacleKinds", "political", "new-obstacles.kind", () => {});
  const blocks = select({ id: "new-obstacle-blocks", dataset: { path: "new-obstacles.blocks" } }, commitmentOptions());
  const add = () =>
    putModel((m) =>
      m.obstacles.push({ id: id.value.trim(), kind: kind.value, title: title.value.trim(), blocks: [blocks.value], severity: 0.3, holders: [], mitigators: [] }),
    );
  return [el("strong", {}, t("newObstacle")), id, title, kind, blocks, el("button", { id: "add-obstacle-button", type: "button", onclick: add }, t("add"))];
}

