/* Entity pages (/id/state/…, /id/body/…): type-ahead for the site search box, names in the
   page's language, from /api/search. No dependencies, no build. */
"use strict";

(function () {
  // the map is drawn when its panel is unfolded, not on every visit
  for (const panel of document.querySelectorAll("details.entity-map")) {
    panel.addEventListener("toggle", () => {
      const image = panel.querySelector("img[data-src]");
      if (panel.open && image && !image.getAttribute("src")) image.src = image.dataset.src;
    });
  }
})();

(function () {
  const input = document.getElementById("site-search");
  const list = document.getElementById("site-search-hits");
  const main = document.getElementById("main");
  if (!input || !list) return;
  const lang = (main && main.dataset.lang) || "en";
  let timer = null;
  let asked = "";

  async function suggest() {
    const q = input.value.trim();
    if (!q || q === asked) return;
    asked = q;
    const params = new URLSearchParams({ q, lang, limit: "8" });
    const response = await fetch(`/api/search?${params}`, { headers: { Accept: "application/json" } });
    if (!response.ok || q !== input.value.trim()) return;
    const hits = await response.json();
    list.replaceChildren(
      ...hits.map((hit) => {
        const option = document.createElement("option");
        option.value = hit.name;
        option.label = `${hit.code} · ${hit.kind}${hit.matched !== hit.name ? " · " + hit.matched : ""}`;
        return option;
      })
    );
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => { suggest().catch(() => {}); }, 150);
  });
})();
