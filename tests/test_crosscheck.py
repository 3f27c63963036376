"""Cross-check against the Factbook and COW: small cases by hand, then the real report."""

from __future__ import annotations

from blocgraph.crosscheck import compare_cow, compare_factbook, crosscheck
from blocgraph.lookup import MembershipRecord, SourceRef
from blocgraph.store import Store
from tests.conftest import DATA_DIR

SOURCE = (SourceRef("https://example.org", "2026-11-27"),)


def _spell(
    body: str,
    state: str,
    role: str,
    start: str,
    end: str | None = None,
) -> MembershipRecord:
    return MembershipRecord(body, state, role, start, end, SOURCE)


def _factbook(iso3: str, body: str, qualifier: str = "") -> dict[str, str]:
    return {
        "fips": "xx",
        "iso3": iso3,
        "name": iso3,
        "body": body,
        "qualifier": qualifier,
        "raw": body,
    }


def test_factbook_role_and_presence_differences() -> None:
    rows = [
        _factbook("IND", "SCO", "observer"),
        _factbook("CHN", "SCO"),
        _factbook("RUS", "CE"),
        _factbook("AUT", "OSCE"),
    ]
    ours = {
        "SCO": [
            _spell("SCO", "IND", "observer", "2005-07-05", "2017-06-09"),
            _spell("SCO", "IND", "member", "2017-06-09"),
            _spell("SCO", "CHN", "member", "2001"),
        ],
        "COE": [_spell("COE", "RUS", "member", "1996-02-28", "2022-03-16")],
        "OSCE": [_spell("OSCE", "AUT", "participating_state", "1973-07-03")],
    }
    found = {(d.body, d.state): (d.theirs, d.ours) for d in compare_factbook(rows, ours)}
    assert found == {("SCO", "IND"): ("observer", "member"), ("COE", "RUS"): ("member", "-")}


def test_factbook_uncurated_role_is_reported_once() -> None:
    rows = [
        _factbook("FRA", "OAS", "observer"),
        _factbook("DEU", "OAS", "observer"),
        _factbook("USA", "OAS"),
    ]
    ours = {"OAS": [_spell("OAS", "USA", "member", "1951-12-13")]}
    [only] = compare_factbook(rows, ours)
    assert (only.state, only.theirs, only.ours) == ("*", "2 observer(s)", "role not curated")


def test_cow_years_compare_with_suspensions_and_year_boundaries() -> None:
    rows = [
        {
            "ioname": "LOAS",
            "cow_state": "syria",
            "iso3": "SYR",
            "status": "member",
            "first_year": "1946",
            "last_year": "2014",
        },
        {
            "ioname": "NATO",
            "cow_state": "x",
            "iso3": "FRA",
            "status": "member",
            "first_year": "1949",
            "last_year": "2014",
        },
    ]
    ours = {
        "LAS": [
            _spell("LAS", "SYR", "member", "1946-01-01", "2011-11-16"),
            _spell("LAS", "SYR", "suspended", "2011-11-16", "2023-05-07"),
        ],
        "NATO": [_spell("NATO", "FRA", "member", "1949-04-04")],
    }
    [syria] = compare_cow(rows, ours)
    assert (syria.state, syria.theirs, syria.ours) == (
        "SYR",
        "member 1946-2014",
        "member 1946-2011",
    )


def test_every_disagreement_with_the_real_lists_is_explained(store: Store) -> None:
    report = crosscheck(store, DATA_DIR / "crosscheck")
    assert report, "the lists are stale in known places: an empty report means a broken compare"
    unexplained = [d for d in report if not d.explained]
    assert unexplained == [], "explain these in data/crosscheck/explanations.csv"


def test_known_stale_factbook_entries_are_found(store: Store) -> None:
    report = {(d.dataset, d.body, d.state) for d in crosscheck(store, DATA_DIR / "crosscheck")}
    assert ("factbook-2026-01", "COE", "RUS") in report
    assert ("factbook-2026-01", "EU", "GBR") in report
    assert ("factbook-2026-01", "SCO", "IRN") in report
