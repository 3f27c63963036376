"""``/api/export/{format}`` on a real server: the same graph as ``blocgraph export``."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import httpx
import networkx as nx
import pytest

from blocgraph.build import BuildSummary
from tests.api.conftest import ServerFactory
from tests.export.test_export import cli_export, rows
from tests.export.test_parquet import as_csv_row, hide_pyarrow, read_parquet


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
    response = client.get("/api/export/xlsx")
    assert response.status_code == 406
    assert "graphml" in response.json()["detail"]
    assert "parquet" in response.json()["detail"]


def test_route_serves_parquet(client: httpx.Client, summary: BuildSummary, tmp_path: Path) -> None:
    response = client.get("/api/export/parquet", params={"as_of": "2024-01-01"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/vnd.apache.parquet"
    assert "blocgraph-memberships-2024-01-01.parquet" in response.headers["content-disposition"]
    ours = tmp_path / "ours.parquet"
    ours.write_bytes(response.content)
    records = read_parquet(ours)
    expected = rows(cli_export(summary, "--format", "csv", "--as-of", "2024-01-01"))
    assert [as_csv_row(r) for r in records] == expected
    refused = client.get("/api/export/parquet", params={"relations": "true"})
    assert refused.status_code == 400


def test_route_without_pyarrow_is_406_saying_how_to_install_it(
    start_server: ServerFactory, summary: BuildSummary, tmp_path: Path
) -> None:
    url = start_server(store=summary.store, PYTHONPATH=hide_pyarrow(tmp_path))
    response = httpx.get(url + "/api/export/parquet", timeout=60.0)
    assert response.status_code == 406
    assert response.headers["content-type"] == "application/problem+json"
    detail = response.json()["detail"]
    assert "pip install 'blocgraph[parquet]'" in detail and "csv" in detail


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
