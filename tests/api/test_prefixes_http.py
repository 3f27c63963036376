"""Predeclared prefixes through a real ``blocgraph serve``: queries without ``PREFIX`` lines,
queries that declare their own, unknown prefixes, positions in syntax errors, the service
description and the ``/query`` page."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from rdflib import Graph, Namespace

from blocgraph.sparql import PREDECLARED
from tests.api.test_rest import assert_problem

SH = Namespace("http://www.w3.org/ns/shacl#")
JSON = "application/sparql-results+json"


@pytest.fixture(scope="module")
def client(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=30.0) as http:
        yield http


def select(client: httpx.Client, query: str) -> list[dict[str, dict[str, str]]]:
    response = client.get("/sparql", params={"query": query}, headers={"Accept": JSON})
    assert response.status_code == 200, response.text
    rows: list[dict[str, dict[str, str]]] = response.json()["results"]["bindings"]
    return rows


def test_query_without_prefix_lines(client: httpx.Client) -> None:
    rows = select(
        client,
        """SELECT ?key WHERE {
            ?state bg:iso3 "RUS" .
            ?m org:member ?state ; org:organization ?b .
            ?b bg:key ?key .
            FILTER NOT EXISTS { ?m bg:endDate ?end }
        }""",
    )
    assert {"CIS", "CSTO", "EAEU", "SCO"} <= {r["key"]["value"] for r in rows}


def test_wikidata_links_through_wd(client: httpx.Client) -> None:
    rows = select(client, 'SELECT ?s WHERE { ?s bg:iso3 "RUS" ; owl:sameAs wd:Q159 }')
    assert len(rows) == 1


def test_own_declaration_wins(client: httpx.Client) -> None:
    rows = select(client, "PREFIX bg: <urn:nothing#> SELECT ?s WHERE { ?s a bg:State } LIMIT 1")
    assert rows == []


def test_post_form_and_direct_also_get_prefixes(client: httpx.Client) -> None:
    query = "ASK { ?s a bg:Body }"
    headers = {"Content-Type": "application/sparql-query", "Accept": JSON}
    direct = client.post("/sparql", content=query, headers=headers)
    form = client.post("/sparql", data={"query": query}, headers={"Accept": JSON})
    assert direct.json()["boolean"] is True and form.json()["boolean"] is True


def test_unknown_prefix_is_a_short_clear_400(client: httpx.Client) -> None:
    problem = assert_problem(
        client.get("/sparql", params={"query": "SELECT * WHERE { ?s a schema:Person }"}), 400
    )
    assert "schema:" in problem["detail"] and "PREFIX" in problem["detail"]
    assert len(problem["detail"]) < 300


def test_syntax_error_position_is_the_clients(client: httpx.Client) -> None:
    # the error is at column 30 of what the client wrote, whatever was put in front
    problem = assert_problem(
        client.get("/sparql", params={"query": "SELECT * WHERE { ?s a bg:X . FILTER( }"}), 400
    )
    plain = assert_problem(
        client.get(
            "/sparql",
            params={"query": "PREFIX bg: <urn:x#> SELECT * WHERE { ?s a bg:X . FILTER( }"},
        ),
        400,
    )
    column = int(problem["detail"].split("at 1:")[1].split(":")[0])
    declared = int(plain["detail"].split("at 1:")[1].split(":")[0])
    assert declared - column == len("PREFIX bg: <urn:x#> ")


def test_service_description_lists_the_prefixes(client: httpx.Client) -> None:
    response = client.get("/sparql", headers={"Accept": "text/turtle"})
    graph = Graph().parse(data=response.text, format="turtle")
    declared = {
        str(graph.value(d, SH.prefix)): str(graph.value(d, SH.namespace))
        for d in graph.objects(None, SH.declare)
    }
    assert declared == PREDECLARED


def test_query_page_lists_the_prefixes(client: httpx.Client) -> None:
    page = client.get("/query").text
    for prefix, namespace in PREDECLARED.items():
        assert f"<code>{prefix}:</code></th><td><code>{namespace}</code>" in page
