"""``blocgraph map`` and ``blocgraph overlaps-chart`` through a typer app, as the lead registers
them, against the real built store."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import typer
from PIL import Image
from typer.testing import CliRunner

from blocgraph._cli_viz import map_command, overlaps_chart_command
from blocgraph.config import Settings
from tests.viz.conftest import SVG, with_class

app = typer.Typer(pretty_exceptions_enable=False, rich_markup_mode=None)
app.command("map")(map_command)
app.command("overlaps-chart")(overlaps_chart_command)
runner = CliRunner()


@pytest.fixture
def store_args(summary: object, settings: Settings) -> list[str]:
    return ["--store", str(settings.store)]


def test_map_png(tmp_path: Path, store_args: list[str]) -> None:
    out = tmp_path / "eurasia.png"
    result = runner.invoke(app, ["map", "--out", str(out), "--as-of", "2026-11-27", *store_args])
    assert result.exit_code == 0, result.output
    assert "22 of 92 states in none" in result.output
    with Image.open(out) as picture:
        assert picture.format == "PNG" and picture.width == 1600


def test_map_svg_with_names_in_any_language(tmp_path: Path, store_args: list[str]) -> None:
    out = tmp_path / "asia.svg"
    result = runner.invoke(
        app,
        [
            "map",
            "-o",
            str(out),
            "--continent",
            "Asia",
            "--measure",
            "body:ШОС",
            "--bodies",
            "ШОС",
            "--as-of",
            "2024-08-01",
            *store_args,
        ],
    )
    assert result.exit_code == 0, result.output
    root = ET.parse(out).getroot()
    assert root.get("data-bodies") == "SCO" and root.get("data-measure") == "body:SCO"
    assert root.get("data-as-of") == "2024-08-01"
    assert len(list(with_class(root, "state"))) == 48


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--out", "map.gif"], "must end in .svg or .png"),
        (["--out", "map.svg", "--continent", "Atlantis"], "unknown region"),
        (["--out", "map.svg", "--measure", "area"], "unknown measure"),
        (["--out", "map.svg", "--as-of", "yesterday"], "not a date"),
        (["--out", "map.svg", "--bodies", "Shanghai Organisation of Cooperation"], "unknown"),
        (["--out", "map.svg", "--roles", "member,boss"], "unknown role"),
        (["--out", "map.svg", "--measure", "relations:XYZ"], "unknown state or body 'XYZ'"),
        (["--out", "map.svg", "--measure", "relations:"], "needs a state, e.g. relations:RUS"),
        (["--out", "map.svg", "--measure", "relations:SCO"], "is a body (SCO), not a state"),
    ],
)
def test_map_bad_options_exit_2(
    tmp_path: Path, store_args: list[str], args: list[str], message: str
) -> None:
    args = [str(tmp_path / a) if a.startswith("map.") else a for a in args]
    result = runner.invoke(app, ["map", *args, *store_args])
    assert result.exit_code == 2
    assert message in result.output
    assert not list(tmp_path.iterdir())  # nothing half-written


def test_map_of_ties_with_a_state_named_in_any_language(
    tmp_path: Path, store_args: list[str]
) -> None:
    out = tmp_path / "russia.svg"
    result = runner.invoke(
        app,
        [
            "map",
            "-o",
            str(out),
            "--measure",
            "relations:Россия",
            "--as-of",
            "2025-06-01",
            *store_args,
        ],
    )
    assert result.exit_code == 0, result.output
    assert "ties with Russia as of 2025-06-01" in result.output
    root = ET.parse(out).getroot()
    assert root.get("data-measure") == "relations:RUS"
    ties = {e.get("data-iso3"): e.get("data-value") for e in with_class(root, "state")}
    assert (ties["PRK"], ties["CHN"], ties["IND"], ties["DEU"], ties["RUS"]) == (
        "defence_mutual",
        "treaty_promise",
        "partnership",
        "none",
        "key",
    )


def test_map_help_names_the_relations_measure() -> None:
    result = runner.invoke(app, ["map", "--help"])
    assert result.exit_code == 0
    assert "relations:KEY" in result.output and "relations:RUS" in result.output


def test_overlaps_chart_kinds(tmp_path: Path, store_args: list[str]) -> None:
    matrix, upset = tmp_path / "m.svg", tmp_path / "u.png"
    result = runner.invoke(app, ["overlaps-chart", "--out", str(matrix), *store_args])
    assert result.exit_code == 0, result.output
    root = ET.parse(matrix).getroot()
    assert root.tag == f"{SVG}svg" and len(list(with_class(root, "cell"))) == 36
    result = runner.invoke(
        app, ["overlaps-chart", "--kind", "upset", "--out", str(upset), "--top", "3", *store_args]
    )
    assert result.exit_code == 0, result.output
    with Image.open(upset) as picture:
        assert picture.width == 1400


def test_missing_store_exits_1(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["map", "--out", str(tmp_path / "m.svg"), "--store", str(tmp_path / "none")]
    )
    assert result.exit_code == 1
    assert "error:" in result.output
