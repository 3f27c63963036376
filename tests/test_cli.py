"""The command line as an analyst uses it: real process, real store, printed output."""

from __future__ import annotations

import json

from blocgraph.config import Settings
from tests.conftest import run_cli


def test_help_explains_commands() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("build", "validate", "bodies", "members", "crosscheck"):
        assert command in result.stdout


def test_bodies_json(summary: object, settings: Settings) -> None:
    result = run_cli("bodies", "Россия", "--as-of", "2024-01-01", "--json", store=settings.store)
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert {"body", "state", "role", "start", "end", "sources"} <= set(records[0])
    bodies = {r["body"]: r["role"] for r in records}
    assert bodies["CIS"] == "member"
    assert bodies["SCO"] == "member"
    assert "COE" not in bodies
    assert all(r["state"] == "RUS" for r in records)


def test_members_table_with_role(summary: object, settings: Settings) -> None:
    result = run_cli(
        "members", "ШОС", "--as-of", "2024-08-01", "--role", "member", store=settings.store
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["body", "member", "role"]
    assert len(lines) == 1 + 10
    assert any(line.split()[1] == "BLR" for line in lines[1:])


def test_history_flag(summary: object, settings: Settings) -> None:
    result = run_cli("bodies", "Georgia", "--history", "--json", store=settings.store)
    records = json.loads(result.stdout)
    assert any(r["body"] == "CIS" and r["end"] for r in records)


def test_unknown_state_did_you_mean(summary: object, settings: Settings) -> None:
    result = run_cli("bodies", "Russiya", store=settings.store)
    assert result.returncode == 1
    assert "did you mean" in result.stderr
    assert "RUS" in result.stderr


def test_unknown_body(summary: object, settings: Settings) -> None:
    result = run_cli("members", "Shanghai Organisation of Cooperation", store=settings.store)
    assert result.returncode == 1
    assert "unknown" in result.stderr


def test_bad_date_and_role(summary: object, settings: Settings) -> None:
    result = run_cli("bodies", "RUS", "--as-of", "2024-02-30", store=settings.store)
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr
    result = run_cli("bodies", "RUS", "--role", "king", store=settings.store)
    assert result.returncode == 2
    assert "unknown role 'king'" in result.stderr


def test_missing_store(tmp_path: object) -> None:
    result = run_cli("bodies", "RUS", store=tmp_path / "none")  # type: ignore[operator]
    assert result.returncode == 1
    assert "blocgraph build" in result.stderr
    assert "Traceback" not in result.stderr


def test_build_reports_bad_data_with_file_and_line(tmp_path: object) -> None:
    import shutil
    from pathlib import Path

    from tests.conftest import DATA_DIR

    data = Path(str(tmp_path)) / "data"
    shutil.copytree(DATA_DIR, data)
    with (data / "memberships" / "NATO.csv").open("a", encoding="utf-8") as handle:
        handle.write("ATLANTIS,member,2020-01-01,,,https://example.org,2026-11-27,,\n")
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "BLOCGRAPH_DATA_DIR": str(data),
        "BLOCGRAPH_STORE": str(Path(str(tmp_path)) / "store"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "blocgraph.cli", "build"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 1
    assert "NATO.csv:" in result.stderr
    assert "unknown member 'ATLANTIS'" in result.stderr
    assert "Traceback" not in result.stderr


def test_members_of_a_historic_body_for_1985(summary: object, settings: Settings) -> None:
    store = settings.store
    result = run_cli("members", "CMEA", "--as-of", "1985-06-30", "--json", store=store)
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert {"SUN", "POL", "DDR"} <= {r["state"] for r in records}
    # curated since 2026-12-06 (memberships/CMEA.csv); COW still answers for the pairs the
    # curated rows leave out (its Finland, Mexico, Iraq … cooperation partners)
    layers = {r["state"]: r["layer"] for r in records}
    assert layers["SUN"] == layers["POL"] == layers["DDR"] == "curated"
    bad = run_cli("bodies", "KAZ", "--layer", "nope", store=store)
    assert bad.returncode == 2 and "unknown layer" in bad.stderr


def test_universe_command(summary: object, settings: Settings) -> None:
    store = settings.store
    result = run_cli("universe", "--as-of", "2026-12-03", "--min-inside", "0.75", store=store)
    assert result.returncode == 0, result.stderr
    assert "pan-continental" in result.stdout and ": none" in result.stdout
    bad = run_cli("universe", "--as-of", "someday", store=store)
    assert bad.returncode == 2
