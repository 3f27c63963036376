"""Definite descriptions of an instrument: "the landmark arms control pact" once the text has
named the New START Treaty is that treaty, while "the peace treaty" after a Declaration of
Principles is another instrument — a declaration, a memorandum and a treaty are different kinds."""

from __future__ import annotations

from spacy.tokens import Span, Token

from blocgraph.extract.relations._tree import kids

_DEFINITE = frozenset({"the", "this", "that", "этот", "данный", "указанный"})
_TOPICAL = frozenset({"on", "of", "about", "between", "о", "об", "между"})


def definite_description(token: Token, described: Span, named: str) -> bool:
    """Whether a described instrument only describes the treaty ``named`` last: a definite
    noun phrase ("the historic arms control deal", "the most widely ratified human rights
    treaty") whose words do not say what it is on or between (a lower-case title, "the treaty on
    allied relations", names an instrument of its own), of the named one's kind ("the peace
    treaty" after a Declaration of Principles is another instrument)."""
    articles = {w for c in kids(token, "det") for w in (c.lower_, c.lemma_.lower())}
    if not articles & _DEFINITE or any(t.lower_ in _TOPICAL for t in described):
        return False
    kind = _kind(token.lemma_.lower())
    named_kinds = {k for word in named.lower().split() if (k := _kind(word)) is not None}
    return kind is None or not named_kinds or kind in named_kinds


_KINDS = {
    **dict.fromkeys(["treaty", "pact", "agreement", "accord", "convention", "deal"], "binding"),
    **dict.fromkeys(["договор", "соглашение", "пакт", "конвенция"], "binding"),
    **dict.fromkeys(["declaration", "statement", "communique", "communiqué"], "declaratory"),
    **dict.fromkeys(["декларация", "заявление", "коммюнике"], "declaratory"),
    **dict.fromkeys(["memorandum", "mou", "меморандум"], "memorandum"),
}
"""Kinds of instrument a head noun names: a declaration is not "the treaty"."""


def _kind(word: str) -> str | None:
    return _KINDS.get(word) or _KINDS.get(word.rstrip("s"))
