// app.js — the facilitator's page (index.html): loads the model, picks the language, draws the
// editors and panels, follows the server's events (changes made elsewhere, Monte Carlo progress)
// and wires the header (undo, redo, tabs, keyboard shortcuts).

import { getJSON, listen, url } from "./api.js";
import { pickLanguage, t, translatePage, useLanguage } from "./strings.js";
import { notify, on, reload, seenVersion, showUndo, state, undoRedo } from "./core.js";
import { renderActors, showEffective } from "./actors.js";
import { renderStructure } from "./structure.js";
import { onAnalysis, startResults } from "./results.js";
import { loadScenarios, renderStepBuilder, runScenario } from "./scenario.js";
import { renderAdviseForm, runAdvise } from "./advise.js";
import { onSimulationDone, onSimulationProgress, setUpMonteCarlo } from "./montecarlo.js";
import { setUpFiles } from "./files.js";

async function boot() {
  const first = await getJSON("/api/v1/model");
  state.lang = pickLanguage(first.language || first.model.language);
  useLanguage(state.lang);
  translatePage();
  setUpHeader();
  setUpTabs();
  setUpFiles();
  setUpMonteCarlo();
  startResults();
  on("model", renderModel);
  onAnalysis(afterAnalysis);
  await reload();
  await loadScenarios();
  listen(
    { version: (d) => seenVersion(d.version), simulation: onSimulationProgress, "simulation-done": onSimulationDone },
    (connected) => document.body.classList.toggle("offline", !connected),
  );
}

function renderModel() {
  document.getElementById("model-name").textContent = state.model.name;
  document.getElementById("file-name").textContent = state.file;
  document.title = `${state.model.name} — ${t("appTitle")}`;
  showUndo(state.canUndo, state.canRedo);
  roomLink(state.viewToken);
  renderActors();
  renderStructure();
  renderStepBuilder();
  renderAdviseForm();
}

/** After each analysis: effective values in the table, and the open panel computed again. */
function afterAnalysis() {
  showEffective();
  const tab = document.body.dataset.tab;
  if (tab === "scenarios") runScenario();
  if (tab === "advise") runAdvise();
}

function setUpHeader() {
  document.getElementById("undo").addEventListener("click", () => undoRedo("undo"));
  document.getElementById("redo").addEventListener("click", () => undoRedo("redo"));

  for (const lang of ["es", "en"]) {
    const link = document.getElementById(`lang-${lang}`);
    link.href = url("/", { lang });
    link.classList.toggle("active", lang === state.lang);
  }
  document.getElementById("advise-robust").addEventListener("change", runAdvise);
  document.getElementById("scenario-run").addEventListener("click", runScenario);
  document.addEventListener("keydown", shortcut);
}

/** The room's view's address: never with the edit token (the room gets the read-only one, when the server gives it). */
function roomLink(viewToken) {
  const editToken = new URLSearchParams(location.search).get("token");
  document.getElementById("open-view").hidden = !!editToken && !viewToken; // then use the /view address the server printed
  const query = new URLSearchParams();
  if (new URLSearchParams(location.search).get("lang")) query.set("lang", state.lang);
  if (viewToken) query.set("token", viewToken);
  const text = query.toString();
  document.getElementById("open-view").href = text ? `/view?${text}` : "/view";
}

/** Ctrl/Cmd-Z undoes and Ctrl/Cmd-Shift-Z (or Ctrl-Y) redoes, outside text fields. */
function shortcut(event) {
  if (!(event.ctrlKey || event.metaKey)) return;
  const target = event.target;
  if (target.matches && target.matches("input[type=text], input:not([type]), textarea")) return;
  const key = event.key.toLowerCase();
  if (key === "z" && !event.shiftKey) undoRedo("undo");
  else if (key === "y" || (key === "z" && event.shiftKey)) undoRedo("redo");
  else return;
  event.preventDefault();
}

function setUpTabs() {
  for (const button of document.querySelectorAll("[data-tab]")) {
    button.addEventListener("click", () => showTab(button.dataset.tab));
  }
  showTab("actors");
}

function showTab(name) {
  document.body.dataset.tab = name;
  for (const button of document.querySelectorAll("[data-tab]")) {
    button.setAttribute("aria-selected", String(button.dataset.tab === name));
  }
  for (const panel of document.querySelectorAll(".panel")) panel.hidden = panel.id !== `panel-${name}`;
  if (name === "scenarios" && state.model) runScenario();
  if (name === "advise" && state.model) runAdvise();
}

boot().catch((error) => {
  console.error(error);
  notify(error.message || String(error), "error");
});
