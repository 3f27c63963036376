"""Lookups across layers on the real build: COW history (CMEA, the Warsaw Pact in 1985), COW's
censoring at 2014, the Factbook snapshot, and the curated layer's precedence per pair."""

from __future__ import annotations

from datetime import date

import pytest

from blocgraph.crosscheck import crosscheck
from blocgraph.lookup import LAYER_CHOICES, MembershipIndex, bodies_of, members_of
from blocgraph.store import Store
from tests.conftest import DATA_DIR

MID_1985 = date(1985, 6, 30)
TODAY = date(2026, 12, 3)


def test_cmea_and_the_warsaw_pact_answer_for_1985(store: Store) -> None:
    # the CMEA is curated since 2026-12-06 (memberships/CMEA.csv): its COW rows stay in their layer
    cmea = members_of(store, "CMEA", as_of=MID_1985, layer="cow-igo-v3")
    assert {"SUN", "POL", "HUN", "BGR", "ROU", "DDR", "MNG", "CUB", "VNM"} <= {
        r.state for r in cmea
    }
    assert {(r.layer, r.status) for r in cmea} == {("cow-igo-v3", "observed")}
    assert all(r.sources and "igoR" in r.sources[0].url for r in cmea)
    curated = {
        r.state
        for r in members_of(store, "CMEA", as_of=MID_1985, layer="curated")
        if r.role == "member"
    }
    assert curated == {"SUN", "POL", "HUN", "BGR", "ROU", "CSK", "DDR", "MNG", "CUB", "VNM"}
    assert members_of(store, "CMEA", as_of=date(1995, 1, 1)) == []  # dissolved 1991
    # the Warsaw Pact is curated since 2026-12-06 (WARSAWPACT, COW's WPact): its COW rows stay
    pact = {r.state for r in members_of(store, "WARSAWPACT", as_of=MID_1985, layer="cow-igo-v3")}
    assert pact == {"SUN", "POL", "HUN", "BGR", "ROU", "DDR", "CSK"}
    assert members_of(store, "WARSAWPACT", as_of=date(1995, 1, 1)) == []  # dissolved 1991


def test_a_spell_open_in_2014_is_observed_until_2014_not_ended_nor_ongoing(store: Store) -> None:
    def iaea(day: date | None) -> list[tuple[str | None, str | None]]:
        records = bodies_of(store, "KAZ", as_of=day, layer="cow-igo-v3")
        return [(r.status, r.end) for r in records if r.body == "IAEA"]

    assert iaea(date(1990, 1, 1)) == []  # before Kazakhstan joined
    assert iaea(date(2010, 1, 1)) == [("observed-until-2014", None)]
    assert iaea(date(2020, 1, 1)) == [("observed-until-2014", None)]
    assert iaea(None) == [("observed-until-2014", None)]
    pact = members_of(store, "WARSAWPACT", as_of=None, layer="cow-igo-v3")
    ended = [r for r in pact if r.state == "POL"]
    assert [(r.status, r.start, r.end) for r in ended] == [("observed", "1955", "1992")]
    # the Aral Sea fund is curated since 2026-12-06 (IFAS); its COW rows stay in their layer
    cow = bodies_of(store, "KAZ", as_of=date(2020, 1, 1), layer="cow-igo-v3")
    record = next(r for r in cow if r.body == "IFAS")
    assert (record.layer, record.status, record.end) == (
        "cow-igo-v3",
        "observed-until-2014",
        None,
    )


def test_the_factbook_is_a_snapshot_of_january_2026(store: Store) -> None:
    now = bodies_of(store, "KAZ", as_of=TODAY, layer="factbook-2026-01")
    assert len(now) >= 50
    assert {r.status for r in now} == {"observed-2026-01"}
    assert bodies_of(store, "KAZ", as_of=date(2025, 6, 1), layer="factbook-2026-01") == []


def test_kazakhstan_lists_curated_bodies_first_then_the_factbook(store: Store) -> None:
    records = bodies_of(store, "KAZ", as_of=TODAY)
    layers = [r.layer for r in records]
    assert layers == sorted(layers, key=("curated", "factbook-2026-01", "cow-igo-v3").index)
    bodies = {r.body for r in records}
    assert {"CIS", "EAEU", "CSTO", "SCO", "WTO", "IAEA", "INTERPOL", "ECO", "OIC"} <= bodies
    assert len(bodies) >= 60
    pairs = [(r.body, r.state) for r in records]
    assert len(pairs) == len(set(pairs))  # one row per body: lower layers do not repeat it


def test_curated_layer_overrides_a_stale_factbook_row_which_crosscheck_lists(
    store: Store,
) -> None:
    now = bodies_of(store, "RUS", as_of=TODAY)
    assert "COE" not in {r.body for r in now}  # left 2022-03-16 (curated)
    factbook = bodies_of(store, "RUS", as_of=TODAY, layer="factbook-2026-01")
    assert "COE" in {r.body for r in factbook}  # the Factbook still says so
    report = crosscheck(store, DATA_DIR / "crosscheck")
    assert any(
        d.dataset.startswith("factbook") and d.body == "COE" and d.state == "RUS" for d in report
    )


def test_history_before_the_curated_records_comes_from_cow(store: Store) -> None:
    records = bodies_of(store, "USA", as_of=date(1920, 1, 1))
    oas = [r for r in records if r.body == "OAS"]
    assert [(r.layer, r.start) for r in oas] == [("cow-igo-v3", "1890")]
    assert [r.layer for r in bodies_of(store, "USA", as_of=TODAY) if r.body == "OAS"] == ["curated"]


def test_curated_only_is_the_old_answer(store: Store) -> None:
    curated = bodies_of(store, "RUS", as_of=TODAY, layer="curated")
    assert curated and {r.layer for r in curated} == {"curated"}
    assert curated == bodies_of(store, "RUS", as_of=TODAY)[: len(curated)]


@pytest.mark.parametrize("layer", LAYER_CHOICES)
@pytest.mark.parametrize(("subject", "kind"), [("KAZ", "state"), ("CMEA", "body"), ("OAS", "body")])
def test_the_index_gives_what_the_queries_give(
    store: Store, layer: str, subject: str, kind: str
) -> None:
    index = MembershipIndex.from_store(store)
    for day in (None, MID_1985, TODAY):
        if kind == "state":
            expected = bodies_of(store, subject, as_of=day, layer=layer)
            assert index.bodies_of(subject, as_of=day, layer=layer) == expected
        else:
            expected = members_of(store, subject, as_of=day, layer=layer)
            assert index.members_of(subject, as_of=day, layer=layer) == expected


def test_an_unknown_layer_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="unknown layer 'nope'"):
        bodies_of(store, "RUS", layer="nope")
