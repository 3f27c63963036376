"""Default counts equal each body's own published count today.

Each expected count comes from ``tests/data/official_counts.csv`` with the page it was read on,
its tier, the quoted sentence and the day it was read; where the page names the members, the
names are checked too (not only their number).
"""

from __future__ import annotations

import csv
import re
from datetime import date
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
