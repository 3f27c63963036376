"""Bodies the tree pass found in a chunk, as linked spans the surface rules read: open-world
names it minted, and "the organisation", "the bloc" standing for the body in focus."""

from __future__ import annotations

from spacy.tokens import Doc

from blocgraph.extract._linker import Linked
from blocgraph.extract._model import Mention
from blocgraph.extract._tree_merge import TreePass


def minted_bodies(
    doc: Doc, minted: list[Mention], offset: int, linked: list[Linked]
) -> list[Linked]:
    """The tree pass's open-world bodies as linked spans of the chunk's doc, where they overlap
    no linked mention."""
    taken = {i for m in linked for i in range(m.start, m.end)}
    found: list[Linked] = []
    for mention in minted:
        if mention.type != "body":
            continue
        start, end = mention.start - offset, mention.end - offset
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0 or taken.intersection(range(span.start, span.end)):
            continue
        found.append(Linked(span.start, span.end, "body", mention.id, start, end))
    return found


_BODY_WORDS = frozenset({"organisation", "organization", "bloc", "alliance", "grouping"})


def described_bodies(doc: Doc, trees: TreePass, linked: list[Linked]) -> list[Linked]:
    """ "The organisation", "the bloc" as the body in focus before their sentence, for the
    surface rules (the tree reads its own anaphors; this serves sentences it misparses)."""
    taken = {i for m in linked for i in range(m.start, m.end)}
    found: list[Linked] = []
    for sent in doc.sents:
        body = trees.bodies_before.get(sent.start)
        if body is None:
            continue
        for token in sent[1:]:
            previous = doc[token.i - 1]
            if token.lower_ in _BODY_WORDS and previous.lower_ == "the" and token.i not in taken:
                end = token.idx + len(token.text)
                found.append(Linked(token.i, token.i + 1, "body", body, token.idx, end))
    return found
