"""Bad input over HTTP, against a real ``blocgraph serve``: an oversize URL is a 414 problem, a long
name is not echoed whole, an unknown ``format=`` is 406 with the formats, a bad date names the
form expected — and the server keeps answering."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from blocgraph.build import BuildSummary
from tests.api.test_rest import assert_problem

ServerFactory = Callable[..., str]
MAX_URL = 4096


@pytest.fixture(scope="module")
def capped(start_server: ServerFactory, summary: BuildSummary) -> str:
    """A server with a small URL cap."""
    return start_server(store=summary.store, BLOCGRAPH_MAX_URL_BYTES=str(MAX_URL))


@pytest.fixture(scope="module")
def client(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=30.0) as http:
        yield http


def raw_get(base: str, target: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send one GET with a request target as given (no client-side limits) and read the answer."""
    parts = urlsplit(base)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as sock:
        sock.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n")
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in header_lines)}
    return int(status_line.split()[1]), headers, body


@pytest.mark.parametrize("size", [MAX_URL + 1, 100_000, 1_000_000])
def test_oversize_url_is_414_problem(capped: str, size: int) -> None:
    status, headers, body = raw_get(capped, b"/sparql?query=" + b"x" * size)
    assert status == 414
    assert headers["content-type"] == "application/problem+json"
    problem: dict[str, Any] = httpx.Response(414, content=body).json()
    assert problem["status"] == 414
    assert "POST" in problem["detail"] and str(MAX_URL) in problem["detail"]


def test_url_under_the_cap_is_served(capped: str) -> None:
    query = "ASK { ?s ?p ?o }" + " " * (MAX_URL - 200)
    response = httpx.get(capped + "/sparql", params={"query": query})
    assert response.status_code == 200, response.text
    assert response.json()["boolean"] is True


def test_malformed_request_is_a_400_problem(capped: str) -> None:
    status, headers, body = raw_get(capped, b"/sparql\x00junk")
    assert status == 400
    assert headers["content-type"] == "application/problem+json"
    assert b"Traceback" not in body


def test_capped_server_still_answers(capped: str) -> None:
    raw_get(capped, b"/api/search?q=" + b"y" * 50_000)
    assert httpx.get(capped + "/api/search", params={"q": "Russia"}).json()[0]["code"] == "RUS"


@pytest.mark.parametrize(
    "path",
    ["/api/states/{name}/bodies", "/api/bodies/{name}/members", "/id/state/{name}"],
)
def test_long_name_is_truncated_in_the_message(client: httpx.Client, path: str) -> None:
    name = "Q" * 20_000
    problem = assert_problem(client.get(path.format(name=name)), 404)
    assert len(problem["detail"]) < 400
    assert "20000 characters" in problem["detail"] or "…" in problem["detail"]


def test_short_unknown_name_is_quoted_whole(client: httpx.Client) -> None:
    problem = assert_problem(client.get("/api/states/Atlantis/bodies"), 404)
    assert "'Atlantis'" in problem["detail"]


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "csv"),
        ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1", "turtle"),
    ],
)
def test_unknown_format_is_406_listing_the_formats(
    client: httpx.Client, query: str, listed: str
) -> None:
    response = client.get("/sparql", params={"query": query, "format": "yaml"})
    problem = assert_problem(response, 406)
    assert "yaml" in problem["detail"] and listed in problem["detail"]


def test_known_format_still_wins(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": "ASK {}", "format": "csv"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")


@pytest.mark.parametrize("value", ["garbage", "2024-13-01", "01/08/2024"])
@pytest.mark.parametrize(
    "path", ["/api/states/RUS/bodies", "/api/analysis/coverage", "/api/maps/coverage.svg"]
)
def test_bad_date_names_the_form(client: httpx.Client, path: str, value: str) -> None:
    response = client.get(path, params={"as_of": value})
    assert response.status_code in (400, 422), response.text
    assert "YYYY-MM-DD" in response.json()["detail"]
