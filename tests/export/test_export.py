"""Exports of the real graph through ``blocgraph export`` (a subprocess), read back with the
readers the tools use (networkx's GraphML and GEXF readers, csv)."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from blocgraph.build import BuildSummary
from tests.conftest import run_cli

GEXF = "{http://www.gexf.net/1.2draft}"


def cli_export(summary: BuildSummary, *args: str) -> bytes:
    result = run_cli("export", *args, store=summary.store)
    assert result.returncode == 0, result.stderr
    return result.stdout.encode("utf-8")


def rows(payload: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(payload.decode("utf-8"))))


def test_csv_has_every_spell_with_names(summary: BuildSummary) -> None:
    table = rows(cli_export(summary, "--format", "csv"))
    coe = [r for r in table if r["state"] == "RUS" and r["body"] == "COE"]
    assert [(r["role"], r["start"], r["end"]) for r in coe] == [
        ("member", "1996-02-28", "2022-02-25"),
        ("suspended", "2022-02-25", "2022-03-16"),
    ]
    assert coe[0]["state_name"] == "Russia" and coe[0]["body_name"] == "Council of Europe"


def test_as_of_keeps_the_spells_of_that_day(summary: BuildSummary) -> None:
    table = rows(cli_export(summary, "--format", "csv", "--as-of", "2010-01-01"))
    assert table and all(r["start"] <= "2010-01-01" for r in table)
    assert all(not r["end"] or r["end"] > "2010-01-01" for r in table)
    assert ("RUS", "COE", "member") in {(r["state"], r["body"], r["role"]) for r in table}


def test_graphml_has_an_edge_per_spell(summary: BuildSummary) -> None:
    graph = nx.read_graphml(io.BytesIO(cli_export(summary, "--format", "graphml")))
    assert graph.number_of_edges() == len(rows(cli_export(summary, "--format", "csv")))
    assert graph.nodes["RUS"]["kind"] == "state" and graph.nodes["COE"]["kind"] == "body"
    roles = sorted(d["role"] for _, _, d in graph.edges(["RUS"], data=True) if "COE" in _)
    assert roles == ["member", "suspended"]


def test_gexf_carries_time_intervals(summary: BuildSummary, tmp_path: Path) -> None:
    out = tmp_path / "graph.gexf"
    result = run_cli("export", "-f", "gexf", "--out", str(out), store=summary.store)
    assert result.returncode == 0, result.stderr
    root = ET.parse(out).getroot()
    graph_element = root.find(f"{GEXF}graph")
    assert graph_element is not None
    assert graph_element.get("mode") == "dynamic" and graph_element.get("timeformat") == "date"
    edge = next(
        e for e in root.iter(f"{GEXF}edge") if {e.get("source"), e.get("target")} == {"RUS", "COE"}
    )
    spells = [(s.get("start"), s.get("end")) for s in edge.iter(f"{GEXF}spell")]
    assert spells == [("1996-02-28", "2022-02-25"), ("2022-02-25", "2022-03-16")]
    roles = [(a.get("value"), a.get("start")) for a in edge.iter(f"{GEXF}attvalue")]
    assert roles == [("member", "1996-02-28"), ("suspended", "2022-02-25")]
    assert nx.read_gexf(out).number_of_nodes() > 200


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "yaml"], "yaml"),
        (["--format", "csv", "--as-of", "yesterday"], "YYYY-MM-DD"),
        (["--format", "csv", "--roles", "king"], "unknown role"),
        (["--format", "csv", "--out", "/missing-dir/x.csv"], "does not exist"),
    ],
)
def test_bad_options_exit_2(summary: BuildSummary, args: list[str], message: str) -> None:
    result = run_cli("export", *args, store=summary.store)
    assert result.returncode == 2
    assert message in result.stderr
    assert not Path("/missing-dir").exists()
