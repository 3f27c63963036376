"""Lists of states and bodies, and what the graph says about one IRI (for linked data)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pyoxigraph as ox

from blocgraph._constants import SPARQL_PREFIXES
from blocgraph.store import GraphStore

_STATES = (
    SPARQL_PREFIXES
    + """
SELECT ?iri ?iso3 ?iso2 ?name ?status ?wikidata ?region WHERE {
    ?iri a bg:State ; bg:iso3 ?iso3 ; skos:prefLabel ?name ; bg:status/skos:notation ?status .
    FILTER (lang(?name) = "en")
    OPTIONAL { ?iri bg:iso2 ?iso2 }
    OPTIONAL { ?iri owl:sameAs ?wikidata }
    OPTIONAL { ?iri bg:locatedIn ?r . ?r a bg:Continent ; skos:prefLabel ?region .
               FILTER (lang(?region) = "en") }
} ORDER BY ?iso3"""
)

_BODIES = (
    SPARQL_PREFIXES
    + """
SELECT ?iri ?key ?name ?name_ru ?kind ?founded ?seat ?wikidata ?homepage WHERE {
    ?iri a bg:Body ; bg:key ?key ; skos:prefLabel ?name ; bg:kind/skos:notation ?kind ;
         bg:founded ?founded .
    FILTER (lang(?name) = "en")
    OPTIONAL { ?iri skos:prefLabel ?name_ru FILTER (lang(?name_ru) = "ru") }
    OPTIONAL { ?iri bg:seatCountry/bg:iso3 ?seat }
    OPTIONAL { ?iri owl:sameAs ?wikidata }
    OPTIONAL { ?iri foaf:homepage ?homepage }
} ORDER BY ?key"""
)

_IRI = re.compile(r"^[^<>\"{}|^`\\\x00-\x20]+$")


@dataclass(frozen=True, slots=True)
class StateSummary:
    """A state in the catalogue."""

    iso3: str
    iso2: str | None
    name: str
    status: str
    continent: str | None
    wikidata: str | None
    iri: str


@dataclass(frozen=True, slots=True)
class BodySummary:
    """A body in the catalogue."""

    key: str
    name: str
    name_ru: str | None
    kind: str
    founded: str
    seat_country: str | None
    wikidata: str | None
    homepage: str | None
    iri: str


def list_states(store: GraphStore) -> list[StateSummary]:
    """Every state and other member entity, by ISO3 (one continent each: the M49 region)."""
    seen: dict[str, StateSummary] = {}
    for row in store.select(_STATES):
        code = str(row["iso3"])
        if code not in seen:
            seen[code] = StateSummary(
                code,
                row["iso2"],
                str(row["name"]),
                str(row["status"]),
                row["region"],
                row["wikidata"],
                str(row["iri"]),
            )
    return list(seen.values())


def list_bodies(store: GraphStore) -> list[BodySummary]:
    """Every body, by key."""
    seen: dict[str, BodySummary] = {}
    for row in store.select(_BODIES):
        key = str(row["key"])
        if key not in seen:
            seen[key] = BodySummary(
                key,
                str(row["name"]),
                row["name_ru"],
                str(row["kind"]),
                str(row["founded"]),
                row["seat"],
                row["wikidata"],
                row["homepage"],
                str(row["iri"]),
            )
    return list(seen.values())


@dataclass(slots=True)
class Description:
    """What the graph says about one resource: its statements, and who points at it."""

    iri: str
    label: str | None = None
    outgoing: list[tuple[str, str, str]] = field(default_factory=list)
    """(predicate, object value, object kind: iri | literal | bnode)"""
    incoming: list[tuple[str, str]] = field(default_factory=list)
    """(subject, predicate)"""
    labels: dict[str, str] = field(default_factory=dict)


def describe_query(iri: str) -> str:
    """A CONSTRUCT of the resource's own statements (for Turtle, JSON-LD …), with those of its
    hash IRIs derived from it (an extracted document's ``#s0`` assertions, ``#m4-10``
    mentions), which a client dereferences through the document's IRI."""
    _check_iri(iri)
    return f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{
        {{ BIND (<{iri}> AS ?s) ?s ?p ?o }}
        UNION
        {{ ?s <http://www.w3.org/ns/prov#wasDerivedFrom> <{iri}> ; ?p ?o
           FILTER (STRSTARTS(STR(?s), "{iri}#")) }}
    }}"""


def _check_iri(iri: str) -> None:
    if not _IRI.match(iri):
        raise ValueError(f"not an IRI: {iri!r}")
    try:
        ox.NamedNode(iri)
    except ValueError:
        raise ValueError(f"not an IRI: {iri!r}") from None


def describe(store: GraphStore, iri: str, incoming_limit: int = 500) -> Description:
    """The resource's statements, the resources pointing at it, and English labels of both."""
    _check_iri(iri)
    found = Description(iri)
    for row in store.select(f"""SELECT ?p ?o (isIRI(?o) AS ?isIri) (isBlank(?o) AS ?isBlank)
                                WHERE {{ <{iri}> ?p ?o }} ORDER BY ?p ?o"""):
        kind = (
            "iri" if row["isIri"] == "true" else "bnode" if row["isBlank"] == "true" else "literal"
        )
        found.outgoing.append((str(row["p"]), str(row["o"]), kind))
    for row in store.select(f"""SELECT ?s ?p WHERE {{ ?s ?p <{iri}> }}
                                ORDER BY ?p ?s LIMIT {incoming_limit}"""):
        found.incoming.append((str(row["s"]), str(row["p"])))
    linked = (
        {iri} | {o for _, o, k in found.outgoing if k == "iri"} | {s for s, _ in found.incoming}
    )
    values = " ".join(f"<{x}>" for x in sorted(linked) if _IRI.match(x))
    for row in store.select(
        SPARQL_PREFIXES
        + f"""SELECT ?x ?label WHERE {{
            VALUES ?x {{ {values} }}
            ?x skos:prefLabel ?label FILTER (langMatches(lang(?label), "en")) }}"""
    ):
        found.labels.setdefault(str(row["x"]), str(row["label"]))
    found.label = found.labels.get(iri)
    return found
