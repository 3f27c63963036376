"""Families read at the twentieth session (sentences written for the families, not gold texts),
by the real extractor with the shipped models: Russian capitals standing for their states, the
work of a body standing for the body, an acronym a Russian treaty is "по", a past verb the
tagger called future, a treaty described by one word that its parties and year identify, a
counted role noun before a dashed list, and a body with a role noun titling a state's name."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from tests.extract._sentences import triples


def test_russian_capitals_sign_for_their_states(extractor: Extractor) -> None:
    found = triples(extractor, "Токио и Пекин подписали Договор о мире и дружбе.")
    assert {
        ("JPN", "signed", "new:договор-о-мире-и-дружбе"),
        ("CHN", "signed", "new:договор-о-мире-и-дружбе"),
    } <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ташкент приостановил своё членство в ОДКБ в 2012 году.", ("UZB", "suspendedIn", "CSTO")),
        (
            "Вашингтон вышел из Договора по открытому небу.",
            ("USA", "denounced", "new:договор-по-открытому-небу"),
        ),
        (  # a spelling the file lists besides the source's ("Таллинн;Таллин"), declined
            "Договор о границе был подписан Таллином и Ригой.",
            ("EST", "signed", "new:договор-о-границе"),
        ),
    ],
)
def test_a_russian_capital_acts_for_its_state(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(extractor, text)


def test_a_russian_capital_speaks_for_its_state(extractor: Extractor) -> None:
    result = extractor.extract("Москва заявила, что Армения остаётся членом ОДКБ.")
    said = {(s.triple, s.asserted_by) for s in result.statements}
    assert (("ARM", "memberOf", "CSTO"), "RUS") in said


def test_a_capital_as_the_place_of_a_signing_is_no_signer(extractor: Extractor) -> None:
    found = triples(extractor, "В Москве Армения и Азербайджан подписали договор о мире.")
    assert ("ARM", "signed", "new:договор-о-мире") in found
    assert not any(subject == "RUS" for subject, _, _ in found)


def test_a_lower_case_word_is_no_capital(extractor: Extractor) -> None:
    # "рига" written in lower case is not the city: nothing acts
    assert triples(extractor, "рига подписала договор о мире.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Армения заморозила участие в работе ОДКБ.",
        "Армения приостановила участие в деятельности ОДКБ.",
        "Armenia froze its participation in the work of the CSTO.",
    ],
)
def test_the_work_of_a_body_stands_for_the_body(extractor: Extractor, text: str) -> None:
    assert ("ARM", "suspendedIn", "CSTO") in triples(extractor, text)


def test_an_acronym_a_russian_treaty_is_on_belongs_to_its_name(extractor: Extractor) -> None:
    result = extractor.extract("США вышли из Договора по ПРО в 2002 году.")
    assert ("USA", "denounced", "new:договор-по-про") in {s.triple for s in result.statements}
    assert all(m.id != "new:про" for m in result.mentions)  # not an organisation "ПРО"


def test_a_past_verb_tagged_future_is_a_fact(extractor: Extractor) -> None:
    text = "Договор по ПРО был подписан в 1972 году. В 2001 году США денонсировали этот Договор."
    assert ("USA", "denounced", "new:договор-по-про") in triples(extractor, text)


def test_a_russian_future_stays_a_plan(extractor: Extractor) -> None:
    assert triples(extractor, "Армения выйдет из ОДКБ.") == set()


def test_a_treaty_described_by_one_word_is_the_catalogue_one_of_its_parties_and_year(
    extractor: Extractor,
) -> None:
    dated = "17 июля 2025 года Берлин и Лондон подписали договор о дружбе."
    assert {("DEU", "signed", "DEU-GBR-2025"), ("GBR", "signed", "DEU-GBR-2025")} <= triples(
        extractor, dated
    )
    # without the year the text does not say which friendship treaty it is
    undated = triples(extractor, "Берлин и Лондон подписали договор о дружбе.")
    assert ("DEU", "signed", "new:договор-о-дружбе") in undated


@pytest.mark.parametrize(
    "text",
    [
        "# title: BRICS expands\nFive new members – Egypt, Iran and Ethiopia – took part in the "
        "summit.",
        "# title: БРИКС расширился\nПять новых членов - Египет, Иран и Эфиопия - взялись за "
        "работу.",
    ],
)
def test_a_counted_role_noun_before_a_dashed_list_is_no_label(
    extractor: Extractor, text: str
) -> None:
    # a sentence's subject with its article or numeral, not a label line: the body in focus
    assert {("EGY", "memberOf", "BRICS"), ("ETH", "memberOf", "BRICS")} <= triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks with fellow EU member Hungary failed.", ("HUN", "memberOf", "EU")),
        (
            "The accession had been threatened by a border dispute with NATO member Slovenia.",
            ("SVN", "memberOf", "NATO"),
        ),
    ],
)
def test_a_body_and_member_before_a_state_title_the_state(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    # the writer's title of the name: the clause's failure or threat does not reach it
    assert expected in triples(extractor, text)
    assert expected not in triples(extractor, text, "negative")


def test_a_non_member_title_is_no_membership(extractor: Extractor) -> None:
    text = (
        "Saudi Arabia and Bahrain, along with non-GCC member Egypt, cut diplomatic ties with Doha "
        "in June 2017."
    )
    assert ("EGY", "memberOf", "GCC") not in triples(extractor, text)
    assert ("EGY", "memberOf", "GCC") in triples(extractor, text, "negative")


def test_member_state_is_no_name_and_stays_negated(extractor: Extractor) -> None:
    found = triples(extractor, "Norway and Iceland are not EU Member States.", "negative")
    assert ("NOR", "memberOf", "EU") in found
