"""The service starts on the built store and answers each kind of request once."""

from __future__ import annotations

import httpx


def test_sparql_select_json(server: str) -> None:
    response = httpx.get(
        f"{server}/sparql",
        params={"query": "SELECT (1 AS ?x) {}"},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    assert response.json()["results"]["bindings"][0]["x"]["value"] == "1"


def test_lookup(server: str) -> None:
    response = httpx.get(
        f"{server}/api/bodies/SCO/members", params={"as_of": "2025-01-01", "role": "member"}
    )
    assert response.status_code == 200
    assert len(response.json()) == 10
