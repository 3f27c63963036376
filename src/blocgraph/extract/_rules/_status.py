"""Status changes and grants read around a role noun: "S downgraded its O status to observer"
(``changed-status``), "The SCO granted Iran observer status" (``granted-status``), and a role
phrase opening the sentence: "A member of the EU since 1995, Finland …".
"""

from __future__ import annotations

from typing import Any

from blocgraph.extract._linker import Linked
from blocgraph.extract._rules._cues import _FUTURE, _INTENT, _MODAL, _NEGATION
from blocgraph.extract._rules._lexicon import _HARD_STOP, _QUOTES, _STATE_PREDICATE, MONTHS
from blocgraph.extract._rules._view import Found, _conditional, _span, _View

_CHANGE_VERBS = frozenset(
    {
        "changed",
        "changes",
        "downgraded",
        "downgrades",
        "upgraded",
        "upgrades",
        "converted",
        "switched",
        "reduced",
        "lowered",
        "raised",
        "elevated",
        "transformed",
        "turned",
    }
)
_STATUS_NOUNS = frozenset({"status", "standing", "membership", "participation", "position"})
_DATE_WORDS = frozenset({"since", "in", "from", "on", "of", ","}) | frozenset()
_ROLE_RULE = {
    "member": "member-of",
    "observer": "observer-of",
    "dialogue_partner": "partner-of",
    "partner": "partner-of",
    "associate_member": "partner-of",
}


def _changed_status(view: _View, p: int, t0: int, t1: int, role: str) -> list[Found]:
    """ "S changed its O status to associate member", "S downgraded its membership in O to
    observer status": the status the change leads to is held (memberOf / observerOf /
    partnerOf with the role)."""
    if view.word(p - 1) != "to":
        return []
    k = p - 2
    noun = verb = -1
    while k >= view.start and p - k <= 10:
        word = view.word(k)
        if word in _HARD_STOP:
            return []
        if noun < 0 and word in _STATUS_NOUNS:
            noun = k
        elif noun >= 0 and word in _CHANGE_VERBS:
            verb = k
            break
        k -= 1
    if verb < 0:
        return []
    organisation = next(
        (m for m in view.mentions if m.type == "body" and verb < m.start and m.end <= p), None
    )
    subject = view.left(verb, frozenset({"state"}), window=4)
    if organisation is None or subject is None:
        return []
    if view.cue(subject.start, t1, _NEGATION, _MODAL, _INTENT, _FUTURE) or _conditional(
        view, subject.start
    ):
        return []
    qualifiers: dict[str, Any] = {}
    if _STATE_PREDICATE[role] == "partnerOf":
        qualifiers["role"] = role
    year = view.year(t1, subject.start)
    if year is not None:
        qualifiers["since"] = year
    return [
        Found(
            subject.id,
            _STATE_PREDICATE[role],
            organisation.id,
            [(verb, verb + 1), (t0, t1), _span(subject), _span(organisation)],
            "changed-status",
            qualifiers,
        )
    ]


def _fronted_appositive(
    view: _View, p: int, t0: int, t1: int, role: str, organisations: list[Linked]
) -> list[Found]:
    """ "A member of the EU since 1995, Finland …", "As an observer of the SCO, Mongolia …":
    a role phrase opening the sentence describes the state named right after its comma."""
    start = p - 1 if view.word(p - 1) == "as" else p
    while start > view.start and view.text(start - 1) in _QUOTES:
        start -= 1
    if start != view.start:
        return []
    j = organisations[-1].end
    while j < view.end and j - organisations[-1].end < 8 and view.word(j) != ",":
        word = view.word(j)
        if not (word in _DATE_WORDS or word in MONTHS or word.isdigit() or j in view.noise):
            return []
        j += 1
    if view.word(j) != ",":
        return []
    j += 1
    while view.word(j) == "the":
        j += 1
    first = view.starts.get(j)
    if first is None or first.type != "state":
        return []
    if view.cue(view.start, first.start, _NEGATION, _MODAL, _INTENT, _FUTURE):
        return []
    subjects = view.expand_right(first, frozenset({"state"}))
    qualifiers: dict[str, Any] = {}
    if _STATE_PREDICATE[role] == "partnerOf":
        qualifiers["role"] = role
    year = view.year(organisations[-1].end, organisations[-1].end)
    if year is not None and j - organisations[-1].end <= 8:
        qualifiers["since"] = year
    return [
        Found(
            s.id,
            _STATE_PREDICATE[role],
            o.id,
            [(t0, t1), _span(s), _span(o)],
            _ROLE_RULE[role],
            dict(qualifiers),
        )
        for s in subjects
        for o in organisations
    ]


_GRANTING = frozenset({"granted", "gave", "given", "accorded", "conferred", "awarded"})
_GRANT_WORDS = _GRANTING | {"granting", "grant", "grants", "giving", "give", "gives"}
_DECIDED = frozenset({"signed", "adopted", "approved", "took", "taken", "made", "passed"})


def _status_grant(view: _View, subject_start: int) -> bool:
    """Whether a completed grant introduces the subject: "granted Belarus the status of …", or
    a decision on it that was taken: "signed a resolution on granting Belarus the status of …"
    ("discussed granting" or "a draft on granting" are not facts)."""
    before = view.words(subject_start - 2, subject_start)
    if _GRANTING & set(before):
        return not view.cue(view.start, subject_start, _NEGATION, _MODAL, _INTENT, _FUTURE)
    if before[-1:] != ["granting"] or view.word(subject_start - 2) != "on":
        return False
    decided = view.words(view.start, subject_start - 2)
    return (
        bool(_DECIDED & set(decided))
        and "draft" not in decided
        and not view.cue(view.start, subject_start, _NEGATION, _MODAL, _INTENT, _FUTURE)
    )


def _granted(view: _View, t0: int, t1: int, role: str) -> list[Found]:
    """ "The EAEU granted observer status to Uzbekistan", "the SCO granted Iran observer
    status" (joined with a role)."""
    if role == "member":
        return []
    organisation = view.left(t0, frozenset({"body"}), window=8)
    if organisation is None or not _GRANTING & set(view.words(organisation.end, t0)):
        return []
    subject = (
        view.right(t1 + 1, frozenset({"state"}), window=2, skip=frozenset({"the"}))
        if view.word(t1) == "to"
        else view.left(t0, frozenset({"state"}), window=4)
    )
    if subject is None or (subject.start < organisation.end and subject.end > organisation.start):
        return []
    if view.cue(organisation.start, max(t1, subject.end), _NEGATION, _MODAL, _INTENT, _FUTURE):
        return []
    qualifiers: dict[str, Any] = {"role": role}
    year = view.year(max(t1, subject.end), organisation.start)
    if year is not None:
        qualifiers["year"] = year
    return [
        Found(
            subject.id,
            "joined",
            organisation.id,
            [(t0, t1), _span(subject), _span(organisation)],
            "granted-status",
            qualifiers,
        )
    ]
