/* The SPARQL page: examples fill the editor; Run POSTs it to /sparql and shows a table. */
"use strict";

(function () {
  const { el, today, localHref, problemMessage, fetchOk } = window.blocgraph;
  const ACCEPT = "application/sparql-results+json, text/turtle;q=0.9, text/plain;q=0.5";

  const form = document.getElementById("query-form");
  const editor = document.getElementById("query");
  const runButton = document.getElementById("run");
  const day = document.getElementById("example-day");
  const list = document.getElementById("examples");
  const status = document.getElementById("status");
  const errorBox = document.getElementById("error");
  const results = document.getElementById("results");
  const texts = {};

  /** A value as the inside of a SPARQL string literal "…". */
  function sparqlString(value) {
    return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r");
  }

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
    status.textContent = "The query failed.";
  }

  function cell(term) {
    if (!term) return el("td", { className: "unbound" }, "");
    if (term.type === "uri") {
      const href = localHref(term.value);
      const external = href === term.value;
      return el("td", {}, el("a", { href, rel: external ? "noopener noreferrer" : null }, term.value));
    }
    if (term.type === "bnode") return el("td", { className: "muted" }, `_:${term.value}`);
    const note = term["xml:lang"] ? `@${term["xml:lang"]}` : term.datatype || null;
    return el("td", { title: note }, term.value);
  }

  function showTable(answer) {
    if (typeof answer.boolean === "boolean") {
      results.replaceChildren(el("p", { className: "answer" }, answer.boolean ? "Yes (true)" : "No (false)"));
      return "ASK answered";
    }
    const vars = answer.head.vars || [];
    const rows = answer.results.bindings;
    results.replaceChildren(
      el("table", { className: "data", id: "results-table" },
        el("thead", {}, el("tr", {}, ...vars.map((name) => el("th", { scope: "col" }, `?${name}`)))),
        el("tbody", {}, ...rows.map((row) => el("tr", {}, ...vars.map((name) => cell(row[name])))))),
    );
    return `${rows.length} ${rows.length === 1 ? "row" : "rows"}`;
  }

  async function run() {
    const text = editor.value.trim();
    errorBox.hidden = true;
    if (!text) {
      showError("Write a query first.");
      return;
    }
    runButton.disabled = true;
    status.textContent = "Running…";
    results.setAttribute("aria-busy", "true");
    const started = performance.now();
    try {
      const response = await fetch("/sparql", {
        method: "POST",
        headers: { Accept: ACCEPT },
        body: new URLSearchParams({ query: text }),
      });
      const elapsed = Math.round(performance.now() - started);
      if (!response.ok) {
        results.replaceChildren();
        showError(await problemMessage(response));
        return;
      }
      const type = response.headers.get("content-type") || "";
      let summary;
      if (type.includes("json")) summary = showTable(await response.json());
      else {
        const body = await response.text();
        results.replaceChildren(el("pre", { className: "graph" }, body));
        summary = `${body.split("\n").filter(Boolean).length} lines of ${type.split(";")[0]}`;
      }
      status.textContent = `${summary} in ${elapsed} ms.`;
    } catch (error) {
      showError(`Could not reach the endpoint: ${error.message}`);
    } finally {
      runButton.disabled = false;
      results.setAttribute("aria-busy", "false");
    }
  }

  async function runExample(example, item) {
    if (!texts[example.id]) {
      texts[example.id] = await (await fetchOk(`/static/examples/${example.file}`)).text();
    }
    let text = texts[example.id].replaceAll("{{day}}", day.value || today());
    for (const param of example.params) {
      const input = item.querySelector(`[data-param="${param.name}"]`);
      text = text.replaceAll(`{{${param.name}}}`, sparqlString(input.value.trim() || param.default));
    }
    editor.value = text;
    linkEditor();
    await run();
  }

  function showExamples(examples) {
    list.replaceChildren(
      ...examples.map((example) => {
        const item = el("li", { className: "example", id: `example-${example.id}` },
          el("h3", {}, example.title),
          el("p", { className: "muted" }, example.description));
        for (const param of example.params) {
          const id = `${example.id}-${param.name}`;
          item.append(el("div", { className: "field inline" },
            el("label", { for: id }, param.label),
            el("input", { id, type: "text", value: param.default, "data-param": param.name })));
        }
        const button = el("button", { type: "button", "data-example": example.id }, "Run this example");
        button.addEventListener("click", () => runExample(example, item).catch((e) => showError(e.message)));
        item.append(button);
        return item;
      }),
    );
  }

  // the editor's link carries the query: YASGUI opens /yasgui?query=… in a tab of its own
  const openInEditor = document.getElementById("open-in-editor");
  function linkEditor() {
    const text = editor.value.trim();
    openInEditor.href = text ? `/yasgui?${new URLSearchParams({ query: text })}` : "/yasgui";
  }
  editor.addEventListener("input", linkEditor);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  editor.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });

  day.value = today();
  fetchOk("/static/examples/examples.json")
    .then((response) => response.json())
    .then(showExamples)
    .catch((error) => list.replaceChildren(el("li", { className: "error" }, error.message)));
  const shared = new URLSearchParams(window.location.search).get("query");
  if (shared) editor.value = shared;
  linkEditor();
  if (shared) run();
})();
