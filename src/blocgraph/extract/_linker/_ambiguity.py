"""The ambiguity rules of ``data/gazetteer/ambiguous.csv``: when a word that may name a state
or a body is linked ("Georgia" not in a paragraph about the US state, "Jordan" not next to
another name, "Xi" only after a title, "Того" not where it opens a sentence)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from blocgraph.extract._gazetteer import Entry
from blocgraph.extract._linker._heads import STATE_HEADS, _heads_at
from blocgraph.extract._linker._names import (
    _NAME_FUNCTION_WORDS,
    HONORIFICS,
    title_at,
    title_ending_at,
)


def allowed(
    doc: Doc,
    start: int,
    end: int,
    rules: frozenset[str],
    us_context: bool,
    lookup: Callable[[str], tuple[Entry, ...]],
) -> bool:
    """Whether the ambiguity rules of a surface form (``data/gazetteer/ambiguous.csv``) let it
    be linked at ``doc[start:end]``; ``lookup`` gives what a word may name."""
    if "not_us_state" in rules:
        before = doc[max(0, start - 2) : start].text.lower()
        heads = doc[max(0, start - 4) : start - 2].text.lower()  # "the heads of state of Georgia"
        if us_context or (
            before.endswith("state of") and not heads.endswith(("head of", "heads of"))
        ):
            return False
    if "person_name" in rules:
        after = doc[end] if end < len(doc) else None
        if (
            after is not None
            and after.is_alpha
            and after.is_title
            and after.text not in _NAME_FUNCTION_WORDS
            and not lookup(after.text)
            and not _heads_at(doc, end, STATE_HEADS)
            and title_at(doc, end) is None
        ):
            return False
        before_token = doc[start - 1] if start > 0 else None
        if (
            before_token is not None
            and before_token.is_alpha
            and before_token.is_title
            and before_token.text not in _NAME_FUNCTION_WORDS
            and before_token.lower_ not in HONORIFICS
            and not lookup(before_token.text)
        ):
            return False
    if "mid_sentence" in rules and opens_sentence(doc, start):
        return False  # "Того же мнения …": the pronoun; "Бенин и Того": the state
    if "in_state_list" in rules and not listed_with_states(doc, start, end, lookup):
        return False  # "Gabon, Congo and Kuwait": the Republic; "eastern Congo": unsaid
    if "needs_title" in rules:
        before_word = doc[start - 1].lower_ if start > 0 else ""
        if not (before_word in HONORIFICS or title_ending_at(doc, start) is not None):
            return False
    return True


_LIST_GLUE = frozenset({",", ";", "and", "or", "&", "и", "или"})


def listed_with_states(
    doc: Doc, start: int, end: int, lookup: Callable[[str], tuple[Entry, ...]]
) -> bool:
    """Whether a word is an item of a list of states: a state named right beside it across a
    comma or "and" ("Gabon, Congo and Kuwait", "Габон, Конго и Кувейт", "…, the Congo, and")."""

    def names_state(first: int, last: int) -> bool:
        if first < 0 or last > len(doc) or first >= last:
            return False
        return any(e.type == "state" for e in lookup(doc[first:last].text))

    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k >= 1 and doc[k].lower_ in _LIST_GLUE and (names_state(k - 1, k) or names_state(k - 2, k)):
        return True
    k = end
    if k < len(doc) and doc[k].lower_ in _LIST_GLUE:
        k += 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        return names_state(k, k + 1) or names_state(k, k + 2)
    return False


_OPENERS = frozenset({".", "!", "?", "…", "«", '"', "“", "„", "(", ":", "—", "–", "-"})


def opens_sentence(doc: Doc, start: int) -> bool:
    """Whether a word opens a sentence, a quote, a line or a dialogue turn."""
    if start == 0:
        return True
    before = doc[start - 1]
    return before.is_space or "\n" in before.whitespace_ or before.text in _OPENERS
