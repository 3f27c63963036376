"""Where the tree reader meets the rest of the extractor: statements in document offsets, and
the tree's verdict on what a surface rule found."""

from __future__ import annotations

from typing import cast

from spacy.tokens import Doc

from blocgraph.extract._attribution import Attribution
from blocgraph.extract._model import Polarity, Predicate, Statement
from blocgraph.extract._rules import Found
from blocgraph.extract.relations import Lexicon, TreeStatement, polarity

TREE_PREDICATES = frozenset(
    {"memberOf", "observerOf", "partnerOf", "joined", "left", "suspendedIn", "proposes"}
)
"""Predicates the tree reader reads; for the others the surface rules still speak alone."""


def tree_statements(
    found: TreeStatement,
    offset: int,
    attribution: Attribution,
    sentence_index: dict[int, int],
) -> Statement:
    """A tree reading as a :class:`Statement` in document offsets. The speaker is the tree's
    when it names one, else the quote or author attribution of the evidence."""
    chars = found.evidence
    sent_start, sent_end = found.sentence
    asserted_by = found.speaker or attribution.asserted_by(
        chars, sentence_index.get(sent_start, _nearest(sentence_index, sent_start))
    )
    return Statement(
        subject=found.subject,
        predicate=cast(Predicate, found.predicate),
        object=found.object,
        evidence_start=offset + min(c[0] for c in chars),
        evidence_end=offset + max(c[1] for c in chars),
        sentence_start=offset + sent_start,
        sentence_end=offset + sent_end,
        asserted_by=asserted_by,
        rule=found.rule,
        qualifiers=dict(found.qualifiers),
        polarity=cast(Polarity, found.polarity),
        antecedent=found.antecedent,
    )


def _nearest(sentence_index: dict[int, int], char: int) -> int:
    """The index of the last sentence (of the rule pipeline's split) starting at or before
    ``char``: the two pipelines may split sentences differently."""
    before = [i for start, i in sentence_index.items() if start <= char]
    return max(before) if before else 0


def checked_by_tree(parsed: Doc | None, doc: Doc, item: Found, lexicon: Lexicon) -> Polarity | None:
    """What the tree says of a rule's statement: ``positive``, ``negative`` (denied or negated)
    or ``None`` (only entertained). Without a parse, the rule stands (``positive``)."""
    if parsed is None:
        return "positive"
    tokens = []
    for start, end in item.tokens:
        if end <= start:
            continue
        span = parsed.char_span(
            doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), alignment_mode="expand"
        )
        if span is not None:
            tokens.extend(span)
    if not tokens:
        return "positive"
    triggers = [t for t in tokens if lexicon.trigger(t.lemma_, t.pos_) is not None]
    return polarity((triggers or tokens)[0], lexicon, future_ok=item.predicate == "proposes")
