"""Known facts across dates, checked against the built store through the lookup functions."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

import pytest

from blocgraph.lookup import bodies_of, members_of
from blocgraph.store import Store


def _role(store: Store, state: str, body: str, day: date) -> str | None:
    roles = [r.role for r in bodies_of(store, state, as_of=day) if r.body == body]
    assert len(roles) <= 1, f"{state} has several roles in {body} on {day}: {roles}"
    return roles[0] if roles else None


@pytest.mark.parametrize(
    ("state", "body", "day", "role"),
    [
        ("GEO", "CIS", date(2005, 1, 1), "member"),
        ("GEO", "CIS", date(2010, 1, 1), None),  # withdrawal effective 2009-08-18
        ("BLR", "SCO", date(2024, 7, 3), "observer"),
        ("BLR", "SCO", date(2024, 7, 5), "member"),  # admitted at the Astana summit, 2024-07-04
        ("IRN", "SCO", date(2023, 7, 3), "observer"),
        ("IRN", "SCO", date(2023, 7, 5), "member"),
        ("ARM", "CSTO", date(2020, 1, 1), "member"),
        ("ARM", "CSTO", date(2026, 11, 27), "frozen"),
        ("TLS", "ASEAN", date(2024, 1, 1), "observer"),
        ("TLS", "ASEAN", date(2025, 11, 1), "member"),
        ("RUS", "COE", date(2021, 1, 1), "member"),
        ("RUS", "COE", date(2023, 1, 1), None),  # expelled with effect from 2022-03-16
        ("GBR", "EU", date(2019, 6, 1), "member"),
        ("GBR", "EU", date(2021, 1, 1), None),
        ("FIN", "NATO", date(2022, 6, 1), None),
        ("FIN", "NATO", date(2023, 4, 5), "member"),
        ("SWE", "NATO", date(2024, 3, 8), "member"),
        ("EGY", "BRICS", date(2023, 12, 31), None),
        ("EGY", "BRICS", date(2024, 1, 2), "member"),
        ("IDN", "BRICS", date(2025, 2, 1), "member"),
        ("UKR", "CIS", date(2010, 1, 1), "participating_state"),
        ("TKM", "CIS", date(2010, 1, 1), "associate_member"),
        ("SYR", "LAS", date(2015, 1, 1), "suspended"),
        ("SYR", "LAS", date(2024, 1, 1), "member"),
        ("NIC", "OAS", date(2024, 1, 1), None),
        ("MAR", "AU", date(2010, 1, 1), None),
        ("MAR", "AU", date(2018, 1, 1), "member"),
    ],
)
def test_role_on_date(store: Store, state: str, body: str, day: date, role: str | None) -> None:
    assert _role(store, state, body, day) == role


@pytest.mark.parametrize(
    ("body", "day", "count"),
    [
        ("SCO", date(2025, 1, 1), 10),
        ("ASEAN", date(2026, 11, 27), 11),
        ("ASEAN", date(2025, 1, 1), 10),
        ("EU", date(2026, 11, 27), 27),
        ("EU", date(2019, 1, 1), 28),
        ("NATO", date(2026, 11, 27), 32),
        ("UN", date(2026, 11, 27), 193),
        ("COE", date(2026, 11, 27), 46),
        ("GCC", date(2026, 11, 27), 6),
        ("LAS", date(2026, 11, 27), 22),
    ],
)
def test_member_counts(store: Store, body: str, day: date, count: int) -> None:
    full = members_of(store, body, as_of=day, role="member")
    assert len(full) == count, sorted(r.state for r in full)


def test_osce_has_57_participating_states(store: Store) -> None:
    records = members_of(store, "OSCE", as_of=date(2026, 11, 27), role="participating_state")
    assert len(records) == 57


def test_a_body_can_be_a_member(store: Store) -> None:
    assert "EU" in {r.state for r in members_of(store, "ASEM", as_of=date(2026, 1, 1))}
    assert _role(store, "AU", "G20", date(2024, 1, 1)) == "member"
    assert _role(store, "AU", "G20", date(2023, 1, 1)) is None


def test_every_record_has_a_source(store: Store) -> None:
    records = members_of(store, "CSTO")
    assert records
    for record in records:
        assert record.sources, record
        assert all(s.url.startswith("http") and len(s.accessed) == 10 for s in record.sources)


def test_history_lists_past_spells(store: Store) -> None:
    history = [r for r in bodies_of(store, "GEO") if r.body == "CIS"]
    assert any(r.end and r.end.startswith("2009") for r in history)


def test_role_filter(store: Store) -> None:
    observers = members_of(store, "SCO", as_of=date(2020, 1, 1), role="observer")
    assert {r.role for r in observers} == {"observer"}
    assert {"IRN", "BLR", "MNG"} <= {r.state for r in observers}


def test_json_record_keys(store: Store) -> None:
    record = bodies_of(store, "RUS", as_of=date(2025, 1, 1))[0].to_json()
    assert {"body", "state", "role", "start", "end", "sources"} <= set(record)
    assert {"url", "accessed", "tier", "quote"} == set(record["sources"][0])


@pytest.mark.parametrize("state", ["RUS", "KAZ", "GEO", "FRA"])
def test_json_record_is_the_dataclass_as_a_dict(store: Store, state: str) -> None:
    """The hand-written ``to_json`` gives what ``dataclasses.asdict`` gives, keys in order."""
    for record in bodies_of(store, state, layer="all"):
        expected = asdict(record)
        expected["sources"] = [asdict(s) for s in record.sources]
        assert list(record.to_json().items()) == list(expected.items())


def test_sources_carry_tier_quote_and_date_read(store: Store) -> None:
    (thailand,) = [r for r in members_of(store, "CICA", role="member") if r.state == "THA"]
    best = thailand.sources[0]  # official and quoted sources come first
    assert best.tier == "official" and best.url.startswith("https://s-cica.org/")
    assert best.accessed == "2026-12-03"
    assert best.quote and "Thailand was admitted as the seventeenth member of CICA" in best.quote
    assert {s.tier for s in thailand.sources} <= {"official", "reference", "secondary"}


@pytest.mark.parametrize("bad", ["'; DROP", 'RUS" } ?x ?y ?z . {', "", "rus"])
def test_malformed_codes_are_refused(store: Store, bad: str) -> None:
    with pytest.raises(ValueError, match="not a state code or body key"):
        bodies_of(store, bad)
