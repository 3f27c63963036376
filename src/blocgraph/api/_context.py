"""What every route needs — settings, store, name index, SPARQL backend — as FastAPI
dependencies (``Annotated`` aliases)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from blocgraph.analysis import MembershipData
from blocgraph.api._backend import SparqlBackend
from blocgraph.api._cache import AnswerCache
from blocgraph.api._warmup import WarmUp
from blocgraph.config import Settings
from blocgraph.lookup import LiveLookups, MembershipIndex, NameIndex
from blocgraph.store import GraphStore, open_store


class AppContext:
    """Shared, long-lived state of one running service.

    The name index, the analytics' data and the membership index are read in the background
    (:mod:`blocgraph.api._warmup`): ``names`` and ``membership`` wait for theirs (a worker
    thread up to ``settings.startup_wait`` seconds; a coroutine awaits :meth:`ready` first),
    ``lookups`` is the index once it is there and the live queries until then."""

    def __init__(self, settings: Settings, backend: SparqlBackend, store: GraphStore) -> None:
        self.settings = settings
        self.backend = backend
        self.answers = AnswerCache()
        """Lookup answers serialised once (emptied when the store is reopened)."""
        self._use(store)

    def _use(self, store: GraphStore) -> None:
        self.store = store
        self.graphs: set[str] = set(store.graph_names())
        self.warm = WarmUp(store, with_index=not self.settings.endpoint)
        self._live = LiveLookups(store)

    @property
    def names(self) -> NameIndex:
        return self.warm.names.get(self.settings.startup_wait)

    @property
    def membership(self) -> MembershipData:
        return self.warm.membership.get(self.settings.startup_wait)

    @property
    def lookups(self) -> MembershipIndex | LiveLookups:
        """In memory for the embedded store (read-only while served) once the index is read;
        live (the same answers, a few queries each) until then, and for a remote endpoint,
        whose data can change under us."""
        index = None if self.warm.index is None else self.warm.index.peek()
        return self._live if index is None else index

    async def ready(self, *, names: bool = True, membership: bool = False) -> None:
        """Wait (without blocking the event loop) until what is asked for is read.

        Raises:
            blocgraph.api._problems.Problem: 503 after ``settings.startup_wait`` seconds.
        """
        if names:
            await self.warm.names.wait(self.settings.startup_wait)
        if membership:
            await self.warm.membership.wait(self.settings.startup_wait)

    def refresh(self) -> None:
        """Reopen the store and read names, data and graphs again (after an update)."""
        self._use(
            open_store(self.settings.store, self.settings.endpoint, self.settings.query_timeout)
        )
        self.answers.clear()


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
    context = _app_context(request)
    return await context.warm.names.wait(context.settings.startup_wait)


async def _membership(request: Request) -> MembershipData:
    context = _app_context(request)
    return await context.warm.membership.wait(context.settings.startup_wait)


async def _lookups(request: Request) -> MembershipIndex | LiveLookups:
    return _app_context(request).lookups


Context = Annotated[AppContext, Depends(_context)]
StoreDep = Annotated[GraphStore, Depends(_store)]
NamesDep = Annotated[NameIndex, Depends(_names)]
MembershipDep = Annotated[MembershipData, Depends(_membership)]
LookupsDep = Annotated[MembershipIndex | LiveLookups, Depends(_lookups)]
