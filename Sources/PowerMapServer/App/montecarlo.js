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

/** Wires the panel's buttons. */
export function setUpMonteCarlo() {
  document.getElementById("mc-start").addEventListener("click", start);
  document.getElementById("mc-cancel").addEventListener("click", cancel);
}

async function start() {
  const samples = Number(document.getElementById("mc-samples").value) || 2000;
  const seed = Number(document.getElementById("mc-seed").value) || 1;
  try {
    const { scenarios, steps } = scenarioChoice();
    const body = steps.length ? { scenarios, steps, samples, seed } : { scenarios, samples, seed };
    const answer = await send("POST", "/api/v1/simulations", body);
    running = answer.id;
    runVersion = state.version;
    showRunning(true);
    progress(0, samples);
  } catch (error) {
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

function progress(done, total) {
  const bar = document.getElementById("mc-progress");
  bar.max = total || 1;
  bar.value = done;
  document.getElementById("mc-progress-text").textContent = `${done.toLocaleString()} / ${Number(total).toLocaleString()}`;
}

/** The `simulation` event: progress of a run. */
export function onSimulationProgress(data) {
  if (data.id === running) progress(data.done, data.total);
}

/** The `simulation-done` event: fetch and show the result, or say it was cancelled or failed. */
export async function onSimulationDone(data) {
  if (data.id !== running) return;
  running = null;
  showRunning(false);
  if (data.state === "cancelled") return notify(t("mcCancelled"));
  try {
    const doc = await getJSON(`/api/v1/simulations/${encodeURIComponent(data.id)}`);
    if (doc.state !== "done" || !doc.result) return notify(t(doc.state === "cancelled" ? "mcCancelled" : "mcFailed"), "error");
    progress(doc.total, doc.total);
    showResult(doc.result);
  } catch (error) {
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
    { id: `mc-${c.id}`, dataset: { pViable: c.pViable } },
    el("td", { class: "title" }, commitmentTitle(state.model, c.id)),
    el("td", { class: "num" }, el("span", { class: "pbar" }, el("span", { style: `width:${c.pViable * 100}%` })), percent(c.pViable)),
    el("td", { class: "num" }, percent(c.pBlocked)),
    el("td", { class: "num" }, num(c.meanViability)),
    el("td", { class: "num" }, `${num(c.p05)} – ${num(c.p95)}`),
  );
}
