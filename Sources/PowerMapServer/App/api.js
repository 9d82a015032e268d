// api.js — the JSON API under /api/v1 as the two pages use it: the token from the page's address,
// JSON requests with `Content-Type: application/json`, errors as ApiError (status, body), maps as
// object URLs for an <img>, and the server-sent events stream.

const TOKEN = new URLSearchParams(location.search).get("token");

/** An answer other than 2xx: `status` (400, 404, 409…) and the JSON `body` the server sent. */
export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.error) || `HTTP ${status}`);
    this.status = status;
    this.body = body || {};
  }
}

/** `path` with the page's token (and the other `params`) added to the query, for GETs and links. */
export function url(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null && item !== "") query.append(key, item);
    }
  }
  if (TOKEN) query.set("token", TOKEN);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

function headers(json) {
  const result = {};
  if (json) result["Content-Type"] = "application/json";
  if (TOKEN) result["X-PowerMap-Token"] = TOKEN;
  return result;
}

async function answer(response) {
  const type = response.headers.get("Content-Type") || "";
  const body = type.includes("json") ? await response.json().catch(() => null) : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** GET a JSON document. */
export async function getJSON(path, params) {
  return answer(await fetch(url(path, params), { headers: headers(false), cache: "no-store" }));
}

/** GET the analysis: `{analysis, version}`, the version it was computed for (header X-PowerMap-Version). */
export async function getAnalysis() {
  const response = await fetch(url("/api/v1/analysis"), { headers: headers(false), cache: "no-store" });
  const version = Number(response.headers.get("X-PowerMap-Version")) || 0;
  return { analysis: await answer(response), version };
}

/** POST, PUT, PATCH or DELETE with a JSON body; resolves to the JSON answer (or null). */
export async function send(method, path, body) {
  const response = await fetch(url(path), {
    method,
    headers: headers(true),
    body: JSON.stringify(body ?? {}),
  });
  return answer(response);
}

/**
 * A map as an object URL for an <img>: GET `path` with `params`, or POST `body` when given.
 * The caller revokes the URL when the image is replaced.
 */
export async function mapURL(path, params, body) {
  const init = body ? { method: "POST", headers: headers(true), body: JSON.stringify(body) } : { headers: headers(false) };
  const response = await fetch(url(path, params), { ...init, cache: "no-store" });
  if (!response.ok) {
    const type = response.headers.get("Content-Type") || "";
    throw new ApiError(response.status, type.includes("json") ? await response.json().catch(() => null) : null);
  }
  return URL.createObjectURL(await response.blob());
}

/** Opens /api/v1/events; `handlers` maps event names (version, simulation…) to functions of the parsed data. */
export function listen(handlers, onState) {
  const source = new EventSource(url("/api/v1/events"));
  for (const [name, handler] of Object.entries(handlers)) {
    source.addEventListener(name, (event) => {
      try {
        handler(JSON.parse(event.data));
      } catch (error) {
        console.error(error);
      }
    });
  }
  source.onopen = () => onState && onState(true);
  source.onerror = () => onState && onState(false);
  return source;
}

/** Swaps `img`'s picture for a newly fetched map without a blank moment; resolves when it shows. */
export function swapImage(img, objectURL) {
  // Listeners, not img.onload: when a second swap starts before the first image has loaded, the
  // first swap's handler must not replace the second's (its promise would never resolve).
  return new Promise((resolve) => {
    const old = img.dataset.objectUrl;
    const done = () => {
      img.removeEventListener("load", done);
      img.removeEventListener("error", done);
      if (old && old !== img.dataset.objectUrl) URL.revokeObjectURL(old);
      resolve();
    };
    img.addEventListener("load", done);
    img.addEventListener("error", done);
    img.dataset.objectUrl = objectURL;
    img.src = objectURL;
  });
}
