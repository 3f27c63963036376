"""Families read at the eighteenth session from the dev set's false statements (sentences
written for the families, not gold texts), by the real extractor with the shipped models: a
polar question asserts nothing, a treaty's name opens at its first capitalised word and holds no
evaluative words, and the pair model leaves a state the readers placed in a named body alone."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from blocgraph.extract._questions import polar_question
from tests.extract._sentences import triples


@pytest.mark.parametrize(
    "text",
    [
        "Is Norway a member of the European Union?",
        "Has Kazakhstan ratified the Paris Agreement?",
        "Является ли Норвегия членом Европейского союза?",
        "Does Sweden belong to NATO?",
    ],
)
def test_a_polar_question_asserts_nothing(extractor: Extractor, text: str) -> None:
    assert triples(extractor, text) == set()


def test_the_answer_after_the_question_is_read(extractor: Extractor) -> None:
    text = "Is Norway a member of the European Union? No, but Norway is a member of NATO."
    assert triples(extractor, text) == {("NOR", "memberOf", "NATO")}


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("Will Turkey join the EU?", True),
        ("“Isn’t Serbia a candidate?”", True),
        ("Вступит ли Турция в ЕС?", True),
        ("Why did Britain leave the EU?", False),  # a question word presupposes the fact
        ("Is it true. Norway joined.", False),
        ("Norway is a member of NATO, isn't it?", False),
    ],
)
def test_what_counts_as_a_polar_question(sentence: str, asks: bool) -> None:
    assert polar_question(sentence) is asks


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Kenya signed the landmark Comprehensive Economic Partnership Agreement with the "
            "United Arab Emirates.",
            ("KEN", "signed", "new:comprehensive-economic-partnership-agreement"),
        ),
        (
            "Путин и Баттулга подписали бессрочный Договор о дружбе и сотрудничестве.",
            ("RUS", "signed", "new:договор-о-дружбе-и-сотрудничестве"),
        ),
    ],
)
def test_a_name_opens_at_its_first_capitalised_word(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in triples(extractor, text)


def test_an_evaluative_word_is_no_word_of_a_described_instrument(extractor: Extractor) -> None:
    text = "Fiji and Tonga signed a groundbreaking fisheries agreement in Suva."
    found = triples(extractor, text)
    assert ("FJI", "signed", "new:groundbreaking-fisheries-agreement") not in found


def test_a_controversial_agreement_is_no_new_instrument(extractor: Extractor) -> None:
    text = (
        "Vanuatu and Australia signed the Nakamal Agreement in 2025. China had signed a "
        "controversial agreement with the Solomon Islands in 2022."
    )
    found = {t for t in triples(extractor, text) if t[1] == "signed"}
    assert ("CHN", "signed", "new:controversial-agreement") not in found


def test_a_demonstrative_makes_an_instrument_described(extractor: Extractor) -> None:
    text = "Греция ратифицировала протокол о вступлении этой страны в альянс."
    found = {t for t in triples(extractor, text) if t[1] == "ratified"}
    assert not any(str(t[2]).startswith("new:протокол-о-вступлении-этой") for t in found)


def test_the_pair_model_keeps_the_body_the_sentence_was_read_with(extractor: Extractor) -> None:
    text = (
        "Representatives of 25 countries signed an agreement creating the Association of "
        "Caribbean States.\n\n"
        "The idea came from a summit of the Caribbean Community (CARICOM).\n\n"
        "Full members in the association include Cuba, Mexico, Colombia, Panama and Venezuela."
    )
    found = triples(extractor, text)
    assert ("CUB", "memberOf", "ACS") in found
    assert not {t for t in found if t[2] == "CARICOM"}


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (
            "Albania has been a member of the Organization of the Islamic Conference since 1992.",
            ("ALB", "joined", "OIC"),
        ),
        ("Казахстан является членом ВТО с 2015 года.", ("KAZ", "joined", "WTO")),
        (
            "A member of the EU since 1995, Finland was the only Nordic state to join the euro.",
            ("FIN", "joined", "EU"),
        ),
    ],
)
def test_a_membership_since_a_year_is_the_joining_that_year(
    extractor: Extractor, text: str, joined: tuple[str, str, str]
) -> None:
    statements = extractor.extract(text).statements
    years = {s.qualifiers.get("year") for s in statements if s.triple == joined}
    assert years and years <= {1992, 2015, 1995}
    assert (joined[0], "memberOf", joined[2]) in {s.triple for s in statements}


def test_a_membership_since_no_year_is_no_joining(extractor: Extractor) -> None:
    text = "Norway has been a member of NATO since its founding. Казахстан сотрудничает с Россией."
    assert ("NOR", "joined", "NATO") not in triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The India-Bhutan Friendship Treaty was signed on Thursday.",
        '"The signing of the India-Bhutan Friendship Treaty today opens a new era," he said.',
    ],
)
def test_a_signing_naming_no_signer_is_the_named_pair(extractor: Extractor, text: str) -> None:
    found = {t for t in triples(extractor, text) if t[1] == "signed"}
    treaty = "new:india-bhutan-friendship-treaty"
    assert found == {("IND", "signed", treaty), ("BTN", "signed", treaty)}


def test_a_ratification_naming_no_ratifier_is_nobody(extractor: Extractor) -> None:
    text = "The India-Bhutan Friendship Treaty was ratified last year."
    assert not {t for t in triples(extractor, text) if t[1] == "ratified"}


def test_an_agency_in_capitals_is_an_unknown_speaker(extractor: Extractor) -> None:
    text = "Kazakhstan has ratified the Paris Agreement, TASS reported."
    (statement,) = [s for s in extractor.extract(text).statements if s.predicate == "ratified"]
    assert statement.asserted_by == "unknown"  # the parser read "TASS" as an adverb


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "В 1976 году Египет разорвал договор о дружбе и сотрудничестве с Советским Союзом.",
            ("EGY", "denounced", "new:договор-о-дружбе-и-сотрудничестве"),
        ),
        (
            "Россия расторгла соглашение о военном сотрудничестве с Канадой.",
            ("RUS", "denounced", "new:соглашение-о-военном-сотрудничестве"),
        ),
    ],
)
def test_breaking_a_treaty_is_denouncing_it(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in triples(extractor, text)
