"""The tree reader end to end: the real extractor with the shipped English and Russian syntax
models, on sentences of the phrasing families the contract names (not gold texts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from blocgraph.config import PROJECT_ROOT
from blocgraph.extract import Extractor
from tests.extract._sentences import triples

Triple = tuple[str, str, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran joined the SCO in 2023.", {("IRN", "joined", "SCO")}),
        ("Kazakhstan is a member of the EAEU.", {("KAZ", "memberOf", "EAEU")}),
        (
            "Members of the EAEU are Russia, Kazakhstan and Belarus.",
            {("RUS", "memberOf", "EAEU"), ("KAZ", "memberOf", "EAEU"), ("BLR", "memberOf", "EAEU")},
        ),
        (
            "In 1995, Austria, Finland, and Sweden joined the EU.",
            {("AUT", "joined", "EU"), ("FIN", "joined", "EU"), ("SWE", "joined", "EU")},
        ),
        (
            "Afghanistan, India and Mongolia have an SCO observer status.",
            {
                ("AFG", "observerOf", "SCO"),
                ("IND", "observerOf", "SCO"),
                ("MNG", "observerOf", "SCO"),
            },
        ),
        (
            "Ten new countries joined the EU in 2004 - Cyprus, Estonia, Hungary and Slovenia.",
            {
                ("CYP", "joined", "EU"),
                ("EST", "joined", "EU"),
                ("HUN", "joined", "EU"),
                ("SVN", "joined", "EU"),
            },
        ),
    ],
)
def test_english_families(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    assert expected <= triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran may join the EAEU.",
        "Armenia plans to leave the CSTO.",
        "If Serbia joins the EU, it will leave the CEFTA.",
        "Uzbekistan applied to join the EAEU.",
    ],
)
def test_entertained_clauses_give_nothing(extractor: Extractor, text: str) -> None:
    result = extractor.extract(text)
    assert not [s for s in result.statements if s.predicate in {"joined", "left", "memberOf"}]


def test_denial_is_negative_and_never_a_fact(extractor: Extractor) -> None:
    text = "Baku denied that Azerbaijan was leaving the CIS."
    assert ("AZE", "left", "CIS") not in triples(extractor, text)
    negative = [s for s in extractor.extract(text).statements if s.polarity == "negative"]
    assert [(s.triple, s.asserted_by) for s in negative] == [(("AZE", "left", "CIS"), "AZE")]


def test_negation_is_negative(extractor: Extractor) -> None:
    text = "Armenia has not withdrawn from the CSTO."
    assert triples(extractor, text) == set()
    assert ("ARM", "left", "CSTO") in triples(extractor, text, "negative")


def test_trailing_metonymic_speaker(extractor: Extractor) -> None:
    text = "Kazakhstan joined the organisation in 1992, Moscow said."
    result = extractor.extract("The CIS was founded in 1991.\n\n" + text)
    speakers = {s.triple: s.asserted_by for s in result.statements}
    assert speakers.get(("KAZ", "joined", "CIS")) == "RUS"


def test_definite_description_resolves_with_its_antecedent(extractor: Extractor) -> None:
    text = "The CSTO was founded in 2002. Armenia froze its participation in the alliance."
    found = [s for s in extractor.extract(text).statements if s.predicate == "suspendedIn"]
    assert [s.triple for s in found] == [("ARM", "suspendedIn", "CSTO")]
    assert found[0].antecedent is not None
    start, end, name = found[0].antecedent
    assert text[start:end] == name == "CSTO"


def test_open_world_body_is_minted(extractor: Extractor) -> None:
    text = "Serbia is an observer at the CSTO Parliamentary Assembly."
    result = extractor.extract(text)
    assert any(m.id == "new:csto-parliamentary-assembly" for m in result.mentions)


@pytest.mark.parametrize(
    ("text", "expected", "polarity"),
    [
        (
            "Членами ШОС стали Индия и Пакистан.",
            {("IND", "joined", "SCO"), ("PAK", "joined", "SCO")},
            "positive",
        ),
        ("Армения заморозила участие в ОДКБ.", {("ARM", "suspendedIn", "CSTO")}, "positive"),
        ("Казахстан является членом ЕАЭС.", {("KAZ", "memberOf", "EAEU")}, "positive"),
        (
            "В МИД Азербайджана опровергли сообщения о том, что Азербайджан выходит из СНГ.",
            {("AZE", "left", "CIS")},
            "negative",
        ),
    ],
)
def test_russian(extractor: Extractor, text: str, expected: set[Triple], polarity: str) -> None:
    assert expected <= triples(extractor, text, polarity)
    if polarity == "negative":
        assert not expected & triples(extractor, text)


def test_language_is_detected_and_can_be_forced(extractor: Extractor) -> None:
    text = "Армения заморозила участие в ОДКБ."
    assert ("ARM", "suspendedIn", "CSTO") in {s.triple for s in extractor.extract(text).statements}
    assert Path(PROJECT_ROOT / "data" / "extraction" / "triggers.csv").exists()


def test_claim_under_a_denial_is_the_deniers(extractor: Extractor) -> None:
    text = "Those who assert that Armenia is withdrawing from the CSTO are mistaken."
    found = [(s.triple, s.polarity, s.asserted_by) for s in extractor.extract(text).statements]
    assert found == [(("ARM", "left", "CSTO"), "negative", "author")]


def test_status_granted_to_a_dashed_list_in_a_text_about_a_body(extractor: Extractor) -> None:
    text = (
        "The SCO met in Astana. These countries — Belarus, Bolivia and Cuba — were granted "
        "partner status."
    )
    joined = {s.triple: s for s in extractor.extract(text).statements if s.predicate == "joined"}
    assert set(joined) == {
        ("BLR", "joined", "SCO"),
        ("BOL", "joined", "SCO"),
        ("CUB", "joined", "SCO"),
    }
    assert all(s.qualifiers.get("role") == "partner" for s in joined.values())
    assert all(s.antecedent is not None for s in joined.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The admission of Iran to the SCO was welcomed.", ("IRN", "joined", "SCO")),
        ("Выход России из Совета Европы был правильным решением.", ("RUS", "left", "COE")),
        ("Узбекистан получил статус наблюдателя в ЕАЭС.", ("UZB", "joined", "EAEU")),
        ("Белоруссия присоединилась к ШОС, сообщил Кремль.", ("BLR", "joined", "SCO")),
    ],
)
def test_nominal_events_and_statuses(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in triples(extractor, text)


def test_russian_trailing_metonymic_speaker(extractor: Extractor) -> None:
    result = extractor.extract("Белоруссия присоединилась к ШОС, сообщил Кремль.")
    assert [(s.triple, s.asserted_by) for s in result.statements] == [
        (("BLR", "joined", "SCO"), "RUS")
    ]
