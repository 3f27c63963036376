/* A "Chart" view for YASGUI's results, next to Table and Response: a horizontal bar per row,
   the first column that is not numeric as the label, the first numeric column as the length.
   Plain SVG drawn here (no chart library, nothing from another host). */
"use strict";

(function () {
  const Yasgui = window.Yasgui.default || window.Yasgui;
  const SVG = "http://www.w3.org/2000/svg";
  const MAX_BARS = 60;
  const WIDTH = 900;
  const LABEL = 260;
  const ROW = 22;

  const isNumber = (term) =>
    Boolean(term) && term.type !== "uri" && term.value.trim() !== "" && Number.isFinite(Number(term.value));
  const text = (term) => (!term ? "" : term.type === "uri" ? term.value.replace(/^.*[/#]/, "") : term.value);

  function svg(tag, attributes, content) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
    if (content !== undefined) node.textContent = content;
    return node;
  }

  class ChartPlugin {
    constructor(yasr) {
      this.yasr = yasr;
      this.label = "Chart";
      this.priority = 5;
    }

    columns() {
      const results = this.yasr.results;
      const variables = results.getVariables() || [];
      const rows = results.getBindings() || [];
      const value = variables.find(
        (v) => rows.some((row) => isNumber(row[v])) && rows.every((row) => !row[v] || isNumber(row[v])));
      const label = variables.find((v) => v !== value && rows.some((row) => row[v] && !isNumber(row[v])));
      return { label, value, rows };
    }

    canHandleResults() {
      const results = this.yasr.results;
      if (!results || !results.getVariables || !results.getBindings || !results.getBindings()) return false;
      const { label, value } = this.columns();
      return Boolean(label && value);
    }

    getIcon() {
      const icon = document.createElement("span");
      icon.textContent = "▤";
      icon.setAttribute("aria-hidden", "true");
      return icon;
    }

    draw() {
      const { label, value, rows } = this.columns();
      const shown = rows.filter((row) => isNumber(row[value])).slice(0, MAX_BARS);
      const most = Math.max(...shown.map((row) => Number(row[value].value)), 0) || 1;
      const height = ROW * shown.length + 10;
      const chart = svg("svg", {
        class: "yasr-chart-bars", viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height,
        role: "img", "aria-label": `?${value} by ?${label}`,
      });
      shown.forEach((row, i) => {
        const number = Number(row[value].value);
        const y = 5 + i * ROW;
        const length = (Math.max(number, 0) / most) * (WIDTH - LABEL - 70);
        chart.append(
          svg("text", { x: LABEL - 8, y: y + 15, "text-anchor": "end", "font-size": 13, fill: "#1d2733" },
            text(row[label]).slice(0, 36)),
          svg("rect", { x: LABEL, y: y + 2, width: Math.max(length, 1), height: ROW - 6, fill: "#225ea8",
            "data-label": text(row[label]), "data-value": number }),
          svg("text", { x: LABEL + length + 6, y: y + 15, "font-size": 12, fill: "#5b6673" },
            row[value].value));
      });
      const figure = document.createElement("figure");
      figure.className = "yasr-chart";
      const caption = document.createElement("figcaption");
      caption.textContent = `?${value} by ?${label}` +
        (rows.length > shown.length ? ` (the first ${shown.length} of ${rows.length} rows)` : "");
      figure.append(chart, caption);
      this.yasr.resultsEl.appendChild(figure);
    }
  }

  Yasgui.Yasr.registerPlugin("chart", ChartPlugin);
  Yasgui.Yasr.defaults.pluginOrder = ["table", "chart", "response"];
})();
