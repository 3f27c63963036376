"""``/id/…``: every IRI minted by blocgraph dereferences here — HTML for browsers, Turtle,
JSON-LD, N-Triples or RDF/XML for machines."""

from __future__ import annotations

from datetime import date
from html import escape
from urllib.parse import quote

from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse

from blocgraph._constants import PARTY_BODIES
from blocgraph.api._context import AppContext, StoreDep
from blocgraph.api._entity import entity_page
from blocgraph.api._language import pick_language
from blocgraph.api._pages import CONTENT_SECURITY_POLICY
from blocgraph.api._problems import Problem
from blocgraph.api._relations import relations_index
from blocgraph.api._treaty_page import treaty_page
from blocgraph.lookup import (
    Description,
    UnknownTreatyError,
    describe,
    describe_query,
    shorten,
)
from blocgraph.sparql._negotiate import ResultFormat, choose
from blocgraph.vocab import ID

router = APIRouter(tags=["linked data"])

_HTML = ResultFormat("text/html", "html", ("application/xhtml+xml",))
_OFFERED = (
    ResultFormat("text/turtle", "turtle", ("application/x-turtle",)),
    _HTML,
    ResultFormat("application/ld+json", "jsonld", ("application/json",)),
    ResultFormat("application/n-triples", "ntriples", ("text/plain",)),
    ResultFormat("application/rdf+xml", "rdfxml", ("application/xml",)),
)


def _choose(accept: str | None) -> ResultFormat:
    chosen = choose(_OFFERED, accept)
    if chosen is None:
        raise Problem(
            406, "Not acceptable", f"available: {', '.join(f.media_type for f in _OFFERED)}"
        )
    return chosen


@router.get(
    "/id/{path:path}",
    summary="Dereference a blocgraph IRI",
    response_class=Response,
    responses={
        200: {"content": {f.media_type: {} for f in _OFFERED}},
        404: {"description": "No such resource"},
    },
)
def resource(path: str, request: Request, store: StoreDep) -> Response:
    iri = str(ID) + path
    try:
        found = describe(store, iri)
    except (ValueError, SyntaxError):
        raise Problem(404, "Not found", f"no resource {shorten(iri, 120)}") from None
    if not found.outgoing and not found.incoming:
        raise Problem(404, "Not found", f"the graph says nothing about {shorten(iri, 120)}")
    chosen = _choose(request.headers.get("accept"))
    if chosen is _HTML:
        return _html(request, path, found)
    body = store.construct(describe_query(iri), chosen.media_type)
    return Response(body, media_type=chosen.media_type, headers={"Vary": "Accept"})


def _local(iri: str) -> str:
    return "/id/" + iri[len(str(ID)) :] if iri.startswith(str(ID)) else iri


def _short(iri: str) -> str:
    for prefix, namespace in (
        ("bg:", "https://w3id.org/blocgraph/ontology#"),
        ("org:", "http://www.w3.org/ns/org#"),
        ("skos:", "http://www.w3.org/2004/02/skos/core#"),
        ("prov:", "http://www.w3.org/ns/prov#"),
        ("dcterms:", "http://purl.org/dc/terms/"),
        ("owl:", "http://www.w3.org/2002/07/owl#"),
        ("foaf:", "http://xmlns.com/foaf/0.1/"),
        ("rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
        ("id:", str(ID)),
    ):
        if iri.startswith(namespace):
            return prefix + iri[len(namespace) :]
    return iri


def _link(iri: str, labels: dict[str, str]) -> str:
    label = labels.get(iri)
    text = f"{escape(label)} <small>{escape(_short(iri))}</small>" if label else escape(_short(iri))
    return f'<a href="{escape(_local(iri), quote=True)}">{text}</a>'


def _html(request: Request, path: str, found: Description) -> HTMLResponse:
    """A state's or body's own page; the table of triples for anything else."""
    headers = {"Vary": "Accept, Accept-Language"}
    kind, _, code = path.partition("/")
    context: AppContext = request.app.state.context
    lang = pick_language(
        request.query_params.get("lang"),
        request.headers.get("accept-language"),
        context.names.languages(),
    )
    own = {"Content-Security-Policy": CONTENT_SECURITY_POLICY, "Content-Language": lang}
    if kind == "treaty" and "/" not in code:
        try:
            treaty = relations_index(request, context.store).treaty(code)
        except UnknownTreatyError:
            return HTMLResponse(_page(found), headers=headers)
        page = treaty_page(treaty, context.names.label, lang, _tables(found))
        return HTMLResponse(page, headers=headers | own)
    if kind in ("state", "body") and (kind, code) in context.names.entities:
        relations = (
            relations_index(request, context.store).relations_of(code, as_of=date.today())
            if kind == "state" or code in PARTY_BODIES
            else []
        )
        page = entity_page(
            context,
            kind,  # type: ignore[arg-type]
            code,
            lang,
            _tables(found),
            relations=relations,
        )
        return HTMLResponse(page, headers=headers | own)
    return HTMLResponse(_page(found), headers=headers)


@router.get("/go", include_in_schema=False)
def go(q: str, request: Request) -> RedirectResponse:
    """The site search box: straight to the best match's page."""
    context: AppContext = request.app.state.context
    hits = context.names.search_hits(q[:200], 1)
    if not hits:
        suggestions = context.names.suggest(q[:200])
        raise Problem(
            404, "Not found", f"nothing is called {shorten(q)}", {"suggestions": suggestions}
        )
    entity = hits[0][0]
    lang = request.query_params.get("lang")
    target = f"/id/{entity.kind}/{entity.code}" + (f"?lang={quote(lang)}" if lang else "")
    return RedirectResponse(target, status_code=303)


def _rows(found: Description) -> tuple[str, str]:
    """Table rows of the resource's triples, and of those pointing at it."""
    outgoing = "".join(
        f"<tr><th>{escape(_short(p))}</th><td>"
        f"{_link(o, found.labels) if kind == 'iri' else escape(o)}</td></tr>"
        for p, o, kind in found.outgoing
    )
    incoming = "".join(
        f"<tr><td>{_link(s, found.labels)}</td><th>{escape(_short(p))}</th></tr>"
        for s, p in found.incoming
    )
    return outgoing, incoming


def _tables(found: Description) -> str:
    """The resource's triples (and those pointing at it) as HTML tables."""
    rows, incoming = _rows(found)
    referenced = f"<h2>Referenced by</h2><table>{incoming}</table>" if incoming else ""
    return f'<table class="triples">{rows}</table>{referenced}'


def _page(found: Description) -> str:
    title = escape(found.label or _short(found.iri))
    rows, incoming = _rows(found)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} — blocgraph</title>
<style>body{{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}}
table{{border-collapse:collapse;width:100%}}th,td{{text-align:left;vertical-align:top;
padding:.25rem .5rem;border-bottom:1px solid #ddd}}th{{width:14rem;font-weight:600}}
small{{color:#666}}code{{background:#f4f4f4;padding:0 .2rem}}</style></head>
<body><h1>{title}</h1><p><code>{escape(found.iri)}</code> — also served as Turtle, JSON-LD,
N-Triples and RDF/XML to clients that ask for them (Accept header).</p>
<table>{rows}</table>
{f"<h2>Referenced by</h2><table>{incoming}</table>" if incoming else ""}
<p><a href="/docs">API</a> · <a href="/sparql">SPARQL endpoint</a></p></body></html>"""
