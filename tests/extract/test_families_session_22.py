"""Families read at the twenty-second session (sentences written for the families, not gold
texts), by the real extractor with the shipped models: a capitalised treaty title that the text
carries on in lower case is named by its fullest words, a participle of signing after a treaty's
words is the event, not a word of its name, a meeting told as done did what it met for,
deposited "documents of ratification" ratify, a membership "maintained" is held, a nominative
the Russian parser hung on a noun is the clause's subject, a bare "Congo" is the Republic only
as an item of a list of states, and a title with its abbreviation inside ("… Area (TFCA) Treaty")
is one treaty."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from tests.extract._sentences import triples


@pytest.mark.parametrize(
    ("sentence", "signers", "treaty"),
    [
        (
            "China signed the Optional Protocol on the sale of children.",
            {"CHN"},
            "new:optional-protocol-on-the-sale-of-children",
        ),
        (
            "Nigeria and Morocco signed the Memorandum of Understanding on the gas pipeline in "
            "Rabat.",
            {"NGA", "MAR"},
            "new:memorandum-of-understanding-on-the-gas-pipeline",
        ),
    ],
)
def test_a_title_carried_on_in_lower_case_is_one_name(
    extractor: Extractor, sentence: str, signers: set[str], treaty: str
) -> None:
    found = triples(extractor, sentence)
    assert {s for s, p, o in found if p == "signed" and o == treaty} == signers
    assert not any(o == "new:optional-protocol" for _, _, o in found)


def test_a_bracketed_reference_ends_the_title(extractor: Extractor) -> None:
    text = "The Convention on Cybercrime of the Council of Europe (CETS No. 185) is in force."
    treaties = {m.id for m in extractor.extract(text).mentions if m.type == "treaty"}
    assert treaties == {"new:convention-on-cybercrime"}


@pytest.mark.parametrize(
    ("sentence", "signers", "treaty"),
    [
        (
            "Иракские источники обнародовали меморандум о соглашении по безопасности, "
            "подписанном между Ираком и Турцией 15 августа.",
            {"IRQ", "TUR"},
            "new:меморандум-о-соглашении-по-безопасности",
        ),
        (
            "Греция и Египет подписали соглашение о морской границе, заключённое после долгих "
            "переговоров.",
            {"GRC", "EGY"},
            "new:соглашение-о-морской-границе",
        ),
    ],
)
def test_a_participle_of_signing_is_not_a_word_of_the_name(
    extractor: Extractor, sentence: str, signers: set[str], treaty: str
) -> None:
    found = triples(extractor, sentence)
    assert {s for s, p, o in found if p == "signed"} == signers
    assert {o for _, p, o in found if p == "signed"} == {treaty}


@pytest.mark.parametrize(
    ("sentence", "signers"),
    [
        (
            "In 1991 the presidents of Argentina, Brazil, Paraguay and Uruguay came together to "
            "sign the Treaty of Asunción.",
            {"ARG", "BRA", "PRY", "URY"},
        ),
        (
            "The leaders of Kenya and Uganda met in Nairobi to sign the Treaty on Energy.",
            {"KEN", "UGA"},
        ),
        # a meeting to come, or one about the treaty, signs nothing
        (
            "The leaders of Kenya and Uganda will meet in Nairobi to sign the Treaty on Energy.",
            set(),
        ),
        ("Kenya and Uganda met in Nairobi to discuss the Treaty on Energy.", set()),
    ],
)
def test_a_meeting_told_as_done_did_its_purpose(
    extractor: Extractor, sentence: str, signers: set[str]
) -> None:
    found = triples(extractor, sentence)
    assert {s for s, p, _ in found if p == "signed"} == signers


def test_documents_of_ratification_deposited(extractor: Extractor) -> None:
    found = triples(
        extractor,
        "Kenya and Ghana deposited their documents of ratification of the AfCFTA Agreement.",
    )
    assert {s for s, p, _ in found if p == "ratified"} == {"KEN", "GHA"}


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        ("Vanuatu still maintains its membership of the Non-Aligned Movement.", {"VUT"}),
        ("Vanuatu will maintain its membership of the Non-Aligned Movement.", set()),
    ],
)
def test_a_membership_maintained_is_held(
    extractor: Extractor, sentence: str, members: set[str]
) -> None:
    found = triples(extractor, sentence)
    assert {s for s, p, _ in found if p == "memberOf"} == members


def test_a_nominative_the_parser_hung_on_a_noun_is_the_subject(extractor: Extractor) -> None:
    # the parser hangs "Украина" on "устава"; a nominative noun is no noun's dependent
    found = triples(extractor, "После ратификации устава Украина стала 125-м членом ВТО.")
    assert ("UKR", "joined", "WTO") in found


@pytest.mark.parametrize(
    ("text", "congo"),
    [
        ("OPEC members include Algeria, Angola, Gabon, Congo and Kuwait.", True),
        ("В состав ОПЕК входят Алжир, Ангола, Габон, Конго и Кувейт.", True),
        ("Côte d’Ivoire, the Congo, and Cabo Verde ratified it.", True),
        # a bare "Congo" outside a list may be the DR Congo: not linked
        ("Fighting in eastern Congo continued.", False),
        ("Rwanda accused Congo of manipulation.", False),
    ],
)
def test_a_bare_congo_is_the_republic_only_in_a_list_of_states(
    extractor: Extractor, text: str, congo: bool
) -> None:
    ids = {m.id for m in extractor.extract(text).mentions}
    assert ("COG" in ids) is congo
    assert "COD" not in ids


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        (
            "Zambia signed the Trans Frontier Conservation Area (TFCA) Treaty.",
            ("ZMB", "signed", "new:trans-frontier-conservation-area-tfca-treaty"),
        ),
        (
            "Lesotho signed the Bi-National Commission (BNC) Agreement in Maseru.",
            ("LSO", "signed", "new:bi-national-commission-bnc-agreement"),
        ),
        (
            "Singapore ratified the Regional Comprehensive Economic Partnership (RCEP) Agreement.",
            ("SGP", "ratified", "new:regional-comprehensive-economic-partnership-rcep-agreement"),
        ),
    ],
)
def test_a_title_with_its_abbreviation_inside_is_one_treaty(
    extractor: Extractor, sentence: str, triple: tuple[str, str, str]
) -> None:
    assert triple in triples(extractor, sentence)
