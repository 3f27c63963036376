"""SHACL: the built graph conforms; broken graphs are reported readably."""

from __future__ import annotations

from rdflib import XSD, Graph, Literal, URIRef
from rdflib.namespace import RDF

from blocgraph.config import Settings
from blocgraph.store import Store
from blocgraph.validate import validate, validate_graph
from blocgraph.vocab import BG, ORG, body_iri, role_iri, state_iri
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
