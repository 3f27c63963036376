"""Families from the errors found after round 95 (sentences written for the families, not gold
texts), read by the real extractor with the shipped models."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from tests.extract._sentences import triples


def test_a_purpose_clause_is_no_part_of_a_lower_case_title(extractor: Extractor) -> None:
    text = "Kenya and Ghana signed a treaty on extradition to strengthen their growing ties."
    found = triples(extractor, text)
    assert {(s, "signed", "new:treaty-on-extradition") for s in ("KEN", "GHA")} <= found


@pytest.mark.parametrize(
    ("text", "member", "body"),
    [
        ("The SADC Summit has admitted Burundi as a member state.", "BDI", "SADC"),
        (
            "The 37th Ordinary Southern African Development Community (SADC) Summit of Heads of "
            "State and Government has admitted the Union of Comoros as a member state.",
            "COM",
            "SADC",
        ),
        ("Саммит ШОС принял Белоруссию в число членов организации.", "BLR", "SCO"),
    ],
)
def test_a_summit_admits_for_its_body(
    extractor: Extractor, text: str, member: str, body: str
) -> None:
    assert (member, "joined", body) in triples(extractor, text)


def test_a_meeting_s_ordinal_words_are_no_part_of_a_body_s_name(extractor: Extractor) -> None:
    text = "The 37th Ordinary Southern African Development Community (SADC) Summit met."
    names = {m.text for m in extractor.extract(text).mentions}
    assert "Ordinary Southern African Development Community" not in names


@pytest.mark.parametrize(
    ("text", "outsiders", "body"),
    [
        ("Switzerland remains outside the European Union.", {"CHE"}, "EU"),
        ("Азербайджан и Грузия остаются вне ОДКБ.", {"AZE", "GEO"}, "CSTO"),
        (
            "At that time only Norway, Denmark and Iceland were members of NATO, while Sweden "
            "and Finland were still outside the Alliance.",
            {"SWE", "FIN"},
            "NATO",
        ),
    ],
)
def test_states_outside_a_body_are_not_its_members(
    extractor: Extractor, text: str, outsiders: set[str], body: str
) -> None:
    negative = triples(extractor, text, "negative")
    assert {(state, "memberOf", body) for state in outsiders} <= negative
    assert not {t for t in triples(extractor, text) if t[0] in outsiders}


def test_a_place_outside_a_body_s_building_is_no_statement(extractor: Extractor) -> None:
    text = "Protesters gathered outside NATO headquarters in Brussels."
    assert not extractor.extract(text).statements
