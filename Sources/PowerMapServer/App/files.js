// files.js — save, save as and export. Save writes the model file back (the server validates it,
// writes atomically and keeps FILE.bak); when the file has comments the server refuses a plain
// save (the writer does not keep comments) and the dialog says why and proposes a new name.

import { ApiError, mapURL, send, url } from "./api.js";
import { el, fill } from "./dom.js";
import { t } from "./strings.js";
import { mutate, notify, reload, showDiagnostics, state } from "./core.js";
import { scenarioChoice } from "./scenario.js";

/** Wires the header's save buttons, the dialog and the export menu. */
export function setUpFiles() {
  // A file with comments would lose them: save as is then the default, and the dialog says why.
  document.getElementById("save").addEventListener("click", () => (state.hasComments ? openDialog(t("saveCommentsReason")) : save({})));
  document.getElementById("save-as").addEventListener("click", () => openDialog(state.hasComments ? t("saveCommentsReason") : ""));
  const saveAs = (event) => {
    event.preventDefault();
    const name = document.getElementById("save-as-name").value.trim();
    if (name) save({ as: name });
  };
  document.getElementById("save-as-confirm").addEventListener("click", saveAs);
  document.getElementById("save-form").addEventListener("submit", saveAs);
  document.getElementById("save-overwrite").addEventListener("click", () => save({ overwrite: true }));
  document.getElementById("save-cancel").addEventListener("click", () => document.getElementById("save-dialog").close());
  document.getElementById("export").addEventListener("toggle", (e) => e.target.open && renderExports());
}

function save(options) {
  return mutate(async () => {
    try {
      const answer = await send("POST", "/api/v1/save", { version: state.version, ...options });
      document.getElementById("save-dialog").close();
      notify(t("saved", answer.file, answer.backup || "–"));
      await reload();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 409 && error.body.needsSaveAs) return openDialog(t("saveCommentsReason"));
      if (error.status === 400 && document.getElementById("save-dialog").open) return showSaveError(error.body);
      throw error;
    }
  });
}

function showSaveError(body) {
  const messages = [(body && body.error) || "", ...((body && body.diagnostics) || []).map((d) => d.message)];
  fill("save-error", messages.filter(Boolean).join(" — "));
  showDiagnostics(body);
}

function openDialog(reason) {
  const dialog = document.getElementById("save-dialog");
  fill("save-reason", reason);
  document.getElementById("save-reason").hidden = !reason;
  fill("save-error");
  document.getElementById("save-overwrite").hidden = !reason;
  const input = document.getElementById("save-as-name");
  input.value = suggestedName(state.file);
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.setSelectionRange(0, input.value.lastIndexOf("."));
}

/** "veracruz-2019-2020.yaml" → "veracruz-2019-2020-taller.yaml". */
function suggestedName(file) {
  const name = file || "model.yaml";
  const dot = name.lastIndexOf(".");
  const base = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : ".yaml";
  return `${base}-${state.lang === "es" ? "taller" : "workshop"}${ext}`;
}

const MAP_NAMES = { power: "mapPower", grid: "mapGrid", commitments: "mapCommitments", scenario: "mapScenario" };

async function downloadPosted(event, link, params, choice, name) {
  event.preventDefault();
  try {
    const objectURL = await mapURL(link.pathname, params, choice);
    const save = el("a", { href: objectURL, download: name, hidden: true });
    document.body.append(save);
    save.click();
    save.remove();
    setTimeout(() => URL.revokeObjectURL(objectURL), 60000);
  } catch (error) {
    notify(error.message, "error");
  }
}

function renderExports() {
  const scenarios = scenarioChoice().scenarios;
  const base = (state.file || "model").replace(/\.[^.]*$/, "");
  const link = (id, text, path, params = {}, name = "") =>
    el("a", { id: `export-${id}`, href: url(path, params), download: name, class: "export-link" }, text);
  const choice = scenarioChoice();
  const kinds = ["power", "grid", "commitments", ...(choice.scenarios.length || choice.steps.length ? ["scenario"] : [])];
  const maps = kinds.flatMap((kind) =>
    ["svg", "png", "pdf"].map((format) => {
      const params = { lang: state.lang, page: format === "svg" ? "" : "a4", scenario: kind === "scenario" ? choice.scenarios : [] };
      const name = `${base}-${kind}.${format}`;
      const item = link(`${kind}-${format}`, `${t(MAP_NAMES[kind])} · ${format.toUpperCase()}`, `/api/v1/maps/${kind}.${format}`, params, name);
      // The scenario map of the steps built by point-and-click is drawn from a POST: fetched, then saved.
      if (kind === "scenario" && choice.steps.length) item.addEventListener("click", (event) => downloadPosted(event, item, params, choice, name));
      return item;
    }),
  );
  fill(
    "export-links",
    link("model-yaml", t("exportYAML"), "/api/v1/export/model.yaml"),
    link("model-json", t("exportJSON"), "/api/v1/export/model.json"),
    link("report-zip", t("exportReport"), "/api/v1/export/report.zip", { scenario: scenarios, lang: state.lang }),
    el("hr"),
    maps,
  );
}
