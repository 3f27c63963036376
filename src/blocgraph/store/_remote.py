"""Any SPARQL 1.1 server as the store, over the SPARQL 1.1 Protocol (for graphs that outgrow one
machine: Oxigraph server, Apache Jena Fuseki, QLever, GraphDB).

The server's default graph must be the union of its named graphs, as in the embedded store
(``oxigraph serve --union-default-graph``, Fuseki ``tdb2:unionDefaultGraph true``).
"""

from __future__ import annotations

import json
from typing import Any

from blocgraph.store._base import Row, StoreError

_RESULTS_JSON = "application/sparql-results+json"


class RemoteStore:
    """A read-only view of a remote SPARQL endpoint with the same interface as the store."""

    def __init__(self, endpoint: str, timeout: float = 30.0) -> None:
        import httpx  # only when an endpoint is used: a lookup on the embedded store starts faster

        self.endpoint = endpoint
        self._client = httpx.Client(timeout=timeout, follow_redirects=False)

    def _post(self, query: str, accept: str) -> bytes:
        import httpx

        try:
            response = self._client.post(
                self.endpoint,
                content=query.encode("utf-8"),
                headers={
                    "Content-Type": "application/sparql-query; charset=utf-8",
                    "Accept": accept,
                },
            )
        except httpx.HTTPError as exc:
            raise StoreError(f"cannot reach the SPARQL endpoint {self.endpoint}: {exc}") from None
        if response.status_code >= 400:
            raise StoreError(
                f"the SPARQL endpoint {self.endpoint} answered "
                f"{response.status_code}: {response.text[:500]}"
            )
        return response.content

    def _json(self, query: str) -> dict[str, Any]:
        try:
            result: dict[str, Any] = json.loads(self._post(query, _RESULTS_JSON))
        except json.JSONDecodeError as exc:
            raise StoreError(
                f"the SPARQL endpoint {self.endpoint} did not answer with "
                f"SPARQL JSON results: {exc}"
            ) from None
        return result

    def select(self, query: str) -> list[Row]:
        """Run a SELECT query; values as plain strings."""
        result = self._json(query)
        if "results" not in result:
            raise TypeError("select() needs a SELECT query")
        names = result["head"].get("vars", [])
        return [
            {n: (b[n]["value"] if n in b else None) for n in names}
            for b in result["results"]["bindings"]
        ]

    def ask(self, query: str) -> bool:
        """Run an ASK query."""
        result = self._json(query)
        if "boolean" not in result:
            raise TypeError("ask() needs an ASK query")
        return bool(result["boolean"])

    def construct(self, query: str, media_type: str) -> bytes:
        """Run a CONSTRUCT or DESCRIBE query; the triples serialized as ``media_type``."""
        return self._post(query, media_type)

    def graph_names(self) -> list[str]:
        """IRIs of the endpoint's named graphs."""
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(str(r["g"]) for r in rows if r["g"])

    def close(self) -> None:
        """Close the HTTP connections."""
        self._client.close()
