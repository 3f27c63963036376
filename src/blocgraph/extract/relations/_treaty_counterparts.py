"""The other side of a signing "with B": "A signed the Treaty of Friendship with B", "A
подписала соглашение о … с B" — B signs the instrument too (the gold set reads it so, 30 times
in 37)."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from blocgraph.extract.relations._frames import Context
from blocgraph.extract.relations._treaty_signers import as_signers
from blocgraph.extract.relations._tree import Arg, case_of, kids

_WITH = frozenset({"with", "с", "со"})
_SOME = frozenset({"a", "an", "another"})


def counterparts(
    trigger: Token, treaty_token: Token | None, context: Context, persons: Mapping[str, str]
) -> list[Arg]:
    """The other side of a signing "with B" ("A signed the Treaty of Friendship with B", "A
    подписала соглашение о … с B"): B signs it too. Only a "with" on the signing verb or on the
    instrument's noun, not one on another word ("talks with B"), and not for an unnamed one
    ("a free trade agreement with B": rounds 120 and 121 left those without a statement)."""
    if treaty_token is not None and {c.lower_ for c in kids(treaty_token, "det")} & _SOME:
        return []  # "signed a free trade agreement with B": unnamed, the contract's optional
    nominals = [c for c in kids(trigger, "obl") if _with(c)]
    if treaty_token is not None:  # "соглашение о взаимной отмене визовых требований с Палау"
        nominals += [
            t
            for t in treaty_token.subtree
            if t.i > treaty_token.i and _with(t) and _nominal_path(t, treaty_token)
        ]
    return as_signers(nominals, context, persons)


def _with(token: Token) -> bool:
    """Whether "with" marks a nominal, also when a possessive's "'s" shares it ("with New
    Zealand's High Commissioner")."""
    return case_of(token).split(" ")[0] in _WITH


def _nominal_path(token: Token, top: Token) -> bool:
    """Whether only nouns and adjectives stand between a dependent and ``top`` (no clause)."""
    node = token.head
    while node.i != top.i:
        if node.pos_ not in {"NOUN", "PROPN", "ADJ"} or node.head.i == node.i:
            return False
        node = node.head
    return True


_PAIR_GLUE = frozenset({"-", "–", "—", "/"})


def named_pair(doc: Doc, treaty: Arg, context: Context) -> list[Arg]:
    """The two states a bilateral instrument's name pairs ("the India-Bhutan Friendship Treaty",
    "the Nauru–Australia Treaty"): its signers when the signing names no other ("the signing of
    the India-Bhutan Friendship Treaty", "the A–B Treaty was signed on Monday"; the gold reads
    them so in 3 texts of 3)."""
    seen: list[Arg] = []
    for i in range(treaty.start, treaty.end):
        arg = context.states.get(i)  # the states inside the treaty's own mention
        if arg is not None and arg not in seen:
            seen.append(arg)
    if len(seen) != 2 or seen[0].id == seen[1].id or seen[0].end >= seen[1].start:
        return []
    glue = doc[seen[0].end : seen[1].start]
    return seen if len(glue) == 1 and glue[0].text in _PAIR_GLUE else []
