"""Membership verbs: one handler for the join / accede / admit / withdraw / leave / terminate /
expel / suspend / freeze triggers (``joined-verb``, ``acceded``, ``admitted``, ``withdrew``,
``left-verb``, ``ceased-membership``, ``expelled``, ``suspended``, ``froze-participation``),
with the further subjects and organisations coordinated after the verb ("India joined the SCO in
2017 and Iran in 2023"). Special shapes are handed to :mod:`._joins` and :mod:`._exits`.
"""

from __future__ import annotations

from typing import Any

from blocgraph.extract._linker import Linked
from blocgraph.extract._rules._cues import _FUTURE, _INTENT, _MODAL, _NEGATION
from blocgraph.extract._rules._exits import _left_after_member, _membership_phrase_verb
from blocgraph.extract._rules._joins import (
    _counted_joins,
    _dated_joins,
    _enlarged_body,
    _joining_founded,
)
from blocgraph.extract._rules._lexicon import (
    _BODY_SUBJECT_GAP,
    _MEMBERSHIP_TYPES,
    _PASSIVE_AUX,
    _YEAR,
    MONTHS,
)
from blocgraph.extract._rules._view import Found, _conditional, _span, _View

_EVENT_NOUNS = frozenset(
    [
        "bodies",
        "organs",
        "institutions",
        "summit",
        "summits",
        "meeting",
        "meetings",
        "session",
        "sessions",
        "conference",
        "conferences",
        "forum",
        "talks",
        "ministerial",
        "secretariat",
        "headquarters",
        "building",
        "hall",
        "venue",
        "premises",
        "gathering",
    ]
)
_ORGANS = frozenset({"bodies", "organs", "institutions"})
"""A body's organs, not the body: "ended its participation in CIS statutory bodies"."""
_VERB_FILLER = frozenset(
    {
        "the",
        "from",
        "of",
        "to",
        "into",
        "in",
        "its",
        "their",
        "his",
        "her",
        "membership",
        "participation",
        "a",
        "an",
        "out",
        "with",
        "as",
        "в",
        "из",
        "к",
        "состав",
        "составе",
    }
)
_NOMINAL = frozenset(
    {"withdrawal", "accession", "suspension", "exit", "expulsion", "admission", "addition"}
)
_TRANSITIVE = frozenset({"admit", "suspend", "expel"})


_OWNING = frozenset({"'s", "’s", "'", "’"})
"""A possessive after the body a verb takes: the body owns what is joined ("the BRICS’ New
Development Bank")."""


def _membership_verb(view: _View, t0: int, t1: int, label: str) -> list[Found]:
    word = view.word(t0)
    if view.word(t0 - 1) == "to" and word not in _NOMINAL:
        return []  # "applied to join", "decided to leave"
    body = frozenset({"body"})
    nominal = word in _NOMINAL
    subjects: list[Linked] = []
    organisation: Linked | None = None
    if label == "end" or (label in {"suspend", "freeze"} and view.word(t0 - 1) in _PASSIVE_AUX):
        # "Moldova's membership in the CIS was suspended", "the membership of S in O ended"
        phrase = _membership_phrase_verb(view, t0, t1, label)
        if phrase or label == "end":
            return phrase
    if label == "join" and view.word(t0 - 1) in _PASSIVE_AUX and view.word(t1) == "by":
        # "the SCO was joined by India (in 2017)"
        first = view.right(t1 + 1, frozenset({"state"}), window=2, skip=frozenset({"the"}))
        organisation = view.left(t0, body, window=4)
        subjects = view.expand_right(first, frozenset({"state"})) if first is not None else []
        if organisation is not None and set(view.words(organisation.end, t0)) - _BODY_SUBJECT_GAP:
            organisation = None
    if word == "addition" and view.word(t1) != "of":
        return []  # "in addition to Turkmenistan"
    if nominal and view.word(t1) == "of":
        first = view.right(t1 + 1, frozenset({"state"}), window=2, skip=frozenset({"the"}))
        if first is not None:
            subjects = view.expand_right(first, frozenset({"state"}))
            organisation = view.right(subjects[-1].end, body, window=3, skip=_VERB_FILLER)
            if organisation is None and label in {"admit", "accede"}:
                # "the enlargement of the EC took place with the addition of A, B and C"
                organisation = _enlarged_body(view, t0)
                if organisation is not None:
                    return _dated_joins(view, first, organisation, (t0, t1), "enlargement-list")
        elif word == "addition":
            return []
    if not subjects:
        window = 2 if label == "leftverb" else 5
        skip = frozenset({"the"}) if label == "leftverb" else _VERB_FILLER
        organisation = view.right(t1, body, window=window, skip=skip)
        if organisation is not None and view.word(organisation.end) in _OWNING:
            return []  # "joined the UN's Arms Trade Treaty": what the body owns is joined
        if nominal:
            if view.word(t0 - 1) in {"'s", "’s"}:
                owner = view.ends.get(t0 - 1)
                subjects = [owner] if owner is not None and owner.type == "state" else []
            else:
                excluded = organisation.id if organisation is not None else None
                left = view.subject(t0, exclude=excluded, window=6)
                subjects = view.expand_left(left, _MEMBERSHIP_TYPES) if left else []
        else:
            left = view.subject(t0, exclude=organisation.id if organisation is not None else None)
            if left is not None:
                subjects = view.expand_left(left, _MEMBERSHIP_TYPES)
        if (
            label in _TRANSITIVE
            and subjects
            and subjects[-1].type == "body"
            and (organisation is None)
        ):
            # "The AU suspended Mali", "the SCO admitted Iran"
            first = view.right(t1, frozenset({"state"}), window=3, skip=_VERB_FILLER)
            if first is not None:
                organisation = subjects[-1]
                subjects = view.expand_right(first, frozenset({"state"}))
                # "the Assembly suspended S from the Council": the body after "from", not the
                # organ that acted
                put_out_of = view.right(subjects[-1].end, body, window=4, skip=_FROM_WORDS)
                if put_out_of is not None and view.word(subjects[-1].end) == "from":
                    organisation = put_out_of
    if organisation is not None and (
        view.word(organisation.end) in _EVENT_NOUNS
        or (view.word(organisation.end).isalpha() and view.word(organisation.end + 1) in _ORGANS)
    ):
        return []  # "left the SCO summit", "its participation in CIS statutory bodies"
    if organisation is not None and not subjects and label in {"join", "admit", "accede"}:
        return _counted_joins(view, t0, t1, organisation)
    if organisation is None and label in {"withdraw", "leftverb"}:
        return _left_after_member(view, t0, t1)
    if organisation is None and word == "joining" and subjects:
        return _joining_founded(view, t0, t1, subjects)
    if organisation is None or not subjects:
        return []
    lo = min(s.start for s in subjects)
    if view.cue(lo, t1, _NEGATION, _MODAL, _INTENT, _FUTURE) or _conditional(view, lo):
        return []
    predicate, rule = {
        "join": ("joined", "joined-verb"),
        "accede": ("joined", "acceded"),
        "admit": ("joined", "admitted"),
        "withdraw": ("left", "withdrew"),
        "leftverb": ("left", "left-verb"),
        "terminate": ("left", "ceased-membership"),
        "expel": ("left", "expelled"),
        "suspend": ("suspendedIn", "suspended"),
        "freeze": ("suspendedIn", "froze-participation"),
    }[label]
    qualifiers: dict[str, Any] = {}
    found: list[Found] = []
    year = view.year(t1, min(s.start for s in subjects))
    if year is not None:
        qualifiers["year"] = year
    if predicate == "joined":
        role = view.role_after(organisation.end) or view.role_after(t1)
        if role is not None and role != "member":
            qualifiers["role"] = role
    if label == "expel":
        qualifiers["reason"] = "expelled"
    targets = [(organisation, qualifiers)]
    for extra_subject, year in _gapped_subjects(view, organisation):
        extra_qualifiers = {k: v for k, v in qualifiers.items() if k != "year"}
        extra_qualifiers["year"] = year
        found.append(
            Found(
                extra_subject.id,
                predicate,
                organisation.id,
                [(t0, t1), _span(extra_subject), _span(organisation)],
                rule,
                extra_qualifiers,
            )
        )
    for extra, year in _coordinated_objects(view, organisation):
        extra_qualifiers = {k: v for k, v in qualifiers.items() if k != "year"}
        if year is not None:
            extra_qualifiers["year"] = year
        targets.append((extra, extra_qualifiers))
    return [
        Found(s.id, predicate, o.id, [(t0, t1), _span(s), _span(o)], rule, dict(q))
        for o, q in targets
        for s in subjects
        if s.id != o.id and (s.type == "state" or label not in _TRANSITIVE)
    ] + found


_FROM_WORDS = frozenset({"from", "the"})


def _gapped_subjects(view: _View, organisation: Linked) -> list[tuple[Linked, int]]:
    """Further subjects of the same verb with their own date, the verb left out: "India joined
    the SCO in 2017 and Iran in 2023" (only when both halves carry a year)."""
    found: list[tuple[Linked, int]] = []
    j = organisation.end
    while True:
        k, year = j, None
        while k < view.end and k - j < 6 and view.word(k) not in {"and", ";"}:
            word = view.word(k)
            if _YEAR.match(word):
                year = int(word)
            elif not (word in {"in", "on", "since", ","} or word in MONTHS or word.isdigit()):
                return found
            k += 1
        if year is None or view.word(k) != "and":
            return found
        k += 1
        while view.word(k) == "the":
            k += 1
        nxt = view.starts.get(k)
        if nxt is None or nxt.type != "state" or view.word(nxt.end) not in {"in", "on"}:
            return found
        second = next(
            (
                int(view.text(i))
                for i in range(nxt.end + 1, min(nxt.end + 5, view.end))
                if _YEAR.match(view.text(i))
            ),
            None,
        )
        if second is None:
            return found
        found.append((nxt, second))
        j = nxt.end


def _coordinated_objects(view: _View, first: Linked) -> list[tuple[Linked, int | None]]:
    """Further organisations of the same verb, each with its own date: "Finland joined the EU
    in 1995 and NATO in 2023"."""
    found: list[tuple[Linked, int | None]] = []
    j = first.end
    while True:
        k = j
        while (
            k < view.end
            and k - j < 6
            and (
                view.word(k) in {"in", "on", "of", "since", ","}
                or view.word(k) in MONTHS
                or view.text(k).isdigit()
            )
        ):
            k += 1
        if view.word(k) not in {"and", ","}:
            return found
        k += 1
        while view.word(k) == "the":
            k += 1
        nxt = view.starts.get(k)
        if nxt is None or nxt.type != "body":
            return found
        year = next(
            (
                int(view.text(i))
                for i in range(nxt.end, min(nxt.end + 5, view.end))
                if _YEAR.match(view.text(i)) and i not in view.covered
            ),
            None,
        )
        found.append((nxt, year))
        j = nxt.end
