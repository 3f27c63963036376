"""Families from the dev errors read at the start of the fifteenth session (sentences written
for the families, not gold texts), read by the real extractor with the shipped models."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from tests.extract._sentences import triples

TPNW = "new:treaty-on-the-prohibition-of-nuclear-weapons"


def _ids(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(m["text"], m["id"]) for m in extractor.extract(text).to_json()["mentions"]]


@pytest.mark.parametrize(
    "ranked",
    [
        "Malawi was the 14th African state to ratify the TPNW, after the Gambia and Namibia.",
        "Malawi became the 14th African state to ratify the TPNW, after the Gambia and Namibia.",
    ],
)
def test_an_ordinal_counts_the_parties_before_it(extractor: Extractor, ranked: str) -> None:
    text = f"Malawi ratified the Treaty on the Prohibition of Nuclear Weapons (TPNW). {ranked}"
    found = triples(extractor, text)
    assert {(s, "ratified", TPNW) for s in ("MWI", "GMB", "NAM")} <= found


def test_a_ranked_state_after_an_event_is_no_party(extractor: Extractor) -> None:
    text = "North Macedonia became the 14th country to join NATO after the end of the Cold War."
    assert {t for t in triples(extractor, text) if t[1] == "joined"} == {("MKD", "joined", "NATO")}


def test_ratifying_after_others_did_is_not_a_list_of_parties(extractor: Extractor) -> None:
    found = triples(extractor, "Kenya ratified the Paris Agreement after Uganda and Tanzania did.")
    assert ("UGA", "ratified", "new:paris-agreement") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Croatian Economy Minister Ivo Sanader arrived.",
            [("Croatian", "HRV"), ("Ivo Sanader", "new:ivo-sanader")],
        ),
        ("a state secretary at the Romanian economy ministry", [("Romanian", "ROU")]),
        (
            "The Japanese and Mongolian prime ministers met.",
            [("Japanese", "JPN"), ("Mongolian", "MNG")],
        ),
        (
            "Russian, Chinese and Iranian officials met.",
            [("Russian", "RUS"), ("Chinese", "CHN"), ("Iranian", "IRN")],
        ),
        (
            "Российский и китайский лидеры встретились.",
            [("Российский", "RUS"), ("китайский", "CHN")],
        ),
    ],
)
def test_a_demonym_before_a_portfolio_or_in_a_list_before_the_office(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _ids(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    ["Russian speakers and Chinese cooks met.", "He spoke Russian and Chinese at the ministry."],
)
def test_a_language_or_people_listed_is_still_no_state(extractor: Extractor, text: str) -> None:
    assert _ids(extractor, text) == []


def test_the_adjectives_of_signing_officials_are_the_signers(extractor: Extractor) -> None:
    text = "The Japanese and Mongolian prime ministers signed the Treaty of Ulan Bator."
    found = triples(extractor, text)
    assert {
        ("JPN", "signed", "new:treaty-of-ulan-bator"),
        ("MNG", "signed", "new:treaty-of-ulan-bator"),
    } <= found


@pytest.mark.parametrize(
    "text",
    [
        "Бенин и Того — давние и надежные партнеры России.",
        "Бенин и Того являются давними и надежными партнерами России.",
        "Benin and Togo are long-standing and reliable partners of Russia.",
    ],
)
def test_partners_of_a_state_by_their_standing(extractor: Extractor, text: str) -> None:
    found = triples(extractor, text)
    pairs = {frozenset((s, o)) for s, p, o in found if p == "partnershipWith" and o is not None}
    assert {frozenset(("BEN", "RUS")), frozenset(("RUS", "TGO"))} <= pairs
    assert ("BEN", "partnershipWith", "TGO") not in found


@pytest.mark.parametrize(
    "text",
    ["China is a key trading partner of Germany.", "Китай — важный торговый партнер Германии."],
)
def test_a_trade_partner_is_no_declared_partnership(extractor: Extractor, text: str) -> None:
    assert not {t for t in triples(extractor, text) if t[1] == "partnershipWith"}


@pytest.mark.parametrize(
    ("text", "togo"),
    [
        ("Россия и Того подписали соглашение.", True),
        ("Того же мнения придерживается Москва.", False),
    ],
)
def test_togo_is_linked_where_the_pronoun_cannot_be(
    extractor: Extractor, text: str, togo: bool
) -> None:
    assert (("Того", "TGO") in _ids(extractor, text)) is togo


@pytest.mark.parametrize(
    ("text", "holder", "body"),
    [
        ("Африканский Союз восстановил членство Мали в организации.", "MLI", "AU"),
        ("The African Union restored Mali's membership.", "MLI", "AU"),
        ("Syria's membership in the Arab League was restored in 2023.", "SYR", "LAS"),
        ("Лига арабских государств приняла решение возобновить членство Сирии.", "SYR", "LAS"),
    ],
)
def test_a_restored_membership_is_a_joining(
    extractor: Extractor, text: str, holder: str, body: str
) -> None:
    assert (holder, "joined", body) in triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Arab League restored ties with Syria.",
        "Россия может принять решение выйти из Совета Европы.",
        "Россия не приняла решение выйти из Совета Европы.",
        "Россия примет решение выйти из Совета Европы.",
    ],
)
def test_no_membership_restored_nor_decision_taken(extractor: Extractor, text: str) -> None:
    assert not {t for t in triples(extractor, text) if t[1] in {"joined", "left"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Salvadoran Foreign Minister Carlos Castaneda", ("Salvadoran", "SLV")),
        ("the Malagasy Republic (1961)", ("Malagasy Republic", "MDG")),
    ],
)
def test_demonyms_of_smaller_states(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _ids(extractor, text)


def test_half_of_a_hyphenated_name_is_no_state(extractor: Extractor) -> None:
    text = "The union was renamed the Afro-Malagasy Union for Economic Cooperation."
    assert ("Malagasy", "MDG") not in _ids(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Израиль, Объединенные Арабские Эмираты и Бахрейн подписали соглашения.",
        "Посол Объединённых Арабских Эмиратов прибыл в Москву.",
    ],
)
def test_the_uaes_full_russian_name(extractor: Extractor, text: str) -> None:
    assert "ARE" in {id_ for _, id_ in _ids(extractor, text)}


def test_a_writers_reminder_is_no_modality(extractor: Extractor) -> None:
    found = triples(extractor, "It should be noted that Chile joined the Pacific Alliance in 2012.")
    assert ("CHL", "joined", "PACALLIANCE") in found
    assert not triples(extractor, "Chile should join the Pacific Alliance.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mozambique signed the Commonwealth charter.",
            ("MOZ", "signed", "new:commonwealth-charter"),
        ),
        ("Россия и Китай подписали устав ШОС в 2002 году.", ("RUS", "signed", "new:устав-шос")),
    ],
)
def test_a_bodys_charter_is_named_by_its_body(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(extractor, text)


def test_the_owner_of_partners_is_no_side_when_it_is_the_speakers_state(
    extractor: Extractor,
) -> None:
    found = triples(extractor, "Putin called China a strategic partner of Russia.")
    assert {frozenset((s, o)) for s, p, o in found if p == "partnershipWith" and o} == {
        frozenset(("CHN", "RUS"))
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Serbia became an observer of the Pacific Alliance. The list of observers includes"
            " Australia and Austria.",
            {("AUS", "observerOf", "PACALLIANCE"), ("AUT", "observerOf", "PACALLIANCE")},
        ),
        (
            "The SCO's dialogue partners include Turkey and Egypt.",
            {("TUR", "partnerOf", "SCO"), ("EGY", "partnerOf", "SCO")},
        ),
        (
            "Список наблюдателей ШОС включает Монголию и Афганистан.",
            {("MNG", "observerOf", "SCO"), ("AFG", "observerOf", "SCO")},
        ),
    ],
)
def test_observers_and_partners_an_inclusion_lists(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= triples(extractor, text)


def test_candidates_an_inclusion_lists_are_nothing(extractor: Extractor) -> None:
    assert not triples(extractor, "Candidates for the EU include Albania and Serbia.")
