"""The frame of the pages generated per resource (``/id/state/…``, ``/id/body/…``,
``/id/treaty/…``): head, site navigation with the search box (type-ahead in ``entity.js``),
``main`` and footer. Same-origin assets only (the pages' Content-Security-Policy)."""

from __future__ import annotations

from html import escape


def page_shell(title: str, lang: str, main_attributes: dict[str, str], main: str) -> str:
    """A whole page: ``title`` (plain text), the reader's language ``lang`` (for the search
    box), ``main``'s data attributes and its inner HTML."""
    attributes = "".join(
        f' data-{name}="{escape(value, quote=True)}"' for name, value in main_attributes.items()
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} — blocgraph</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/style.css">
<script src="/static/entity.js" defer></script>
</head><body class="entity">
<a class="skip" href="#main">Skip to the content</a>
<header class="site">
  <a class="brand" href="/">blocgraph</a>
  <nav aria-label="Site"><a href="/">Coverage map</a><a href="/query">SPARQL examples</a>
    <a href="/yasgui">SPARQL editor</a><a href="/docs">API</a></nav>
  <form class="search" action="/go" method="get" role="search">
    <label for="site-search" class="visually-hidden">Find a state or body</label>
    <input id="site-search" name="q" type="search" list="site-search-hits" autocomplete="off"
      placeholder="Find a state or body…" required maxlength="200">
    <input type="hidden" name="lang" value="{escape(lang, quote=True)}">
    <datalist id="site-search-hits"></datalist>
  </form>
</header>
<main id="main"{attributes}>
{main}
</main>
<footer class="site"><p>Names from the graph's SKOS labels (Unicode CLDR); every membership
row keeps its sources. <a href="/sparql">SPARQL endpoint</a></p></footer>
</body></html>"""
