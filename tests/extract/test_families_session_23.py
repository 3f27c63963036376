"""Families read at the twenty-third session (sentences written for the families, not gold
texts), by the real extractor with the shipped models: a state's government coordinated with
another state signs for its state, and an instrument noun that its own modifier names ("the
document entitled …", "which became known as …") is the treaty named there."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from tests.extract._sentences import triples


@pytest.mark.parametrize(
    ("sentence", "signers"),
    [
        ("Libya's government and Turkey signed the Treaty of Friendship.", {"LBY", "TUR"}),
        ("Turkey and Libya's government signed the Treaty of Friendship.", {"LBY", "TUR"}),
        ("Libya and Turkey signed the Treaty of Friendship.", {"LBY", "TUR"}),
        (
            "Turkey and the Mediterranean nation of Libya have signed the Treaty of Friendship.",
            {"LBY", "TUR"},
        ),
        # the states next to the verb are all there is: the head is not a government
        (
            "The ministers of foreign affairs of Serbia and Hungary signed the Treaty of "
            "Friendship.",
            {"SRB", "HUN"},
        ),
    ],
)
def test_a_government_coordinated_with_a_state_signs_for_its_state(
    extractor: Extractor, sentence: str, signers: set[str]
) -> None:
    found = triples(extractor, sentence)
    assert {s for s, p, o in found if p == "signed" and o == "new:treaty-of-friendship"} == signers


@pytest.mark.parametrize(
    ("sentence", "signers", "treaty"),
    [
        (
            "Armenia and Georgia signed the document entitled the Comprehensive Partnership "
            "Agreement (CPA).",
            ("ARM", "GEO"),
            "new:comprehensive-partnership-agreement",
        ),
        (
            "Armenia and Georgia signed the document which became known as the Tbilisi Agreement.",
            ("ARM", "GEO"),
            "new:tbilisi-agreement",
        ),
        (
            "Armenia and Georgia signed a framework agreement, called the Tbilisi Agreement.",
            ("ARM", "GEO"),
            "new:tbilisi-agreement",
        ),
        # a Russian instrument followed by its title in quotes
        (
            "Россия и Белоруссия подписали договор «О дружбе и сотрудничестве».",
            ("RUS", "BLR"),
            "new:договор-о-дружбе-и-сотрудничестве",
        ),
        (
            "Россия и Белоруссия подписали соглашение «О взаимном признании виз».",
            ("RUS", "BLR"),
            "new:соглашение-о-взаимном-признании-виз",
        ),
    ],
)
def test_an_instrument_named_where_it_is_described_is_that_treaty(
    extractor: Extractor, sentence: str, signers: tuple[str, str], treaty: str
) -> None:
    found = triples(extractor, sentence)
    assert {(s, o) for s, p, o in found if p == "signed"} == {(s, treaty) for s in signers}


def test_a_naming_word_before_no_treaty_names_nothing(extractor: Extractor) -> None:
    # "called for" introduces no name: the agreement stays the one the sentence describes
    found = triples(
        extractor, "Armenia and Georgia signed the Tbilisi Agreement, called for by the EU."
    )
    assert {(s, o) for s, p, o in found if p == "signed"} == {
        ("ARM", "new:tbilisi-agreement"),
        ("GEO", "new:tbilisi-agreement"),
    }


@pytest.mark.parametrize(
    ("sentence", "signers", "treaty"),
    [
        (
            "Россия и Египет подписали соглашение, получившее название «Договор о "
            "стратегическом партнерстве».",
            {"RUS", "EGY"},
            "EGY-RUS-2018",
        ),
        (
            "Советский Союз заключил соглашение с правительством Ирака, получившее название "
            "«Советско-иракский договор о дружбе».",
            {"SUN"},
            "new:советско-иракский-договор-о-дружбе",
        ),
    ],
)
def test_a_russian_instrument_takes_the_name_it_received(
    extractor: Extractor, sentence: str, signers: set[str], treaty: str
) -> None:
    found = triples(extractor, sentence)
    assert {s for s, p, o in found if p == "signed" and o == treaty} >= signers
    assert all(o == treaty for _, p, o in found if p == "signed")


@pytest.mark.parametrize(
    ("text", "treaty"),
    [
        (
            "Договор о дружбе подписан в 1969 году. Первоначально подписавшими сторонами были "
            "Боливия, Колумбия и Перу.",
            "new:договор-о-дружбе",
        ),
        (
            "The Treaty of Friendship was signed in 1969. The signing parties were Bolivia, "
            "Colombia and Peru.",
            "new:treaty-of-friendship",
        ),
    ],
)
def test_the_signing_parties_signed(extractor: Extractor, text: str, treaty: str) -> None:
    found = triples(extractor, text)
    assert {s for s, p, o in found if p == "signed" and o == treaty} == {"BOL", "COL", "PER"}
    assert not any(p == "ratified" for _, p, _ in found)


def test_parties_without_a_signing_word_are_bound(extractor: Extractor) -> None:
    found = triples(extractor, "Сторонами Договора о дружбе являются Боливия, Колумбия и Перу.")
    assert {s for s, p, _ in found if p == "ratified"} == {"BOL", "COL", "PER"}


def test_a_header_line_defines_no_abbreviation(extractor: Extractor) -> None:
    # the author line names the publisher; the text only abbreviates it: the id is the text's
    text = (
        "# source: https://example.org/members\n"
        "# title: Member Countries\n"
        "# licence: test\n"
        "# author: Inter-American Development Bank\n"
        "# date: 2009\n"
        "The IDB was founded in 1959. Its original member countries were Argentina and Bolivia.\n"
    )
    found = triples(extractor, text)
    assert {o for _, p, o in found if p == "memberOf"} == {"new:idb"}


def test_a_title_still_defines_an_abbreviation(extractor: Extractor) -> None:
    text = (
        "# source: https://example.org/members\n"
        "# title: The Inter-American Development Bank (IDB) at sixty\n"
        "# licence: test\n"
        "# date: 2019\n"
        "The IDB was founded in 1959. Its original member countries were Argentina and Bolivia.\n"
    )
    found = triples(extractor, text)
    assert {o for _, p, o in found if p == "memberOf"} == {"new:inter-american-development-bank"}


def test_a_russian_labelled_list_ends_with_its_last_item_and_the_next_label(
    extractor: Extractor,
) -> None:
    text = (
        "ШОС — международная организация. Государства-наблюдатели — Афганистан, Белоруссия, "
        "Иран и Монголия, страны-партнеры по диалогу — Азербайджан, Армения и Камбоджа."
    )
    found = triples(extractor, text)
    assert {s for s, p, o in found if p == "observerOf" and o == "SCO"} == {
        "AFG",
        "BLR",
        "IRN",
        "MNG",
    }
    assert {s for s, p, o in found if p == "partnerOf" and o == "SCO"} == {"AZE", "ARM", "KHM"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Uzbekistan and Kazakhstan signed the Treaty of Alliance and the Treaty on the "
        "Demarcation of the State Border.",
        "Uzbekistan and Kazakhstan signed historic documents - the Treaty of Alliance and the "
        "Treaty on the Demarcation of the State Border.",
        "Uzbekistan and Kazakhstan signed two documents: the Treaty of Alliance and the Treaty "
        "on the Demarcation of the State Border.",
    ],
)
def test_treaties_signed_together_are_each_signed(extractor: Extractor, sentence: str) -> None:
    found = {(s, o) for s, p, o in triples(extractor, sentence) if p == "signed"}
    assert found == {
        (state, treaty)
        for state in ("UZB", "KAZ")
        for treaty in (
            "new:treaty-of-alliance",
            "new:treaty-on-the-demarcation-of-the-state-border",
        )
    }


def test_a_described_apposition_is_no_second_treaty(extractor: Extractor) -> None:
    sentence = (
        "Mozambique and South Africa signed the Nkomati Accord, a non-aggression, and "
        "good-neighbourliness pact, on the border."
    )
    found = {o for _, p, o in triples(extractor, sentence) if p == "signed"}
    assert found == {"new:nkomati-accord"}


@pytest.mark.parametrize(
    ("sentence", "predicate", "acted"),
    [
        (
            "Brunei, Malaysia and Laos have joined Singapore in ratifying the ASEAN Charter.",
            "ratified",
            {"BRN", "MYS", "LAO", "SGP"},
        ),
        (
            "Fiji followed Samoa in signing the Boe Declaration.",
            "signed",
            {"FJI", "WSM"},
        ),
    ],
)
def test_the_state_joined_in_an_act_did_it_too(
    extractor: Extractor, sentence: str, predicate: str, acted: set[str]
) -> None:
    assert {s for s, p, _ in triples(extractor, sentence) if p == predicate} == acted


@pytest.mark.parametrize(
    "sentence",
    [
        "Глава МИД Армении Арарат Мирзоян и госсекретарь США Энтони Блинкен во вторник "
        "подписали хартию о стратегическом партнерстве.",
        "Президент Армении и госсекретарь США подписали хартию о стратегическом партнерстве.",
    ],
)
def test_each_coordinated_representative_signs_for_their_state(
    extractor: Extractor, sentence: str
) -> None:
    found = triples(extractor, sentence)
    assert {s for s, p, _ in found if p == "signed"} == {"ARM", "USA"}


def test_states_described_by_a_clause_are_not_a_representative(extractor: Extractor) -> None:
    sentence = (
        "Договор был подписан в 1990 году странами НАТО и государствами, входившими в "
        "Организацию Варшавского договора."
    )
    assert not any(s == "RUS" for s, p, _ in triples(extractor, sentence) if p == "signed")


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("В среду Милли Меджлис ратифицировал Договор о дружбе с Россией.", "AZE"),
        ("On Tuesday the Milli Majlis ratified the Treaty of Friendship with Russia.", "AZE"),
        ("В среду Олий Мажлис ратифицировал Договор о дружбе с Россией.", "UZB"),
        ("В среду Меджлис ратифицировал Договор о дружбе с Россией.", "IRN"),
    ],
)
def test_a_legislature_s_own_name_gives_its_state(
    extractor: Extractor, sentence: str, state: str
) -> None:
    assert {s for s, p, _ in triples(extractor, sentence) if p == "ratified"} == {state}


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Tanzania has yet to ratify the Treaty of Friendship.", ("TZA", "ratified")),
        ("Kenya has yet to join the EAC.", ("KEN", "joined")),
        (
            "Six states, including Kenya, are yet to ratify the Treaty of Friendship.",
            ("KEN", "ratified"),
        ),
    ],
)
def test_an_act_still_to_come_is_not_done(
    extractor: Extractor, sentence: str, fact: tuple[str, str]
) -> None:
    assert not any((s, p) == fact for s, p, _ in triples(extractor, sentence))
    assert any((s, p) == fact for s, p, _ in triples(extractor, sentence, "negative"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Tanzania pledged to ratify the Treaty of Friendship.",
        "Tanzania vowed to leave the EAC.",
        "Tanzania promised to sign the Treaty of Friendship.",
    ],
)
def test_a_promise_is_no_act(extractor: Extractor, sentence: str) -> None:
    assert not triples(extractor, sentence)


def test_a_treaty_that_committed_its_signer_was_still_signed(extractor: Extractor) -> None:
    sentence = (
        "The Pact of Bogotá, signed by Colombia on April 30, 1948, committed the country to "
        "settle its disputes peacefully."
    )
    assert ("COL", "signed", "new:pact-of-bogotá") in triples(extractor, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya is unlikely to join the EAC.",
        "Kenya is due to sign the Treaty of Friendship on Monday.",
        "Kenya is poised to join the EAC.",
        "Kenya is about to sign the Treaty of Friendship.",
        "Kenya was barred from joining the EAC.",
        "Kenya is scheduled to ratify the Treaty of Friendship.",
        "Kenya was supposed to sign the Treaty of Friendship.",
        "Kenya is negotiating to join the EAC.",
    ],
)
def test_an_act_ahead_or_unlikely_asserts_nothing(extractor: Extractor, sentence: str) -> None:
    assert not triples(extractor, sentence)


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Кения сообщила, что подписала Договор о дружбе.", "positive"),
        ("Кения отрицает, что подписала Договор о дружбе.", "negative"),
    ],
)
def test_a_russian_that_clause_keeps_the_dropped_subject(
    extractor: Extractor, sentence: str, polarity: str
) -> None:
    found = triples(extractor, sentence, polarity)
    assert ("KEN", "signed", "new:договор-о-дружбе") in found


def test_a_that_clause_with_its_own_subject_keeps_it(extractor: Extractor) -> None:
    found = triples(extractor, "Россия заявила, что Кения подписала Договор о дружбе.")
    assert {s for s, p, _ in found if p == "signed"} == {"KEN"}


def test_a_co_founder_is_a_member(extractor: Extractor) -> None:
    assert ("KEN", "memberOf", "EAC") in triples(extractor, "Kenya co-founded the EAC in 1967.")


def test_pulling_out_of_a_treaty_denounces_it(extractor: Extractor) -> None:
    found = triples(extractor, "Kenya pulled out of the Treaty of Friendship in 2010.")
    assert found == {("KEN", "denounced", "new:treaty-of-friendship")}


def test_signers_the_parser_hung_on_a_fronted_date_still_sign(extractor: Extractor) -> None:
    sentence = (
        "In February of this year, Ukrainian President Volodymyr Zelenskyy and Albanian Prime "
        "Minister Edi Rama signed a Treaty of Friendship and Cooperation."
    )
    found = {s for s, p, _ in triples(extractor, sentence) if p == "signed"}
    assert found == {"UKR", "ALB"}


def test_an_infinitive_s_object_before_it_does_not_sign(extractor: Extractor) -> None:
    sentence = "The ambassador called on Israel to sign the Treaty on the Non-Proliferation."
    assert not any(p == "signed" for _, p, _ in triples(extractor, sentence))


def test_a_capital_binds_the_pronoun_of_its_report(extractor: Extractor) -> None:
    found = triples(extractor, "Nairobi said it had left the EAC.")
    assert found == {("KEN", "left", "EAC")}


@pytest.mark.parametrize(
    ("sentence", "treaty"),
    [
        (
            "Kenya, Uganda and Rwanda have signed a trilateral Memorandum of Understanding for "
            "cooperation on the Northern Corridor project.",
            "new:memorandum-of-understanding-for-cooperation",
        ),
        (
            "Kenya and Uganda signed an Agreement for the avoidance of double taxation.",
            "new:agreement-for-the-avoidance-of-double-taxation",
        ),
    ],
)
def test_a_title_goes_on_with_for_and_past_its_modifiers(
    extractor: Extractor, sentence: str, treaty: str
) -> None:
    found = {o for _, p, o in triples(extractor, sentence) if p == "signed"}
    assert found == {treaty}


def test_a_duration_after_for_is_no_word_of_the_title(extractor: Extractor) -> None:
    found = triples(extractor, "Kenya and Uganda signed the Treaty of Friendship for ten years.")
    assert {o for _, p, o in found if p == "signed"} == {"new:treaty-of-friendship"}


def test_striking_an_agreement_concludes_it(extractor: Extractor) -> None:
    sentence = "Indonesia and Peru struck the Comprehensive Economic Partnership Agreement in 2024."
    found = {s for s, p, _ in triples(extractor, sentence) if p == "signed"}
    assert found == {"IDN", "PER"}
    assert not triples(extractor, "Israel struck Iran after the Treaty of Friendship was signed.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya, together with Uganda, joined the EAC in 2016.",
        "Кения вместе с Угандой вступила в ЕАС в 2016 году.",
    ],
)
def test_states_added_along_with_the_subject_act_too(extractor: Extractor, sentence: str) -> None:
    assert {s for s, p, _ in triples(extractor, sentence) if p == "joined"} == {"KEN", "UGA"}


def test_a_perfect_participle_opening_the_sentence_has_the_main_subject(
    extractor: Extractor,
) -> None:
    found = triples(extractor, "Having joined the EAC in 2016, Kenya hosted the summit.")
    assert found == {("KEN", "joined", "EAC")}


def test_a_russian_converb_has_the_main_subject(extractor: Extractor) -> None:
    found = triples(extractor, "Подписав Договор о дружбе, Кения и Уганда провели переговоры.")
    assert {s for s, p, _ in found if p == "signed"} == {"KEN", "UGA"}


def test_the_two_sides_are_the_states_in_focus(extractor: Extractor) -> None:
    text = "Kenya and Uganda held talks on Monday. The two sides signed the Treaty of Friendship."
    found = triples(extractor, text)
    assert {s for s, p, _ in found if p == "signed"} == {"KEN", "UGA"}
