"""The plain-text score table."""

from __future__ import annotations

from blocgraph.extract._score._metrics import CorpusScore, Counts, DocumentScore, SplitScore


def _prf(counts: Counts) -> str:
    return f"{counts.precision:4.2f} {counts.recall:4.2f} {counts.f1:4.2f}"


def _row(split: str, name: str, score: DocumentScore | SplitScore) -> str:
    attribution = f"{score.attribution.accuracy:4.2f} ({score.attribution.total})"
    s = score.statements
    counts = f"{s.tp}/{s.fp}/{s.fn}"
    return (
        f"{split:<5} {name:<48} {_prf(score.mentions)}   {_prf(score.mention_ids)}   "
        f"{_prf(score.statements)}   {counts:<11} {attribution}"
    )


def format_report(corpus: CorpusScore, *, per_document: bool = True) -> str:
    """A plain-text table: one row per document (unless ``per_document`` is false), then the
    micro-average of each split and of all documents.

    Columns: mentions (exact span and id), distinct ids per document, distinct triples, each as
    precision, recall and F1; statement tp/fp/fn; attribution accuracy (matched statements).

    >>> from blocgraph.extract._score import Attribution, score_corpus
    >>> doc = DocumentScore("a", "dev", Counts(9, 1, 0), Counts(5, 0, 0), Counts(3, 0, 1),
    ...                     Attribution(3, 3))
    >>> print(format_report(score_corpus([doc])))  # doctest: +NORMALIZE_WHITESPACE
    split document
      mentions P R F1   ids P R F1   statements P R F1   tp/fp/fn  attribution
    dev   a
      0.90 1.00 0.95   1.00 1.00 1.00   1.00 0.75 0.86   3/0/1     1.00 (3)
    dev   micro-average (1 document)
      0.90 1.00 0.95   1.00 1.00 1.00   1.00 0.75 0.86   3/0/1     1.00 (3)
    all   micro-average (1 document)
      0.90 1.00 0.95   1.00 1.00 1.00   1.00 0.75 0.86   3/0/1     1.00 (3)
    """
    header = (
        f"{'split':<5} {'document':<48} {'mentions P R F1':<14}   {'ids P R F1':<14}   "
        f"{'statements P R F1':<14}   {'tp/fp/fn':<11} attribution"
    )
    lines = [header]
    for split_score in (*corpus.splits, corpus.overall):
        if per_document and split_score.split != "all":
            for document in corpus.documents:
                if document.split == split_score.split:
                    lines.append(_row(document.split, document.name, document))
        plural = "document" if split_score.documents == 1 else "documents"
        label = f"micro-average ({split_score.documents} {plural})"
        lines.append(_row(split_score.split, label, split_score))
    return "\n".join(line.rstrip() for line in lines)
