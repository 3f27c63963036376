"""Obliques and nominal modifiers by their adposition, with the repair for one the parser hung on
a date before it ("founded in 2016 by A and B": "by A" under "2016"), and the body behind the
work of a body ("participation in the work of the CSTO", "участие в работе ОДКБ")."""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract._rules._lexicon import MONTHS
from blocgraph.extract.relations._tree import case_of, kids


def obliques(token: Token, cases: frozenset[str]) -> list[Token]:
    """Obliques and nominal modifiers marked by one of ``cases`` ("to the SCO", "в ШОС"), also
    where the parser hung one on a date before it ("founded in 2016 by A and B")."""
    found = [c for c in kids(token, "obl", "nmod") if case_of(c) in cases]
    for when in kids(token, "obl"):
        if _date(when):
            found += [c for c in kids(when, "nmod") if case_of(c) in cases]
    for work in [c for c in found if c.lemma_.lower() in _WORK]:
        found += [c for c in kids(work, "nmod") if case_of(c) in {"", "of"}]
    return found


_WORK = frozenset({"work", "activity", "activities", "работа", "деятельность"})
"""What a body does, standing for the body where a state takes part or stops taking part in it
("froze its participation in the work of the CSTO", "приостановила участие в деятельности ОДКБ")."""


def _date(token: Token) -> bool:
    """Whether an oblique is a year or a date ("in 2016", "in March 1991", "on 5 October")."""
    if token.like_num and len(token.text) == 4:
        return True
    return token.lower_ in MONTHS or any(
        c.like_num and len(c.text) == 4 for c in kids(token, "nummod", "compound")
    )
