// results.js — the right-hand column of the facilitator's page: the plan summary, each
// commitment's status, V and weakest dimension, and the power map and grid, fetched again after
// every accepted change (coalesced: while one refresh runs, only the newest version is fetched next).

import { getAnalysis, mapURL, swapImage } from "./api.js";
import { badge, el, fill, num, signed } from "./dom.js";
import { label, t } from "./strings.js";
import { notify, on, state } from "./core.js";

let shown = 0;
let running = false;
let previous = null;
let shownAnalysis = -1;
const afterRefresh = [];

/** Calls `fn(analysis)` after each refresh (the actors table shows effective values, panels re-run). */
export function onAnalysis(fn) {
  afterRefresh.push(fn);
}

/** Starts following the state's version. */
export function startResults() {
  on("version", () => {
    if (!running) refreshLoop();
  });
  document.addEventListener("click", (event) => {
    const frame = event.target.closest(".map-frame");
    if (frame && (event.target.tagName === "IMG" || frame.classList.contains("zoomed"))) frame.classList.toggle("zoomed");
  });
}

async function refreshLoop() {
  running = true;
  try {
    while (shown !== state.version) {
      const version = state.version;
      await refresh(version);
      shown = version;
    }
  } catch (error) {
    notify(error.message, "error");
  } finally {
    running = false;
  }
}

/** The analysis is drawn as soon as it arrives; `data-version` is set once the maps are in too. */
async function refresh(version) {
  const params = { lang: state.lang, v: version };
  const maps = Promise.all([
    showMap("map-power", "/api/v1/maps/power.svg", params),
    showMap("map-grid", "/api/v1/maps/grid.svg", params),
  ]);
  const { analysis, version: computedFor } = await getAnalysis();
  if (computedFor !== shownAnalysis) {
    // The same analysis twice (a newer version was already shown) would clear the highlights.
    state.analysis = analysis;
    renderPlan(analysis.plan, analysis.commitments.length);
    renderCommitments(analysis.commitments, previous);
    previous = analysis;
    shownAnalysis = computedFor;
    for (const fn of afterRefresh) fn(analysis);
  }
  await maps;
  document.body.dataset.version = String(version);
}

async function showMap(id, path, params) {
  const img = document.getElementById(id);
  img.closest(".map-frame").classList.add("loading");
  try {
    await swapImage(img, await mapURL(path, params));
    img.dataset.version = String(params.v);
  } finally {
    img.closest(".map-frame").classList.remove("loading");
  }
}

function renderPlan(plan, total) {
  const box = document.getElementById("plan");
  Object.assign(box.dataset, { viable: plan.viable, atRisk: plan.atRisk, blocked: plan.blocked });
  fill(
    "plan-figures",
    figure("viable", plan.viable, t("viable")),
    figure("at-risk", plan.atRisk, t("atRisk")),
    figure("blocked", plan.blocked, t("blocked")),
    el("div", { class: "figure plain" }, el("strong", {}, num(plan.meanViability)), el("span", {}, t("meanV"))),
    el("div", { class: "figure plain" }, el("strong", {}, num(plan.concentration)), el("span", {}, t("concentration"))),
  );
  box.querySelector(".plan-total").textContent = `/ ${total}`;
}

function figure(status, count, text) {
  return el("div", { class: `figure status-${status}` }, el("strong", {}, String(count)), el("span", {}, text));
}

function renderCommitments(commitments, before) {
  const old = new Map(((before && before.commitments) || []).map((c) => [c.id, c]));
  fill(
    "commitments-status",
    commitments.map((c) => commitmentRow(c, old.get(c.id))),
  );
}

function commitmentRow(c, old) {
  const changed = old && (old.status !== c.status || Math.abs(old.viability - c.viability) >= 0.005);
  const delta = old && changed ? el("span", { class: "delta" }, signed(c.viability - old.viability)) : null;
  return el(
    "tr",
    {
      id: `status-${c.id}`,
      class: changed ? "changed" : "",
      dataset: { status: c.status, viability: c.viability, weakest: c.weakestDimension || "" },
    },
    el("td", { class: "title" }, el("div", {}, c.title || c.id), el("small", { class: "muted" }, c.id)),
    el("td", {}, badge(c.status)),
    el("td", { class: "num" }, vBar(c.viability), num(c.viability), delta),
    el("td", {}, c.weakestDimension ? label("dimensions", c.weakestDimension) : "–"),
  );
}

/** A small bar from −1 to 1 with the zero in the middle. */
export function vBar(value) {
  const clamped = Math.max(-1, Math.min(1, value));
  const width = Math.abs(clamped) * 50;
  const left = clamped < 0 ? 50 - width : 50;
  return el(
    "span",
    { class: "vbar" },
    el("span", { class: clamped < 0 ? "neg" : "pos", style: `left:${left}%;width:${width}%` }),
  );
}
