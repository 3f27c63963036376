"""Training examples from the gold set: each candidate pair of a gold text labelled with the
predicates its text's annotation gives the pair.

The gold set annotates statements per document, not per sentence, so a pair named in several
sentences carries the document's label in each (distant supervision inside the document); the
model asserts a triple when any one sentence scores high enough. A gold statement marked
``optional`` or whose predicate the annotation denies leaves that predicate unsure or negative.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from blocgraph.extract._model import NEW_PREFIX, Extraction
from blocgraph.extract._score import GoldDocument, aligned
from blocgraph.extract.learned._apply import PairPass
from blocgraph.extract.learned._logistic import Example

PREDICATES: tuple[str, ...] = ("memberOf", "joined")
"""What the pair model asserts. Statuses, exits and suspensions are left to the tree and the
rules: on rounds 20–46 the model's own readings of them were wrong more often than right."""


@dataclass(frozen=True, slots=True)
class ReadDocument:
    """A gold document with what the tree and the rules read in it and its candidate pairs."""

    gold: GoldDocument
    extraction: Extraction
    pairs: PairPass


def examples(documents: Iterable[ReadDocument]) -> list[Example]:
    """Every candidate of the documents, labelled from their annotations."""
    out: list[Example] = []
    for read in documents:
        positive: dict[tuple[str, str], set[str]] = {}
        unsure: dict[tuple[str, str], set[str]] = {}
        gold_new = [
            x
            for s in read.gold.statements
            for x in (s.subject, s.object or "")
            if x.startswith(NEW_PREFIX)
        ]
        for s in read.gold.statements:
            if s.object is None or s.predicate not in PREDICATES:
                continue
            key = (s.subject, s.object)
            if s.optional:
                unsure.setdefault(key, set()).add(s.predicate)
            elif s.polarity == "positive":
                positive.setdefault(key, set()).add(s.predicate)
        for placed in read.pairs.resolved():
            c = placed.candidate
            key = (_aligned(c.subject, gold_new), _aligned(c.object, gold_new))
            labels = frozenset(positive.get(key, set()))
            out.append(Example(c.features, labels, frozenset(unsure.get(key, set())) - labels))
    return out


def _aligned(value: str, gold_new: Sequence[str]) -> str:
    """A candidate's open-world id as the gold ``new:`` id the scorer would match it to."""
    return aligned(value, gold_new) or value
