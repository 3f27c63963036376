"""``check``: hand-made statements against the real built reference graph, as of fixed days —
supported, contradicted or not in the reference, with the sourced records a verdict rests on;
claims about pan-continental organisations against the coverage analysis; the day a document is
checked as of."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from blocgraph.analysis import MembershipData, load_membership_data
from blocgraph.extract._check import Check, check_extraction, check_statement, document_day
from blocgraph.extract._model import AUTHOR, Extraction, Statement, document_iri
from blocgraph.lookup import MembershipIndex
from blocgraph.store import Store

PRESS_CONFERENCE = date(2026, 1, 20)  # the seed's day


@pytest.fixture(scope="module")
def index(store: Store) -> MembershipIndex:
    return MembershipIndex.from_store(store)


@pytest.fixture(scope="module")
def data(store: Store) -> MembershipData:
    return load_membership_data(store)


def statement(subject: str, predicate: Any, obj: str | None, **qualifiers: Any) -> Statement:
    return Statement(subject, predicate, obj, 0, 10, 0, 20, AUTHOR, "test", dict(qualifiers))


def verdict_of(
    index: MembershipIndex,
    data: MembershipData,
    triple: tuple[str, str, str | None],
    day: date = PRESS_CONFERENCE,
    **qualifiers: Any,
) -> Check:
    result = check_statement(statement(*triple, **qualifiers), day, index, data)
    assert result is not None, f"{triple} was not checked"
    return result


def assert_sourced(check: Check) -> None:
    """The verdict names the reference records it rests on, each with its source pages."""
    assert check.reference
    for record in check.reference:
        assert record.sources
        assert all(s.url.startswith(("http://", "https://")) for s in record.sources)
        assert all(len(s.accessed) == 10 for s in record.sources)  # the day it was read


# --- roles ------------------------------------------------------------------------------------


def test_member_supported(index: MembershipIndex, data: MembershipData) -> None:
    check = verdict_of(index, data, ("KAZ", "memberOf", "EAEU"))
    assert check.verdict == "supported"
    assert_sourced(check)
    assert {(r.state, r.body, r.role) for r in check.reference} == {("KAZ", "EAEU", "member")}
    assert "KAZ member of EAEU" in check.reason


def test_member_before_the_body_existed_is_contradicted(
    index: MembershipIndex, data: MembershipData
) -> None:
    # the EAEU came into force on 2015-01-01 (data/memberships/EAEU.csv)
    check = verdict_of(index, data, ("KAZ", "memberOf", "EAEU"), date(2014, 6, 1))
    assert check.verdict == "contradicted"
    assert "2014-06-01" in check.reason


def test_member_of_a_body_never_joined_is_contradicted(
    index: MembershipIndex, data: MembershipData
) -> None:
    check = verdict_of(index, data, ("UKR", "memberOf", "CSTO"))
    assert check.verdict == "contradicted"
    assert "UKR" in check.reason
    assert "CSTO" in check.reason


def test_a_candidate_is_not_a_member(index: MembershipIndex, data: MembershipData) -> None:
    check = verdict_of(index, data, ("UKR", "memberOf", "EU"))
    assert check.verdict == "contradicted"
    assert "candidate" in check.reason
    assert_sourced(check)


def test_observer_supported(index: MembershipIndex, data: MembershipData) -> None:
    # data/memberships/SCO.csv: MNG observer 2004-06-17 – 2025-09-01, then partner
    check = verdict_of(index, data, ("MNG", "observerOf", "SCO"), date(2024, 1, 1))
    assert check.verdict == "supported"
    assert_sourced(check)
    check = verdict_of(index, data, ("MNG", "observerOf", "SCO"))
    assert check.verdict == "contradicted"
    assert "partner" in check.reason
    assert verdict_of(index, data, ("MNG", "partnerOf", "SCO")).verdict == "supported"


def test_uncurated_roles_are_not_in_reference(index: MembershipIndex, data: MembershipData) -> None:
    # data/memberships/NATO.csv lists members only: partners and observers are not curated
    for triple in (("UKR", "partnerOf", "NATO"), ("KAZ", "observerOf", "NATO")):
        check = verdict_of(index, data, triple)
        assert check.verdict == "not_in_reference", triple
        assert "NATO" in check.reason


def test_unknown_body_is_not_in_reference(index: MembershipIndex, data: MembershipData) -> None:
    # EFTA and then the Wassenaar Arrangement, the bodies first used here, are curated since
    # 2026-12-06; the Paris Club is not
    check = verdict_of(index, data, ("NOR", "memberOf", "PARISCLUB"))
    assert check.verdict == "not_in_reference"
    assert "PARISCLUB" in check.reason


# --- joined / left / suspended ----------------------------------------------------------------


def test_joined_in_the_right_year(index: MembershipIndex, data: MembershipData) -> None:
    check = verdict_of(index, data, ("IRN", "joined", "SCO"), year=2023)
    assert check.verdict == "supported"
    assert_sourced(check)
    assert [r.start for r in check.reference] == ["2023-07-04"]


def test_joined_in_the_wrong_year(index: MembershipIndex, data: MembershipData) -> None:
    check = verdict_of(index, data, ("IRN", "joined", "SCO"), year=2021)
    assert check.verdict == "contradicted"
    assert "2023" in check.reason
    assert_sourced(check)


def test_joined_without_year(index: MembershipIndex, data: MembershipData) -> None:
    assert verdict_of(index, data, ("IRN", "joined", "SCO")).verdict == "supported"
    # … but not as of a day before it joined
    assert verdict_of(index, data, ("IRN", "joined", "SCO"), date(2022, 1, 1)).verdict == (
        "contradicted"
    )


def test_joined_as_an_observer(index: MembershipIndex, data: MembershipData) -> None:
    check = verdict_of(index, data, ("IRN", "joined", "SCO"), year=2005, role="observer")
    assert check.verdict == "supported"
    assert [r.role for r in check.reference] == ["observer"]


def test_left_supported(index: MembershipIndex, data: MembershipData) -> None:
    # data/memberships/CSTO.csv: UZB member 1992-05-15 – 1999-04-20, end_reason withdrew
    check = verdict_of(index, data, ("UZB", "left", "CSTO"), year=1999)
    assert check.verdict == "supported"
    assert_sourced(check)
    assert [r.end for r in check.reference] == ["1999-04-20"]


def test_left_while_still_a_member_is_contradicted(
    index: MembershipIndex, data: MembershipData
) -> None:
    check = verdict_of(index, data, ("KAZ", "left", "CSTO"))
    assert check.verdict == "contradicted"
    assert "still" in check.reason


def test_left_is_not_supported_by_a_change_of_role(
    index: MembershipIndex, data: MembershipData
) -> None:
    # Iran's observer spell in the SCO ended (role_changed) when it became a member on
    # 2023-07-04; on 2026-01-20 it is a member: "Iran left the SCO" is false
    check = verdict_of(index, data, ("IRN", "left", "SCO"))
    assert check.verdict == "contradicted", check.reason


def test_left_is_not_supported_by_a_freeze(index: MembershipIndex, data: MembershipData) -> None:
    # Armenia froze its CSTO participation on 2024-02-22 but remains a member de jure
    # (data/memberships/CSTO.csv: ARM member ends with end_reason frozen, ARM frozen open)
    check = verdict_of(index, data, ("ARM", "left", "CSTO"))
    assert check.verdict == "contradicted", check.reason


def test_suspended_supported_by_a_freeze(index: MembershipIndex, data: MembershipData) -> None:
    check = verdict_of(index, data, ("ARM", "suspendedIn", "CSTO"))
    assert check.verdict == "supported"
    assert_sourced(check)
    assert [r.role for r in check.reference] == ["frozen"]


def test_suspended_before_the_freeze_is_contradicted(
    index: MembershipIndex, data: MembershipData
) -> None:
    check = verdict_of(index, data, ("ARM", "suspendedIn", "CSTO"), date(2023, 1, 1))
    assert check.verdict == "contradicted"
    assert "member" in check.reason


def test_suspended_never_recorded_is_not_in_reference(
    index: MembershipIndex, data: MembershipData
) -> None:
    check = verdict_of(index, data, ("BRA", "suspendedIn", "NATO"))
    assert check.verdict == "not_in_reference"


# --- cooperation ------------------------------------------------------------------------------


def test_cooperation_within_a_body_one_belongs_to(
    index: MembershipIndex, data: MembershipData
) -> None:
    for body in ("CIS", "EAEU", "CSTO", "SCO"):
        check = verdict_of(index, data, ("RUS", "cooperatesWith", body))
        assert check.verdict == "supported", body
        assert_sourced(check)


def test_cooperation_without_a_role_is_not_in_reference(
    index: MembershipIndex, data: MembershipData
) -> None:
    check = verdict_of(index, data, ("RUS", "cooperatesWith", "NATO"))
    assert check.verdict == "not_in_reference"


# --- claims -----------------------------------------------------------------------------------


def test_no_pan_continental_organisation_in_eurasia(
    index: MembershipIndex, data: MembershipData
) -> None:
    check = verdict_of(index, data, ("EURASIA", "claims", "no-pan-continental-organisation"))
    assert check.verdict == "supported"
    assert check.analysis["pan_continental"] == []
    assert check.analysis["as_of"] == "2026-01-20"
    best = check.analysis["best"]
    assert best["body"]
    # the reason names the best body and how many of the continent's states it has
    assert f"{best['body']} with {best['members_in_continent']}" in check.reason


def test_pan_continental_organisation_in_africa(
    index: MembershipIndex, data: MembershipData
) -> None:
    check = verdict_of(index, data, ("002", "claims", "pan-continental-organisation"))
    assert check.verdict == "supported"
    assert "AU" in check.analysis["pan_continental"]
    assert "AU" in check.reason


def test_no_pan_continental_organisation_in_africa_is_contradicted(
    index: MembershipIndex, data: MembershipData
) -> None:
    check = verdict_of(index, data, ("002", "claims", "no-pan-continental-organisation"))
    assert check.verdict == "contradicted"
    assert "AU" in check.reason


def test_pan_continental_organisation_in_latin_america(
    index: MembershipIndex, data: MembershipData
) -> None:
    check = verdict_of(index, data, ("419", "claims", "pan-continental-organisation"))
    assert check.verdict == "supported"
    assert "CELAC" in check.analysis["pan_continental"]


def test_unknown_claim_is_not_in_reference(index: MembershipIndex, data: MembershipData) -> None:
    check = verdict_of(index, data, ("EURASIA", "claims", "single-currency"))
    assert check.verdict == "not_in_reference"


# --- what is not checked ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "triple",
    [
        ("RUS", "civilizationOf", None),
        ("CHN", "civilizationOf", "EURASIA"),
        ("KAZ", "locatedIn", "143"),
        ("RUS", "proposes", "greater-eurasian-partnership"),
        ("vladimir-putin", "memberOf", "SCO"),  # a person holds no membership
    ],
)
def test_other_statements_get_no_verdict(
    index: MembershipIndex, data: MembershipData, triple: tuple[str, str, str | None]
) -> None:
    assert check_statement(statement(*triple), PRESS_CONFERENCE, index, data) is None


# --- documents --------------------------------------------------------------------------------


def extraction(statements: tuple[Statement, ...], day: str | None) -> Extraction:
    text = "hand-made document " + repr(statements) + repr(day)
    metadata = {"date": day} if day is not None else {}
    return Extraction(document_iri(text), text, (), statements, metadata)


@pytest.mark.parametrize(
    ("header", "day"),
    [
        ("2026-01-20", date(2026, 1, 20)),
        ("2026-01-20 (annual press conference)", date(2026, 1, 20)),
        ("2024-02", date(2024, 2, 29)),  # a month means its last day (leap year)
        ("2023-11", date(2023, 11, 30)),
        ("2023", date(2023, 12, 31)),
    ],
)
def test_document_day_from_the_header(header: str, day: date) -> None:
    assert document_day(extraction((), header), today=date(2000, 1, 1)) == (day, True)


@pytest.mark.parametrize("header", [None, "", "January 2026", "20.01.2026"])
def test_document_day_without_a_usable_date_is_today(header: str | None) -> None:
    assert document_day(extraction((), header), today=date(2000, 1, 1)) == (date(2000, 1, 1), False)


@pytest.mark.parametrize("header", ["2026-02-30", "2026-13", "2026-00-10"])
def test_document_day_with_an_impossible_date_does_not_crash(header: str) -> None:
    # an impossible date must not escape as a bare calendar error (a traceback in the CLI, a
    # 500 in the API): either it is ignored or the error names the header
    try:
        result = document_day(extraction((), header), today=date(2000, 1, 1))
    except ValueError as error:
        assert header in str(error)
    else:
        assert result == (date(2000, 1, 1), False)


def test_check_extraction_uses_the_documents_day(
    index: MembershipIndex, data: MembershipData
) -> None:
    joined = statement("IRN", "memberOf", "SCO")
    day, dated, checks = check_extraction(extraction((joined,), "2023-05"), index, data)
    assert (day, dated) == (date(2023, 5, 31), True)
    assert [c.verdict for c in checks] == ["contradicted"]  # an observer until 2023-07-04
    day, dated, checks = check_extraction(extraction((joined,), "2023"), index, data)
    assert [c.verdict for c in checks] == ["supported"]


def test_check_extraction_without_date_uses_today(
    index: MembershipIndex, data: MembershipData
) -> None:
    member = statement("KAZ", "memberOf", "EAEU")
    day, dated, checks = check_extraction(
        extraction((member,), None), index, data, today=date(2010, 1, 1)
    )
    assert (day, dated) == (date(2010, 1, 1), False)
    assert [c.verdict for c in checks] == ["contradicted"]


def test_check_extraction_keeps_order_and_drops_repeats(
    index: MembershipIndex, data: MembershipData
) -> None:
    statements = (
        statement("RUS", "cooperatesWith", "CIS"),
        statement("RUS", "civilizationOf", None),
        statement("IRN", "joined", "SCO", year=2023),
        statement("RUS", "cooperatesWith", "CIS"),  # the same fact in another sentence
        statement("IRN", "joined", "SCO", year=2021),  # other qualifiers: checked too
        statement("UKR", "memberOf", "CSTO"),
    )
    _day, _dated, checks = check_extraction(extraction(statements, "2026-01-20"), index, data)
    assert [(c.statement.triple, c.verdict) for c in checks] == [
        (("RUS", "cooperatesWith", "CIS"), "supported"),
        (("IRN", "joined", "SCO"), "supported"),
        (("IRN", "joined", "SCO"), "contradicted"),
        (("UKR", "memberOf", "CSTO"), "contradicted"),
    ]


def test_check_to_json_carries_the_sources(index: MembershipIndex, data: MembershipData) -> None:
    payload = verdict_of(index, data, ("KAZ", "memberOf", "EAEU")).to_json()
    assert set(payload) == {"statement", "verdict", "reason", "reference", "analysis"}
    assert payload["statement"]["subject"] == "KAZ"
    record = payload["reference"][0]
    assert {"body", "state", "role", "start", "end", "sources"} <= set(record)
    assert all(s["url"].startswith("http") for s in record["sources"])


# --- polarity ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("triple", "expected"),
    [
        (("KAZ", "left", "EAEU"), "supported"),  # "Astana denied it was leaving the EAEU": true
        (("KAZ", "memberOf", "EAEU"), "contradicted"),  # "Kazakhstan is not in the EAEU": false
    ],
)
def test_a_denial_turns_the_verdict_over(
    index: MembershipIndex, data: MembershipData, triple: tuple[str, str, str], expected: str
) -> None:
    negative = replace(statement(*triple), polarity="negative")
    check = check_statement(negative, PRESS_CONFERENCE, index, data)
    assert check is not None
    assert check.verdict == expected
    assert check.reason.startswith("denied or negated")
    assert_sourced(check)
