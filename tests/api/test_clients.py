"""The SPARQL endpoint as real clients use it: SPARQLWrapper, rdflib's SPARQLStore, and plain
HTTP (httpx) for content negotiation, the service description, CORS and protocol datasets."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from rdflib.query import Result
from SPARQLWrapper import (
    CSV,
    GET,
    JSON,
    JSONLD,
    N3,
    POST,
    RDFXML,
    TSV,
    TURTLE,
    XML,
    SPARQLWrapper,
)

from blocgraph.vocab import BG, ONTOLOGY_GRAPH, REFERENCE_GRAPH, state_iri

PREFIXES = """
PREFIX bg: <https://w3id.org/blocgraph/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
BODY_KEYS = PREFIXES + "SELECT ?key WHERE { ?b a bg:Body ; bg:key ?key } ORDER BY ?key"
RUS = f"<{state_iri('RUS')}>"
RUS_TRIPLES = f"CONSTRUCT {{ {RUS} ?p ?o }} WHERE {{ {RUS} ?p ?o }}"
ASK_RUS = PREFIXES + f'ASK {{ {RUS} bg:iso3 "RUS" }}'
ASK_ANY_STATE = PREFIXES + "ASK { ?s a bg:State }"
GRAPHS_SEEN = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
RUS_ISO3 = (state_iri("RUS"), BG.iso3, Literal("RUS"))
SD = "http://www.w3.org/ns/sparql-service-description#"

SPARQL_JSON = "application/sparql-results+json"
SPARQL_XML = "application/sparql-results+xml"
CSV_TYPE = "text/csv"
TSV_TYPE = "text/tab-separated-values"
TURTLE_TYPE = "text/turtle"
NTRIPLES = "application/n-triples"
JSON_LD = "application/ld+json"
RDF_XML = "application/rdf+xml"
#: media type → rdflib's name of the parser for it
RESULT_PARSERS = {SPARQL_JSON: "json", SPARQL_XML: "xml", CSV_TYPE: "csv", TSV_TYPE: "tsv"}
GRAPH_PARSERS = {TURTLE_TYPE: "turtle", NTRIPLES: "nt", JSON_LD: "json-ld", RDF_XML: "xml"}


@pytest.fixture(scope="module")
def client(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=30.0) as http:
        yield http


def wrapper(server: str, query: str, return_format: str, method: str = GET) -> SPARQLWrapper:
    sparql = SPARQLWrapper(f"{server}/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(return_format)
    sparql.setMethod(method)
    return sparql


def keys_from(converted: Any, return_format: str) -> list[str]:
    """The ?key column of a SPARQLWrapper SELECT result, whatever its format."""
    if return_format == JSON:
        return [b["key"]["value"] for b in converted["results"]["bindings"]]
    if return_format == XML:
        return [n.firstChild.data for n in converted.getElementsByTagName("literal")]
    assert isinstance(converted, bytes)
    lines = converted.decode("utf-8").splitlines()[1:]
    return [line.strip('"') for line in lines]


def media_type(response: httpx.Response) -> str:
    return response.headers["content-type"].split(";")[0].strip()


def sparql_get(
    client: httpx.Client, query: str, accept: str | None = None, **params: str
) -> httpx.Response:
    headers = {"Accept": accept} if accept is not None else {}
    return client.get("/sparql", params={"query": query, **params}, headers=headers)


def ask(client: httpx.Client, query: str, **params: str | list[str]) -> bool:
    response = client.get(
        "/sparql", params={"query": query, **params}, headers={"Accept": SPARQL_JSON}
    )
    assert response.status_code == 200, response.text
    answer: bool = response.json()["boolean"]
    return answer


# --- SPARQLWrapper ----------------------------------------------------------------------------


@pytest.mark.parametrize("method", [GET, POST])
@pytest.mark.parametrize("return_format", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_select(server: str, return_format: str, method: str) -> None:
    converted = wrapper(server, BODY_KEYS, return_format, method).query().convert()
    keys = keys_from(converted, return_format)
    assert len(keys) >= 26
    assert {"SCO", "CIS", "ASEAN"} <= set(keys)
    assert keys == sorted(keys)


@pytest.mark.parametrize("method", [GET, POST])
@pytest.mark.parametrize(
    ("query", "expected"), [(ASK_RUS, True), (ASK_RUS.replace("RUS", "XYZ"), False)]
)
def test_sparqlwrapper_ask(server: str, method: str, query: str, expected: bool) -> None:
    converted = wrapper(server, query, JSON, method).query().convert()
    assert isinstance(converted, dict)
    assert converted["boolean"] is expected


@pytest.mark.parametrize("method", [GET, POST])
@pytest.mark.parametrize("return_format", [XML, RDFXML, JSONLD])
def test_sparqlwrapper_construct_graph(server: str, return_format: str, method: str) -> None:
    converted = wrapper(server, RUS_TRIPLES, return_format, method).query().convert()
    assert isinstance(converted, Graph)
    assert RUS_ISO3 in converted


@pytest.mark.parametrize("return_format", [TURTLE, N3])
def test_sparqlwrapper_construct_text(server: str, return_format: str) -> None:
    converted = wrapper(server, RUS_TRIPLES, return_format).query().convert()
    assert isinstance(converted, bytes)
    assert RUS_ISO3 in Graph().parse(data=converted, format="turtle")


# --- rdflib SPARQLStore -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def remote_graph(server: str) -> Graph:
    return Graph(store=SPARQLStore(f"{server}/sparql"))


def test_sparqlstore_bodies_of_russia(remote_graph: Graph, client: httpx.Client) -> None:
    day = "2024-01-01"
    query = (
        PREFIXES
        + f"""SELECT DISTINCT ?key WHERE {{
        ?m a bg:Membership ; org:member ?state ; org:organization ?body ; bg:startDate ?start .
        ?state bg:iso3 "RUS" . ?body bg:key ?key .
        OPTIONAL {{ ?m bg:endDate ?end }}
        FILTER (?start <= "{day}"^^xsd:date && (!BOUND(?end) || ?end > "{day}"^^xsd:date))
    }}"""
    )
    found = {str(row[0]) for row in remote_graph.query(query)}  # type: ignore[index]
    params = {"as_of": day, "layer": "curated"}  # the query reads curated memberships only
    expected = {r["body"] for r in client.get("/api/states/RUS/bodies", params=params).json()}
    assert {"CIS", "SCO", "CSTO", "EAEU", "BRICS"} <= found
    assert "COE" not in found
    assert found == expected


def test_sparqlstore_triples_and_ask(remote_graph: Graph) -> None:
    assert list(remote_graph.objects(state_iri("RUS"), BG.iso3)) == [Literal("RUS")]
    assert remote_graph.query(ASK_RUS).askAnswer is True


def test_sparqlstore_construct(remote_graph: Graph) -> None:
    result = remote_graph.query(RUS_TRIPLES).graph
    assert result is not None
    assert RUS_ISO3 in result


# --- content negotiation with httpx -----------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, SPARQL_JSON),
        ("*/*", SPARQL_JSON),
        ("text/csv;q=0.5, application/sparql-results+xml", SPARQL_XML),
        ("application/sparql-results+json", SPARQL_JSON),
        ("application/json", SPARQL_JSON),
        ("text/csv", CSV_TYPE),
        ("text/tab-separated-values", TSV_TYPE),
        ("application/xml;q=0.9, text/csv;q=0.8", SPARQL_XML),
        ("text/*", CSV_TYPE),
        # a range that names a type with q=0 refuses it, whatever */* says (RFC 9110 §12.5.1)
        ("application/sparql-results+json;q=0, */*;q=0.1", SPARQL_XML),
    ],
)
def test_select_negotiation(client: httpx.Client, accept: str | None, expected: str) -> None:
    response = sparql_get(client, BODY_KEYS, accept)
    assert response.status_code == 200, response.text
    assert media_type(response) == expected
    assert "Accept" in response.headers.get("vary", "")
    result = Result.parse(io.BytesIO(response.content), format=RESULT_PARSERS[expected])
    assert "SCO" in {str(row[0]) for row in result}  # type: ignore[index]


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, TURTLE_TYPE),
        ("text/turtle", TURTLE_TYPE),
        ("application/ld+json", JSON_LD),
        ("application/n-triples", NTRIPLES),
        ("application/rdf+xml", RDF_XML),
        ("text/turtle;q=0.2, application/n-triples", NTRIPLES),
        ("application/json", JSON_LD),
        ("text/turtle;q=0, */*", NTRIPLES),
    ],
)
def test_construct_negotiation(client: httpx.Client, accept: str | None, expected: str) -> None:
    response = sparql_get(client, RUS_TRIPLES, accept)
    assert response.status_code == 200, response.text
    assert media_type(response) == expected
    graph = Graph().parse(data=response.content, format=GRAPH_PARSERS[expected])
    assert RUS_ISO3 in graph


@pytest.mark.parametrize(
    ("query", "accept"),
    [
        (BODY_KEYS, "text/turtle"),
        (BODY_KEYS, "image/png"),
        (ASK_RUS, "application/rdf+xml"),
        (RUS_TRIPLES, "application/sparql-results+json"),
        (RUS_TRIPLES, "text/csv"),
        (BODY_KEYS, "application/sparql-results+json;q=0"),
    ],
)
def test_unacceptable_is_406(client: httpx.Client, query: str, accept: str) -> None:
    response = sparql_get(client, query, accept)
    assert response.status_code == 406
    assert media_type(response) == "application/problem+json"
    assert response.json()["status"] == 406


@pytest.mark.parametrize(
    ("query", "params", "expected"),
    [
        (BODY_KEYS, {"format": "csv"}, CSV_TYPE),
        (BODY_KEYS, {"format": "xml"}, SPARQL_XML),
        (BODY_KEYS, {"format": "tsv"}, TSV_TYPE),
        (BODY_KEYS, {"format": SPARQL_XML}, SPARQL_XML),
        (BODY_KEYS, {"output": "json"}, SPARQL_JSON),
        (RUS_TRIPLES, {"format": "turtle"}, TURTLE_TYPE),
        (RUS_TRIPLES, {"format": "json-ld"}, JSON_LD),
        (RUS_TRIPLES, {"format": "nt"}, NTRIPLES),
        (RUS_TRIPLES, {"format": "xml"}, RDF_XML),
    ],
)
def test_format_parameter_beats_accept(
    client: httpx.Client, query: str, params: dict[str, str], expected: str
) -> None:
    response = sparql_get(client, query, "application/sparql-results+json, text/turtle", **params)
    assert response.status_code == 200, response.text
    assert media_type(response) == expected


def test_post_query_body_and_form(client: httpx.Client) -> None:
    direct = client.post(
        "/sparql",
        content=BODY_KEYS.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": CSV_TYPE},
    )
    form = client.post("/sparql", data={"query": BODY_KEYS}, headers={"Accept": CSV_TYPE})
    assert direct.status_code == form.status_code == 200
    assert direct.text == form.text
    assert "SCO" in direct.text.splitlines()


# --- service description ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "parser"),
    [(None, "turtle"), ("text/turtle", "turtle"), (JSON_LD, "json-ld"), (RDF_XML, "xml")],
)
def test_service_description(client: httpx.Client, accept: str | None, parser: str) -> None:
    headers = {"Accept": accept} if accept else {}
    response = client.get("/sparql", headers=headers)
    assert response.status_code == 200
    graph = Graph().parse(data=response.content, format=parser)
    services = list(graph.subjects(RDF.type, URIRef(SD + "Service")))
    assert len(services) == 1
    assert str(services[0]).endswith("/sparql")
    names = set(graph.objects(None, URIRef(SD + "name")))
    assert {REFERENCE_GRAPH, ONTOLOGY_GRAPH} <= names


# --- CORS -------------------------------------------------------------------------------------


def test_cors_preflight(client: httpx.Client) -> None:
    response = client.options(
        "/sparql",
        headers={
            "Origin": "http://yasgui.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Content-Type",
        },
    )
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] in ("*", "http://yasgui.example")
    assert "POST" in response.headers["access-control-allow-methods"]


def test_cors_on_a_query(client: httpx.Client) -> None:
    response = client.get(
        "/sparql", params={"query": ASK_RUS}, headers={"Origin": "http://yasgui.example"}
    )
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] in ("*", "http://yasgui.example")


# --- datasets: default-graph-uri, named-graph-uri, FROM ---------------------------------------


@pytest.mark.parametrize(
    ("graph", "has_states"), [(str(ONTOLOGY_GRAPH), False), (str(REFERENCE_GRAPH), True)]
)
def test_default_graph_uri_restricts(client: httpx.Client, graph: str, has_states: bool) -> None:
    assert ask(client, ASK_ANY_STATE, **{"default-graph-uri": graph}) is has_states
    assert ask(client, ASK_ANY_STATE) is True


def test_default_graph_uri_keeps_that_graph(client: httpx.Client) -> None:
    query = PREFIXES + "ASK { bg:State a owl:Class }"
    assert ask(client, query, **{"default-graph-uri": str(ONTOLOGY_GRAPH)}) is True
    assert ask(client, query, **{"default-graph-uri": str(REFERENCE_GRAPH)}) is False


def graphs_seen(response: httpx.Response) -> set[str]:
    assert response.status_code == 200, response.text
    return {b["g"]["value"] for b in response.json()["results"]["bindings"]}


def test_named_graph_uri_restricts_graph_patterns(client: httpx.Client) -> None:
    everything = graphs_seen(sparql_get(client, GRAPHS_SEEN, SPARQL_JSON))
    assert {str(ONTOLOGY_GRAPH), str(REFERENCE_GRAPH)} <= everything
    only = sparql_get(client, GRAPHS_SEEN, SPARQL_JSON, **{"named-graph-uri": str(ONTOLOGY_GRAPH)})
    assert graphs_seen(only) == {str(ONTOLOGY_GRAPH)}


def test_sparqlwrapper_dataset_parameters(server: str) -> None:
    sparql = wrapper(server, ASK_ANY_STATE, JSON)
    sparql.addDefaultGraph(str(ONTOLOGY_GRAPH))
    converted = sparql.query().convert()
    assert isinstance(converted, dict)
    assert converted["boolean"] is False


def test_named_graph_uri_alone_leaves_default_graph_empty(client: httpx.Client) -> None:
    """SPARQL 1.1 Query §13.2 (to which the Protocol's dataset parameters map): a dataset with
    named graphs but no default graph has an empty default graph."""
    query = "ASK { ?s ?p ?o }"
    assert ask(client, query, **{"named-graph-uri": str(ONTOLOGY_GRAPH)}) is False


def test_from_in_the_query_restricts(client: httpx.Client) -> None:
    query = PREFIXES + f"ASK FROM <{ONTOLOGY_GRAPH}> {{ ?s a bg:State }}"
    assert ask(client, query) is False


def test_from_named_in_the_query_restricts(client: httpx.Client) -> None:
    query = f"SELECT DISTINCT ?g FROM NAMED <{ONTOLOGY_GRAPH}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    assert graphs_seen(sparql_get(client, query, SPARQL_JSON)) == {str(ONTOLOGY_GRAPH)}
