"""The HTML page of a treaty (``/id/treaty/RUS-PRK-2024``): what it is and when it bound, each
party's dated steps (signed, ratified, in force, withdrawn …), the promises it holds (article,
direction, condition) and the sources with their tier and quote; the raw triples folded below.
The record is :meth:`blocgraph.lookup.RelationsIndex.treaty`'s, as ``/api/treaties/{key}``
serves it; state names are in the reader's language.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any, Literal

from blocgraph.api._shell import page_shell

Label = Callable[[tuple[Literal["state", "body"], str], str], str]

_DIRECTION = {"mutual": "both ways", "one_way": "one way"}


def _text(value: object) -> str:
    return escape(str(value).replace("_", " "))


def _sources(sources: list[dict[str, Any]]) -> str:
    items = []
    for source in sources:
        url = str(source.get("url", ""))
        host = url.split("//", 1)[-1].split("/", 1)[0].removeprefix("www.")
        quote = source.get("quote")
        title = f' title="{escape(str(quote), quote=True)}"' if quote else ""
        tier = escape(str(source.get("tier", "")))
        items.append(
            f'<li><a href="{escape(url, quote=True)}" rel="noreferrer"{title}>{escape(host)}</a> '
            f'<span class="tier tier-{tier}">{tier}</span> '
            f'<small class="muted">read {escape(str(source.get("accessed", "")))}</small></li>'
        )
    return f'<ul class="sources">{"".join(items)}</ul>'


def _state(code: str | None, label: Label, lang: str) -> str:
    if not code:
        return ""
    return (
        f'<a href="/id/state/{escape(code)}">{escape(label(("state", code), lang))}</a> '
        f"<small>{escape(code)}</small>"
    )


def _treaty_link(key: str | None) -> str:
    return f'<a href="/id/treaty/{escape(key)}">{escape(key)}</a>' if key else ""


def _facts(treaty: dict[str, Any]) -> str:
    items = [
        ("Key", escape(treaty["key"])),
        ("Kind", _text(treaty.get("kind") or "")),
        ("Signed", escape(treaty.get("signed") or "–")),
        ("In force", escape(treaty.get("in_force") or "not in force")),
        ("Ended", _text(" ".join(x for x in (treaty.get("end"), treaty.get("end_reason")) if x))),
        ("Term", escape(f"{treaty['term_years']} years") if treaty.get("term_years") else ""),
        ("Renewal", _text(treaty.get("renewal") or "")),
        ("Replaces", _treaty_link(treaty.get("replaces"))),
        ("Replaced by", _treaty_link(treaty.get("replaced_by"))),
    ]
    if treaty.get("text_url"):
        url = escape(treaty["text_url"], quote=True)
        items.append(("Text", f'<a href="{url}" rel="noreferrer">{escape(treaty["text_url"])}</a>'))
    cells = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in items if value)
    return f'<dl class="facts">{cells}</dl>'


def _parties(treaty: dict[str, Any], label: Label, lang: str) -> str:
    rows = []
    for party in treaty.get("parties", []):
        steps = "".join(
            f'<li data-event="{escape(event["event"])}">{_text(event["event"])} '
            f"<strong>{escape(event.get('date') or '')}</strong>"
            + (' <span class="uncertain">uncertain</span>' if event.get("uncertain") else "")
            + (f" <small>{escape(event['note'])}</small>" if event.get("note") else "")
            + _sources(event.get("sources", []))
            + "</li>"
            for event in party.get("events", [])
        )
        rows.append(
            f'<tr data-state="{escape(party["state"])}">'
            f"<td>{_state(party['state'], label, lang)}</td>"
            f'<td><ul class="events">{steps}</ul></td></tr>'
        )
    return (
        '<section class="panel"><h2>Parties</h2><table class="relations parties"><thead><tr>'
        '<th scope="col">State</th><th scope="col">Steps</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _obligations(treaty: dict[str, Any], label: Label, lang: str) -> str:
    obligations = treaty.get("obligations", [])
    if not obligations:
        return ""
    rows = []
    for item in obligations:
        direction = _DIRECTION.get(item.get("direction", ""), _text(item.get("direction", "")))
        if item.get("promisor"):
            direction += (
                f": {_state(item['promisor'], label, lang)} to "
                f"{_state(item.get('promisee'), label, lang)}"
            )
        condition = _text(item["condition"]) if item.get("conditional") else "unconditional"
        rows.append(
            f'<tr data-promise="{escape(item["promise"])}">'
            f"<td>{_text(item['promise'])}</td><td>{escape(str(item.get('article') or ''))}</td>"
            f"<td>{direction}</td><td>{condition}</td>"
            f"<td>{_sources(item.get('sources', []))}</td></tr>"
        )
    return (
        '<section class="panel"><h2>Promises</h2><table class="relations obligations"><thead>'
        '<tr><th scope="col">Promise</th><th scope="col">Article</th>'
        '<th scope="col">Direction</th><th scope="col">Condition</th>'
        '<th scope="col">Sources</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def treaty_page(treaty: dict[str, Any], label: Label, lang: str, raw: str) -> str:
    """The whole page of ``treaty`` (the ``/api/treaties/{key}`` record); ``raw`` is the
    folded table of its triples."""
    title = str(treaty.get("title") or treaty["key"])
    russian = (
        f'<p class="lead" lang="ru">{escape(treaty["title_ru"])}</p>'
        if treaty.get("title_ru")
        else ""
    )
    note = f'<p class="muted">{escape(treaty["note"])}</p>' if treaty.get("note") else ""
    names = [label(("state", p["state"]), lang) for p in treaty.get("parties", [])]
    parties = " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
    main = f"""<h1>{escape(title)}</h1>{russian}
<p class="lead">Treaty <code>{escape(treaty["key"])}</code> between {escape(parties)}.</p>
{note}
{_facts(treaty)}
{_parties(treaty, label, lang)}
{_obligations(treaty, label, lang)}
<section class="panel"><h2>Sources</h2>{_sources(treaty.get("sources", []))}</section>
<details class="panel raw"><summary>Raw triples</summary>
<p><code>{escape(str(treaty.get("iri", "")))}</code> — also served as Turtle, JSON-LD, N-Triples
and RDF/XML to clients that ask for them (Accept header); as JSON at
<a href="/api/treaties/{escape(treaty["key"])}">/api/treaties/{escape(treaty["key"])}</a>.</p>
{raw}</details>"""
    return page_shell(title, lang, {"kind": "treaty", "code": treaty["key"], "lang": lang}, main)
