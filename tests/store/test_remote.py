"""The second store backend: a real Oxigraph server holding a copy of the built store, read
through :class:`RemoteStore`, the CLI's ``--endpoint`` and ``blocgraph serve --endpoint``.

Every answer from the remote side is compared with the embedded store's answer to the same
question: the two backends must be interchangeable.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from datetime import date
from pathlib import Path

import httpx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from blocgraph.build import BuildSummary
from blocgraph.config import Settings
from blocgraph.lookup import (
    MembershipRecord,
    NameIndex,
    bodies_of,
    describe_query,
    list_bodies,
    list_states,
    members_of,
)
from blocgraph.store import RemoteStore, Row, Store, StoreError
from blocgraph.vocab import ONTOLOGY_GRAPH, REFERENCE_GRAPH, state_iri
from tests.api import conftest as api_fixtures
from tests.api.conftest import ServerFactory, free_port, wait_until_up
from tests.conftest import run_cli

#: The live ``blocgraph serve`` factory of the API tests, made visible to this module.
start_server = api_fixtures.start_server

OXIGRAPH = Path(sys.executable).parent / "oxigraph"

PREFIXES = """
PREFIX bg: <https://w3id.org/blocgraph/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""

SELECTS = {
    # distinct triples: a source cited in two graphs (a NATO accession quote backs a membership
    # and a treaty event) is one triple of the union default graph for the embedded store and
    # one per graph for the Oxigraph server, whose default graph is the bag of all graphs
    "count": "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
    "graphs": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
    "states": PREFIXES + "SELECT ?iso3 WHERE { ?s a bg:State ; bg:iso3 ?iso3 }",
    "labels in Russian": PREFIXES
    + "SELECT ?key ?label WHERE { ?b bg:key ?key ; skos:prefLabel ?label "
    + 'FILTER (lang(?label) = "ru") }',
    "optional unbound": PREFIXES + "SELECT ?m ?end WHERE { ?m a bg:Membership ; org:member ?who . "
    "?who bg:iso3 'GEO' OPTIONAL { ?m bg:endDate ?end } }",
    "typed dates": PREFIXES + "SELECT ?m ?start WHERE { ?m bg:startDate ?start "
    'FILTER (?start >= "2024-01-01"^^<http://www.w3.org/2001/XMLSchema#date>) }',
    "no rows": "SELECT ?s WHERE { ?s <urn:nothing> ?o }",
}

ASKS = {
    "RUS is a state": PREFIXES + "ASK { ?s a bg:State ; bg:iso3 'RUS' }",
    "no such state": PREFIXES + "ASK { ?s a bg:State ; bg:iso3 'XXX' }",
    "in a named graph": f"ASK {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}",
}

CONSTRUCT = PREFIXES + (
    "CONSTRUCT { ?b bg:key ?key ; skos:prefLabel ?label } "
    "WHERE { ?b a bg:Body ; bg:key ?key ; skos:prefLabel ?label }"
)

RDF_FORMATS = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
}

LOOKUPS = [
    ("bodies", "RUS", date(2025, 1, 1)),
    ("bodies", "GEO", None),
    ("members", "SCO", date(2024, 8, 1)),
    ("bodies", "ARM", None),
    ("members", "ASEM", None),  # a body (the EU) among the members
]


def _canonical(rows: list[Row]) -> list[Row]:
    """Rows in one order, whatever order the engine produced them in."""
    return sorted(rows, key=lambda r: [(k, v is None, v or "") for k, v in sorted(r.items())])


def _lookup(
    store: Store | RemoteStore, kind: str, code: str, day: date | None
) -> list[MembershipRecord]:
    find = bodies_of if kind == "bodies" else members_of
    return find(store, code, as_of=day)


def _graph(data: bytes, media_type: str) -> Graph:
    return Graph().parse(data=data, format=RDF_FORMATS[media_type])


def _start_oxigraph(folder: Path, database: Path) -> tuple[subprocess.Popen[bytes], str]:
    """``oxigraph serve`` on ``database``: the process and its query URL."""
    port = free_port()
    command = [str(OXIGRAPH), "serve", "--location", str(database)]
    command += ["--bind", f"127.0.0.1:{port}", "--union-default-graph"]
    log = folder / "oxigraph.log"
    with log.open("wb") as sink:  # a file, not a pipe: a full pipe would block the server
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/", process, log)
    except RuntimeError:
        _stop(process)
        raise
    return process, f"http://127.0.0.1:{port}/query"


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _load(dump: Path, database: Path) -> Path:
    """``oxigraph load`` the dump into a new database folder."""
    loaded = subprocess.run(
        [str(OXIGRAPH), "load", "--location", str(database), "--file", str(dump)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert loaded.returncode == 0, loaded.stderr
    return database


@pytest.fixture(scope="module")
def dump(store: Store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built store as one N-Quads file."""
    path = tmp_path_factory.mktemp("dump") / "dump.nq"
    data = store.export_named_graphs()
    assert data is not None
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def endpoint(dump: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The query URL of an ``oxigraph serve`` holding a copy of the built store."""
    folder = tmp_path_factory.mktemp("oxigraph")
    process, url = _start_oxigraph(folder, _load(dump, folder / "db"))
    yield url
    _stop(process)


@pytest.fixture(scope="module")
def remote(endpoint: str) -> Iterator[RemoteStore]:
    """The Oxigraph server as a store."""
    client = RemoteStore(endpoint)
    yield client
    client.close()


@pytest.fixture(scope="module")
def proxy(start_server: ServerFactory, endpoint: str) -> str:
    """Base URL of ``blocgraph serve --endpoint`` in front of the Oxigraph server."""
    return start_server(endpoint=endpoint)


@pytest.fixture
def closed_endpoint() -> str:
    """A SPARQL endpoint URL on a port nobody listens on."""
    return f"http://127.0.0.1:{free_port()}/query"


@pytest.fixture(scope="module")
def orphaned_proxy(
    start_server: ServerFactory, dump: Path, tmp_path_factory: pytest.TempPathFactory
) -> str:
    """Base URL of ``blocgraph serve --endpoint`` whose Oxigraph server has stopped since."""
    folder = tmp_path_factory.mktemp("oxigraph-gone")
    process, url = _start_oxigraph(folder, _load(dump, folder / "db"))
    try:
        proxy = start_server(endpoint=url)
    finally:
        _stop(process)
    return proxy


# (a) the store interface


@pytest.mark.parametrize("query", SELECTS.values(), ids=SELECTS.keys())
def test_select_matches_embedded(remote: RemoteStore, store: Store, query: str) -> None:
    assert _canonical(remote.select(query)) == _canonical(store.select(query))


@pytest.mark.parametrize("query", ASKS.values(), ids=ASKS.keys())
def test_ask_matches_embedded(remote: RemoteStore, store: Store, query: str) -> None:
    assert remote.ask(query) == store.ask(query)


def test_graph_names_match_embedded(remote: RemoteStore, store: Store) -> None:
    names = remote.graph_names()
    assert names == store.graph_names()
    assert {str(REFERENCE_GRAPH), str(ONTOLOGY_GRAPH)} <= set(names)


@pytest.mark.parametrize("media_type", RDF_FORMATS)
def test_construct_matches_embedded(remote: RemoteStore, store: Store, media_type: str) -> None:
    ours = _graph(remote.construct(CONSTRUCT, media_type), media_type)
    assert len(ours) > 0
    assert isomorphic(ours, _graph(store.construct(CONSTRUCT, media_type), media_type))


def test_endpoint_error_names_the_url(remote: RemoteStore, endpoint: str) -> None:
    with pytest.raises(StoreError, match="400") as caught:
        remote.select("SELECT WHERE {")
    assert endpoint in str(caught.value)


# (b) lookups


@pytest.mark.parametrize(("kind", "code", "day"), LOOKUPS)
def test_lookup_matches_embedded(
    remote: RemoteStore, store: Store, kind: str, code: str, day: date | None
) -> None:
    expected = _lookup(store, kind, code, day)
    assert expected
    assert _lookup(remote, kind, code, day) == expected


def test_catalog_matches_embedded(remote: RemoteStore, store: Store) -> None:
    assert list_states(remote) == list_states(store)
    assert list_bodies(remote) == list_bodies(store)


def test_name_index_from_remote(remote: RemoteStore, store: Store) -> None:
    index, expected = NameIndex.from_store(remote), NameIndex.from_store(store)
    assert index.entities == expected.entities
    assert index.by_name == expected.by_name
    assert index.resolve("Россия").code == "RUS"
    assert index.resolve("ШОС", "body").code == "SCO"


# (c) the command line


@pytest.mark.parametrize(
    "args",
    [
        ("bodies", "Russia", "--json"),
        ("bodies", "Georgia", "--history", "--json"),
        ("members", "ШОС", "--as-of", "2024-08-01", "--json"),
        ("members", "CSTO", "--history"),
    ],
    ids=["bodies-russia", "georgia-history", "sco-2024", "csto-table"],
)
def test_cli_endpoint_matches_embedded(
    endpoint: str, settings: Settings, summary: BuildSummary, tmp_path: Path, args: tuple[str, ...]
) -> None:
    embedded = run_cli(*args, store=settings.store)
    assert embedded.returncode == 0, embedded.stderr
    # a store folder that does not exist: the remote run must not need it
    remote = run_cli(*args, "--endpoint", endpoint, store=tmp_path / "none")
    assert remote.returncode == 0, remote.stderr
    assert remote.stdout == embedded.stdout


# (d) blocgraph serve in front of the endpoint


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_proxy_select_json(proxy: str, store: Store, method: str) -> None:
    query = SELECTS["states"]
    headers = {"Accept": "application/sparql-results+json"}
    if method == "GET":
        response = httpx.get(f"{proxy}/sparql", params={"query": query}, headers=headers)
    else:
        response = httpx.post(f"{proxy}/sparql", data={"query": query}, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    rows = [{"iso3": b["iso3"]["value"]} for b in response.json()["results"]["bindings"]]
    assert _canonical(rows) == _canonical(store.select(query))


@pytest.mark.parametrize("media_type", ["text/csv", "text/tab-separated-values"])
def test_proxy_select_tables(proxy: str, store: Store, media_type: str) -> None:
    query = SELECTS["states"]
    response = httpx.get(f"{proxy}/sparql", params={"query": query}, headers={"Accept": media_type})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(media_type)
    delimiter = "," if media_type == "text/csv" else "\t"
    lines = list(csv.reader(io.StringIO(response.text), delimiter=delimiter))
    assert lines[0] in (["iso3"], ["?iso3"])
    assert len(lines) - 1 == len(store.select(query))


def test_proxy_select_xml_and_ask(proxy: str) -> None:
    response = httpx.get(
        f"{proxy}/sparql",
        params={"query": ASKS["RUS is a state"]},
        headers={"Accept": "application/sparql-results+xml"},
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/sparql-results+xml")
    assert "<boolean>true</boolean>" in response.text


@pytest.mark.parametrize("media_type", RDF_FORMATS)
def test_proxy_construct(proxy: str, store: Store, media_type: str) -> None:
    response = httpx.post(
        f"{proxy}/sparql",
        content=CONSTRUCT.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": media_type},
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(media_type)
    expected = _graph(store.construct(CONSTRUCT, media_type), media_type)
    assert isomorphic(_graph(response.content, media_type), expected)


def test_proxy_forwards_the_dataset(proxy: str, store: Store) -> None:
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    response = httpx.get(
        f"{proxy}/sparql",
        params={"query": query, "default-graph-uri": str(ONTOLOGY_GRAPH)},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert response.status_code == 200, response.text
    count = response.json()["results"]["bindings"][0]["n"]["value"]
    expected = store.select(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}"
    )
    assert count == expected[0]["n"]


@pytest.mark.parametrize(
    ("path", "params", "kind", "code", "day"),
    [
        ("/api/states/Russia/bodies", {"as_of": "2024-08-01"}, "bodies", "RUS", date(2024, 8, 1)),
        ("/api/states/GEO/bodies", {"history": "true"}, "bodies", "GEO", None),
        ("/api/bodies/ШОС/members", {"as_of": "2024-08-01"}, "members", "SCO", date(2024, 8, 1)),
    ],
)
def test_proxy_lookups(
    proxy: str,
    store: Store,
    path: str,
    params: dict[str, str],
    kind: str,
    code: str,
    day: date | None,
) -> None:
    response = httpx.get(proxy + path, params=params)
    assert response.status_code == 200, response.text
    assert response.json() == [r.to_json() for r in _lookup(store, kind, code, day)]


def test_proxy_catalog_and_search(proxy: str, store: Store) -> None:
    states = httpx.get(f"{proxy}/api/states")
    assert states.status_code == 200, states.text
    assert states.json() == [asdict(s) for s in list_states(store)]
    hits = httpx.get(f"{proxy}/api/search", params={"q": "ШОС"})
    assert hits.status_code == 200, hits.text
    assert hits.json()[0]["code"] == "SCO"


def test_proxy_linked_data(proxy: str, store: Store) -> None:
    iri = str(state_iri("RUS"))
    response = httpx.get(f"{proxy}/id/state/RUS", headers={"Accept": "text/turtle"})
    assert response.status_code == 200, response.text
    expected = _graph(store.construct(describe_query(iri), "text/turtle"), "text/turtle")
    assert isomorphic(_graph(response.content, "text/turtle"), expected)


def test_proxy_refuses_service(proxy: str) -> None:
    query = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    response = httpx.get(f"{proxy}/sparql", params={"query": query})
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "SERVICE is not allowed" in response.json()["detail"]


def test_proxy_passes_on_syntax_errors(proxy: str) -> None:
    response = httpx.get(f"{proxy}/sparql", params={"query": "SELECT WHERE {"})
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["title"] == "SPARQL syntax error"


def test_proxy_concurrent_lookups(proxy: str, store: Store) -> None:
    cases = [(kind, code, day) for kind, code, day in LOOKUPS for _ in range(4)]

    def fetch(case: tuple[str, str, date | None]) -> object:
        kind, code, day = case
        path = f"/api/states/{code}/bodies" if kind == "bodies" else f"/api/bodies/{code}/members"
        params = {"as_of": day.isoformat()} if day else {"history": "true"}
        return httpx.get(proxy + path, params=params, timeout=60).json()

    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(fetch, cases))
    for case, answer in zip(cases, answers, strict=True):
        assert answer == [r.to_json() for r in _lookup(store, *case)], case


# (e) an unreachable endpoint


@pytest.mark.parametrize("operation", ["select", "ask", "graph_names"])
def test_unreachable_endpoint_is_a_store_error(closed_endpoint: str, operation: str) -> None:
    unreachable = RemoteStore(closed_endpoint, timeout=5.0)
    with pytest.raises(StoreError) as caught:
        if operation == "select":
            unreachable.select(SELECTS["count"])
        elif operation == "ask":
            unreachable.ask(ASKS["RUS is a state"])
        else:
            unreachable.graph_names()
    assert closed_endpoint in str(caught.value)
    unreachable.close()


def test_cli_unreachable_endpoint(closed_endpoint: str, tmp_path: Path) -> None:
    result = run_cli("bodies", "RUS", "--endpoint", closed_endpoint, store=tmp_path / "none")
    assert result.returncode == 1
    assert "cannot reach" in result.stderr
    assert closed_endpoint in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "path",
    [
        "/api/states",
        "/api/bodies/SCO/members?history=true",
        "/api/states/RUS/bodies",
        "/id/state/RUS",
        "/sparql?query=ASK{}",
    ],
)
def test_proxy_endpoint_gone_is_a_clear_problem(orphaned_proxy: str, path: str) -> None:
    response = httpx.get(orphaned_proxy + path, timeout=60)
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert response.status_code in (502, 503), problem  # a gateway whose upstream is down
    assert "SPARQL endpoint" in problem["detail"], problem


def test_serve_unreachable_endpoint(closed_endpoint: str) -> None:
    command = [sys.executable, "-m", "blocgraph.cli", "serve", "--port", str(free_port())]
    result = subprocess.run(
        [*command, "--endpoint", closed_endpoint],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "cannot reach" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
