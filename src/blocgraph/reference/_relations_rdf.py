"""Turn checked relations records into RDF: treaties with their parties' dated events, the
promises they contain, declared partnerships and diplomatic relations, each with its citations.

Dates keep their precision in their datatype: ``xsd:date`` for a day, ``xsd:gYearMonth`` for a
month, ``xsd:gYear`` for a year, so a value reads back exactly as the curator wrote it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from rdflib import XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, SKOS

from blocgraph._constants import PARTY_BODIES
from blocgraph._dates import PartialDate
from blocgraph.reference._relations_model import (
    Citation,
    DiplomaticEvent,
    Obligation,
    Partnership,
    RelationsData,
    Treaty,
    TreatyEvent,
)
from blocgraph.vocab import (
    BG,
    ID,
    body_iri,
    partnership_iri,
    party_iri,
    promise_iri,
    state_iri,
    tier_iri,
    treaty_iri,
    wikidata_iri,
)

_DATATYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}


def partial_date_literal(value: PartialDate) -> Literal:
    """``2024-12-04``^^xsd:date, ``2022-02``^^xsd:gYearMonth or ``1961``^^xsd:gYear."""
    return Literal(str(value), datatype=_DATATYPES[value.precision])


def citation_iri(citation: Citation) -> URIRef:
    """IRI of one quoted reading of a page (page, day read and sentence identify it)."""
    text = f"{citation.url}\n{citation.accessed.isoformat()}\n{citation.quote}"
    return ID[f"source/{hashlib.sha1(text.encode()).hexdigest()[:16]}"]


def relations_graph(data: RelationsData) -> Graph:
    """The RDF of the curated relations (the ``curated`` layer's relations graph).

    Parameters:
        data: records from :func:`blocgraph.reference.load_relations`.

    Returns:
        A graph ready to be stored as the named graph ``graph/relations``.

    Example:
        >>> from blocgraph.config import get_settings
        >>> from blocgraph.reference import load_reference, load_relations
        >>> s = get_settings()
        >>> ref = load_reference(s.data_dir)
        >>> g = relations_graph(load_relations(s.data_dir / "relations", ref.states, ref.bodies))
        >>> (treaty_iri("RUS-PRK-2024"), BG.replaces, treaty_iri("RUS-PRK-2000")) in g
        True
    """
    graph = Graph()
    graph.bind("bg", BG._NS)
    graph.bind("id", ID)
    for treaty in data.treaties.values():
        _add_treaty(graph, treaty)
    for event in data.events:
        _add_event(graph, event)
    for obligation in data.obligations:
        _add_obligation(graph, obligation)
    for partnership in data.partnerships.values():
        _add_partnership(graph, partnership)
    _add_diplomatic(graph, data.diplomatic)
    return graph


def _cite(graph: Graph, subject: URIRef, citations: Iterable[Citation]) -> None:
    for citation in citations:
        node = citation_iri(citation)
        graph.add((subject, PROV.wasDerivedFrom, node))
        graph.add((node, RDF.type, BG.Source))
        graph.add((node, DCTERMS.source, URIRef(citation.url)))
        graph.add((node, BG.accessed, Literal(citation.accessed.isoformat(), datatype=XSD.date)))
        graph.add((node, BG.tier, tier_iri(citation.tier)))
        graph.add((node, BG.quote, Literal(citation.quote)))


def _common(graph: Graph, node: URIRef, uncertain: bool, note: str | None) -> None:
    if uncertain:
        graph.add((node, BG.uncertain, Literal(True)))
    if note:
        graph.add((node, SKOS.note, Literal(note, lang="en")))


def _add_treaty(graph: Graph, treaty: Treaty) -> None:
    node = treaty_iri(treaty.key)
    graph.add((node, RDF.type, BG.Treaty))
    graph.add((node, SKOS.notation, Literal(treaty.key)))
    graph.add((node, DCTERMS.title, Literal(treaty.title_en, lang="en")))
    graph.add((node, SKOS.prefLabel, Literal(treaty.title_en, lang="en")))
    if treaty.title_ru:
        graph.add((node, DCTERMS.title, Literal(treaty.title_ru, lang="ru")))
        graph.add((node, SKOS.prefLabel, Literal(treaty.title_ru, lang="ru")))
    graph.add((node, BG.instrumentKind, Literal(treaty.kind)))
    for prop, value in (
        (BG.signed, treaty.signed),
        (BG.inForce, treaty.in_force),
        (BG.ended, treaty.end),
    ):
        if value is not None:
            graph.add((node, prop, partial_date_literal(value)))
    if treaty.end_reason:
        graph.add((node, BG.terminationReason, Literal(treaty.end_reason)))
    if treaty.term_years is not None:
        graph.add((node, BG.termYears, Literal(treaty.term_years)))
    if treaty.renewal:
        graph.add((node, BG.renewal, Literal(treaty.renewal, lang="en")))
    if treaty.replaces:
        graph.add((node, BG.replaces, treaty_iri(treaty.replaces)))
        graph.add((treaty_iri(treaty.replaces), BG.replacedBy, node))
    if treaty.text_url:
        graph.add((node, FOAF.page, URIRef(treaty.text_url)))
    if treaty.wikidata:
        graph.add((node, OWL.sameAs, wikidata_iri(treaty.wikidata)))
    _common(graph, node, treaty.uncertain, treaty.note)
    _cite(graph, node, treaty.sources)


def _add_event(graph: Graph, event: TreatyEvent) -> None:
    treaty, state = treaty_iri(event.treaty), state_iri(event.state)
    participation = ID[f"treaty/{event.treaty}/party/{event.state}"]
    node = ID[f"treaty/{event.treaty}/party/{event.state}/{event.event}/{event.date}"]
    graph.add((treaty, BG.party, state))
    graph.add((treaty, BG.participation, participation))
    graph.add((participation, RDF.type, BG.TreatyParticipation))
    graph.add((participation, BG.treaty, treaty))
    graph.add((participation, BG.party, state))
    graph.add((participation, BG.event, node))
    graph.add((node, RDF.type, BG.TreatyEvent))
    graph.add((node, BG.eventType, ID[f"treaty-event/{event.event}"]))
    graph.add((node, BG.date, partial_date_literal(event.date)))
    if event.event == "signed":
        graph.add((treaty, BG.signatory, state))
    elif event.event == "ratified":
        graph.add((treaty, BG.ratifiedBy, state))
    _common(graph, node, event.uncertain, event.note)
    _cite(graph, node, event.sources)


def _add_obligation(graph: Graph, obligation: Obligation) -> None:
    node = ID[f"obligation/{obligation.key}"]
    graph.add((node, RDF.type, BG.Obligation))
    graph.add((node, BG.treaty, treaty_iri(obligation.treaty)))
    graph.add((node, BG.promise, promise_iri(obligation.promise)))
    graph.add((node, BG.direction, Literal(obligation.direction)))
    if obligation.article:
        graph.add((node, BG.article, Literal(obligation.article)))
    if obligation.promisor and obligation.promisee:
        graph.add((node, BG.promisor, state_iri(obligation.promisor)))
        graph.add((node, BG.promisee, state_iri(obligation.promisee)))
    graph.add((node, BG.conditional, Literal(obligation.conditional)))
    if obligation.condition:
        graph.add((node, BG.condition, Literal(obligation.condition, lang="en")))
    _common(graph, node, obligation.uncertain, obligation.note)
    _cite(graph, node, obligation.sources)


def _add_partnership(graph: Graph, partnership: Partnership) -> None:
    node = partnership_iri(partnership.key)
    graph.add((node, RDF.type, BG.Partnership))
    graph.add((node, SKOS.notation, Literal(partnership.key)))
    for party in (partnership.state_a, partnership.state_b):
        graph.add((node, BG.party, party_iri(party)))
        if party in PARTY_BODIES:  # a body acting as a party in its own right
            graph.add((body_iri(party), RDF.type, BG.PartyBody))
    label = Literal(partnership.label, lang=partnership.label_lang)
    graph.add((node, BG.declaredLabel, label))
    graph.add((node, SKOS.prefLabel, label))
    graph.add((node, BG.declared, partial_date_literal(partnership.declared)))
    if partnership.document:
        graph.add((node, DCTERMS.title, Literal(partnership.document, lang="en")))
    if partnership.replaces:
        graph.add((node, BG.replaces, partnership_iri(partnership.replaces)))
        graph.add((partnership_iri(partnership.replaces), BG.replacedBy, node))
    _common(graph, node, partnership.uncertain, partnership.note)
    _cite(graph, node, partnership.sources)


def _add_diplomatic(graph: Graph, events: list[DiplomaticEvent]) -> None:
    latest: dict[tuple[str, str], DiplomaticEvent] = {}
    for event in events:
        pair = f"{event.state_a}-{event.state_b}"
        relation = ID[f"diplomatic/{pair}"]
        node = ID[f"diplomatic/{event.key}"]
        graph.add((relation, RDF.type, BG.DiplomaticRelation))
        graph.add((relation, BG.party, state_iri(event.state_a)))
        graph.add((relation, BG.party, state_iri(event.state_b)))
        graph.add((relation, BG.event, node))
        graph.add((node, RDF.type, BG.DiplomaticEvent))
        graph.add((node, BG.eventType, ID[f"diplomatic-event/{event.event}"]))
        graph.add((node, BG.date, partial_date_literal(event.date)))
        _common(graph, node, event.uncertain, event.note)
        _cite(graph, node, event.sources)
        key = (event.state_a, event.state_b)
        if key not in latest or latest[key].date.value <= event.date.value:
            latest[key] = event
    for (a, b), event in latest.items():
        if event.event != "severed":  # Wikidata P530: relations maintained today
            graph.add((state_iri(a), BG.diplomaticRelation, state_iri(b)))
            graph.add((state_iri(b), BG.diplomaticRelation, state_iri(a)))
