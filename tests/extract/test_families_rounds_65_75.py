"""Families from the errors of rounds 65–75 (sentences written for the families, not gold
texts), read by the real extractor with the shipped models."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from tests.extract._sentences import triples


@pytest.mark.parametrize(
    "text",
    [
        "Ассоциация регионального сотрудничества стран Южной Азии (СААРК) — региональная "
        "организация. В нее входят Индия, Пакистан и Непал.",
        "The South Asian Association of Regional Cooperation (SAARC) comprises India, Pakistan "
        "and Nepal.",
    ],
)
def test_a_name_the_catalogue_lacks_abbreviated_as_its_body_is_that_body(
    extractor: Extractor, text: str
) -> None:
    result = extractor.extract(text)
    assert {m.id for m in result.mentions if m.type == "body"} == {"SAARC"}
    found = triples(extractor, text)
    assert {("IND", "memberOf", "SAARC"), ("NPL", "memberOf", "SAARC")} <= found


ESCAZU = "new:escazú-agreement"
OPENED = "The Escazú Agreement opened for signature in 2018. "


@pytest.mark.parametrize(
    "text",
    [
        OPENED + "The following countries signed the Agreement: Argentina, Brazil and Uruguay.",
        OPENED + "Chiefs of State and ministers from the following countries signed the Agreement: "
        "Argentina, Brazil and Uruguay.",
        OPENED + "Argentina, Brazil and Uruguay put their signatures to the agreement.",
    ],
)
def test_signers_listed_after_the_following_countries_or_putting_signatures(
    extractor: Extractor, text: str
) -> None:
    found = triples(extractor, text)
    assert {(s, "signed", ESCAZU) for s in ("ARG", "BRA", "URY")} <= found


def test_russian_signatures_put_under_a_treaty(extractor: Extractor) -> None:
    found = triples(extractor, "Россия и Китай поставили подписи под договором о дружбе.")
    assert {
        ("RUS", "signed", "new:договор-о-дружбе"),
        ("CHN", "signed", "new:договор-о-дружбе"),
    } <= (found)


def test_states_in_a_relative_clause_that_signed(extractor: Extractor) -> None:
    text = (
        "The Comprehensive Nuclear-Test-Ban Treaty opened for signature in 1996. Eight states "
        "have yet to ratify it - China, Egypt and Iran, which have signed the Treaty, and India "
        "and Pakistan, which have not signed."
    )
    signed = {s for s, p, _ in triples(extractor, text) if p == "signed"}
    assert {"CHN", "EGY", "IRN"} <= signed
    assert not signed & {"IND", "PAK"}


def test_several_agreements_are_no_one_treaty(extractor: Extractor) -> None:
    text = "Во время визита в США Касым-Жомарт Токаев заключил несколько важных соглашений."
    result = extractor.extract(text)
    assert not [m for m in result.mentions if m.type == "treaty"]
    assert not [s for s in result.statements if s.predicate == "signed"]


def test_a_treaty_named_since_takes_the_pair_models_focus_from_a_body(
    extractor: Extractor,
) -> None:
    text = (
        "Comprehensive Test Ban Treaty (1996)\nSummary\n"
        "Multilateral agreement signed by the US, CIS, UK, and 90 non-nuclear-weapon states "
        "would ban any and all nuclear tests.\n"
        "The 44 nations that must ratify the Comprehensive Test Ban Treaty for it to take effect:\n"
        "Algeria, Argentina, Australia, Austria, Bangladesh, Belgium, Brazil, Britain, Bulgaria, "
        "Canada, Chile, China, Colombia, Egypt, Finland, France, Germany and Hungary.\n"
    )
    assert not [s for s in extractor.extract(text).statements if s.object == "CIS"]


@pytest.mark.parametrize(
    ("text", "body", "members"),
    [
        (
            "Events could lead Uzbekistan to pull out of GUUAM (Georgia, Ukraine, Uzbekistan, "
            "Azerbaijan, Moldova), Uzbek Television reported.",
            "GUAM",
            {"GEO", "UKR", "UZB", "AZE", "MDA"},
        ),
        ("Лидеры ОДКБ (Россия, Беларусь и Армения) встретились.", "CSTO", {"RUS", "BLR", "ARM"}),
    ],
)
def test_states_alone_in_brackets_after_a_body_are_its_members(
    extractor: Extractor, text: str, body: str, members: set[str]
) -> None:
    found = {s for s, p, o in triples(extractor, text) if p == "memberOf" and o == body}
    assert found == members


@pytest.mark.parametrize(
    "text",
    [
        "The first Conference of Maghreb Economic Ministers (Algeria, Libya, Morocco and Tunisia) "
        "took place in Tunis.",
        "The Shanghai Cooperation Organisation (SCO, with China and Russia) met in Astana.",
    ],
)
def test_brackets_after_a_gathering_or_with_other_words_list_no_members(
    extractor: Extractor, text: str
) -> None:
    assert not [s for s in extractor.extract(text).statements if s.rule == "bracketed-members"]


CTBT = "new:comprehensive-test-ban-treaty"


def test_failing_to_ratify_is_a_denial(extractor: Extractor) -> None:
    text = (
        "The Comprehensive Test Ban Treaty was adopted in 1996. The United States signed the "
        "treaty but failed to ratify the treaty."
    )
    result = {(s.triple, s.polarity) for s in extractor.extract(text).statements}
    assert (("USA", "signed", CTBT), "positive") in result
    assert (("USA", "ratified", CTBT), "negative") in result
    assert (("USA", "ratified", CTBT), "positive") not in result


def test_lists_after_long_lists_still_speak_of_the_treaty(extractor: Extractor) -> None:
    states = (
        "Algeria, Argentina, Australia, Austria, Bangladesh, Belgium, Brazil, Britain, Bulgaria, "
        "Canada, Chile, China, Colombia, Egypt, Finland, France, Germany, Hungary, India, "
        "Indonesia, Iran, Israel, Italy, Japan, Mexico, Netherlands, North Korea, Norway, "
        "Pakistan, Peru, Poland, Romania, Russia, Slovakia, South Africa, South Korea, Spain, "
        "Sweden, Switzerland, Turkey, Ukraine, Vietnam"
    )
    ratifiers = ", ".join(states.split(", ")[:30])  # 72 states named before "the treaty"
    text = (
        "The 42 nations that must ratify the Comprehensive Test Ban Treaty for it to take "
        f"effect:\n{states}.\n"
        f"The nations among them that have ratified the treaty:\n{ratifiers}.\n"
        "The 15 nations among the 44 that have signed but not yet ratified the treaty:\n"
        "Algeria, Bangladesh, Chile, China and Vietnam.\n"
    )
    result = {(s.triple, s.polarity) for s in extractor.extract(text).statements}
    assert (("VNM", "signed", CTBT), "positive") in result  # "the 15 nations … that have signed"
    assert (("VNM", "ratified", CTBT), "negative") in result


ARCTIC = "ARCTIC"


def test_the_status_granted_at_a_bodys_meeting_after_a_wire_dateline(
    extractor: Extractor,
) -> None:
    text = (
        "Kiruna (Sweden), May 15 (IANS) India and China Wednesday got observer status in the "
        "Arctic Council along with four other countries.\n\n"
        "Italy, Japan and Singapore were granted the status at the eighth ministerial meeting of "
        "the Arctic Council."
    )
    joined = {s for s, p, o in triples(extractor, text) if p == "joined" and o == ARCTIC}
    assert joined == {"IND", "CHN", "ITA", "JPN", "SGP"}  # not Sweden, nor the agency
