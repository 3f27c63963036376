"""Families read at the twenty-fifth session (sentences written for the families, not gold
texts), by the real extractor with the shipped models: treaty titles that join their parties by a
dash, titled declarations and joint statements issued by their states, bodies named inside the
title of the instrument that founds them, Russian names with their members listed after them,
alliances named after "блок", and adverbs of time before a name."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from tests.extract._sentences import mention_ids, triples


@pytest.mark.parametrize(
    ("sentence", "treaty", "parties"),
    [
        (
            "Nauru and Australia signed the Nauru–Australia Treaty on Monday.",
            "new:nauru-australia-treaty",
            {"NRU", "AUS"},
        ),
        (
            "Mercosur and EFTA signed the Mercosur–EFTA agreement in Rio.",
            "new:mercosur-efta-agreement",
            {"MERCOSUR", "EFTA"},
        ),
    ],
)
def test_a_title_keeps_the_parties_its_dash_joins(
    extractor: Extractor, sentence: str, treaty: str, parties: set[str]
) -> None:
    found = triples(extractor, sentence)
    assert {s for s, p, o in found if p == "signed" and o == treaty} == parties


def test_a_lower_case_title_keeps_its_dashed_parties(extractor: Extractor) -> None:
    ids = mention_ids(
        extractor, "The EU-Japan free trade agreement entered into force in 2019.", "treaty"
    )
    assert ids == {"EU-Japan free trade agreement": "new:eu-japan-free-trade-agreement"}


def test_the_parties_after_between_stay_out_of_the_id(extractor: Extractor) -> None:
    found = triples(
        extractor, "Guatemala and Belize ratified the Protocol of the Special Agreement."
    )
    assert ("GTM", "ratified", "new:protocol-of-the-special-agreement") in found


def test_a_described_name_opens_after_its_adposition(extractor: Extractor) -> None:
    text = "The signing ceremony for the Mercosur–EFTA agreement took place in Rio."
    assert mention_ids(extractor, text, "treaty") == {
        "Mercosur–EFTA agreement": "new:mercosur-efta-agreement"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The Joint Statement on Maritime Security was issued by the governments of Japan, India"
        " and Australia.",
        "The Declaration on Atlantic Cooperation was released by the Governments of Japan, India"
        " and Australia.",
        "Japan, India and Australia issued the Tokyo Declaration on Maritime Security.",
    ],
)
def test_states_that_issue_a_titled_declaration_adopt_it(
    extractor: Extractor, sentence: str
) -> None:
    found = triples(extractor, sentence)
    assert {s for s, p, o in found if p == "signed"} == {"JPN", "IND", "AUS"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Vietnam and Brazil issued a joint statement on upgrading their relations.",
        "A statement released by the White House said the talks went well.",
        "The Kremlin released the text of the Moscow Declaration.",
    ],
)
def test_a_described_statement_or_a_press_release_is_no_signing(
    extractor: Extractor, sentence: str
) -> None:
    assert not {t for t in triples(extractor, sentence) if t[1] == "signed"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "King Salman commended signing the Charter of the Council of Arab and African"
            " Coastal States of the Red Sea. Egypt, Sudan and Eritrea are now officially members"
            " of the new alliance.",
            "new:council-of-arab-and-african-coastal-states-of-the-red-sea",
        ),
        (
            "The leaders signed the Agreement Establishing the Caribbean Development Council."
            " Egypt, Sudan and Eritrea are members of the new organisation.",
            "new:caribbean-development-council",
        ),
    ],
)
def test_a_founding_title_holds_the_body_it_founds(
    extractor: Extractor, text: str, body: str
) -> None:
    found = triples(extractor, text)
    assert {s for s, p, o in found if p == "memberOf" and o == body} == {"EGY", "SDN", "ERI"}


def test_a_title_of_no_organisation_mints_no_body(extractor: Extractor) -> None:
    text = "The parties signed the Convention on the Law of the Sea in 1982."
    assert not mention_ids(extractor, text, "body")


def test_a_russian_name_stops_before_its_members(extractor: Extractor) -> None:
    found = triples(extractor, "ЕАЭС создан на базе Таможенного союза РФ, Казахстана и Белоруссии.")
    members = {s for s, p, o in found if p == "memberOf" and o == "new:таможенный-союз"}
    assert members == {"RUS", "KAZ", "BLR"}


def test_a_joint_commission_of_two_states_is_no_body_of_members(extractor: Extractor) -> None:
    found = triples(
        extractor, "Совместная комиссия Камбоджи и Лаоса провела заседание во Вьентьяне."
    )
    assert not {t for t in found if t[1] == "memberOf"}


def test_a_russian_alliance_named_after_its_noun_is_a_body(extractor: Extractor) -> None:
    text = "Государства-победители блока Антанты стремились поддерживать мир."
    assert mention_ids(extractor, text, "body") == {"Антанты": "new:антанта"}


@pytest.mark.parametrize(
    "text", ["Государства блока НАТО провели учения.", "Лидеры блока Путина встретились."]
)
def test_an_acronym_or_a_person_after_bloc_is_not_minted(extractor: Extractor, text: str) -> None:
    ids = mention_ids(extractor, text, "body")
    assert "new:путин" not in ids.values() and "new:нато" not in ids.values()


def test_an_adverb_of_time_is_no_word_of_a_name(extractor: Extractor) -> None:
    text = "Today the African Development Bank signed the memorandum in Luanda."
    assert mention_ids(extractor, text, "body") == {
        "African Development Bank": "new:african-development-bank"
    }


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "The Spirit of Camp David: Joint Statement of Japan, the Republic of Korea, and the"
            " United States",
            {"JPN", "KOR", "USA"},
        ),
        (
            "Заявление Президентов Республики Беларусь, Республики Казахстан, Российской Федерации"
            " и Украины об учреждении совместной группы высокого уровня",
            {"BLR", "KAZ", "RUS", "UKR"},
        ),
        (
            "Совместное заявление Российской Федерации и Китайской Народной Республики о"
            " вступлении в новую эпоху было опубликовано в Москве.",
            {"RUS", "CHN"},
        ),
    ],
)
def test_the_parties_a_joint_text_is_titled_by_adopted_it(
    extractor: Extractor, text: str, parties: set[str]
) -> None:
    found = triples(extractor, text)
    signed = {(s, o) for s, p, o in found if p == "signed"}
    assert {s for s, _ in signed} == parties
    title = {o for _, o in signed}
    assert len(title) == 1
    assert not any("опубликовано" in str(o) for o in title)  # the title ends before the clause


def test_one_state_s_own_statement_is_no_joint_text(extractor: Extractor) -> None:
    found = triples(extractor, "Statement of the President of Russia on the situation in Syria")
    assert not {t for t in found if t[1] == "signed"}


@pytest.mark.parametrize(
    "sentence",
    [
        "We, the Heads of State of Belize, Bolivia and Colombia, establish the Caribbean Security"
        " Council.",
        "We, the Representatives from the Governments of Belize, Bolivia and Colombia, establish"
        " the Caribbean Security Council.",
    ],
)
def test_the_first_person_acts_for_the_states_its_apposition_names(
    extractor: Extractor, sentence: str
) -> None:
    found = triples(extractor, sentence)
    founders = {s for s, p, o in found if p == "memberOf" and o == "new:caribbean-security-council"}
    assert founders == {"BLZ", "BOL", "COL"}


def test_an_office_holder_in_a_headline_acts_for_the_state(extractor: Extractor) -> None:
    found = triples(extractor, "UK Prime Minister Rishi Sunak signs Hiroshima Accord")
    assert found == {("GBR", "signed", "new:hiroshima-accord")}


def test_a_title_does_not_run_on_into_a_state(extractor: Extractor) -> None:
    text = "UK PM Rishi Sunak clinches Hiroshima Accord on Japan visit"
    assert mention_ids(extractor, text, "treaty") == {"Hiroshima Accord": "new:hiroshima-accord"}


def test_a_declaration_keeps_its_id_beside_a_joint_statement_of_the_same_words(
    extractor: Extractor,
) -> None:
    text = (
        "Thirty-two countries adopted the Declaration on Atlantic Cooperation on Monday. It"
        " builds on the Joint Statement on Atlantic Cooperation issued in 2022."
    )
    ids = set(mention_ids(extractor, text, "treaty").values())
    assert "new:declaration-on-atlantic-cooperation" in ids


def test_the_following_declaration_is_the_one_named_below(extractor: Extractor) -> None:
    text = (
        "The text of the following declaration was released by the Governments of Angola,"
        " Argentina and Brazil at the Ministerial for Atlantic Cooperation.\n\n"
        "Declaration on Atlantic Cooperation\n\n"
        "1- We, as States bordering the Atlantic Ocean, share a commitment to peace."
    )
    found = triples(extractor, text)
    signed = {
        s for s, p, o in found if p == "signed" and o == "new:declaration-on-atlantic-cooperation"
    }
    assert signed == {"AGO", "ARG", "BRA"}


def test_the_following_declaration_without_a_title_below_is_no_instrument(
    extractor: Extractor,
) -> None:
    text = (
        "The text of the following declaration was released by the Governments of Angola and"
        " Brazil."
    )
    assert not {t for t in triples(extractor, text) if t[1] == "signed"}
    assert not mention_ids(extractor, text, "treaty")


def test_a_joint_declaration_heading_between_two_states_is_theirs(extractor: Extractor) -> None:
    text = (
        "Joint Declaration of Peace and Friendship between Eritrea and Ethiopia\n\n"
        "Conscious that the peoples share close bonds of geography and history."
    )
    found = triples(extractor, text)
    assert {s for s, p, o in found if p == "signed"} == {"ERI", "ETH"}


def test_in_running_text_the_parties_after_between_stay_out_of_the_title(
    extractor: Extractor,
) -> None:
    text = "The Joint Declaration of Strategic Partnership between Greece and Egypt was signed."
    ids = set(mention_ids(extractor, text, "treaty").values())
    assert ids == {"new:joint-declaration-of-strategic-partnership"}


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "Croatia's parliament ratifies border arbitration agreement with Slovenia",
            {("HRV", "ratified", "new:border-arbitration-agreement")},
        ),
        ("Kazakh Senate ratifies EAEU treaty", {("KAZ", "ratified", "new:eaeu-treaty")}),
    ],
)
def test_a_state_s_organ_in_a_headline_acts_for_it(
    extractor: Extractor, headline: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, headline) == expected


def test_a_possessive_without_organ_or_holder_is_no_party(extractor: Extractor) -> None:
    assert not triples(extractor, "Croatia's border deal ratified")


def test_the_signatories_of_a_founding_instrument_named_elsewhere_are_founders(
    extractor: Extractor,
) -> None:
    text = (
        "Thirty-two coastal Atlantic countries adopted a Declaration on Atlantic Cooperation"
        " launching the Partnership for Atlantic Cooperation today.\n\n"
        "The text of the following declaration was released by the Governments of Angola,"
        " Argentina and Brazil at the Ministerial.\n\n"
        "Declaration on Atlantic Cooperation\n\n"
        "1- We, as States bordering the Atlantic Ocean, share a commitment to peace."
    )
    found = triples(extractor, text)
    members = {
        s for s, p, o in found if (p, o) == ("memberOf", "new:partnership-for-atlantic-cooperation")
    }
    assert members == {"AGO", "ARG", "BRA"}


def test_signing_an_instrument_that_founds_nothing_makes_no_member(extractor: Extractor) -> None:
    text = (
        "Angola and Brazil signed the Declaration on Atlantic Cooperation. The Partnership for"
        " Atlantic Cooperation met later."
    )
    found = triples(extractor, text)
    assert not {t for t in found if t[1] == "memberOf"}
