"""Default counts equal each body's own published count today.

Each expected count comes from ``tests/data/official_counts.csv`` with the page it was read on,
its tier, the quoted sentence and the day it was read; where the page names the members, the
names are checked too (not only their number).
"""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from blocgraph.analysis import DEFAULT_ROLES
from blocgraph.lookup import members_of
from blocgraph.reference._sources import load_policy
from blocgraph.store import Store
from tests.conftest import DATA_DIR

COUNTS = Path(__file__).parent.parent / "data" / "official_counts.csv"
TODAY = date(2026, 12, 3)
_WORDS = {
    5: ("five", "пять"),
    6: ("six", "шесть"),
    10: ("ten", "tenth", "десять"),
    11: ("eleven", "11th"),
}


def _rows() -> list[dict[str, str]]:
    with COUNTS.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("row", _rows(), ids=lambda r: f"{r['body']}={r['count']}")
def test_default_count_matches_the_published_count(store: Store, row: dict[str, str]) -> None:
    # The curated layer: the Factbook layer keeps stale or wrong rows (it names Burundi in CICA),
    # which data/crosscheck/explanations.csv records; default counts are the curated ones.
    records = members_of(store, row["body"], as_of=TODAY, layer="curated")
    found = {r.state for r in records if r.role in DEFAULT_ROLES}
    assert len(found) == int(row["count"]), sorted(found)
    if row["members"]:
        assert found == set(row["members"].split())


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["body"])
def test_each_count_is_quoted_from_a_page_read(row: dict[str, str]) -> None:
    policy = load_policy(DATA_DIR / "sources", [])
    assert not policy.blocked(row["url"])
    assert policy.classify(row["url"])[0] == row["tier"]
    assert date.fromisoformat(row["accessed"]) <= date.today()
    count = int(row["count"])
    names = row["members"].split()
    mentions = re.search(rf"(?<!\d){count}(?!\d)", row["quote"]) or any(
        word in row["quote"].lower() for word in _WORDS.get(count, ())
    )
    assert mentions or len(names) == count, "the quote must state the count or name the members"


HISTORY = Path(__file__).parent.parent / "data" / "official_counts_history.csv"
# Continuing states (data/README.md, "Continuing states"): the predecessor's spell ends with
# ``succeeded`` on the day the continuator's starts, in every body that lists both.
CONTINUATORS = {"SUN": "RUS", "SCG": "SRB"}


def _history() -> list[dict[str, str]]:
    with HISTORY.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _counted(store: Store, body: str, day: date) -> set[str]:
    return {r.state for r in members_of(store, body, as_of=day) if r.role in DEFAULT_ROLES}


@pytest.mark.parametrize("row", _history(), ids=lambda r: f"{r['body']}@{r['date']}={r['count']}")
def test_past_count_matches_the_count_published_on_an_admission(
    store: Store, row: dict[str, str]
) -> None:
    """A count published the day a member was admitted ("the 153rd member") holds that day,
    the day before holds one fewer, and an earlier date with no change in between agrees."""
    day = date.fromisoformat(row["date"])
    on_the_day = _counted(store, row["body"], day)
    the_day_before = _counted(store, row["body"], day - timedelta(days=1))
    assert len(on_the_day) == int(row["count"]), sorted(on_the_day)
    assert on_the_day - the_day_before == {row["added"]}
    assert the_day_before - on_the_day == set()
    assert _counted(store, row["body"], date.fromisoformat(row["same_as"])) == the_day_before


@pytest.mark.parametrize("row", _history(), ids=lambda r: f"{r['body']}@{r['date']}")
def test_each_past_count_is_quoted_from_a_page_read(row: dict[str, str]) -> None:
    policy = load_policy(DATA_DIR / "sources", [])
    assert not policy.blocked(row["url"])
    assert policy.classify(row["url"])[0] == row["tier"]
    assert date.fromisoformat(row["accessed"]) <= date.today()
    assert re.search(rf"\b{row['count']}(st|nd|rd|th)\b", row["quote"]), "quote the ordinal"


@pytest.mark.parametrize("body", ["UN", "OSCE", "COE"])
def test_a_continuing_state_and_its_predecessor_never_count_together(
    store: Store, body: str
) -> None:
    """USSR→Russia and Serbia and Montenegro→Serbia: one seat, counted once, on every day of
    the change (the predecessor's last day and the continuator's first)."""
    spells = members_of(store, body)
    ends = {
        (r.state, r.end)
        for r in spells
        if r.end and r.end_reason == "succeeded" and r.state in CONTINUATORS
    }
    assert ends, f"{body} lists no predecessor succeeded by its continuator"
    for predecessor, end in ends:
        successor = CONTINUATORS[predecessor]
        last = date.fromisoformat(end) - timedelta(days=1)
        before, after = _counted(store, body, last), _counted(store, body, date.fromisoformat(end))
        assert predecessor in before and successor not in before, (body, end)
        assert successor in after and predecessor not in after, (body, end)
        assert len(after) == len(before), (body, end)
