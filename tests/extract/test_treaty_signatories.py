"""Signatories listed by a role noun, statutes that are no treaties, Russian treaty names in
any case, and what the pair model may not add beside a treaty: the real extractor with the
shipped models (sentences written for the families, not gold texts)."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from blocgraph.extract._treaty_ids import stems as _stems
from blocgraph.extract._treaty_link import CatalogueTreaty, TreatyCatalogue
from tests.extract._sentences import triples

Triple = tuple[str, str, str | None]
ANTARCTIC = "new:antarctic-treaty"


@pytest.mark.parametrize(
    "text",
    [
        "The original signatories of the Antarctic Treaty were Argentina, Australia and Belgium.",
        "The Antarctic Treaty was signed in 1959. There were 12 original signatories of the 1959 "
        "treaty, including Argentina, Australia and Belgium.",
    ],
)
def test_signatories_a_role_noun_lists(extractor: Extractor, text: str) -> None:
    found = triples(extractor, text)
    assert {("ARG", "signed", ANTARCTIC), ("AUS", "signed", ANTARCTIC)} <= found
    assert ("BEL", "signed", ANTARCTIC) in found


def test_a_statute_named_after_a_treaty_is_no_treaty(extractor: Extractor) -> None:
    result = extractor.extract(
        "The UK enacted its obligations through the Antarctic Treaty Act 1967."
    )
    # the statute is no instrument of its own; the treaty it is named after may stay
    assert [m.id for m in result.mentions if m.type == "treaty"] in ([], [ANTARCTIC])


def test_signatories_are_not_made_members_of_the_documents_body(extractor: Extractor) -> None:
    text = (
        "The EU is not involved in this Bill. The EU has no say over it. There were 12 original "
        "signatories of the Antarctic Treaty, including Argentina, Australia, Belgium and France."
    )
    found = triples(extractor, text)
    assert ("FRA", "signed", ANTARCTIC) in found
    assert not {t for t in found if t[1] == "memberOf"}


def test_a_russian_treaty_name_in_the_accusative_has_its_nominative_id(
    extractor: Extractor,
) -> None:
    text = (
        "Президенты Кыргызстана и Азербайджана подписали декларацию о стратегическом партнерстве."
    )
    found = triples(extractor, text)
    declaration = "new:декларация-о-стратегическом-партнерстве"
    assert {("KGZ", "signed", declaration), ("AZE", "signed", declaration)} <= found


def test_a_resolve_to_sign_is_not_a_signing(extractor: Extractor) -> None:
    text = "Japan's government is determined to sign a peace treaty with Russia."
    assert not triples(extractor, text)


def test_a_name_with_every_word_of_a_title_beats_one_lacking_a_word() -> None:
    def treaty(key: str, title: str, parties: set[str], year: int) -> CatalogueTreaty:
        return CatalogueTreaty(key, _stems(title), frozenset(parties), year)

    catalogue = TreatyCatalogue(
        [
            treaty(
                "OLD", "Договор о дружбе, добрососедстве и сотрудничестве", {"KAZ", "UZB"}, 2022
            ),
            treaty(
                "NEW",
                "Договор о вечном добрососедстве, дружбе и сотрудничестве",
                {"CHN", "KAZ", "UZB"},
                2025,
            ),
        ]
    )
    name = "Договор о вечном добрососедстве, дружбе и сотрудничестве"
    assert catalogue.key_for(name, {"CHN", "KAZ", "UZB"}, {"KAZ", "UZB"}, set()) == "NEW"


INF_RU = "new:договор-о-ликвидации-ракет-средней-и-меньшей-дальности"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the passive's instrumental agents; an acronym saying what the treaty is on
            "Договор о РСМД был подписан СССР и США в декабре 1987 года.",
            {("SUN", "signed", "new:договор-о-рсмд"), ("USA", "signed", "new:договор-о-рсмд")},
        ),
        ("Россия вышла из ДОВСЕ в 2023 году.", {("RUS", "denounced", "new:довсе")}),
        (  # the abbreviation and the short name both take the full name's id
            "2 августа прекращается действие Договора о ликвидации ракет средней и меньшей "
            "дальности (ДРСМД). Договор о РСМД был подписан СССР и США в декабре 1987 года.",
            {("SUN", "signed", INF_RU), ("USA", "signed", INF_RU)},
        ),
        (  # the parties' compound adjective is no word of the title
            "Путин напомнил, что Россия и Китай подписали Китайско-российский договор о "
            "добрососедстве, дружбе и сотрудничестве в 2001 году.",
            {("RUS", "signed", "CHN-RUS-2001"), ("CHN", "signed", "CHN-RUS-2001")},
        ),
    ],
)
def test_russian_treaty_abbreviations_agents_and_party_adjectives(
    extractor: Extractor, text: str, expected: set[Triple]
) -> None:
    assert triples(extractor, text) == expected


def test_a_treatys_title_runs_on_through_of_the(extractor: Extractor) -> None:
    text = "Somalia signed the Convention on the Rights of the Child in 2002."
    result = extractor.extract(text)
    assert ("SOM", "signed", "new:convention-on-the-rights-of-the-child") in {
        s.triple for s in result.statements
    }


_FRIENDSHIP = "new:договор-о-дружбе-сотрудничестве-и-взаимной-помощи"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the agent the parser hung on the treaty's name: signers, not words of the name
            "В этот день в Варшаве был подписан Договор о дружбе, сотрудничестве и взаимной"
            " помощи представителями Албании, Болгарии и Венгрии.",
            {("ALB", "signed", _FRIENDSHIP), ("BGR", "signed", _FRIENDSHIP)}
            | {("HUN", "signed", _FRIENDSHIP)},
        ),
        (  # an instrumental after "между" is a party the title names, not who signed
            "В Кишинэу подписано Соглашение между Евразийской патентной организацией и"
            " Правительством Республики Молдова о правовой охране изобретений.",
            set(),
        ),
    ],
)
def test_russian_passive_agents_after_the_title(
    extractor: Extractor, text: str, expected: set[Triple]
) -> None:
    assert triples(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Россия и Киргизия провели переговоры. Стороны подписали Договор о союзничестве.",
        "Russia and Kyrgyzstan held talks in Moscow on Monday. After the talks, the two sides"
        " signed the Treaty on Allied Relations.",
    ],
)
def test_the_sides_are_the_states_in_focus(extractor: Extractor, text: str) -> None:
    assert {s for s, p, _ in triples(extractor, text) if p == "signed"} == {"RUS", "KGZ"}


_FRIENDLY = "new:договор-о-дружественных-отношениях"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an exchange of instruments of ratification: both holders ratified
            "Россия и Монголия обменялись ратификационными грамотами Договора о дружественных"
            " отношениях.",
            {("RUS", "ratified", _FRIENDLY), ("MNG", "ratified", _FRIENDLY)},
        ),
        (  # an exchange still to come ratifies nothing
            "Россия и Монголия должны обменяться ратификационными грамотами Договора о"
            " дружественных отношениях.",
            set(),
        ),
    ],
)
def test_instruments_of_ratification_exchanged(
    extractor: Extractor, text: str, expected: set[Triple]
) -> None:
    assert triples(extractor, text) == expected


_SPNFZ = "new:south-pacific-nuclear-free-zone-treaty"


def test_coordinated_passives_share_the_treaty_and_the_agent(extractor: Extractor) -> None:
    text = (
        "The South Pacific Nuclear Free Zone Treaty (Treaty of Rarotonga) was signed in 1985."
        " The Treaty of Rarotonga has been signed and ratified by 13 Forum members, namely"
        " Australia, Fiji and Nauru."
    )
    found = triples(extractor, text)
    assert {(s, p, _SPNFZ) for s in ("AUS", "FJI", "NRU") for p in ("signed", "ratified")} <= found
    assert not any(o == "new:treaty-of-rarotonga" for _, _, o in found)  # one id: the first name


def test_each_coordinated_passive_keeps_its_own_agent(extractor: Extractor) -> None:
    text = "The Treaty of Rarotonga was signed by Australia and ratified by Fiji."
    assert triples(extractor, text) == {
        ("AUS", "signed", "new:treaty-of-rarotonga"),
        ("FJI", "ratified", "new:treaty-of-rarotonga"),
    }


IZMIR = "new:izmir-treaty"


def test_a_participle_on_the_main_clause_subject_takes_its_agent(extractor: Extractor) -> None:
    text = "The Izmir Treaty, signed in 1977 by Iran, Pakistan and Turkey, founded the ECO."
    found = triples(extractor, text)
    assert {("IRN", "signed", IZMIR), ("PAK", "signed", IZMIR), ("TUR", "signed", IZMIR)} <= found


def test_signatories_that_include_a_list(extractor: Extractor) -> None:
    text = (
        "The Abraham Accords were brokered by the United States in 2020.\n\n"
        "The original signatories include the United Arab Emirates and Bahrain."
    )
    found = triples(extractor, text)
    assert {("ARE", "signed", "new:abraham-accords"), ("BHR", "signed", "new:abraham-accords")} <= (
        found
    )


def test_states_before_both_and_coordinated_verbs_sign_the_treaty_in_focus(
    extractor: Extractor,
) -> None:
    treaty = "new:treaty-on-the-prohibition-of-nuclear-weapons"
    text = (
        "The Treaty on the Prohibition of Nuclear Weapons opened for signature in 2017. "
        "Maldives and Trinidad and Tobago both signed and ratified."
    )
    found = triples(extractor, text)
    assert {(s, p, treaty) for s in ("MDV", "TTO") for p in ("signed", "ratified")} <= found


def test_a_title_list_that_ends_in_a_treaty_word_is_one_name(extractor: Extractor) -> None:
    text = (
        "The National Assembly of Bulgaria ratified the Friendship, Good Neighbourliness and "
        "Cooperation Agreement between Bulgaria and Macedonia."
    )
    names = {m.text for m in extractor.extract(text).mentions if m.type == "treaty"}
    assert names == {"Friendship, Good Neighbourliness and Cooperation Agreement"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Belarus signed the friendship treaty on Aug. 1, 2017.",
        "The Energy Charter Treaty was adopted. Russia signed the Treaty on Monday.",
    ],
)
def test_a_date_after_on_is_not_what_a_treaty_is_on(extractor: Extractor, text: str) -> None:
    names = {m.text for m in extractor.extract(text).mentions if m.type == "treaty"}
    assert not any("Aug" in n or "Monday" in n for n in names)


DECLARATION = "new:декларация-о-стратегическом-партнерстве"


def test_plural_presidents_sign_for_their_states_not_their_names(extractor: Extractor) -> None:
    text = (
        "20 апреля президенты Кыргызстана и Азербайджана Садыр Жапаров и Ильхам Алиев на встрече "
        "в Баку подписали декларацию о стратегическом партнерстве."
    )
    found = triples(extractor, text)
    assert {("KGZ", "signed", DECLARATION), ("AZE", "signed", DECLARATION)} <= found


def test_a_president_and_a_person_named_beside_him_both_sign(extractor: Extractor) -> None:
    text = (
        "Сегодня в Москве президент Ирана Масуд Пезешкиан и Владимир Путин подписали "
        "декларацию о стратегическом партнерстве."
    )
    signers = {s for s, p, _ in triples(extractor, text) if p == "signed"}
    assert {"IRN", "RUS"} <= signers  # the declaration is linked to the catalogue by its parties


def test_the_two_countries_are_the_two_states_named_before_in_the_sentence(
    extractor: Extractor,
) -> None:
    text = (
        "В ходе визита председателя КНР в Таджикистан две страны подписали декларацию о "
        "стратегическом партнерстве."
    )
    found = triples(extractor, text)
    assert {("CHN", "signed", DECLARATION), ("TJK", "signed", DECLARATION)} <= found
    three = "В ходе визита председателя КНР в Таджикистан три страны подписали декларацию."
    assert not triples(extractor, three)
