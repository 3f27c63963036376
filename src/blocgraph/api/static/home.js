/* The home page: controls → coverage map, coverage summary and overlap views.
   Every view is fetched from the JSON and SVG routes; the query string mirrors the controls. */
"use strict";

(function () {
  const { el, today, fetchOk, parseSvg } = window.blocgraph;
  // when the server cannot say (an unknown continent): the seed's six, and render explains
  const FALLBACK_BODIES = ["CIS", "EAEU", "CSTO", "SCO", "ASEAN", "OSCE"];

  const form = document.getElementById("controls");
  const continent = document.getElementById("continent");
  const asOf = document.getElementById("as-of");
  const measure = document.getElementById("measure");
  const bodyList = document.getElementById("body-list");
  const status = document.getElementById("status");
  const mapBox = document.getElementById("map");
  const tooltip = document.getElementById("tooltip");
  const summary = document.getElementById("summary");
  const matrix = document.getElementById("matrix");
  const upset = document.getElementById("upset");

  let stateNames = {};
  let bodyNames = {};
  let allBodies = [];
  let generation = 0; // answers to an older render are dropped, not shown over a newer one

  // the order bodies were chosen in (the URL's, then each new tick): tables and charts follow it
  let chosenOrder = [];

  function checkedBodies() {
    const ticked = new Set(
      [...bodyList.querySelectorAll("input[type=checkbox]:checked")].map((box) => box.value));
    chosenOrder = [...chosenOrder.filter((key) => ticked.has(key)),
      ...[...ticked].filter((key) => !chosenOrder.includes(key))];
    return chosenOrder;
  }

  // ties with one state (relations:KEY): Russia's always offered, another one when asked for
  const RELATIONS_KEY = "RUS";

  function relationsOption(value) {
    const key = value.slice("relations:".length).toUpperCase();
    return [`relations:${key}`, `ties with ${stateNames[key] || key} (treaties, partnerships)`];
  }

  function fillMeasures(wanted) {
    const keep = wanted || measure.value;
    const asked = /^relations:/i.test(keep) ? relationsOption(keep) : null;
    const options = [
      ["count", "number of the bodies"],
      ["gaps", "gaps: in none of them"],
      ...checkedBodies().map((key) => [`body:${key}`, `in ${key} or not`]),
      relationsOption(`relations:${RELATIONS_KEY}`),
      ...(asked && asked[0] !== `relations:${RELATIONS_KEY}` ? [asked] : []),
    ];
    measure.replaceChildren(...options.map(([value, label]) => el("option", { value }, label)));
    const chosen = asked ? asked[0] : keep;
    measure.value = options.some(([value]) => value === chosen) ? chosen : "count";
  }

  function fillBodies(bodies, chosen) {
    const known = new Map(bodies.map((body) => [body.key.toUpperCase(), body.key]));
    chosenOrder = chosen.map((key) => known.get(key.trim().toUpperCase())).filter(Boolean);
    const wanted = new Set(chosenOrder);
    bodyList.replaceChildren(
      ...bodies.map((body) => {
        const id = `body-${body.key}`;
        return el(
          "div",
          { className: "body-choice" },
          el("input", {
            type: "checkbox", id, name: "body", value: body.key,
            checked: wanted.has(body.key),
          }),
          el("label", { for: id, title: body.name }, body.key,
            el("span", { className: "muted" }, ` ${body.name}`)),
        );
      }),
    );
  }

  function params() {
    const query = new URLSearchParams();
    query.set("continent", continent.value);
    query.set("bodies", checkedBodies().join(","));
    query.set("as_of", asOf.value || today());
    query.set("measure", measure.value);
    return query;
  }

  function chartParams(query) {
    const chart = new URLSearchParams();
    chart.set("bodies", query.get("bodies"));
    chart.set("as_of", query.get("as_of"));
    return chart;
  }

  function say(message, isError) {
    status.textContent = message;
    status.classList.toggle("error", Boolean(isError));
  }

  function failed(box, error) {
    box.replaceChildren(el("p", { className: "error" }, error.message));
    box.setAttribute("aria-busy", "false");
    return error.message;
  }

  // --- the map ----------------------------------------------------------------------------

  function stateOf(target) {
    const shape = target instanceof Element ? target.closest(".state, .state-marker") : null;
    if (!shape) return null;
    const iso3 = shape.getAttribute("data-iso3");
    return mapBox.querySelector(`.state[data-iso3="${CSS.escape(iso3)}"]`) || shape;
  }

  function describe(state) {
    const map = state.closest("svg.bg-map");
    const measured = (map.getAttribute("data-measure") || "count").match(/^body:(.+)$/);
    const chosen = (map.getAttribute("data-bodies") || "").split(",").filter(Boolean);
    const name = state.getAttribute("data-name") || state.getAttribute("data-iso3");
    if (/^relations:/.test(map.getAttribute("data-measure") || "")) {
      // the tie and the treaties behind it, as the map's own tooltip has them
      const treaties = (state.getAttribute("data-treaties") || "").split(/\s+/).filter(Boolean);
      return { name, count: state.getAttribute("data-tie") || "", bodies: treaties };
    }
    const bodies = (state.getAttribute("data-bodies") || "").split(/\s+/).filter(Boolean);
    let count;
    if (measured) {
      const value = state.getAttribute("data-value");
      count = bodies.length ? `${measured[1]}: ${value}` : `not in ${measured[1]}`;
    } else {
      count = bodies.length ? `in ${bodies.length} of the ${chosen.length} bodies` : "in none of the bodies";
    }
    return { name, count, bodies };
  }

  function prepareMap(svg) {
    svg.setAttribute("role", "group");
    svg.setAttribute("aria-label",
      `Map of ${svg.getAttribute("data-continent") || continent.value} on ${svg.getAttribute("data-as-of") || asOf.value}`);
    for (const state of svg.querySelectorAll(".state")) {
      const { name, count, bodies } = describe(state);
      state.setAttribute("tabindex", "0");
      state.setAttribute("role", "link");
      state.setAttribute("aria-label", `${name}: ${count}${bodies.length ? ` (${bodies.join(", ")})` : ""}`);
    }
    for (const marker of svg.querySelectorAll(".state-marker")) marker.setAttribute("aria-hidden", "true");
    // the page's tooltip replaces the browser's native one (which would show as well)
    for (const title of svg.querySelectorAll(".state > title, .state-marker > title")) title.remove();
  }

  function showTooltip(state, x, y) {
    const { name, count, bodies } = describe(state);
    tooltip.replaceChildren(
      el("strong", {}, name),
      el("span", {}, count),
      bodies.length ? el("span", { className: "tooltip-bodies" }, bodies.join(" · ")) : null,
    );
    tooltip.hidden = false;
    const frame = tooltip.offsetParent.getBoundingClientRect();
    if (x === undefined) {
      const box = state.getBoundingClientRect();
      x = box.left + box.width / 2;
      y = box.top;
    }
    const left = Math.min(Math.max(x - frame.left + 12, 0), frame.width - tooltip.offsetWidth);
    tooltip.style.left = `${Math.max(left, 0)}px`;
    tooltip.style.top = `${Math.max(y - frame.top - tooltip.offsetHeight - 8, 0)}px`;
    for (const active of mapBox.querySelectorAll(".active")) active.classList.remove("active");
    state.classList.add("active");
  }

  function hideTooltip() {
    tooltip.hidden = true;
    for (const active of mapBox.querySelectorAll(".active")) active.classList.remove("active");
  }

  function open(state) {
    window.location.assign(`/id/state/${encodeURIComponent(state.getAttribute("data-iso3"))}`);
  }

  mapBox.addEventListener("mouseover", (event) => {
    const state = stateOf(event.target);
    if (state) showTooltip(state, event.clientX, event.clientY);
  });
  mapBox.addEventListener("mousemove", (event) => {
    const state = stateOf(event.target);
    if (state) showTooltip(state, event.clientX, event.clientY);
  });
  mapBox.addEventListener("mouseout", (event) => {
    if (!stateOf(event.relatedTarget)) hideTooltip();
  });
  mapBox.addEventListener("focusin", (event) => {
    const state = stateOf(event.target);
    if (state) showTooltip(state);
  });
  mapBox.addEventListener("focusout", hideTooltip);
  mapBox.addEventListener("click", (event) => {
    const state = stateOf(event.target);
    if (state) open(state);
  });
  mapBox.addEventListener("keydown", (event) => {
    const state = stateOf(event.target);
    if (state && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      open(state);
    }
    if (event.key === "Escape") hideTooltip();
  });

  async function loadSvg(box, url, prepare, gen) {
    box.setAttribute("aria-busy", "true");
    const svg = parseSvg(await (await fetchOk(url)).text());
    if (gen !== generation) return;
    if (prepare) prepare(svg);
    box.replaceChildren(svg);
    box.setAttribute("aria-busy", "false");
  }

  // --- the summary ------------------------------------------------------------------------

  const percent = (share) => `${(100 * share).toFixed(share < 0.1 ? 1 : 0)} %`;

  function stateLink(code) {
    return el("a", { href: `/id/state/${encodeURIComponent(code)}` }, stateNames[code] || code);
  }

  function bodyLink(key) {
    return el("a", { href: `/id/body/${encodeURIComponent(key)}`, title: bodyNames[key] || key }, key);
  }

  function showSummary(report) {
    const best = report.best;
    const pan = report.pan_continental;
    const rows = report.bodies.map((body) =>
      el("tr", {},
        el("th", { scope: "row" }, bodyLink(body.body)),
        el("td", {}, String(body.members)),
        el("td", {}, String(body.members_in_continent)),
        el("td", {}, percent(body.share)),
        el("td", {}, body.continental ? "yes" : "no")));
    const gaps = report.uncovered.map((code) => el("li", {}, stateLink(code)));
    summary.replaceChildren(
      el("dl", { className: "figures" },
        el("dt", {}, `States of ${report.continent}`),
        el("dd", { id: "figure-states" }, String(report.states)),
        el("dt", {}, "Covered by the bodies together"),
        el("dd", { id: "figure-covered" }, `${report.union.count} (${percent(report.union.share)})`),
        el("dt", {}, "In none of them"),
        el("dd", { id: "figure-uncovered" }, String(report.uncovered.length)),
        el("dt", {}, "Largest single body"),
        el("dd", {}, best ? `${best.body}: ${best.members_in_continent} (${percent(best.share)})` : "—"),
        el("dt", {}, `Pan-continental bodies (≥ ${percent(report.threshold)} of its states)`),
        el("dd", { id: "figure-pan" }, pan.length ? pan.join(", ") : "none")),
      el("p", { className: "muted" },
        `On ${report.as_of}; states are UN members and observers; a body is continental when most ` +
        `of its members lie in ${report.continent}. Pan-continental looks at every body, not only the chosen ones.`),
      el("table", { className: "data" },
        el("caption", {}, "The chosen bodies in " + report.continent),
        el("thead", {}, el("tr", {},
          el("th", { scope: "col" }, "Body"),
          el("th", { scope: "col" }, "Members"),
          el("th", { scope: "col" }, `In ${report.continent}`),
          el("th", { scope: "col" }, "Share of its states"),
          el("th", { scope: "col" }, "Continental"))),
        el("tbody", {}, ...rows)),
      el("h3", {}, `Gaps: states of ${report.continent} in none of the bodies`),
      gaps.length ? el("ul", { id: "gaps", className: "gaps" }, ...gaps) : el("p", { id: "gaps" }, "None."),
    );
    summary.setAttribute("aria-busy", "false");
  }

  async function loadSummary(query, gen) {
    summary.setAttribute("aria-busy", "true");
    const coverage = new URLSearchParams(query);
    coverage.delete("measure");
    const report = await (await fetchOk(`/api/analysis/coverage?${coverage}`)).json();
    if (gen === generation) showSummary(report);
  }

  // --- putting it together ----------------------------------------------------------------

  async function render() {
    const gen = ++generation;
    if (!checkedBodies().length) {
      say("Choose at least one body.", true);
      return;
    }
    const query = params();
    const charts = chartParams(query);
    history.replaceState(null, "", `?${query}`);
    document.getElementById("map-png").href = `/api/maps/coverage.png?${query}`;
    document.getElementById("map-svg").href = `/api/maps/coverage.svg?${query}`;
    document.getElementById("matrix-png").href = `/api/charts/overlap-matrix.png?${charts}`;
    document.getElementById("upset-png").href = `/api/charts/upset.png?${charts}`;
    for (const format of ["gexf", "graphml", "csv", "parquet"]) {
      const day = new URLSearchParams({ as_of: query.get("as_of") });
      document.getElementById(`export-${format}-day`).href = `/api/export/${format}?${day}`;
    }
    document.getElementById("export-day").textContent = query.get("as_of");
    say("Loading…");
    hideTooltip();
    const jobs = [
      loadSvg(mapBox, `/api/maps/coverage.svg?${query}`, prepareMap, gen).catch((e) => failed(mapBox, e)),
      loadSummary(query, gen).catch((e) => failed(summary, e)),
      loadSvg(matrix, `/api/charts/overlap-matrix.svg?${charts}`, null, gen).catch((e) => failed(matrix, e)),
      loadSvg(upset, `/api/charts/upset.svg?${charts}`, null, gen).catch((e) => failed(upset, e)),
    ];
    const errors = (await Promise.all(jobs)).filter(Boolean);
    if (gen !== generation) return;
    if (errors.length) say(errors[0], true);
    else say(`${query.get("continent")} on ${query.get("as_of")}, ${checkedBodies().length} bodies.`);
    document.body.dataset.rendered = String(gen);
  }

  // the continent's default bodies, from the server (as `blocgraph coverage` and `map` pick
  // them: Eurasia the seed's six, elsewhere the bodies with most of their members there)
  async function defaultBodies() {
    const query = new URLSearchParams({ continent: continent.value, as_of: asOf.value || today() });
    try {
      const report = await (await fetchOk(`/api/analysis/coverage?${query}`)).json();
      return report.bodies.map((body) => body.body);
    } catch (error) {
      return FALLBACK_BODIES;
    }
  }

  async function start() {
    const query = new URLSearchParams(window.location.search);
    const wanted = query.get("continent");
    if (wanted) {
      const match = [...continent.options].find((o) => o.value.toLowerCase() === wanted.toLowerCase());
      if (!match) continent.append(el("option", {}, wanted));
      continent.value = match ? match.value : wanted;
    }
    asOf.value = query.get("as_of") || today();
    try {
      const [bodies, states] = await Promise.all([
        fetchOk("/api/bodies").then((r) => r.json()),
        fetchOk("/api/states").then((r) => r.json()),
      ]);
      allBodies = bodies;
      bodyNames = Object.fromEntries(bodies.map((b) => [b.key, b.name]));
      stateNames = Object.fromEntries(states.map((s) => [s.iso3, s.name]));
      const chosen = query.get("bodies") ? query.get("bodies").split(",") : await defaultBodies();
      fillBodies(bodies, chosen);
    } catch (error) {
      bodyList.replaceChildren(el("p", { className: "error" }, error.message));
      say(error.message, true);
      return;
    }
    fillMeasures(query.get("measure"));
    form.addEventListener("change", async (event) => {
      if (event.target === continent) {
        // another continent: its own bodies (the measure of one body goes if that body does)
        fillBodies(allBodies, await defaultBodies());
        fillMeasures();
      } else if (event.target.name === "body") {
        fillMeasures();
      }
      render();
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      render();
    });
    await render();
  }

  start();
})();
