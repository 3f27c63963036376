"""What every store backend offers to lookups, analysis, the API and the CLI."""

from __future__ import annotations

from typing import Protocol

Row = dict[str, str | None]


class StoreError(Exception):
    """The store is missing, locked, unreachable or unreadable; the message says what to do."""


class GraphStore(Protocol):
    """A SPARQL-queryable dataset whose default graph is the union of its named graphs."""

    def select(self, query: str) -> list[Row]:
        """Run a SELECT query; values as plain strings (None when unbound)."""
        ...

    def ask(self, query: str) -> bool:
        """Run an ASK query."""
        ...

    def construct(self, query: str, media_type: str) -> bytes:
        """Run a CONSTRUCT or DESCRIBE query and serialize the triples as ``media_type``."""
        ...

    def graph_names(self) -> list[str]:
        """IRIs of the named graphs."""
        ...
