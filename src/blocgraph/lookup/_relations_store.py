"""Read the relations graph from the store into typed records, with a handful of queries.

The records are what :mod:`blocgraph.lookup._relations` answers questions from; reading them
is the only place that knows the graph's shape.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from blocgraph._constants import RELATIONS_GRAPH_IRI, SPARQL_PREFIXES
from blocgraph.lookup._patterns import optionals
from blocgraph.store import GraphStore, Row

LAYER = "curated"
"""The layer the relations graph belongs to (see the design's layers of facts)."""


@dataclass(frozen=True, slots=True)
class CitationRef:
    """One quoted source: the page, its tier, the sentence read and the day it was read."""

    url: str
    tier: str
    quote: str
    accessed: str


@dataclass(frozen=True, slots=True)
class EventInfo:
    """A dated event of one party in one treaty; ``date`` keeps its precision (``1961``)."""

    event: str
    date: str
    uncertain: bool
    note: str | None
    sources: tuple[CitationRef, ...]


@dataclass(slots=True)
class TreatyInfo:
    """A treaty as stored, with its parties' events."""

    iri: str
    key: str
    title: str
    title_ru: str | None
    kind: str
    signed: str | None
    in_force: str | None
    end: str | None
    end_reason: str | None
    term_years: int | None
    renewal: str | None
    replaces: str | None
    replaced_by: str | None
    text_url: str | None
    uncertain: bool
    note: str | None
    sources: tuple[CitationRef, ...] = ()
    events: dict[str, list[EventInfo]] = field(default_factory=dict)
    """Party code → its events, in date order."""


@dataclass(frozen=True, slots=True)
class ObligationInfo:
    """A promise of a treaty (``promisor``/``promisee`` only for one-way promises)."""

    iri: str
    treaty: str
    promise: str
    article: str | None
    direction: str
    promisor: str | None
    promisee: str | None
    conditional: bool
    condition: str | None
    uncertain: bool
    note: str | None
    sources: tuple[CitationRef, ...]


@dataclass(frozen=True, slots=True)
class PartnershipInfo:
    """A declared partnership: the parties' wording, the day declared, what it upgraded."""

    iri: str
    key: str
    parties: tuple[str, str]
    label: str
    label_lang: str
    declared: str
    document: str | None
    replaces: str | None
    replaced_by: str | None
    uncertain: bool
    note: str | None
    sources: tuple[CitationRef, ...]


@dataclass(frozen=True, slots=True)
class DiplomaticInfo:
    """One event of the diplomatic relations of a pair of states."""

    parties: tuple[str, str]
    event: str
    date: str
    uncertain: bool
    note: str | None
    sources: tuple[CitationRef, ...]


@dataclass(slots=True)
class RelationsSnapshot:
    """Every relation record of the store, read once."""

    treaties: dict[str, TreatyInfo] = field(default_factory=dict)
    obligations: list[ObligationInfo] = field(default_factory=list)
    partnerships: dict[str, PartnershipInfo] = field(default_factory=dict)
    diplomatic: list[DiplomaticInfo] = field(default_factory=list)


Cite = Callable[[str], tuple["CitationRef", ...]]

_G = f"<{RELATIONS_GRAPH_IRI}>"
_MARKS = {"uncertain": "bg:uncertain", "note": "skos:note"}
"""What every treaty, event, obligation and partnership may carry."""


def _select(variables: str, pattern: str, optional: Mapping[str, str]) -> str:
    """A query over the relations graph: ``pattern``, then ``OPTIONAL { ?x predicate ?name }``
    for each ``name: predicate`` of ``optional``."""
    return SPARQL_PREFIXES + (
        f"\nSELECT {variables} WHERE {{ GRAPH {_G} {{\n{pattern}\n    "
        f"{optionals('?x', optional, ' ')}\n}} }}"
    )


_SOURCES = _select(
    "?x ?url ?tier ?quote ?accessed",
    """    ?x prov:wasDerivedFrom ?s . ?s dcterms:source ?url ; bg:tier ?tier ; bg:quote ?quote ;
       bg:accessed ?accessed .""",
    {},
)

_TREATIES = _select(
    """?x ?key ?title ?titleRu ?kind ?signed ?inForce ?ended ?reason ?term ?renewal ?replaces
       ?replacedBy ?page ?uncertain ?note""",
    """    ?x a bg:Treaty ; skos:notation ?key ; bg:instrumentKind ?kind ; dcterms:title ?title .
    FILTER (LANG(?title) = "en")
    OPTIONAL { ?x dcterms:title ?titleRu . FILTER (LANG(?titleRu) = "ru") }""",
    {
        "signed": "bg:signed",
        "inForce": "bg:inForce",
        "ended": "bg:ended",
        "reason": "bg:terminationReason",
        "term": "bg:termYears",
        "renewal": "bg:renewal",
        "replaces": "bg:replaces/skos:notation",
        "replacedBy": "bg:replacedBy/skos:notation",
        "page": "foaf:page",
        **_MARKS,
    },
)

_EVENTS = _select(
    "?x ?key ?party ?type ?date ?uncertain ?note",
    """    ?t a bg:Treaty ; skos:notation ?key ; bg:participation ?p .
    ?p bg:party ?party ; bg:event ?x . ?x bg:eventType ?type ; bg:date ?date .""",
    _MARKS,
)

_OBLIGATIONS = _select(
    "?x ?key ?promise ?article ?direction ?from ?to ?conditional ?condition ?uncertain ?note",
    """    ?x a bg:Obligation ; bg:treaty/skos:notation ?key ; bg:promise ?promise ;
       bg:direction ?direction ; bg:conditional ?conditional .""",
    {
        "article": "bg:article",
        "from": "bg:promisor",
        "to": "bg:promisee",
        "condition": "bg:condition",
        **_MARKS,
    },
)

_PARTNERSHIPS = _select(
    "?x ?key ?party ?label ?lang ?declared ?document ?replaces ?replacedBy ?uncertain ?note",
    """    ?x a bg:Partnership ; skos:notation ?key ; bg:party ?party ; bg:declaredLabel ?label ;
       bg:declared ?declared .
    BIND (LANG(?label) AS ?lang)""",
    {
        "document": "dcterms:title",
        "replaces": "bg:replaces/skos:notation",
        "replacedBy": "bg:replacedBy/skos:notation",
        **_MARKS,
    },
)

_DIPLOMATIC = _select(
    "?x ?r ?party ?type ?date ?uncertain ?note",
    """    ?r a bg:DiplomaticRelation ; bg:party ?party ; bg:event ?x .
    ?x bg:eventType ?type ; bg:date ?date .""",
    _MARKS,
)


def _tail(iri: str | None) -> str:
    return (iri or "").rsplit("/", 1)[-1]


def _flag(value: str | None) -> bool:
    return value in ("true", "1")


def read_relations(store: GraphStore) -> RelationsSnapshot:
    """Every treaty, obligation, partnership and diplomatic event in the store, with sources.

    Example:
        >>> from blocgraph.config import get_settings
        >>> from blocgraph.store import Store
        >>> snapshot = read_relations(Store.open(get_settings().store))  # doctest: +SKIP
        >>> snapshot.treaties["RUS-PRK-2024"].in_force                   # doctest: +SKIP
        '2024-12-04'
    """
    cited: dict[str, list[CitationRef]] = {}
    for row in store.select(_SOURCES):
        ref = CitationRef(
            str(row["url"]),
            str(row["tier"]).rsplit("/", 1)[-1],  # the tier concept's key
            str(row["quote"]),
            str(row["accessed"]),
        )
        refs = cited.setdefault(str(row["x"]), [])
        if ref not in refs:
            refs.append(ref)

    def sources(iri: str) -> tuple[CitationRef, ...]:
        return tuple(sorted(cited.get(iri, ()), key=lambda c: (c.tier != "official", c.url)))

    snapshot = RelationsSnapshot()
    for row in store.select(_TREATIES):
        snapshot.treaties[str(row["key"])] = _treaty(row, sources(str(row["x"])))
    for row in store.select(_EVENTS):
        treaty = snapshot.treaties.get(str(row["key"]))
        if treaty is None:
            continue
        events = treaty.events.setdefault(_tail(row["party"]), [])
        events.append(
            EventInfo(
                _tail(row["type"]),
                str(row["date"]),
                _flag(row["uncertain"]),
                row["note"],
                sources(str(row["x"])),
            )
        )
    for treaty in snapshot.treaties.values():
        for events in treaty.events.values():
            events.sort(key=lambda e: (e.date, e.event))
    snapshot.obligations = sorted(
        (_obligation(row, sources(str(row["x"]))) for row in store.select(_OBLIGATIONS)),
        key=lambda o: (o.treaty, o.promise, o.article or ""),
    )
    _partnerships(store.select(_PARTNERSHIPS), snapshot, sources)
    _diplomatic(store.select(_DIPLOMATIC), snapshot, sources)
    return snapshot


def _treaty(row: Row, sources: tuple[CitationRef, ...]) -> TreatyInfo:
    term = row["term"]
    return TreatyInfo(
        iri=str(row["x"]),
        key=str(row["key"]),
        title=str(row["title"]),
        title_ru=row["titleRu"],
        kind=str(row["kind"]),
        signed=row["signed"],
        in_force=row["inForce"],
        end=row["ended"],
        end_reason=row["reason"],
        term_years=int(term) if term else None,
        renewal=row["renewal"],
        replaces=row["replaces"],
        replaced_by=row["replacedBy"],
        text_url=row["page"],
        uncertain=_flag(row["uncertain"]),
        note=row["note"],
        sources=sources,
    )


def _obligation(row: Row, sources: tuple[CitationRef, ...]) -> ObligationInfo:
    return ObligationInfo(
        iri=str(row["x"]),
        treaty=str(row["key"]),
        promise=_tail(row["promise"]),
        article=row["article"],
        direction=str(row["direction"]),
        promisor=_tail(row["from"]) or None,
        promisee=_tail(row["to"]) or None,
        conditional=_flag(row["conditional"]),
        condition=row["condition"],
        uncertain=_flag(row["uncertain"]),
        note=row["note"],
        sources=sources,
    )


def _partnerships(rows: list[Row], snapshot: RelationsSnapshot, sources: Cite) -> None:
    parties: dict[str, list[str]] = {}
    first: dict[str, Row] = {}
    for row in rows:
        key = str(row["key"])
        first.setdefault(key, row)
        if (party := _tail(row["party"])) not in parties.setdefault(key, []):
            parties[key].append(party)
    for key, row in first.items():
        a, b = sorted(parties[key])[:2]
        snapshot.partnerships[key] = PartnershipInfo(
            iri=str(row["x"]),
            key=key,
            parties=(a, b),
            label=str(row["label"]),
            label_lang=str(row["lang"] or ""),
            declared=str(row["declared"]),
            document=row["document"],
            replaces=row["replaces"],
            replaced_by=row["replacedBy"],
            uncertain=_flag(row["uncertain"]),
            note=row["note"],
            sources=sources(str(row["x"])),
        )


def _diplomatic(rows: list[Row], snapshot: RelationsSnapshot, sources: Cite) -> None:
    parties: dict[str, set[str]] = {}
    first: dict[str, Row] = {}
    for row in rows:
        first.setdefault(str(row["x"]), row)
        parties.setdefault(str(row["x"]), set()).add(_tail(row["party"]))
    for iri, row in sorted(first.items(), key=lambda item: str(item[1]["date"])):
        pair = sorted(parties[iri])
        if len(pair) != 2:
            continue
        snapshot.diplomatic.append(
            DiplomaticInfo(
                (pair[0], pair[1]),
                _tail(row["type"]),
                str(row["date"]),
                _flag(row["uncertain"]),
                row["note"],
                sources(iri),
            )
        )


__all__ = [
    "LAYER",
    "CitationRef",
    "DiplomaticInfo",
    "EventInfo",
    "ObligationInfo",
    "PartnershipInfo",
    "RelationsSnapshot",
    "TreatyInfo",
    "read_relations",
]
