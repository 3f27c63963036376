"""Leaving and suspension beyond the plain verb: "Morocco was a founding member of the OAU but
withdrew in 1984" (``left-after-member``) and a membership noun phrase followed by its verb:
"Moldova's membership in the CIS was suspended", "the membership of S in O ended"
(``suspended``, ``ceased-membership``).
"""

from __future__ import annotations

from typing import Any

from blocgraph.extract._linker import Linked
from blocgraph.extract._rules._cues import _FUTURE, _INTENT, _MODAL, _NEGATION
from blocgraph.extract._rules._lexicon import _PASSIVE_AUX, _YEAR, MONTHS
from blocgraph.extract._rules._view import Found, _conditional, _span, _View, _year_qualifier

# what may follow an intransitive "withdrew" / "left": a date or a reason, not an object
_INTRANSITIVE_NEXT = frozenset(
    {"in", "on", ",", ".", ";", "after", "following", "when", "because", "over", "at", "during"}
)
_MEMBER_GAP = frozenset(
    {"was", "were", "had", "been", "is", "a", "an", "one", "of", "the", "founding", "original"}
    | {"full", "also", "once"}
)


def _left_after_member(view: _View, t0: int, t1: int) -> list[Found]:
    """The body named in the clause before: "Morocco was a founding member of the OAU but
    withdrew in 1984" (``left``); "withdrew from the talks" or "left office" give nothing."""
    if view.word(t1) not in _INTRANSITIVE_NEXT and not _YEAR.match(view.text(t1)):
        return []
    j = t0 - 1
    while view.word(j) in {"later", "then", "subsequently", "eventually"}:
        j -= 1
    if view.word(j) not in {"but", "and"}:
        return []
    k = j - 1 if view.word(j - 1) == "," else j
    organisation = view.ends.get(k)
    if organisation is None or organisation.type != "body":
        return []
    m = organisation.start - 1
    while view.word(m) == "the":
        m -= 1
    if view.word(m) != "of" or view.word(m - 1) not in {"member", "members"}:
        return []
    state = view.left(m - 1, frozenset({"state"}), window=6)
    if state is None or set(view.words(state.end, m - 1)) - _MEMBER_GAP:
        return []
    if view.cue(state.start, t1, _NEGATION, _MODAL, _INTENT, _FUTURE):
        return []
    year = view.year(t1, state.start)
    return [
        Found(
            state.id,
            "left",
            organisation.id,
            [(t0, t1), _span(state), _span(organisation)],
            "left-after-member",
            _year_qualifier(year),
        )
    ]


_PHRASE_GAP = _PASSIVE_AUX | {
    "has",
    "have",
    "had",
    "formally",
    "officially",
    "effectively",
    "temporarily",
    "then",
    "later",
    "eventually",
    "in",
    "on",
    "of",
    "the",
    ",",
}


def _membership_phrase_verb(view: _View, t0: int, t1: int, label: str) -> list[Found]:
    """A membership noun phrase, then the verb saying what happened to it: "Moldova's
    membership in the CIS was suspended", "the membership of S in O ended in 2012", "S's O
    membership was terminated"."""
    k = t0 - 1
    while k >= view.start and t0 - k <= 8 and view.word(k) not in {"membership", "participation"}:
        if not (
            view.word(k) in _PHRASE_GAP
            or view.word(k) in MONTHS
            or view.text(k).isdigit()
            or k in view.noise
            or k in view.covered
        ):
            return []
        k -= 1
    if view.word(k) not in {"membership", "participation"}:
        return []
    noun = k
    state: Linked | None = None
    organisation: Linked | None = None
    before = view.ends.get(noun)
    if before is not None and before.type == "body":  # "Moldova's CIS membership"
        organisation = before
        before = view.ends.get(before.start - 1) if view.word(before.start - 1) in _POSS else None
    elif view.word(noun - 1) in _POSS:
        before = view.ends.get(noun - 1)
    else:
        before = None
    if before is not None and before.type == "state":
        state = before
    j = noun + 1
    if state is None and view.word(j) == "of":
        state = view.right(j + 1, frozenset({"state"}), window=2, skip=frozenset({"the"}))
        j = state.end if state is not None else j
    if organisation is None and view.word(j) in {"in", "of", "to", "within"}:
        organisation = view.right(j + 1, frozenset({"body"}), window=2, skip=frozenset({"the"}))
    if state is None or organisation is None:
        return []
    lo = min(state.start, noun)
    if view.cue(lo, t1, _NEGATION, _MODAL, _INTENT, _FUTURE) or _conditional(view, lo):
        return []
    predicate, rule = (
        ("left", "ceased-membership") if label == "end" else ("suspendedIn", "suspended")
    )
    qualifiers: dict[str, Any] = {}
    year = view.year(t1, lo)
    if year is not None:
        qualifiers["year"] = year
    return [
        Found(
            state.id,
            predicate,
            organisation.id,
            [(t0, t1), (noun, noun + 1), _span(state), _span(organisation)],
            rule,
            qualifiers,
        )
    ]


_POSS = frozenset({"'s", "’s"})
