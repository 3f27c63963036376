"""Evaluate SPARQL queries in worker processes, so a runaway query can be stopped.

pyoxigraph cannot cancel a query that is running, and a blocking aggregate produces nothing until
it is done, so a deadline can only be kept by ending the process that evaluates it. Each worker
opens the store read-only; the pool hands one job at a time to an idle worker, kills a worker
that misses its deadline and starts a fresh one in the background.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import io
import multiprocessing as mp
import os
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import IO, Any, TypeVar, cast

import pyoxigraph as ox

_RESULTS_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
_RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


@dataclass(frozen=True, slots=True)
class QueryJob:
    """One query to evaluate and serialize."""

    query: str
    engine_format: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    max_result_bytes: int = 50_000_000
    base_iri: str | None = None
    """Resolves relative IRIs in the query (the protocol lets the service choose: its URL)."""


@dataclass(frozen=True, slots=True)
class QueryOutput:
    """A serialized result, or the reason there is none."""

    body: bytes = b""
    error: str | None = None
    kind: str = "ok"  # ok | syntax | too_large | engine


class QueryTimeoutError(Exception):
    """The query missed its deadline and was stopped."""


class ResultTooLargeError(Exception):
    """The serialized result would exceed the configured cap."""


class _CappedBuffer(io.RawIOBase):
    def __init__(self, cap: int) -> None:
        self.buffer = bytearray()
        self.cap = cap

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        if len(self.buffer) + len(chunk) > self.cap:
            raise ResultTooLargeError(f"the result is larger than {self.cap} bytes")
        self.buffer.extend(chunk)
        return len(chunk)


def evaluate(store: ox.Store, job: QueryJob) -> QueryOutput:
    """Run ``job`` on ``store`` and serialize the result (used in workers, and in tests)."""
    options: dict[str, Any] = {}
    if job.default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
    elif job.named_graphs:
        # named-graph-uri alone means an empty default graph (SPARQL 1.1 Query §13.2)
        options["default_graph"] = []
    if job.named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    if job.base_iri:
        options["base_iri"] = job.base_iri
    try:
        result = store.query(job.query, **options)
        sink = cast(IO[bytes], _CappedBuffer(job.max_result_bytes))
        if isinstance(result, ox.QueryTriples):
            result.serialize(sink, format=_RDF_FORMATS[job.engine_format])
        else:
            result.serialize(sink, format=_RESULTS_FORMATS[job.engine_format])
        return QueryOutput(bytes(cast(_CappedBuffer, sink).buffer))
    except SyntaxError as exc:
        return QueryOutput(error=str(exc), kind="syntax")
    except (ResultTooLargeError, OSError, ValueError) as exc:
        cause = exc.__cause__ or exc.__context__
        if (
            isinstance(exc, ResultTooLargeError)
            or isinstance(cause, ResultTooLargeError)
            or "larger than" in str(exc)
        ):
            return QueryOutput(
                error=f"the result is larger than {job.max_result_bytes} bytes: "
                "add a LIMIT or narrow the query",
                kind="too_large",
            )
        return QueryOutput(error=str(exc), kind="engine")


_CLONE_NEWNET = 0x40000000
_CLONE_NEWUSER = 0x10000000


def isolate_from_network() -> bool:
    """Move this process into an empty network namespace (Linux), so that nothing it runs can
    reach any host — a second line behind the guard that refuses SERVICE. Needs root or
    unprivileged user namespaces; returns False (and changes nothing) where neither is allowed.
    """
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    for flags in (_CLONE_NEWNET, _CLONE_NEWUSER | _CLONE_NEWNET):
        if libc.unshare(flags) == 0:
            return True
    return False


def quads_up_to(store: ox.Store, most: int) -> int:
    """How many quads ``store`` holds (default graph and named graphs, as ``len(store)``),
    counting no further than ``most``. ``len(store)`` holds the GIL while it counts (0.5 s for
    3 M quads, more on a busy machine), stopping the worker's other thread — the one answering
    queries from disk meanwhile; a query releases it.

    Example:
        >>> store = ox.Store()
        >>> a, b = ox.NamedNode("urn:a"), ox.NamedNode("urn:b")
        >>> store.extend([ox.Quad(a, b, a), ox.Quad(a, b, b), ox.Quad(a, b, a, b)])
        >>> quads_up_to(store, 10), len(store), quads_up_to(store, 2)
        (3, 3, 2)
    """
    query = (
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT * WHERE { { ?s ?p ?o } UNION "
        f"{{ GRAPH ?g {{ ?s ?p ?o }} }} }} LIMIT {int(most)} }}"
    )
    solutions = store.query(query)
    assert isinstance(solutions, ox.QuerySolutions)
    count = next(iter(solutions))[0]
    assert isinstance(count, ox.Literal)
    return int(count.value)


def open_for_queries(path: str, in_memory_max_quads: int) -> ox.Store:
    """The store a worker queries: a copy in memory when it has at most
    ``in_memory_max_quads`` quads (about 3× faster than reading from disk), else the on-disk
    store itself, read-only. The copy goes through a temporary N-Quads file, not a Python
    bytes object, so that other threads keep running while it is made; counting and dumping
    (two thirds of the copy's CPU) run at a lower priority (:func:`at_low_priority`)."""
    store = ox.Store.read_only(path)
    if in_memory_max_quads <= 0:
        return store
    memory = ox.Store()
    with tempfile.TemporaryDirectory(prefix="blocgraph-copy-") as folder:
        dump = Path(folder) / "store.nq"

        def dump_if_small() -> bool:
            if quads_up_to(store, in_memory_max_quads + 1) > in_memory_max_quads:
                return False
            store.dump(str(dump), format=ox.RdfFormat.N_QUADS)
            return True

        if not at_low_priority(dump_if_small):
            return store
        memory.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
    return memory


NICENESS = 10
"""How much counting and dumping the store yield the CPU: two workers copying a large store
took both cores from the service starting beside them."""

T = TypeVar("T")


def at_low_priority(function: Callable[[], T]) -> T:
    """``function()``, run in a thread of its own at a lower CPU priority (Linux: the nice value
    is a thread's own; elsewhere, or where it is not allowed, unchanged), waited for.

    For work that releases the GIL throughout (a query, a dump) only: the end of a bulk load
    holds it for a second, and at a lower priority on a busy machine that second grew to many,
    while the worker's other thread, answering queries, waited for it.

    Example:
        >>> at_low_priority(lambda: 6 * 7)
        42
    """
    result: list[T] = []
    failed: list[BaseException] = []

    def run() -> None:
        with contextlib.suppress(OSError, AttributeError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICENESS)
        try:
            result.append(function())
        except BaseException as exc:  # raised again in the calling thread
            failed.append(exc)

    thread = threading.Thread(target=run, name="low-priority", daemon=True)
    thread.start()
    thread.join()
    if failed:
        raise failed[0]
    return result[0]


def _serve(path: str, connection: Connection, in_memory_max_quads: int) -> None:
    """Answer jobs at once from the store on disk; switch to the in-memory copy when a
    background thread has made it. Copying half a million quads takes seconds (a minute on a
    loaded machine): a worker that copied before answering made every query sent to a new or
    replacement worker wait out its deadline — and the replacement copy over again."""
    isolate_from_network()
    current = [ox.Store.read_only(path)]

    def copy() -> None:
        current[0] = open_for_queries(path, in_memory_max_quads)

    if in_memory_max_quads > 0:
        threading.Thread(target=copy, name="in-memory-copy", daemon=True).start()
    while True:
        try:
            job = connection.recv()
        except EOFError:
            return
        connection.send(evaluate(current[0], job))


class _Worker:
    def __init__(self, context: Any, store_path: Path, in_memory_max_quads: int) -> None:
        self.connection, child = mp.Pipe()
        self.process = context.Process(
            target=_serve, args=(str(store_path), child, in_memory_max_quads), daemon=True
        )
        self.process.start()
        child.close()

    def call(self, job: QueryJob) -> QueryOutput:
        self.connection.send(job)
        output: QueryOutput = self.connection.recv()
        return output

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
        with contextlib.suppress(Exception):
            self.connection.close()
        self.process.join(timeout=5)


class WorkerPool:
    """A fixed number of query worker processes over one store, with a deadline per query."""

    def __init__(
        self, store_path: Path, size: int, timeout: float, in_memory_max_quads: int = 5_000_000
    ) -> None:
        # forkserver: a replacement worker forks from a warm process in milliseconds, instead
        # of a fresh interpreter re-importing everything while a query waits for it
        self._context = mp.get_context("forkserver")
        self._context.set_forkserver_preload(["blocgraph.sparql._worker"])
        self._store_path = store_path
        self._in_memory_max_quads = in_memory_max_quads
        self._timeout = timeout
        self._size = size
        self._threads = ThreadPoolExecutor(max_workers=size + 2, thread_name_prefix="sparql")
        self._idle: asyncio.Queue[_Worker] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()
        self._all: list[_Worker] = []

    def _spawn(self) -> _Worker:
        worker = _Worker(self._context, self._store_path, self._in_memory_max_quads)
        with self._lock:
            self._all.append(worker)
        return worker

    async def start(self) -> None:
        """Start the workers (call from the event loop that will use the pool)."""
        self._idle = self._idle or asyncio.Queue()
        loop = self._loop = asyncio.get_running_loop()
        workers = await asyncio.gather(
            *(loop.run_in_executor(self._threads, self._spawn) for _ in range(self._size))
        )
        for worker in workers:
            self._idle.put_nowait(worker)

    async def run(self, job: QueryJob, timeout: float | None = None) -> QueryOutput:
        """Evaluate ``job`` within the deadline (waiting for a free worker counts too).

        Raises:
            QueryTimeoutError: the deadline passed; the worker was stopped and is being replaced.
        """
        assert self._idle is not None, "start() the pool first"
        deadline = time.monotonic() + (timeout or self._timeout)
        try:
            worker = await asyncio.wait_for(self._idle.get(), max(0.0, deadline - time.monotonic()))
        except TimeoutError:
            raise QueryTimeoutError from None
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self._threads, worker.call, job)
        try:
            output = await asyncio.wait_for(future, max(0.0, deadline - time.monotonic()))
        except TimeoutError:
            self._retire(worker)
            loop.run_in_executor(self._threads, self._replace)
            raise QueryTimeoutError from None
        except (EOFError, OSError, BrokenPipeError):
            self._retire(worker)
            loop.run_in_executor(self._threads, self._replace)
            return QueryOutput(error="the query worker stopped unexpectedly", kind="engine")
        self._idle.put_nowait(worker)
        return output

    async def stop_all(self) -> None:
        """Wait until every worker is idle, then stop them all (before writing to the store)."""
        assert self._idle is not None
        for _ in range(self._size):
            worker = await self._idle.get()
            self._retire(worker)

    def _retire(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)

    def _replace(self) -> None:
        worker = self._spawn()
        if self._loop is not None and self._idle is not None:
            self._loop.call_soon_threadsafe(self._idle.put_nowait, worker)

    def close(self) -> None:
        """Stop every worker."""
        with self._lock:
            workers, self._all = self._all, []
        for worker in workers:
            worker.kill()
        self._threads.shutdown(wait=False, cancel_futures=True)

    @property
    def size(self) -> int:
        """How many workers the pool keeps."""
        return self._size


__all__: Sequence[str] = ["QueryJob", "QueryOutput", "QueryTimeoutError", "WorkerPool", "evaluate"]
