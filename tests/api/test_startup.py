"""``blocgraph serve`` accepts connections before it has read its indexes
(:mod:`blocgraph.api._warmup`), and answers the same either way: with the files beside the
store or without them, while the indexes are being read or after. Real servers, real stores."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from blocgraph.build import BuildSummary
from blocgraph.store._beside import PREFIX
from tests.api.conftest import ServerFactory

SPARQL = (
    "PREFIX bg: <https://w3id.org/blocgraph/ontology#> "
    "SELECT ?body ?key WHERE { ?body bg:key ?key } ORDER BY ?key LIMIT 50"
)
PATHS = (
    "/api/states/RUS/bodies?history=true",
    "/api/states/Armenia/bodies?as_of=2024-06-01",
    "/api/bodies/SCO/members?as_of=2025-01-01",
    "/api/bodies/CSTO/members?history=true&layer=curated",
    "/api/search?q=Kaz",
    "/api/analysis/coverage?as_of=2025-01-01",
    "/api/analysis/overlaps?as_of=2025-01-01",
    "/sparql?" + str(httpx.QueryParams({"query": SPARQL})),
)


def _until(check: Callable[[], bool], seconds: float = 120.0) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"not so within {seconds} s")
        time.sleep(0.2)


def _ready(url: str) -> bool:
    return bool(httpx.get(f"{url}/api/status", timeout=30).json()["ready"])


@pytest.fixture(scope="module")
def bare_store(summary: BuildSummary, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the built store without the files beside it: everything from the graph."""
    target = tmp_path_factory.mktemp("bare") / "store"
    shutil.copytree(summary.store, target)
    for path in target.glob(f"{PREFIX}*"):
        path.unlink()
    return target


def test_the_status_says_what_is_read(server: str) -> None:
    _until(lambda: _ready(server))
    assert httpx.get(f"{server}/api/status").json() == {
        "ready": True,
        "names": "ready",
        "analytics": "ready",
        "lookups": "index",
    }


def test_a_store_without_the_files_gives_the_same_answers(
    server: str, start_server: ServerFactory, bare_store: Path
) -> None:
    bare = start_server(store=bare_store)
    early = {path: httpx.get(bare + path, timeout=60) for path in PATHS[:4]}  # maybe live
    _until(lambda: _ready(bare))
    _until(lambda: _ready(server))
    for path in PATHS:
        ours = httpx.get(bare + path, timeout=60)
        theirs = httpx.get(server + path, timeout=60)
        assert ours.status_code == theirs.status_code == 200, path
        assert ours.content == theirs.content, path
        if path in early:
            assert early[path].content == ours.content, path


@pytest.mark.slow
def test_a_large_store_answers_at_once_and_the_same_before_and_after(
    start_server: ServerFactory, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """×20 synthetic store (300,000 triples), no files beside it, no waiting for an index: the
    service is up while it reads; what needs the analytics' data is a 503 problem with
    Retry-After until then; the lookups answer from the store meanwhile, as the index does."""
    from bench import synthetic
    from blocgraph.store import Store

    folder = tmp_path_factory.mktemp("synthetic")
    generated = folder / "synthetic.nq"
    synthetic.write_nquads(generated, scale=20, seed=1)
    store = Store.open(folder / "store", read_only=False, create=True)
    store.bulk_load_quads(generated)
    del store
    url = start_server(store=folder / "store", BLOCGRAPH_STARTUP_WAIT="0")
    lookup = f"/api/states/{synthetic.LOOKUP_STATE}/bodies?history=true"
    seen: set[int] = set()
    live: bytes | None = None
    while not _ready(url):
        status = httpx.get(f"{url}/api/status").json()
        coverage = httpx.get(f"{url}/api/analysis/coverage", timeout=60)
        seen.add(coverage.status_code)
        if coverage.status_code == 503:
            assert coverage.headers["content-type"] == "application/problem+json"
            assert int(coverage.headers["retry-after"]) > 0
            assert coverage.json()["title"] == "Starting up"
        answer = httpx.get(url + lookup, timeout=60)
        if answer.status_code == 200 and status["lookups"] == "live queries":
            live = answer.content
        time.sleep(0.2)
    assert 503 in seen  # it was up before it had read the analytics' data
    assert httpx.get(f"{url}/api/analysis/coverage", timeout=60).status_code == 200
    indexed = httpx.get(url + lookup, timeout=60)
    assert indexed.status_code == 200
    assert live is not None  # answered from the store while the index was being read
    assert live == indexed.content
    assert len(indexed.json()) > 5
