"""SHACL validation of the built graph against ``ontology/shapes.ttl`` (pySHACL).

Example:
    >>> from blocgraph.config import get_settings
    >>> from blocgraph.store import Store
    >>> s = get_settings()
    >>> validate(Store.open(s.store), s.ontology_dir / "shapes.ttl")   # doctest: +SKIP
    []
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph, Node
from rdflib.namespace import SH

from blocgraph.store import Store
from blocgraph.vocab import LAYER_GRAPHS, SPARQL_PREFIXES


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result: which node, which property, what is wrong."""

    severity: str
    focus: str
    path: str | None
    value: str | None
    message: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" (value: {self.value})" if self.value else ""
        return f"[{self.severity}] {self.focus}{where}: {self.message}{value}"


def validate_graph(data: Graph, shapes_path: Path) -> list[Violation]:
    """SHACL results of ``data`` against the shapes file, sorted; empty when it conforms."""
    shapes = Graph().parse(shapes_path, format="turtle")
    _conforms, results, _text = shacl_validate(
        data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True
    )
    assert isinstance(results, Graph)
    return sorted(_violations(results), key=lambda v: (v.focus, v.path or "", v.message))


def validate(store: Store, shapes_path: Path) -> list[Violation]:
    """SHACL results of everything in ``store`` against the shapes file.

    Of the Factbook and COW layer graphs only their sources are read: no shape targets an
    observed membership (checked by ``tests/layers``), and parsing their ~260,000 triples into
    rdflib would multiply the time by four for the same results.
    """
    graph = Graph()
    skipped = {str(g) for key, g in LAYER_GRAPHS.items() if key != "curated"}
    for name in store.graph_names():
        if name in skipped:
            continue
        graph.parse(
            data=store.construct(
                f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}",
                "application/n-triples",
            ),
            format="nt",
        )
    sources = f"""{SPARQL_PREFIXES} CONSTRUCT {{ ?s ?p ?o }} WHERE {{
        VALUES ?g {{ {" ".join(f"<{g}>" for g in sorted(skipped))} }}
        GRAPH ?g {{ ?s a bg:Source ; ?p ?o }} }}"""
    graph.parse(data=store.construct(sources, "application/n-triples"), format="nt")
    return validate_graph(graph, shapes_path)


def _violations(results: Graph) -> list[Violation]:
    out = []
    for result in results.subjects(SH.resultSeverity, None):

        def one(predicate: Node, node: Node = result) -> str | None:
            value = results.value(node, predicate)
            return None if value is None else str(value)

        severity = (one(SH.resultSeverity) or "").rsplit("#", 1)[-1]
        out.append(
            Violation(
                severity,
                one(SH.focusNode) or "?",
                one(SH.resultPath),
                one(SH.value),
                one(SH.resultMessage) or "constraint not met",
            )
        )
    return out
