"""``blocgraph export --format parquet``: the CSV's rows, typed, read back with pyarrow (the
``parquet`` extra, which ``make install`` installs); without pyarrow, exit 2 saying how to
install it."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from blocgraph.build import BuildSummary
from tests.conftest import run_cli
from tests.export.test_export import cli_export, rows


def read_parquet(path: Path) -> list[dict[str, object]]:
    import pyarrow.parquet as pq  # the parquet extra: installed by make install

    table = pq.read_table(path)
    assert [str(t) for t in table.schema.types] == ["string"] * 5 + ["date32[day]"] * 2
    records: list[dict[str, object]] = table.to_pylist()
    return records


def as_csv_row(record: dict[str, object]) -> dict[str, str]:
    """A Parquet row written as the CSV writes it: ISO dates, "" for an open end."""
    return {
        key: ""
        if value is None
        else value.isoformat()
        if isinstance(value, dt.date)
        else str(value)
        for key, value in record.items()
    }


@pytest.mark.parametrize("extra", [[], ["--as-of", "2010-01-01", "--roles", "member,observer"]])
def test_parquet_holds_the_csv_rows(
    summary: BuildSummary, tmp_path: Path, extra: list[str]
) -> None:
    out = tmp_path / "spells.parquet"
    done = run_cli("export", "--format", "parquet", *extra, "--out", str(out), store=summary.store)
    assert done.returncode == 0, done.stderr
    assert "parquet" in done.stderr
    records = read_parquet(out)
    assert [as_csv_row(r) for r in records] == rows(cli_export(summary, "--format", "csv", *extra))
    if not extra:
        coe = [r for r in records if r["state"] == "RUS" and r["body"] == "COE"]
        assert [(r["role"], r["start"], r["end"]) for r in coe] == [
            ("member", dt.date(1996, 2, 28), dt.date(2022, 2, 25)),
            ("suspended", dt.date(2022, 2, 25), dt.date(2022, 3, 16)),
        ]
        assert any(r["end"] is None for r in records)  # spells that last


def test_parquet_takes_no_relations(summary: BuildSummary) -> None:
    done = run_cli("export", "--format", "parquet", "--relations", store=summary.store)
    assert done.returncode == 2
    assert "graphml or gexf" in done.stderr


def hide_pyarrow(folder: Path) -> str:
    """A PYTHONPATH under which ``import pyarrow`` fails, as where it is not installed."""
    (folder / "pyarrow").mkdir()
    (folder / "pyarrow" / "__init__.py").write_text('raise ImportError("no pyarrow here")\n')
    return os.pathsep.join(p for p in (str(folder), os.environ.get("PYTHONPATH")) if p)


def test_without_pyarrow_the_command_says_how_to_install_it(
    summary: BuildSummary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", hide_pyarrow(tmp_path))
    out = tmp_path / "x.parquet"
    done = run_cli("export", "--format", "parquet", "--out", str(out), store=summary.store)
    assert done.returncode == 2
    assert "pip install 'blocgraph[parquet]'" in done.stderr
    assert not out.exists()
    # the other formats do not need it
    assert run_cli("export", "--format", "csv", store=summary.store).returncode == 0
