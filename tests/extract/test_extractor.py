"""The extractor end to end: the seed, header metadata and offsets, a 10 MB text cut into
chunks, non-ASCII text, empty text, and sending the extractor to worker processes."""

from __future__ import annotations

import itertools
import multiprocessing
import pickle

import pytest

from blocgraph.config import PROJECT_ROOT
from blocgraph.extract import AUTHOR, Extraction, Extractor, document_iri
from blocgraph.extract._pipeline import MAX_CHUNK, chunks, parse_header

SEED = PROJECT_ROOT / "seeds" / "lavrov-2026-01-20.txt"


@pytest.fixture(scope="module")
def seed(extractor: Extractor) -> Extraction:
    return extractor.extract(SEED.read_text(encoding="utf-8"), path=str(SEED))


# --- the seed ---------------------------------------------------------------------------------

SEED_STATEMENTS = {
    ("RUS", "cooperatesWith", "CIS"),
    ("RUS", "cooperatesWith", "EAEU"),
    ("RUS", "cooperatesWith", "CSTO"),
    ("RUS", "cooperatesWith", "SCO"),
    ("RUS", "proposes", "greater-eurasian-partnership"),
    ("CHN", "locatedIn", "EURASIA"),
    ("IRN", "locatedIn", "EURASIA"),
    ("CHN", "civilizationOf", "EURASIA"),
    ("IRN", "civilizationOf", "EURASIA"),
    ("arab", "civilizationOf", "EURASIA"),
    ("indian", "civilizationOf", "EURASIA"),
    ("EURASIA", "claims", "no-pan-continental-organisation"),
    ("002", "claims", "pan-continental-organisation"),
    ("419", "claims", "pan-continental-organisation"),
}


def test_seed_statements_of_the_contract_are_asserted_by_lavrov(seed: Extraction) -> None:
    found = {s.triple: s.asserted_by for s in seed.statements}
    assert set(found) >= SEED_STATEMENTS
    assert {found[t] for t in SEED_STATEMENTS} == {"sergey-lavrov"}


def test_seed_statements_carry_their_provenance(seed: Extraction) -> None:
    text = seed.text
    for statement in seed.statements:
        assert statement.sentence_start <= statement.evidence_start
        assert statement.evidence_end <= statement.sentence_end
        assert statement.rule
    cooperation = next(s for s in seed.statements if s.triple == ("RUS", "cooperatesWith", "SCO"))
    evidence = text[cooperation.evidence_start : cooperation.evidence_end]
    assert evidence.startswith("our commitment") and evidence.endswith("SCO")
    assert cooperation.qualifiers == {"first_person": True}


def test_seed_mentions(seed: Extraction) -> None:
    ids = {(m.type, m.id) for m in seed.mentions}
    assert {
        ("state", "RUS"),
        ("person", "sergey-lavrov"),
        ("group", "west"),
        ("group", "global-majority"),
        ("initiative", "greater-eurasian-partnership"),
        ("region", "EURASIA"),
        ("region", "002"),
        ("region", "419"),
        ("civilization", "arab"),
        ("civilization", "indian"),
        ("body", "OSCE"),
    } <= ids
    assert [m.text for m in seed.mentions][:2] == ["Russian", "Sergey Lavrov"]


def test_seed_metadata_and_document(seed: Extraction) -> None:
    assert seed.metadata["date"] == "2026-01-20"
    assert seed.metadata["source"].startswith("https://eir.news/")
    assert seed.date == "2026-01-20"
    assert seed.document == document_iri(seed.text)
    assert seed.path == str(SEED)
    body = seed.text.index("Russian Foreign Minister")
    assert min(m.start for m in seed.mentions) == body  # nothing linked in the header
    assert seed.to_json()["statements"][0]["asserted_by"] == "sergey-lavrov"


# --- header and offsets -----------------------------------------------------------------------


def test_header_is_metadata_and_offsets_count_it(extractor: Extractor) -> None:
    text = (
        "# source: https://example.org/russia-and-the-sco\n"
        "# title: Iran joins the SCO\n"
        "# date: 2023-07-04T10:00 (summit day)\n"
        "Iran joined the SCO in 2023."
    )
    result = extractor.extract(text)
    assert result.metadata == {
        "source": "https://example.org/russia-and-the-sco",
        "title": "Iran joins the SCO",
        "date": "2023-07-04",
    }
    assert [(m.text, m.start) for m in result.mentions] == [
        ("Iran", text.index("Iran joined")),
        ("SCO", text.index("SCO in")),
    ]
    [statement] = result.statements
    assert text[statement.sentence_start : statement.sentence_end] == (
        "Iran joined the SCO in 2023."
    )


def test_a_hash_line_later_in_the_text_is_text(extractor: Extractor) -> None:
    metadata, body = parse_header("Iran joined the SCO.\n# note: Russia")
    assert (metadata, body) == ({}, 0)
    assert [m.id for m in extractor.extract("Intro.\n# note: Russia").mentions] == ["RUS"]


def test_a_surname_introduced_earlier_links_in_a_later_paragraph(extractor: Extractor) -> None:
    text = "President of Kyrgyzstan Sooronbay Jeenbekov arrived.\n\nLater Jeenbekov spoke."
    result = extractor.extract(text)
    assert [(m.text, m.id) for m in result.mentions if m.type == "person"] == [
        ("Sooronbay Jeenbekov", "new:sooronbay-jeenbekov"),
        ("Jeenbekov", "new:sooronbay-jeenbekov"),
    ]


def test_non_ascii_text(extractor: Extractor) -> None:
    text = "Türkiye’s 🇹🇷 view: Россия вышла? No — Kazakhstan is a member of the ЕАЭС. 🙂"
    result = extractor.extract(text)
    assert [(m.text, text[m.start : m.end]) for m in result.mentions] == [
        (m.text, m.text) for m in result.mentions
    ]
    assert {m.id for m in result.mentions} == {"TUR", "RUS", "KAZ", "EAEU"}
    assert [s.triple for s in result.statements] == [("KAZ", "memberOf", "EAEU")]


@pytest.mark.parametrize("text", ["", "\n\n", "# date: 2026-01-20\n", "   \t  "])
def test_empty_or_header_only_text(extractor: Extractor, text: str) -> None:
    result = extractor.extract(text)
    assert result.mentions == () and result.statements == ()
    assert result.document == document_iri(text)


# --- size ---------------------------------------------------------------------------------------


UNIT = (
    "Egypt, Ethiopia, Iran and the UAE joined BRICS in 2024. Lavrov said: “Our cooperation "
    "within the SCO is growing every single year.” The weather was mild all week long. "
)


def test_a_ten_megabyte_text_is_cut_into_chunks_and_completes(extractor: Extractor) -> None:
    repeats = 10_000_000 // len(UNIT) + 1
    text = UNIT * repeats  # one giant paragraph, no line break at all
    pieces = list(chunks(text))
    assert len(pieces) > 10_000_000 // MAX_CHUNK
    assert all(p.end - p.start <= MAX_CHUNK for p in pieces)
    assert pieces[0].start == 0 and pieces[-1].end == len(text.rstrip())
    assert all(a.end == b.start for a, b in itertools.pairwise(pieces))
    result = extractor.extract(text)
    # Cuts fall between sentences, so every copy of the unit yields the same mentions.
    assert len(result.mentions) == repeats * 7
    assert len({s.triple for s in result.statements}) == 5
    last = result.mentions[-1]
    assert text[last.start : last.end] == last.text == "SCO"


def test_paragraphs_are_chunks_and_hard_wrapped_lines_are_joined() -> None:
    wrapped = (
        "The Shanghai Cooperation Organisation was founded in 2001 by six states, and\n"
        "it grew.\n\nA new paragraph.\nShort line\nAnother."
    )
    spans = [(wrapped[c.start : c.end], c.paragraph) for c in chunks(wrapped)]
    assert spans[0][0].startswith("The Shanghai") and spans[0][0].endswith("it grew.")
    assert [s[0] for s in spans[1:]] == ["A new paragraph.", "Short line", "Another."]


# --- worker processes -------------------------------------------------------------------------


def _statements_in_worker(extractor: Extractor) -> list[tuple[str, str, str | None, str]]:
    result = extractor.extract("Uzbekistan withdrew from the CSTO in 2012.")
    return [(*s.triple, s.asserted_by) for s in result.statements]


def test_extractor_pickles_without_its_pipeline(extractor: Extractor) -> None:
    extractor.extract("warm up")
    payload = pickle.dumps(extractor)
    assert b"spacy" not in payload
    copy = pickle.loads(payload)
    assert _statements_in_worker(copy) == [("UZB", "left", "CSTO", AUTHOR)]


def test_extractor_runs_in_a_spawned_worker(extractor: Extractor) -> None:
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        assert pool.apply(_statements_in_worker, (extractor,)) == [("UZB", "left", "CSTO", AUTHOR)]
