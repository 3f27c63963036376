"""Membership by inclusion: "O includes / comprises / brings together A, B", "O is a regional union
consisting of A and B" (``includes-members``), "O expanded in 2024 to include A, B"
(``expanded-to-include``), and the role clause after such a list: "…, while C and D are
observers" (``role-clause``).
"""

from __future__ import annotations

from typing import Any

from blocgraph.extract._linker import Linked
from blocgraph.extract._rules._cues import _FUTURE, _INTENT, _MODAL, _NEGATION
from blocgraph.extract._rules._joins import _dated_joins
from blocgraph.extract._rules._lexicon import (
    _CLAUSE_BREAK,
    _HARD_STOP,
    _NUMBERS,
    _STATE_PREDICATE,
    _YEAR,
    MONTHS,
)
from blocgraph.extract._rules._view import Found, _span, _View

_INCLUDE_BETWEEN = frozenset(
    [
        "now",
        "currently",
        "also",
        "which",
        "that",
        ",",
        "to",
        "expanded",
        "enlarged",
        "grew",
        "in",
        "has",
        "have",
        "had",
        "already",
        "today",
        "group",
        "bloc",
        "organisation",
        "organization",
        "alliance",
        "association",
        "forum",
        "union",
        "was",
        "is",
        "are",
        "officially",
        "formally",
        "an",
        "a",
        "the",
        "intergovernmental",
        "international",
        "regional",
        "military",
        "political",
        "economic",
        "security",
        "treaty",
        "(",
        ")",
        "of",
        "membership",
        "'s",
        "’s",
        "by",
    ]
)
_BY_ONLY = frozenset({"including", "adding", "admitting", "incorporating"})


def _described_body(view: _View, t0: int) -> Linked | None:
    """The body a long description before ``t0`` is about, asides in brackets skipped: "the Gulf
    Cooperation Council (GCC; …), is a regional, political, and economic union comprising …"."""
    j, words = t0 - 1, 0
    while j >= view.start and words < 16:
        if j in view.paren or j in view.noise:
            j -= 1
            continue
        mention = view.ends.get(j + 1)
        if mention is not None:
            return mention if mention.type == "body" else None
        w = view.word(j)
        # "political, and economic": an "and" inside a list of adjectives only
        if not (
            w in _INCLUDE_BETWEEN
            or _YEAR.match(w)
            or w in MONTHS
            or (w == "and" and view.word(j - 1) == "," and view.word(j + 1) in _INCLUDE_BETWEEN)
        ):
            return None
        words += 1
        j -= 1
    return None


# words that make a described body hypothetical or past: "a proposed union consisting of A, B"
_DESCRIPTION_BLOCK = frozenset(
    {"proposed", "planned", "future", "potential", "prospective", "former", "candidate"}
    | {"envisaged", "hypothetical", "would-be", "which", "that", "who", "where", "when"}
    | {"defunct", "dissolved", "erstwhile", "putative", "aspiring", "whose", "once", "formerly"}
)
_COPULA = frozenset({"is", "was", "remains", "remained"})
_NON_MEMBERS = frozenset(
    {"observer", "observers", "partner", "partners", "associate", "associates"}
    | {"candidate", "candidates", "applicant", "applicants", "aspirant", "aspirants"}
    | {"hoping", "wanting", "wishing", "seeking", "aspiring", "applying", "want", "wish", "hope"}
)
"""Role words before "include" that make the listed states something other than members."""


def _copular_body(view: _View, t0: int) -> Linked | None:
    """The body a copular description before ``t0`` is about, whatever its adjectives: "O is a
    multilateral forum for dialogue bringing together A, B", "O is a supranational union
    consisting of A and B"; a proposed, former or would-be body is not described as is."""
    j, words = t0 - 1, 0
    while j >= view.start and words < 10:
        if j in view.paren or j in view.noise:
            j -= 1
            continue
        w = view.word(j)
        if w in {"a", "an"}:
            k = j - 1
            while view.word(k) in {"now", "currently", "still", "also", "today"}:
                k -= 1
            if view.word(k) not in _COPULA:
                return None
            end = k
            while end - 1 in view.paren and end - 1 >= view.start:
                end -= 1  # "O (ABBR) is a forum …"
            body = view.ends.get(end)
            return body if body is not None and body.type == "body" else None
        if (
            j in view.covered
            or not (w.isalpha() or w in {",", "-"})
            or w in _DESCRIPTION_BLOCK
            or w in _NEGATION
            or w in _MODAL
            or w in _FUTURE
            or w in _INTENT
            or w in _CLAUSE_BREAK
        ):
            return None
        words += 1
        j -= 1
    return None


def _include(view: _View, t0: int, t1: int) -> list[Found]:
    """ "The EAEU includes A, B", "BRICS is an organisation comprising ten countries – A, B",
    "BRICS expanded in 2024 to include A, B" (joined)."""
    if _NON_MEMBERS & set(view.words(max(view.start, t0 - 10), t0)):
        return []  # "the observers of O include A", "candidates for O include A": not members
    organisation = view.left(t0, frozenset({"body"}), window=10)
    between = view.words(organisation.end, t0) if organisation is not None else ["?"]
    if any(w not in _INCLUDE_BETWEEN and not _YEAR.match(w) and w not in MONTHS for w in between):
        organisation = _described_body(view, t0) or _copular_body(view, t0)
    if organisation is None:
        return []
    after = t1
    if (
        view.word(after) == "all"
        and view.word(after + 1) == "but"
        and (view.word(after + 2) in _NUMBERS or view.word(after + 2) == "one")
        and view.word(after + 3) == "of"
    ):
        after += 4  # "comprising all but one of the Turkic states: A, B" lists members
    first = view.right(after, frozenset({"state"}), window=8)
    if first is None:
        return []
    if any(view.text(i) in _HARD_STOP for i in range(t1, first.start)):
        return []
    states = view.expand_right(first, frozenset({"state"}))
    if view.cue(organisation.start, first.start, _NEGATION, _MODAL, _FUTURE):
        return []
    expanded = {"expanded", "enlarged", "grew", "expansion", "expand", "enlarge"} & set(
        view.words(t0 - 6, t0)
    )
    if view.word(t0) in _BY_ONLY and not (expanded and view.word(t0 - 1) == "by"):
        return []  # "the SCO, including China": only "O grew by including A" is a statement
    if expanded and view.word(t0 - 1) == "by":
        # "NATO grew by including A and B in 1952 and C in 1955": each state keeps its year
        return _dated_joins(view, first, organisation, (t0, t1), "expanded-to-include")
    predicate, rule = (
        ("joined", "expanded-to-include") if expanded else ("memberOf", "includes-members")
    )
    qualifiers: dict[str, Any] = {}
    if expanded:
        year = view.year(organisation.end, organisation.start)
        if year is not None:
            qualifiers["year"] = year
    return [
        Found(
            s.id,
            predicate,
            organisation.id,
            [(t0, t1), _span(s), _span(organisation)],
            rule,
            dict(qualifiers),
        )
        for s in states
    ] + (_while_role_clause(view, states[-1].end, organisation) if not expanded else [])


_CLAUSE_ROLES = {
    "observers": "observer",
    "observer": "observer",
    "associate": "associate_member",
    "dialogue": "dialogue_partner",
}


def _while_role_clause(view: _View, index: int, organisation: Linked) -> list[Found]:
    """The clause after a member list that names the other roles: "O comprises A and B, while C
    and D are observers" (the organisation is the list's)."""
    k = index
    while view.text(k) in {",", ";"} or k in view.noise:
        k += 1
    if view.word(k) not in {"while", "whereas"}:
        return []
    first = view.starts.get(k + 1)
    if first is None or first.type != "state":
        return []
    states = view.expand_right(first, frozenset({"state"}))
    j = states[-1].end
    if view.word(j) not in {"is", "are"}:
        return []
    j += 1
    while view.word(j) in {"a", "an", "also", "its"}:
        j += 1
    role = _CLAUSE_ROLES.get(view.word(j))
    if role is None:
        return []
    end = j + 1
    if role != "observer":
        if view.word(j + 1) not in {"member", "members", "partner", "partners"}:
            return []
        end = j + 2
    while view.word(end) in {"state", "states", "countries", "country"} or end in view.noise:
        end += 1
    if end < view.end and view.text(end) not in {".", ";", ","}:
        return []  # "are observers of the AU": the role noun's own rule decides
    predicate = _STATE_PREDICATE[role]
    qualifiers: dict[str, Any] = {"role": role} if predicate == "partnerOf" else {}
    return [
        Found(
            s.id,
            predicate,
            organisation.id,
            [(j, end), _span(s), _span(organisation)],
            "role-clause",
            dict(qualifiers),
        )
        for s in states
    ]
