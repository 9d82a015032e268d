// dom.js — small helpers to build the pages' elements (text is always set as text, never as HTML,
// so nothing in a model can inject markup) and to format numbers and statuses.

import { label } from "./strings.js";

/** `tag` with attributes (`class`, `id`, `dataset`, `on*` listeners, properties) and children. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key in node && key !== "list" && key !== "form") node[key] = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of the element with id `id` (or the element itself) by `children`. */
export function fill(target, ...children) {
  const node = typeof target === "string" ? document.getElementById(target) : target;
  node.replaceChildren();
  append(node, children);
  return node;
}

/** A <select> of `options` ([value, text] pairs) with `selected` chosen. */
export function select(attrs, options, selected) {
  return el(
    "select",
    attrs,
    options.map(([value, text]) => el("option", { value, selected: value === selected }, text)),
  );
}

/** A number with `digits` decimals, a real minus sign, and "−0" shown as "0". */
export function num(value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  const text = Number(value).toFixed(digits);
  return (Number(text) === 0 ? (0).toFixed(digits) : text).replace("-", "−");
}

/** A signed number: "+0.12", "−0.30". */
export function signed(value, digits = 2) {
  const text = num(value, digits);
  return value > 0 && Number(text) !== 0 ? `+${text}` : text;
}

/** A percentage: 0.915 → "92 %". */
export function percent(value) {
  return `${Math.round(value * 100)} %`;
}

/** A status badge: viable, at-risk or blocked, in the page's language. */
export function badge(status) {
  return el("span", { class: `badge status-${status}`, dataset: { status } }, label("statuses", status));
}

/** The short name of actor `id` in `model`, or the id. */
export function actorName(model, id) {
  const actor = model && model.actors.find((a) => a.id === id);
  return actor ? actor.short || actor.name : id;
}

/** The title of commitment `id` in `model`, or the id. */
export function commitmentTitle(model, id) {
  const commitment = model && model.commitments.find((c) => c.id === id);
  return commitment ? commitment.title : id;
}
