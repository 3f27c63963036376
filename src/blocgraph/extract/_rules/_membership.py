"""Role nouns: "S is a member / observer / dialogue partner of O", "O member states A, B", "O's
members are A, B", "S, a member of O" (``member-of``, ``member-list``, ``observer-of``,
``partner-of``), with the verbs around the noun deciding between holding a role and gaining,
becoming or ceasing it (``became-member``, ``granted-status``, ``ceased-membership``).
"""

from __future__ import annotations

import re
from typing import Any

from blocgraph.extract._linker import Linked
from blocgraph.extract._rules._cues import _BAD_MODIFIERS, _FUTURE, _INTENT, _MODAL, _NEGATION
from blocgraph.extract._rules._lexicon import (
    _LIST_INTRO,
    _MEMBERSHIP_TYPES,
    _NUMBERS,
    _ORDINAL,
    _ROLE_NAMES,
    _STATE_PREDICATE,
)
from blocgraph.extract._rules._status import (
    _GRANT_WORDS,
    _changed_status,
    _fronted_appositive,
    _granted,
    _status_grant,
)
from blocgraph.extract._rules._view import Found, _conditional, _span, _View

_ROLE_MODIFIERS = frozenset(
    [
        "full",
        "fully-fledged",
        "full-fledged",
        "founding",
        "permanent",
        "new",
        "official",
        "formal",
        "original",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "last",
        "latest",
        "newest",
        "youngest",
        "oldest",
        "active",
        "key",
        "leading",
        "important",
        "major",
        "core",
        "only",
        "sole",
        "equal",
        "fully",
        "fledged",
        "-",
        "a",
        "an",
        "the",
    ]
)
_BECOME = frozenset({"became", "become", "becomes", "becoming"})
_FOUNDING = frozenset({"founding", "founder", "founders", "original"})
"""Words of the founders' standing: becoming a founding member is membership, not joining."""
_ADMIT = frozenset({"admitted", "accepted", "welcomed", "joined", "join", "joins", "entered"})
_KEEPING = frozenset(
    {"holds", "hold", "held", "has", "have", "retains", "retain", "retained", "kept", "keeps"}
    | {"keep", "maintains", "maintain", "maintained"}
)
"""Verbs of "X holds / keeps / maintains its membership in O": a membership held (memberOf)."""
_GRANTED = frozenset({"granted", "gained", "obtained", "received", "acquired", "given", "got"})
_CEASE = frozenset({"ceased", "stopped", "перестал", "перестала", "перестало", "перестали"})
"""Past "ceased to be a member" / "перестала быть членом": the membership ended (``left``)."""


_EXCEPT = frozenset({"except", "excluding", "кроме", "исключением"})
"""Words that take a state out of the set a membership is said of ("all … except for A")."""


def _role(view: _View, t0: int, t1: int, family: str) -> list[Found]:
    role = _ROLE_NAMES[family]
    if family == "member" and view.word(t0 - 1) == "-" and view.word(t0 - 2) == "non":
        return []
    p = t0
    modifiers: list[str] = []
    while (
        p - 1 >= view.start
        and p - 1 not in view.covered
        and (
            view.word(p - 1) in _ROLE_MODIFIERS
            or view.word(p - 1) in _BAD_MODIFIERS
            or _ORDINAL.match(view.word(p - 1))
            or view.word(p - 1) in _NUMBERS
        )
    ):
        p -= 1
        modifiers.append(view.word(p))
    if any(m in _BAD_MODIFIERS for m in modifiers):
        return []
    bare_partner = family == "partner" and view.word(t1 - 1) in {"partner", "partners"}

    # the organisation: "of/in O" after, or "O's" / "O" right before
    object_left: Linked | None = None
    q = p
    while view.word(q - 1) in {"a", "an", "the"}:
        q -= 1
    possessive = view.word(q - 1) in {"'s", "’s"}
    candidate = view.ends.get(q - 1 if possessive else q)
    has_members = False
    if candidate is None and family == "member" and view.word(t0) != "membership":
        # "the EAEU has five members: A, B" / "BRICS now counts ten member states, A …"
        h = q
        while view.word(h - 1) in _HAS_MEMBERS_GAP:
            h -= 1
        if set(view.words(h, q)) & _HAS_MEMBERS_VERBS:
            candidate = view.ends.get(h)
            has_members = candidate is not None
    if candidate is not None and candidate.type == "body":
        object_left = candidate
        q = candidate.start
    object_right: Linked | None = None
    if re.match(r"[а-яё]", view.word(t0)):
        object_right = view.right(t1, frozenset({"body"}), window=2)  # "членами ШОС"
    elif view.word(t1) in {"of", "in", "to", "at", "within", "with", "inside"}:
        object_right = view.right(
            t1 + 1, frozenset({"body"}), window=4, skip=frozenset({"the", "both"})
        )
    if bare_partner and object_left is None:
        return []  # "key partner of ASEAN" is not a status; "SCO partner" / "BRICS partners" is
    organisation = object_right or object_left
    changed = _changed_status(view, p, t0, t1, role)
    if changed:
        return changed
    if organisation is None:
        return _granted(view, t0, t1, role)
    organisations = (
        view.expand_right(object_right, frozenset({"body"}), also=_REPEATED_PREPOSITIONS)
        if object_right
        else [organisation]
    )

    # the members: "A, B are members of O" / "O member states A, B" / "O's members are A, B"
    after = object_right.end if object_right is not None else t1
    right_first = view.right(after, frozenset({"state"}), window=4, skip=_LIST_INTRO)
    collective = view.word(t0) in _MEMBER_NOUNS
    if collective:
        # "other EU states like A, B", "страны БРИКС (A, B)": the body's name next to the
        # noun, then an example list
        right_first = view.right(after, frozenset({"state"}), window=5, skip=_COLLECTIVE_SKIP)
        named = object_right if object_right is not None else object_left
        if named is None or _negated_name(view, named) or right_first is None:
            return []
        if not set(view.words(after, right_first.start)) & _EXAMPLE_INTRO:
            return []
    # "China, Japan and the 10 members of ASEAN": the members are one more item of a list, not
    # what the items before them are
    k = q - 1
    while view.word(k) in {"the", "a", "an"} | _NUMBERS or view.word(k).isdigit():
        k -= 1
    coordinated = view.word(k) in {"and", "or", "и", "или"}
    subject = (
        None
        if (object_left is not None and right_first is not None)
        or has_members
        or collective
        or coordinated
        else view.subject(q, exclude=organisation.id)
    )
    if subject is not None and subject is not organisation:
        gap = (subject.end, q)
        subjects = view.expand_left(subject, _MEMBERSHIP_TYPES)
        lo = subjects[0].start
        rule_list = False
    elif right_first is not None:
        subjects = view.expand_right(right_first, frozenset({"state"}))
        gap = (t1, right_first.start)
        lo = p - 3
        rule_list = True
    else:
        return _fronted_appositive(view, p, t0, t1, role, organisations)
    if set(view.words(subjects[0].start - 3, subjects[0].start)) & _EXCEPT:
        return []  # "all states except for Vatican City are members": the one left out
    gap_words = set(view.words(*gap)) | set(view.words(p - 4, p))
    ceased = bool(gap_words & _CEASE)
    if (
        view.cue(lo, t1, _NEGATION, _MODAL, _INTENT, _FUTURE, infinitive=not ceased)
        or _conditional(view, lo)
        or (rule_list and view.cue(*gap, _NEGATION, _MODAL, _INTENT))
    ):
        return []
    if gap_words & _STATUS_VERBS:
        return []  # "froze its membership in O", "suspended its membership": the verb's rule
    if view.word(t0) == "membership":
        # "X gained full membership in O" (joined), "X holds membership in O" (memberOf); a bare
        # "X's membership in O" asserts neither
        if gap_words & (_GRANTED | {"won", "secured"}):
            predicate, rule = "joined", "became-member"
        elif gap_words & _KEEPING:
            predicate, rule = "memberOf", "member-of"
        else:
            return []
    elif ceased:
        predicate, rule = "left", "ceased-membership"
    elif "status" in gap_words and _GRANT_WORDS & set(
        view.words(subjects[0].start - 2, subjects[0].start)
    ):
        # "the SCO granted Belarus the status of a member state" (joined, not memberOf);
        # "discussed granting Belarus the status …" asserts nothing
        if not _status_grant(view, subjects[0].start):
            return []
        predicate, rule = "joined", "granted-status"
    elif gap_words & _GRANTED:
        predicate, rule = "joined", "granted-status"
    elif gap_words & (_BECOME | _ADMIT):
        # "became one of the founding members": founders were members from the start
        founding = bool((gap_words | set(modifiers) | {view.word(t0)}) & _FOUNDING)
        predicate, rule = ("memberOf" if founding else "joined"), "became-member"
    else:
        predicate = _STATE_PREDICATE[role]
        rule = (
            "member-list"
            if rule_list
            else (
                "member-of"
                if role == "member"
                else "observer-of"
                if role == "observer"
                else "partner-of"
            )
        )
    qualifiers: dict[str, Any] = {}
    if predicate == "joined":
        year = view.year(t1, subjects[0].start)
        if year is not None:
            qualifiers["year"] = year
        if role != "member":
            qualifiers["role"] = role
    elif predicate == "partnerOf":
        qualifiers["role"] = role
    elif "founding" in modifiers:
        qualifiers["founding"] = True
    return [
        Found(s.id, predicate, o.id, [(t0, t1), _span(s), _span(o)], rule, dict(qualifiers))
        for s in subjects
        for o in organisations
        if s.id != o.id
    ]


_MEMBER_NOUNS = frozenset(
    {
        "states",
        "countries",
        "nations",
        "страны",
        "стран",
        "странам",
        "странами",
        "странах",
        "государства",
        "государств",
        "государствам",
        "государствами",
    }
)
_EXAMPLE_INTRO = frozenset(
    {"like", "such", "including", "namely", ":", "–", "—", "-", "(", "как", "числе", "включая"}
)
_COLLECTIVE_SKIP = _LIST_INTRO | {"такие", "таких", "как", "в", "том", "числе", "включая"}


def _negated_name(view: _View, name: Linked) -> bool:
    """Whether a body's name is negated by its prefix: "non-EU states"."""
    return view.word(name.start - 1) in {"non", "non-"} or (
        view.word(name.start - 1) == "-" and view.word(name.start - 2) == "non"
    )


_HAS_MEMBERS_VERBS = frozenset({"has", "have", "had", "counts", "counted", "numbers"})
_HAS_MEMBERS_GAP = _HAS_MEMBERS_VERBS | {"now", "currently", "today", "also", "then"}
_REPEATED_PREPOSITIONS = frozenset({"of", "in", "to", "both"})
_STATUS_VERBS = frozenset(
    {
        "froze",
        "frozen",
        "freezes",
        "freezing",
        "suspended",
        "suspends",
        "suspending",
        "terminated",
        "terminates",
        "renounced",
        "revoked",
        "relinquished",
        "withdrew",
        "withdrawn",
    }
)
