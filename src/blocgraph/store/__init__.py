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

from blocgraph.store._oxigraph import Store, StoreError

__all__ = ["Store", "StoreError"]
