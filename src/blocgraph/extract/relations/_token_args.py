"""Mentions mapped onto a parsed sentence's tokens, as the readers see them: each token of a
mention → the mention as an argument, and the mentions that are the subject of a clause."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from blocgraph.extract.relations._tree import Arg, base, kids

if TYPE_CHECKING:
    from blocgraph.extract.relations._reader import Entity


def map_entities(doc: Doc, entities: list[Entity]) -> dict[int, Arg]:
    """Each parse token inside a mention → the mention as an argument (the longest wins, but a
    state that modifies a word of a lower-case instrument described around it keeps its tokens:
    "a joint statement on the elevation of Malaysia-Japan ties")."""
    text = doc.text
    by_token: dict[int, Arg] = {}
    for entity in sorted(entities, key=lambda e: e.char_end - e.char_start):
        span = doc.char_span(entity.char_start, entity.char_end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        arg = Arg(entity.id, entity.type, span.start, span.end, entity.char_start, entity.char_end)
        first = text[entity.char_start : entity.char_start + 1]
        described = entity.type == "treaty" and first.islower()
        for i in range(span.start, span.end):
            held = by_token.get(i)
            if described and held is not None and _modifier(doc, held):
                continue
            by_token[i] = arg
    return by_token


def _modifier(doc: Doc, arg: Arg) -> bool:
    """Whether a state's mention modifies a noun ("Malaysia-Japan ties"), not a party."""
    return arg.type == "state" and base(doc[arg.start : arg.end].root.dep_) in {"compound", "amod"}


def subject_spans(sent: Span, by_token: dict[int, Arg]) -> set[tuple[int, int]]:
    """The mentions of a sentence that are the subject of a finite clause (the head of the
    mention's words is an ``nsubj``; a list's items count only as a list, not one by one)."""
    found: set[tuple[int, int]] = set()
    for i, arg in by_token.items():
        token = sent.doc[i]
        if not sent.start <= i < sent.end or token.head.i in range(arg.start, arg.end):
            continue  # not the head word of the mention
        if base(token.dep_) == "nsubj" and not kids(token, "conj"):
            found.add((arg.char_start, arg.char_end))
    return found
