"""The layers in the built store: own named graphs with provenance, every COW organisation."""

from __future__ import annotations

from blocgraph.build import BuildSummary
from blocgraph.lookup import NameIndex
from blocgraph.store import Store
from blocgraph.vocab import CATALOGUE_GRAPH, LAYER_GRAPHS, SPARQL_PREFIXES


def test_each_layer_is_its_own_named_graph(summary: BuildSummary) -> None:
    for iri in (CATALOGUE_GRAPH, *LAYER_GRAPHS.values()):
        assert str(iri) in summary.graphs
    assert summary.counts["ObservedMembership"] > 29_000
    assert summary.counts["CatalogueBody"] + summary.counts["Body"] >= 650


def test_the_store_holds_every_cow_organisation(store: Store) -> None:
    rows = store.select(SPARQL_PREFIXES + "SELECT (COUNT(DISTINCT ?n) AS ?c) { ?b bg:cowName ?n }")
    assert rows[0]["c"] == "534"


def test_observed_memberships_stay_in_their_layer_graph_with_a_source(store: Store) -> None:
    for layer, graph in LAYER_GRAPHS.items():
        if layer == "curated":
            continue
        rows = store.select(
            SPARQL_PREFIXES
            + f"""SELECT (COUNT(?m) AS ?all) (COUNT(?url) AS ?sourced) WHERE {{
                GRAPH <{graph}> {{ ?m a bg:ObservedMembership ; bg:layer ?l . }}
                OPTIONAL {{ ?m prov:wasDerivedFrom/dcterms:source ?url }} }}"""
        )
        assert int(str(rows[0]["all"])) > 10_000
        assert rows[0]["all"] == rows[0]["sourced"]
    # never a curated fact: no observed membership is a bg:Membership
    assert not store.ask(SPARQL_PREFIXES + "ASK { ?m a bg:ObservedMembership , bg:Membership }")
    assert store.ask(
        SPARQL_PREFIXES
        + """ASK { ?l skos:notation "cow-igo-v3" ;
                  dcterms:bibliographicCitation ?c FILTER CONTAINS(?c, "Pevehouse") }"""
    )


def test_catalogue_bodies_resolve_by_name_and_abbreviation(store: Store) -> None:
    names = NameIndex.from_store(store)
    assert names.resolve("CMEA").code == "CMEA"
    assert names.resolve("Council for Mutual Economic Assistance").code == "CMEA"
    assert names.resolve("Warsaw Pact").code == "WARSAWPACT"  # curated since 2026-12-06
    assert names.resolve("GEO").code == "GEO"  # Georgia keeps its code; GEO the body is EARTHOBS
    assert names.resolve("ШОС").code == "SCO"  # curated names unchanged
