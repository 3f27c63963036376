"""SHACL: the built graph conforms; broken graphs are reported readably."""

from __future__ import annotations

from rdflib import XSD, Graph, Literal, URIRef
from rdflib.namespace import RDF

from blocgraph.config import Settings
from blocgraph.store import Store
from blocgraph.validate import validate, validate_graph
from blocgraph.vocab import BG, ORG, body_iri, partnership_iri, role_iri, state_iri
from tests.conftest import ONTOLOGY_DIR, run_cli

SHAPES = ONTOLOGY_DIR / "shapes.ttl"


def test_built_graph_conforms(store: Store) -> None:
    assert validate(store, SHAPES) == []


def _broken_membership(store: Store) -> Graph:
    graph = store.to_graph()
    node = URIRef("https://w3id.org/blocgraph/id/membership/TEST")
    graph.add((node, RDF.type, BG.Membership))
    graph.add((node, ORG.member, state_iri("RUS")))
    graph.add((node, ORG.member, state_iri("CHN")))
    graph.add((node, ORG.organization, body_iri("SCO")))
    graph.add((node, ORG.role, role_iri("member")))
    graph.add((node, BG.startDate, Literal("2020-01-01", datatype=XSD.date)))
    graph.add((node, BG.endDate, Literal("2019-01-01", datatype=XSD.date)))
    return graph


def test_broken_membership_is_reported(store: Store) -> None:
    violations = validate_graph(_broken_membership(store), SHAPES)
    messages = {v.message for v in violations if v.focus.endswith("/TEST")}
    assert "a membership has at least one source" in messages
    assert "a membership has exactly one member, a State or a Body" in messages
    assert "a membership ends after it starts" in messages


def test_cli_validate_exits_zero_on_built_store(summary: object, settings: Settings) -> None:
    result = run_cli("validate", store=settings.store)
    assert result.returncode == 0, result.stderr
    assert "conforms" in result.stdout


def test_a_partnership_of_a_body_not_admitted_is_reported(store: Store) -> None:
    """The EU's partnerships conform (it is a bg:PartyBody); a body that is not one is not a
    party of a declared partnership."""
    graph = store.to_graph()
    assert (partnership_iri("CHN-EU-2003"), BG.party, body_iri("EU")) in graph
    node = partnership_iri("CHN-NATO-2020")
    graph.add((node, RDF.type, BG.Partnership))
    graph.add((node, BG.party, state_iri("CHN")))
    graph.add((node, BG.party, body_iri("NATO")))
    graph.add((node, BG.declaredLabel, Literal("strategic partnership", lang="en")))
    graph.add((node, BG.declared, Literal("2020", datatype=XSD.gYear)))
    violations = validate_graph(graph, SHAPES)
    messages = {v.message for v in violations if v.focus.endswith("/CHN-NATO-2020")}
    assert any("each a State or a body admitted as a party" in m for m in messages)
    assert not [v for v in violations if "CHN-EU-2003" in v.focus]
