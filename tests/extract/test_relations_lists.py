"""The tree reader on lists, open-world Russian names, announced events and bare infinitives:
the real extractor with the shipped models, on sentences of each family (not gold texts)."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from tests.extract._sentences import Triple, triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a role word modifying a collective head noun, with companions
            "Laos became the ninth ASEAN member state, joining Cambodia and Myanmar.",
            {
                ("LAO", "joined", "ASEAN"),
                ("KHM", "memberOf", "ASEAN"),
                ("MMR", "memberOf", "ASEAN"),
            },
        ),
        (  # an item outside the catalogue does not end the list
            "Members of the Pacific Islands Forum include Fiji, Niue, Samoa and Tonga.",
            {("FJI", "memberOf", "PIF"), ("WSM", "memberOf", "PIF"), ("TON", "memberOf", "PIF")},
        ),
        (  # a participle describing the body, not under the main clause's plans
            "Armenia may leave the CSTO alliance currently comprising Russia, Belarus and"
            " Kazakhstan.",
            {("RUS", "memberOf", "CSTO"), ("BLR", "memberOf", "CSTO"), ("KAZ", "memberOf", "CSTO")},
        ),
        ("Armenia remains in the CSTO.", {("ARM", "memberOf", "CSTO")}),
        ("Britain remained in the European Union until 2020.", {("GBR", "left", "EU")}),
        ("Peru suspended its membership of Unasur.", {("PER", "suspendedIn", "UNASUR")}),
    ],
)
def test_english(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    assert expected <= triples(extractor, text)


def test_a_plan_of_the_main_clause_gives_the_leaver_nothing(extractor: Extractor) -> None:
    found = triples(extractor, "Armenia may leave the CSTO alliance currently comprising Russia.")
    assert ("ARM", "left", "CSTO") not in found


def test_reference_entry_membership_count_label_under_its_title(extractor: Extractor) -> None:
    text = (
        "# title: Shanghai Cooperation Organisation\n\n"
        "Headquarters: Beijing.\nMembership (4): China, India, Iran, Russia.\n"
    )
    assert {("CHN", "memberOf", "SCO"), ("IRN", "memberOf", "SCO")} <= triples(extractor, text)


def test_russian_open_world_name_and_its_abbreviation_are_one_body(extractor: Extractor) -> None:
    text = (
        "Союз арабского Магриба (САМ) был создан в 1989 году. "
        "В его состав входят Алжир, Ливия и Тунис. Марокко остается в САМ."
    )
    result = extractor.extract(text)
    ids = {m.id for m in result.mentions if m.type == "body"}
    assert ids == {"new:союз-арабского-магриба"}
    found = {s.triple for s in result.statements}
    body = "new:союз-арабского-магриба"
    assert {("DZA", "memberOf", body), ("TUN", "memberOf", body)} <= found
    assert ("MAR", "memberOf", body) in found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (  # an announced exit is the announcers'
            "Ранее о выходе из ОДКБ объявили Грузия и Азербайджан.",
            {("GEO", "left", "CSTO"), ("AZE", "left", "CSTO")},
            set(),
        ),
        (  # "а" joins clauses, not list items
            "Грузия вышла из СНГ, а Молдавия приостановила участие в объединении.",
            {("GEO", "left", "CIS"), ("MDA", "suspendedIn", "CIS")},
            {("GEO", "suspendedIn", "CIS")},
        ),
        (  # a bare infinitive is a wish or readiness, not an event
            "Армения готова выйти из ОДКБ.",
            set(),
            {("ARM", "left", "CSTO")},
        ),
        ("ОДКБ решила принять Узбекистан.", {("UZB", "joined", "CSTO")}, set()),
    ],
)
def test_russian(
    extractor: Extractor, text: str, expected: set[Triple], absent: set[Triple]
) -> None:
    found = triples(extractor, text)
    assert expected <= found
    assert not absent & found


def test_russian_unknown_acronym_is_an_open_world_body(extractor: Extractor) -> None:
    text = (
        "Узбекистан приостановил членство в ОЦАС, куда входят также Белоруссия и "
        "Казахстан, сообщил МИД."
    )  # first read with ЕврАзЭС, in the catalogue (EURASEC) since 2026-12-06
    result = extractor.extract(text)
    assert {m.id for m in result.mentions if m.type == "body"} == {"new:оцас"}
    found = {s.triple for s in result.statements}
    assert {("UZB", "suspendedIn", "new:оцас"), ("BLR", "memberOf", "new:оцас")} <= found


def test_a_scheduled_accession_is_not_one(extractor: Extractor) -> None:
    text = "Cyprus, along with Malta and Estonia, is to join the EU in May 2004."
    assert not {t for t in triples(extractor, text) if t[1] == "joined"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a gapped segment's own list runs over commas
            "Bulgaria and Estonia joined NATO in 2004; the Czech Republic, Hungary and Poland in"
            " 1999; Spain in 1982.",
            {
                ("BGR", "joined", "NATO"),
                ("EST", "joined", "NATO"),
                ("CZE", "joined", "NATO"),
                ("HUN", "joined", "NATO"),
                ("POL", "joined", "NATO"),
                ("ESP", "joined", "NATO"),
            },
        ),
        (  # a status named by a hyphenated compound
            "Статус страны-партнера БРИКС получили Беларусь и Боливия.",
            {("BLR", "joined", "BRICS"), ("BOL", "joined", "BRICS")},
        ),
        (  # a Russian list heading over bulleted items, its body named only in the heading
            "В первую группу членов Совета мира вошли:\n\n  • Бахрейн,\n  • Марокко,\n"
            "  • Узбекистан.",
            {
                ("BHR", "memberOf", "new:совет-мира"),
                ("MAR", "memberOf", "new:совет-мира"),
                ("UZB", "memberOf", "new:совет-мира"),
            },
        ),
        (  # the last bulleted item closes with a full stop
            "The following countries are members of the Shanghai Cooperation Organisation:\n"
            "  • Armenia,\n  • Belgium.",
            {("ARM", "memberOf", "SCO"), ("BEL", "memberOf", "SCO")},
        ),
        (  # a capitalised role title is not a body
            'Qatar was granted the status of a "Dialogue Partner" in the Shanghai Cooperation'
            " Organization.",
            {("QAT", "joined", "SCO")},
        ),
    ],
)
def test_lists_and_statuses(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    assert triples(extractor, text) == expected


def test_a_heading_of_former_members_gives_left(extractor: Extractor) -> None:
    text = "Бывшие члены ШОС:\n  • Армения,\n  • Азербайджан."
    assert triples(extractor, text) == {("ARM", "left", "SCO"), ("AZE", "left", "SCO")}


def test_a_counted_collective_is_not_a_shorter_list_in_focus(extractor: Extractor) -> None:
    text = (
        "Лукашенко подписал письмо президенту РФ о готовности Белоруссии стать партнером БРИКС."
        " По итогам саммита БРИКС в Казани статус страны-партнера получили 13 стран."
    )
    assert ("RUS", "joined", "BRICS") not in triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a standing granted or received as membership itself
            "Brunei was given full membership of ASEAN in 1984.",
            {("BRN", "joined", "ASEAN")},
        ),
        (
            "Бруней получил полноправное членство в АСЕАН в 1984 году.",
            {("BRN", "joined", "ASEAN")},
        ),
        (  # a hyphenated word inside an open-world name
            "The Central Asian Co-operation Organization, comprising Kazakhstan, Kyrgyzstan and"
            " Tajikistan, met on Monday.",
            {
                ("KAZ", "memberOf", "new:central-asian-co-operation-organization"),
                ("KGZ", "memberOf", "new:central-asian-co-operation-organization"),
                ("TJK", "memberOf", "new:central-asian-co-operation-organization"),
            },
        ),
        (  # a hyphenated participle is not part of the name
            "Armenia has joined the Moscow-led Eurasian Customs Union.",
            {("ARM", "joined", "new:eurasian-customs-union")},
        ),
    ],
)
def test_standings_and_hyphenated_names(
    extractor: Extractor, text: str, expected: set[Triple]
) -> None:
    assert triples(extractor, text) == expected


def test_an_office_and_its_holder_are_not_a_body(extractor: Extractor) -> None:
    text = "Commonwealth Secretary-General Don McKinnon welcomed Ghana."
    ids = {m.id for m in extractor.extract(text).mentions}
    assert not any(i.startswith("new:commonwealth") for i in ids)


def test_a_bracket_after_a_role_noun_may_hold_a_union_that_is_a_party(
    extractor: Extractor,
) -> None:
    text = (
        "Россия вышла из Арктического совета. По вине западных участников совета (Дания,"
        " Норвегия, Швеция, ЕС) его работа парализована."
    )
    found = {s.triple for s in extractor.extract(text).statements}
    assert {(member, "memberOf", "ARCTIC") for member in ("NOR", "EU")} <= found
