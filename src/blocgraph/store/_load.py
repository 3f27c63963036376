"""Add an analyst's own RDF files to the store as named graphs, all or nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from blocgraph.store._base import StoreError

FORMATS_BY_SUFFIX = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".ntriples": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nquads": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
}


class LoadError(StoreError):
    """A file could not be loaded; nothing was added to the store."""


@dataclass(frozen=True, slots=True)
class LoadedFile:
    """What one file added: how many quads, into which graphs."""

    path: Path
    quads: int
    graphs: tuple[str, ...]


def parse_file(path: Path, graph: str | None) -> list[ox.Quad]:
    """Every quad of ``path``; triples go to ``graph`` (default: the file's ``file:`` IRI).

    Raises:
        LoadError: unknown extension, unreadable or binary file, or a syntax error (with the
            parser's message and position).
    """
    rdf_format = FORMATS_BY_SUFFIX.get(path.suffix.lower())
    if rdf_format is None:
        known = ", ".join(sorted(FORMATS_BY_SUFFIX))
        raise LoadError(f"{path}: unknown RDF file extension {path.suffix!r} (known: {known})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"{path}: cannot read: {exc.strerror}") from None
    target = ox.NamedNode(graph or path.resolve().as_uri())
    try:
        return [
            quad
            if not isinstance(quad.graph_name, ox.DefaultGraph)
            else ox.Quad(quad.subject, quad.predicate, quad.object, target)
            for quad in ox.parse(data, rdf_format, base_iri=path.resolve().as_uri())
        ]
    except SyntaxError as exc:
        raise LoadError(f"{path}: not valid {rdf_format.name}: {exc}") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise LoadError(f"{path}: not valid {rdf_format.name}: {exc}") from None


def load_files(
    store: ox.Store, paths: Sequence[Path], graph: str | None, reserved: set[str]
) -> list[LoadedFile]:
    """Parse every file first, then add all their quads in one transaction.

    Raises:
        LoadError: any file fails to parse, or names a graph the build owns; the store is
            left exactly as it was.
    """
    parsed: list[tuple[Path, list[ox.Quad]]] = [(p, parse_file(p, graph)) for p in paths]
    for path, quads in parsed:
        owned = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
        clash = owned & reserved
        if clash:
            raise LoadError(
                f"{path}: graph {sorted(clash)[0]} is written by `blocgraph build`; "
                "load into another graph (--graph IRI)"
            )
    added = [quad for _, quads in parsed for quad in quads]
    # the default graph is the union of the named graphs, materialized (see Store)
    added += [ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in added]
    store.extend(added)
    store.flush()
    return [
        LoadedFile(
            path,
            len(quads),
            tuple(
                sorted(
                    {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
                )
            ),
        )
        for path, quads in parsed
    ]
