"""Families from the errors found after round 105 (sentences written for the families, not gold
texts), read by the real extractor with the shipped models."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from blocgraph.extract._pipeline import blank_pipeline
from tests.extract._sentences import triples


def test_a_parenthesis_closing_before_a_colon_is_two_tokens() -> None:
    tokens = [t.text for t in blank_pipeline()("Nations (ASEAN): Brunei")]
    assert tokens == ["Nations", "(", "ASEAN", ")", ":", "Brunei"]


def test_a_member_list_after_a_bodys_abbreviation_and_a_colon(extractor: Extractor) -> None:
    text = (
        "The pact includes China and the 10 members of the Association of Southeast Asian "
        "Nations (ASEAN): Brunei, Vietnam, Laos and Cambodia."
    )
    found = triples(extractor, text)
    assert {(s, "memberOf", "ASEAN") for s in ("BRN", "VNM", "LAO", "KHM")} <= found
    assert ("CHN", "memberOf", "ASEAN") not in found


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        (
            "Laos talked about China and Myanmar which became MRC's dialogue partners in 1996.",
            {"CHN", "MMR"},
        ),
        ("The minister spoke of Egypt which became a member of the OIC in 1969.", {"EGY"}),
    ],
)
def test_a_relative_clause_the_parser_hung_as_a_clause_of_its_own(
    extractor: Extractor, text: str, holders: set[str]
) -> None:
    found = triples(extractor, text)
    body = "MRC" if "MRC" in text else "OIC"
    assert {(h, "joined", body) for h in holders} <= found


def test_talk_of_a_state_joining_is_still_no_joining(extractor: Extractor) -> None:
    found = triples(extractor, "Laos talked about China joining the MRC.")
    assert ("CHN", "joined", "MRC") not in found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Президент Мозамбика назвал Россию стратегическим партнером.", "MOZ"),
        ("Putin called China a strategic partner of Russia.", "vladimir-putin"),
    ],
)
def test_who_calls_a_state_a_partner_asserts_the_partnership(
    extractor: Extractor, text: str, speaker: str
) -> None:
    found = extractor.extract(text).statements
    partnerships = [s for s in found if s.predicate == "partnershipWith"]
    assert partnerships
    assert {s.asserted_by for s in partnerships} == {speaker}
