"""The SPARQL store every other part reads: embedded, persistent on disk (pyoxigraph).

Example:
    >>> import tempfile, pathlib
    >>> from rdflib import Graph
    >>> from blocgraph.store import Store
    >>> folder = pathlib.Path(tempfile.mkdtemp()) / "store"
    >>> g = Graph().parse(data="<urn:a> <urn:b> <urn:c> .", format="nt")
    >>> Store.rebuild(folder, {"urn:graph": g}).select("SELECT ?o WHERE { ?s ?p ?o }")
    [{'o': 'urn:c'}]
"""

from __future__ import annotations

from pathlib import Path

from blocgraph.store._base import GraphStore, Row, StoreError
from blocgraph.store._load import LoadedFile, LoadError, load_files, parse_file
from blocgraph.store._oxigraph import RDF_MEDIA_TYPES, Store
from blocgraph.store._remote import RemoteStore


def open_store(path: Path, endpoint: str | None = None, timeout: float = 30.0) -> GraphStore:
    """The store the settings point at: a remote endpoint if given, else the embedded one."""
    return RemoteStore(endpoint, timeout) if endpoint else Store.open(path)


__all__ = [
    "RDF_MEDIA_TYPES",
    "GraphStore",
    "LoadError",
    "LoadedFile",
    "RemoteStore",
    "Row",
    "Store",
    "StoreError",
    "load_files",
    "open_store",
    "parse_file",
]
