"""A membership dated from a year is the joining that year: "Albania has been a member of the
OIC since 1992", "A member of the EU since 1995, Finland …", "является членом ВТО с 2012 года"
give ``memberOf`` and ``joined`` with ``year`` (the gold's reading in 4 texts of 5)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from spacy.tokens import Token

from blocgraph.extract.relations._tree import case_of

if TYPE_CHECKING:
    from blocgraph.extract._model import Statement
    from blocgraph.extract.relations._reader import TreeStatement

_SINCE = frozenset({"since", "с", "со"})
_YEARS = range(1800, 2101)
_YEAR_NOUNS = frozenset({"год", "г", "г."})
"""After Russian "с", only a year ("с 1992 года") dates: "с Россией" is a partner."""
SUFFIX = "+since"
"""Marks the rule of a joining read from a dated membership."""


def _year_of(phrase: Token) -> int | None:
    """The year a "since" phrase names: "since 1992", "с 1992 года", "с 1992 г."."""
    if case_of(phrase) not in _SINCE:
        return None
    russian = case_of(phrase) != "since"
    if russian and phrase.lemma_.lower() not in _YEAR_NOUNS and not phrase.like_num:
        return None
    for token in (phrase, *phrase.children):
        if len(token.text) == 4 and token.text.isdigit() and int(token.text) in _YEARS:
            return int(token.text)
    return None


def since_year(trigger: Token) -> int | None:
    """The year a membership noun or verb is dated from, on itself or on its copula's clause."""
    holders = [trigger]
    if trigger.dep_.split(":")[0] in {"xcomp", "obj", "obl"}:
        holders.append(trigger.head)  # "has remained a member … since", "является членом … с"
    for holder in holders:
        for child in holder.children:
            if child.dep_.split(":")[0] in {"obl", "nmod", "advmod"}:
                year = _year_of(child)
                if year is not None:
                    return year
    return None


def joined_since(made: TreeStatement, trigger: Token) -> list[TreeStatement]:
    """The joining a positive membership dated "since" a year states, or nothing."""
    if made.predicate != "memberOf" or made.polarity != "positive" or made.object is None:
        return []
    year = since_year(trigger)
    return [] if year is None else [joining(made, year)]


_Dated = TypeVar("_Dated", "TreeStatement", "Statement")


def joining(membership: _Dated, year: int) -> _Dated:
    """The joining in ``year`` a membership dated "since" it states (the tree's statement or a
    rule's), its rule marked with :data:`SUFFIX`."""
    return replace(
        membership, predicate="joined", qualifiers={"year": year}, rule=membership.rule + SUFFIX
    )
