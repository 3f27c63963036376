"""The W3C SPARQL 1.1 Protocol test suite, run against a real ``blocgraph serve``.

The manifest (``tests/data/sparql11-protocol/manifest.ttl``) is read with rdflib; each
``mf:ProtocolTest`` becomes one test that sends its ``ht:requests`` in order with httpx and checks
each response as the manifest says. The service runs on a store holding only the manifest's three
graphs, loaded with ``blocgraph load``.

The service is read-only, so each ``update_*`` test must instead have its update refused with 403
and a problem saying why; the requests after the refusal depend on the update and are not sent.
The last test counts the outcomes and checks that the refused updates changed nothing.
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs

import httpx
import pytest
from rdflib import Graph, Namespace
from rdflib.collection import Collection
from rdflib.namespace import RDF
from rdflib.query import Result
from rdflib.term import Literal, Node, URIRef

from tests.api.conftest import ServerFactory
from tests.conftest import run_cli

SUITE = Path(__file__).parent.parent / "data" / "sparql11-protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
STATUS_CLASS_PREFIX = "http://www.w3.org/2011/http-statusCodes#StatusCode"

#: The dataset the manifest expects: dataN.nt as the named graph <…/dataN.rdf>.
DATA_GRAPHS = {
    f"http://kasei.us/2009/09/sparql/data/data{n}.rdf": SUITE / f"data{n}.nt" for n in (1, 2, 3)
}
#: SPARQL results media types and rdflib's result parser for each.
RESULTS_FORMATS = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
BOOLEAN_MEDIA_TYPES = {"application/sparql-results+json", "application/sparql-results+xml"}
#: RDF media types and rdflib's graph parser for each.
RDF_FORMATS = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
    "text/n3": "n3",
}
FORM = "application/x-www-form-urlencoded"
SPARQL_UPDATE = "application/sparql-update"


@dataclass(frozen=True, slots=True)
class ProtocolRequest:
    """One ``ht:Request`` and what its ``ht:resp`` expects."""

    method: str
    target: str  # path and query string, exactly as sent (already percent-encoded)
    headers: tuple[tuple[str, str], ...]
    body: bytes | None
    status_classes: frozenset[int]  # 2 for hts:StatusCode2xx, …
    expected_format: str | None  # "boolean", "tabular", "RDF"
    expected_boolean: bool | None

    @property
    def is_update(self) -> bool:
        """Whether the request carries a SPARQL update (direct, or an ``update=`` field)."""
        media = media_type(dict(self.headers).get("content-type"))
        if media == SPARQL_UPDATE:
            return True
        fields = parse_qs(self.target.partition("?")[2])
        if media == FORM and self.body is not None:
            fields |= parse_qs(self.body.decode("utf-8", errors="replace"))
        return "update" in fields


@dataclass(frozen=True, slots=True)
class ProtocolTest:
    """One ``mf:ProtocolTest``: its local name, title and requests in order."""

    name: str
    title: str
    requests: tuple[ProtocolRequest, ...]

    @property
    def is_update_test(self) -> bool:
        return self.name.startswith("update_")


def media_type(content_type: str | None) -> str:
    """The media type of a Content-Type value, lower case, without parameters."""
    return (content_type or "").split(";")[0].strip().lower()


def _value(graph: Graph, subject: Node, predicate: URIRef) -> Node:
    value = graph.value(subject, predicate)
    assert value is not None, f"manifest: {subject} has no {predicate}"
    return value


def _items(graph: Graph, subject: Node, predicate: URIRef) -> list[Node]:
    head = graph.value(subject, predicate)
    return [] if head is None else list(Collection(graph, head))


def _body(graph: Graph, node: Node) -> bytes | None:
    content = graph.value(node, HT.body)
    if content is None:
        return None
    encoding = str(graph.value(content, CNT.characterEncoding) or "UTF-8")
    return str(_value(graph, content, CNT.chars)).encode(encoding)


def _request(graph: Graph, node: Node) -> ProtocolRequest:
    path = str(_value(graph, node, HT.absolutePath))
    assert path.startswith("/sparql/"), f"manifest: unexpected path {path}"
    response = _value(graph, node, HT.resp)
    statuses = {str(s) for s in graph.objects(response, MF.expectedStatus)}
    assert all(s.startswith(STATUS_CLASS_PREFIX) for s in statuses), statuses
    boolean = graph.value(response, MF.expectedBoolean)
    expected_format = graph.value(response, MF.expectedFormat)
    return ProtocolRequest(
        method=str(_value(graph, node, HT.methodName)),
        target="/sparql" + path.removeprefix("/sparql/"),
        headers=tuple(
            (str(_value(graph, h, HT.fieldName)).lower(), str(_value(graph, h, HT.fieldValue)))
            for h in _items(graph, node, HT.headers)
        ),
        body=_body(graph, node),
        status_classes=frozenset(int(s[len(STATUS_CLASS_PREFIX)]) for s in statuses),
        expected_format=None if expected_format is None else str(expected_format),
        expected_boolean=boolean.toPython() if isinstance(boolean, Literal) else None,
    )


def load_manifest(path: Path = SUITE / "manifest.ttl") -> list[ProtocolTest]:
    """The manifest's protocol tests, in ``mf:entries`` order."""
    graph = Graph().parse(path, format="turtle")
    manifest = next(iter(graph.subjects(RDF.type, MF.Manifest)))
    tests = []
    for entry in _items(graph, manifest, MF.entries):
        if (entry, RDF.type, MF.ProtocolTest) not in graph:
            continue
        action = _value(graph, entry, MF.action)
        tests.append(
            ProtocolTest(
                name=str(entry).rpartition("#")[2],
                title=str(_value(graph, entry, MF.name)),
                requests=tuple(_request(graph, r) for r in _items(graph, action, HT.requests)),
            )
        )
    return tests


CASES = load_manifest()
UPDATE_TESTS = {case.name for case in CASES if case.is_update_test}


def send(client: httpx.Client, base_url: str, request: ProtocolRequest) -> httpx.Response:
    """Send ``request`` with its query string byte for byte as the manifest wrote it."""
    built = client.build_request(
        request.method,
        base_url + request.target,
        headers=list(request.headers),
        content=request.body,
    )
    assert built.url.raw_path == request.target.encode("ascii"), "httpx re-encoded the target"
    return client.send(built)


def check_response(response: httpx.Response, request: ProtocolRequest) -> None:
    """Assert the status class and, where the manifest names one, the result format."""
    assert response.status_code // 100 in request.status_classes, (
        f"{request.method} {request.target}: expected "
        f"{sorted(f'{c}xx' for c in request.status_classes)}, got {response.status_code}: "
        f"{response.text[:500]}"
    )
    media = media_type(response.headers.get("content-type"))
    if request.expected_format == "RDF":
        assert media in RDF_FORMATS, f"not an RDF media type: {media}"
        Graph().parse(data=response.content, format=RDF_FORMATS[media])
    elif request.expected_format in ("boolean", "tabular"):
        boolean = request.expected_format == "boolean"
        allowed = BOOLEAN_MEDIA_TYPES if boolean else set(RESULTS_FORMATS)
        assert media in allowed, f"not a SPARQL results media type: {media}"
        result = Result.parse(io.BytesIO(response.content), format=RESULTS_FORMATS[media])
        assert result.type == ("ASK" if boolean else "SELECT")
        if request.expected_boolean is not None:
            assert result.askAnswer is request.expected_boolean
    else:
        assert request.expected_format is None, f"unknown format {request.expected_format}"


def check_refused(response: httpx.Response) -> None:
    """Assert a 403 problem that says the service is read-only."""
    assert response.status_code == 403, f"update not refused: {response.status_code}"
    assert media_type(response.headers.get("content-type")) == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 403
    assert "read-only" in str(problem.get("detail", "")).lower(), problem


def stored_quads(base_url: str) -> set[tuple[str, str, str, str]]:
    """Every quad in a named graph of the service's store."""
    response = httpx.post(
        base_url + "/sparql",
        content=b"SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }",
        headers={
            "Content-Type": "application/sparql-query",
            "Accept": "application/sparql-results+json",
        },
    )
    assert response.status_code == 200, response.text
    rows = response.json()["results"]["bindings"]
    return {(r["g"]["value"], r["s"]["value"], r["p"]["value"], r["o"]["value"]) for r in rows}


def manifest_quads() -> set[tuple[str, str, str, str]]:
    """The quads the manifest's dataset holds."""
    quads = set()
    for graph_name, path in DATA_GRAPHS.items():
        for s, p, o in Graph().parse(path, format="nt"):
            quads.add((graph_name, str(s), str(p), str(o)))
    return quads


@pytest.fixture(scope="module")
def protocol_server(start_server: ServerFactory, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A read-only server on a fresh store holding only the manifest's three graphs."""
    store = tmp_path_factory.mktemp("protocol") / "store"
    for graph_name, path in DATA_GRAPHS.items():
        done = run_cli("load", "--store", str(store), "--graph", graph_name, str(path))
        assert done.returncode == 0, done.stderr
    url = start_server(store=store, BLOCGRAPH_UPDATE_TOKEN="")
    assert stored_quads(url) == manifest_quads()
    return url


@pytest.fixture(scope="module")
def outcomes() -> dict[str, str]:
    """Test name → "passed" or "refused", filled in as the protocol tests succeed."""
    return {}


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_protocol(case: ProtocolTest, protocol_server: str, outcomes: dict[str, str]) -> None:
    with httpx.Client(timeout=60) as client:
        for request in case.requests:
            response = send(client, protocol_server, request)
            if case.is_update_test and request.is_update:
                check_refused(response)
                outcomes[case.name] = "refused"
                return  # the later requests read what the update would have written
            check_response(response, request)
    assert not case.is_update_test, "an update_ test without an update request"
    outcomes[case.name] = "passed"


def test_every_query_test_passed_and_every_update_was_refused(
    request: pytest.FixtureRequest, protocol_server: str, outcomes: dict[str, str]
) -> None:
    selected = {
        item.callspec.id
        for item in request.session.items
        if isinstance(item, pytest.Function) and item.originalname == "test_protocol"
    }
    if selected != {case.name for case in CASES}:
        pytest.skip("only part of the protocol suite was selected")
    assert sorted(selected - outcomes.keys()) == [], "these protocol tests failed"
    assert {name for name, outcome in outcomes.items() if outcome == "refused"} == UPDATE_TESTS
    assert Counter(outcomes.values()) == {
        "passed": len(CASES) - len(UPDATE_TESTS),
        "refused": len(UPDATE_TESTS),
    }
    assert (len(CASES), len(UPDATE_TESTS)) == (34, 7)
    assert stored_quads(protocol_server) == manifest_quads(), "a refused update changed the store"
