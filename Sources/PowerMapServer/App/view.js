// view.js — the room's view (/view): shows the plan summary, the commitments and the power map
// (or the grid with `?map=grid`) in large type, and follows /api/v1/events: after each new version
// it fetches the analysis (drawn at once) and the map (swapped in when Graphviz is done) and highlights the commitments whose status or V
// changed since the previous version. Read-only: it sends nothing.

import { getAnalysis, getJSON, listen, mapURL, swapImage } from "./api.js";
import { badge, el, fill, num, signed } from "./dom.js";
import { label, pickLanguage, t, translatePage, useLanguage } from "./strings.js";

const MAP = new URLSearchParams(location.search).get("map") === "grid" ? "grid" : "power";
let lang = "en";
let wanted = 0;
let shown = 0;
let running = false;
let previous = null;
let previousModel = null;
let shownAnalysis = -1;

async function boot() {
  const doc = await getJSON("/api/v1/model");
  lang = pickLanguage(doc.language || doc.model.language);
  useLanguage(lang);
  translatePage();
  fill("view-title", doc.model.name);
  document.title = `${doc.model.name} — ${t("viewTitle")}`;
  wanted = doc.version;
  await follow();
  listen({ version: (d) => newVersion(d.version) }, (connected) => document.body.classList.toggle("offline", !connected));
}

function newVersion(version) {
  wanted = Math.max(wanted, version);
  if (!running) follow();
}

/** Fetches versions until the newest one is shown (versions that pass meanwhile are skipped). */
async function follow() {
  running = true;
  try {
    while (shown < wanted) {
      const version = wanted;
      await show(version);
      shown = version;
    }
  } catch (error) {
    console.error(error);
  } finally {
    running = false;
  }
}

/** Draws the analysis as soon as it arrives (Graphviz takes longer), then swaps the map in. */
async function show(version) {
  // On the projector the drawing gets the whole frame; its key is one line of the page (view-key).
  const map = mapURL(`/api/v1/maps/${MAP}.svg`, { lang, v: version, legend: "none" });
  const [{ analysis, version: computedFor }, doc] = await Promise.all([getAnalysis(), getJSON("/api/v1/model")]);
  if (computedFor !== shownAnalysis) {
    // The same analysis twice (a newer version was already shown) would clear the highlights.
    if (previousModel) fill("view-last-change", changeSummary(previousModel, doc.model));
    previousModel = doc.model;
    renderPlan(analysis);
    renderCommitments(analysis.commitments, previous);
    previous = analysis;
    shownAnalysis = computedFor;
  }
  fill("view-version", String(version));
  fill("view-updated", new Date().toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit", second: "2-digit" }));
  document.body.dataset.version = String(version);
  const img = document.getElementById("view-map");
  await swapImage(img, await map);
  img.dataset.version = String(version);
  document.getElementById("view-waiting").hidden = true;
}

function renderPlan(analysis) {
  const plan = analysis.plan;
  const box = document.getElementById("view-plan");
  Object.assign(box.dataset, { viable: plan.viable, atRisk: plan.atRisk, blocked: plan.blocked });
  fill(
    box,
    big("viable", plan.viable, t("viable")),
    big("at-risk", plan.atRisk, t("atRisk")),
    big("blocked", plan.blocked, t("blocked")),
    el("div", { class: "room-mean" }, `${t("meanV")} `, el("strong", {}, num(plan.meanViability))),
  );
}

function big(status, count, text) {
  return el("div", { class: `room-figure status-${status}` }, el("strong", {}, String(count)), el("span", {}, text));
}

function renderCommitments(commitments, before) {
  const old = new Map(((before && before.commitments) || []).map((c) => [c.id, c]));
  fill("view-commitments", commitments.map((c) => commitmentItem(c, old.get(c.id))));
}

function commitmentItem(c, old) {
  const statusChanged = old && old.status !== c.status;
  const changed = old && (statusChanged || Math.abs(old.viability - c.viability) >= 0.005);
  return el(
    "li",
    { id: `view-c-${c.id}`, class: `room-commitment status-${c.status}${changed ? " changed" : ""}`, dataset: { status: c.status, viability: c.viability } },
    el("div", { class: "room-c-title" }, c.title || c.id),
    el("div", { class: "room-c-line" },
      badge(c.status),
      el("span", { class: "room-v" }, `V ${num(c.viability)}`),
      c.weakestDimension ? el("span", { class: "muted" }, label("dimensions", c.weakestDimension)) : null,
      changed ? el("span", { class: "room-change" }, changeText(old, c)) : null),
  );
}

function changeText(old, c) {
  const status = old.status !== c.status ? `${label("statuses", old.status)} → ${label("statuses", c.status)} · ` : "";
  return `${status}ΔV ${signed(c.viability - old.viability)}`;
}

/** What changed between two versions of the model, in a line: "ORFIS: stance 0.80 → −0.20 · …". */
function changeSummary(before, after) {
  const old = new Map(before.actors.map((a) => [a.id, a]));
  const parts = [];
  for (const actor of after.actors) {
    const was = old.get(actor.id);
    const name = actor.short || actor.name;
    if (!was) parts.push(`+ ${name}`);
    else parts.push(...actorChanges(was, actor).map((text) => `${name}: ${text}`));
    old.delete(actor.id);
  }
  for (const gone of old.values()) parts.push(`− ${gone.short || gone.name}`);
  const counts = ["relations", "commitments", "obstacles"].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  parts.push(...counts.map((k) => t(`tab${k[0].toUpperCase()}${k.slice(1)}`)));
  return parts.length ? [el("strong", {}, `${t("viewChanged")}: `), parts.slice(0, 4).join(" · "), parts.length > 4 ? " …" : ""] : "";
}

function actorChanges(was, actor) {
  const changes = ["power", "interest", "stance"]
    .filter((field) => was[field] !== actor[field])
    .map((field) => `${t(field).toLowerCase()} ${num(was[field])} → ${num(actor[field])}`);
  if (JSON.stringify(was.positions || {}) !== JSON.stringify(actor.positions || {})) changes.push(t("positions").toLowerCase());
  if (was.kind !== actor.kind || was.level !== actor.level || was.short !== actor.short) changes.push("…");
  return changes;
}

boot().catch((error) => {
  console.error(error);
  fill("view-waiting", error.message || String(error));
});
