"""An embedded pyoxigraph store on disk, replaced atomically on each build."""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from blocgraph.store._base import Row, StoreError

if TYPE_CHECKING:  # rdflib loads when a graph is built or exported, not for a lookup
    from rdflib import Graph

RDF_MEDIA_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}


class Store:
    """Named graphs in one persistent dataset; queries see their union as the default graph.

    The union is materialized: every triple of a named graph is also in the default graph.
    Oxigraph then answers the default graph from one index instead of merging graphs per
    pattern (1.5–3× faster on aggregates), and every client sees the same default graph.
    """

    def __init__(self, inner: ox.Store, path: Path | None) -> None:
        self._inner = inner
        self.path = path

    @classmethod
    def open(cls, path: Path, *, read_only: bool = True, create: bool = False) -> Store:
        """Open an existing store; a missing one is an error telling how to build it, unless
        ``create`` (read-write only) makes an empty one."""
        if create and not read_only and not path.exists():
            path.mkdir(parents=True)
            return cls(ox.Store(str(path)), path)
        if not (path / "CURRENT").is_file():
            raise StoreError(
                f"no store at {path}: run `blocgraph build` first "
                "(or set BLOCGRAPH_STORE / --store to where it was built)"
            )
        try:
            inner = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {path}: {exc}") from exc
        return cls(inner, path)

    @classmethod
    def rebuild(
        cls,
        path: Path,
        graphs: Mapping[str, Graph],
        drop: Iterable[str] = (),
        ntriples: Mapping[str, bytes] | None = None,
    ) -> Store:
        """Write ``graphs`` (named graph IRI → graph) as a new store at ``path``; ``ntriples``
        adds graphs already serialized as N-Triples (large generated layers).

        Other named graphs of the old store are kept (analysts' loaded files), except those in
        ``drop``. The new store is written beside the old one and swapped in only when
        complete, so a failed build leaves the previous store as it was.
        """
        path.parent.mkdir(parents=True, exist_ok=True)
        staging = path.with_name(path.name + ".new")
        shutil.rmtree(staging, ignore_errors=True)
        inner = ox.Store(str(staging))
        serialized = {iri: g.serialize(format="nt", encoding="utf-8") for iri, g in graphs.items()}
        serialized.update(ntriples or {})
        for iri, data in serialized.items():
            inner.bulk_load(data, ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(iri))
            inner.bulk_load(data, ox.RdfFormat.N_TRIPLES)  # the union, materialized
        if (path / "CURRENT").is_file():
            _copy_other_graphs(ox.Store.read_only(str(path)), inner, {*serialized, *drop})
        inner.optimize()  # compacts the freshly written files: ~30 % faster queries
        inner.flush()
        del inner
        retired = path.with_name(path.name + ".old")
        shutil.rmtree(retired, ignore_errors=True)
        if path.exists():
            path.rename(retired)
        staging.rename(path)
        shutil.rmtree(retired, ignore_errors=True)
        return cls.open(path)

    def __len__(self) -> int:
        """Triples in the default graph (the union of the named graphs)."""
        result = self._inner.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        assert isinstance(result, ox.QuerySolutions)
        count = next(iter(result))["n"]
        assert isinstance(count, ox.Literal)
        return int(count.value)

    def bulk_load_quads(self, path: Path) -> None:
        """Load an N-Quads file fast (no transaction), keeping the union in the default graph.
        For building a store from a large dump; use :func:`load_files` for analysts' files."""
        self._inner.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
        for name in list(self._inner.named_graphs()):
            data = self._inner.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name)
            self._inner.bulk_load(data, ox.RdfFormat.N_TRIPLES)
        self._inner.optimize()
        self._inner.flush()

    def export_named_graphs(self) -> bytes:
        """N-Quads of every named graph — what another SPARQL server needs to serve the same
        dataset (with its default graph set to the union of the named graphs)."""
        quads = (
            quad
            for name in self._inner.named_graphs()
            for quad in self._inner.quads_for_pattern(None, None, None, name)
        )
        data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
        assert data is not None
        return data

    def graph_names(self) -> list[str]:
        """IRIs of the named graphs in the store."""
        return sorted(g.value for g in self._inner.named_graphs() if isinstance(g, ox.NamedNode))

    def select(self, query: str) -> list[Row]:
        """Run a SELECT query over the union of all graphs; values as plain strings."""
        solutions = self._inner.query(query)
        if not isinstance(solutions, ox.QuerySolutions):
            raise TypeError("select() needs a SELECT query")
        names = [v.value for v in solutions.variables]
        # a solution iterates over its values in the variables' order (None when unbound)
        return [dict(zip(names, map(_plain, solution), strict=True)) for solution in solutions]

    def ask(self, query: str) -> bool:
        """Run an ASK query over the union of all graphs."""
        result = self._inner.query(query)
        if not isinstance(result, ox.QueryBoolean):
            raise TypeError("ask() needs an ASK query")
        return bool(result)

    def construct(self, query: str, media_type: str) -> bytes:
        """Run a CONSTRUCT or DESCRIBE query; the triples serialized as ``media_type``."""
        triples = self._inner.query(query)
        if not isinstance(triples, ox.QueryTriples):
            raise TypeError("construct() needs a CONSTRUCT or DESCRIBE query")
        data = triples.serialize(format=RDF_MEDIA_TYPES[media_type])
        assert data is not None
        return data

    @property
    def inner(self) -> ox.Store:
        """The pyoxigraph store (for loading and for the SPARQL workers)."""
        return self._inner

    def to_graph(self) -> Graph:
        """All triples of all named graphs as one rdflib graph (for validation and export)."""
        from rdflib import Graph

        graph = Graph()
        for name in self._inner.named_graphs():
            data = self._inner.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name)
            graph.parse(data=data, format="nt")
        return graph


def _copy_other_graphs(old: ox.Store, new: ox.Store, replaced: set[str]) -> None:
    """Keep what analysts loaded (``blocgraph load``) across rebuilds of the built graphs."""
    for name in old.named_graphs():
        if isinstance(name, ox.NamedNode) and name.value in replaced:
            continue
        data = old.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name)
        new.bulk_load(data, ox.RdfFormat.N_TRIPLES, to_graph=name)
        new.bulk_load(data, ox.RdfFormat.N_TRIPLES)


def _plain(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> str | None:
    if term is None:
        return None
    if isinstance(term, ox.Triple):
        return str(term)
    return term.value
