"""``POST /api/extract`` on a live server: a UTF-8 text in, the JSON of docs/extraction.md or RDF
out, optionally checked against the reference graph; wrong bodies refused with problems; the
service stays up and nothing is written to the store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF

from blocgraph.build import BuildSummary
from blocgraph.config import PROJECT_ROOT
from blocgraph.extract._model import document_iri
from blocgraph.vocab import BG
from tests.api.conftest import ServerFactory
from tests.conftest import run_cli

SEED = PROJECT_ROOT / "seeds" / "lavrov-2026-01-20.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
TEXT_PLAIN = "text/plain; charset=utf-8"
PROBLEM = "application/problem+json"
MAX_BODY = 20_000
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
MENTION_KEYS = {"text", "start", "end", "type", "id"}
STATEMENT_KEYS = {
    "subject",
    "predicate",
    "object",
    "qualifiers",
    "evidence_start",
    "evidence_end",
    "asserted_by",
    "rule",
    "polarity",
    "antecedent",
}


@pytest.fixture(scope="module")
def client(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=120.0) as http:
        yield http


@pytest.fixture(scope="module")
def small(start_server: ServerFactory, summary: BuildSummary) -> Iterator[httpx.Client]:
    """A server whose body limit is 20 kB."""
    url = start_server(store=summary.store, BLOCGRAPH_MAX_BODY_BYTES=str(MAX_BODY))
    with httpx.Client(base_url=url, timeout=120.0) as http:
        yield http


def post(
    client: httpx.Client, body: bytes | str, content_type: str = TEXT_PLAIN, **params: str
) -> httpx.Response:
    content = body.encode("utf-8") if isinstance(body, str) else body
    return client.post(
        "/api/extract", content=content, params=params, headers={"Content-Type": content_type}
    )


def problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["detail"]
    assert "Traceback" not in response.text
    return body


def still_up(client: httpx.Client) -> None:
    response = client.get("/api/bodies")
    assert response.status_code == 200
    assert any(b["key"] == "SCO" for b in response.json())


def triple_count(client: httpx.Client) -> int:
    response = client.post(
        "/sparql",
        content=COUNT,
        headers={
            "Content-Type": "application/sparql-query",
            "Accept": "application/sparql-results+json",
        },
    )
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def named_graphs(dataset: Dataset) -> dict[str, Graph]:
    return {
        str(g.identifier): g
        for g in dataset.graphs()
        if g.identifier != DATASET_DEFAULT_GRAPH_ID and len(g) > 0
    }


# --- what comes out ---------------------------------------------------------------------------


def test_json_follows_the_contract(client: httpx.Client) -> None:
    response = post(client, SEED_TEXT)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    payload = response.json()
    assert set(payload) == {"document", "path", "metadata", "mentions", "statements"}
    assert payload["document"] == document_iri(SEED_TEXT)
    assert payload["path"] is None
    assert payload["metadata"]["date"].startswith("2026-01-20")
    assert payload["mentions"]
    assert payload["statements"]
    for mention in payload["mentions"]:
        assert set(mention) == MENTION_KEYS
        assert SEED_TEXT[mention["start"] : mention["end"]] == mention["text"]
    for statement in payload["statements"]:
        assert set(statement) == STATEMENT_KEYS
        assert 0 <= statement["evidence_start"] < statement["evidence_end"] <= len(SEED_TEXT)
    assert "check" not in payload


def test_same_as_the_command_line(client: httpx.Client) -> None:
    cli = run_cli("extract", str(SEED), "--format", "json")
    assert cli.returncode == 0, cli.stderr
    from_cli = json.loads(cli.stdout)
    from_api = post(client, SEED_TEXT).json()
    for key in ("document", "metadata", "mentions", "statements"):
        assert from_api[key] == from_cli[key], key


def test_a_byte_order_mark_is_dropped(client: httpx.Client) -> None:
    text = "Iran joined the SCO in 2023."
    response = post(client, b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert response.status_code == 200, response.text
    payload = response.json()
    assert payload["document"] == document_iri(text)
    for mention in payload["mentions"]:
        assert text[mention["start"] : mention["end"]] == mention["text"]


@pytest.mark.parametrize(
    ("fmt", "media", "parser"),
    [
        ("trig", "application/trig", "trig"),
        ("nquads", "application/n-quads", "nquads"),
        ("jsonld", "application/ld+json", "json-ld"),
    ],
)
def test_quad_formats_give_the_documents_graph(
    client: httpx.Client, fmt: str, media: str, parser: str
) -> None:
    response = post(client, SEED_TEXT, format=fmt)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(media)
    graphs = named_graphs(Dataset().parse(data=response.text, format=parser))
    assert list(graphs) == [document_iri(SEED_TEXT)]
    graph = graphs[document_iri(SEED_TEXT)]
    assert (URIRef(document_iri(SEED_TEXT)), RDF.type, BG.Document) in graph
    assert set(graph.subjects(RDF.type, BG.Assertion))


def test_turtle(client: httpx.Client) -> None:
    response = post(client, SEED_TEXT, format="turtle")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=response.text, format="turtle")
    assert set(graph.subjects(RDF.type, BG.Assertion))


def test_check_adds_verdicts_as_of_the_documents_date(client: httpx.Client) -> None:
    response = post(client, SEED_TEXT, check="true")
    assert response.status_code == 200, response.text
    check = response.json()["check"]
    assert check["as_of"] == "2026-01-20"
    assert check["as_of_from_document"] is True
    assert check["results"]
    for result in check["results"]:
        assert result["verdict"] in {"supported", "contradicted", "not_in_reference"}
        assert set(result["statement"]) == STATEMENT_KEYS
        for record in result["reference"]:
            assert all(s["url"].startswith("http") for s in record["sources"])
    assert any(r["verdict"] == "supported" and r["reference"] for r in check["results"])


def test_check_agrees_with_the_command_line(client: httpx.Client, summary: BuildSummary) -> None:
    cli = run_cli("check", str(SEED), "--json", store=summary.store)
    assert cli.returncode == 0, cli.stderr
    from_cli = json.loads(cli.stdout)[0]["checks"]
    from_api = post(client, SEED_TEXT, check="true").json()["check"]["results"]
    assert from_api == from_cli


def test_check_treaty_statements_against_the_relations_layer(client: httpx.Client) -> None:
    text = (
        "# date: 2025-06-01\nThe State Duma ratified the Treaty on Comprehensive Strategic"
        " Partnership with North Korea in November 2024."
    )
    response = post(client, text, check="true")
    assert response.status_code == 200, response.text
    results = response.json()["check"]["results"]
    ratified = [r for r in results if r["statement"]["predicate"] == "ratified"]
    assert [(r["statement"]["subject"], r["statement"]["object"]) for r in ratified] == [
        ("RUS", "RUS-PRK-2024")
    ]
    assert ratified[0]["verdict"] == "supported"
    events = ratified[0]["analysis"]["events"]
    assert all(s["url"].startswith("http") for e in events for s in e["sources"])


def test_check_without_date_is_as_of_today(client: httpx.Client) -> None:
    response = post(client, "Iran joined the SCO in 2023.", check="true")
    assert response.status_code == 200, response.text
    assert response.json()["check"]["as_of_from_document"] is False


def test_check_with_an_impossible_date_is_not_a_server_error(client: httpx.Client) -> None:
    response = post(client, "# date: 2026-02-30\nIran joined the SCO in 2023.", check="true")
    assert response.status_code < 500, response.text
    still_up(client)


def test_check_needs_json(client: httpx.Client) -> None:
    body = problem(post(client, SEED_TEXT, format="trig", check="true"), 400)
    assert "json" in body["detail"]


def test_markdown_is_text_too(client: httpx.Client) -> None:
    response = post(client, "# Iran\nIran joined the SCO in 2023.", "text/markdown")
    assert response.status_code == 200, response.text


# --- what is refused --------------------------------------------------------------------------


@pytest.mark.parametrize("body", [b"", b"   \n\t\n"])
def test_empty_body_is_400(client: httpx.Client, body: bytes) -> None:
    problem(post(client, body), 400)
    still_up(client)


def test_binary_body_is_415(client: httpx.Client) -> None:
    body = problem(post(client, b"%PDF-1.7\n\x00\x01\x02binary"), 415)
    assert "binary" in body["detail"]
    still_up(client)


@pytest.mark.parametrize("encoding", ["latin-1", "windows-1251"])
def test_other_encoding_is_415(client: httpx.Client, encoding: str) -> None:
    text = "Die Türkei" if encoding == "latin-1" else "Россия — член ОДКБ"
    body = problem(post(client, text.encode(encoding), "text/plain"), 415)
    assert "UTF-8" in body["detail"]
    still_up(client)


def test_json_content_type_is_415_saying_send_text(client: httpx.Client) -> None:
    response = post(client, json.dumps({"text": SEED_TEXT}), "application/json")
    body = problem(response, 415)
    assert "text/plain" in body["detail"]
    still_up(client)


def test_declared_other_charset_is_415(client: httpx.Client) -> None:
    response = post(client, "Die Türkei".encode("latin-1"), "text/plain; charset=latin-1")
    body = problem(response, 415)
    assert "UTF-8" in body["detail"]
    still_up(client)


def test_unknown_format_is_a_client_error(client: httpx.Client) -> None:
    response = post(client, SEED_TEXT, format="rdfxml")
    assert 400 <= response.status_code < 500
    still_up(client)


def test_body_over_the_limit_is_413(small: httpx.Client) -> None:
    text = (SEED_TEXT + "\n") * (MAX_BODY // len(SEED_TEXT.encode("utf-8")) + 2)
    assert len(text.encode("utf-8")) > MAX_BODY
    body = problem(post(small, text), 413)
    assert str(MAX_BODY) in body["detail"]
    still_up(small)
    # the same text cut under the limit is accepted
    under = text.encode("utf-8")[: MAX_BODY - 10].decode("utf-8", errors="ignore")
    assert post(small, under).status_code == 200


# --- nothing is stored ------------------------------------------------------------------------


def test_nothing_is_written_to_the_store(client: httpx.Client) -> None:
    before = triple_count(client)
    text = "# date: 2025-05-05\nKazakhstan is a member of the Eurasian Economic Union.\n"
    for params in ({}, {"check": "true"}, {"format": "trig"}, {"format": "nquads"}):
        assert post(client, text, **params).status_code == 200
    assert triple_count(client) == before
    iri = document_iri(text)
    ask = client.get(
        "/sparql",
        params={"query": f"ASK {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert ask.status_code == 200
    assert ask.json()["boolean"] is False


@pytest.mark.parametrize(
    "hostile",
    [
        '"' * 900_000,  # one megabyte-long "word": spaCy's tokenizer is quadratic in word length
        "“" + "Lavrov said Russia is a member of the SCO and " * 18_000,  # a quote never closed
        "Russia, Kazakhstan and " * 38_000 + "joined the SCO.",  # one endless list
    ],
    ids=["quote-marks", "unclosed-quote", "endless-list"],
)
def test_hostile_texts_are_answered_and_the_service_stays_up(
    client: httpx.Client, hostile: str
) -> None:
    response = post(client, hostile)  # the client's timeout (120 s) turns a hang into a failure
    assert response.status_code == 200, response.text[:500]
    assert client.get("/api/bodies").status_code == 200
