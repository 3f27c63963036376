"""The HTML page of a state (``/id/state/RUS``) or a body (``/id/body/CSTO``): who or what it
is, every membership spell as a table (role, since, until, current or not, sources), a timeline
of the spells, and the raw triples folded below. Names are in the reader's language (``?lang=``,
``Accept-Language``, English), the page chrome in English.

The source column prints what the records carry: the page, the day it was read and — when the
data has them — the source's tier and the supporting quote.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from typing import Literal
from urllib.parse import urlsplit

from blocgraph.api._context import AppContext
from blocgraph.api._entity_extras import map_panel, relations_panel
from blocgraph.api._shell import page_shell
from blocgraph.api._timeline import Spell, timeline_svg
from blocgraph.lookup import MembershipRecord, RelationRecord, list_bodies, list_states

Kind = Literal["state", "body"]

_LANGUAGE_NAMES = {
    "en": "English",
    "ru": "Русский",
    "fr": "Français",
    "es": "Español",
    "zh": "中文",
    "ar": "العربية",
}


def _role(role: str) -> str:
    return role.replace("_", " ")


def _current(record: MembershipRecord, today: str) -> bool:
    return record.start <= today and (record.end is None or record.end > today)


def _source(source: object) -> str:
    url = str(getattr(source, "url", ""))
    host = urlsplit(url).netloc.removeprefix("www.") or url
    tier = getattr(source, "tier", None)
    quote = getattr(source, "quote", None)
    accessed = getattr(source, "accessed", None)
    title = f' title="{escape(str(quote), quote=True)}"' if quote else ""
    parts = [f'<a href="{escape(url, quote=True)}" rel="noreferrer"{title}>{escape(host)}</a>']
    if tier:
        parts.append(f'<span class="tier tier-{escape(str(tier))}">{escape(str(tier))}</span>')
    if accessed:
        parts.append(f'<small class="muted">read {escape(str(accessed))}</small>')
    return "<li>" + " ".join(parts) + "</li>"


def _other(context: AppContext, record: MembershipRecord, kind: Kind) -> tuple[Kind, str]:
    """The other side of a record: its body on a state's page (``kind`` "state"), its member
    (a state, or a body such as the EU in ASEM) on a body's page."""
    if kind == "state":
        return "body", record.body
    return ("state" if ("state", record.state) in context.names.entities else "body"), record.state


def _counterpart(context: AppContext, record: MembershipRecord, kind: Kind, lang: str) -> str:
    other_kind, code = _other(context, record, kind)
    label = context.names.label((other_kind, code), lang)
    return (
        f'<a href="/id/{other_kind}/{escape(code)}">{escape(label)}</a> '
        f"<small>{escape(code)}</small>"
    )


def _table(
    context: AppContext,
    records: Sequence[MembershipRecord],
    kind: Kind,
    lang: str,
    today: str,
    heading: str,
) -> str:
    ordered = sorted(records, key=lambda r: (not _current(r, today), r.body, r.state, r.start))
    rows = []
    for record in ordered:
        current = _current(record, today)
        status = (
            '<span class="current">current</span>'
            if current
            else f'<span class="ended">{escape(_role(record.end_reason or "ended"))}</span>'
        )
        flags = (
            ' <span class="uncertain" title="{}">uncertain</span>'.format(
                escape(record.note or "", quote=True)
            )
            if record.uncertain
            else ""
        )
        sources = "".join(_source(s) for s in record.sources)
        rows.append(
            f'<tr class="{"is-current" if current else "is-past"}">'
            f"<td>{_counterpart(context, record, kind, lang)}</td>"
            f"<td>{escape(_role(record.role))}{flags}</td>"
            f"<td>{escape(record.start)}</td><td>{escape(record.end or '')}</td>"
            f'<td>{status}</td><td><ul class="sources">{sources}</ul></td></tr>'
        )
    who = "Body" if kind == "state" else "Member"
    return (
        f'<section class="panel"><h2>{heading}</h2>'
        f'<table class="memberships" data-kind="{kind}"><thead><tr><th scope="col">{who}</th>'
        '<th scope="col">Role</th><th scope="col">Since</th><th scope="col">Until</th>'
        '<th scope="col">Now</th><th scope="col">Sources</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _facts(context: AppContext, kind: Kind, code: str, lang: str) -> str:
    """Who or what it is, as a definition list."""
    items: list[tuple[str, str]] = [("English name", context.names.label((kind, code), "en"))]
    wikidata: str | None = None
    if kind == "state":
        state = next((s for s in list_states(context.store) if s.iso3 == code), None)
        if state is not None:
            items += [("ISO 3166", f"{state.iso3} / {state.iso2 or '–'}"), ("Status", state.status)]
            items += [("Region", state.continent)] if state.continent else []
            wikidata = state.wikidata
    else:
        body = next((b for b in list_bodies(context.store) if b.key == code), None)
        if body is not None:
            items += [("Kind", body.kind), ("Founded", body.founded)]
            if body.seat_country:
                seat = context.names.label(("state", body.seat_country), lang)
                items.append(("Seat", f"{seat} ({body.seat_country})"))
            items += [("Homepage", body.homepage)] if body.homepage else []
            wikidata = body.wikidata
    cells = []
    for name, value in items:
        shown = escape(value)
        if value.startswith("http"):
            shown = f'<a href="{escape(value, quote=True)}" rel="noreferrer">{shown}</a>'
        cells.append(f"<dt>{escape(name)}</dt><dd>{shown}</dd>")
    if wikidata:
        cells.append(
            f'<dt>Wikidata</dt><dd><a href="{escape(wikidata, quote=True)}" rel="noreferrer">'
            f"{escape(wikidata.rsplit('/', 1)[-1])}</a></dd>"
        )
    return f'<dl class="facts">{"".join(cells)}</dl>'


def _languages(path: str, lang: str, available: frozenset[str]) -> str:
    links = []
    for tag, name in _LANGUAGE_NAMES.items():
        if tag not in available and tag != "en":
            continue
        current = ' aria-current="true"' if tag == lang else ""
        links.append(f'<a href="{escape(path)}?lang={tag}" lang="{tag}"{current}>{name}</a>')
    return f'<nav class="languages" aria-label="Names in">{" · ".join(links)}</nav>'


def entity_page(
    context: AppContext,
    kind: Kind,
    code: str,
    lang: str,
    raw: str,
    today: date | None = None,
    relations: Sequence[RelationRecord] = (),
) -> str:
    """The whole page of a state or body; ``raw`` is the folded table of its triples,
    ``relations`` a state's relations binding today."""
    day = (today or date.today()).isoformat()
    key = (kind, code)
    name = context.names.label(key, lang)
    # the language the name is really in (English when the graph has none in ``lang``)
    name_lang = lang if lang in context.names.labels.get(key, {}) else "en"
    path = f"/id/{kind}/{code}"
    if kind == "state":
        records = context.lookups.bodies_of(code, layer="curated")
        sections = [_table(context, records, kind, lang, day, "Memberships")]
    else:
        records = context.lookups.members_of(code, layer="curated")
        sections = [_table(context, records, kind, lang, day, "Members")]
        as_member = context.lookups.bodies_of(code, layer="curated")
        if as_member:
            sections.append(_table(context, as_member, "state", lang, day, "Member of"))
            records = [*records, *as_member]
    spells = []
    for record in records:
        side: Kind = "state" if record.state == code else kind
        other_kind, other = _other(context, record, side)
        label = context.names.label((other_kind, other), lang)
        spells.append(Spell(other, label, record.role, record.start, record.end))
    in_force = {i for i, r in enumerate(records) if _current(r, day)}
    current = len(in_force)
    sections.append(map_panel(kind, code, name, records, in_force))
    sections.append(relations_panel(relations, context.names.label, lang, code, name))
    timeline = timeline_svg(spells, day)
    legend = "".join(
        f'<li><span class="swatch role-{role}"></span>{_role(role)}</li>'
        for role in sorted({s.role for s in spells})
    )
    title = escape(name)
    main = f"""<h1 lang="{name_lang}" dir="auto">{title}</h1>
<p class="lead">{"State" if kind == "state" else "International body"} <code>{escape(code)}</code>
 — {current} current {"membership" if current == 1 else "memberships"}, {len(records)} spells in
 all.</p>
{_languages(path, lang, context.names.languages())}
{_facts(context, kind, code, lang)}
{"".join(sections)}
<section class="panel"><h2>Timeline</h2>
{timeline or '<p class="muted">No membership spells.</p>'}
<ul class="legend">{legend}</ul></section>
<details class="panel raw"><summary>Raw triples</summary>
<p><code>https://w3id.org/blocgraph/id/{kind}/{escape(code)}</code> — also served as Turtle,
JSON-LD, N-Triples and RDF/XML to clients that ask for them (Accept header).</p>
{raw}</details>"""
    return page_shell(name, lang, {"kind": kind, "code": code, "lang": lang}, main)
