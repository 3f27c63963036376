"""Build the graph every other part reads: curated data + ontology → the store.

Example:
    >>> from blocgraph.config import get_settings
    >>> summary = build(get_settings())          # doctest: +SKIP
    >>> summary.counts["Membership"] > 1000      # doctest: +SKIP
    True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS

from blocgraph._store_caches import write_store_caches
from blocgraph.config import Settings
from blocgraph.extract import Extractor, UnreadableText, extraction_graph, input_files, read_text
from blocgraph.layers import layer_ntriples, read_layers
from blocgraph.reference import load_reference, load_relations, reference_graph, relations_graph
from blocgraph.store import Store, StoreError
from blocgraph.vocab import BG, ONTOLOGY_GRAPH, REFERENCE_GRAPH, RELATIONS_GRAPH, SEEDS_COLLECTION

_COUNTED = (
    "State",
    "Body",
    "Membership",
    "Source",
    "Region",
    "Continent",
    "Civilization",
    "CivilizationAssignment",
    "RegionPlacement",
    "Role",
    "Document",
    "Assertion",
    "Treaty",
    "Obligation",
    "Partnership",
    "CatalogueBody",
    "ObservedMembership",
)


@dataclass(frozen=True, slots=True)
class BuildSummary:
    """What a build wrote: where, how many triples, which graphs, how many things of each type."""

    store: Path
    triples: int
    graphs: list[str]
    counts: dict[str, int]
    skipped: list[str] = field(default_factory=list)
    """Seed files left out (not UTF-8 text), with the reason."""


def load_ontology(ontology_dir: Path) -> Graph:
    """The OWL ontology (``blocgraph.ttl``) as a graph."""
    return Graph().parse(ontology_dir / "blocgraph.ttl", format="turtle")


def build(settings: Settings) -> BuildSummary:
    """Check ``data/``, turn it and the ontology into named graphs, and replace the store.

    Parameters:
        settings: where the data, the ontology and the store are.

    Returns:
        A summary with counts by type.

    Raises:
        blocgraph.reference.DataError: the data has problems; the existing store is untouched.
    """
    records = load_reference(settings.data_dir)
    reference = reference_graph(records)
    relations = relations_graph(
        load_relations(settings.data_dir / "relations", records.states, records.bodies)
    )
    ontology = load_ontology(settings.ontology_dir)
    graphs = {
        str(REFERENCE_GRAPH): reference,
        str(RELATIONS_GRAPH): relations,
        str(ONTOLOGY_GRAPH): ontology,
    }
    seeds, skipped = seed_graphs(settings)
    graphs.update(seeds)
    # the Factbook and COW layers and the catalogue (data/layers/), each its own named graph
    layers = layer_ntriples(read_layers(settings.data_dir))
    store = Store.rebuild(
        settings.store, graphs, drop=_old_seed_graphs(settings.store), ntriples=layers
    )
    # the name index (one-off lookups), the membership index and the analytics' data (serve)
    write_store_caches(settings.store)
    summary = summarize(store)
    summary.skipped.extend(skipped)
    return summary


def seed_graphs(settings: Settings) -> tuple[dict[str, Graph], list[str]]:
    """One named graph per text in the seeds folder (document IRI → graph), and the files
    skipped because they are not UTF-8 text."""
    if not settings.seeds_dir.is_dir():
        return {}, []
    graphs: dict[str, Graph] = {}
    skipped: list[str] = []
    extractor = Extractor.from_data(settings.data_dir)
    for path in input_files([settings.seeds_dir]):
        try:
            text = read_text(path)
        except UnreadableText as error:
            skipped.append(f"{path}: {error}")
            continue
        relative = path.relative_to(settings.seeds_dir.parent).as_posix()
        graph = extraction_graph(extractor.extract(text, path=relative))
        graph.add((URIRef(str(graph.identifier)), DCTERMS.isPartOf, SEEDS_COLLECTION))
        graphs[str(graph.identifier)] = graph
    return graphs, skipped


def _old_seed_graphs(path: Path) -> set[str]:
    """Graphs an earlier build extracted from seeds (replaced, not kept, by a new build)."""
    if not (path / "CURRENT").is_file():
        return set()
    try:
        old = Store.open(path, read_only=True)
    except (StoreError, OSError):
        return set()
    marked = f"?d <{DCTERMS.isPartOf}> <{SEEDS_COLLECTION}>"
    rows = old.select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ {marked} }} }}")
    return {str(row["g"]) for row in rows}


def summarize(store: Store) -> BuildSummary:
    """Counts by type of what is in ``store``."""
    values = " ".join(f"<{BG[name]}>" for name in _COUNTED)
    rows = store.select(f"""
        SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE {{
            VALUES ?type {{ {values} }}
            ?s a ?type .
        }} GROUP BY ?type""")
    counts = dict.fromkeys(_COUNTED, 0)
    for row in rows:
        counts[str(row["type"]).rsplit("#", 1)[-1]] = int(row["n"] or 0)
    assert store.path is not None
    return BuildSummary(store.path, len(store), store.graph_names(), counts)
