"""State relationships over HTTP: the same records as the CLI, problems on bad input, and
treaty IRIs that dereference."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from rdflib import Graph, URIRef

from blocgraph.api._pages import STATIC_DIR
from blocgraph.build import BuildSummary
from tests.conftest import run_cli

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def client(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=30.0) as http:
        yield http


def _ok(client: httpx.Client, path: str, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_relations_as_of(client: httpx.Client) -> None:
    before = _ok(client, "/api/states/RUS/relations", **{"with": "PRK", "as_of": "2024-07-01"})
    after = _ok(client, "/api/states/Russia/relations", **{"with": "КНДР", "as_of": "2025-01-01"})
    assert "defence" not in {r["kind"] for r in before}
    [defence] = [r for r in after if r["kind"] == "defence"]
    assert defence["in_force"] == "2024-12-04" and defence["articles"] == ["4"]
    assert defence["treaty"]["key"] == "RUS-PRK-2024"


def test_api_and_cli_agree(client: httpx.Client, summary: BuildSummary) -> None:
    api = _ok(client, "/api/states/RUS/relations", history="true")
    cli = run_cli("relations", "RUS", "--history", "--json", store=summary.store)
    assert cli.returncode == 0, cli.stderr
    assert api == json.loads(cli.stdout)


def test_kind_is_repeatable(client: httpx.Client) -> None:
    records = _ok(
        client, "/api/states/RUS/relations", kind=["defence", "neutrality"], as_of="2026-12-03"
    )
    assert {r["kind"] for r in records} == {"defence", "neutrality"}


def test_treaties(client: httpx.Client) -> None:
    keys = _ok(client, "/api/treaties")
    assert {"RUS-PRK-2024", "RUS-IRN-2025", "CHN-RUS-2001", "SAU-PAK-2025"} <= set(keys)
    treaty = _ok(client, "/api/treaties/rus-irn-2025")
    assert treaty["obligations"][0]["promise"] == "neutrality"
    assert treaty["layer"] == "curated"


def test_a_partnership_with_the_eu(client: httpx.Client, summary: BuildSummary) -> None:
    records = _ok(client, "/api/states/CHN/relations", kind="partnership", history="true")
    [eu] = [r for r in records if r["other"] == "EU"]
    assert eu["label"] == "comprehensive strategic partnership" and eu["treaty"] is None
    union = _ok(client, "/api/states/EU/relations", history="true")
    assert {"CHN", "IND", "JPN", "KOR"} <= {r["other"] for r in union}
    cli = run_cli("relations", "EU", "--history", "--json", store=summary.store)
    assert cli.returncode == 0, cli.stderr
    assert union == json.loads(cli.stdout)
    today = _ok(client, "/api/states/UZB/relations", kind="partnership", **{"with": "EU"})
    assert [r["in_force"] for r in today] == ["2025-04-04"]


def test_state_page_links_the_eu_as_a_body(client: httpx.Client) -> None:
    page = client.get("/id/state/KOR", headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert 'href="/id/body/EU"' in page.text
    assert 'href="/id/state/EU"' not in page.text
    union = client.get("/id/body/EU", headers={"Accept": "text/html"})
    assert union.status_code == 200 and 'href="/id/state/CHN"' in union.text


@pytest.mark.parametrize(
    ("path", "params", "status"),
    [
        ("/api/states/RUS/relations", {"kind": "alliance"}, 422),
        ("/api/states/RUS/relations", {"as_of": "2024-13-01"}, 422),
        ("/api/states/Narnia/relations", {}, 404),
        ("/api/states/RUS/relations", {"with": "SCO"}, 404),
        ("/api/states/NATO/relations", {}, 404),
        ("/api/treaties/RUS-PRK-2023", {}, 404),
        ("/api/treaties/%3Cscript%3E", {}, 404),
    ],
)
def test_bad_input_is_a_problem(
    client: httpx.Client, path: str, params: dict[str, str], status: int
) -> None:
    response = client.get(path, params=params)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    assert response.json()["detail"]
    assert "Traceback" not in response.text


def test_treaty_iri_dereferences(client: httpx.Client) -> None:
    iri = "https://w3id.org/blocgraph/id/treaty/RUS-PRK-2024"
    turtle = client.get("/id/treaty/RUS-PRK-2024", headers={"Accept": "text/turtle"})
    assert turtle.status_code == 200
    graph = Graph().parse(data=turtle.content, format="turtle")
    assert (URIRef(iri), None, None) in graph
    html = client.get("/id/treaty/RUS-PRK-2024", headers={"Accept": "text/html"})
    assert html.status_code == 200 and "Treaty on Comprehensive Strategic Partnership" in html.text


def test_security_report_route_matches_cli(client: httpx.Client, summary: BuildSummary) -> None:
    api = _ok(client, "/api/analysis/security", continent="Eurasia", as_of="2025-01-01")
    cli = run_cli(
        "security", "--continent", "Eurasia", "--as-of", "2025-01-01", "--json", store=summary.store
    )
    assert cli.returncode == 0, cli.stderr
    assert api == json.loads(cli.stdout)
    assert api["continent"] == "Eurasia" and api["protected"]
    bad = client.get("/api/analysis/security", params={"continent": "Atlantis"})
    assert bad.status_code == 422 and bad.headers["content-type"].startswith(PROBLEM)
    assert run_cli("security", "--continent", "Atlantis", store=summary.store).returncode == 2


def _example(state: str, day: str) -> str:
    text = (STATIC_DIR / "examples" / "promises-of.rq").read_text(encoding="utf-8")
    return text.replace("{{state}}", state).replace("{{day}}", day)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        # before the 2024 treaty binds, only the 2000 treaty's consultation promise holds
        ("2024-07-01", {("consultation", "RUS-PRK-2000")}),
        ("2025-01-01", {("consultation", "RUS-PRK-2024"), ("defence", "RUS-PRK-2024")}),
    ],
)
def test_promises_example_query_follows_entry_into_force(
    client: httpx.Client, day: str, expected: set[tuple[str, str]]
) -> None:
    response = client.post(
        "/sparql",
        data={"query": _example("КНДР", day)},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert response.status_code == 200, response.text
    rows = response.json()["results"]["bindings"]
    with_russia = {
        (r["promise"]["value"], r["treaty"]["value"]) for r in rows if r["other"]["value"] == "RUS"
    }
    assert with_russia == expected
    assert "CHN" in {r["other"]["value"] for r in rows}  # the 1961 treaty binds on both days
