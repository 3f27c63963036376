"""Open-world groupings named in quotes beside the noun that says what they are: "платформа
«3+3»", "в формате «Астанинская тройка»", "the “3+3” platform".

A format of states is often named by a nickname or a formula in quotes, with no organisation head
word for the minters to find. Only nouns of groupings of states count, not "группа", which
also names companies ("группа «Газпром»"), nor "initiative", which names plans. The id is the
slug of the quoted name, a "+" read as "plus" ("плюс"), as the minter reads "OPEC+".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from blocgraph.extract._russian import is_cyrillic
from blocgraph.extract.relations._reader import Entity
from blocgraph.extract.relations._slug import slug

_GROUPINGS = frozenset(
    {"платформа", "формат", "объединение", "альянс", "форум", "блок", "коалиция", "механизм"}
    | {"platform", "format", "grouping", "alliance", "forum", "bloc", "coalition", "mechanism"}
)
_QUOTED = re.compile(r"[«“\"‘']([0-9A-ZА-ЯЁ][^«»“”\"‘’'\n]{0,58}?)[»”\"’']")
_LONGEST = 6
"""Words of the longest quoted name: a longer quote is a citation."""


def quoted_groupings(doc: Doc, taken: set[tuple[int, int]]) -> list[Entity]:
    """Bodies named by a quoted name next to a grouping noun, outside the spans already taken."""
    text = doc.text  # built anew by spaCy on every access
    found: list[Entity] = []
    for match in _QUOTED.finditer(text):
        start, end = match.span(1)
        name = match.group(1).strip()
        if len(name.split()) > _LONGEST or any(a < end and start < b for a, b in taken):
            continue
        if not (_grouping(_token_before(doc, match.start())) or _grouping_after(doc, match)):
            continue
        before = text[max(0, match.start() - 40) : match.start()]
        plus = " плюс " if is_cyrillic(name) or is_cyrillic(before) else " plus "
        found.append(Entity(start, end, "body", slug(name.replace("+", plus))))
    return found


def _token_before(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    return doc[span.start - 1]


def _grouping(token: Token | None) -> bool:
    return token is not None and token.lemma_.lower() in _GROUPINGS


def _grouping_after(doc: Doc, match: re.Match[str]) -> bool:
    """An English noun right after the quote ("the “3+3” platform")."""
    span = doc.char_span(match.end() - 1, match.end(), alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    following = doc[span.end]
    return following.lower_ in _GROUPINGS and not is_cyrillic(following.text)


_RU_BLOCS = frozenset({"блок", "альянс", "коалиция"})
"""Russian nouns of an alliance that a bare capitalised name follows ("блока Антанты", "альянс
АУКУС" is an acronym's, minted elsewhere); not "союз" or "группа", which take their members'
names ("союз России и Белоруссии") or companies'."""


def named_blocs(doc: Doc, taken: set[tuple[int, int]]) -> list[Entity]:
    """Russian alliances named by one capitalised word after their noun ("государства блока
    Антанты", "коалиция Антанты"): the word in the nominative, outside the spans already taken
    (a state, a known body, a person)."""
    found: list[Entity] = []
    for token in doc[:-1]:
        name = doc[token.i + 1]
        if token.lemma_.lower() not in _RU_BLOCS or not is_cyrillic(name.text):
            continue
        if not (name.is_alpha and name.text[:1].isupper() and name.text[1:].islower()):
            continue  # a capital only, not an acronym ("блок НАТО" is known)
        start, end = name.idx, name.idx + len(name.text)
        if any(a < end and start < b for a, b in taken) or name.pos_ not in {"PROPN", "NOUN"}:
            continue
        found.append(Entity(start, end, "body", slug(name.lemma_.capitalize())))
    return found
