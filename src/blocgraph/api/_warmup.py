"""What the service reads from the store before it can answer everything — the name index,
the analytics' data, the REST lookups' membership index — read in a background thread, so that
``blocgraph serve`` accepts connections at once.

Each is read from its file beside the store when ``blocgraph build`` or ``blocgraph load`` wrote
one that matches the store (:mod:`blocgraph.store._beside`; a fraction of a second), else from
the graph (about a minute of CPU on a 1.5 M-triple store). Until one is there:

- a request that needs the name index or the analytics' data waits for it, up to
  ``startup_wait`` seconds (``BLOCGRAPH_STARTUP_WAIT``), then gets ``503 Service Unavailable``
  as ``application/problem+json`` with ``Retry-After``;
- the REST lookups are answered by the same queries ``blocgraph bodies`` runs (the answers the
  index gives, ``tests/lookup/test_layers.py``);
- SPARQL, the pages and the static files do not need any of them.

Example:
    >>> warming: Warming[int] = Warming("a number")
    >>> warming.peek() is None
    True
    >>> warming.future.set_result(42)
    >>> warming.get(0.0)
    42
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, Generic, Literal, TypeVar

from blocgraph.analysis import MembershipData, load_membership_data
from blocgraph.analysis._data_cache import read_data_cache
from blocgraph.api._problems import Problem
from blocgraph.lookup import MembershipIndex, NameIndex
from blocgraph.lookup._index_cache import index_file
from blocgraph.lookup._names_cache import read_name_cache
from blocgraph.store import GraphStore
from blocgraph.store._beside import file_or_graph

T = TypeVar("T")
log = logging.getLogger("uvicorn.error.blocgraph")  # printed with uvicorn's own start-up lines

RETRY_AFTER = 5
"""Seconds a 503 asks the client to wait before it asks again."""


class Warming(Generic[T]):
    """One value being read in the background: ``future`` is set once it is there (or holds
    the error that stopped the reading)."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.began = time.monotonic()
        self.future: Future[T] = Future()

    def peek(self) -> T | None:
        """The value if it is there (and was read without an error), else None at once."""
        if self.future.done() and self.future.exception() is None:
            return self.future.result()
        return None

    def get(self, wait: float | None) -> T:
        """The value, waiting up to ``wait`` seconds (None: as long as it takes) for it — from
        a worker thread. On the event
        loop's thread it does not wait (that would stop every other request): use
        :meth:`wait` there.

        Raises:
            Problem: 503 with Retry-After, the value not being there in time.
        """
        if not self.future.done():
            try:
                asyncio.get_running_loop()
                wait = 0.0
            except RuntimeError:  # no loop in this thread: a worker thread may block
                pass
        try:
            return self.future.result(timeout=wait)
        except TimeoutError:
            raise self._unavailable() from None

    async def wait(self, wait: float) -> T:
        """The value, waiting up to ``wait`` seconds for it without blocking the event loop.

        Raises:
            Problem: 503 with Retry-After, the value not being there in time.
        """
        if not self.future.done():
            try:
                await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(self.future)), wait)
            except TimeoutError:
                raise self._unavailable() from None
        return self.future.result()

    def _unavailable(self) -> Problem:
        return Problem(
            503,
            "Starting up",
            f"the service is still reading {self.what} from the store (for "
            f"{time.monotonic() - self.began:.0f} s); ask again in a few seconds",
            headers={"Retry-After": str(RETRY_AFTER)},
        )


class WarmUp:
    """The name index, the analytics' data and (embedded store only) the membership index,
    read one after the other in one daemon thread, in that order: most requests need the
    names; the lookups can do without the index."""

    def __init__(self, store: GraphStore, *, with_index: bool) -> None:
        self.names: Warming[NameIndex] = Warming("the name index")
        self.membership: Warming[MembershipData] = Warming("the analytics' data")
        self.index: Warming[MembershipIndex] | None = (
            Warming("the membership index") if with_index else None
        )
        self._store = store
        threading.Thread(target=self._run, name="warm-up", daemon=True).start()

    def _run(self) -> None:
        store = self._store
        self._step(self.names, lambda: file_or_graph(store, read_name_cache, NameIndex.from_store))
        self._step(
            self.membership, lambda: file_or_graph(store, read_data_cache, load_membership_data)
        )
        if self.index is not None:
            self._step(
                self.index,
                lambda: file_or_graph(store, index_file(store), MembershipIndex.from_store),
            )

    @staticmethod
    def _step(warming: Warming[T], read: Callable[[], tuple[T, str]]) -> None:
        began, cpu = time.monotonic(), time.thread_time()
        warming.began = began
        try:
            value, how = read()
        except Exception as exc:  # the requests that need it say so (500), the rest go on
            log.exception("could not read %s", warming.what)
            warming.future.set_exception(exc)
            return
        warming.future.set_result(value)
        log.info(
            "read %s %s in %.2f s (%.2f s of CPU)",
            warming.what,
            how,
            time.monotonic() - began,
            time.thread_time() - cpu,
        )


Part = Literal["ready", "reading", "failed", "not used"]


def state_of(warming: Warming[Any] | None) -> Part:
    """``ready``, ``reading`` or ``failed`` (None: ``not used``)."""
    if warming is None:
        return "not used"
    if not warming.future.done():
        return "reading"
    return "failed" if warming.future.exception() is not None else "ready"
