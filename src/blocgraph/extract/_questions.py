"""Polar questions assert nothing: "Is Norway a member of the EU?", "Является ли Норвегия членом
ЕС?", "Has Kazakhstan ratified the Paris Agreement?", "Turkey leaves NATO?" ask whether a fact
holds. A statement read in such a sentence is dropped, whichever reader found it. A question with
a question word ("Why did Britain leave the EU?") presupposes its fact and is left to the readers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from blocgraph.extract._model import Statement
from blocgraph.extract._russian import is_cyrillic

_ENGLISH_OPENERS = frozenset(
    {"is", "are", "was", "were", "will", "would", "has", "have", "had", "does", "do", "did"}
    | {"can", "could", "should", "shall", "may", "might", "must"}
    | {"isn't", "aren't", "wasn't", "weren't", "won't", "hasn't", "haven't", "doesn't"}
    | {"don't", "didn't", "can't", "shouldn't"}
)
"""An English sentence opening with an auxiliary or the copula and ending in "?" asks."""
_RUSSIAN_PARTICLES = frozenset({"ли", "разве", "неужели", "неужто"})
"""A Russian sentence with one of these particles and ending in "?" asks."""
_QUESTION_WORDS = frozenset(
    {"what", "why", "how", "when", "where", "who", "whom", "whose", "which"}
    | {"что", "почему", "как", "когда", "где", "кто", "зачем", "какой", "какая", "какие"}
    | {"каким", "какое", "сколько", "чем", "чего", "кого", "кому", "откуда", "куда"}
)
"""Words of a question that asks for more than yes or no: it presupposes its fact."""
_TAG_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "you", "i", "there"})
_WORD = re.compile(r"[\w'’-]+")
_CLOSERS = "\"'»”’)]… \t\r\n"


def polar_question(sentence: str) -> bool:
    """Whether ``sentence`` is a yes–no question.

    >>> polar_question("Is Norway a member of the EU?")
    True
    >>> polar_question("Вступит ли Турция в ЕС?")
    True
    >>> polar_question("Why did Britain leave the EU?")
    False
    >>> polar_question("Norway is a member of NATO.")
    False
    >>> polar_question("Malaysia, Thailand leave ASEAN?")
    True
    """
    if not sentence.rstrip(_CLOSERS).endswith("?"):
        return False
    words = [w.lower().replace("’", "'") for w in _WORD.findall(sentence)]
    if not words:
        return False
    if words[0] in _ENGLISH_OPENERS or any(w in _RUSSIAN_PARTICLES for w in words):
        return True
    if len(words) >= 2 and words[-2] in _ENGLISH_OPENERS and words[-1] in _TAG_PRONOUNS:
        return False  # "Norway is a member of NATO, isn't it?": a tag asks to agree
    # a statement asked with the voice alone: "Malaysia, Thailand leave ASEAN?", "Турция
    # выйдет из НАТО?"; not a question with a question word, which presupposes its fact, nor an
    # English one with an auxiliary inside ("My Lords, is it not the case that A is …?": a
    # question asked to assert)
    if any(w in _QUESTION_WORDS for w in words):
        return False
    return is_cyrillic(sentence) or not any(w in _ENGLISH_OPENERS for w in words)


def without_questions(text: str, statements: Iterable[Statement]) -> list[Statement]:
    """The statements not read in a polar question of ``text`` (document offsets)."""
    asked: dict[tuple[int, int], bool] = {}
    kept: list[Statement] = []
    for statement in statements:
        bounds = (statement.sentence_start, statement.sentence_end)
        if bounds not in asked:
            asked[bounds] = polar_question(text[bounds[0] : bounds[1]])
        if not asked[bounds]:
            kept.append(statement)
    return kept
