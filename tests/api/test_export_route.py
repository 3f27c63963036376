"""``/api/export/{format}`` on a real server: the same graph as ``blocgraph export``."""

from __future__ import annotations

import io
from collections.abc import Iterator

import httpx
import networkx as nx
import pytest

from blocgraph.build import BuildSummary
from tests.export.test_export import cli_export


@pytest.fixture(scope="module")
def client(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=60.0) as http:
        yield http


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv"])
def test_route_serves_the_same_bytes(client: httpx.Client, summary: BuildSummary, fmt: str) -> None:
    response = client.get(f"/api/export/{fmt}", params={"as_of": "2024-01-01"})
    assert response.status_code == 200
    assert f"blocgraph-memberships-2024-01-01.{fmt}" in response.headers["content-disposition"]
    expected = cli_export(summary, "--format", fmt, "--as-of", "2024-01-01")
    if fmt == "csv":
        assert response.content == expected
    else:  # the writers stamp the day; compare the graphs
        reader = nx.read_graphml if fmt == "graphml" else nx.read_gexf
        ours, theirs = reader(io.BytesIO(response.content)), reader(io.BytesIO(expected))
        assert sorted(ours.edges) == sorted(theirs.edges)


def test_route_unknown_format_is_406(client: httpx.Client) -> None:
    response = client.get("/api/export/parquet")
    assert response.status_code == 406
    assert "graphml" in response.json()["detail"]


def test_route_with_relations_is_the_cli_graph(client: httpx.Client, summary: BuildSummary) -> None:
    response = client.get("/api/export/graphml", params={"relations": "true"})
    assert response.status_code == 200
    assert "blocgraph-memberships-relations.graphml" in response.headers["content-disposition"]
    expected = cli_export(summary, "--format", "graphml", "--relations")
    ours = nx.read_graphml(io.BytesIO(response.content))
    theirs = nx.read_graphml(io.BytesIO(expected))
    assert sorted(ours.edges(data=True), key=str) == sorted(theirs.edges(data=True), key=str)
    assert any("relation" in d for _, _, d in ours.edges(data=True))


def test_route_relations_in_csv_is_400(client: httpx.Client) -> None:
    response = client.get("/api/export/csv", params={"relations": "true"})
    assert response.status_code == 400
    assert "graphml or gexf" in response.json()["detail"]
