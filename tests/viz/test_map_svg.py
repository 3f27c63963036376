"""The map's SVG contract (the web page relies on it), checked against the analysis: one element
per state of the continent carrying its ISO3, colours that follow the counts, gaps that are the
uncovered states of the coverage report, a legend and a title that state the date and bodies."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest

from blocgraph.analysis import (
    SEED_BODIES,
    MembershipData,
    continent_states,
    coverage_report,
    overlap_report,
    resolve_region,
)
from blocgraph.viz import map_svg
from tests.viz.conftest import DAY, EARLY, SVG, classes, parse, subpaths, title_text, with_class


def expected_counts(
    data: MembershipData, continent: str, day: date, bodies: tuple[str, ...] = SEED_BODIES
) -> dict[str, list[str]]:
    """State → the chosen bodies it is a member of, from the overlap report's member lists."""
    states = continent_states(data, resolve_region(data, continent))
    members = overlap_report(data, chosen=bodies, as_of=day)["bodies"]
    return {s: sorted(b for b in bodies if s in members[b]) for s in states}


@pytest.fixture(scope="module", params=[DAY, EARLY], ids=["2026", "2012"])
def eurasia(request: pytest.FixtureRequest, data: MembershipData) -> tuple[date, ET.Element]:
    day: date = request.param
    return day, parse(map_svg(data, continent="Eurasia", as_of=day))


def test_root_states_continent_date_and_bodies(eurasia: tuple[date, ET.Element]) -> None:
    day, root = eurasia
    assert root.tag == f"{SVG}svg"
    assert "bg-map" in classes(root)
    assert root.get("data-continent") == "Eurasia"
    assert root.get("data-as-of") == day.isoformat()
    assert root.get("data-bodies") == ",".join(SEED_BODIES)
    assert root.get("viewBox", "").startswith("0 0 1000 ")
    title = root.find(f"{SVG}title")
    assert title is not None and day.isoformat() in (title.text or "")


def test_one_element_per_state_with_its_iso3(
    eurasia: tuple[date, ET.Element], data: MembershipData
) -> None:
    _day, root = eurasia
    states = list(with_class(root, "state"))
    codes = [e.get("data-iso3") for e in states]
    assert len(codes) == len(set(codes))
    assert set(codes) == continent_states(data, resolve_region(data, "Eurasia"))
    assert len(codes) == 92
    for element in states:
        iso3 = element.get("data-iso3")
        assert element.tag == f"{SVG}path"
        assert element.get("id") == f"state-{iso3}"
        assert element.get("data-name") == data.state_names[str(iso3)]
    context = list(with_class(root, "context"))
    assert context and all(e.get("data-iso3") is None for e in context)


def test_values_and_colours_follow_the_analysis(
    eurasia: tuple[date, ET.Element], data: MembershipData
) -> None:
    day, root = eurasia
    expected = expected_counts(data, "Eurasia", day)
    legend = {
        item.get("data-value"): item.get("data-fill") for item in with_class(root, "legend-item")
    }
    for element in with_class(root, "state"):
        iso3 = str(element.get("data-iso3"))
        bodies = expected[iso3]
        assert element.get("data-bodies") == " ".join(bodies), iso3
        assert element.get("data-value") == str(len(bodies)), iso3
        if bodies:
            assert element.get("fill") == legend[str(len(bodies))], iso3
        else:
            assert element.get("fill") == "url(#hatch-gap)", iso3
    # distinct counts get distinct colours
    fills = {legend[str(n)] for n in range(1, 7)}
    assert len(fills) == 6


def test_gaps_are_the_uncovered_states(
    eurasia: tuple[date, ET.Element], data: MembershipData
) -> None:
    day, root = eurasia
    report = coverage_report(data, continent="Eurasia", chosen=SEED_BODIES, as_of=day)
    gaps = {e.get("data-iso3") for e in with_class(root, "state") if "gap" in classes(e)}
    assert gaps == set(report["uncovered"])
    assert f"{len(gaps)} of {report['states']} states in none" in title_text(root)


def test_known_facts_on_the_readme_day(data: MembershipData) -> None:
    root = parse(map_svg(data, continent="Eurasia", as_of=DAY))
    by_code = {e.get("data-iso3"): e for e in with_class(root, "state")}
    assert by_code["RUS"].get("data-bodies") == "CIS CSTO EAEU OSCE SCO"
    assert "gap" in classes(by_code["PRK"])
    assert "gap" not in classes(by_code["CHN"])
    title = title_text(root)
    assert "2026-11-27" in title and "CIS, EAEU, CSTO, SCO, ASEAN, OSCE" in title
    assert "22 of 92 states in none" in title


def test_legend_lists_every_class_and_the_gap(eurasia: tuple[date, ET.Element]) -> None:
    _, root = eurasia
    [legend] = list(with_class(root, "legend"))
    text = " ".join(t.text or "" for t in legend.iter(f"{SVG}text"))
    assert "in none (gap)" in text
    assert "Number of these 6 bodies" in text
    values = [i.get("data-value") for i in with_class(legend, "legend-item")]
    assert values == ["0", "1", "2", "3", "4", "5", "6", "context"]
    # the number beside each class is how many states it holds
    counts: dict[str, int] = {}
    for element in with_class(root, "state"):
        counts[str(element.get("data-value"))] = counts.get(str(element.get("data-value")), 0) + 1
    for item in with_class(legend, "legend-item"):
        if item.get("data-value") != "context":
            assert int(item.get("data-states") or -1) == counts.get(str(item.get("data-value")), 0)


def test_small_states_get_markers(data: MembershipData) -> None:
    root = parse(map_svg(data, continent="Eurasia", as_of=DAY))
    markers = {e.get("data-iso3"): e for e in with_class(root, "state-marker")}
    assert {"SGP", "BHR", "MDV", "VAT", "SMR", "MCO", "LIE"} <= set(markers)
    assert "RUS" not in markers and "CHN" not in markers
    fills = {e.get("data-iso3"): e.get("fill") for e in with_class(root, "state")}
    for iso3, marker in markers.items():
        assert marker.tag == f"{SVG}circle"
        assert marker.get("fill") == fills[iso3]
    # the marker sits on its state (Singapore's at the tip of the Malay peninsula, near
    # Malaysia's southern end)
    sgp = markers["SGP"]
    mys = next(e for e in with_class(root, "state") if e.get("data-iso3") == "MYS")
    points = [p for sub in subpaths(mys.get("d") or "") for p in sub]
    near = min(
        (x - float(sgp.get("cx") or 0)) ** 2 + (y - float(sgp.get("cy") or 0)) ** 2
        for x, y in points
    )
    assert near < 5**2


def test_gaps_measure(data: MembershipData) -> None:
    root = parse(map_svg(data, continent="Eurasia", as_of=DAY, measure="gaps"))
    report = coverage_report(data, continent="Eurasia", chosen=SEED_BODIES, as_of=DAY)
    values = {e.get("data-iso3"): e.get("data-value") for e in with_class(root, "state")}
    assert {s for s, v in values.items() if v == "gap"} == set(report["uncovered"])
    assert set(values.values()) == {"gap", "covered"}
    fills = {e.get("fill") for e in with_class(root, "state")}
    assert len(fills) == 2


def test_body_measure_shows_roles(data: MembershipData) -> None:
    root = parse(map_svg(data, continent="Asia", as_of=DAY, measure="body:sco"))
    assert root.get("data-bodies") == "SCO"
    values = {e.get("data-iso3"): e.get("data-value") for e in with_class(root, "state")}
    asia = continent_states(data, resolve_region(data, "Asia"))
    members = set(overlap_report(data, chosen=["SCO"], as_of=DAY)["bodies"]["SCO"]) & asia
    assert {s for s, v in values.items() if v == "member"} == members
    # every other role shown is one the state holds in the SCO on that day
    held = {(s.state, s.role) for s in data.spells if s.body == "SCO" and s.in_force(DAY)}
    for state, value in values.items():
        if value not in ("member", "none"):
            assert (state, value) in held
        if value == "none":
            assert not any(h[0] == state for h in held)
    assert any(v not in ("member", "none") for v in values.values())
    assert "Role in the SCO" in " ".join(t.text or "" for t in root.iter(f"{SVG}text"))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"continent": "Atlantis"}, "unknown region"),
        ({"bodies": ["SCO", "NOPE"]}, "unknown body 'NOPE'"),
        ({"measure": "area"}, "unknown measure"),
        ({"measure": "body:NOPE"}, "unknown body"),
        ({"roles": ["member", "spectator"]}, "unknown role"),
        ({"bodies": []}, "no bodies"),
    ],
)
def test_bad_options_raise_value_error(
    data: MembershipData, kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        map_svg(data, as_of=DAY, **kwargs)  # type: ignore[arg-type]


def test_same_input_same_svg(data: MembershipData) -> None:
    assert map_svg(data, continent="Europe", as_of=DAY) == map_svg(
        data, continent="Europe", as_of=DAY
    )
