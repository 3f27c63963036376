"""Matching one extraction against its gold document: mentions, ids, triples, attribution,
negative statements."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from blocgraph.extract._model import (
    AUTHOR,
    NEW_PREFIX,
    SYMMETRIC_PREDICATES,
    TREATY_PREDICATES,
    Extraction,
)
from blocgraph.extract._score._gold import TREATY_ROUND, GoldDocument, Triple
from blocgraph.extract._score._metrics import Attribution, Counts, DocumentScore, ScoringError


def _predicted_parts(
    predicted: Extraction | Mapping[str, Any],
) -> tuple[list[tuple[int, int, str, str]], list[tuple[Triple, str, str]]]:
    """(start, end, id, text) of each predicted mention scored with the main figures (not
    open-world, not treaties); (triple, asserted_by, polarity) of each statement."""
    if isinstance(predicted, Extraction):
        mentions = [
            (m.start, m.end, m.id, m.text) for m in predicted.mentions if _scored(m.type, m.id)
        ]
        statements = [(s.triple, s.asserted_by, str(s.polarity)) for s in predicted.statements]
        return mentions, statements
    mentions = [
        (int(m["start"]), int(m["end"]), str(m["id"]), str(m.get("text", "")))
        for m in predicted.get("mentions", [])
        if _scored(str(m.get("type", "")), str(m["id"]))
    ]
    statements = [
        (
            (
                str(s["subject"]),
                str(s["predicate"]),
                None if s["object"] is None else str(s["object"]),
            ),
            str(s.get("asserted_by", AUTHOR)),
            str(s.get("polarity", "positive")),
        )
        for s in predicted.get("statements", [])
    ]
    return mentions, statements


def _scored(kind: str, id_: str) -> bool:
    """Whether a mention counts in the main mention figures: open-world and treaty mentions are
    scored on their own."""
    return kind != "treaty" and not id_.startswith(NEW_PREFIX)


def _ordered(triple: Triple) -> Triple:
    """A symmetric predicate's pair in one order (the smaller id first)."""
    subject, predicate, obj = triple
    if predicate in SYMMETRIC_PREDICATES and obj is not None and obj < subject:
        return (obj, predicate, subject)
    return triple


def _words(new_id: str) -> frozenset[str]:
    """The words of an open-world id, accents folded: annotators spell "Chávez" both ways."""
    folded = unicodedata.normalize("NFKD", new_id.removeprefix(NEW_PREFIX))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return frozenset(plain.split("-")) - {"of", "the", "and"}


def aligned(value: str | None, gold_new: Iterable[str]) -> str | None:
    """A predicted open-world id as the gold id it names: the gold ``new:`` id sharing most of
    its words (Jaccard at least one half), else unchanged.

    >>> aligned("new:csto-parliamentary-assembly", ["new:parliamentary-assembly-of-the-csto"])
    'new:parliamentary-assembly-of-the-csto'
    >>> aligned("new:eurasian-bank", ["new:csto-parliamentary-assembly"])
    'new:eurasian-bank'
    >>> aligned("new:hugo-chavez", ["new:hugo-chávez"])
    'new:hugo-chávez'
    """
    if value is None or not value.startswith(NEW_PREFIX):
        return value
    words = _words(value)
    best, best_score = value, 0.0
    for candidate in gold_new:
        other = _words(candidate)
        overlap = len(words & other) / len(words | other) if words | other else 0.0
        if overlap >= 0.5 and overlap > best_score:
            best, best_score = candidate, overlap
    return best


def _format_triple(triple: Triple) -> str:
    subject, predicate, obj = triple
    return f"({subject}, {predicate}, {obj})"


def score(gold: GoldDocument, predicted: Extraction | Mapping[str, Any]) -> DocumentScore:
    """Compare one extraction with its gold document.

    Parameters
    ----------
    gold:
        The annotated document.
    predicted:
        An :class:`~blocgraph.extract._model.Extraction`, or its JSON form (``to_json()``): a
        mapping with ``mentions`` and ``statements`` lists.

    Returns
    -------
    The counts for mentions (exact spans and ids), distinct ids, distinct triples, attribution,
    and the list of errors.

    >>> from blocgraph.extract._score import GoldMention, GoldStatement
    >>> gold = GoldDocument("x", "Russia and Iran.", "dev",
    ...     mentions=(GoldMention("Russia", 0, 6, "state", "RUS"),
    ...               GoldMention("Iran", 11, 15, "state", "IRN")),
    ...     statements=(GoldStatement("RUS", "memberOf", "CIS", "author"),))
    >>> result = score(gold, {"mentions": [
    ...         {"text": "Russia", "start": 0, "end": 6, "type": "state", "id": "RUS"},
    ...         {"text": "and", "start": 7, "end": 10, "type": "state", "id": "AND"}],
    ...     "statements": [{"subject": "RUS", "predicate": "memberOf", "object": "CIS",
    ...                     "asserted_by": "sergey-lavrov"}]})
    >>> result.mentions, result.statements, result.attribution
    (Counts(tp=1, fp=1, fn=1), Counts(tp=1, fp=0, fn=0), Attribution(correct=0, total=1))
    >>> for error in result.errors: print(error)
    x: mention FN: [11:15] 'Iran' state IRN
    x: mention FP: [7:10] 'and' AND
    x: mention id FN: IRN
    x: mention id FP: AND
    x: attribution wrong asserter: (RUS, memberOf, CIS) gold ['author'] predicted ['sergey-lavrov']
    """
    name = gold.name
    errors: list[ScoringError] = []
    predicted_mentions, predicted_statements = _predicted_parts(predicted)

    # Mentions: exact (start, end, id). Open-world (new:) mentions are not scored here.
    catalogued = [m for m in gold.mentions if _scored(m.type, m.id)]
    required = {m.key: m for m in catalogued if not m.optional}
    optional = {m.key for m in catalogued if m.optional} - required.keys()
    predicted_spans = {(start, end, id_): text for start, end, id_, text in predicted_mentions}
    found = predicted_spans.keys() & required.keys()
    missed = sorted(required.keys() - predicted_spans.keys())
    spurious = sorted(predicted_spans.keys() - required.keys() - optional)
    for key in missed:
        m = required[key]
        errors.append(
            ScoringError(name, "mention", "FN", f"[{m.start}:{m.end}] {m.text!r} {m.type} {m.id}")
        )
    for start, end, id_ in spurious:
        shown = (
            gold.text[start:end]
            if 0 <= start < end <= len(gold.text)
            else predicted_spans[(start, end, id_)]
        )
        errors.append(ScoringError(name, "mention", "FP", f"[{start}:{end}] {shown!r} {id_}"))
    mentions = Counts(len(found), len(spurious), len(missed))

    # Mentions, relaxed: the distinct ids of the document.
    gold_ids = {m.id for m in catalogued if not m.optional}
    optional_ids = {m.id for m in catalogued if m.optional} - gold_ids
    predicted_ids = {id_ for _, _, id_, _ in predicted_mentions}
    for id_ in sorted(gold_ids - predicted_ids):
        errors.append(ScoringError(name, "mention id", "FN", id_))
    for id_ in sorted(predicted_ids - gold_ids - optional_ids):
        errors.append(ScoringError(name, "mention id", "FP", id_))
    mention_ids = Counts(
        len(gold_ids & predicted_ids),
        len(predicted_ids - gold_ids - optional_ids),
        len(gold_ids - predicted_ids),
    )

    # Statements: distinct triples; attribution on the matched ones. Negative statements (the
    # asserter says the relation does not hold) are scored apart from the positive ones.
    gold_new = {
        value
        for s in gold.statements
        for value in (s.subject, s.object, s.asserted_by)
        if value and value.startswith(NEW_PREFIX)
    }
    gold_asserters: dict[Triple, set[str]] = defaultdict(set)
    required_triples: set[Triple] = set()
    optional_triples: set[Triple] = set()
    negative_triples: set[Triple] = set()
    for statement in gold.statements:
        triple = _ordered(statement.triple)
        if statement.polarity == "negative":
            negative_triples.add(triple)
            continue
        gold_asserters[triple].add(statement.asserted_by)
        (optional_triples if statement.optional else required_triples).add(triple)
    optional_triples -= required_triples
    predicted_asserters: dict[Triple, set[str]] = defaultdict(set)
    predicted_negative: set[Triple] = set()
    treaties_annotated = gold.round is not None and gold.round >= TREATY_ROUND
    for (subject, predicate, obj), asserted_by, polarity in predicted_statements:
        if predicate in TREATY_PREDICATES and not treaties_annotated:
            continue  # the text's round predates the treaty predicates: not annotated
        triple = _ordered((str(aligned(subject, gold_new)), predicate, aligned(obj, gold_new)))
        if polarity == "negative":
            predicted_negative.add(triple)
        else:
            predicted_asserters[triple].add(str(aligned(asserted_by, gold_new)))
    predicted_triples = set(predicted_asserters)
    matched = predicted_triples & required_triples
    missed_triples = required_triples - predicted_triples
    spurious_triples = predicted_triples - required_triples - optional_triples
    for triple in sorted(missed_triples, key=str):
        who = ", ".join(sorted(gold_asserters[triple]))
        errors.append(ScoringError(name, "statement", "FN", f"{_format_triple(triple)} by {who}"))
    for triple in sorted(spurious_triples, key=str):
        errors.append(ScoringError(name, "statement", "FP", _format_triple(triple)))
    correct = 0
    for triple in sorted(matched, key=str):
        if predicted_asserters[triple] == gold_asserters[triple]:
            correct += 1
        else:
            errors.append(
                ScoringError(
                    name,
                    "attribution",
                    "wrong asserter",
                    f"{_format_triple(triple)} gold {sorted(gold_asserters[triple])} "
                    f"predicted {sorted(predicted_asserters[triple])}",
                )
            )
    statements = Counts(len(matched), len(spurious_triples), len(missed_triples))
    denied = predicted_triples & negative_triples
    for triple in sorted(denied, key=str):
        errors.append(ScoringError(name, "denied fact", "FP", _format_triple(triple)))
    for triple in sorted(negative_triples - predicted_negative, key=str):
        errors.append(ScoringError(name, "negative statement", "FN", _format_triple(triple)))
    for triple in sorted(predicted_negative - negative_triples, key=str):
        errors.append(ScoringError(name, "negative statement", "FP", _format_triple(triple)))
    return DocumentScore(
        name=name,
        split=gold.split,
        mentions=mentions,
        mention_ids=mention_ids,
        statements=statements,
        attribution=Attribution(correct, len(matched)),
        errors=tuple(errors),
        negatives=Counts(
            len(predicted_negative & negative_triples),
            len(predicted_negative - negative_triples),
            len(negative_triples - predicted_negative),
        ),
        denied_produced=len(denied),
    )
