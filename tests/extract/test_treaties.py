"""Treaties and declared partnerships read from text (issue 13, contract of 2026-12-05): the real
extractor with the shipped models on sentences of each family (not gold texts); linking to the
curated treaties; the scorer's handling of the new predicates; ``check`` against the curated
relations layer of the real build."""

from __future__ import annotations

from datetime import date
from typing import Any, cast

import pytest
from rdflib import Dataset, URIRef

from blocgraph.analysis import MembershipData, load_membership_data
from blocgraph.extract import Extractor, extractions_dataset
from blocgraph.extract._check import check_statement
from blocgraph.extract._model import AUTHOR, Predicate, Statement
from blocgraph.extract._score import GoldDocument, GoldStatement, score
from blocgraph.lookup import MembershipIndex, RelationsSnapshot, read_relations
from blocgraph.store import Store
from tests.extract._sentences import triples

# --- signing, ratifying, denouncing -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia and North Korea signed the Treaty on Comprehensive Strategic Partnership in"
            " Pyongyang on 19 June 2024.",
            {("RUS", "signed", "RUS-PRK-2024"), ("PRK", "signed", "RUS-PRK-2024")},
        ),
        (  # persons sign for their states, the catalogue's or the text's
            "Russian President Vladimir Putin and Iranian President Masoud Pezeshkian signed the"
            " Treaty on Comprehensive Strategic Partnership in Moscow in January 2025.",
            {("RUS", "signed", "RUS-IRN-2025"), ("IRN", "signed", "RUS-IRN-2025")},
        ),
        (  # a description linked by its parties
            "Saudi Arabia and Pakistan signed a Strategic Mutual Defence Agreement in Riyadh.",
            {("SAU", "signed", "SAU-PAK-2025"), ("PAK", "signed", "SAU-PAK-2025")},
        ),
        (  # "the treaty" is the one named before; a legislature ratifies for its state
            "Kazakhstan and Uzbekistan signed a Treaty on Allied Relations in December 2022."
            " The Kazakh Senate ratified the treaty the following year.",
            {
                ("KAZ", "signed", "KAZ-UZB-2022"),
                ("UZB", "signed", "KAZ-UZB-2022"),
                ("KAZ", "ratified", "KAZ-UZB-2022"),
            },
        ),
        (
            "Russia withdrew from the Treaty on Open Skies in 2021.",
            {("RUS", "denounced", "new:treaty-on-open-skies")},
        ),
    ],
)
def test_treaty_events_in_english(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Президент России Владимир Путин и президент Ирана Масуд Пезешкиан подписали в Москве"
            " Договор о всеобъемлющем стратегическом партнерстве. Госдума ратифицировала договор"
            " в апреле, а меджлис Ирана одобрил его в мае.",
            {
                ("RUS", "signed", "RUS-IRN-2025"),
                ("IRN", "signed", "RUS-IRN-2025"),
                ("RUS", "ratified", "RUS-IRN-2025"),
                ("IRN", "ratified", "RUS-IRN-2025"),
            },
        ),
        (  # who signed the law of ratification ratifies
            "Путин подписал закон о ратификации договора о стратегическом партнерстве с КНДР.",
            {("RUS", "ratified", "RUS-PRK-2024")},
        ),
        (  # "из него": the treaty this sentence named
            "Россия денонсировала Договор об обычных вооруженных силах в Европе и вышла из него.",
            {("RUS", "denounced", "new:договор-об-обычных-вооруженных-силах-в-европе")},
        ),
    ],
)
def test_treaty_events_in_russian(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a collective noun said of the subject
            "Honduras became the 50th country to ratify the Treaty on the Prohibition of Nuclear"
            " Weapons.",
            ("HND", "ratified", "new:treaty-on-the-prohibition-of-nuclear-weapons"),
        ),
        (  # acceding is consenting to be bound (contract, round 56)
            "Palestine acceded to the Treaty on the Non-Proliferation of Nuclear Weapons in 2015.",
            ("PSE", "ratified", "new:treaty-on-the-non-proliferation-of-nuclear-weapons"),
        ),
        (  # heads adopting a declaration sign it
            "Austria, the Czech Republic and Slovakia adopted the Slavkov Declaration.",
            ("SVK", "signed", "new:slavkov-declaration"),
        ),
        (  # an office holder acts for the state of the title before the name
            "Kazakh President Kassym-Jomart Tokayev signed a law on the ratification of the treaty"
            " on allied relations with Uzbekistan.",
            ("KAZ", "ratified", "KAZ-UZB-2022"),
        ),
        (  # a legislature for its state, also inside a longer name
            "The treaty on allied relations with Uzbekistan was ratified by the Senate, the Upper"
            " House of the Kazakh Parliament.",
            ("KAZ", "ratified", "KAZ-UZB-2022"),
        ),
        (  # the names right before the verb, whatever the parser made the subject
            "Беларусь, Грузия и Азербайджан присоединились к договору в 1993 году, однако в 1999"
            " году Грузия и Азербайджан вышли из Договора о коллективной безопасности.",
            ("AZE", "denounced", "CST-1992"),
        ),
        (  # an event noun's instrumental agents, the clause's subject the instrument
            "После ратификации парламентами Беларуси и России Договор о создании Союзного"
            " государства вступил в силу 26 января 2000 года.",
            ("RUS", "ratified", "BLR-RUS-1999"),
        ),
        (  # a legislature named with several states acts for each
            "Выход из Оттавской конвенции одобрили законодательные органы Эстонии и Латвии.",
            ("LVA", "denounced", "new:оттавская-конвенция"),
        ),
        (  # a title's coordinated words; the parties its name gives sign an agentless treaty
            "The Treaty on Friendship, Cooperation, and Partnership between Ukraine and the"
            " Russian Federation was concluded in May 1997.",
            ("RUS", "signed", "new:treaty-on-friendship-cooperation-and-partnership"),
        ),
        (  # a list before the verb with "the" inside it; instruments deposited for the treaty
            # named before in the sentence
            "At the ceremony, Botswana, Lesotho, the United Republic of Tanzania and Zambia signed"
            " the Treaty on the Prohibition of Nuclear Weapons; Bangladesh, Kiribati and the Lao"
            " People's Democratic Republic deposited their instruments of ratification.",
            ("KIR", "ratified", "new:treaty-on-the-prohibition-of-nuclear-weapons"),
        ),
        (
            "At the ceremony, Botswana, Lesotho, the United Republic of Tanzania and Zambia signed"
            " the Treaty on the Prohibition of Nuclear Weapons.",
            ("BWA", "signed", "new:treaty-on-the-prohibition-of-nuclear-weapons"),
        ),
        (  # a catalogue treaty by the proper word its title opens with
            "Парламент Азербайджана утвердил Шушинскую декларацию, подписанную президентами"
            " Азербайджана и Турции.",
            ("TUR", "signed", "AZE-TUR-2021"),
        ),
        (  # a title runs on through "in" and coordinated items of several words
            "Nepal and India signed the Convention on Cooperation in Combating International"
            " Terrorism, Transnational Organized Crime and Illicit Drug Trafficking.",
            (
                "IND",
                "signed",
                "new:convention-on-cooperation-in-combating-international-terrorism"
                "-transnational-organized-crime-and-illicit-drug-trafficking",
            ),
        ),
        (  # a statute is a treaty ("the Rome Statute"), a body's own statute is not
            "The Verkhovna Rada of Ukraine ratified the Rome Statute on Wednesday.",
            ("UKR", "ratified", "new:rome-statute"),
        ),
        (  # "the two leaders": the states whose heads the text named
            "Prime Minister Shehbaz Sharif of Pakistan and President of Tajikistan Emomali Rahmon"
            " held talks. The two leaders signed the Strategic Partnership Agreement.",
            ("TJK", "signed", "new:strategic-partnership-agreement"),
        ),
        (  # an indefinite treaty noun named by its apposition
            "Chilean President Gabriel Boric and Peruvian President Dina Boluarte signed a treaty"
            " in Lima, the so-called Lima Treaty.",
            ("PER", "signed", "new:lima-treaty"),
        ),
        (  # a headline's verb is no word of the name
            "U.S. to Quit Arms Trade Treaty\n\nThe United States has withdrawn from the Arms Trade"
            " Treaty.",
            ("USA", "denounced", "new:arms-trade-treaty"),
        ),
        (  # a participle describes the treaty whatever the clause does with it
            "Россия не собирается денонсировать договор о дружбе между Россией и Украиной,"
            " подписанный в 1997 году.",
            ("UKR", "signed", "new:договор-о-дружбе"),
        ),
        (  # "прекращение действия договора" ends it
            "Президент Украины Петр Порошенко подписал закон о прекращении действия договора о"
            " дружбе с Россией.",
            ("UKR", "denounced", "new:договор-о-дружбе"),
        ),
    ],
)
def test_treaty_event_families(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(extractor, text)


def test_a_body_inside_a_treaty_name_is_not_left(extractor: Extractor) -> None:
    text = (
        "Turkey withdrew from the Council of Europe Convention on Preventing and Combating"
        " Violence against Women in 2021."
    )
    found = triples(extractor, text)
    assert any(p == "denounced" and s == "TUR" for s, p, _ in found)
    assert ("TUR", "left", "COE") not in found


def test_a_fronted_collective_with_its_list(extractor: Extractor) -> None:
    text = (
        "Все пять прикаспийских государств — Азербайджан, Иран, Казахстан, Россия и Туркменистан"
        " — уже подписали Конвенцию о правовом статусе Каспийского моря."
    )
    signers = {s for s, p, _ in triples(extractor, text) if p == "signed"}
    assert signers == {"AZE", "IRN", "KAZ", "RUS", "TKM"}


def test_parties_and_signatories(extractor: Extractor) -> None:
    text = (
        "The 1951 Refugee Convention is the key instrument. Only Iran, Israel, Egypt and Yemen"
        " are party to the Convention. Important non-signatory States in South Asia include"
        " India, Bangladesh and Pakistan. Uzbekistan is the only CIS country that is not a party"
        " to the Convention."
    )
    treaty = "new:refugee-convention"
    assert {("IRN", "ratified", treaty), ("YEM", "ratified", treaty)} <= triples(extractor, text)
    negative = triples(extractor, text, "negative")
    assert {("IND", "signed", treaty), ("PAK", "signed", treaty)} <= negative
    assert ("UZB", "ratified", treaty) in negative
    assert ("IND", "signed", treaty) not in triples(extractor, text)


def test_becoming_parties_in_russian(extractor: Extractor) -> None:
    text = "Участниками Договора о коллективной безопасности стали Армения, Казахстан и Россия."
    assert {("ARM", "ratified", "CST-1992"), ("RUS", "ratified", "CST-1992")} <= triples(
        extractor, text
    )


def test_a_passive_subject_is_the_treaty_not_a_signer(extractor: Extractor) -> None:
    text = "NATO backed the Treaty on Conventional Armed Forces in Europe. It was signed in 1990."
    assert not {t for t in triples(extractor, text) if t[1] == "signed"}


def test_a_treaty_name_stops_at_a_line_break(extractor: Extractor) -> None:
    text = (
        "Госдума приняла закон о денонсации Договора об обычных вооружённых силах в Европе\n"
        "Депутаты Государственной Думы 16 мая единогласно поддержали денонсацию."
    )
    treaties = [m for m in extractor.extract(text).mentions if m.type == "treaty"]
    assert treaties and all("\n" not in m.text and "Депутаты" not in m.text for m in treaties)


def test_a_multilateral_title_needs_every_word_of_the_name(extractor: Extractor) -> None:
    text = (
        "On 21 February Belarus and Russia signed the Agreement on Friendship, Good Neighborly"
        " Relations and Cooperation."
    )
    assert {t[2] for t in triples(extractor, text)} == {
        "new:agreement-on-friendship-good-neighborly-relations-and-cooperation"
    }


def test_a_treaty_named_twice_in_a_row_has_one_id(extractor: Extractor) -> None:
    text = (
        "The 1997 Anti-Personnel Mine Ban Convention, or Ottawa Treaty, was signed by 164"
        " countries. Russia and China have not joined the treaty."
    )
    assert {t[2] for t in triples(extractor, text, "negative")} == {
        "new:anti-personnel-mine-ban-convention"
    }
    text = (  # a description first: the name's id
        "The Charter of the new organization, known as the San Salvador Charter, was signed by"
        " Guatemala and Honduras."
    )
    treaties = [m for m in extractor.extract(text).mentions if m.type == "treaty"]
    assert len(treaties) == 2 and {m.id for m in treaties} == {"new:san-salvador-charter"}


def test_a_founding_treaty_s_title_holds_the_body_it_founds(extractor: Extractor) -> None:
    text = (
        "8 декабря 1999 года был подписан Договор о создании Союзного государства Беларуси и"
        " России."
    )
    result = extractor.extract(text)
    assert [(m.text, m.id) for m in result.mentions if m.type in {"treaty", "body"}] == [
        ("Договор о создании Союзного государства", "BLR-RUS-1999")
    ]
    assert not {t for t in triples(extractor, text) if t[1] == "memberOf"}


def test_an_undone_withdrawal_is_denied(extractor: Extractor) -> None:
    text = (
        "President Adama Barrow decided to rescind The Gambia's withdrawal from the Rome Statute"
        " of the International Criminal Court."
    )
    assert ("GMB", "denounced", "new:rome-statute") not in triples(extractor, text)
    text = "The Statute of the Council of Europe was signed in London in 1949."
    assert not [m for m in extractor.extract(text).mentions if m.type == "treaty"]


def test_negated_and_entertained_treaty_events(extractor: Extractor) -> None:
    text = "Russia has not ratified the Comprehensive Nuclear-Test-Ban Treaty."
    assert not {t for t in triples(extractor, text) if t[1] == "ratified"}
    assert any(t[:2] == ("RUS", "ratified") for t in triples(extractor, text, "negative"))
    for text in (
        "Kazakhstan is expected to ratify the Treaty on Allied Relations with Uzbekistan.",
        "Uzbekistan plans to sign the Treaty on Allied Relations with Kazakhstan.",
        "МИД России надеется на скорую ратификацию Ираном договора о всеобъемлющем партнерстве.",
        "Annex 2 States such as Egypt and Iran must ratify the Comprehensive Nuclear-Test-Ban"
        " Treaty and deposit their instruments of ratification.",
    ):
        found = triples(extractor, text) | triples(extractor, text, "negative")
        assert not {t for t in found if t[1] in {"signed", "ratified"}}, text


def test_the_signing_is_kept_with_its_treaty_span(extractor: Extractor) -> None:
    text = "Russia and North Korea signed the Treaty on Comprehensive Strategic Partnership."
    extraction = extractor.extract(text)
    treaty = [m for m in extraction.mentions if m.type == "treaty"]
    assert [(m.id, m.text) for m in treaty] == [
        ("RUS-PRK-2024", "Treaty on Comprehensive Strategic Partnership")
    ]
    signed = [s for s in extraction.statements if s.predicate == "signed"]
    assert {s.rule for s in signed} == {"tree:treaty-sign"}
    assert all(text[s.evidence_start : s.evidence_end].count("signed") == 1 for s in signed)


def test_an_unknown_or_ambiguous_treaty_stays_open_world(extractor: Extractor) -> None:
    # both curated "comprehensive strategic partnership" treaties are Russia's: no party named
    text = "The Treaty on Comprehensive Strategic Partnership was signed by Russia."
    assert {o for _, p, o in triples(extractor, text) if p == "signed"} == {
        "new:treaty-on-comprehensive-strategic-partnership"
    }


# --- declared partnerships --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair", "label"),
    [
        (
            "China and Pakistan upgraded their ties to an all-weather strategic cooperative"
            " partnership in 2015.",
            ("CHN", "PAK"),
            "all-weather strategic cooperative partnership",
        ),
        (
            "India and Russia are special and privileged strategic partners.",
            ("IND", "RUS"),
            "special and privileged strategic partners",
        ),
        (
            "Vietnam elevated its relations with Australia to a comprehensive strategic"
            " partnership in March 2024.",
            ("VNM", "AUS"),
            "comprehensive strategic partnership",
        ),
        (
            "Китай и Казахстан установили отношения всеобъемлющего стратегического партнерства.",
            ("CHN", "KAZ"),
            "отношения всеобъемлющего стратегического партнерства",
        ),
    ],
)
def test_declared_partnerships(
    extractor: Extractor, text: str, pair: tuple[str, str], label: str
) -> None:
    found = [s for s in extractor.extract(text).statements if s.predicate == "partnershipWith"]
    assert {frozenset((s.subject, s.object)) for s in found} == {frozenset(pair)}
    assert found[0].qualifiers["label"] == label


@pytest.mark.parametrize(
    "text",
    [
        "China and Pakistan are major trade partners.",  # no label: not a declared partnership
        "Egypt and Qatar became SCO dialogue partners in 2022.",  # a body's partner status
        "Russia and China discussed the Greater Eurasian Partnership.",  # an initiative
        "Russia and North Korea signed the Treaty on Comprehensive Strategic Partnership.",
    ],
)
def test_what_is_no_declared_partnership(extractor: Extractor, text: str) -> None:
    assert not {t for t in triples(extractor, text) if t[1] == "partnershipWith"}


def test_membership_statements_about_a_curated_treaty_are_dropped(extractor: Extractor) -> None:
    text = "Russia withdrew from the Treaty on Comprehensive Strategic Partnership with Iran."
    found = triples(extractor, text)
    assert ("RUS", "denounced", "RUS-IRN-2025") in found
    assert not {t for t in found if t[1] == "left"}


# --- scoring --------------------------------------------------------------------------------------


def _gold(round_: int | None, statements: tuple[GoldStatement, ...]) -> GoldDocument:
    return GoldDocument("t", "x" * 40, "test", (), statements, round=round_)


def _predicted(*triples_: tuple[str, str, str]) -> dict[str, Any]:
    return {
        "mentions": [{"text": "Treaty", "start": 0, "end": 6, "type": "treaty", "id": "X-1"}],
        "statements": [
            {"subject": s, "predicate": p, "object": o, "asserted_by": AUTHOR}
            for s, p, o in triples_
        ],
    }


def test_rounds_before_56_do_not_score_the_treaty_predicates() -> None:
    predicted = _predicted(("RUS", "signed", "RUS-PRK-2024"))
    assert score(_gold(55, ()), predicted).statements.fp == 0
    assert score(_gold(56, ()), predicted).statements.fp == 1
    assert score(_gold(None, ()), predicted).statements.fp == 0
    assert score(_gold(56, ()), predicted).mentions.fp == 0  # treaty mentions are scored apart


def test_a_partnership_matches_in_either_order() -> None:
    gold = _gold(56, (GoldStatement("RUS", "partnershipWith", "IND", AUTHOR),))
    result = score(gold, _predicted(("IND", "partnershipWith", "RUS")))
    assert (result.statements.tp, result.statements.fp) == (1, 0)


# --- RDF and check --------------------------------------------------------------------------------


def test_rdf_uses_the_treaty_terms_and_the_curated_treaty_iri(extractor: Extractor) -> None:
    extraction = extractor.extract(
        "Russia and North Korea signed the Treaty on Comprehensive Strategic Partnership. The"
        " State Duma ratified the treaty; Ukraine denounced its friendship treaty with Russia."
        " China and Pakistan upgraded their ties to an all-weather strategic partnership."
    )
    assert {s.predicate for s in extraction.statements} >= {
        "signed",
        "ratified",
        "denounced",
        "partnershipWith",
    }
    dataset: Dataset = extractions_dataset([extraction])
    bg = "https://w3id.org/blocgraph/ontology#"
    predicates = {q[2] for q in dataset.quads((None, URIRef(bg + "assertedPredicate"), None))}
    treaty_terms = {URIRef(bg + t) for t in ("signedTreaty", "ratifiedTreaty", "denouncedTreaty")}
    assert treaty_terms <= predicates
    assert URIRef(bg + "partnershipWith") in predicates
    assert URIRef(bg + "signed") not in predicates  # that is a treaty's date signed
    treaty = URIRef("https://w3id.org/blocgraph/id/treaty/RUS-PRK-2024")
    assert treaty in {q[2] for q in dataset.quads((None, URIRef(bg + "assertedObject"), None))}


@pytest.fixture(scope="module")
def relations(store: Store) -> RelationsSnapshot:
    return read_relations(store)


@pytest.fixture(scope="module")
def index(store: Store) -> MembershipIndex:
    return MembershipIndex.from_store(store)


@pytest.fixture(scope="module")
def data(store: Store) -> MembershipData:
    return load_membership_data(store)


def _check(
    relations: RelationsSnapshot,
    index: MembershipIndex,
    data: MembershipData,
    triple: tuple[str, str, str],
    day: date,
    polarity: Any = "positive",
    **qualifiers: Any,
) -> tuple[str, str, dict[str, Any]]:
    subject, predicate, obj = triple
    statement = Statement(
        subject,
        cast(Predicate, predicate),
        obj,
        0,
        1,
        0,
        1,
        AUTHOR,
        "test",
        dict(qualifiers),
        polarity=polarity,
    )
    result = check_statement(statement, day, index, data, relations)
    assert result is not None
    return result.verdict, result.reason, result.analysis


def test_check_treaty_events(
    relations: RelationsSnapshot, index: MembershipIndex, data: MembershipData
) -> None:
    day = date(2025, 1, 1)
    verdict, reason, held = _check(relations, index, data, ("RUS", "ratified", "RUS-PRK-2024"), day)
    assert verdict == "supported" and "2024-11-09" in reason
    sources = [s for e in held["events"] for s in e["sources"]]
    assert sources and all(s["url"].startswith("http") for s in sources)
    assert _check(relations, index, data, ("RUS", "signed", "RUS-PRK-2024"), day, year=2023)[0] == (
        "contradicted"
    )
    assert _check(relations, index, data, ("CHN", "signed", "RUS-PRK-2024"), day)[0] == (
        "contradicted"
    )
    assert _check(relations, index, data, ("RUS", "denounced", "RUS-PRK-2024"), day)[0] == (
        "contradicted"
    )
    assert _check(
        relations, index, data, ("RUS", "denounced", "RUS-PRK-2024"), day, polarity="negative"
    )[0] == ("supported")
    assert _check(relations, index, data, ("RUS", "signed", "new:some-treaty"), day)[0] == (
        "not_in_reference"
    )


def test_check_partnerships(
    relations: RelationsSnapshot, index: MembershipIndex, data: MembershipData
) -> None:
    verdict, reason, held = _check(
        relations, index, data, ("PAK", "partnershipWith", "CHN"), date(2020, 1, 1)
    )
    assert verdict == "supported" and "All-Weather" in reason
    assert held["levels"][0]["sources"]
    early = _check(relations, index, data, ("CHN", "partnershipWith", "PAK"), date(2001, 1, 1))
    assert early[0] == "contradicted"
    unknown = _check(relations, index, data, ("ISL", "partnershipWith", "NRU"), date(2020, 1, 1))
    assert unknown[0] == "not_in_reference"
