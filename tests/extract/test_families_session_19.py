"""Families read at the nineteenth session from the blind rounds' misses (sentences written for
the families, not gold texts), by the real extractor with the shipped models: the writer's
description of a body stands under a modal or a denial, Russian founding verbs, a body
described as a collective of states, and officials on the other side of a signing."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from tests.extract._sentences import triples


@pytest.mark.parametrize(
    "text",
    [
        "Georgia would join the Russian-led Customs Union, comprised of Russia, Belarus and "
        "Kazakhstan.",
        "Georgia may join the Customs Union, which is made up of Russia, Belarus and Kazakhstan.",
    ],
)
def test_a_description_of_a_body_stands_under_a_modal(extractor: Extractor, text: str) -> None:
    found = triples(extractor, text)
    assert {("RUS", "memberOf", "new:customs-union"), ("KAZ", "memberOf", "new:customs-union")} <= (
        found
    )
    assert not any(s == "GEO" for s, _, _ in found)  # the plan itself asserts nothing


def test_a_denial_does_not_reach_the_description_of_a_body(extractor: Extractor) -> None:
    text = (
        "Baku denied reports that Azerbaijan would leave the CSTO, which includes Russia and "
        "Armenia."
    )
    assert {("RUS", "memberOf", "CSTO"), ("ARM", "memberOf", "CSTO")} <= triples(extractor, text)
    assert ("RUS", "memberOf", "CSTO") not in triples(extractor, text, "negative")
    assert ("AZE", "left", "CSTO") in triples(extractor, text, "negative")


@pytest.mark.parametrize(
    "text",
    [
        "Yerevan rejected reports that Armenia left the CSTO.",
        "Moscow dismissed rumours that Russia would quit the CIS.",
    ],
)
def test_a_denied_claim_stays_denied(extractor: Extractor, text: str) -> None:
    assert triples(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "members", "body"),
    [
        (
            "Андская группа была сформирована Боливией, Колумбией и Перу в 1969 году.",
            {"BOL", "COL", "PER"},
            "ANDEAN",
        ),
        (
            "Колумбия, Чили, Мексика и Перу сформировали Тихоокеанский альянс.",
            {"COL", "CHL", "MEX", "PER"},
            "PACALLIANCE",
        ),
        (
            "ОДКБ — военный блок России, Белоруссии и Армении.",
            {"RUS", "BLR", "ARM"},
            "CSTO",
        ),
        (
            "ANZUS is a security alliance between Australia, New Zealand and the United States.",
            {"AUS", "NZL", "USA"},
            "new:anzus",
        ),
        (
            "The Little Entente, a political alliance of Czechoslovakia, Romania and Yugoslavia, "
            "was formed in 1921.",
            {"CSK", "ROU", "YUG"},
            "new:little-entente",
        ),
    ],
)
def test_founders_and_collectives_are_members(
    extractor: Extractor, text: str, members: set[str], body: str
) -> None:
    found = {s for s, p, o in triples(extractor, text) if p == "memberOf" and o == body}
    assert found == members


def test_a_collective_that_names_no_body_gives_nothing(extractor: Extractor) -> None:
    text = "An alliance of Russia and China worries Washington."
    assert not any(p == "memberOf" for _, p, _ in triples(extractor, text))


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "Samoa signed the Treaty of Friendship with the New Zealand High Commissioner.",
            ("NZL", "signed", "new:treaty-of-friendship"),
        ),
        (
            "Tonga's Prime Minister signed the Treaty of Amity with Fiji's ambassador, Ms Ana Lee.",
            ("FJI", "signed", "new:treaty-of-amity"),
        ),
        (
            "Премьер-министр Японии подписал Договор о мире и дружбе с послом Китая.",
            ("CHN", "signed", "new:договор-о-мире-и-дружбе"),
        ),
    ],
)
def test_an_official_on_the_other_side_signs_for_the_state(
    extractor: Extractor, text: str, other: tuple[str, str, str]
) -> None:
    assert other in triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iraq is currently in the middle of the road to join the WTO.",
        "Iraq is on its way to joining the World Trade Organization.",
        "The minister stressed the importance of Iraq's accession to the WTO.",
        "Ирак находится на пути к вступлению в ВТО.",
    ],
)
def test_a_road_to_membership_is_not_membership(extractor: Extractor, text: str) -> None:
    assert not any(p in {"joined", "memberOf"} for _, p, _ in triples(extractor, text))


def test_a_relative_on_a_claims_holder_stays_denied(extractor: Extractor) -> None:
    text = "People who claim that Armenia left the CSTO, which unites six states, are wrong."
    assert triples(extractor, text) == set()
    assert ("ARM", "left", "CSTO") in triples(extractor, text, "negative")


def test_agents_after_a_russian_participle_however_parsed(extractor: Extractor) -> None:
    text = (
        "Соглашение о свободной торговле, подписанное в 1992 году США, Канадой и Мексикой, "
        "вступило в силу в 1994 году."
    )
    signers = {s for s, p, _ in triples(extractor, text) if p == "signed"}
    assert signers == {"USA", "CAN", "MEX"}


@pytest.mark.parametrize(
    "text",
    [
        "Арабские страны приостановили членство Египта в Лиге арабских государств.",
        "Arab states suspended Egypt's membership in the Arab League.",
        "Совещание приняло решение о приостановлении членства Египта в Лиге арабских государств.",
    ],
)
def test_the_suspended_membership_is_its_owners(extractor: Extractor, text: str) -> None:
    assert triples(extractor, text) == {("EGY", "suspendedIn", "LAS")}


def test_a_decision_not_yet_taken_is_not_the_event(extractor: Extractor) -> None:
    text = "Совещание может принять решение о приостановлении членства Египта в Лиге."
    assert not any(p == "suspendedIn" for _, p, _ in triples(extractor, text))
