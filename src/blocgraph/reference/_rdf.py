"""Turn checked reference records into RDF (W3C ORG memberships, SKOS labels, PROV sources)."""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, SKOS

from blocgraph._dates import PartialDate
from blocgraph.reference._model import (
    Body,
    CivilizationAssignment,
    Membership,
    Placement,
    ReferenceData,
    Region,
    Source,
    State,
)
from blocgraph.vocab import (
    BG,
    ID,
    ORG,
    body_iri,
    civilization_iri,
    kind_iri,
    membership_iri,
    region_iri,
    role_iri,
    scheme_iri,
    source_iri,
    state_iri,
    status_iri,
    tier_iri,
    wikidata_iri,
)


def reference_graph(ref: ReferenceData) -> Graph:
    """The RDF of the curated data: regions, states, bodies, memberships, civilizations.

    Parameters:
        ref: records from :func:`blocgraph.reference.load_reference`.

    Returns:
        A graph with prefixes bound, ready to be stored as the reference named graph.

    Example:
        >>> from blocgraph.reference import load_reference
        >>> from blocgraph.config import get_settings
        >>> g = reference_graph(load_reference(get_settings().data_dir))
        >>> (state_iri("RUS"), BG.iso3, Literal("RUS")) in g
        True
    """
    graph = Graph()
    for prefix, ns in (
        ("bg", BG._NS),
        ("id", ID),
        ("org", ORG),
        ("skos", SKOS),
        ("prov", PROV),
        ("dcterms", DCTERMS),
        ("owl", OWL),
        ("foaf", FOAF),
    ):
        graph.bind(prefix, ns)
    for region in ref.regions.values():
        _add_region(graph, region)
    for state in ref.states.values():
        _add_state(graph, state, ref)
    for placement in ref.placements:
        _add_placement(graph, placement)
    for body in ref.bodies.values():
        _add_body(graph, body, ref)
    for membership in ref.memberships:
        _add_membership(graph, membership, ref)
    _add_civilizations(graph, ref)
    return graph


def _date(value: PartialDate) -> Literal:
    return Literal(value.value.isoformat(), datatype=XSD.date)


def _add_sources(graph: Graph, subject: URIRef, sources: Iterable[Source]) -> None:
    for source in sources:
        node = source_iri(source.url, source.accessed.isoformat(), source.quote)
        graph.add((subject, PROV.wasDerivedFrom, node))
        graph.add((node, RDF.type, BG.Source))
        graph.add((node, DCTERMS.source, URIRef(source.url)))
        graph.add((node, BG.accessed, Literal(source.accessed.isoformat(), datatype=XSD.date)))
        graph.add((node, BG.tier, tier_iri(source.tier)))
        if source.quote:
            graph.add((node, BG.quote, Literal(source.quote)))
        if source.publisher:
            graph.add((node, DCTERMS.publisher, Literal(source.publisher)))


def _add_labels(
    graph: Graph, subject: URIRef, names: dict[str, str], aliases: dict[str, tuple[str, ...]]
) -> None:
    for lang, name in names.items():
        graph.add((subject, SKOS.prefLabel, Literal(name, lang=lang)))
    for lang, values in aliases.items():
        for alias in values:
            graph.add((subject, SKOS.altLabel, Literal(alias, lang=lang)))


def _add_region(graph: Graph, region: Region) -> None:
    node = region_iri(region.code)
    graph.add((node, RDF.type, BG.Continent if region.level == "region" else BG.Region))
    graph.add((node, BG.m49Code, Literal(region.code)))
    graph.add((node, SKOS.notation, Literal(region.code)))
    graph.add((node, SKOS.prefLabel, Literal(region.name_en, lang="en")))
    graph.add((node, SKOS.prefLabel, Literal(region.name_ru, lang="ru")))
    if region.parent:
        graph.add((node, SKOS.broader, region_iri(region.parent)))
    _add_sources(graph, node, region.sources)


def _add_state(graph: Graph, state: State, ref: ReferenceData) -> None:
    node = state_iri(state.iso3)
    graph.add((node, RDF.type, BG.State))
    graph.add((node, BG.iso3, Literal(state.iso3)))
    if state.iso2:
        graph.add((node, BG.iso2, Literal(state.iso2)))
    if state.numeric:
        graph.add((node, BG.isoNumeric, Literal(state.numeric)))
    graph.add((node, SKOS.notation, Literal(state.iso3)))
    _add_labels(graph, node, state.names, state.aliases)
    graph.add((node, BG.status, status_iri(state.status)))
    for code in state.regions:
        graph.add((node, BG.locatedIn, region_iri(code)))
    if state.wikidata:
        graph.add((node, OWL.sameAs, wikidata_iri(state.wikidata)))
    if state.note:
        graph.add((node, SKOS.note, Literal(state.note, lang="en")))


def _add_placement(graph: Graph, placement: Placement) -> None:
    state = state_iri(placement.state)
    region = region_iri(placement.continent)
    node = ID[f"placement/{placement.state}/{placement.continent}"]
    graph.add((state, BG.alsoLocatedIn, region))
    graph.add((state, BG.qualifiedPlacement, node))
    graph.add((node, RDF.type, BG.RegionPlacement))
    graph.add((node, BG.region, region))
    graph.add((node, BG.basis, Literal(placement.basis, lang="en")))
    if placement.note:
        graph.add((node, SKOS.note, Literal(placement.note, lang="en")))
    _add_sources(graph, node, placement.sources)


def _add_body(graph: Graph, body: Body, ref: ReferenceData) -> None:
    node = body_iri(body.key)
    graph.add((node, RDF.type, BG.Body))
    graph.add((node, BG.key, Literal(body.key)))
    graph.add((node, SKOS.notation, Literal(body.key)))
    _add_labels(graph, node, body.names, body.aliases)
    graph.add((node, BG.kind, kind_iri(body.kind)))
    graph.add((node, BG.founded, _date(body.founded)))
    if body.dissolved:
        graph.add((node, BG.dissolved, _date(body.dissolved)))
    if body.seat_city:
        graph.add((node, BG.seatCity, Literal(body.seat_city, lang="en")))
    if body.seat_country:
        graph.add((node, BG.seatCountry, state_iri(body.seat_country)))
    if body.wikidata:
        graph.add((node, OWL.sameAs, wikidata_iri(body.wikidata)))
    if body.website:
        graph.add((node, FOAF.homepage, URIRef(body.website)))
    if body.note:
        graph.add((node, SKOS.note, Literal(body.note, lang="en")))
    _add_sources(graph, node, body.sources)


def _member_iri(code: str, ref: ReferenceData) -> URIRef:
    return body_iri(code) if code in ref.bodies else state_iri(code)


def _add_membership(graph: Graph, membership: Membership, ref: ReferenceData) -> None:
    node = membership_iri(
        membership.body, membership.member, membership.role, str(membership.start)
    )
    graph.add((node, RDF.type, BG.Membership))
    graph.add((node, ORG.member, _member_iri(membership.member, ref)))
    graph.add((node, ORG.organization, body_iri(membership.body)))
    graph.add((node, ORG.role, role_iri(membership.role)))
    graph.add((node, BG.startDate, _date(membership.start)))
    if membership.start.precision != "day":
        graph.add((node, BG.startPrecision, Literal(membership.start.precision)))
    if membership.end:
        graph.add((node, BG.endDate, _date(membership.end)))
        if membership.end.precision != "day":
            graph.add((node, BG.endPrecision, Literal(membership.end.precision)))
    if membership.end_reason:
        graph.add((node, BG.endReason, Literal(membership.end_reason)))
    if membership.uncertain:
        graph.add((node, BG.uncertain, Literal(True)))
    if membership.note:
        graph.add((node, SKOS.note, Literal(membership.note, lang="en")))
    _add_sources(graph, node, membership.sources)


def _add_civilizations(graph: Graph, ref: ReferenceData) -> None:
    for scheme in ref.schemes.values():
        node = scheme_iri(scheme.key)
        graph.add((node, RDF.type, BG.CivilizationScheme))
        graph.add((node, SKOS.prefLabel, Literal(f"{scheme.author} {scheme.year}", lang="en")))
        graph.add((node, DCTERMS.title, Literal(scheme.title, lang="en")))
        graph.add((node, DCTERMS.creator, Literal(scheme.author)))
        graph.add((node, DCTERMS.issued, Literal(str(scheme.year), datatype=XSD.gYear)))
        graph.add((node, DCTERMS.bibliographicCitation, Literal(scheme.citation)))
        if scheme.note:
            graph.add((node, SKOS.note, Literal(scheme.note, lang="en")))
        _add_sources(graph, node, scheme.sources)
    for (scheme_key, key), (name_en, name_ru, definition) in ref.civilization_names.items():
        node = civilization_iri(scheme_key, key)
        graph.add((node, RDF.type, BG.Civilization))
        graph.add((node, SKOS.inScheme, scheme_iri(scheme_key)))
        graph.add((node, SKOS.notation, Literal(key)))
        graph.add((node, SKOS.prefLabel, Literal(name_en, lang="en")))
        graph.add((node, SKOS.prefLabel, Literal(name_ru, lang="ru")))
        if definition:
            graph.add((node, SKOS.definition, Literal(definition, lang="en")))
    for claim in ref.civilizations:
        _add_assignment(graph, claim)


def _add_assignment(graph: Graph, claim: CivilizationAssignment) -> None:
    node = ID[f"civilization-assignment/{claim.scheme}/{claim.state}"]
    graph.add((node, RDF.type, BG.CivilizationAssignment))
    graph.add((node, BG.state, state_iri(claim.state)))
    graph.add((node, BG.civilization, civilization_iri(claim.scheme, claim.civilization)))
    if claim.uncertain:
        graph.add((node, BG.uncertain, Literal(True)))
    if claim.note:
        graph.add((node, SKOS.note, Literal(claim.note, lang="en")))
    _add_sources(graph, node, claim.sources)
