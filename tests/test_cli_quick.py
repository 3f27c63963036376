"""``blocgraph bodies`` and ``members`` without typer (:mod:`blocgraph._cli_quick`): a plain
command line is read as typer would read it and prints what typer's command prints, byte for
byte, failures included; anything else goes to typer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from blocgraph._cli_quick import CommandLine, parse
from blocgraph.build import BuildSummary
from tests.conftest import run_cli


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["RUS"], CommandLine("RUS")),
        (["Россия", "--json", "--history"], CommandLine("Россия", history=True, as_json=True)),
        (
            ["--as-of=2024-08-01", "SCO", "--role", "member", "--layer", "curated"],
            CommandLine("SCO", as_of="2024-08-01", role="member", layer="curated"),
        ),
        (
            ["RUS", "--store", "/srv/store", "--endpoint=http://h/q"],
            CommandLine("RUS", store=Path("/srv/store"), endpoint="http://h/q"),
        ),
        (["Russian Federation"], CommandLine("Russian Federation")),
    ],
)
def test_a_plain_line_is_read_as_typer_reads_it(args: list[str], expected: CommandLine) -> None:
    assert parse(args) == expected


@pytest.mark.parametrize(
    "args",
    [
        [],  # no name: typer's usage error
        ["RUS", "CHN"],
        ["RUS", "--help"],
        ["-h"],
        ["RUS", "--as-of"],  # a value missing
        ["RUS", "--as-of", "2024-01-01", "--as-of", "2025-01-01"],  # repeated
        ["RUS", "--json", "--json"],
        ["RUS", "--json=yes"],
        ["RUS", "--role", "--json"],  # a value that looks like an option
        ["RUS", "--as-of="],
        ["RUS", "--bogus"],
        ["--", "RUS"],
        ["-"],
    ],
)
def test_anything_else_is_left_to_typer(args: list[str]) -> None:
    assert parse(args) is None


LINES = [
    ["bodies", "RUS"],
    ["bodies", "Russia", "--json", "--history"],
    ["bodies", "Россия", "--as-of", "2022-03-01", "--layer", "curated"],
    ["members", "SCO", "--as-of=2024-08-01", "--role", "member"],
    ["members", "ШОС", "--json", "--layer", "cow-igo-v3", "--history"],
    ["bodies", "Narnia"],  # exit 1, did you mean
    ["bodies", "RUS", "--as-of", "2024-13-01"],  # exit 2, write YYYY-MM-DD
    ["members", "SCO", "--role", "king"],  # exit 2
    ["members", "SCO", "--layer", "all-of-them"],  # exit 2
]


@pytest.mark.parametrize("args", LINES, ids=" ".join)
def test_both_ways_print_the_same(summary: BuildSummary, args: list[str]) -> None:
    env = dict(os.environ, BLOCGRAPH_STORE=str(summary.store))
    typer_way = f"from blocgraph.cli import app\napp({args!r})"
    done = [
        subprocess.run(
            [sys.executable, *command],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        for command in (["-m", "blocgraph.cli", *args], ["-c", typer_way])
    ]
    quick, typer_run = done
    assert (quick.returncode, quick.stdout, quick.stderr) == (
        typer_run.returncode,
        typer_run.stdout,
        typer_run.stderr,
    )
    assert quick.stdout or quick.returncode


def test_help_and_usage_errors_still_come_from_typer(summary: BuildSummary) -> None:
    shown = run_cli("bodies", "--help")
    assert shown.returncode == 0
    assert "--as-of" in shown.stdout and "--layer" in shown.stdout
    refused = run_cli("bodies", "RUS", "--bogus", store=summary.store)
    assert refused.returncode == 2
    assert "No such option" in refused.stderr
