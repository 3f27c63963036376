"""The ``relations:KEY`` map measure on the real build: each state's colour is its strongest tie
with KEY on the day, the legend lists the ties strongest first with the same colours, KEY is
marked, and a bad KEY is a ValueError that says what to give."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest

from blocgraph.analysis import TIE_ORDER, MembershipData
from blocgraph.lookup import RelationsSnapshot, read_relations
from blocgraph.store import Store
from blocgraph.viz import MEASURES, map_png, map_svg
from blocgraph.viz._palette import TIE_COLOURS
from tests.viz.conftest import parse, title_text, with_class

DAY = date(2025, 6, 1)


@pytest.fixture(scope="module")
def snapshot(store: Store) -> RelationsSnapshot:
    return read_relations(store)


@pytest.fixture(scope="module")
def russia(data: MembershipData, snapshot: RelationsSnapshot) -> ET.Element:
    return parse(map_svg(data, as_of=DAY, measure="relations:rus", relations=snapshot))


def _states(root: ET.Element) -> dict[str, ET.Element]:
    return {e.attrib["data-iso3"]: e for e in with_class(root, "state")}


@pytest.mark.parametrize(
    ("iso3", "tie"),
    [
        ("PRK", "defence_mutual"),  # RUS-PRK-2024, in force since 2024-12-04
        ("BLR", "defence_mutual"),
        ("CHN", "treaty_promise"),  # CHN-RUS-2001: non-aggression, consultation
        ("IND", "partnership"),  # a declared partnership only
        ("IRN", "partnership"),  # the 2025 treaty is in force from 2025-10-02
        ("DEU", "none"),  # no tie recorded
        ("RUS", "key"),
    ],
)
def test_each_state_is_coloured_by_its_strongest_tie(
    russia: ET.Element, iso3: str, tie: str
) -> None:
    state = _states(russia)[iso3]
    assert state.attrib["data-value"] == tie
    assert state.attrib["data-fill"] == TIE_COLOURS[tie]


def test_the_map_says_what_it_shows(russia: ET.Element) -> None:
    assert russia.attrib["data-measure"] == "relations:RUS"
    assert russia.attrib["data-as-of"] == "2025-06-01"
    assert russia.attrib["data-continent"] == "Eurasia"
    title = title_text(russia)
    assert "ties with Russia as of 2025-06-01" in title
    assert "8 of 91 states under a treaty promise" in title
    prk = _states(russia)["PRK"]
    assert prk.attrib["data-tie"] == "mutual defence promise"
    assert prk.attrib["data-treaties"] == "RUS-PRK-2024"
    tooltip = prk.find("{http://www.w3.org/2000/svg}title")
    assert tooltip is not None and "RUS-PRK-2024" in (tooltip.text or "")
    notes = " ".join(t.text or "" for t in with_class(russia, "bodies"))
    assert "RUS-PRK-2024: Treaty on Comprehensive Strategic Partnership" in notes


def test_the_legend_lists_the_ties_strongest_first_with_their_colours(
    russia: ET.Element,
) -> None:
    items = [e for e in with_class(russia, "legend-item") if e.attrib["data-value"] != "context"]
    keys = [e.attrib["data-value"] for e in items]
    assert keys[0] == "key"
    assert keys[1:] == [t for t in TIE_ORDER if t in keys]  # in the documented order
    assert {"defence_mutual", "treaty_promise", "partnership", "none"} <= set(keys)
    counts = {e.attrib["data-value"]: int(e.attrib["data-states"]) for e in items}
    values = [s.attrib["data-value"] for s in _states(russia).values()]
    assert counts == {k: values.count(k) for k in keys}
    for item in items:
        assert item.attrib["data-fill"] == TIE_COLOURS[item.attrib["data-value"]]


def test_before_entry_into_force_the_dprk_has_no_defence_promise(
    data: MembershipData, snapshot: RelationsSnapshot
) -> None:
    root = parse(map_svg(data, as_of=date(2024, 7, 1), measure="relations:RUS", relations=snapshot))
    assert _states(root)["PRK"].attrib["data-value"] == "treaty_promise"  # the 2000 treaty


def test_another_key_and_continent(data: MembershipData, snapshot: RelationsSnapshot) -> None:
    root = parse(
        map_svg(data, continent="World", as_of=DAY, measure="relations:USA", relations=snapshot)
    )
    states = _states(root)
    assert states["USA"].attrib["data-value"] == "key"
    assert states["JPN"].attrib["data-value"] == "defence_mutual"
    assert states["DEU"].attrib["data-value"] == "defence_mutual"  # NAT-1949
    assert states["IND"].attrib["data-value"] == "partnership"


def test_png(data: MembershipData, snapshot: RelationsSnapshot) -> None:
    png = map_png(data, as_of=DAY, measure="relations:RUS", relations=snapshot, width=400)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(
    ("measure", "message"),
    [
        ("relations:XYZ", "no state has the code 'XYZ'; give an ISO 3166 alpha-3 code"),
        ("relations:RUSS", "did you mean relations:RUS"),
        ("relations:", "relations:KEY needs a state"),
        ("relation:RUS", "unknown measure"),
    ],
)
def test_bad_key_says_what_to_give(
    data: MembershipData, snapshot: RelationsSnapshot, measure: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        map_svg(data, measure=measure, relations=snapshot)


def test_the_measure_is_listed_and_needs_the_relations(data: MembershipData) -> None:
    assert "relations:KEY" in MEASURES
    with pytest.raises(ValueError, match="needs the relations"):
        map_svg(data, measure="relations:RUS")
