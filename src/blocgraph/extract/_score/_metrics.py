"""Scores: counts of true and false positives and negatives, attribution, the errors behind
them, and their micro-averages per split."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from blocgraph.extract._score._gold import SPLITS


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives and false negatives.

    >>> c = Counts(tp=3, fp=1, fn=2)
    >>> round(c.precision, 2), round(c.recall, 2), round(c.f1, 2)
    (0.75, 0.6, 0.67)
    >>> Counts().precision, Counts().recall, Counts().f1
    (1.0, 1.0, 1.0)
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        predicted = self.tp + self.fp
        return self.tp / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        expected = self.tp + self.fn
        return self.tp / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Matched statements whose ``asserted_by`` agrees with the gold, out of all matched ones."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0

    def __add__(self, other: Attribution) -> Attribution:
        return Attribution(self.correct + other.correct, self.total + other.total)


ErrorKind = Literal[
    "mention", "mention id", "statement", "attribution", "denied fact", "negative statement"
]


@dataclass(frozen=True, slots=True)
class ScoringError:
    """One disagreement with the gold: a false positive, a false negative or a wrong asserter."""

    document: str
    kind: ErrorKind
    error: Literal["FP", "FN", "wrong asserter"]
    detail: str

    def __str__(self) -> str:
        return f"{self.document}: {self.kind} {self.error}: {self.detail}"


@dataclass(frozen=True, slots=True)
class DocumentScore:
    """The scores of one document and the errors behind them."""

    name: str
    split: str
    mentions: Counts
    mention_ids: Counts
    statements: Counts
    attribution: Attribution
    errors: tuple[ScoringError, ...] = ()
    negatives: Counts = Counts()
    denied_produced: int = 0


@dataclass(frozen=True, slots=True)
class SplitScore:
    """Micro-averaged scores of several documents (counts summed, then P/R/F1)."""

    split: str
    documents: int
    mentions: Counts
    mention_ids: Counts
    statements: Counts
    attribution: Attribution
    negatives: Counts = Counts()
    denied_produced: int = 0


@dataclass(frozen=True, slots=True)
class CorpusScore:
    """Document scores with their micro-averages per split and over all documents."""

    documents: tuple[DocumentScore, ...]
    splits: tuple[SplitScore, ...]
    overall: SplitScore

    def split(self, name: str) -> SplitScore:
        """The micro-average of one split (a split with no document scores 1.0 throughout)."""
        for score in self.splits:
            if score.split == name:
                return score
        return _sum(name, [])


def _sum(split: str, documents: Sequence[DocumentScore]) -> SplitScore:
    mentions, mention_ids, statements, attribution = Counts(), Counts(), Counts(), Attribution()
    negatives, denied = Counts(), 0
    for document in documents:
        mentions += document.mentions
        mention_ids += document.mention_ids
        statements += document.statements
        attribution += document.attribution
        negatives += document.negatives
        denied += document.denied_produced
    return SplitScore(
        split, len(documents), mentions, mention_ids, statements, attribution, negatives, denied
    )


def score_corpus(documents: Iterable[DocumentScore]) -> CorpusScore:
    """Micro-average document scores per split (``dev``, ``test``, then any other) and overall.

    >>> a = DocumentScore("a", "dev", Counts(1, 0, 1), Counts(1, 0, 0), Counts(2, 0, 0),
    ...                   Attribution(2, 2))
    >>> b = DocumentScore("b", "dev", Counts(3, 1, 0), Counts(2, 1, 0), Counts(0, 1, 2),
    ...                   Attribution(0, 0))
    >>> corpus = score_corpus([a, b])
    >>> corpus.split("dev").mentions, corpus.split("dev").statements.recall
    (Counts(tp=4, fp=1, fn=1), 0.5)
    >>> corpus.split("test").documents
    0
    """
    ordered = tuple(sorted(documents, key=lambda d: (_split_rank(d.split), d.name)))
    by_split: dict[str, list[DocumentScore]] = defaultdict(list)
    for document in ordered:
        by_split[document.split].append(document)
    splits = tuple(_sum(split, docs) for split, docs in by_split.items())
    return CorpusScore(ordered, splits, _sum("all", ordered))


def _split_rank(split: str) -> tuple[int, str]:
    return (SPLITS.index(split) if split in SPLITS else len(SPLITS), split)


def list_errors(
    scores: DocumentScore | CorpusScore, *, split: str | None = None, limit: int | None = None
) -> list[ScoringError]:
    """The errors of a document or of a corpus (optionally one split), document by document.

    Parameters
    ----------
    scores:
        One document's score or a corpus score.
    split:
        Only the documents of this split.
    limit:
        At most this many errors.

    Returns
    -------
    False negatives and false positives (mentions, ids, statements) and wrong asserters.
    """
    documents = scores.documents if isinstance(scores, CorpusScore) else (scores,)
    errors = [
        error
        for document in documents
        if split is None or document.split == split
        for error in document.errors
    ]
    return errors if limit is None else errors[:limit]
