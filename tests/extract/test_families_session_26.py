"""Families read at the twenty-sixth session (sentences written for the families, not gold
texts), by the real extractor with the shipped models: acronyms a document names only where a
body fits, the abbreviation of an instrument's title, the Soviet adjective and the Comoros'
usual Russian name, countries listed after the leaders who act for them, and Russian clauses
that open with their verb."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from blocgraph.extract.relations._aliases import document_names
from blocgraph.extract.relations._aliases_held import held_acronyms
from blocgraph.extract.relations._instrument_ids import names_instrument
from tests.extract._sentences import mention_ids, triples


def _nothing_known(word: str) -> str | None:
    return None


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Slovenia joined MED7 at the Athens summit.", "MED7"),
        ("India became a member of ReCAAP in 2006.", "ReCAAP"),
        ("The MIKTA Foreign Ministers met in New York.", "MIKTA"),
        ("Korea's year-long MIKTA chairmanship ended.", "MIKTA"),
        ("Saudi Arabia was granted observer status in I2U2.", "I2U2"),
    ],
)
def test_an_acronym_where_only_a_body_fits_is_a_body(text: str, acronym: str) -> None:
    assert held_acronyms(text, _nothing_known) == {acronym: "new:" + acronym.lower()}


@pytest.mark.parametrize(
    "text",
    [
        "North Korea withdrew from the NPT in 2003.",  # a treaty as much as a body
        "Chile acceded to the CPTPP.",
        "The GDP of the members of OECD grew.",  # not an acronym of a body
        "MEMBERS OF THE COUNCIL MET IN PARIS",  # a heading in capitals
        "Guatemala is a member of PARLACEN, the Central American Parliament (Parlamento).",
    ],
)
def test_no_acronym_is_held_where_a_treaty_or_a_word_fits(text: str) -> None:
    found = held_acronyms(text, _nothing_known)
    assert not {k: v for k, v in found.items() if k in {"NPT", "CPTPP", "GDP", "PARLACEN"}}


def test_an_acronym_the_catalogue_knows_in_capitals_is_its_body(extractor: Extractor) -> None:
    text = "Saudi Arabia has not yet officially joined the BRICs bloc."
    assert mention_ids(extractor, text, "body") == {"BRICs": "BRICS"}


def test_a_held_acronym_is_one_body_across_the_document(extractor: Extractor) -> None:
    text = (
        "MED7 leaders meet in Slovenia\n\n"
        "Slovenia joined MED7 last year. The current members of MED7 are Spain, Cyprus, "
        "Greece, France, Italy, Malta and Portugal."
    )
    found = triples(extractor, text)
    assert ("SVN", "joined", "new:med7") in found
    assert {s for s, p, o in found if p == "memberOf" and o == "new:med7"} >= {
        "ESP",
        "CYP",
        "GRC",
        "MLT",
    }


@pytest.mark.parametrize(
    ("identifier", "instrument"),
    [
        ("new:treaty-on-the-non-proliferation-of-nuclear-weapons", True),
        ("new:open-skies-treaty", True),
        ("new:договор-о-рсмд", True),
        ("new:north-atlantic-treaty-organization", False),
        ("new:asian-productivity-organization", False),
    ],
)
def test_an_id_names_an_instrument_by_its_first_or_last_word(
    identifier: str, instrument: bool
) -> None:
    assert names_instrument(identifier) is instrument


def test_an_instruments_abbreviation_takes_its_whole_title() -> None:
    text = "Israel should sign the Treaty on the Non-Proliferation of Nuclear Weapons (NPT)."
    found = document_names(text, {})
    assert found["NPT"] == "new:treaty-on-the-non-proliferation-of-nuclear-weapons"


def test_an_abbreviation_with_its_variant_in_the_brackets_is_defined() -> None:
    text = (
        "The Comprehensive and Progressive Agreement for Trans-Pacific Partnership "
        "(CPTPP or TPP-11) was deposited in New Zealand."
    )
    found = document_names(text, {})
    assert found["CPTPP"] == (
        "new:comprehensive-and-progressive-agreement-for-trans-pacific-partnership"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Советское правительство присоединилось к пакту Бриана - Келлога.",
            ("SUN", "ratified", "new:пакт-бриана-келлога"),
        ),
        (
            "Членами КОМЕСА являются Бурунди, Джибути, Египет и Коморские острова.",
            ("COM", "memberOf", "COMESA"),
        ),
        (
            "Коморские Острова вступили в КОМЕСА в 1994 году.",
            ("COM", "joined", "COMESA"),
        ),
    ],
)
def test_russian_names_of_the_soviet_union_and_the_comoros(
    extractor: Extractor, sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(extractor, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Лидеры стран БРИКС (Бразилия, Россия, Индия, Китай и ЮАР) приняли Уфимскую декларацию.",
        "The leaders of the BRICS countries (Brazil, Russia, India, China and South Africa) "
        "adopted the Ufa Declaration.",
    ],
)
def test_the_countries_listed_after_their_leaders_sign(extractor: Extractor, sentence: str) -> None:
    found = triples(extractor, sentence)
    signers = {s for s, p, o in found if p == "signed"}
    assert signers == {"BRA", "RUS", "IND", "CHN", "ZAF"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Вышли из КОМЕСА Лесото (1997 г.), Мозамбик (1997 г.) и Намибия (2004 г.).",
        "Вышли из КОМЕСА Лесото и Мозамбик.",
    ],
)
def test_a_russian_clause_that_opens_with_its_verb_has_its_subject_after(
    extractor: Extractor, sentence: str
) -> None:
    found = triples(extractor, sentence)
    assert {("LSO", "left", "COMESA"), ("MOZ", "left", "COMESA")} <= found


def test_a_description_after_the_oblique_is_no_subject(extractor: Extractor) -> None:
    found = triples(extractor, "Вышли из ЕАЭС, организации пяти государств, две компании.")
    assert not {t for t in found if t[1] == "left"}


@pytest.mark.parametrize(
    "sentence",
    [
        "In 1999, Finland became one of the founding members of the European Monetary Union.",
        "Finland became a founding member of the European Monetary Union in 1999.",
        "Finland and Austria became the founding members of the European Monetary Union.",
        "Финляндия стала членом-основателем Европейского валютного союза.",
    ],
)
def test_becoming_a_founding_member_is_membership_not_joining(
    extractor: Extractor, sentence: str
) -> None:
    found = triples(extractor, sentence)
    assert {p for s, p, o in found if s == "FIN"} == {"memberOf"}


def test_becoming_a_member_is_still_joining(extractor: Extractor) -> None:
    found = triples(extractor, "Финляндия стала членом Европейского валютного союза в 1995 году.")
    assert {p for s, p, o in found if s == "FIN"} == {"joined"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Казахстан является одним из основателей ШОС.", ("KAZ", "memberOf", "SCO")),
        ("Казахстан был в числе основателей ШОС.", ("KAZ", "memberOf", "SCO")),
        ("Kazakhstan became one of the founders of the SCO.", ("KAZ", "memberOf", "SCO")),
        ("Казахстан стал одним из членов ШОС.", ("KAZ", "joined", "SCO")),
    ],
)
def test_one_of_the_founders_is_a_member(
    extractor: Extractor, sentence: str, expected: tuple[str, str, str]
) -> None:
    found = triples(extractor, sentence)
    assert expected in found
    assert {p for s, p, o in found if s == "KAZ"} == {expected[1]}


def test_the_founders_of_an_instrument_are_no_members_of_it(extractor: Extractor) -> None:
    text = (
        "Chile, New Zealand and Singapore, the founders of the Digital Economy Partnership "
        "Agreement (DEPA), welcomed Korea as its first new member."
    )
    found = triples(extractor, text)
    assert not {t for t in found if t[1] == "memberOf" and t[0] in {"CHL", "NZL", "SGP"}}


def test_members_given_as_examples_after_a_possessive_are_members(extractor: Extractor) -> None:
    text = (
        "The OECD was founded in 1961. Its member countries, including the United States and "
        "France, move 60 percent of world trade."
    )
    assert {("USA", "memberOf", "OECD"), ("FRA", "memberOf", "OECD")} <= triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The treaty was signed by Council of Europe member states, as well as non-member states "
        "like Israel and the United States.",
        "CELAC informed its extra-regional partners, including China and India.",
    ],
)
def test_examples_of_non_members_or_partners_are_no_members(
    extractor: Extractor, text: str
) -> None:
    found = triples(extractor, text)
    assert not {t for t in found if t[0] in {"ISR", "USA", "CHN", "IND"}}


def test_a_quoted_name_keeps_the_parties_its_dash_joins(extractor: Extractor) -> None:
    text = (
        "Россия заключила соглашение с правительством Китая, получившее название "
        "«Российско-китайский договор о дружбе»."
    )
    assert ("RUS", "signed", "new:российско-китайский-договор-о-дружбе") in triples(extractor, text)


def test_unquoted_paired_adjectives_stay_out_of_the_name(extractor: Extractor) -> None:
    found = triples(extractor, "Россия и Китай подписали российско-китайский договор о дружбе.")
    assert ("CHN", "signed", "new:договор-о-дружбе") in found


def test_the_soviet_adjective_links_but_not_as_a_compounds_first_part(
    extractor: Extractor,
) -> None:
    text = "Подписана советско-индийская декларация. Советское правительство согласилось."
    states = mention_ids(extractor, text, "state")
    assert states == {"Советское": "SUN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Members of the Pacific Islands Forum:\nVanuatu\nFiji\nSamoa\n",
            {("VUT", "memberOf", "PIF"), ("FJI", "memberOf", "PIF"), ("WSM", "memberOf", "PIF")},
        ),
        (
            "The SCO\n\nMembers:\n China\n Russia\n Kazakhstan\n",
            {("CHN", "memberOf", "SCO"), ("RUS", "memberOf", "SCO"), ("KAZ", "memberOf", "SCO")},
        ),
        (
            "Шанхайская организация сотрудничества\n\nЧлены:\n Китай\n Россия\n\n"
            "Наблюдатели:\n Монголия\n",
            {("CHN", "memberOf", "SCO"), ("RUS", "memberOf", "SCO"), ("MNG", "observerOf", "SCO")},
        ),
    ],
)
def test_a_list_one_name_a_line_under_a_heading(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, text) == expected


def test_a_bulleted_heading_starts_a_list_of_its_own(extractor: Extractor) -> None:
    text = "The SCO\n\n• Members:\n  • China\n  • Russia\n• Observer states:\n  • Mongolia\n"
    found = triples(extractor, text)
    assert ("MNG", "observerOf", "SCO") in found
    assert ("MNG", "memberOf", "SCO") not in found


def test_prose_after_a_heading_is_no_list_entry(extractor: Extractor) -> None:
    text = "Members of the SCO:\n\nRussia said on Monday that it would host the next summit.\n"
    assert not {t for t in triples(extractor, text) if t[0] == "RUS"}


@pytest.mark.parametrize(
    ("sentence", "treaty"),
    [
        (
            "Власти Чада разрывают договор об оборонном строительстве с Францией, заключенный "
            "5 сентября 2019 года.",
            "new:договор-об-оборонном-строительстве",
        ),
        (
            "Чад разорвал договор об обороне, подписанный с Францией в 2019 году.",
            "new:договор-об-обороне",
        ),
    ],
)
def test_the_other_side_of_an_instrument_a_participle_says_was_signed(
    extractor: Extractor, sentence: str, treaty: str
) -> None:
    found = triples(extractor, sentence)
    assert ("FRA", "signed", treaty) in found
    assert ("TCD", "denounced", treaty) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "БРИКС была основана в 2006 году. В 2011 году к первоначальному составу "
            "присоединилась ЮАР.",
            ("ZAF", "joined", "BRICS"),
        ),
        (
            "NATO was founded in 1949. Greece and Turkey joined the ranks in 1952.",
            ("GRC", "joined", "NATO"),
        ),
    ],
)
def test_joining_a_bodys_makeup_joins_the_body_in_focus(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(extractor, text)


def test_dialogue_partners_given_as_examples_are_partners(extractor: Extractor) -> None:
    found = triples(extractor, "The IORA has 10 dialogue partners, including China and Japan.")
    assert {("CHN", "partnerOf", "IORA"), ("JPN", "partnerOf", "IORA")} <= found
    assert not {t for t in found if t[1] == "memberOf"}


def test_member_states_of_two_bodies_in_one_list_stay_apart(extractor: Extractor) -> None:
    text = (
        "ASEM was founded by the then 15 Member States of the European Union (EU) and the "
        "European Commission, the then 7 Member States of the Association of Southeast Asian "
        "Nations (ASEAN), and China, Japan and Korea."
    )
    assert ("EU", "memberOf", "ASEAN") not in triples(extractor, text)


def test_a_title_in_title_case_runs_on_past_on_the(extractor: Extractor) -> None:
    text = (
        "Saudi Arabia withdrew from the Agreement Governing the Activities of States on the "
        "Moon and Other Celestial Bodies."
    )
    treaty = (
        "new:agreement-governing-the-activities-of-states-on-the-moon-and-other-celestial-bodies"
    )
    assert ("SAU", "denounced", treaty) in triples(extractor, text)


def test_a_title_stops_before_on_and_a_weekday(extractor: Extractor) -> None:
    ids = mention_ids(extractor, "Nauru signed the Pacific Security Treaty on Monday.", "treaty")
    assert ids == {"Pacific Security Treaty": "new:pacific-security-treaty"}


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("China has formally joined the UN's Arms Trade Treaty.", ("CHN", "joined", "UN")),
        ("Egypt joined the BRICS’ New Development Bank.", ("EGY", "joined", "BRICS")),
    ],
)
def test_joining_what_a_body_owns_is_not_joining_the_body(
    extractor: Extractor, sentence: str, wrong: tuple[str, str, str]
) -> None:
    assert wrong not in triples(extractor, sentence)


@pytest.mark.parametrize(
    ("text", "surface", "state"),
    [
        ("Тимор-Лешти стал членом АСЕАН.", "Тимор-Лешти", "TLS"),
        ("Кот-д'Ивуар вступил в ЭКОВАС.", "Кот-д'Ивуар", "CIV"),
        ("Кот-д’Ивуар вступил в ЭКОВАС.", "Кот-д’Ивуар", "CIV"),
        ("ДРК вступила в САДК.", "ДРК", "COD"),
        ("Посол Союза Коморских Островов прибыл.", "Союза Коморских Островов", "COM"),
        ("Accession of the ROK to the DEPA was welcomed.", "ROK", "KOR"),
        ("KSA hosted the summit.", "KSA", "SAU"),
        ("eSwatini ratified the agreement.", "eSwatini", "SWZ"),
    ],
)
def test_names_of_states_the_gazetteer_lacked(
    extractor: Extractor, text: str, surface: str, state: str
) -> None:
    assert mention_ids(extractor, text, "state") == {surface: state}
