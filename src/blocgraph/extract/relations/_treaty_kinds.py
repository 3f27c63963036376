"""Definite descriptions of an instrument: "the landmark arms control pact" once the text has
named the New START Treaty is that treaty, while "the peace treaty" after a Declaration of
Principles is another instrument — a declaration, a memorandum and a treaty are different kinds."""

from __future__ import annotations

from spacy.tokens import Span, Token

from blocgraph.extract.relations._tree import case_of, kids

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


_DECLARATIONS = frozenset({"declaration", "декларация"})
_JOINTTEXTS = frozenset({"statement", "communique", "communiqué"})


def declaration_object(verb: Token, joint: bool = False, titled: bool = False) -> bool:
    """Whether a verb's object is a declaration (named or not), or the text of one; with
    ``joint``, a joint statement or communiqué counts too ("issued a Joint Statement on …"); with
    ``titled``, only a title, a capitalised noun, or the text that follows ("issued a joint
    statement on upgrading ties" reports talks)."""
    for obj in kids(verb, "obj", "nsubj:pass"):
        if obj.lemma_.lower() in TEXTS:  # "the text of the Declaration on …"
            obj = next((c for c in kids(obj, "nmod") if case_of(c) == "of"), obj)
        following = any(c.lower_ == "following" for c in obj.children)
        if titled and not (obj.text[:1].isupper() or following):
            continue  # "the following declaration": the title below (``following_named``)
        words = {t.lemma_.lower() for t in obj.subtree} | {t.lower_ for t in obj.subtree}
        if words & _DECLARATIONS or (joint and "joint" in words and words & _JOINTTEXTS):
            return True
    return False


TEXTS = frozenset({"text", "текст"})
"""Nouns of an instrument's text ("the text of the declaration"): the instrument."""
