"""State–state relations for the graph exports (``blocgraph export --relations``): a treaty's
promise between two parties, a declared partnership, diplomatic relations — each pair and
relation once, with the days it bound.

Only relations that came into force are edges (a treaty signed and never in force binds no
one). Dates keep the day when the data has it; a year or a month starts on its first day
(``2009`` → ``2009-01-01``), so that Gephi reads every interval.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from blocgraph.lookup import RelationsSnapshot, relations_of


@dataclass(frozen=True, slots=True)
class RelationEdge:
    """One relation between two states (or a state and a party body such as the EU):
    ``source`` promises ``target`` when ``direction`` is ``one_way``; ``mutual`` relations
    have the lower code as ``source``. ``end`` is the first day it no longer binds (None while
    it does)."""

    source: str
    target: str
    relation: str
    treaty: str
    start: str
    end: str | None
    direction: str


def _full(text: str | None) -> str | None:
    """A partial ISO date as a day: its first day."""
    if not text:
        return None
    parts = text.split("-")
    return "-".join([parts[0], *[*parts[1:], "01", "01"][:2]])


def relation_edges(
    snapshot: RelationsSnapshot, states: Iterable[str], as_of: date | None = None
) -> list[RelationEdge]:
    """Every relation of ``states`` that bound at some time (``as_of``: on that day), each
    once, sorted by source, target, relation and start. The other side is a state or a body
    that is a party in its own right (the EU's declared partnerships)."""
    edges: dict[tuple[str, str, str, str, str], RelationEdge] = {}
    for state in sorted(set(states)):
        for record in relations_of(snapshot, state, as_of=as_of):
            start = _full(record.in_force)
            if start is None or record.direction == "to_state":  # the promisor's row says it
                continue
            source, target = record.state, record.other
            if record.direction == "mutual":  # the pair once, from its lower code
                source, target = sorted((source, target))
            treaty = record.treaty.key if record.treaty else ""
            key = (source, target, record.kind, treaty, start)
            edges.setdefault(
                key,
                RelationEdge(
                    source,
                    target,
                    record.kind,
                    treaty,
                    start,
                    _full(record.end),
                    "mutual" if record.direction == "mutual" else "one_way",
                ),
            )
    return [edges[key] for key in sorted(edges)]


def pair_intervals(edges: Iterable[RelationEdge]) -> list[tuple[str, str, str | None]]:
    """The relations of one pair as non-overlapping intervals (what a GEXF dynamic attribute
    needs): ``(kinds in force, start, end)``, the kinds sorted and joined by ``+``.

    Example:
        >>> e = [RelationEdge("PRK", "RUS", "partnership", "", "2024-06-19", None, "mutual"),
        ...      RelationEdge("PRK", "RUS", "defence", "T", "2024-12-04", None, "mutual")]
        >>> pair_intervals(e)
        [('partnership', '2024-06-19', '2024-12-04'), ('defence+partnership', '2024-12-04', None)]
    """
    edges = list(edges)
    cuts = sorted({e.start for e in edges} | {e.end for e in edges if e.end})
    out: list[tuple[str, str, str | None]] = []
    for i, start in enumerate(cuts):
        end = cuts[i + 1] if i + 1 < len(cuts) else None
        kinds = sorted(
            {e.relation for e in edges if e.start <= start and (e.end is None or e.end > start)}
        )
        if not kinds:
            continue
        value = "+".join(kinds)
        if out and out[-1][0] == value and out[-1][2] == start:
            out[-1] = (value, out[-1][1], end)
        else:
            out.append((value, start, end))
    return out
