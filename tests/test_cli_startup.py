"""The CLI starts light: importing it (what ``--help``, ``--version``, ``bodies`` and ``members``
pay) loads neither spaCy nor the analytics, the drawing, pySHACL, rdflib nor httpx; ``--help``
and ``--version`` not even the settings (pydantic), the store (pyoxigraph) or the lookups, and
``bodies`` / ``members`` not pydantic-settings (typer itself loads pydantic to convert a
command's arguments); the commands that need them still find them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from blocgraph.build import BuildSummary
from tests.conftest import run_cli

HEAVY = ["spacy", "networkx", "numpy", "PIL", "pyshacl", "rdflib", "httpx", "fastapi"]
SETTINGS_AND_STORE = ["pydantic", "pydantic_settings", "pyoxigraph", "blocgraph.lookup"]


def imported_after(code: str) -> set[str]:
    probe = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_importing_the_cli_loads_nothing_heavy() -> None:
    modules = imported_after("import blocgraph.cli")
    assert "blocgraph.cli" in modules
    assert [m for m in HEAVY + SETTINGS_AND_STORE if m in modules] == []


@pytest.mark.parametrize("args", [["--help"], ["--version"]])
def test_help_and_version_load_nothing_heavy(args: list[str]) -> None:
    code = f"from blocgraph.cli import app\ntry:\n    app({args!r})\nexcept SystemExit:\n    pass"
    modules = imported_after(code)
    assert [m for m in HEAVY + SETTINGS_AND_STORE if m in modules] == []


@pytest.mark.parametrize("args", [["members", "SCO", "--json"], ["bodies", "Russia", "--json"]])
def test_a_lookup_loads_nothing_heavy(summary: BuildSummary, args: list[str]) -> None:
    code = (
        "import os\n"
        f"os.environ['BLOCGRAPH_STORE'] = {str(summary.store)!r}\n"
        "from blocgraph.cli import app\n"
        f"try:\n    app({args!r})\n"
        "except SystemExit as done:\n    assert not done.code, done.code"
    )
    modules = imported_after(code)
    assert "blocgraph.lookup" in modules
    assert [m for m in [*HEAVY, "pydantic_settings", "blocgraph.config"] if m in modules] == []


def test_help_still_lists_every_command() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("build", "bodies", "members", "coverage", "map", "extract", "evaluate"):
        assert command in result.stdout


def test_heavy_commands_still_work(summary: BuildSummary) -> None:
    result = run_cli("overlaps", "--json", "--as-of", "2024-01-01", store=summary.store)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["pairs"]


@pytest.mark.parametrize("args", [["members", "SCO", "--json"], ["bodies", "RUS"]])
def test_a_plain_lookup_loads_no_framework(summary: BuildSummary, args: list[str]) -> None:
    """``blocgraph.cli.main`` runs a plain lookup without typer, click or pydantic."""
    code = (
        "import os\n"
        f"os.environ['BLOCGRAPH_STORE'] = {str(summary.store)!r}\n"
        "from blocgraph.cli import main\n"
        f"main({args!r})"
    )
    modules = imported_after(code)
    assert "blocgraph.lookup._memberships" in modules
    framework = ["typer", "click", "pydantic", "blocgraph._cli_app", "blocgraph.lookup._catalog"]
    assert [m for m in [*HEAVY, *framework] if m in modules] == []
