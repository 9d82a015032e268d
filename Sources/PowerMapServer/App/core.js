// core.js — the facilitator page's state and its one path to the server: every change is queued
// (one at a time, each sending the version it is based on), slider moves are merged and sent at
// most every 100 ms, a 409 reloads the model and says so, a 400 shows the server's messages next
// to the field they name. Other modules subscribe to "model" (reloaded) and "version" (changed).

import { ApiError, getJSON, send } from "./api.js";
import { el, fill } from "./dom.js";
import { t } from "./strings.js";

/** What the page knows: the model as the server holds it, at `version`. */
export const state = {
  version: 0,
  model: null,
  file: "",
  hasComments: false,
  language: "en",
  canUndo: false,
  canRedo: false,
  lang: "en",
};

const listeners = { model: [], version: [] };

/** Calls `fn` on `name`: "model" after a reload, "version" after any accepted change. */
export function on(name, fn) {
  listeners[name].push(fn);
}

function emit(name) {
  for (const fn of listeners[name]) fn();
}

let chain = Promise.resolve();
let pending = 0;
let newestSeen = 0;

/** Runs `task` after the changes already queued; its errors are shown, never thrown. */
export function mutate(task) {
  pending += 1;
  chain = chain
    .then(task)
    .catch(handleError)
    .finally(() => {
      pending -= 1;
      if (pending === 0 && newestSeen > state.version) mutate(() => reload(t("reloaded", newestSeen)));
    });
  return chain;
}

/** Sends one change with the current version; the answer's version becomes current. */
export async function edit(method, path, body = {}) {
  const answer = await send(method, path, { version: state.version, ...body });
  clearErrors();
  if (answer && typeof answer.version === "number") {
    if (!/\/(undo|redo)$/.test(path)) showUndo(true, false);
    setVersion(answer.version);
  }
  return answer;
}

/** Enables the undo and redo buttons as the server's stacks allow. */
export function showUndo(canUndo, canRedo) {
  Object.assign(state, { canUndo, canRedo });
  document.getElementById("undo").disabled = !canUndo;
  document.getElementById("redo").disabled = !canRedo;
}

function setVersion(version) {
  state.version = version;
  document.getElementById("version").textContent = String(version);
  emit("version");
}

/** Loads the model from the server (after a structural change, undo, redo, 409, or a change elsewhere). */
export async function reload(message) {
  const doc = await getJSON("/api/v1/model");
  Object.assign(state, {
    model: doc.model,
    file: doc.file || "",
    hasComments: !!doc.hasComments,
    language: doc.language || doc.model.language || "en",
    canUndo: !!doc.canUndo,
    canRedo: !!doc.canRedo,
    viewToken: doc.viewToken || null,
  });
  emit("model");
  setVersion(doc.version);
  if (message) notify(message);
}

/** A server event: a version newer than ours, while nothing of ours is in flight, is a change made elsewhere. */
export function seenVersion(version) {
  newestSeen = Math.max(newestSeen, version);
  if (pending === 0 && version > state.version) mutate(() => reload(t("reloaded", version)));
}

/** Sends the whole model after `change(model)` edits a copy of it (adding, removing, editing in place). */
export function putModel(change) {
  return mutate(async () => {
    const model = structuredClone(state.model);
    if (change(model) === false) return;
    await edit("PUT", "/api/v1/model", { model });
    await reload();
  });
}

const patches = new Map();
let patchTimer = null;
let flushQueued = false;

/** Moves a slider or edits an actor's field: merged with other moves and sent at most every 100 ms. */
export function patchActor(id, fields, now = false) {
  const entry = patches.get(id) || {};
  if (fields.positions) entry.positions = { ...(entry.positions || {}), ...fields.positions };
  Object.assign(entry, { ...fields, positions: entry.positions });
  if (!entry.positions) delete entry.positions;
  patches.set(id, entry);
  applyLocally(id, fields);
  if (now) flushPatches();
  else if (!patchTimer) patchTimer = setTimeout(flushPatches, 100);
}

function applyLocally(id, fields) {
  const actor = state.model.actors.find((a) => a.id === id);
  if (!actor) return;
  for (const [key, value] of Object.entries(fields)) if (key !== "positions") actor[key] = value;
  if (!fields.positions) return;
  actor.positions = { ...(actor.positions || {}) };
  for (const [commitment, value] of Object.entries(fields.positions)) {
    if (value === null) delete actor.positions[commitment];
    else actor.positions[commitment] = value;
  }
}

function flushPatches() {
  clearTimeout(patchTimer);
  patchTimer = null;
  if (flushQueued || patches.size === 0) return;
  flushQueued = true;
  mutate(async () => {
    flushQueued = false;
    const batch = [...patches];
    patches.clear();
    for (const [id, fields] of batch) {
      lastPatched = id;
      await edit("PATCH", `/api/v1/actors/${encodeURIComponent(id)}`, fields);
    }
  });
}

let lastPatched = null;

async function handleError(error) {
  patches.clear();
  if (error instanceof ApiError && error.status === 409) {
    await reload(t("conflict", error.body.version ?? "?")).catch(() => {});
  } else if (error instanceof ApiError && error.status === 400) {
    showDiagnostics(error.body);
  } else {
    notify(error.message || String(error), "error");
  }
}

/** Shows a message in the bar under the header for a few seconds. */
export function notify(text, kind = "info") {
  const box = document.getElementById("notice");
  const item = el("div", { class: `notice notice-${kind}` }, text);
  box.append(item);
  setTimeout(() => item.remove(), kind === "error" ? 12000 : 7000);
}

/** The server's messages next to the fields they name (`actors[3].power`), the others in the bar. */
export function showDiagnostics(body) {
  clearErrors();
  const diagnostics = (body && body.diagnostics) || [];
  if (diagnostics.length === 0) notify(t("invalid") + ((body && body.error) || "?"), "error");
  for (const diagnostic of diagnostics) {
    const field = fieldFor(diagnostic);
    // The message as `validate` prints it after the path, with its hint ("allowed: (0, 1]").
    if (field) placeError(field, diagnostic.hint ? `${diagnostic.message} (${diagnostic.hint})` : diagnostic.message);
    else notify(t("invalid") + diagnostic.message, "error");
  }
}

function fieldFor(diagnostic) {
  const candidates = [diagnostic.location, diagnostic.path, ...(diagnostic.message.match(/[a-z]+(\[\d+\])?(\.[a-zA-Z]+(\[\d+\])?)*/g) || [])];
  const actorIndex = state.model ? state.model.actors.findIndex((a) => a.id === lastPatched) : -1;
  for (const candidate of candidates.filter(Boolean)) {
    const paths = [candidate, `actors[${actorIndex}].${candidate}`, candidate.replace(/\[\d+\]$/, ""), candidate.replace(/^([a-z]+)\[\d+\]\./, "new-$1.")];
    for (const path of paths) {
      const field = document.querySelector(`[data-path="${CSS.escape(path)}"]`);
      if (field) return field;
    }
  }
  return null;
}

function placeError(field, message) {
  field.classList.add("invalid");
  const holder = field.closest("td, label, .field") || field.parentElement;
  holder.append(el("div", { class: "field-error", role: "alert" }, message));
  field.scrollIntoView({ block: "center" });
}

/** Removes the messages of the last refused change. */
export function clearErrors() {
  for (const node of document.querySelectorAll(".field-error")) node.remove();
  for (const node of document.querySelectorAll(".invalid")) node.classList.remove("invalid");
}

/** Undo or redo (`which`), then reload the model it restored. */
export function undoRedo(which) {
  return mutate(async () => {
    await edit("POST", `/api/v1/${which}`);
    await reload(t(which === "undo" ? "undone" : "redone"));
  });
}

/** Clears the children of `id` and puts `children` there (re-exported for the panels). */
export { fill };
