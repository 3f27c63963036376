/* blocgraph pages: helpers shared by home.js and query.js (no dependencies, no build). */
"use strict";

window.blocgraph = (function () {
  const ID = "https://w3id.org/blocgraph/id/";

  /** Create an element: el("a", {href: "/"}, "text", child, …). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = value;
      else if (key === "className") node.className = value;
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  /** Today in the browser's time zone, as YYYY-MM-DD. */
  function today() {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }

  /** A graph IRI as the path this service dereferences it at; other IRIs unchanged. */
  function localHref(iri) {
    return iri.startsWith(ID) ? "/id/" + iri.slice(ID.length) : iri;
  }

  /** The readable message of a failed response: a problem's detail, else its text. */
  async function problemMessage(response) {
    const type = response.headers.get("content-type") || "";
    try {
      if (type.includes("json")) {
        const problem = await response.json();
        const title = problem.title || response.statusText;
        const detail = problem.detail && problem.detail !== title ? `: ${problem.detail}` : "";
        const hints = Array.isArray(problem.suggestions) && problem.suggestions.length
          ? ` (did you mean ${problem.suggestions.join(", ")}?)` : "";
        return `${title}${detail}${hints}`;
      }
      const text = (await response.text()).trim();
      return text ? `${response.status} ${text.slice(0, 500)}` : `${response.status} ${response.statusText}`;
    } catch (_) {
      return `${response.status} ${response.statusText}`;
    }
  }

  /** Fetch and fail with the server's message rather than a bare status. */
  async function fetchOk(url, options) {
    const response = await fetch(url, options);
    if (!response.ok) throw new Error(await problemMessage(response));
    return response;
  }

  /** Parse SVG text and return an element to insert (scripts never run from it). */
  function parseSvg(text) {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const root = doc.documentElement;
    if (root.nodeName !== "svg") throw new Error("the server sent something that is not SVG");
    for (const script of root.querySelectorAll("script, foreignObject")) script.remove();
    return document.importNode(root, true);
  }

  return { el, today, localHref, problemMessage, fetchOk, parseSvg };
})();
