"""Families read at the twenty-fourth session (sentences written for the families, not gold
texts), by the real extractor with the shipped models: "A joins B and C in O", founders who
"launched" a body or joined others to launch it, headlines that list their parties before the
act, news agencies that are no bodies, bodies coordinated with states behind representatives,
and collectives such as "the Gulf monarchies"."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from tests.extract._sentences import triples


@pytest.mark.parametrize(
    ("sentence", "joiner", "members", "body"),
    [
        (
            "Iceland joins Britain, Denmark, Estonia and Norway in NATO.",
            "ISL",
            {"GBR", "DNK", "EST", "NOR"},
            "NATO",
        ),
        # the parser hangs "in O" on the last state joined
        (
            "Sweden joined Finland and Norway in the Nordic Council on Monday.",
            "SWE",
            {"FIN", "NOR"},
            "NORDICC",
        ),
    ],
)
def test_the_states_one_joins_in_a_body_are_its_members(
    extractor: Extractor, sentence: str, joiner: str, members: set[str], body: str
) -> None:
    found = triples(extractor, sentence)
    assert (joiner, "joined", body) in found
    assert {s for s, p, o in found if p == "memberOf" and o == body} == members


def test_joining_a_body_itself_is_no_membership_of_others(extractor: Extractor) -> None:
    found = triples(extractor, "Iceland joined NATO in 1949.")
    assert found == {("ISL", "joined", "NATO")}


@pytest.mark.parametrize(
    "sentence",
    [
        "India, Brazil and Italy launched the Global Biofuels Alliance.",
        "The Global Biofuels Alliance was launched by India, Brazil and Italy.",
        "Modi joined leaders of India, Brazil and Italy to launch the Global Biofuels Alliance.",
    ],
)
def test_the_states_that_launch_a_body_are_its_founders(
    extractor: Extractor, sentence: str
) -> None:
    found = triples(extractor, sentence)
    members = {s for s, p, o in found if p == "memberOf" and o == "new:global-biofuels-alliance"}
    assert members == {"IND", "BRA", "ITA"}


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "Iran, India, Afghanistan sign Chabahar Transit Agreement",
            {
                ("IRN", "signed", "new:chabahar-transit-agreement"),
                ("IND", "signed", "new:chabahar-transit-agreement"),
                ("AFG", "signed", "new:chabahar-transit-agreement"),
            },
        ),
        (
            "Thailand, Cambodia ink ‘Kuala Lumpur Accord’, witnessed by Anwar",
            {
                ("THA", "signed", "new:kuala-lumpur-accord"),
                ("KHM", "signed", "new:kuala-lumpur-accord"),
            },
        ),
        (
            "India seals Treaty of Friendship with Japan",
            {
                ("IND", "signed", "new:treaty-of-friendship"),
                ("JPN", "signed", "new:treaty-of-friendship"),
            },
        ),
        ("India Joins the Wassenaar Arrangement", {("IND", "joined", "WASSENAAR")}),
    ],
)
def test_a_headline_listing_its_parties_before_the_act(
    extractor: Extractor, headline: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, headline) == expected


@pytest.mark.parametrize(
    "headline",
    [
        # a new version of NAFTA is not NAFTA
        "Mexico, Canada and USA sign new version of NAFTA agreement",
    ],
)
def test_a_headline_act_needs_its_object_right_after_the_verb(
    extractor: Extractor, headline: str
) -> None:
    assert not {t for t in triples(extractor, headline) if t[1] == "signed"}


def test_a_news_agency_is_no_body(extractor: Extractor) -> None:
    text = (
        "Saudi Arabia hosted a meeting, the Saudi Press Agency (SPA) reported. "
        "Egypt and Sudan are members of the new alliance."
    )
    result = extractor.extract(text)
    assert not [m for m in result.mentions if m.type == "body"]
    assert not [s for s in result.statements if s.predicate == "memberOf"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaders of the EU and Canada signed the Comprehensive Economic and Trade Agreement.",
        "Руководители ЕС и Канады подписали Всеобъемлющее экономическое и торговое соглашение.",
    ],
)
def test_a_body_coordinated_with_a_state_signs_through_its_leaders(
    extractor: Extractor, sentence: str
) -> None:
    assert {s for s, p, _ in triples(extractor, sentence) if p == "signed"} == {"EU", "CAN"}


def test_the_heads_of_a_body_alone_do_not_make_it_a_signer(extractor: Extractor) -> None:
    found = triples(extractor, "The leaders of the SCO signed the Treaty of Friendship.")
    assert ("SCO", "signed", "new:treaty-of-friendship") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Монархии Залива — Саудовская Аравия, ОАЭ, Кувейт, Бахрейн, Оман и Катар — входят в "
        "ССАГПЗ.",
        "The Gulf monarchies — Saudi Arabia, the UAE, Kuwait, Bahrain, Oman and Qatar — are "
        "members of the GCC.",
    ],
)
def test_monarchies_listed_by_name_are_members(extractor: Extractor, sentence: str) -> None:
    members = {s for s, p, o in triples(extractor, sentence) if p == "memberOf" and o == "GCC"}
    assert members == {"SAU", "ARE", "KWT", "BHR", "OMN", "QAT"}


@pytest.mark.parametrize(
    "headline",
    [
        "Kenya, Uganda to sign Treaty of Friendship next year",
        "Sudan, Gulf countries to sign Treaty of Friendship",
    ],
)
def test_a_headline_future_signs_nothing_yet(extractor: Extractor, headline: str) -> None:
    assert not triples(extractor, headline)


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("Malawi became the 14th state to ratify the Treaty of Friendship.", "ratified"),
        ("Malawi was the first country to sign the Treaty of Friendship.", "signed"),
    ],
)
def test_a_ranked_state_to_act_still_acted(
    extractor: Extractor, sentence: str, predicate: str
) -> None:
    assert triples(extractor, sentence) == {("MWI", predicate, "new:treaty-of-friendship")}


def test_the_signature_of_states_signs(extractor: Extractor) -> None:
    text = (
        "The Artemis Accords were born in 2020 with the signature of the United States, "
        "Australia and Canada."
    )
    signers = {s for s, p, o in triples(extractor, text) if p == "signed"}
    assert signers == {"USA", "AUS", "CAN"}


@pytest.mark.parametrize(
    ("sentence", "signers"),
    [
        (
            "Four of the six states (Ethiopia, Tanzania, Uganda and Rwanda) signed the "
            "Cooperative Framework Agreement.",
            {"ETH", "TZA", "UGA", "RWA"},
        ),
        # the brackets list the whole set, not the part: nobody named signed
        (
            "Two of the four states (Ethiopia, Tanzania, Uganda and Rwanda) signed the "
            "Cooperative Framework Agreement.",
            set(),
        ),
    ],
)
def test_a_counted_part_signs_as_its_bracketed_states(
    extractor: Extractor, sentence: str, signers: set[str]
) -> None:
    assert {s for s, p, _ in triples(extractor, sentence) if p == "signed"} == signers


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Азербайджан, Армения и Грузия входят в платформу «3+3».", "new:3-плюс-3"),
        ("Azerbaijan, Armenia and Georgia are members of the “3+3” platform.", "new:3-plus-3"),
        ("Азербайджан, Армения и Грузия входят в объединение «Южный пояс».", "new:южный-пояс"),
    ],
)
def test_a_grouping_named_in_quotes_beside_its_noun(
    extractor: Extractor, sentence: str, body: str
) -> None:
    members = {s for s, p, o in triples(extractor, sentence) if p == "memberOf" and o == body}
    assert members == {"AZE", "ARM", "GEO"}


def test_a_company_group_in_quotes_is_no_body(extractor: Extractor) -> None:
    result = extractor.extract("Россия и Китай подписали контракт с группой «Газпром».")
    assert not [m for m in result.mentions if m.type == "body"]


@pytest.mark.parametrize(
    "question",
    ["Malaysia, Indonesia, Thailand leave ASEAN?", "Турция выйдет из НАТО?"],
)
def test_a_statement_asked_with_the_voice_alone_asserts_nothing(
    extractor: Extractor, question: str
) -> None:
    assert not extractor.extract(question).statements


def test_a_question_with_a_question_word_keeps_its_fact(extractor: Extractor) -> None:
    assert ("GBR", "left", "EU") in triples(extractor, "Why did the United Kingdom leave the EU?")


def test_one_treaty_titled_with_two_alike_head_nouns(extractor: Extractor) -> None:
    text = (
        "Nigeria and Rwanda signed the Artemis Accords. The Artemis Agreements were born in "
        "2020 with the signature of the United States and Canada."
    )
    signed = {(s, o) for s, p, o in triples(extractor, text) if p == "signed"}
    assert signed == {(state, "new:artemis-accords") for state in ("NGA", "RWA", "USA", "CAN")}


def test_a_protocol_named_like_an_agreement_stays_its_own(extractor: Extractor) -> None:
    text = "Russia and Ukraine signed the Minsk Protocol. Later they signed the Minsk Agreement."
    treaties = {o for _, p, o in triples(extractor, text) if p == "signed"}
    assert treaties == {"new:minsk-protocol", "new:minsk-agreement"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "NATO welcomed two new members: Finland and Sweden.",
            {("FIN", "joined", "NATO"), ("SWE", "joined", "NATO")},
        ),
        (
            "The Andean Community gained two new associate members: Argentina and Brazil.",
            {("ARG", "joined", "ANDEAN"), ("BRA", "joined", "ANDEAN")},
        ),
    ],
)
def test_new_members_a_body_gained_joined_it(
    extractor: Extractor, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= triples(extractor, sentence)


def test_members_a_body_has_did_not_just_join(extractor: Extractor) -> None:
    found = triples(extractor, "NATO has two new members: Finland and Sweden.")
    assert not {t for t in found if t[1] == "joined"}


def test_who_attends_a_gathering_is_no_member_of_the_body_in_focus(extractor: Extractor) -> None:
    text = (
        "The EU leaders held a summit in Brussels. Participation in the summit was confirmed by "
        "17 ministers (Austria, Albania, Norway, Turkey and Montenegro)."
    )
    assert not [s for s in extractor.extract(text).statements if s.predicate == "memberOf"]
