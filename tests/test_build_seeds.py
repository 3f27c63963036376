"""The build extracts every text in seeds/ into a named graph of the store: the seed's assertions
are queryable with SPARQL, a rebuild replaces the old seed graphs instead of keeping them, and
graphs an analyst loaded survive."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, Node, URIRef
from rdflib.namespace import DCTERMS, XSD

from blocgraph.build import BuildSummary, build
from blocgraph.config import PROJECT_ROOT, Settings
from blocgraph.extract._model import document_iri
from blocgraph.store import Store
from blocgraph.validate import validate_graph
from blocgraph.vocab import (
    CATALOGUE_GRAPH,
    LAYER_GRAPHS,
    ONTOLOGY_GRAPH,
    REFERENCE_GRAPH,
    RELATIONS_GRAPH,
    SEEDS_COLLECTION,
    SPARQL_PREFIXES,
)
from tests.conftest import DATA_DIR, ONTOLOGY_DIR

BUILT = {
    str(REFERENCE_GRAPH),
    str(ONTOLOGY_GRAPH),
    str(RELATIONS_GRAPH),
    str(CATALOGUE_GRAPH),
    *(str(g) for g in LAYER_GRAPHS.values()),
}
"""What every build writes besides the seeds' graphs."""

SEED = PROJECT_ROOT / "seeds" / "lavrov-2026-01-20.txt"
SHAPES = ONTOLOGY_DIR / "shapes.ttl"
SEED_GRAPHS = f"""{SPARQL_PREFIXES}
SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?d dcterms:isPartOf <{SEEDS_COLLECTION}> }} }}"""

FIRST = "# date: 2024-01-01\nIran joined the SCO in 2023. Kazakhstan is a member of the EAEU.\n"
SECOND = "# date: 2025-01-01\nMongolia is an observer of the SCO.\n"


def seed_graphs(store: Store) -> set[str]:
    return {str(row["g"]) for row in store.select(SEED_GRAPHS)}


def graph_of(store: Store, iri: str) -> Graph:
    data = store.construct(
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}", "text/turtle"
    )
    return Graph().parse(data=data, format="turtle")


def blocgraph(*args: str, store: Path, seeds: Path) -> subprocess.CompletedProcess[str]:
    """The command line with its own store and seeds folder (environment, as an operator)."""
    env = {
        **os.environ,
        "BLOCGRAPH_STORE": str(store),
        "BLOCGRAPH_SEEDS_DIR": str(seeds),
        "BLOCGRAPH_DATA_DIR": str(DATA_DIR),
        "BLOCGRAPH_ONTOLOGY_DIR": str(ONTOLOGY_DIR),
    }
    return subprocess.run(
        [sys.executable, "-m", "blocgraph.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


# --- the default build: the repository's seed --------------------------------------------------


def test_the_seed_is_a_named_graph_of_the_build(summary: BuildSummary, store: Store) -> None:
    iri = document_iri(SEED.read_text(encoding="utf-8"))
    assert seed_graphs(store) == {iri}
    assert set(summary.graphs) == {*BUILT, iri}
    assert summary.counts["Document"] == 1
    assert summary.counts["Assertion"] > 0


def test_sparql_finds_the_seeds_cooperation_assertions(store: Store) -> None:
    iri = document_iri(SEED.read_text(encoding="utf-8"))
    rows = store.select(f"""{SPARQL_PREFIXES}
        SELECT ?body ?by ?sentence ?start WHERE {{
            GRAPH <{iri}> {{
                ?a a bg:Assertion ;
                   bg:assertedSubject <https://w3id.org/blocgraph/id/state/RUS> ;
                   bg:assertedPredicate bg:cooperatesWith ;
                   bg:assertedObject ?b ;
                   bg:assertedBy ?by ;
                   bg:inDocument <{iri}> ;
                   bg:sentence ?sentence ;
                   bg:charStart ?start .
            }}
            ?b bg:key ?body .   # the object is the reference graph's own body
        }}""")
    assert {r["body"] for r in rows} >= {"CIS", "EAEU", "CSTO", "SCO"}
    assert all("CSTO" in str(r["sentence"]) for r in rows if r["body"] == "CSTO")


def test_the_seed_document_has_its_header_and_path(store: Store) -> None:
    iri = document_iri(SEED.read_text(encoding="utf-8"))
    rows = store.select(f"""{SPARQL_PREFIXES}
        SELECT ?date ?source ?path WHERE {{ GRAPH <{iri}> {{
            <{iri}> a bg:Document ; dcterms:source ?source ; dcterms:identifier ?path .
            OPTIONAL {{ <{iri}> dcterms:date ?date }}
        }} }}""")
    assert len(rows) == 1
    assert str(rows[0]["source"]).startswith("https://eir.news/")
    assert rows[0]["path"] == "seeds/lavrov-2026-01-20.txt"
    assert rows[0]["date"] == "2026-01-20"


def test_stored_assertions_conform_to_the_shapes(store: Store) -> None:
    # offsets as the store gives them back (AssertionShape: charStart/charEnd)
    iri = document_iri(SEED.read_text(encoding="utf-8"))
    violations = validate_graph(graph_of(store, iri), SHAPES)
    assert [v for v in violations if v.focus.startswith(iri)] == []


def test_the_seed_graph_conforms_to_the_shapes(store: Store) -> None:
    iri = document_iri(SEED.read_text(encoding="utf-8"))
    assert validate_graph(graph_of(store, iri), SHAPES) == []


# --- rebuilds with a seeds folder of one's own ------------------------------------------------


def test_rebuild_replaces_seed_graphs_and_keeps_loaded_ones(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    store = tmp_path / "store"
    text = seeds / "news.txt"
    text.write_text(FIRST, encoding="utf-8")
    first = blocgraph("build", store=store, seeds=seeds)
    assert first.returncode == 0, first.stderr
    assert document_iri(FIRST) in first.stdout

    # an analyst's own graph, and an extraction of another text loaded by hand
    mine = tmp_path / "mine.ttl"
    mine.write_text('<https://example.org/s> <https://example.org/p> "kept" .\n', "utf-8")
    loaded = blocgraph(
        "load", str(mine), "--graph", "https://example.org/mine", store=store, seeds=seeds
    )
    assert loaded.returncode == 0, loaded.stderr
    other = tmp_path / "other.txt"
    other.write_text("Belarus joined the SCO in 2024.\n", encoding="utf-8")
    trig = tmp_path / "other.trig"
    extracted = blocgraph("extract", str(other), "--out", str(trig), store=store, seeds=seeds)
    assert extracted.returncode == 0, extracted.stderr
    assert blocgraph("load", str(trig), store=store, seeds=seeds).returncode == 0

    text.write_text(SECOND, encoding="utf-8")
    second = blocgraph("build", store=store, seeds=seeds)
    assert second.returncode == 0, second.stderr

    built = Store.open(store)
    assert seed_graphs(built) == {document_iri(SECOND)}
    names = set(built.graph_names())
    assert document_iri(FIRST) not in names
    assert {"https://example.org/mine", document_iri("Belarus joined the SCO in 2024.\n")} <= names
    # the default graph (the union) forgot the old seed too
    assert not built.ask(f"ASK {{ <{document_iri(FIRST)}> ?p ?o }}")
    assert built.ask(f"ASK {{ <{document_iri(SECOND)}> ?p ?o }}")
    assert built.ask('ASK { <https://example.org/s> <https://example.org/p> "kept" }')


def test_rebuild_with_the_same_seeds_is_idempotent(settings: Settings, tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(FIRST, encoding="utf-8")
    (seeds / "b.txt").write_text(SECOND, encoding="utf-8")
    ours = settings.model_copy(update={"store": tmp_path / "store", "seeds_dir": seeds})
    first = build(ours)
    second = build(ours)
    assert first.triples == second.triples
    assert first.graphs == second.graphs
    assert seed_graphs(Store.open(second.store)) == {document_iri(FIRST), document_iri(SECOND)}


def test_removed_seeds_leave_no_graph(settings: Settings, tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(FIRST, encoding="utf-8")
    ours = settings.model_copy(update={"store": tmp_path / "store", "seeds_dir": seeds})
    build(ours)
    (seeds / "a.txt").unlink()
    summary = build(ours)
    assert seed_graphs(Store.open(summary.store)) == set()
    assert summary.counts["Document"] == 0
    assert summary.counts["Assertion"] == 0


def test_no_seeds_folder_builds_the_reference_alone(settings: Settings, tmp_path: Path) -> None:
    ours = settings.model_copy(
        update={"store": tmp_path / "store", "seeds_dir": tmp_path / "no-seeds"}
    )
    summary = build(ours)
    assert summary.graphs == sorted(BUILT)
    assert summary.skipped == []


def test_unreadable_seed_is_skipped_with_a_warning(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    (seeds / "sub").mkdir(parents=True)
    (seeds / "sub" / "a.txt").write_text(FIRST, encoding="utf-8")
    (seeds / "scan.pdf").write_bytes(b"%PDF\x00\x01")
    (seeds / ".notes.txt").write_text(SECOND, encoding="utf-8")  # hidden: not a seed
    result = blocgraph("build", store=tmp_path / "store", seeds=seeds)
    assert result.returncode == 0, result.stderr
    assert "seed skipped" in result.stderr
    assert "scan.pdf" in result.stderr
    assert seed_graphs(Store.open(tmp_path / "store")) == {document_iri(FIRST)}


def test_seed_path_is_relative_to_the_seeds_parent(settings: Settings, tmp_path: Path) -> None:
    seeds = tmp_path / "texts"
    seeds.mkdir()
    (seeds / "a.txt").write_text(FIRST, encoding="utf-8")
    summary = build(settings.model_copy(update={"store": tmp_path / "store", "seeds_dir": seeds}))
    doc = document_iri(FIRST)
    rows = Store.open(summary.store).select(
        f"{SPARQL_PREFIXES} SELECT ?path WHERE {{ <{doc}> dcterms:identifier ?path }}"
    )
    assert [r["path"] for r in rows] == ["texts/a.txt"]


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_extract_output_of_a_seed_loads_into_its_graph(
    fmt: str, settings: Settings, tmp_path: Path
) -> None:
    # what `blocgraph extract` prints for a seed is what the build stores for it
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(FIRST, encoding="utf-8")
    summary = build(settings.model_copy(update={"store": tmp_path / "store", "seeds_dir": seeds}))
    stored = graph_of(Store.open(summary.store), document_iri(FIRST))
    result = blocgraph(
        "extract", str(seeds / "a.txt"), "--format", fmt, store=tmp_path / "store", seeds=seeds
    )
    assert result.returncode == 0, result.stderr
    printed = Dataset().parse(data=result.stdout, format=fmt).graph(URIRef(document_iri(FIRST)))
    # the build adds the seeds collection; the CLI names the path as given
    ignore = {DCTERMS.isPartOf, DCTERMS.identifier}
    assert canonical(stored, ignore) == canonical(printed, ignore)


def canonical(graph: Graph, ignore: set[URIRef]) -> set[tuple[Node, Node, Node]]:
    """The triples, with integers of derived types written as xsd:integer (Oxigraph stores
    xsd:nonNegativeInteger so: that difference is the shapes' business, not this test's)."""

    def term(node: Node) -> Node:
        if isinstance(node, Literal) and node.datatype == XSD.nonNegativeInteger:
            return Literal(str(node), datatype=XSD.integer)
        return node

    return {(s, p, term(o)) for s, p, o in graph if p not in ignore}
