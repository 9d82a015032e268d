// montecarlo.js — the Monte Carlo panel: starts a run (POST /api/v1/simulations) with the
// scenarios and steps of the scenario panel, shows its progress from the server's events, can
// cancel it (DELETE), and shows P(viable), P(blocked), mean V and the 5–95 % range per commitment.

import { getJSON, send } from "./api.js";
import { commitmentTitle, el, fill, num, percent } from "./dom.js";
import { t } from "./strings.js";
import { notify, state } from "./core.js";
import { scenarioChoice } from "./scenario.js";

let running = null;
let runVersion = 0;
const ended = new Map(); // runs whose end arrived before their POST answered (a short run)

/** Wires the panel's buttons. */
export function setUpMonteCarlo() {
  document.getElementById("mc-start").addEventListener("click", start);
  document.getElementById("mc-cancel").addEventListener("click", cancel);
}

/** The value of a whole-number field, or null when it is empty or not a whole number ≥ `min`. */
function whole(id, min) {
  const text = document.getElementById(id).value.trim();
  return /^\d+$/.test(text) && Number(text) >= min ? Number(text) : null;
}

async function start() {
  const samples = whole("mc-samples", 1) ?? 2000;
  const seed = whole("mc-seed", 0) ?? 1; // 0 is a seed like any other
  try {
    const body = { ...scenarioChoice(), samples, seed };
    if (!body.steps.length) delete body.steps;
    showRunning(true);
    setState("running");
    progress(0, samples);
    document.getElementById("mc-result").classList.add("loading"); // the previous result, until this one ends
    const answer = await send("POST", "/api/v1/simulations", body);
    running = answer.id;
    runVersion = state.version;
    document.getElementById("mc-panel").dataset.run = answer.id;
    if (ended.has(answer.id)) onSimulationDone(ended.get(answer.id));
  } catch (error) {
    showRunning(false);
    document.getElementById("mc-result").classList.remove("loading");
    setState("failed");
    notify(error.message, "error");
  }
}

async function cancel() {
  if (!running) return;
  try {
    await send("DELETE", `/api/v1/simulations/${encodeURIComponent(running)}`);
  } catch (error) {
    notify(error.message, "error");
  }
}

function showRunning(on) {
  document.getElementById("mc-start").disabled = on;
  document.getElementById("mc-cancel").disabled = !on;
  document.getElementById("mc-panel").classList.toggle("running", on);
}

/** The run's state on the panel (`data-state`: running, done, cancelled, failed), for the eye and the tests. */
function setState(name) {
  document.getElementById("mc-panel").dataset.state = name;
}

function progress(done, total, word) {
  const bar = document.getElementById("mc-progress");
  bar.max = total || 1;
  bar.value = done;
  const figures = `${done.toLocaleString()} / ${Number(total).toLocaleString()}`;
  document.getElementById("mc-progress-text").textContent = word ? `${word} (${figures})` : figures;
}

/** The `simulation` event: progress of a run. */
export function onSimulationProgress(data) {
  if (data.id === running) progress(data.done, data.total);
}

/** The `simulation-done` event: fetch and show the result, or say (on the bar) it was cancelled or failed. */
export async function onSimulationDone(data) {
  if (data.id !== running) {
    if (!running && document.getElementById("mc-panel").dataset.state === "running") ended.set(data.id, data);
    return;
  }
  running = null;
  ended.clear();
  showRunning(false);
  document.getElementById("mc-result").classList.remove("loading");
  try {
    const doc = await getJSON(`/api/v1/simulations/${encodeURIComponent(data.id)}`);
    if (doc.state !== "done" || !doc.result) {
      const word = t(doc.state === "cancelled" ? "mcCancelled" : "mcFailed");
      progress(doc.done || 0, doc.total || 0, word);
      setState(doc.state === "cancelled" ? "cancelled" : "failed");
      return notify(word, doc.state === "cancelled" ? "info" : "error");
    }
    progress(doc.total, doc.total);
    showResult(doc.result);
    setState("done");
  } catch (error) {
    setState("failed");
    notify(error.message, "error");
  }
}

function showResult(result) {
  const mc = result.monteCarlo;
  const box = document.getElementById("mc-result");
  box.dataset.samples = String(mc.samples);
  fill(
    box,
    el("p", { class: "muted" }, `${scenarioName(result)} · ${t("samples").toLowerCase()} ${mc.samples.toLocaleString()} · ${t("seed").toLowerCase()} ${mc.seed} · ${t("version")} ${runVersion}`),
    el("p", {}, `${t("mcMeanViable")}: `, el("strong", {}, num(mc.viableCount.mean, 2)), ` / ${mc.commitments.length}`),
    el("table", { class: "grid-table" },
      el("thead", {}, el("tr", {}, [t("commitment"), t("pViable"), t("pBlocked"), t("meanV"), `${t("p05")} – ${t("p95")}`].map((h) => el("th", {}, h)))),
      el("tbody", {}, mc.commitments.map(resultRow))),
  );
}

function scenarioName(result) {
  const scenario = result.scenario;
  return scenario ? scenario.title || (scenario.ids || [scenario.id]).join(" + ") : t("asIs");
}

function resultRow(c) {
  return el(
    "tr",
    { id: `mc-${c.id}`, dataset: { pViable: c.pViable, pBlocked: c.pBlocked, meanViability: c.meanViability, p05: c.p05, p95: c.p95 } },
    el("td", { class: "title" }, commitmentTitle(state.model, c.id)),
    el("td", { class: "num" }, el("span", { class: "pbar" }, el("span", { style: `width:${c.pViable * 100}%` })), percent(c.pViable)),
    el("td", { class: "num" }, percent(c.pBlocked)),
    el("td", { class: "num" }, num(c.meanViability)),
    el("td", { class: "num" }, `${num(c.p05)} – ${num(c.p95)}`),
  );
}
