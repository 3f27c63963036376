"""``blocgraph.open()`` for notebooks, on the real built graph: its records say what the CLI says
(``members --json``, ``coverage --json``, ``export --format csv``), names come in the chosen
language, bad input says what to fix, and the README's notebook session runs as written."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import blocgraph
from blocgraph._workbench import Records, Workbench
from blocgraph.build import BuildSummary
from blocgraph.config import PROJECT_ROOT
from blocgraph.lookup import UnknownNameError
from blocgraph.store import StoreError
from tests.conftest import run_cli

DAY = "2024-08-01"


@pytest.fixture(scope="module")
def graph(summary: BuildSummary) -> Workbench:
    return blocgraph.open(summary.store)


def _cli_json(summary: BuildSummary, *args: str) -> Any:
    done = run_cli(*args, "--json", store=summary.store)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_members_are_the_cli_members(graph: Workbench, summary: BuildSummary) -> None:
    cli = _cli_json(summary, "members", "SCO", "--as-of", DAY, "--layer", "curated")
    assert isinstance(cli, list)
    rows = graph.members("Shanghai Cooperation Organisation", as_of=DAY)
    assert isinstance(rows, Records)
    assert [(r["state"], r["role"], r["start"], r["end"]) for r in rows] == [
        (r["state"], r["role"], r["start"], r["end"]) for r in cli
    ]
    assert [r["sources"] for r in rows] == [[s["url"] for s in r["sources"]] for r in cli]
    assert all(r["body_name"] == "Shanghai Cooperation Organisation" for r in rows)


def test_bodies_of_a_state_by_any_name(graph: Workbench) -> None:
    by_code = graph.bodies_of("RUS")
    assert graph.bodies_of("Россия") == by_code == graph.bodies_of("russia")
    coe = [(r["role"], r["end_reason"]) for r in by_code if r["body"] == "COE"]
    assert coe == [("member", "suspended"), ("suspended", "expelled")]


def test_coverage_is_the_cli_report(graph: Workbench, summary: BuildSummary) -> None:
    for continent in ("Eurasia", "Africa"):
        cli = _cli_json(summary, "coverage", "--continent", continent, "--as-of", DAY)
        rows = graph.coverage(continent, as_of=DAY)
        assert rows.report == cli
        assert list(rows) == cli["bodies"]
    chosen = graph.coverage(bodies=["ШОС", "csto"], as_of=DAY)
    assert [r["body"] for r in chosen] == ["SCO", "CSTO"]


def test_spells_are_the_csv_export(graph: Workbench, summary: BuildSummary) -> None:
    done = run_cli("export", "--format", "csv", "--as-of", DAY, store=summary.store)
    assert done.returncode == 0, done.stderr
    exported = [
        {**row, "end": row["end"] or None} for row in csv.DictReader(io.StringIO(done.stdout))
    ]
    assert list(graph.spells(as_of=DAY)) == exported
    assert len(graph.spells()) > len(exported)  # without a day: every spell, past ones too


def test_catalogue(graph: Workbench) -> None:
    states = {row["iso3"]: row for row in graph.states()}
    bodies = {row["key"]: row for row in graph.bodies()}
    assert states["KAZ"]["name"] == "Kazakhstan"
    assert states["KAZ"]["wikidata"] == "http://www.wikidata.org/entity/Q232"
    assert {"SCO", "CSTO", "AU", "EU"} <= set(bodies)
    assert bodies["SCO"]["seat_country"] == "CHN"


def test_names_in_the_chosen_language(summary: BuildSummary) -> None:
    russian = blocgraph.open(summary.store, lang="ru")
    assert {r["iso3"]: r["name"] for r in russian.states()}["KAZ"] == "Казахстан"
    row = russian.members("SCO", as_of=DAY, role="member")[0]
    assert re.fullmatch(r"[А-Яа-яЁё ,\-]+", row["state_name"]), row
    chinese = blocgraph.open(summary.store, lang="zh")
    assert {r["iso3"]: r["name"] for r in chinese.states()}["KAZ"] == "哈萨克斯坦"


def test_bad_input_says_what_to_fix(graph: Workbench, tmp_path: Path) -> None:
    with pytest.raises(UnknownNameError) as unknown:
        graph.bodies_of("Kazakstn")
    assert any("KAZ" in s for s in unknown.value.suggestions)
    with pytest.raises(ValueError, match="use YYYY-MM-DD"):
        graph.members("SCO", as_of="01/08/2024")
    with pytest.raises(StoreError, match="blocgraph build"):
        blocgraph.open(tmp_path / "nothing-here")


@pytest.mark.skipif(importlib.util.find_spec("pandas") is None, reason="pandas not installed")
def test_to_pandas_with_pandas(graph: Workbench) -> None:
    frame = graph.spells(as_of=DAY).to_pandas()
    assert list(frame.columns) == [
        "state",
        "state_name",
        "body",
        "body_name",
        "role",
        "start",
        "end",
    ]
    assert len(frame) == len(graph.spells(as_of=DAY))


@pytest.mark.skipif(importlib.util.find_spec("pandas") is not None, reason="pandas installed")
def test_to_pandas_without_pandas_says_how_to_get_it(graph: Workbench) -> None:
    with pytest.raises(ImportError, match="pip install pandas"):
        graph.coverage("Africa").to_pandas()


def test_readme_notebook_session_runs(summary: BuildSummary, tmp_path: Path) -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## From Python (notebooks)", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```pycon\n(.*?)```", section, re.S)
    assert len(blocks) == 1, "the section has one session"
    session = tmp_path / "session.txt"
    session.write_text(blocks[0], encoding="utf-8")
    # as a reader runs it: a fresh interpreter, the store in BLOCGRAPH_STORE
    done = subprocess.run(
        [sys.executable, "-m", "doctest", str(session)],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "BLOCGRAPH_STORE": str(summary.store),
            # this blocgraph, whatever the working directory
            "PYTHONPATH": os.pathsep.join(
                [str(Path(blocgraph.__file__).parents[1]), os.environ.get("PYTHONPATH", "")]
            ),
        },
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
