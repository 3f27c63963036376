"""What every route needs — settings, store, name index, SPARQL backend — as FastAPI
dependencies (``Annotated`` aliases)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request

from blocgraph.analysis import MembershipData, load_membership_data
from blocgraph.api._backend import SparqlBackend
from blocgraph.api._cache import AnswerCache
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
    answers: AnswerCache = field(default_factory=AnswerCache)
    """Lookup answers serialised once (emptied when the store is reopened)."""

    def refresh(self) -> None:
        """Reopen the store and re-read names and graphs (after an update)."""
        self.store = open_store(
            self.settings.store, self.settings.endpoint, self.settings.query_timeout
        )
        self.names = NameIndex.from_store(self.store)
        self.membership = load_membership_data(self.store)
        self.lookups = lookups_for(self.store, self.settings)
        self.graphs = set(self.store.graph_names())
        self.answers.clear()


def lookups_for(store: GraphStore, settings: Settings) -> MembershipIndex | LiveLookups:
    """In memory for the embedded store (read-only while served); live for a remote endpoint,
    whose data can change under us."""
    return LiveLookups(store) if settings.endpoint else MembershipIndex.from_store(store)


# Coroutines, not functions: FastAPI runs a plain-function dependency in its thread pool, a
# hop that costs more than these attribute reads.
def _app_context(request: Request) -> AppContext:
    context: AppContext = request.app.state.context
    return context


async def _context(request: Request) -> AppContext:
    return _app_context(request)


async def _store(request: Request) -> GraphStore:
    return _app_context(request).store


async def _names(request: Request) -> NameIndex:
    return _app_context(request).names


async def _membership(request: Request) -> MembershipData:
    return _app_context(request).membership


async def _lookups(request: Request) -> MembershipIndex | LiveLookups:
    return _app_context(request).lookups


Context = Annotated[AppContext, Depends(_context)]
StoreDep = Annotated[GraphStore, Depends(_store)]
NamesDep = Annotated[NameIndex, Depends(_names)]
MembershipDep = Annotated[MembershipData, Depends(_membership)]
LookupsDep = Annotated[MembershipIndex | LiveLookups, Depends(_lookups)]
