"""The cached lookups served before routing: which requests the fast path takes, that it files
answers under the key the route uses, and that its answers are byte for byte the route's — over
a real server, with CORS, errors and unusual parameters unchanged."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

import httpx
import pytest
from starlette.datastructures import State
from starlette.types import Message, Receive, Scope, Send

from blocgraph.api import create_app
from blocgraph.api._cache import AnswerCache
from blocgraph.api._fastpath import CachedAnswers, cache_key
from blocgraph.build import BuildSummary
from blocgraph.config import Settings

TODAY = date.today()


def scope(path: str, query: str = "", method: str = "GET", **headers: str) -> Scope:
    return {
        "type": "http",
        "method": method,
        "path": path,
        "root_path": "",
        "query_string": query.encode("latin-1"),
        "headers": [(k.replace("_", "-").encode(), v.encode()) for k, v in headers.items()],
    }


@pytest.mark.parametrize(
    ("path", "query", "key"),
    [
        ("/api/states/RUS/bodies", "", ("state", "RUS", TODAY, None, "all")),
        ("/api/states/Россия/bodies", "", ("state", "Россия", TODAY, None, "all")),
        (
            "/api/bodies/SCO/members",
            "as_of=2024-08-01&role=member",
            ("body", "SCO", date(2024, 8, 1), "member", "all"),
        ),
        ("/api/states/GEO/bodies", "history=true", ("state", "GEO", None, None, "all")),
        (
            "/api/states/GEO/bodies",
            "history=false&as_of=2010-01-01&layer=cow-igo-v3",
            ("state", "GEO", date(2010, 1, 1), None, "cow-igo-v3"),
        ),
        ("/api/states/RUS/bodies", "as_of=2024-13-01", None),  # the route says what is wrong
        ("/api/states/RUS/bodies", "as_of=01/08/2024", None),
        ("/api/states/RUS/bodies", "as_of=", None),
        ("/api/states/RUS/bodies", "role=king", None),
        ("/api/states/RUS/bodies", "layer=mine", None),
        ("/api/states/RUS/bodies", "history=1", None),  # valid, but pydantic's reading
        ("/api/states/RUS/bodies", "as_of=2024-01-01&as_of=2025-01-01", None),
        ("/api/states/RUS/bodies", "lang=ru", None),
        ("/api/states/RUS/bodies", "format=yaml", None),
        ("/api/states/RUS/bodies/", "", None),
        ("/api/states//bodies", "", None),
        ("/api/states/bodies", "", None),
        ("/api/states/RUS/members", "", None),
        ("/api/states", "", None),
    ],
)
def test_which_requests_take_the_fast_path(
    path: str, query: str, key: tuple[Any, ...] | None
) -> None:
    assert cache_key(scope(path, query)) == key


@pytest.mark.parametrize(
    ("method", "headers", "taken"),
    [
        ("GET", {"accept": "*/*"}, True),
        ("GET", {"accept": "application/json"}, True),
        ("GET", {"origin": "https://example.org"}, True),  # CORS wraps both paths
        ("GET", {"accept": "text/html"}, False),
        ("GET", {"accept": "application/json;q=0.9, text/csv"}, False),
        ("HEAD", {}, False),
        ("POST", {}, False),
    ],
)
def test_methods_and_accept(method: str, headers: dict[str, str], taken: bool) -> None:
    assert (cache_key(scope("/api/states/RUS/bodies", method=method, **headers)) is not None) == (
        taken
    )


def test_a_mounted_app_goes_to_the_route() -> None:
    mounted = {**scope("/prefix/api/states/RUS/bodies"), "root_path": "/prefix"}
    assert cache_key(mounted) is None


class Downstream:
    """The rest of the application, reduced to noting that it was called."""

    def __init__(self) -> None:
        self.calls = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.calls += 1
        await send({"type": "http.response.start", "status": 404, "headers": []})
        await send({"type": "http.response.body", "body": b""})


def run(middleware: CachedAnswers, request: Scope) -> list[Message]:
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    asyncio.run(middleware(request, receive, send))
    return sent


def test_a_cached_answer_is_sent_and_a_missing_one_passed_on() -> None:
    downstream, state = Downstream(), State()
    middleware = CachedAnswers(downstream, state)
    request = scope("/api/bodies/SCO/members", "as_of=2024-08-01")
    assert run(middleware, request)[0]["status"] == 404  # not started: no context yet
    state.context = type("Context", (), {"answers": AnswerCache()})()
    assert run(middleware, request)[0]["status"] == 404  # nothing cached
    key = cache_key(request)
    assert key is not None
    state.context.answers.put(key, b'[{"body":"SCO"}]')
    start, body = run(middleware, request)
    assert downstream.calls == 2
    assert start["status"] == 200
    assert start["headers"] == [(b"content-length", b"16"), (b"content-type", b"application/json")]
    assert body["body"] == b'[{"body":"SCO"}]'


LOOKUPS = [
    ("/api/states/RUS/bodies", {}),
    ("/api/states/Россия/bodies", {"as_of": "2024-01-01"}),
    ("/api/states/GEO/bodies", {"history": "true"}),
    ("/api/states/KAZ/bodies", {"as_of": "2026-12-03", "layer": "factbook-2026-01"}),
    ("/api/bodies/SCO/members", {"as_of": "2024-08-01", "role": "member"}),
    ("/api/bodies/ШОС/members", {"as_of": "2024-08-01", "role": "observer"}),
]


def test_the_route_files_its_answers_under_the_fast_paths_key(summary: BuildSummary) -> None:
    """Through the whole application in process: after one request, the answer is in the
    cache under the key the fast path computes for the same request."""

    async def check() -> None:
        app = create_app(Settings(store=summary.store, query_workers=1))
        async with app.router.lifespan_context(app):
            # answers are filed once the membership index is read (in the background, from
            # the file beside the store); until then the lookups are answered live, unfiled
            await asyncio.wrap_future(app.state.context.warm.index.future)
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
                for path, params in LOOKUPS:
                    first = await client.get(path, params=params)
                    key = cache_key(scope(path, str(httpx.QueryParams(params))))
                    assert key is not None
                    assert app.state.context.answers.get(key) == first.content
                    second = await client.get(path, params=params)
                    assert second.content == first.content
                    assert second.headers == first.headers

    asyncio.run(check())


@pytest.fixture(scope="module")
def client(server: str) -> httpx.Client:
    return httpx.Client(base_url=server, timeout=30.0)


def without_date(response: httpx.Response) -> dict[str, str]:
    return {k: v for k, v in response.headers.items() if k != "date"}


@pytest.mark.parametrize(
    ("path", "params", "headers"),
    [(path, params, {}) for path, params in LOOKUPS]
    + [  # asked nowhere else: the first answer comes from the route
        ("/api/states/rus/bodies", {"as_of": "2023-05-05"}, {"Origin": "http://localhost:8000"}),
        ("/api/bodies/sco/members", {"history": "true"}, {"Origin": "https://example.org"}),
    ],
)
def test_served_again_byte_for_byte(
    client: httpx.Client, path: str, params: dict[str, str], headers: dict[str, str]
) -> None:
    first = client.get(path, params=params, headers=headers)
    again = [client.get(path, params=params, headers=headers) for _ in range(3)]
    assert first.status_code == 200
    if headers:
        assert first.headers["access-control-allow-origin"] == "*"
    for response in again:
        assert response.status_code == 200
        assert without_date(response) == without_date(first)
        assert response.content == first.content


@pytest.mark.parametrize(
    ("path", "params", "status"),
    [
        ("/api/states/Atlantis/bodies", {}, 404),
        ("/api/states/RUS/bodies", {"as_of": "2024-13-01"}, 422),
        ("/api/states/RUS/bodies", {"role": "king"}, 422),
        ("/api/bodies/SCO/members", {"as_of": "01/08/2024"}, 422),
    ],
)
def test_refusals_stay_problems(
    client: httpx.Client, path: str, params: dict[str, str], status: int
) -> None:
    first = client.get(path, params=params)
    second = client.get(path, params=params)
    assert first.status_code == second.status_code == status
    assert first.headers["content-type"].startswith("application/problem+json")
    assert second.content == first.content
