"""Exports of the real graph through ``blocgraph export`` (a subprocess), read back with the
readers the tools use (networkx's GraphML and GEXF readers, csv)."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from itertools import pairwise
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


def _relation_edges(graph: nx.MultiGraph, state: str) -> set[tuple[str, str, str]]:
    """(other state, relation, start) of ``state``'s relation edges."""
    return {
        (b if a == state else a, d["relation"], d["start"])
        for a, b, d in graph.edges(data=True)
        if "relation" in d and state in (a, b)
    }


def test_relations_are_edges_between_states(summary: BuildSummary) -> None:
    graph = nx.read_graphml(io.BytesIO(cli_export(summary, "--format", "graphml", "--relations")))
    # every relation of Russia that came into force, as `blocgraph relations` lists it
    listed = run_cli("relations", "RUS", "--history", "--json", store=summary.store)
    assert listed.returncode == 0, listed.stderr
    expected = {
        (r["other"], r["kind"], (r["in_force"] + "-01-01")[:10])
        for r in json.loads(listed.stdout)
        if r["in_force"] and r["direction"] != "to_state"
    }
    assert _relation_edges(graph, "RUS") >= expected
    assert ("PRK", "defence", "2024-12-04") in expected
    # the membership edges are still there, unchanged
    spells = rows(cli_export(summary, "--format", "csv"))
    membership = [d for _, _, d in graph.edges(data=True) if "role" in d]
    assert len(membership) == len(spells)
    assert all(graph.nodes[n]["kind"] == "state" for n in ("RUS", "PRK"))


def test_a_partnership_with_the_eu_is_an_edge_to_the_body(summary: BuildSummary) -> None:
    """The EU's declared partnerships join a state to the EU's body node, which stays a body
    (its membership edges untouched); a pair sorted below and above 'EU' both come out."""
    graph = nx.read_graphml(io.BytesIO(cli_export(summary, "--format", "graphml", "--relations")))
    assert graph.nodes["EU"]["kind"] == "body"
    edges = _relation_edges(graph, "EU")
    assert ("CHN", "partnership", "2003-10-30") in edges
    assert ("IND", "partnership", "2004-11-08") in edges
    assert ("UZB", "partnership", "2025-04-04") in edges
    assert any("role" in d for _, _, d in graph.edges("EU", data=True))


def test_relations_in_gexf_never_overlap_on_an_edge(summary: BuildSummary, tmp_path: Path) -> None:
    out = tmp_path / "relations.gexf"
    done = run_cli(
        "export",
        "-f",
        "gexf",
        "--relations",
        "--as-of",
        "2025-01-01",
        "--out",
        str(out),
        store=summary.store,
    )
    assert done.returncode == 0, done.stderr
    root = ET.parse(out).getroot()
    edge = next(
        e for e in root.iter(f"{GEXF}edge") if {e.get("source"), e.get("target")} == {"RUS", "PRK"}
    )
    values = [(a.get("value"), a.get("start"), a.get("end")) for a in edge.iter(f"{GEXF}attvalue")]
    # one value at a time (Gephi's intervals may not overlap): on 2025-01-01, the 2024 treaty's
    # defence and consultation promises and the partnership
    assert values[-1][0] == "consultation+defence+partnership"
    for (_, _, end), (_, start, _) in pairwise(values):
        assert end is not None and start is not None and end <= start
    assert nx.read_gexf(out).number_of_edges() > 0


def test_relations_are_not_for_csv(summary: BuildSummary) -> None:
    result = run_cli("export", "--format", "csv", "--relations", store=summary.store)
    assert result.returncode == 2
    assert "graphml or gexf" in result.stderr
