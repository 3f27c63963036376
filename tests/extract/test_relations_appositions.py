"""The tree reader on descriptions in apposition, subjects the parser gave to a reduced relative,
trailing reports by a described body, and Russian names the catalogue only starts: the real
extractor with the shipped models, on sentences of each family (not gold texts)."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from tests.extract._sentences import Triple, triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "a body which includes": the name before the apposition, past its abbreviation
            "Vietnam will host a summit of the Asia-Pacific Economic Cooperation (APEC), a body"
            " which includes the United States, China, Russia and Japan.",
            {
                ("USA", "memberOf", "APEC"),
                ("CHN", "memberOf", "APEC"),
                ("RUS", "memberOf", "APEC"),
                ("JPN", "memberOf", "APEC"),
            },
        ),
        (
            "Kyrgyzstan joined the EAEU, a grouping that includes Russia and the former Soviet"
            " states of Belarus, Kazakhstan and Armenia.",
            {
                ("KGZ", "joined", "EAEU"),
                ("RUS", "memberOf", "EAEU"),
                ("BLR", "memberOf", "EAEU"),
                ("KAZ", "memberOf", "EAEU"),
                ("ARM", "memberOf", "EAEU"),
            },
        ),
        (  # the subject the parser hung on a reduced relative ("set up by")
            "The New Development Bank (NDB) set up by the BRICS group of nations has admitted"
            " the United Arab Emirates, Uruguay and Bangladesh as new members.",
            {
                ("ARE", "joined", "NDB"),
                ("URY", "joined", "NDB"),
                ("BGD", "joined", "NDB"),
            },
        ),
        (  # founders in a parenthesised list after a collective noun, which lists the
            # collective's members too ("странами БРИКС (A, B)": members of BRICS)
            "Новый банк развития (НБР), учрежденный странами БРИКС (Бразилия, Россия, Индия,"
            " Китай и ЮАР) в 2015 году, начал расширение.",
            {
                ("BRA", "memberOf", "NDB"),
                ("RUS", "memberOf", "NDB"),
                ("IND", "memberOf", "NDB"),
                ("CHN", "memberOf", "NDB"),
                ("ZAF", "memberOf", "NDB"),
                ("BRA", "memberOf", "BRICS"),
                ("RUS", "memberOf", "BRICS"),
                ("IND", "memberOf", "BRICS"),
                ("CHN", "memberOf", "BRICS"),
                ("ZAF", "memberOf", "BRICS"),
            },
        ),
        (  # a catalogue name that is only the start of a longer one
            "Латвия стала 35-м членом Организации экономического сотрудничества и развития.",
            {("LVA", "joined", "OECD")},
        ),
        (
            "Азербайджан вступил в Организацию экономического сотрудничества в 1992 году.",
            {("AZE", "joined", "ECO")},
        ),
    ],
)
def test_appositions_and_names(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    assert triples(extractor, text) == expected


def test_a_described_body_reporting_after_the_clause_is_the_speaker(
    extractor: Extractor,
) -> None:
    text = (
        "The New Development Bank (NDB) has admitted Uruguay as a new member, the bank"
        " announced on Thursday."
    )
    speakers = {s.asserted_by for s in extractor.extract(text).statements}
    assert speakers == {"NDB"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a body's decision on an accession asserts it
            "The World Trade Organisation (WTO) formally approved Vietnam's accession on Tuesday.",
            {("VNM", "joined", "WTO")},
        ),
        (  # through the organ that decides, named with its body
            "Генеральный совет Всемирной торговой организации одобрил принятие Таджикистана.",
            {("TJK", "joined", "WTO")},
        ),
        ("The EU did not approve Turkey's accession.", set()),  # refused
    ],
)
def test_an_approved_accession(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    assert triples(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a past passive with "была" is no future; a bare instrumental is the agent
            "ОЭС была создана в 1985 году Турцией, Ираном и Пакистаном.",
            {("TUR", "memberOf", "ECO"), ("IRN", "memberOf", "ECO"), ("PAK", "memberOf", "ECO")},
        ),
        (  # founded "between" its founders
            "ОЭС была создана в 1985 году между Турцией, Ираном и Пакистаном.",
            {("TUR", "memberOf", "ECO"), ("IRN", "memberOf", "ECO"), ("PAK", "memberOf", "ECO")},
        ),
        ("Сербия будет принята в ЕАЭС.", set()),  # "будет": still a future
        (  # the writer's aside in the first person plural is no future
            "Напомним, что в группу БРИКС входят Бразилия, Россия и Индия.",
            {
                ("BRA", "memberOf", "BRICS"),
                ("RUS", "memberOf", "BRICS"),
                ("IND", "memberOf", "BRICS"),
            },
        ),
        (
            "В конце июня 2005 г. Россия примкнула к Организации исламского сотрудничества в"
            " качестве страны-наблюдателя.",
            {("RUS", "joined", "OIC")},
        ),
    ],
)
def test_russian_passives_asides_and_joining(
    extractor: Extractor, text: str, expected: set[Triple]
) -> None:
    assert triples(extractor, text) == expected


def test_a_negated_future_stays_a_denial(extractor: Extractor) -> None:
    text = "Молдова не будет вступать ни в НАТО, ни в ОДКБ."
    assert triples(extractor, text, "negative") == {
        ("MDA", "joined", "NATO"),
        ("MDA", "joined", "CSTO"),
    }


def test_a_described_collective_is_not_the_list_in_focus(extractor: Extractor) -> None:
    text = (
        "Узбекистан приостановил членство в ОДКБ. Военно-политический союз ОДКБ был создан"
        " бывшими советскими республиками в начале 1990-х годов."
    )
    assert ("UZB", "memberOf", "CSTO") not in triples(extractor, text)


def test_a_body_listing_states_as_partners(extractor: Extractor) -> None:
    text = "NATO lists Japan and Mongolia as global partners."
    assert triples(extractor, text) == {("JPN", "partnerOf", "NATO"), ("MNG", "partnerOf", "NATO")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # companions "alongside" the holder, parsed as a verb with its objects
            "France has been a member of the Indian Ocean Commission (IOC), alongside the"
            " Comoros, Madagascar and Seychelles.",
            {
                ("FRA", "memberOf", "COI"),
                ("COM", "memberOf", "COI"),
                ("MDG", "memberOf", "COI"),
                ("SYC", "memberOf", "COI"),
            },
        ),
        (  # a handbook's label over items that note the territory they include
            "Nordic Council\nMembership (3): Denmark (including Faroe Islands and Greenland),"
            " Finland (including Åland Islands), Iceland.",
            {
                ("DNK", "memberOf", "NORDICC"),
                ("FIN", "memberOf", "NORDICC"),
                ("ISL", "memberOf", "NORDICC"),
            },
        ),
    ],
)
def test_companions_and_labelled_items(
    extractor: Extractor, text: str, expected: set[Triple]
) -> None:
    assert triples(extractor, text) == expected
