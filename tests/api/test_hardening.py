"""Hardening of the SPARQL service, tested against real ``blocgraph serve`` processes.

One test (or parametrized group) per requirement: read-only by default, nothing that reaches
outside the store (SERVICE, LOAD, FROM of unknown graphs), a per-query deadline that keeps the
service answering, caps on result and request sizes, parser messages with a position, UTF-8
only, errors as problem details without stack traces — and the service still up afterwards.
"""

from __future__ import annotations

import random
import re
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Literal

import httpx
import pytest

from blocgraph.build import build
from blocgraph.config import Settings
from tests.conftest import DATA_DIR, ONTOLOGY_DIR

ServerFactory = Callable[..., str]
Transport = Literal["get", "direct", "form"]

TIMEOUT = 2.0
WORKERS = 2
MAX_BODY = 20_000
MAX_RESULT = 100_000
TOKEN = "hardening-token-5e1f"
LIMITS = {
    "BLOCGRAPH_QUERY_TIMEOUT": f"{TIMEOUT:g}",
    "BLOCGRAPH_QUERY_WORKERS": str(WORKERS),
    "BLOCGRAPH_MAX_BODY_BYTES": str(MAX_BODY),
    "BLOCGRAPH_MAX_RESULT_BYTES": str(MAX_RESULT),
}

JSON = "application/sparql-results+json"
FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"
REFERENCE = "https://w3id.org/blocgraph/graph/reference"
NEW_GRAPH = "https://example.org/hardening/inserted"
INSERT = f'INSERT DATA {{ GRAPH <{NEW_GRAPH}> {{ <urn:hardening:s> <urn:hardening:p> "o" }} }}'
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
ASK = "ASK { ?s ?p ?o }"


# --- servers, clients and a listener that must never be contacted -------------------------


@pytest.fixture(scope="module")
def curated_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The curated graph without the Factbook and COW layers (data/layers): these tests are
    about the service's protections under a 2 s deadline, not about the data's size —
    counting every quad of the full graph alone takes seconds on a loaded machine."""
    folder = tmp_path_factory.mktemp("curated")
    shutil.copytree(DATA_DIR, folder / "data", ignore=shutil.ignore_patterns("layers"))
    settings = Settings(data_dir=folder / "data", ontology_dir=ONTOLOGY_DIR, store=folder / "store")
    return build(settings).store


@pytest.fixture(scope="module")
def limited(start_server: ServerFactory, curated_store: Path) -> str:
    """A read-only server on the built store with small limits."""
    return start_server(store=curated_store, **LIMITS)


@pytest.fixture(scope="module")
def slow(start_server: ServerFactory, curated_store: Path) -> str:
    """A server of its own for the deadline tests, whose workers get killed."""
    return start_server(store=curated_store, **LIMITS)


@pytest.fixture(scope="module")
def writable(
    start_server: ServerFactory, curated_store: Path, tmp_path_factory: pytest.TempPathFactory
) -> str:
    """A server that accepts updates with a token, on a private copy of the store."""
    copy = tmp_path_factory.mktemp("writable") / "store"
    shutil.copytree(curated_store, copy)
    return start_server(store=copy, BLOCGRAPH_UPDATE_TOKEN=TOKEN, **LIMITS)


class Listener:
    """A local TCP port that counts the connections it gets and closes each at once."""

    def __init__(self) -> None:
        self._socket = socket.create_server(("127.0.0.1", 0))
        self._socket.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}/"
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._socket.accept()
            except TimeoutError:
                continue
            self.connections += 1
            connection.close()  # fail fast: an engine that calls out must not hang on us

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self._socket.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    found = Listener()
    yield found
    found.close()


def sparql(
    url: str,
    text: str,
    transport: Transport = "get",
    accept: str = JSON,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    """Send a query by GET, as a POST body, or as a POST form."""
    sent = {"Accept": accept, **(headers or {})}
    if transport == "get":
        return httpx.get(f"{url}/sparql", params={"query": text}, headers=sent, timeout=30)
    if transport == "direct":
        sent["Content-Type"] = QUERY
        return httpx.post(f"{url}/sparql", content=text.encode(), headers=sent, timeout=30)
    return httpx.post(f"{url}/sparql", data={"query": text}, headers=sent, timeout=30)


def update(
    url: str, text: str, transport: Literal["direct", "form"], token: str | None = None
) -> httpx.Response:
    """Send an update as application/sparql-update or as a form ``update=``."""
    headers = {} if token is None else {"Authorization": token}
    if transport == "direct":
        headers["Content-Type"] = UPDATE
        return httpx.post(f"{url}/sparql", content=text.encode(), headers=headers, timeout=30)
    return httpx.post(f"{url}/sparql", data={"update": text}, headers=headers, timeout=30)


def triples(url: str) -> int:
    response = sparql(url, COUNT)
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def problem(response: httpx.Response, status: int | None = None) -> dict[str, Any]:
    """Check an error is a problem document without internals; return it."""
    assert "Traceback" not in response.text
    assert 'File "' not in response.text
    if status is None:
        assert 400 <= response.status_code < 500, response.text
    else:
        assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == response.status_code
    assert body["title"]
    assert body["detail"]
    return body


# --- 1. read-only by default; updates only with the token --------------------------------


@pytest.mark.parametrize("transport", ["direct", "form"])
def test_update_is_refused_by_a_read_only_service(
    limited: str, transport: Literal["direct", "form"]
) -> None:
    before = triples(limited)
    body = problem(update(limited, INSERT, transport), 403)
    assert "read-only" in body["detail"]
    assert triples(limited) == before


@pytest.mark.parametrize(
    "send",
    [
        pytest.param(lambda url: sparql(url, INSERT), id="as-get-query"),
        pytest.param(lambda url: sparql(url, INSERT, "form"), id="as-form-query"),
        pytest.param(
            lambda url: httpx.get(f"{url}/sparql", params={"update": INSERT}), id="as-get-update"
        ),
    ],
)
def test_update_sent_as_a_query_changes_nothing(
    limited: str, send: Callable[[str], httpx.Response]
) -> None:
    before = triples(limited)
    problem(send(limited), 400)
    assert triples(limited) == before


@pytest.mark.parametrize(
    "token",
    [None, "Bearer wrong", f"Basic {TOKEN}", TOKEN, f"Bearer {TOKEN}x", f"Bearer {TOKEN[:-1]}"],
)
@pytest.mark.parametrize("transport", ["direct", "form"])
def test_update_needs_the_right_token(
    writable: str, token: str | None, transport: Literal["direct", "form"]
) -> None:
    before = triples(writable)
    problem(update(writable, INSERT, transport, token), 403)
    assert triples(writable) == before


def test_update_with_the_token_is_visible_to_later_queries(writable: str) -> None:
    response = update(writable, INSERT, "direct", f"Bearer {TOKEN}")
    assert 200 <= response.status_code < 300, response.text
    asked = sparql(writable, f'ASK {{ GRAPH <{NEW_GRAPH}> {{ <urn:hardening:s> ?p "o" }} }}')
    assert asked.json()["boolean"] is True
    # the new graph is now a known graph, so FROM may name it
    named = sparql(writable, f"SELECT ?s FROM <{NEW_GRAPH}> WHERE {{ ?s ?p ?o }}")
    assert named.status_code == 200, named.text
    assert named.json()["results"]["bindings"] == [
        {"s": {"type": "uri", "value": "urn:hardening:s"}}
    ]


# --- 2. nothing reaches outside the store ------------------------------------------------

REFUSED = [
    pytest.param("SELECT * WHERE { SERVICE <{url}sparql> { ?s ?p ?o } }", "SERVICE", id="service"),
    pytest.param(
        "PREFIX remote: <{url}> SELECT * WHERE { SERVICE remote:sparql { ?s ?p ?o } }",
        "SERVICE",
        id="service-prefixed-name",
    ),
    pytest.param(
        "select * where { service silent <{url}> { ?s ?p ?o } }", "SERVICE", id="service-lowercase"
    ),
    pytest.param(
        "ASK { VALUES ?remote { <{url}> } SERVICE ?remote { ?s ?p ?o } }",
        "SERVICE",
        id="service-variable",
    ),
    pytest.param(
        "CONSTRUCT { ?s ?p ?o } WHERE { OPTIONAL { SERVICE <{url}> { ?s ?p ?o } } }",
        "SERVICE",
        id="service-nested-construct",
    ),
    pytest.param(
        "SELECT * WHERE { # a comment ends at a CR too\rSERVICE <{url}> { ?s ?p ?o } }",
        "SERVICE",
        id="service-after-cr-ended-comment",
    ),
    pytest.param(
        "SELECT * WHERE { BIND(<http://example.org/\\u0061#> AS ?x) SERVICE <{url}> { ?s ?p ?o } }",
        "SERVICE",
        id="service-after-escaped-iri",
    ),
    pytest.param("SELECT * FROM <{url}graph> WHERE { ?s ?p ?o }", "FROM", id="from-listener"),
    pytest.param(
        "SELECT * FROM NAMED <{url}graph> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "FROM",
        id="from-named-listener",
    ),
    pytest.param(
        "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
        "file:///etc/passwd",
        id="from-file",
    ),
    pytest.param(
        "PREFIX f: <file:///etc/> SELECT * FROM f:passwd WHERE { ?s ?p ?o }",
        "file:///etc/passwd",
        id="from-file-prefixed-name",
    ),
    pytest.param(
        "SELECT * FROM NAMED <http://127.0.0.1:1/x> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "http://127.0.0.1:1/x",
        id="from-named-closed-port",
    ),
    pytest.param(
        "SELECT * FROM <https://w3id.org/blocgraph/graph/unknown> WHERE { ?s ?p ?o }",
        "https://w3id.org/blocgraph/graph/unknown",
        id="from-unknown-graph",
    ),
]


@pytest.mark.parametrize(("text", "named"), REFUSED)
def test_reaching_out_is_refused_before_evaluation(
    limited: str, listener: Listener, text: str, named: str
) -> None:
    body = problem(sparql(limited, text.replace("{url}", listener.url)), 400)
    assert named in body["detail"]
    assert "not allowed" in body["detail"] or "names no graph" in body["detail"]
    assert listener.connections == 0


@pytest.mark.parametrize("transport", ["direct", "form"])
def test_service_is_refused_in_every_transport(
    limited: str, listener: Listener, transport: Transport
) -> None:
    text = f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
    assert "SERVICE" in problem(sparql(limited, text, transport), 400)["detail"]
    assert listener.connections == 0


@pytest.mark.parametrize(
    ("text", "named"),
    [
        pytest.param("LOAD <{url}data.ttl>", "LOAD", id="load"),
        pytest.param(
            "load silent <{url}data.ttl> into graph <https://example.org/loaded>",
            "LOAD",
            id="load-lowercase-silent",
        ),
        pytest.param("LOAD <file:///etc/passwd>", "LOAD", id="load-file"),
        pytest.param(
            "INSERT { GRAPH <https://example.org/copied> { ?s ?p ?o } } "
            "WHERE { SERVICE <{url}> { ?s ?p ?o } }",
            "SERVICE",
            id="insert-from-service",
        ),
        pytest.param("# note\rLOAD <{url}data.ttl>", "LOAD", id="load-after-cr-ended-comment"),
    ],
)
def test_update_reaching_out_is_refused_even_with_the_token(
    writable: str, listener: Listener, text: str, named: str
) -> None:
    before = triples(writable)
    sent = text.replace("{url}", listener.url)
    body = problem(update(writable, sent, "direct", f"Bearer {TOKEN}"), 400)
    assert named in body["detail"]
    assert listener.connections == 0
    assert triples(writable) == before


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            'SELECT * WHERE { ?s ?p ?o FILTER(?o != "SERVICE <http://127.0.0.1:1/>") } LIMIT 1',
            id="service-in-string",
        ),
        pytest.param(
            "SELECT * WHERE { ?s ?p ?o FILTER(?o != 'LOAD <file:///etc/passwd>') } LIMIT 1",
            id="load-in-string",
        ),
        pytest.param(
            'SELECT * WHERE { ?s ?p ?o FILTER(?o != """FROM <file:///etc/passwd>""") } LIMIT 1',
            id="from-in-long-string",
        ),
        pytest.param(
            "SELECT * WHERE { ?s ?p ?o FILTER(?p != <http://example.org/SERVICE>) } LIMIT 1",
            id="service-in-iri",
        ),
        pytest.param(
            "PREFIX ex: <http://example.org/> "
            "SELECT * WHERE { ?s ?p ?o FILTER(?p != ex:SERVICE) } LIMIT 1",
            id="service-in-prefixed-name",
        ),
        pytest.param("SELECT ?service WHERE { ?service ?p ?o } LIMIT 1", id="service-variable"),
        pytest.param(
            "# SERVICE <http://127.0.0.1:1/> FROM <file:///etc/passwd>\nASK { ?s ?p ?o }",
            id="keywords-in-comment",
        ),
        pytest.param(
            f"SELECT (COUNT(*) AS ?n) FROM <{REFERENCE}> WHERE {{ ?s ?p ?o }}",
            id="from-known-graph",
        ),
        pytest.param(
            f"SELECT DISTINCT ?g FROM NAMED <{REFERENCE}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
            id="from-named-known-graph",
        ),
    ],
)
def test_keywords_in_literals_iris_and_known_graphs_are_allowed(limited: str, text: str) -> None:
    response = sparql(limited, text)
    assert response.status_code == 200, response.text


def test_from_a_known_graph_reads_that_graph(limited: str) -> None:
    text = f"SELECT DISTINCT ?g FROM NAMED <{REFERENCE}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    rows = sparql(limited, text).json()["results"]["bindings"]
    assert [row["g"]["value"] for row in rows] == [REFERENCE]


# --- 3. a deadline per query; the service keeps answering --------------------------------


def test_runaway_query_is_stopped_while_others_are_answered(slow: str) -> None:
    with httpx.Client(base_url=slow, headers={"Accept": JSON}, timeout=30) as client:
        for _ in range(WORKERS):  # both workers warm
            assert client.get("/sparql", params={"query": ASK}).status_code == 200
        with ThreadPoolExecutor(1) as pool:
            started = time.monotonic()
            runaway = pool.submit(sparql, slow, RUNAWAY)
            time.sleep(0.3)
            asked_at = time.perf_counter()
            asked = client.get("/sparql", params={"query": ASK})
            ask_seconds = time.perf_counter() - asked_at
            still_running = not runaway.done()
            stopped = runaway.result()
            runaway_seconds = time.monotonic() - started
    assert asked.status_code == 200
    assert asked.json()["boolean"] is True
    assert still_running
    assert ask_seconds < 0.5
    body = problem(stopped, 503)
    assert stopped.headers.get("retry-after")
    assert "LIMIT" in body["detail"]
    assert TIMEOUT <= runaway_seconds < TIMEOUT + 2.5


def test_service_recovers_once_every_worker_was_stopped(slow: str) -> None:
    with ThreadPoolExecutor(WORKERS) as pool:
        stopped = list(pool.map(lambda _: sparql(slow, RUNAWAY), range(WORKERS)))
    for response in stopped:
        problem(response, 503)
    # answered right away by replacement workers, and again and again
    answers = [sparql(slow, ASK) for _ in range(2 * WORKERS + 1)]
    assert [a.status_code for a in answers] == [200] * len(answers), answers[0].text
    assert triples(slow) > 0


# --- 4. result-size cap ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "accept"),
    [
        ("CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "application/ld+json"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "application/rdf+xml"),
        ("DESCRIBE ?s WHERE { ?s ?p ?o }", "text/turtle"),
        ("SELECT * WHERE { ?s ?p ?o }", JSON),
        ("SELECT * WHERE { ?s ?p ?o }", "application/sparql-results+xml"),
        ("SELECT * WHERE { ?s ?p ?o }", "text/csv"),
        ("SELECT * WHERE { ?s ?p ?o }", "text/tab-separated-values"),
    ],
)
def test_result_over_the_cap_is_refused(limited: str, text: str, accept: str) -> None:
    body = problem(sparql(limited, text, accept=accept))
    assert "LIMIT" in body["detail"]


def test_result_under_the_cap_is_served(limited: str) -> None:
    response = sparql(limited, "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 10", accept="text/turtle")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/turtle")
    assert 0 < len(response.content) <= MAX_RESULT


# --- 5. request-body cap -----------------------------------------------------------------


def padded(text: str, size: int) -> bytes:
    """``text`` followed by a comment that makes it ``size`` bytes long."""
    head = f"{text}\n# "
    return (head + "x" * (size - len(head))).encode()


def chunks(data: bytes, size: int = 1000) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


@pytest.mark.parametrize("streamed", [False, True], ids=["content-length", "chunked"])
@pytest.mark.parametrize(("content_type", "prefix"), [(QUERY, ""), (UPDATE, ""), (FORM, "query=")])
def test_body_over_the_cap_is_refused(
    limited: str, streamed: bool, content_type: str, prefix: str
) -> None:
    data = padded(prefix + ASK, MAX_BODY + 5_000)
    content: bytes | Iterator[bytes] = chunks(data) if streamed else data
    response = httpx.post(
        f"{limited}/sparql", content=content, headers={"Content-Type": content_type}, timeout=30
    )
    if streamed:
        assert response.request.headers["transfer-encoding"] == "chunked"
    assert str(MAX_BODY) in problem(response, 413)["detail"]


def test_body_under_the_cap_is_accepted(limited: str) -> None:
    response = httpx.post(
        f"{limited}/sparql",
        content=chunks(padded(ASK, MAX_BODY - 100)),
        headers={"Content-Type": QUERY, "Accept": JSON},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    assert response.json()["boolean"] is True


# --- 6. syntax errors say where ----------------------------------------------------------


@pytest.mark.parametrize("transport", ["get", "direct", "form"])
def test_syntax_error_gives_the_parsers_position(limited: str, transport: Transport) -> None:
    body = problem(sparql(limited, "SELECT *\nWHERE { ?s ?p }", transport), 400)
    assert re.search(r"\b2:\d+", body["detail"]), body["detail"]


# --- 7. UTF-8 only -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "content_type", "status"),
    [
        (b"ASK {\xff}", QUERY, 400),
        (b"ASK {\xff}", f"{QUERY}; charset=utf-8", 400),
        (b"ASK {\xc3}", QUERY, 400),
        (b"query=ASK {\xff}", FORM, 400),
        (b"query=ASK%20%7B%FF%7D", FORM, 400),
        (b"INSERT DATA {\xff}", UPDATE, 400),
        ("ASK {}".encode("utf-16"), f"{QUERY}; charset=UTF-16", 415),
        ("query=ASK {}".encode("utf-16"), f"{FORM}; charset=utf-16", 415),
    ],
)
def test_body_that_is_not_utf8_is_refused(
    limited: str, content: bytes, content_type: str, status: int
) -> None:
    response = httpx.post(
        f"{limited}/sparql", content=content, headers={"Content-Type": content_type}
    )
    problem(response, status)


# --- 8. never a stack trace; problems for every error ------------------------------------


@pytest.mark.parametrize(
    "path", ["/no/such/path", "/api/nothing", "/api/bodies/NoSuchBodyAtAll/members"]
)
def test_unknown_path_is_a_problem(limited: str, path: str) -> None:
    problem(httpx.get(f"{limited}{path}"), 404)


@pytest.mark.parametrize("content_type", [None, QUERY, UPDATE, FORM, "application/octet-stream"])
def test_binary_body_is_refused(limited: str, content_type: str | None) -> None:
    headers = {} if content_type is None else {"Content-Type": content_type}
    data = random.Random(20).randbytes(4096)
    problem(httpx.post(f"{limited}/sparql", content=data, headers=headers))


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_other_methods_are_not_allowed(limited: str, method: str) -> None:
    response = httpx.request(method, f"{limited}/sparql", params={"query": ASK})
    problem(response, 405)
    assert {"GET", "POST"} <= {m.strip() for m in response.headers["allow"].split(",")}


# --- 9. still up after all of the above --------------------------------------------------


@pytest.mark.parametrize("name", ["limited", "slow", "writable"])
def test_service_is_still_up(name: str, request: pytest.FixtureRequest) -> None:
    url: str = request.getfixturevalue(name)
    response = httpx.get(f"{url}/api/bodies", timeout=30)
    assert response.status_code == 200
    assert len(response.json()) > 0
    assert sparql(url, ASK).json()["boolean"] is True
