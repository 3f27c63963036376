"""Build the graph every other part reads: curated data + ontology → the store.

Example:
    >>> from blocgraph.config import get_settings
    >>> summary = build(get_settings())          # doctest: +SKIP
    >>> summary.counts["Membership"] > 1000      # doctest: +SKIP
    True
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from blocgraph.config import Settings
from blocgraph.reference import load_reference, reference_graph
from blocgraph.store import Store
from blocgraph.vocab import BG, ONTOLOGY_GRAPH, REFERENCE_GRAPH

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
)


@dataclass(frozen=True, slots=True)
class BuildSummary:
    """What a build wrote: where, how many triples, which graphs, how many things of each type."""

    store: Path
    triples: int
    graphs: list[str]
    counts: dict[str, int]


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
    reference = reference_graph(load_reference(settings.data_dir))
    ontology = load_ontology(settings.ontology_dir)
    store = Store.rebuild(
        settings.store, {str(REFERENCE_GRAPH): reference, str(ONTOLOGY_GRAPH): ontology}
    )
    return summarize(store)


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
