"""The JSON lookups under ``/api`` over HTTP: catalogues, "which bodies include X", "who is in
Y on date D", name resolution in several languages, errors as problems, and agreement with the
CLI's ``--json`` output."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from blocgraph.build import BuildSummary
from tests.conftest import run_cli

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def client(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=30.0) as http:
        yield http


def get_json(client: httpx.Client, path: str, **params: str) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def bodies(client: httpx.Client, state: str, **params: str) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = get_json(client, f"/api/states/{state}/bodies", **params)
    return records


def assert_problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    problem: dict[str, Any] = response.json()
    assert problem["status"] == status
    assert problem["title"]
    assert problem["detail"]
    assert "Traceback" not in response.text
    return problem


# --- catalogues -------------------------------------------------------------------------------


def test_states(client: httpx.Client) -> None:
    states = get_json(client, "/api/states")
    assert len(states) >= 195
    by_code = {s["iso3"]: s for s in states}
    assert by_code["RUS"]["name"] == "Russia"
    assert by_code["RUS"]["iri"] == "https://w3id.org/blocgraph/id/state/RUS"
    assert len(by_code) == len(states)


def test_bodies(client: httpx.Client) -> None:
    listed = get_json(client, "/api/bodies")
    assert len(listed) >= 26
    by_key = {b["key"]: b for b in listed}
    assert "Shanghai" in by_key["SCO"]["name"]
    assert by_key["SCO"]["name_ru"]
    assert {"CIS", "EAEU", "CSTO", "ASEAN", "OSCE"} <= set(by_key)


# --- which bodies include a state -------------------------------------------------------------


@pytest.mark.parametrize("name", ["RUS", "Russia", "Россия", "Russian Federation", "russia"])
def test_state_names_in_several_languages_agree(client: httpx.Client, name: str) -> None:
    expected = bodies(client, "RUS", as_of="2024-01-01")
    found = bodies(client, name, as_of="2024-01-01")
    assert found == expected
    assert {"CIS", "SCO", "CSTO", "EAEU"} <= {r["body"] for r in found}
    assert all(r["state"] == "RUS" for r in found)


@pytest.mark.parametrize(("day", "in_cis"), [("2005-01-01", True), ("2010-01-01", False)])
def test_as_of(client: httpx.Client, day: str, in_cis: bool) -> None:
    found = {r["body"] for r in bodies(client, "Georgia", as_of=day)}
    assert ("CIS" in found) is in_cis
    assert "UN" in found


@pytest.mark.parametrize("role", ["observer", "member", "dialogue_partner"])
def test_role_filter(client: httpx.Client, role: str) -> None:
    everything = bodies(client, "RUS", as_of="2024-01-01")
    filtered = bodies(client, "RUS", as_of="2024-01-01", role=role)
    assert filtered == [r for r in everything if r["role"] == role]


def test_history(client: httpx.Client) -> None:
    now = bodies(client, "GEO", as_of="2010-01-01")
    history = bodies(client, "GEO", history="true")
    assert len(history) > len(now)
    cis = [r for r in history if r["body"] == "CIS"]
    assert cis
    assert cis[0]["end"] == "2009-08-18"
    assert all(r in history for r in now)


def test_record_shape(client: httpx.Client) -> None:
    record = bodies(client, "ARM", as_of="2024-06-01")[0]
    assert {"body", "state", "role", "start", "end", "sources", "end_reason", "uncertain"} <= set(
        record
    )
    assert record["sources"]
    assert {"url", "accessed", "tier", "quote"} == set(record["sources"][0])


def test_sources_carry_tier_quote_and_date_read(client: httpx.Client) -> None:
    records = bodies(client, "ARM", as_of="2025-01-01")
    (csto,) = [r for r in records if r["body"] == "CSTO"]
    assert csto["role"] == "frozen"
    best = csto["sources"][0]
    assert best["tier"] in {"official", "reference"}
    assert best["quote"] and "ОДКБ" in best["quote"]
    assert best["accessed"] == "2026-12-03"


# --- who is in a body -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["ШОС", "SCO", "Shanghai Cooperation Organisation"])
def test_members(client: httpx.Client, name: str) -> None:
    members = get_json(client, f"/api/bodies/{name}/members", as_of="2024-08-01", role="member")
    codes = {r["state"] for r in members}
    assert len(members) == 10
    assert "BLR" in codes
    assert {"RUS", "CHN", "IND", "IRN", "PAK"} <= codes
    assert all(r["body"] == "SCO" and r["role"] == "member" for r in members)


# --- errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/states/Narnia/bodies", "/api/bodies/Narnia%20Pact/members"])
def test_unknown_name_is_404_with_suggestions(client: httpx.Client, path: str) -> None:
    problem = assert_problem(client.get(path), 404)
    assert problem["suggestions"]
    assert all(isinstance(s, str) for s in problem["suggestions"])


def test_suggestion_for_a_typo(client: httpx.Client) -> None:
    problem = assert_problem(client.get("/api/bodies/Shanghia Coopration/members"), 404)
    assert any("SCO" in s for s in problem["suggestions"])


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/states/RUS/bodies", {"role": "king"}),
        ("/api/bodies/SCO/members", {"role": "withdrawn"}),
        ("/api/states/RUS/bodies", {"as_of": "2024-13-01"}),
        ("/api/states/RUS/bodies", {"as_of": "yesterday"}),
        ("/api/bodies/SCO/members", {"as_of": "01/08/2024"}),
        ("/api/search", {"q": ""}),
        ("/api/search", {"q": "x", "limit": "0"}),
    ],
)
def test_bad_parameters_are_422(client: httpx.Client, path: str, params: dict[str, str]) -> None:
    problem = assert_problem(client.get(path, params=params), 422)
    assert problem["errors"]


# --- search -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "kind", "code"),
    [
        ("shanghai", "body", "SCO"),
        ("Россия", "state", "RUS"),
        ("ШОС", "body", "SCO"),
        ("Georgia", "state", "GEO"),
    ],
)
def test_search_first_hit(client: httpx.Client, q: str, kind: str, code: str) -> None:
    hits = get_json(client, "/api/search", q=q)
    assert hits
    assert (hits[0]["kind"], hits[0]["code"]) == (kind, code)
    assert hits[0]["iri"].endswith(f"/{kind}/{code}")


def test_search_limit(client: httpx.Client) -> None:
    assert len(get_json(client, "/api/search", q="a", limit="3")) <= 3


# --- the API and the CLI print the same records -----------------------------------------------


@pytest.mark.parametrize(
    ("command", "name", "path"),
    [
        ("bodies", "Россия", "/api/states/Россия/bodies"),
        ("members", "ASEAN", "/api/bodies/ASEAN/members"),
    ],
)
def test_same_records_as_cli(
    client: httpx.Client, summary: BuildSummary, command: str, name: str, path: str
) -> None:
    day = "2024-01-01"
    result = run_cli(command, name, "--as-of", day, "--json", store=summary.store)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == get_json(client, path, as_of=day)


# --- layers (issue 12) ------------------------------------------------------------------------


def test_layer_filter_and_layer_field(client: httpx.Client) -> None:
    everything = bodies(client, "KAZ", as_of="2026-12-03")
    assert {r["layer"] for r in everything} >= {"curated", "factbook-2026-01"}
    factbook = bodies(client, "KAZ", as_of="2026-12-03", layer="factbook-2026-01")
    assert len(factbook) >= 50 and {r["layer"] for r in factbook} == {"factbook-2026-01"}
    assert {r["status"] for r in factbook} == {"observed-2026-01"}
    cmea = get_json(client, "/api/bodies/CMEA/members", as_of="1985-06-30")
    assert "SUN" in {r["state"] for r in cmea}
    assert_problem(client.get("/api/states/KAZ/bodies", params={"layer": "nope"}), 422)


def test_universe_route(client: httpx.Client) -> None:
    report = get_json(client, "/api/analysis/universe", as_of="2026-12-03", min_inside="0.75")
    assert report["pan_continental"] == []
    assert report["closest_continental"][0]["layer"]
    assert_problem(client.get("/api/analysis/universe", params={"continent": "Atlantis"}), 422)
