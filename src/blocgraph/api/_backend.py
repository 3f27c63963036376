"""Where SPARQL requests are evaluated: the embedded store's worker pool, or a remote endpoint."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Protocol

import httpx
import pyoxigraph as ox

from blocgraph.sparql import QueryJob, QueryOutput, QueryTimeoutError, WorkerPool
from blocgraph.sparql._negotiate import GRAPH, TABULAR

MEDIA_TYPES = {f.engine_name: f.media_type for f in (*TABULAR, *GRAPH)}


class SparqlBackend(Protocol):
    """Evaluates guarded SPARQL requests within a deadline."""

    async def start(self) -> None: ...

    async def run(self, job: QueryJob) -> QueryOutput: ...

    async def update(self, text: str, base_iri: str) -> QueryOutput: ...

    def close(self) -> None: ...


class EmbeddedBackend:
    """The on-disk store, queried by a pool of worker processes."""

    def __init__(
        self, store_path: Path, workers: int, timeout: float, in_memory_max_quads: int
    ) -> None:
        self.store_path = store_path
        self.pool = WorkerPool(store_path, workers, timeout, in_memory_max_quads)
        self._write_lock = asyncio.Lock()

    async def start(self) -> None:
        await self.pool.start()

    async def run(self, job: QueryJob) -> QueryOutput:
        return await self.pool.run(job)

    async def update(self, text: str, base_iri: str) -> QueryOutput:
        """Apply an update with every reader stopped, then restart the readers."""
        async with self._write_lock:
            await self.pool.stop_all()
            try:
                return await asyncio.to_thread(self._apply, text, base_iri)
            finally:
                await self.pool.start()

    def _apply(self, text: str, base_iri: str) -> QueryOutput:
        store = ox.Store(str(self.store_path))
        try:
            store.update(text, base_iri=base_iri)
            store.flush()
        except SyntaxError as exc:
            return QueryOutput(error=str(exc), kind="syntax")
        except OSError as exc:
            return QueryOutput(error=str(exc), kind="engine")
        finally:
            del store
        return QueryOutput(b"")

    def close(self) -> None:
        self.pool.close()


class RemoteBackend:
    """A remote SPARQL endpoint; the deadline becomes the HTTP timeout."""

    def __init__(self, endpoint: str, timeout: float) -> None:
        self.endpoint = endpoint
        self.timeout = timeout
        self._client: httpx.AsyncClient | None = None

    async def start(self) -> None:
        self._client = httpx.AsyncClient(timeout=self.timeout, follow_redirects=False)

    async def run(self, job: QueryJob) -> QueryOutput:
        assert self._client is not None
        params = httpx.QueryParams(
            tuple(("default-graph-uri", g) for g in job.default_graphs)
            + tuple(("named-graph-uri", g) for g in job.named_graphs)
        )
        headers = {
            "Content-Type": "application/sparql-query; charset=utf-8",
            "Accept": MEDIA_TYPES[job.engine_format],
        }
        try:
            async with asyncio.timeout(self.timeout):
                return await self._fetch(job, params, headers)
        except (TimeoutError, httpx.TimeoutException):
            raise QueryTimeoutError from None
        except httpx.HTTPError as exc:
            return QueryOutput(
                error=f"the SPARQL endpoint {self.endpoint} is unreachable: {exc}", kind="upstream"
            )

    async def _fetch(
        self, job: QueryJob, params: httpx.QueryParams, headers: dict[str, str]
    ) -> QueryOutput:
        """Stream the answer, stopping as soon as it passes the result cap."""
        assert self._client is not None
        body = bytearray()
        async with self._client.stream(
            "POST", self.endpoint, params=params, content=job.query.encode("utf-8"), headers=headers
        ) as response:
            async for chunk in response.aiter_bytes():
                body.extend(chunk)
                if len(body) > job.max_result_bytes:
                    return QueryOutput(
                        error=f"the result is larger than {job.max_result_bytes} bytes: "
                        "add a LIMIT or narrow the query",
                        kind="too_large",
                    )
        if response.status_code == 400:
            return QueryOutput(error=body[:2000].decode("utf-8", "replace"), kind="syntax")
        if response.status_code >= 300:
            return QueryOutput(
                error=f"the SPARQL endpoint {self.endpoint} answered {response.status_code}",
                kind="upstream",
            )
        return QueryOutput(bytes(body))

    async def update(self, text: str, base_iri: str) -> QueryOutput:
        return QueryOutput(
            error="updates go to the remote endpoint itself, not through blocgraph",
            kind="forbidden",
        )

    def close(self) -> None:
        if self._client is not None:
            asyncio.get_running_loop().create_task(self._client.aclose())
