"""Check what a document says of treaties and partnerships against the curated relations layer.

"A signed / ratified / denounced T" is compared with A's dated events in treaty T
(``data/relations/events.csv``); "A and B hold a partnership" with the partnerships the pair
declared on or before the document's date (``partnerships.csv``). A treaty the layer does not
curate (a ``new:`` one) is ``not_in_reference``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from blocgraph.extract._model import Statement
from blocgraph.lookup import RelationsSnapshot

TREATY_CHECKED = frozenset({"signed", "ratified", "denounced", "partnershipWith"})
_EVENTS = {
    "signed": frozenset({"signed"}),
    "ratified": frozenset({"ratified"}),
    "denounced": frozenset({"denounced", "withdrew"}),
}


def _sources(sources: Any) -> list[dict[str, str]]:
    return [
        {"url": c.url, "tier": c.tier, "quote": c.quote, "accessed": c.accessed} for c in sources
    ]


def treaty_verdict(
    statement: Statement, day: date, snapshot: RelationsSnapshot
) -> tuple[str, str, dict[str, Any]] | None:
    """(verdict, reason, what the layer holds) for a treaty or partnership statement, or
    ``None`` for another predicate. The caller turns the verdict over for a negative one."""
    if statement.predicate == "partnershipWith":
        return _partnership(statement, day, snapshot)
    if statement.predicate not in _EVENTS or statement.object is None:
        return None
    key, party, iso = statement.object, statement.subject, day.isoformat()
    treaty = snapshot.treaties.get(key)
    if treaty is None:
        return "not_in_reference", f"{key} is not a treaty the relations layer curates", {}
    events = treaty.events.get(party)
    if not events:
        parties = ", ".join(sorted(treaty.events)) or "none recorded"
        return "contradicted", f"{party} is not a party to {key} (parties: {parties})", {}
    wanted = _EVENTS[statement.predicate]
    done = [e for e in events if e.event in wanted and e.date[: len(iso)] <= iso]
    year = statement.qualifiers.get("year")
    held = {
        "treaty": key,
        "title": treaty.title,
        "events": [
            {"event": e.event, "date": e.date, "sources": _sources(e.sources)} for e in events
        ],
    }
    if done:
        if isinstance(year, int) and all(not e.date.startswith(str(year)) for e in done):
            dates = ", ".join(e.date for e in done)
            return "contradicted", f"{party} {statement.predicate} {key} on {dates}", held
        dates = ", ".join(e.date for e in done)
        return "supported", f"reference: {party} {statement.predicate} {key} on {dates}", held
    if statement.predicate == "denounced":
        return "contradicted", f"reference: {party} is still a party to {key} on {iso}", held
    return (
        "not_in_reference",
        f"no {statement.predicate} event of {party} in {key} on record before {iso}",
        held,
    )


def _partnership(
    statement: Statement, day: date, snapshot: RelationsSnapshot
) -> tuple[str, str, dict[str, Any]]:
    pair = {statement.subject, statement.object or ""}
    iso = day.isoformat()
    levels = sorted(
        (p for p in snapshot.partnerships.values() if set(p.parties) == pair),
        key=lambda p: p.declared,
    )
    declared = [p for p in levels if p.declared[: len(iso)] <= iso]
    held = {
        "levels": [
            {
                "key": p.key,
                "label": p.label,
                "declared": p.declared,
                "sources": _sources(p.sources),
            }
            for p in levels
        ]
    }
    names = " and ".join(sorted(pair))
    if declared:
        last = declared[-1]
        return (
            "supported",
            f"reference: {names} declared a {last.label} on {last.declared}",
            held,
        )
    if levels:
        first = levels[0]
        return (
            "contradicted",
            f"reference: {names} declared their first partnership only on {first.declared}",
            held,
        )
    return "not_in_reference", f"no partnership of {names} is curated", held
