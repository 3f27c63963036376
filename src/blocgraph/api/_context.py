"""What every route needs — settings, store, name index, SPARQL backend — as FastAPI
dependencies (``Annotated`` aliases)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request

from blocgraph.analysis import MembershipData, load_membership_data
from blocgraph.api._backend import SparqlBackend
from blocgraph.config import Settings
from blocgraph.lookup import LiveLookups, MembershipIndex, NameIndex
from blocgraph.store import GraphStore, open_store


@dataclass(slots=True)
class AppContext:
    """Shared, long-lived state of one running service."""

    settings: Settings
    backend: SparqlBackend
    store: GraphStore
    names: NameIndex
    membership: MembershipData
    lookups: MembershipIndex | LiveLookups
    graphs: set[str] = field(default_factory=set)

    def refresh(self) -> None:
        """Reopen the store and re-read names and graphs (after an update)."""
        self.store = open_store(
            self.settings.store, self.settings.endpoint, self.settings.query_timeout
        )
        self.names = NameIndex.from_store(self.store)
        self.membership = load_membership_data(self.store)
        self.lookups = lookups_for(self.store, self.settings)
        self.graphs = set(self.store.graph_names())


def lookups_for(store: GraphStore, settings: Settings) -> MembershipIndex | LiveLookups:
    """In memory for the embedded store (read-only while served); live for a remote endpoint,
    whose data can change under us."""
    return LiveLookups(store) if settings.endpoint else MembershipIndex.from_store(store)


def _context(request: Request) -> AppContext:
    context: AppContext = request.app.state.context
    return context


def _store(request: Request) -> GraphStore:
    return _context(request).store


def _names(request: Request) -> NameIndex:
    return _context(request).names


def _membership(request: Request) -> MembershipData:
    return _context(request).membership


def _lookups(request: Request) -> MembershipIndex | LiveLookups:
    return _context(request).lookups


Context = Annotated[AppContext, Depends(_context)]
StoreDep = Annotated[GraphStore, Depends(_store)]
NamesDep = Annotated[NameIndex, Depends(_names)]
MembershipDep = Annotated[MembershipData, Depends(_membership)]
LookupsDep = Annotated[MembershipIndex | LiveLookups, Depends(_lookups)]
