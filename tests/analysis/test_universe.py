"""The pan-continental test over every organisation of every layer, on the real build."""

from __future__ import annotations

from datetime import date

import pytest

from blocgraph.analysis._universe import Universe, load_universe, universe_report
from blocgraph.store import Store

TODAY = date(2026, 12, 3)


@pytest.fixture(scope="module")
def universe(store: Store) -> Universe:
    return load_universe(store)


def test_every_layer_answers_for_some_bodies(universe: Universe) -> None:
    report = universe_report(universe, as_of=TODAY)
    by_layer = report["organisations"]["by_layer"]
    assert by_layer["curated"] >= 25
    assert by_layer["factbook-2026-01"] >= 150
    assert by_layer["cow-igo-v3"] >= 150
    assert report["organisations"]["with_members"] == sum(by_layer.values())


def test_no_regional_body_spans_eurasia(universe: Universe) -> None:
    strict = universe_report(universe, as_of=TODAY, min_inside=0.75)
    assert strict["pan_continental"] == []
    closest = strict["closest_continental"]
    assert closest and all(row["inside_share"] > 0.75 for row in closest)
    assert closest[0]["share"] < 0.9
    assert "OSCE" in {row["body"] for row in closest[:3]}


def test_the_loose_definition_lets_in_near_universal_bodies(universe: Universe) -> None:
    loose = universe_report(universe, as_of=TODAY)
    for body in loose["pan_continental"]:
        row = next(r for r in loose["closest_continental"] if r["body"] == body)
        assert 0.5 < row["inside_share"] <= 0.75  # universal bodies with a Eurasian skew
        assert row["layer"] != "curated"


def test_africa_has_the_au_and_layers_are_named(universe: Universe) -> None:
    report = universe_report(universe, continent="Africa", as_of=TODAY, min_inside=0.75)
    assert "AU" in report["pan_continental"]
    assert all(row["layer"] for row in report["closest_continental"])


def test_history_from_cow_only_before_the_curated_data(universe: Universe) -> None:
    report = universe_report(universe, as_of=date(1985, 6, 30), top=500)
    layers = {row["body"]: row["layer"] for row in report["closest_any"]}
    assert layers["CMEA"] == "curated"  # memberships/CMEA.csv since 2026-12-06
    assert "cow-igo-v3" in set(layers.values())  # the rest of 1985 still comes from COW
    assert "factbook-2026-01" not in report["organisations"]["by_layer"]


def test_bad_input_is_a_value_error(universe: Universe) -> None:
    with pytest.raises(ValueError):
        universe_report(universe, continent="Atlantis")
