"""Each state's strongest tie with one state, from the relations of the built store: the order of
``TIE_ORDER``, treaty promises from entry into force, one-way promises each way made mutual."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from blocgraph.analysis import TIE_LABELS, TIE_ORDER, strongest_ties
from blocgraph.analysis._ties import _combine, tie_of
from blocgraph.lookup import RelationRecord, RelationsSnapshot, read_relations, relations_of
from blocgraph.store import Store

DAY = date(2025, 6, 1)


@pytest.fixture(scope="module")
def snapshot(store: Store) -> RelationsSnapshot:
    return read_relations(store)


@pytest.mark.parametrize(
    ("key", "other", "day", "tie", "treaty"),
    [
        ("RUS", "PRK", DAY, "defence_mutual", "RUS-PRK-2024"),
        # signed 2024-06-19, in force 2024-12-04: before, the 2000 treaty's consultation
        ("RUS", "PRK", date(2024, 7, 1), "treaty_promise", "RUS-PRK-2000"),
        ("RUS", "BLR", DAY, "defence_mutual", "CST-1992"),
        ("RUS", "CHN", DAY, "treaty_promise", "CHN-RUS-2001"),
        ("RUS", "IND", DAY, "partnership", None),
        # the 2025 treaty (neutrality, no defence) is in force from 2025-10-02
        ("RUS", "IRN", DAY, "partnership", None),
        ("RUS", "IRN", date(2026, 1, 1), "treaty_promise", "RUS-IRN-2025"),
        ("CHN", "PRK", DAY, "defence_mutual", "CHN-PRK-1961"),
        ("USA", "JPN", DAY, "defence_mutual", "USA-JPN-1960"),
    ],
)
def test_strongest_tie(
    snapshot: RelationsSnapshot, key: str, other: str, day: date, tie: str, treaty: str | None
) -> None:
    found = strongest_ties(snapshot, key, day)[other]
    assert (found.state, found.key, found.tie) == (other, key, tie)
    assert (treaty in found.treaties) if treaty else found.treaties == ()


def test_weaker_ties_are_kept_and_a_partnership_keeps_its_wording(
    snapshot: RelationsSnapshot,
) -> None:
    ties = strongest_ties(snapshot, "RUS", DAY)
    assert ties["CHN"].kinds == ("consultation", "non_aggression")
    assert ties["CHN"].also == ("partnership", "diplomatic")
    assert ties["IND"].labels == ("special and privileged strategic partnership",)
    assert "DEU" not in ties and "RUS" not in ties  # no tie recorded; not a tie with itself


def test_every_state_with_a_relation_in_force_has_a_tie(snapshot: RelationsSnapshot) -> None:
    others = {r.other for r in relations_of(snapshot, "RUS", as_of=DAY)}
    assert set(strongest_ties(snapshot, "RUS", DAY)) == others


def test_the_order_has_one_label_each() -> None:
    assert set(TIE_LABELS) == set(TIE_ORDER)
    assert TIE_ORDER[0] == "defence_mutual" and TIE_ORDER[-1] == "none"


def test_direction_of_a_defence_promise(snapshot: RelationsSnapshot) -> None:
    [record] = relations_of(snapshot, "RUS", other="PRK", kinds=("defence",), as_of=DAY)
    assert tie_of(record) == "defence_mutual"
    given: RelationRecord = replace(record, direction="from_state")
    assert tie_of(given) == "defence_given"
    assert tie_of(replace(record, direction="to_state")) == "defence_received"
    assert tie_of(replace(record, kind="neutrality")) == "treaty_promise"
    # a promise each way is mutual; one way stays one way
    assert _combine({"defence_given", "defence_received", "partnership"}) == {
        "defence_mutual",
        "partnership",
    }
    assert _combine({"defence_given", "partnership"}) == {"defence_given", "partnership"}
