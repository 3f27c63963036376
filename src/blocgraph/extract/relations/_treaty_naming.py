"""Instruments a text names where it describes them: "a charter signed by A …, known as the
Charter of the GCC", "the document entitled the Comprehensive and Enhanced Partnership
Agreement", "соглашение, получившее название «…»" — a naming word, then a treaty mention."""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract.relations._frames import Context
from blocgraph.extract.relations._treaty_names import treaty_noun
from blocgraph.extract.relations._tree import Arg

_NAMING = frozenset({"known", "called", "named", "titled", "entitled", "dubbed"})
_NAMING_LEMMAS = frozenset({"название", "называть", "называемый", "именовать", "именуемый"})
"""Russian words that introduce a name ("получившее официальное название «…»", "так
называемый …", "именуемый …"), by lemma."""


def _naming(word: Token) -> bool:
    """Whether a word introduces a name ("known as", "dubbed", "под названием")."""
    return word.lower_ in _NAMING or word.lemma_.lower() in _NAMING_LEMMAS


def named_later(noun: Token, context: Context) -> Arg | None:
    """The treaty an indefinite instrument noun is named as later in its sentence ("a charter
    signed by A …, known as the Charter of the GCC"), with no other instrument noun between."""
    sent = noun.sent
    for k in range(noun.i + 1, sent.end - 1):
        word = noun.doc[k]
        if treaty_noun(word) and k not in context.by_token:
            return None
        if _naming(word):
            return _treaty_after(word, context)
    return None


def named_as(noun: Token, context: Context) -> Arg | None:
    """The treaty an instrument noun's own modifier names it as: "the document entitled the
    Comprehensive and Enhanced Partnership Agreement", "an informal agreement called …", "the
    document which became known as the Geneva Agreement" — a naming word in the noun's
    subtree or right after it (the parser may hang "entitled" on the verb)."""
    doc = noun.doc
    after = [doc[k] for k in (noun.i + 1, noun.i + 2) if k < noun.sent.end]
    if after and after[0].text != ",":
        after = after[:1]  # "the document, entitled …" or "the document entitled …"
    for word in sorted({*noun.subtree, *after}, key=lambda t: t.i):
        if word.i > noun.i and _naming(word):
            return _treaty_after(word, context)
    return None


def _treaty_after(word: Token, context: Context) -> Arg | None:
    """The treaty a naming word introduces: the first entity within three words, if a treaty."""
    for i in range(word.i + 1, min(word.i + 4, word.sent.end)):
        arg = context.by_token.get(i)
        if arg is not None:
            return arg if arg.type == "treaty" else None
    return None
