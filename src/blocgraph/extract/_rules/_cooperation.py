"""Cooperation: "(S's / our) cooperation within O1, O2 and O3" (``cooperation-frameworks``), "S
cooperates with O" (``cooperates-verb``), "cooperation between A and O" — all ``cooperatesWith``.
"""

from __future__ import annotations

from typing import Any

from blocgraph.extract._linker import Linked
from blocgraph.extract._rules._cues import _NEGATION
from blocgraph.extract._rules._lexicon import _CLAUSE_BREAK, _HARD_STOP, _PREPOSITIONS
from blocgraph.extract._rules._view import Found, _span, _View

_COOP_FILLER = frozenset(
    {
        "with",
        "within",
        "in",
        "inside",
        "under",
        "through",
        "the",
        "framework",
        "frameworks",
        "format",
        "formats",
        "of",
        "platform",
        "platforms",
        "mechanisms",
        "bilateral",
        "multilateral",
        "both",
        "close",
        "closely",
        "actively",
        "в",
        "рамках",
        "с",
        "со",
        "внутри",
        "по",
        "линии",
    }
)
_COOP_SUBJECT_WINDOW = 15
_COOP_BLOCK = frozenset(
    [
        "seek",
        "seeks",
        "sought",
        "seeking",
        "want",
        "wants",
        "hope",
        "hopes",
        "plan",
        "plans",
        "intend",
        "intends",
        "offer",
        "offered",
        "invited",
        "invite",
        "proposed",
        "proposal",
        "may",
        "might",
        "could",
        "would",
        "possibility",
        "possibilities",
        "possible",
        "potential",
        "prospects",
        "prospect",
        "considering",
        "consider",
        "explore",
        "exploring",
    ]
)


def _cooperation(view: _View, t0: int, t1: int) -> list[Found]:
    body = frozenset({"body"})
    subjects: list[Linked] = []
    between_start = None
    if view.word(t1) in {"between", "among"}:
        first = view.right(t1 + 1, frozenset({"state", "body"}), window=2, skip=frozenset({"the"}))
        if first is not None:
            parties = view.expand_right(first, frozenset({"state", "body"}))
            bodies = [m for m in parties if m.type == "body"]
            states = [m for m in parties if m.type == "state"]
            if bodies and (states or len(bodies) > 1):
                subjects = states or bodies[:1]
                organisations = [b for b in bodies if b not in subjects]
                between_start = t1
                return _coop_found(view, t0, t1, subjects, organisations, between_start)
    first_org = view.right(t1, body, window=6, skip=_COOP_FILLER)
    if first_org is None:
        return []
    organisations = view.expand_right(first_org, body)
    subject = _coop_subject(view, t0)
    if subject is None:
        return []
    subjects = view.expand_left(subject, frozenset({"state", "body"}))
    return _coop_found(view, t0, t1, subjects, organisations, subject.start)


def _coop_subject(view: _View, t0: int) -> Linked | None:
    """Whose cooperation: a possessor ("Russia's", "our") or the clause's subject."""
    j = t0 - 1
    while j >= view.start and t0 - j <= _COOP_SUBJECT_WINDOW:
        mention = view.ends.get(j + 1)
        if mention is not None:
            if mention.type in {"state", "body"}:
                before = mention.start - 1
                while before >= view.start and view.word(before) == "the":
                    before -= 1
                if view.word(before) in _PREPOSITIONS:
                    j = before - 1
                    continue  # "relations with China and cooperation …": China is not the owner
                return mention
            j = mention.start - 1
            continue
        if view.text(j) in _HARD_STOP or view.word(j) in _CLAUSE_BREAK | {":"}:
            return None
        j -= 1
    return None


def _coop_found(
    view: _View,
    t0: int,
    t1: int,
    subjects: list[Linked],
    organisations: list[Linked],
    lo: int | None,
) -> list[Found]:
    start = min([s.start for s in subjects] + [t0]) if lo is None else min(lo, t0)
    if view.cue(min(start, t0 - 7), t1, _NEGATION, _COOP_BLOCK):
        return []
    nominal = view.word(t1 - 1) in {"cooperation", "collaboration", "interaction", "operation"}
    nominal = nominal or view.word(t0).startswith("сотрудничеств")
    rule = "cooperation-frameworks" if nominal else "cooperates-verb"
    found = []
    for s in subjects:
        for o in organisations:
            if s.id == o.id:
                continue
            qualifiers: dict[str, Any] = {"first_person": True} if s.first_person else {}
            found.append(
                Found(
                    s.id, "cooperatesWith", o.id, [(t0, t1), _span(s), _span(o)], rule, qualifiers
                )
            )
    return found
