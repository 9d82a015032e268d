// advise.js — the "what would it take" panel: for the chosen commitment (under the scenarios ticked
// in the scenario panel), whom to engage and by how much, in both scopes (the actor's general
// stance, or its position on this commitment only), whom to recruit, and the robust variant.

import { getJSON } from "./api.js";
import { actorName, badge, el, fill, num, select, signed } from "./dom.js";
import { label, t } from "./strings.js";
import { state } from "./core.js";
import { scenarioChoice } from "./scenario.js";

let runNumber = 0;

/** Draws the commitment choice for the current model. */
export function renderAdviseForm() {
  const current = document.getElementById("advise-commitment");
  const keep = current && current.value;
  const options = state.model.commitments.map((c) => [c.id, c.title]);
  const chosen = options.some(([id]) => id === keep) ? keep : options[0] && options[0][0];
  current.replaceWith(select({ id: "advise-commitment", onchange: runAdvise }, options, chosen));
}

/** Asks the server and shows the answer (only the newest request's answer is drawn). */
export async function runAdvise() {
  const number = ++runNumber;
  const box = document.getElementById("advise-result");
  const commitment = document.getElementById("advise-commitment").value;
  if (!commitment) return;
  box.classList.add("loading");
  delete box.dataset.version; // until the answer for this choice is drawn
  try {
    const params = { commitment, robust: document.getElementById("advise-robust").checked ? "true" : "false", scenario: scenarioChoice().scenarios };
    const doc = await getJSON("/api/v1/advise", params);
    if (number !== runNumber) return;
    const choice = scenarioChoice();
    const under = params.scenario.length ? el("p", { class: "muted" }, `${t("tabScenarios")}: ${params.scenario.join(" + ")}`) : null;
    const stepsLeft = choice.steps.length ? el("p", { class: "muted", id: "advise-steps-note" }, t("adviseNoSteps")) : null;
    fill(box, under, stepsLeft, (doc.commitments || []).map(adviceBlock));
    // What the answer shown is for (the tests and scripts read these).
    Object.assign(box.dataset, { version: String(state.version), commitment, robust: params.robust, scenarios: params.scenario.join(" ") });
  } catch (error) {
    if (number === runNumber) fill(box, el("p", { class: "field-error" }, error.message));
  } finally {
    if (number === runNumber) box.classList.remove("loading");
  }
}

function adviceBlock(advice) {
  return el(
    "div",
    { class: "advice", id: `advice-${advice.id}`, dataset: { status: advice.status, viability: advice.viability, reason: advice.reason || "" } },
    el("p", {}, badge(advice.status), ` V = ${num(advice.viability)}`, advice.reason ? el("span", { class: "muted" }, ` — ${reasonText(advice.reason)}`) : null),
    // Already viable (not robust): the next question is whether it survives losing an ally.
    advice.reason === "already viable" ? el("p", { class: "muted", id: "advise-try-robust" }, t("adviseTryRobust")) : null,
    el("h4", {}, t("engage")),
    table("engagements", [t("actor"), t("scope"), t("delta"), t("viabilityAfter"), t("sideEffects")], (advice.engagements || []).map(engagementRow)),
    el("h4", {}, t("recruit")),
    table("recruitments", [t("actor"), t("dimension"), t("viabilityAfter")], (advice.recruitments || []).map(recruitmentRow)),
  );
}

function table(kind, headers, rows) {
  if (!rows.length) return el("p", { class: `muted ${kind}` }, t("noAdvice"));
  return el("table", { class: `grid-table ${kind}` }, el("thead", {}, el("tr", {}, headers.map((h) => el("th", {}, h)))), el("tbody", {}, rows));
}

function engagementRow(e) {
  const effects = (e.sideEffects || []).map((s) => (typeof s === "string" ? s : sideEffectText(s))).join(" · ");
  return el(
    "tr",
    { dataset: { actor: e.actor, scope: e.scope, delta: e.delta, viability: e.viability } },
    el("td", {}, actorName(state.model, e.actor)),
    el("td", {}, e.scope === "commitment" ? t("scopeCommitment") : t("scopeGeneral")),
    el("td", { class: "num" }, signed(e.delta)),
    el("td", { class: "num" }, num(e.viability)),
    el("td", { class: "muted" }, effects || "–"),
  );
}

function sideEffectText(s) {
  const id = s.commitment || s.id || "";
  const parts = [id, s.from && s.to ? `${label("statuses", s.from)} → ${label("statuses", s.to)}` : null, s.delta !== undefined ? signed(s.delta) : null];
  return parts.filter(Boolean).join(" ");
}

function recruitmentRow(r) {
  return el(
    "tr",
    { dataset: { actor: r.actor, dimension: r.dimension, viability: r.viability } },
    el("td", {}, actorName(state.model, r.actor)),
    el("td", {}, label("dimensions", r.dimension)),
    el("td", { class: "num" }, num(r.viability)),
  );
}

/** The server's reason (the library's English sentence, as `advise --json` prints it) in the page's
 * language; a sentence it does not know is shown as it is. */
function reasonText(reason) {
  const owner = /^its owner '(.*)' is removed/.exec(reason);
  if (owner) return t("reasonOwnerRemoved", owner[1]);
  if (reason === "already viable") return t("reasonAlreadyViable");
  if (reason === "already robust") return t("reasonAlreadyRobust");
  if (reason.startsWith("no single actor")) {
    return t(reason.endsWith("any one ally") ? "reasonNothingRobust" : "reasonNothingViable");
  }
  return reason;
}
