"""Who is bound to whom, by what promise, since when, says who — as of any date.

Pure functions over a :class:`RelationsSnapshot` (read once from the store by
:func:`read_relations`). A treaty's promise binds a pair of parties from the day the treaty is
in force for both (entry into force, not signature) until it ends for either; a declared
partnership lasts until an upgrade replaces it; diplomatic relations last from their
establishment (or restoration) until they are severed.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from blocgraph._constants import RELATION_KINDS
from blocgraph._dates import PartialDate
from blocgraph.lookup._relations_store import (
    LAYER,
    CitationRef,
    ObligationInfo,
    PartnershipInfo,
    RelationsSnapshot,
    TreatyInfo,
    read_relations,
)
from blocgraph.store import GraphStore

"""What ``--kind`` accepts: the five ATOP promises, declared partnerships, diplomatic relations."""

_ENDING_EVENTS = ("withdrew", "denounced", "suspended")
_TREATY_KEY = re.compile(r"^[A-Za-z][A-Za-z0-9-]{2,40}$")


@dataclass(frozen=True, slots=True)
class TreatyRef:
    """The treaty a relation comes from."""

    key: str
    title: str


@dataclass(frozen=True, slots=True)
class RelationRecord:
    """One relation of ``state`` with ``other``, as the CLI and the API print it.

    ``direction``: ``mutual``, ``from_state`` (``state`` promises ``other``) or ``to_state``
    (``other`` promises ``state``). ``in_force`` is when the relation began to bind the pair;
    ``end`` the first day it no longer does. Dates keep their precision (``1961``).
    """

    state: str
    other: str
    kind: str
    label: str | None
    treaty: TreatyRef | None
    signed: str | None
    in_force: str | None
    end: str | None
    direction: str
    articles: tuple[str, ...]
    extended: tuple[str, ...]
    """Days the treaty was extended (renewed), if any."""
    conditional: bool
    condition: str | None
    uncertain: bool
    note: str | None
    sources: tuple[CitationRef, ...]
    layer: str = LAYER

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict with the keys state, other, kind, label, treaty, signed, …"""
        record = asdict(self)
        record["articles"] = list(self.articles)
        record["extended"] = list(self.extended)
        record["sources"] = [asdict(s) for s in self.sources]
        return record

    def in_force_on(self, day: date) -> bool:
        """Whether the relation binds the pair on ``day``."""
        if self.in_force is None:
            return False
        start = PartialDate.parse(self.in_force).value
        return start <= day and (self.end is None or day < PartialDate.parse(self.end).value)


class UnknownTreatyError(LookupError):
    """No treaty has that key; ``suggestions`` holds the closest keys."""

    def __init__(self, key: str, suggestions: list[str]) -> None:
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no treaty {key!r}{hint}")


def _first_day(value: str | None) -> date | None:
    return PartialDate.parse(value).value if value else None


def _later(a: str | None, b: str | None) -> str | None:
    """The later start; None (never in force) if either is None."""
    if a is None or b is None:
        return None
    return a if PartialDate.parse(a).value >= PartialDate.parse(b).value else b


def _earlier(a: str | None, b: str | None) -> str | None:
    """The earlier end; None means no end."""
    if a is None or b is None:
        return b if a is None else a
    return a if PartialDate.parse(a).value <= PartialDate.parse(b).value else b


def party_window(treaty: TreatyInfo, party: str) -> tuple[str | None, str | None]:
    """When ``treaty`` binds ``party``: from its own entry into force (or the treaty's) to the
    first of its withdrawal, denunciation, suspension or the treaty's end."""
    events = treaty.events.get(party, [])
    start = next((e.date for e in events if e.event == "in_force"), None) or treaty.in_force
    end = treaty.end
    for event in events:
        if event.event in _ENDING_EVENTS:
            end = _earlier(end, event.date)
    return start, end


def _dedupe(*groups: tuple[CitationRef, ...]) -> tuple[CitationRef, ...]:
    out: list[CitationRef] = []
    for group in groups:
        out.extend(c for c in group if c not in out)
    return tuple(out)


def _obligation_records(
    snapshot: RelationsSnapshot, obligation: ObligationInfo, state: str
) -> list[RelationRecord]:
    treaty = snapshot.treaties.get(obligation.treaty)
    if treaty is None or state not in treaty.events:
        return []
    if obligation.direction == "one_way":
        if state == obligation.promisor:
            pairs = [(obligation.promisee or "", "from_state")]
        elif state == obligation.promisee:
            pairs = [(obligation.promisor or "", "to_state")]
        else:
            return []
    else:
        pairs = [(other, "mutual") for other in sorted(treaty.events) if other != state]
    own_start, own_end = party_window(treaty, state)
    records = []
    for other, direction in pairs:
        other_start, other_end = party_window(treaty, other)
        in_force_sources = tuple(
            c
            for p in (state, other)
            for e in treaty.events.get(p, [])
            if e.event == "in_force"
            for c in e.sources
        )
        records.append(
            RelationRecord(
                state=state,
                other=other,
                kind=obligation.promise,
                label=None,
                treaty=TreatyRef(treaty.key, treaty.title),
                signed=treaty.signed,
                in_force=_later(own_start, other_start),
                end=_earlier(own_end, other_end),
                direction=direction,
                articles=(obligation.article,) if obligation.article else (),
                extended=tuple(
                    sorted(
                        {
                            e.date
                            for p in (state, other)
                            for e in treaty.events.get(p, [])
                            if e.event == "extended"
                        }
                    )
                ),
                conditional=obligation.conditional,
                condition=obligation.condition,
                uncertain=obligation.uncertain or treaty.uncertain,
                note=obligation.note,
                sources=_dedupe(obligation.sources, in_force_sources, treaty.sources),
            )
        )
    return records


def _partnership_record(
    snapshot: RelationsSnapshot, p: PartnershipInfo, state: str
) -> RelationRecord:
    successor = snapshot.partnerships.get(p.replaced_by or "")
    return RelationRecord(
        state=state,
        other=p.parties[1] if p.parties[0] == state else p.parties[0],
        kind="partnership",
        label=p.label,
        treaty=None,
        signed=p.declared,
        in_force=p.declared,
        end=successor.declared if successor else None,
        direction="mutual",
        articles=(),
        extended=(),
        conditional=False,
        condition=None,
        uncertain=p.uncertain,
        note=p.note,
        sources=p.sources,
    )


def _diplomatic_records(snapshot: RelationsSnapshot, state: str) -> list[RelationRecord]:
    records: list[RelationRecord] = []
    open_spell: dict[str, tuple[str, tuple[CitationRef, ...]]] = {}
    for event in snapshot.diplomatic:
        if state not in event.parties:
            continue
        other = event.parties[1] if event.parties[0] == state else event.parties[0]
        if event.event in ("established", "restored"):
            open_spell.setdefault(other, (event.date, event.sources))
            continue
        if other in open_spell:
            start, sources = open_spell.pop(other)
            records.append(
                _diplomatic_record(state, other, start, event.date, _dedupe(sources, event.sources))
            )
        else:  # severed, the day established not curated: a spell with an unknown start
            records.append(_diplomatic_record(state, other, None, event.date, event.sources))
    for other, (start, sources) in open_spell.items():
        records.append(_diplomatic_record(state, other, start, None, sources))
    return records


def _diplomatic_record(
    state: str, other: str, start: str | None, end: str | None, sources: tuple[CitationRef, ...]
) -> RelationRecord:
    return RelationRecord(
        state,
        other,
        "diplomatic",
        "diplomatic relations",
        None,
        start,
        start,
        end,
        "mutual",
        (),
        (),
        False,
        None,
        False,
        None,
        sources,
    )


def relations_of(
    snapshot: RelationsSnapshot,
    state: str,
    *,
    other: str | None = None,
    kinds: tuple[str, ...] | None = None,
    as_of: date | None = None,
) -> list[RelationRecord]:
    """The relations of ``state``: treaty promises, declared partnerships, diplomatic relations.

    Parameters:
        snapshot: from :func:`read_relations`.
        state: an ISO3 code, or the key of a body that is a party in its own right (``EU``:
            its declared partnerships).
        other: only relations with that state (or party body).
        kinds: only these kinds (:data:`RELATION_KINDS`); None = all.
        as_of: only relations binding on that day; None = every relation, past, present and
            not (yet) in force.

    Returns:
        Records sorted by other state, kind and start.

    Raises:
        ValueError: an unknown kind.

    Example:
        >>> day = date(2024, 7, 1)
        >>> records = relations_of(snapshot, "RUS", other="PRK", as_of=day)  # doctest: +SKIP
        >>> [r.kind for r in records]                                        # doctest: +SKIP
        ['partnership']
    """
    unknown = [k for k in kinds or () if k not in RELATION_KINDS]
    if unknown:
        raise ValueError(f"unknown kind {unknown[0]!r}: one of {', '.join(RELATION_KINDS)}")
    records: list[RelationRecord] = []
    for obligation in snapshot.obligations:
        records.extend(_obligation_records(snapshot, obligation, state))
    for partnership in snapshot.partnerships.values():
        if state in partnership.parties:
            records.append(_partnership_record(snapshot, partnership, state))
    records.extend(_diplomatic_records(snapshot, state))
    chosen = [
        r
        for r in records
        if (other is None or r.other == other)
        and (kinds is None or r.kind in kinds)
        and (as_of is None or r.in_force_on(as_of))
    ]
    return sorted(chosen, key=lambda r: (r.other, r.kind, _first_day(r.in_force) or date.min))


def treaty_detail(snapshot: RelationsSnapshot, key: str) -> dict[str, Any]:
    """One treaty with its parties, their dated events, its promises and sources (JSON-ready).

    Raises:
        UnknownTreatyError: no treaty has that key (case is ignored).
    """
    wanted = key.strip().upper()
    treaty = snapshot.treaties.get(wanted) if _TREATY_KEY.match(wanted) else None
    if treaty is None:
        close = difflib.get_close_matches(wanted, list(snapshot.treaties), n=3, cutoff=0.5)
        raise UnknownTreatyError(key, close)
    return {
        "key": treaty.key,
        "iri": treaty.iri,
        "title": treaty.title,
        "title_ru": treaty.title_ru,
        "kind": treaty.kind,
        "signed": treaty.signed,
        "in_force": treaty.in_force,
        "end": treaty.end,
        "end_reason": treaty.end_reason,
        "term_years": treaty.term_years,
        "renewal": treaty.renewal,
        "replaces": treaty.replaces,
        "replaced_by": treaty.replaced_by,
        "text_url": treaty.text_url,
        "uncertain": treaty.uncertain,
        "note": treaty.note,
        "parties": [
            {"state": party, "events": [asdict(e) for e in events]}
            for party, events in sorted(treaty.events.items())
        ],
        "obligations": [
            {k: v for k, v in asdict(o).items() if k not in ("iri", "treaty")}
            for o in snapshot.obligations
            if o.treaty == treaty.key
        ],
        "sources": [asdict(s) for s in treaty.sources],
        "layer": LAYER,
    }


class RelationsIndex:
    """The relations read once from a store, answering :func:`relations_of` and
    :func:`treaty_detail` from memory (read again after the store changes)."""

    def __init__(self, snapshot: RelationsSnapshot) -> None:
        self.snapshot = snapshot

    @classmethod
    def from_store(cls, store: GraphStore) -> RelationsIndex:
        """Read every relation of ``store`` (six queries)."""
        return cls(read_relations(store))

    def relations_of(
        self,
        state: str,
        *,
        other: str | None = None,
        kinds: tuple[str, ...] | None = None,
        as_of: date | None = None,
    ) -> list[RelationRecord]:
        """As :func:`relations_of`."""
        return relations_of(self.snapshot, state, other=other, kinds=kinds, as_of=as_of)

    def treaty(self, key: str) -> dict[str, Any]:
        """As :func:`treaty_detail`."""
        return treaty_detail(self.snapshot, key)

    def treaty_keys(self) -> list[str]:
        """Every treaty key, sorted."""
        return sorted(self.snapshot.treaties)
