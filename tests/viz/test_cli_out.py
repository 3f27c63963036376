"""``blocgraph map --out`` into a folder that does not exist: exit 2 with a message, and no
folder made (a typo in a path must not leave folders behind)."""

from __future__ import annotations

from pathlib import Path

import pytest

from blocgraph.build import BuildSummary
from tests.conftest import run_cli


@pytest.mark.parametrize("command", ["map", "overlaps-chart"])
def test_out_into_a_missing_folder_exits_2(
    tmp_path: Path, summary: BuildSummary, command: str
) -> None:
    missing = tmp_path / "missing-dir"
    result = run_cli(command, "--out", str(missing / "x.png"), store=summary.store)
    assert result.returncode == 2, result.stderr
    assert "does not exist" in result.stderr and "missing-dir" in result.stderr
    assert not missing.exists()
    assert "Traceback" not in result.stderr


def test_out_into_an_existing_folder_writes(tmp_path: Path, summary: BuildSummary) -> None:
    out = tmp_path / "x.svg"
    result = run_cli("map", "--out", str(out), store=summary.store)
    assert result.returncode == 0, result.stderr
    assert out.read_text().startswith("<svg") or "<svg" in out.read_text()[:400]
