"""Families read at the twenty-first session (sentences written for the families, not gold
texts), by the real extractor with the shipped models: a description or an elided body taking
the last sentence's subject, an "It" the parser calls an expletive continuing the topic, a
present verb the tagger reads as a plural noun, title-case headlines parsed in sentence case,
and no statement about an organ's generic name."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from blocgraph.extract.relations._subjects import misread_expletive
from blocgraph.extract.syntax._headlines import sentence_cased
from blocgraph.extract.syntax.english import load_english
from tests.extract._sentences import triples

_ENERGY = (
    "The Energy Community is modelled on the ECSC Treaty. It is open to any country wishing to "
    "accept the European Union’s energy market rules and that has direct links to the European "
    "Union electricity and gas grids. Present members are Croatia, Serbia, Bulgaria and Romania."
)


def test_members_of_the_body_the_text_is_about(extractor: Extractor) -> None:
    # the European Union, named twice as a modifier in between, is not the body in focus
    found = triples(extractor, _ENERGY)
    members = {s for s, p, o in found if p == "memberOf" and o == "new:energy-community"}
    assert members == {"HRV", "SRB", "BGR", "ROU"}
    assert not any(p == "memberOf" and o == "EU" for _, p, o in found)


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("It is open to any country wishing to accept the rules.", True),
        ("It is important that the rules are kept.", False),
        ("It is clear that Serbia applied.", False),
    ],
)
def test_an_it_the_parser_calls_an_expletive(sentence: str, subject: bool) -> None:
    it = load_english()(sentence)[0]
    assert it.dep_ == "expl"  # the parser's reading, which the reader second-guesses
    assert misread_expletive(it) is subject


@pytest.mark.parametrize(
    "text",
    [
        "The Latin American Integration Association met on Friday. "
        "The body unites Argentina, Bolivia, Brazil and Chile.",
        "The Latin American Integration Association met on Friday. "
        "The regional body now unites Argentina, Bolivia, Brazil and Chile.",
    ],
)
def test_a_present_verb_read_as_a_noun_is_a_verb(extractor: Extractor, text: str) -> None:
    found = triples(extractor, text)
    body = "new:latin-american-integration-association"
    assert {(s, "memberOf", body) for s in ("ARG", "BOL", "BRA", "CHL")} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Saudi Arabia Ratifies GCC Security Treaty",
            ("SAU", "ratified", "new:gcc-security-treaty"),
        ),
        (
            "US Expands Minerals Security Partnership with Norway, Italy, India",
            ("NOR", "joined", "new:minerals-security-partnership"),
        ),
    ],
)
def test_a_title_case_headline_is_read(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(extractor, text)


def test_a_headline_keeps_its_words_as_written(extractor: Extractor) -> None:
    result = extractor.extract("Saudi Arabia Ratifies GCC Security Treaty")
    texts = {m.text for m in result.mentions}
    assert {"Saudi Arabia", "GCC Security Treaty"} <= texts


def test_sentence_case_leaves_running_text_and_names() -> None:
    assert sentence_cased("Kenya and Ghana ratified the AfCFTA on Monday.", [(0, 5)]) is None
    headline = "Honduras Takes Leave of ALBA"
    assert sentence_cased(headline, [(0, 8), (24, 28)]) == "Honduras takes leave of ALBA"


def test_a_headline_name_ends_before_its_verb(extractor: Extractor) -> None:
    result = extractor.extract(
        "Ambassador: Dialogue Partner Status in Shanghai Organization Is Achievement for Diplomacy"
    )
    assert "new:shanghai-organization" in {m.id for m in result.mentions}


@pytest.mark.parametrize(
    "text",
    [
        "General Assembly, on Recommendation of Security Council, Admits Federal Republic of "
        "Yugoslavia to United Nations Membership",
        "The Permanent Council admitted Montenegro on Friday.",
    ],
)
def test_an_organ_s_generic_name_is_no_body(extractor: Extractor, text: str) -> None:
    found = triples(extractor, text)
    assert not any(o in {"new:general-assembly", "new:permanent-council"} for _, _, o in found)
