"""The scorer on small hand-made cases, and the gold set in tests/extract/gold checked for
consistency (it loads, offsets match, ids exist, predicates follow the contract, provenance)."""

from __future__ import annotations

import csv
import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from blocgraph.config import PROJECT_ROOT
from blocgraph.extract._model import (
    ENTITY_TYPES,
    PREDICATES,
    Extraction,
    Mention,
    Statement,
    document_iri,
)
from blocgraph.extract._score import (
    EURASIA,
    SPLITS,
    Counts,
    GoldDocument,
    GoldError,
    GoldMention,
    GoldStatement,
    format_report,
    list_errors,
    load_gold,
    parse_header,
    score,
    score_corpus,
)

GOLD = Path(__file__).parent / "gold"
DATA = PROJECT_ROOT / "data"
SEED = PROJECT_ROOT / "seeds" / "lavrov-2026-01-20.txt"

TEXT = "Russia and Iran joined the SCO; Lavrov said so."
#       0     6    11 15            27 30 32    38


def gold_document(
    mentions: tuple[GoldMention, ...] = (),
    statements: tuple[GoldStatement, ...] = (),
) -> GoldDocument:
    return GoldDocument("doc", TEXT, "dev", mentions, statements)


RUS = GoldMention("Russia", 0, 6, "state", "RUS")
IRN = GoldMention("Iran", 11, 15, "state", "IRN")
SCO = GoldMention("SCO", 27, 30, "body", "SCO")
LAVROV = GoldMention("Lavrov", 32, 38, "person", "sergey-lavrov")
RUS_JOINED = GoldStatement("RUS", "joined", "SCO", "sergey-lavrov")
IRN_JOINED = GoldStatement("IRN", "joined", "SCO", "sergey-lavrov")
FULL = gold_document((RUS, IRN, SCO, LAVROV), (RUS_JOINED, IRN_JOINED))


def predicted(
    mentions: list[tuple[int, int, str]], statements: list[tuple[str, str, str, str]]
) -> dict[str, Any]:
    """The JSON form of an extraction."""
    return {
        "mentions": [
            {"text": TEXT[s:e], "start": s, "end": e, "type": "state", "id": i}
            for s, e, i in mentions
        ],
        "statements": [
            {"subject": s, "predicate": p, "object": o, "asserted_by": a}
            for s, p, o, a in statements
        ],
    }


ALL_MENTIONS = [(0, 6, "RUS"), (11, 15, "IRN"), (27, 30, "SCO"), (32, 38, "sergey-lavrov")]
ALL_STATEMENTS = [
    ("RUS", "joined", "SCO", "sergey-lavrov"),
    ("IRN", "joined", "SCO", "sergey-lavrov"),
]


# ---------------------------------------------------------------------------------------------
# The scorer


def test_perfect_prediction_scores_one_everywhere() -> None:
    result = score(FULL, predicted(ALL_MENTIONS, ALL_STATEMENTS))
    assert result.mentions == Counts(4, 0, 0)
    assert result.mention_ids == Counts(4, 0, 0)
    assert result.statements == Counts(2, 0, 0)
    assert (result.attribution.correct, result.attribution.total) == (2, 2)
    assert result.errors == ()


def test_empty_gold_and_empty_prediction_score_one() -> None:
    result = score(gold_document(), {"mentions": [], "statements": []})
    assert (result.mentions.precision, result.mentions.recall, result.mentions.f1) == (1, 1, 1)
    assert result.statements.f1 == 1.0
    assert result.attribution.accuracy == 1.0


def test_nothing_predicted_is_all_false_negatives() -> None:
    result = score(FULL, {})
    assert result.mentions == Counts(0, 0, 4)
    assert result.statements == Counts(0, 0, 2)
    assert result.mentions.precision == 1.0
    assert result.mentions.recall == 0.0
    assert result.mentions.f1 == 0.0


def test_false_positives_and_negatives_are_counted_and_listed() -> None:
    # "Iran" missed, "and" (Andorra) invented, one statement missed, one invented.
    result = score(
        FULL,
        predicted(
            [(0, 6, "RUS"), (7, 10, "AND"), (27, 30, "SCO"), (32, 38, "sergey-lavrov")],
            [("RUS", "joined", "SCO", "sergey-lavrov"), ("RUS", "left", "SCO", "sergey-lavrov")],
        ),
    )
    assert result.mentions == Counts(3, 1, 1)
    assert result.mention_ids == Counts(3, 1, 1)
    assert result.statements == Counts(1, 1, 1)
    shown = [str(error) for error in result.errors]
    assert "doc: mention FN: [11:15] 'Iran' state IRN" in shown
    assert "doc: mention FP: [7:10] 'and' AND" in shown
    assert "doc: statement FN: (IRN, joined, SCO) by sergey-lavrov" in shown
    assert "doc: statement FP: (RUS, left, SCO)" in shown


def test_a_span_off_by_one_is_wrong_but_its_id_still_counts() -> None:
    result = score(FULL, predicted([(0, 7, "RUS"), (11, 15, "IRN")], []))
    assert result.mentions == Counts(1, 1, 3)
    assert result.mention_ids == Counts(2, 0, 2)


def test_a_right_span_with_the_wrong_id_is_a_false_positive_and_a_false_negative() -> None:
    result = score(FULL, predicted([(11, 15, "IRQ")], []))
    assert result.mentions == Counts(0, 1, 4)


def test_duplicates_count_once() -> None:
    # The same mention twice and the same triple from two sentences: distinct per document.
    result = score(
        FULL,
        predicted(
            [*ALL_MENTIONS, (0, 6, "RUS")],
            [*ALL_STATEMENTS, ("RUS", "joined", "SCO", "sergey-lavrov")],
        ),
    )
    assert result.mentions == Counts(4, 0, 0)
    assert result.statements == Counts(2, 0, 0)
    assert result.attribution.correct == 2


def test_attribution_is_scored_on_matched_statements_only() -> None:
    result = score(
        FULL,
        predicted(
            [],
            [
                ("RUS", "joined", "SCO", "author"),
                ("IRN", "joined", "SCO", "sergey-lavrov"),
                ("CHN", "joined", "SCO", "author"),
            ],
        ),
    )
    assert result.statements == Counts(2, 1, 0)
    assert (result.attribution.correct, result.attribution.total) == (1, 2)
    assert result.attribution.accuracy == 0.5
    wrong = [e for e in result.errors if e.kind == "attribution"]
    assert [e.detail for e in wrong] == [
        "(RUS, joined, SCO) gold ['sergey-lavrov'] predicted ['author']"
    ]


def test_attribution_compares_the_set_of_asserters_of_a_triple() -> None:
    # The gold has the triple asserted twice (author and the speaker): both must be found.
    gold = gold_document(
        (RUS, SCO, LAVROV), (RUS_JOINED, GoldStatement("RUS", "joined", "SCO", "author"))
    )
    one = score(gold, predicted([], [("RUS", "joined", "SCO", "author")]))
    both = score(
        gold,
        predicted(
            [], [("RUS", "joined", "SCO", "author"), ("RUS", "joined", "SCO", "sergey-lavrov")]
        ),
    )
    assert one.attribution.correct == 0
    assert both.attribution.correct == 1


def test_optional_entries_are_neither_required_nor_false_positives() -> None:
    gold = gold_document(
        (RUS, GoldMention("Iran", 11, 15, "state", "IRN", optional=True), SCO),
        (RUS_JOINED, GoldStatement("IRN", "joined", "SCO", "author", optional=True)),
    )
    without = score(gold, predicted([(0, 6, "RUS"), (27, 30, "SCO")], ALL_STATEMENTS[:1]))
    with_them = score(gold, predicted(ALL_MENTIONS[:3], ALL_STATEMENTS))
    for result in (without, with_them):
        assert result.mentions == Counts(2, 0, 0)
        assert result.mention_ids == Counts(2, 0, 0)
        assert result.statements == Counts(1, 0, 0)


def test_an_extraction_object_scores_like_its_json_form() -> None:
    extraction = Extraction(
        document=document_iri(TEXT),
        text=TEXT,
        mentions=(
            Mention("Russia", 0, 6, "state", "RUS"),
            Mention("Iran", 11, 15, "state", "IRN"),
        ),
        statements=(Statement("RUS", "joined", "SCO", 0, 30, 0, 31, "sergey-lavrov", "test"),),
    )
    assert score(FULL, extraction) == score(FULL, extraction.to_json())
    assert score(FULL, extraction).statements == Counts(1, 0, 1)


def test_corpus_scores_are_micro_averaged_per_split() -> None:
    dev = score(FULL, predicted(ALL_MENTIONS, ALL_STATEMENTS))
    small = GoldDocument("small", TEXT, "test", (RUS,), (RUS_JOINED,))
    test = score(small, predicted([(0, 6, "RUS"), (11, 15, "IRN")], []))
    other = GoldDocument("other", TEXT, "test", (RUS, IRN, SCO), (RUS_JOINED,))
    test2 = score(other, predicted([(0, 6, "RUS")], ALL_STATEMENTS[:1]))
    corpus = score_corpus([test2, dev, test])
    assert [d.name for d in corpus.documents] == ["doc", "other", "small"]
    assert corpus.split("dev").mentions == Counts(4, 0, 0)
    # Micro-average: counts summed before dividing (1+1 found of 1+3, 2 predicted + 1 wrong).
    assert corpus.split("test").mentions == Counts(2, 1, 2)
    assert corpus.split("test").statements == Counts(1, 0, 1)
    assert corpus.split("test").documents == 2
    assert corpus.overall.mentions == Counts(6, 1, 2)
    assert corpus.split("nonexistent").documents == 0


def test_list_errors_by_document_split_and_limit() -> None:
    dev = score(FULL, predicted([], []))
    test = score(GoldDocument("t", TEXT, "test", (RUS,), ()), predicted([], []))
    corpus = score_corpus([dev, test])
    assert {e.document for e in list_errors(corpus)} == {"doc", "t"}
    assert {e.document for e in list_errors(corpus, split="test")} == {"t"}
    assert len(list_errors(corpus, limit=3)) == 3
    assert list_errors(dev) == list(dev.errors)


def test_report_has_a_row_per_document_and_per_split() -> None:
    dev = score(FULL, predicted(ALL_MENTIONS, ALL_STATEMENTS[:1]))
    test = score(GoldDocument("held-out", TEXT, "test", (RUS,), ()), predicted([], []))
    report = format_report(score_corpus([dev, test]))
    lines = report.splitlines()
    assert lines[0].split()[:2] == ["split", "document"]
    assert any(line.startswith("dev   doc ") for line in lines)
    assert any(line.startswith("test  held-out ") for line in lines)
    assert any(line.startswith("test  micro-average (1 document)") for line in lines)
    assert lines[-1].startswith("all   micro-average (2 documents)")
    dev_row = next(line for line in lines if line.startswith("dev   doc "))
    assert "1.00 0.50 0.67" in dev_row  # statements: 1 of 2 found
    aggregates = format_report(score_corpus([dev, test]), per_document=False)
    assert "held-out" not in aggregates


# ---------------------------------------------------------------------------------------------
# The gold set


@pytest.fixture(scope="module")
def documents() -> list[GoldDocument]:
    return load_gold(GOLD)


def _column(name: str, column: str) -> set[str]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return {row[column] for row in csv.DictReader(handle)}


def test_every_gold_file_loads(documents: list[GoldDocument]) -> None:
    names = {d.name for d in documents}
    assert names == {p.stem for p in GOLD.glob("*.txt")}
    assert names == {p.stem for p in GOLD.glob("*.json")}
    assert len(documents) >= 9


def test_splits_hold_the_seed_in_dev_and_at_least_five_test_texts(
    documents: list[GoldDocument],
) -> None:
    splits = {d.name: d.split for d in documents}
    assert splits["lavrov-2026-01-20"] == "dev"
    assert sum(split == "dev" for split in splits.values()) >= 4
    assert sum(split == "test" for split in splits.values()) >= 5
    assert set(splits.values()) == set(SPLITS)


def test_the_seed_is_copied_unchanged() -> None:
    assert (GOLD / "lavrov-2026-01-20.txt").read_bytes() == SEED.read_bytes()


def test_texts_are_one_to_four_kilobytes(documents: list[GoldDocument]) -> None:
    for document in documents:
        assert 1000 <= len(document.text.encode("utf-8")) <= 4096, document.name


def test_every_text_names_its_source_licence_title_and_date(
    documents: list[GoldDocument],
) -> None:
    for document in documents:
        header, _ = parse_header(document.text)
        metadata = dict(document.metadata)
        assert metadata["source"].startswith("http"), document.name
        assert metadata["licence"], document.name
        assert metadata["title"], document.name
        assert metadata["date"][:4].isdigit(), document.name
        if document.name != "lavrov-2026-01-20":
            # Collected texts carry their provenance in the file itself.
            assert {"source", "title", "licence", "date"} <= header.keys(), document.name
            # Copyrighted news texts are short excerpts, quoted with full attribution.
            open_or_quoted = ("CC BY", "public domain", "quoted for research evaluation")
            assert any(word in header["licence"] for word in open_or_quoted), document.name


def test_mention_offsets_match_the_text_and_stay_out_of_the_header(
    documents: list[GoldDocument],
) -> None:
    for document in documents:
        _, body_start = parse_header(document.text)
        for mention in document.mentions:
            assert document.text[mention.start : mention.end] == mention.text, mention
            assert mention.start >= body_start, mention
            assert mention.type in ENTITY_TYPES, mention


def test_mention_ids_exist(documents: list[GoldDocument]) -> None:
    states = _column("states.csv", "iso3")
    bodies = _column("bodies.csv", "key")
    regions = _column("regions.csv", "code") | {EURASIA}
    # catalogue treaty keys (contract amended 2026-12-05)
    treaties = _column("relations/treaties.csv", "key")
    known = {"state": states, "body": bodies, "region": regions, "treaty": treaties}
    for document in documents:
        for mention in document.mentions:
            if mention.id.startswith("new:"):  # open world (contract, 2026-12-03)
                assert mention.type in {"body", "treaty", "person"}, (document.name, mention)
            elif mention.type in known:
                assert mention.id in known[mention.type], (document.name, mention)
            else:
                assert mention.id == mention.id.lower(), (document.name, mention)


def test_statements_use_the_contract_predicates_and_mentioned_arguments(
    documents: list[GoldDocument],
) -> None:
    for document in documents:
        ids = {m.id for m in document.mentions}
        for statement in document.statements:
            assert statement.predicate in PREDICATES, (document.name, statement)
            assert statement.subject in ids, (document.name, statement)
            if statement.predicate not in ("claims",) and statement.object is not None:
                assert statement.object in ids, (document.name, statement)
            assert statement.asserted_by in {"author", "unknown"} or statement.asserted_by in ids


def test_the_gold_set_has_statements_in_both_splits(documents: list[GoldDocument]) -> None:
    for split in SPLITS:
        required = {
            (d.name, s.triple)
            for d in documents
            if d.split == split
            for s in d.statements
            if not s.optional
        }
        assert len(required) >= 15, split


def _tool() -> ModuleType:
    path = PROJECT_ROOT / "tools" / "gold_offsets.py"
    spec = importlib.util.spec_from_file_location("gold_offsets", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_annotations_are_what_their_specs_compute(documents: list[GoldDocument]) -> None:
    tool = _tool()
    for document in documents:
        spec = json.loads((GOLD / "spec" / f"{document.name}.json").read_text(encoding="utf-8"))
        annotation = json.loads((GOLD / f"{document.name}.json").read_text(encoding="utf-8"))
        assert tool.place_mentions(document.text, spec["mentions"]) == annotation["mentions"]
        assert spec["statements"] == annotation["statements"]
        assert spec["split"] == annotation["split"]


# ---------------------------------------------------------------------------------------------
# The loader's errors


@pytest.fixture
def gold_copy(tmp_path: Path) -> Path:
    target = tmp_path / "gold"
    target.mkdir()
    for name in ("wp-brics", "lavrov-2026-01-20"):
        for suffix in (".txt", ".json"):
            shutil.copy(GOLD / f"{name}{suffix}", target / f"{name}{suffix}")
    return target


def _edit(path: Path, change: Any) -> None:
    annotation = json.loads(path.read_text(encoding="utf-8"))
    change(annotation)
    path.write_text(json.dumps(annotation), encoding="utf-8")


def test_a_copy_of_the_gold_set_loads(gold_copy: Path) -> None:
    assert [d.name for d in load_gold(gold_copy)] == ["lavrov-2026-01-20", "wp-brics"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda a: a["mentions"][0].update(start=a["mentions"][0]["start"] + 1), "mention 1"),
        (lambda a: a["mentions"][0].update(id="XXX"), "'XXX' is not a key in bodies.csv"),
        (lambda a: a["mentions"][1].update(id="XXX"), "'XXX' is not an iso3 in states.csv"),
        (lambda a: a["mentions"][1].update(type="country"), "type 'country'"),
        (lambda a: a["statements"][0].update(predicate="belongsTo"), "not in the contract"),
        (lambda a: a["statements"][0].update(object="ZZZ"), "object must be a mentioned body"),
        (lambda a: a["statements"][0].update(asserted_by="nobody"), "asserted_by 'nobody'"),
        (lambda a: a.update(split="train"), "split 'train'"),
        (lambda a: a["statements"].append(a["statements"][0]), "listed twice"),
    ],
)
def test_a_wrong_entry_is_named_with_its_file(gold_copy: Path, change: Any, expected: str) -> None:
    _edit(gold_copy / "wp-brics.json", change)
    with pytest.raises(GoldError) as raised:
        load_gold(gold_copy)
    message = str(raised.value)
    assert "wp-brics.json: " in message
    assert expected in message
    assert "lavrov" not in message  # the other file is fine


def test_a_text_without_licence_or_source_is_refused(gold_copy: Path) -> None:
    text = (gold_copy / "wp-brics.txt").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines(keepends=True) if not line.startswith("# licence")]
    (gold_copy / "wp-brics.txt").write_text("".join(lines), encoding="utf-8")
    with pytest.raises(GoldError, match=r"wp-brics.json: header: no '# licence:' line"):
        load_gold(gold_copy)


def test_an_annotation_without_its_text_is_refused(gold_copy: Path) -> None:
    (gold_copy / "wp-brics.txt").unlink()
    with pytest.raises(GoldError, match=r"wp-brics\.json: no text file wp-brics\.txt"):
        load_gold(gold_copy)
