/* /yasgui: the vendored YASGUI on this service's endpoint, offline: no endpoint catalogue of
   other hosts, no completion services of other hosts (LOV), the predeclared prefixes. */
"use strict";

(function () {
  const Yasgui = window.Yasgui.default || window.Yasgui;
  const DEFAULT_QUERY = [
    "# Which bodies is Russia in today, in which role, since when?",
    "# (bg:, org:, skos: … are predeclared: no PREFIX lines needed)",
    "SELECT ?body ?role ?start WHERE {",
    '  ?russia bg:iso3 "RUS" .',
    "  ?m org:member ?russia ; org:organization ?b ; org:role ?r ; bg:startDate ?start .",
    "  ?b bg:key ?body .",
    "  ?r skos:notation ?role .",
    "  FILTER NOT EXISTS { ?m bg:endDate ?end }",
    "} ORDER BY ?body",
  ].join("\n");
  const endpoint = new URL("/sparql", window.location.href).href;
  // completion from the query itself only: the class and property completers ask lov.linkeddata.es
  Yasgui.Yasqe.defaults.autocompleters = ["variables", "prefixes"];
  Yasgui.Yasqe.defaults.value = DEFAULT_QUERY;
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint }] },
    persistenceId: null,
    populateFromUrl: true,
  });
  window.blocgraphYasgui = yasgui;

  // the worked examples of /query, each into a new tab, asking about today
  const { el, today, fetchOk } = window.blocgraph;
  const list = document.getElementById("yasgui-examples");
  const quoted = (value) => value.replace(/\\/g, "\\\\").replace(/"/g, '\\"');

  async function open(example) {
    let text = await (await fetchOk(`/static/examples/${example.file}`)).text();
    text = text.replaceAll("{{day}}", today());
    for (const param of example.params) text = text.replaceAll(`{{${param.name}}}`, quoted(param.default));
    yasgui.addTab(true, { name: example.title, yasqe: { value: text } });
  }

  fetchOk("/static/examples/examples.json")
    .then((response) => response.json())
    .then((examples) => list.replaceChildren(...examples.map((example) => {
      const button = el("button", { type: "button", "data-example": example.id }, example.title);
      button.addEventListener("click", () => open(example).catch((error) => console.error(error)));
      return el("li", {}, button);
    })))
    .catch((error) => list.replaceChildren(el("li", { className: "error" }, error.message)));
})();
