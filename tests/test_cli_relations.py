"""``blocgraph relations`` and ``blocgraph treaty`` as an analyst runs them: JSON records with
sources, the as-of semantics, and exit 2 with a message on bad input."""

from __future__ import annotations

import json

import pytest

from blocgraph.build import BuildSummary
from tests.conftest import run_cli


def _json(summary: BuildSummary, *args: str) -> list[dict[str, object]]:
    result = run_cli(*args, "--json", store=summary.store)
    assert result.returncode == 0, result.stderr
    records: list[dict[str, object]] = json.loads(result.stdout)
    return records


def test_relations_json_has_the_issue_shape(summary: BuildSummary) -> None:
    records = _json(summary, "relations", "Россия", "--history")
    keys = {
        "state",
        "other",
        "kind",
        "label",
        "treaty",
        "signed",
        "in_force",
        "end",
        "direction",
        "articles",
        "sources",
        "layer",
    }
    assert records and all(keys <= set(r) for r in records)
    for record in records:
        for source in record["sources"]:  # type: ignore[attr-defined]
            assert set(source) == {"url", "tier", "quote", "accessed"}


def test_as_of_follows_entry_into_force(summary: BuildSummary) -> None:
    before = _json(summary, "relations", "RUS", "--with", "PRK", "--as-of", "2024-07-01")
    after = _json(summary, "relations", "RUS", "--with", "PRK", "--as-of", "2025-01-01")
    assert "defence" not in {r["kind"] for r in before}
    assert "defence" in {r["kind"] for r in after}


def test_kind_filter_and_table(summary: BuildSummary) -> None:
    records = _json(summary, "relations", "USA", "--kind", "defence", "--as-of", "2026-12-03")
    others = {r["other"] for r in records}
    assert {"JPN", "KOR", "PHL", "THA", "POL", "TUR"} <= others
    assert {"RUS", "CHN", "IND"}.isdisjoint(others)
    table = run_cli("relations", "RUS", "--kind", "defence,neutrality", store=summary.store)
    assert table.returncode == 0
    assert "PRK" in table.stdout and "IRN" in table.stdout and "neutrality" in table.stdout


def test_treaty_command(summary: BuildSummary) -> None:
    result = run_cli("treaty", "RUS-PRK-2024", "--json", store=summary.store)
    assert result.returncode == 0, result.stderr
    treaty = json.loads(result.stdout)
    assert treaty["in_force"] == "2024-12-04" and treaty["replaces"] == "RUS-PRK-2000"
    text = run_cli("treaty", "usa-jpn-1960", store=summary.store)
    assert "defence — art. V" in text.stdout


def test_a_partnership_with_the_eu(summary: BuildSummary) -> None:
    """The EU, a body that is a party in its own right, is the other side of China's
    partnership, and can itself be asked for its partnerships."""
    records = _json(summary, "relations", "CHN", "--kind", "partnership", "--history")
    [eu] = [r for r in records if r["other"] == "EU"]
    assert eu["label"] == "comprehensive strategic partnership"
    assert eu["in_force"] == "2003-10-30" and eu["direction"] == "mutual"
    assert eu["sources"]
    union = _json(summary, "relations", "EU", "--history")
    assert {"CHN", "IND", "JPN", "KOR", "KAZ", "UZB"} <= {r["other"] for r in union}
    assert {r["kind"] for r in union} == {"partnership"}
    with_eu = _json(summary, "relations", "India", "--with", "European Union", "--history")
    assert [r["label"] for r in with_eu] == ["strategic partnership"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("relations", "RUS", "--as-of", "1.7.2024"), "--as-of '1.7.2024' is not a date"),
        (("relations", "RUS", "--kind", "alliance"), "--kind 'alliance': use one of"),
        (("relations", "Narnia"), "unknown state or body 'Narnia'"),
        (("relations", "RUS", "--with", "SCO"), "is a body (SCO), not a state"),
        (("relations", "NATO"), "of bodies only EU can be a party of a relation"),
        (("treaty", "RUS-PRK-2023"), "did you mean RUS-PRK-2024"),
        (
            ("map", "-o", "/tmp/never-written.svg", "--measure", "relations:Narnia"),
            "--measure relations:Narnia: unknown state or body 'Narnia'",
        ),
        (
            ("map", "-o", "/tmp/never-written.svg", "--measure", "relations:"),
            "--measure relations:KEY needs a state, e.g. relations:RUS",
        ),
    ],
)
def test_bad_input_exits_2(summary: BuildSummary, args: tuple[str, ...], message: str) -> None:
    result = run_cli(*args, store=summary.store)
    assert result.returncode == 2, result.stdout
    assert message in result.stderr
    assert "Traceback" not in result.stderr
