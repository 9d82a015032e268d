// scenario.js — the scenario panel: tick the model's scenarios, add steps by point-and-click
// (remove, shift, set, cut, link), and see every commitment before and after with the actors that
// drove each change, and the scenario map. Runs again after every change to the model.

import { getJSON, mapURL, send, swapImage } from "./api.js";
import { actorName, badge, el, fill, num, select, signed } from "./dom.js";
import { label, t } from "./strings.js";
import { notify, state } from "./core.js";
import { enumSelect } from "./actors.js";

const chosen = { scenarios: [], steps: [] };
let runNumber = 0;

/** The scenarios ticked and the steps built, as the API takes them (the steps' scenario named in the page's language). */
export function scenarioChoice() {
  const choice = { scenarios: [...chosen.scenarios], steps: chosen.steps.map((s) => structuredClone(s)) };
  return choice.steps.length ? { ...choice, title: t("customScenario") } : choice;
}

/** Loads the list of scenarios (the model's and those beside the model file). */
export async function loadScenarios() {
  let list = [];
  try {
    list = (await getJSON("/api/v1/scenarios")).scenarios || [];
  } catch (error) {
    notify(error.message, "error");
  }
  chosen.scenarios = chosen.scenarios.filter((id) => list.some((s) => s.id === id));
  fill("scenario-list", list.length ? list.map(scenarioCheckbox) : el("p", { class: "muted" }, t("noScenarios")));
}

function scenarioCheckbox(scenario) {
  return el(
    "label",
    { class: "check", title: scenario.id },
    el("input", {
      type: "checkbox", id: `scenario-use-${scenario.id}`, checked: chosen.scenarios.includes(scenario.id),
      onchange: (e) => {
        chosen.scenarios = e.target.checked ? [...chosen.scenarios, scenario.id] : chosen.scenarios.filter((x) => x !== scenario.id);
        runScenario();
      },
    }),
    el("span", {}, scenario.title || scenario.id),
    el("small", { class: "muted" }, ` ${scenario.id}`),
  );
}

/** Draws the step builder for the current model's actors. */
export function renderStepBuilder() {
  const actors = state.model.actors.map((a) => [a.id, a.short || a.name]);
  const kind = select({ id: "step-kind", onchange: () => showStepFields(kind.value) }, [
    ["remove", t("stepRemove")], ["shift", t("stepShift")], ["set", t("stepSet")], ["cut", t("stepCut")], ["link", t("stepLink")],
  ], "remove");
  fill(
    "step-builder",
    el("label", { class: "field" }, el("span", { class: "field-label" }, t("stepKind")), kind),
    el("label", { class: "field", dataset: { for: "remove shift set cut link" } }, el("span", { class: "field-label" }, t("actor")), select({ id: "step-actor" }, actors)),
    el("label", { class: "field", dataset: { for: "shift set" } }, el("span", { class: "field-label" }, t("field")),
      select({ id: "step-field" }, [["stance", t("stance")], ["power", t("power")], ["interest", t("interest")]], "stance")),
    el("label", { class: "field", dataset: { for: "shift set" } }, el("span", { class: "field-label" }, t("value")),
      el("input", { id: "step-value", type: "number", step: 0.05, min: -1, max: 1, value: -0.3 })),
    el("label", { class: "field", dataset: { for: "cut link" } }, el("span", { class: "field-label" }, t("to")), select({ id: "step-to" }, actors)),
    el("label", { class: "field", dataset: { for: "link" } }, el("span", { class: "field-label" }, t("kind")),
      enumSelect("step-relation-kind", "relationKinds", "influence", "step.kind", () => {})),
    el("button", { id: "step-add", type: "button", onclick: addStep }, t("addStep")),
  );
  showStepFields("remove");
  renderSteps();
}

function showStepFields(kind) {
  for (const node of document.querySelectorAll("#step-builder [data-for]")) {
    node.hidden = !node.dataset.for.split(" ").includes(kind);
  }
}

function readStep() {
  const value = (id) => document.getElementById(id).value;
  const actor = value("step-actor");
  switch (value("step-kind")) {
    case "remove": return { remove: actor };
    case "cut": return { cut: { from: actor, to: value("step-to") } };
    case "link": return { link: { from: actor, to: value("step-to"), kind: value("step-relation-kind"), weight: 0.5 } };
    default: return { [value("step-kind")]: { actor, [value("step-field")]: Number(value("step-value")) } };
  }
}

function addStep() {
  chosen.steps.push(readStep());
  renderSteps();
  runScenario();
}

function stepText(step) {
  const name = (id) => actorName(state.model, id);
  if (step.remove) return `${t("stepRemove")}: ${name(step.remove)}`;
  if (step.cut) return `${t("stepCut")}: ${name(step.cut.from)} → ${name(step.cut.to)}`;
  if (step.link) return `${t("stepLink")}: ${name(step.link.from)} → ${name(step.link.to)} (${label("relationKinds", step.link.kind)})`;
  const [kind, body] = Object.entries(step)[0];
  const [field, value] = Object.entries(body).find(([k]) => k !== "actor");
  return `${t(kind === "shift" ? "stepShift" : "stepSet")}: ${name(body.actor)} ${t(field)} ${kind === "shift" ? signed(value) : num(value)}`;
}

function renderSteps() {
  const items = chosen.steps.map((step, i) =>
    el("li", { id: `step-${i}` }, stepText(step), " ",
      el("button", { type: "button", class: "small danger", id: `step-remove-${i}`, title: t("remove"), onclick: () => {
        chosen.steps.splice(i, 1);
        renderSteps();
        runScenario();
      } }, "×")),
  );
  fill("steps", items.length ? items : el("li", { class: "muted" }, t("noSteps")));
}

/** Runs the simulation of the chosen scenarios and steps, and draws the scenario map. */
export async function runScenario() {
  const number = ++runNumber;
  const choice = scenarioChoice();
  const result = document.getElementById("scenario-result");
  if (!choice.scenarios.length && !choice.steps.length) {
    fill(result, el("p", { class: "muted" }, t("nothingToCompare")));
    document.getElementById("scenario-map").closest(".map-frame").hidden = true;
    delete result.dataset.version;
    return;
  }
  result.classList.add("loading");
  delete result.dataset.version; // until the answer for this choice is drawn
  try {
    const version = state.version;
    const [doc] = await Promise.all([simulation(choice), scenarioMap(choice, number)]);
    if (number !== runNumber) return;
    fill(result, comparison(doc));
    // What the table shows (the tests and scripts read these).
    Object.assign(result.dataset, { version: String(version), scenarios: choice.scenarios.join(" "), steps: String(choice.steps.length) });
  } catch (error) {
    if (number === runNumber) fill(result, el("p", { class: "field-error" }, errorText(error)));
  } finally {
    result.classList.remove("loading");
  }
}

function errorText(error) {
  const messages = ((error.body && error.body.diagnostics) || []).map((d) => d.message);
  return [error.message, ...messages].join(" — ");
}

function simulation(choice) {
  if (!choice.steps.length) return getJSON("/api/v1/simulation", { scenario: choice.scenarios });
  return send("POST", "/api/v1/simulation", choice);
}

async function scenarioMap(choice, number) {
  const img = document.getElementById("scenario-map");
  img.closest(".map-frame").hidden = false;
  const params = { lang: state.lang, scenario: choice.steps.length ? [] : choice.scenarios };
  const objectURL = await mapURL("/api/v1/maps/scenario.svg", params, choice.steps.length ? choice : null);
  if (number !== runNumber) {
    URL.revokeObjectURL(objectURL); // a later choice is running: its map is the one to show
    return;
  }
  await swapImage(img, objectURL);
}

function comparison(doc) {
  const before = new Map(doc.before.commitments.map((c) => [c.id, c]));
  const changes = new Map((doc.changes || []).map((c) => [c.commitment, c]));
  const rows = doc.after.commitments.map((after) => changeRow(before.get(after.id), after, changes.get(after.id)));
  return [
    el("h4", { id: "scenario-title", class: "scenario-title" }, (doc.scenario && doc.scenario.title) || ""),
    el("p", { class: "plan-line" }, planLine(doc.before.plan), " → ", planLine(doc.after.plan)),
    el("table", { class: "grid-table", id: "scenario-table" },
      el("thead", {}, el("tr", {}, [t("commitment"), t("before"), t("after"), t("change"), t("drivers")].map((h) => el("th", {}, h)))),
      el("tbody", {}, rows)),
  ];
}

function planLine(plan) {
  return el("span", {}, badge("viable"), ` ${plan.viable} `, badge("at-risk"), ` ${plan.atRisk} `, badge("blocked"), ` ${plan.blocked}`);
}

function changeRow(before, after, change) {
  const delta = after.viability - (before ? before.viability : 0);
  const changed = before && before.status !== after.status;
  return el(
    "tr",
    {
      id: `change-${after.id}`, class: changed ? "changed" : "",
      dataset: { from: before ? before.status : "", to: after.status, before: before ? before.viability : "", after: after.viability },
    },
    el("td", { class: "title" }, after.title || after.id),
    el("td", {}, before ? [badge(before.status), " ", num(before.viability)] : "–"),
    el("td", {}, badge(after.status), " ", num(after.viability)),
    el("td", { class: `num ${delta < 0 ? "down" : delta > 0 ? "up" : ""}` }, signed(delta)),
    el("td", { class: "drivers" }, driverList(change)),
  );
}

function driverList(change) {
  // Drivers whose effect rounds to 0.00 explain nothing on the screen.
  const effects = ((change && change.driverEffects) || []).filter((d) => Math.abs(d.effect) >= 0.005);
  if (!effects.length) return "–";
  return effects.slice(0, 3).map((d) =>
    el("span", { class: `driver ${d.effect < 0 ? "down" : "up"}` }, `${actorName(state.model, d.actor)} ${signed(d.effect)}`),
  );
}
