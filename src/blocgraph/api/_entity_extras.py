"""Two panels of the entity pages (``_entity``): a small map — where a body's members,
observers and partners are; how many of a state's bodies each other state shares — drawn by
``/api/maps/coverage.svg`` and linked to the home page with the same choice, and a state's
relations binding today (treaty promises, partnerships, diplomatic relations) with their
treaties and sources, and the map of those ties (``relations:CODE``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import Literal
from urllib.parse import urlencode

from blocgraph._constants import PARTY_BODIES
from blocgraph.analysis import DEFAULT_ROLES
from blocgraph.lookup import MembershipRecord, RelationRecord

#: name of a state or body in the reader's language: (kind, code) → label
Label = Callable[[tuple[Literal["state", "body"], str], str], str]

#: Left off a state's map: nearly every state is in it, so it would colour the whole world.
UNIVERSAL = frozenset({"UN"})

_DIRECTION = {"mutual": "both ways", "from_state": "given", "to_state": "received"}


def map_panel(
    kind: str, code: str, name: str, records: Sequence[MembershipRecord], current: set[int]
) -> str:
    """The map panel: for a body, each state's role in it; for a state, how many of the bodies
    it is a member of today each state is in. Empty for a state in no body today.

    ``current`` holds the indexes of ``records`` in force today."""
    if kind == "body":
        params = {"continent": "World", "bodies": code, "measure": f"body:{code}"}
        caption = (
            f"Where the members of {name} are, and its observers, partners and candidates "
            "(today; hatched: no role)."
        )
    else:
        bodies = sorted(
            {
                r.body
                for i, r in enumerate(records)
                if i in current and r.role in DEFAULT_ROLES and r.body not in UNIVERSAL
            }
        )
        if not bodies:
            return ""
        params = {"continent": "World", "bodies": ",".join(bodies), "measure": "count"}
        caption = (
            f"How many of the {len(bodies)} bodies {name} is a member of today each state is "
            f"in too: {', '.join(bodies)} (the UN left out: nearly every state is in it)."
        )
    query = urlencode(params)
    # folded, and drawn only when unfolded (entity.js sets the src): a world map is ~0.5 s and
    # ~450 KB, too much for every visit to every page
    return (
        '<details class="panel entity-map"><summary>Map</summary><figure>'
        f'<a href="/?{escape(query)}" title="Explore this map on the home page">'
        f'<img data-src="/api/maps/coverage.svg?{escape(query)}" '
        f'alt="{escape(caption, quote=True)}" width="1000" height="639"></a>'
        f"<figcaption>{escape(caption)} "
        f'<a href="/?{escape(query)}">Explore it</a> on the coverage map.</figcaption>'
        "</figure></details>\n"
    )


def _host(url: str) -> str:
    return url.split("//", 1)[-1].split("/", 1)[0].removeprefix("www.")


def _sources(record: RelationRecord) -> str:
    items = []
    for source in record.sources:
        quote = f' title="{escape(source.quote, quote=True)}"' if source.quote else ""
        items.append(
            f'<li><a href="{escape(source.url, quote=True)}" rel="noreferrer"{quote}>'
            f"{escape(_host(source.url))}</a> "
            f'<span class="tier tier-{escape(source.tier)}">{escape(source.tier)}</span></li>'
        )
    return f'<ul class="sources">{"".join(items)}</ul>'


def relations_map(code: str, name: str) -> str:
    """The map of a state's ties (``relations:CODE`` over the world), folded like the
    membership map and drawn when unfolded, linked to the home page with the same choice."""
    query = urlencode({"continent": "World", "measure": f"relations:{code}"})
    caption = (
        f"Each state's strongest tie with {name} today: a defence promise (mutual or one way), "
        "another treaty promise, a declared partnership, diplomatic relations, or none recorded."
    )
    return (
        '<details class="entity-map relations-map"><summary>Map of these ties</summary><figure>'
        f'<a href="/?{escape(query)}" title="Explore this map on the home page">'
        f'<img data-src="/api/maps/coverage.svg?{escape(query)}" '
        f'alt="{escape(caption, quote=True)}" width="1000" height="794"></a>'
        f"<figcaption>{escape(caption)} "
        f'<a href="/?{escape(query)}">Explore it</a> on the map page (any date, any continent).'
        "</figcaption></figure></details>"
    )


def relations_panel(
    records: Sequence[RelationRecord], label: Label, lang: str, code: str = "", name: str = ""
) -> str:
    """A state's (or a party body's) relations binding today, one row each: the other state
    or party body, the kind, the treaty, since when, which way, sources; above the table, with
    ``code`` and ``name``, the folded map of the ties (:func:`relations_map`)."""
    if not records:
        return ""
    rows = []
    for record in records:
        other_kind: Literal["state", "body"] = "body" if record.other in PARTY_BODIES else "state"
        other = label((other_kind, record.other), lang)
        kind = (record.label or record.kind).replace("_", " ")
        if record.conditional:
            kind += ' <small class="muted">conditional</small>'
        treaty = (
            f'<a href="/id/treaty/{escape(record.treaty.key)}">{escape(record.treaty.title)}</a>'
            if record.treaty
            else ""
        )
        rows.append(
            f'<tr data-other="{escape(record.other)}" data-kind="{escape(record.kind)}">'
            f'<td><a href="/id/{other_kind}/{escape(record.other)}">{escape(other)}</a> '
            f"<small>{escape(record.other)}</small></td>"
            f"<td>{kind}</td><td>{treaty}</td>"
            f"<td>{escape(record.in_force or record.signed or '')}</td>"
            f"<td>{_DIRECTION.get(record.direction, escape(record.direction))}</td>"
            f"<td>{_sources(record)}</td></tr>"
        )
    return (
        '<section class="panel"><h2>Relations in force</h2>'
        '<p class="muted">Treaty promises, declared partnerships and diplomatic relations '
        "binding today (<code>/api/states/…/relations</code> has every one, past ones too).</p>"
        f"{relations_map(code, name) if code else ''}"
        '<table class="relations"><thead><tr><th scope="col">With</th>'
        '<th scope="col">Relation</th><th scope="col">Treaty</th><th scope="col">Since</th>'
        '<th scope="col">Direction</th><th scope="col">Sources</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )
