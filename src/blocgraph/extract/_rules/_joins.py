"""Joins told as lists and narratives: "accepted S as its ninth member" (``accepted-as-member``),
"the most recent members to join O are A and B" (``most-recent-members``), "the enlargement of O
took place with the addition of A, B" (``enlargement-list``), "Ten new countries joined O in
2004 - A, B" (``counted-joins``), "O was founded … with A joining later"
(``joined-after-founding``): each state with its own year.
"""

from __future__ import annotations

from typing import Any

from blocgraph.extract._linker import Linked
from blocgraph.extract._rules._cues import _FUTURE, _INTENT, _MODAL, _NEGATION
from blocgraph.extract._rules._lexicon import (
    _CLAUSE_BREAK,
    _HARD_STOP,
    _NUMBERS,
    _ORDINAL,
    _PASSIVE_AUX,
    _QUOTES,
    _SEPARATORS,
    _STATE_NOUNS,
    _YEAR,
    MONTHS,
)
from blocgraph.extract._rules._view import Found, _conditional, _span, _View, _year_qualifier

# "the enlargement of O", "O's expansion", "O grew / expanded": the body an accession belongs to
_ENLARGEMENT = frozenset(
    {"enlargement", "expansion", "expanded", "enlarged", "grew", "widened", "widening"}
)
_JOINING_NEXT = frozenset(
    {"later", "shortly", "soon", "afterwards", "subsequently", "in", "on", ",", ".", "a", "as"}
)
_FOUNDED = frozenset({"founded", "established", "created", "formed", "launched"})


def _joining_founded(view: _View, t0: int, t1: int, subjects: list[Linked]) -> list[Found]:
    """States joining a body after its founding: "O was founded in 1949 by ten states, with A
    joining three months later, and B and C joining in 1950" (``joined``; a year only where
    one is written right after "joining")."""
    first = subjects[0].start
    organisation: Linked | None = None
    with_at: int | None = None
    for i in range(view.start, first):
        mention = view.ends.get(i)
        if (
            mention is not None
            and mention.type == "body"
            and view.word(i) in _PASSIVE_AUX
            and view.word(i + 1) in _FOUNDED
        ):
            organisation = mention
        if organisation is not None and view.word(i) == "with":
            with_at = i
    if organisation is None or with_at is None:
        return []
    before = first - 1
    while view.word(before) == "the":
        before -= 1
    if not (before == with_at or (view.word(before) == "and" and view.word(before - 1) == ",")):
        return []
    # from "with" on: a "May" in the founding date is a month, not a modal
    if view.cue(with_at, t1, _NEGATION, _MODAL, _INTENT, _FUTURE):
        return []
    after, following = view.word(t1), view.word(t1 + 1)
    if not (
        after in _JOINING_NEXT
        or after in _NUMBERS
        or view.text(t1).isdigit()
        or (after == "the" and following in {"next", "following", "same"})
    ):
        return []  # "with Armenia joining talks": an object, not a membership
    year: int | None = None
    for i in range(t1, min(t1 + 3, view.end)):
        if view.text(i) in {",", "."}:
            break
        if _YEAR.match(view.text(i)):
            year = int(view.text(i))
    return [
        Found(
            s.id,
            "joined",
            organisation.id,
            [(t0, t1), _span(s), _span(organisation)],
            "joined-after-founding",
            _year_qualifier(year),
        )
        for s in subjects
        if s.type == "state"
    ]


_AS_MEMBER_RANK = frozenset({"newest", "new", "latest", "full", "full-fledged", "fully-fledged"})
_ORDINAL_WORDS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
    | {"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"}
    | {"seventeenth", "eighteenth", "nineteenth", "twentieth"}
)
# a decision reported as taken, not an intention: "the summit decided to accept S as its member"
_DECIDED_TO = frozenset({"decided", "agreed", "voted", "resolved", "unanimously"})


def _as_its_member(view: _View, t0: int) -> list[Found]:
    """A body taking a state in "as its Nth member": "the SCO summit decided to accept S as
    its ninth member state", "O admitted S as its newest member (in YEAR)"."""
    first = view.right(t0 + 1, frozenset({"state"}), window=2, skip=frozenset({"the"}))
    if first is None:
        return []
    states = view.expand_right(first, frozenset({"state"}))
    k = states[-1].end
    if view.word(k) != "as" or view.word(k + 1) != "its":
        return []
    k += 2
    if _ORDINAL.match(view.word(k)) or view.word(k) in _ORDINAL_WORDS | _AS_MEMBER_RANK:
        k += 1
    if view.word(k) not in {"member", "members", "member-state"}:
        return []
    organisation = view.left(t0, frozenset({"body"}), window=8)
    if organisation is None or any(
        m.type == "state" for m in view.mentions if organisation.end <= m.start < t0
    ):
        return []
    gap = [w for w in view.words(organisation.end, t0) if w not in _DECIDED_TO]
    lo = organisation.start
    if view.cue(lo, t0, _NEGATION, _MODAL, _FUTURE) or _INTENT & set(gap):
        return []
    if view.word(t0 - 1) == "to" and view.word(t0 - 2) not in _DECIDED_TO:
        return []  # "is expected to accept", "refused to accept"
    if _conditional(view, lo):
        return []
    year = view.year(k, lo)
    qualifiers = _year_qualifier(year)
    return [
        Found(
            s.id,
            "joined",
            organisation.id,
            [(t0, t0 + 1), _span(s), _span(organisation)],
            "accepted-as-member",
            dict(qualifiers),
        )
        for s in states
    ]


_RECENT = frozenset({"newest", "latest", "last", "youngest", "first"})
_RECENT_NOUNS = frozenset(
    {"member", "members", "member-states", "state", "states", "country", "countries"}
    | {"nation", "nations"}
)
_RECENT_VERBS = {
    "join": 1,
    "joined": 1,
    "accede": 2,
    "acceded": 2,
    "added": 2,
    "admitted": 2,
    "accepted": 2,
}


def _recent_members(view: _View) -> list[Found]:
    """The last enlargement as a list: "the most recent member states to be added to O are A
    on DATE and B on DATE", "the newest countries to join O were A (YEAR) and B" (joined, each
    state with its own year)."""
    found: list[Found] = []
    for i in range(view.start, view.end):
        if view.word(i) == "recent" and view.word(i - 1) == "most":
            lo = i - 1
        elif view.word(i) in _RECENT:
            lo = i
        else:
            continue
        k = i + 1
        nouns = 0
        while view.word(k) in _RECENT_NOUNS:
            nouns, k = nouns + 1, k + 1
        if not nouns or view.word(k) != "to":
            continue
        k += 1
        if view.word(k) in {"be", "have"}:
            k += 1
        if view.word(k) == "been":
            k += 1
        verb = view.word(k)
        if verb not in _RECENT_VERBS:
            continue
        k += 1
        if _RECENT_VERBS[verb] == 2:
            if view.word(k) not in {"to", "into"}:
                continue
            k += 1
        organisation = view.right(k, frozenset({"body"}), window=2, skip=frozenset({"the"}))
        if organisation is None:
            continue
        k = organisation.end
        while view.word(k) in {",", "so", "far", "now", "to", "date"}:
            k += 1
        if view.word(k) not in {"are", "were", "is", "was"}:
            continue
        first = view.right(k + 1, frozenset({"state"}), window=2, skip=frozenset({":", "the"}))
        if first is None or view.cue(view.start, lo, _NEGATION, _MODAL, _INTENT, _FUTURE):
            continue
        found += _dated_joins(view, first, organisation, (lo, i + 1), "most-recent-members")
    return found


_DATED_GAP = frozenset({"in", "on", "of", "since", "then", "later", "and", ",", "the", "also"})
_LIST_DASH = frozenset({"-", "–", "—", ":"})
_COUNT_NOUNS = _STATE_NOUNS | {"members", "member"}
_ENLARGE_GAP = frozenset(
    {"took", "place", "came", "occurred", "happened", "was", "were", "completed", "with", "by"}
    | {"through", "the", "in", "on", ",", "of", "'s", "’s", "first", "second", "third", "fourth"}
    | {"fifth", "sixth", "seventh", "further", "another", "then", "later", "new", "next"}
)
# an enlargement spoken of, not reported: opposed, feared, debated, possible …
_ATTITUDE = frozenset(
    {"opposed", "opposes", "oppose", "opposition", "against", "feared", "fears", "debated"}
    | {"debate", "discussed", "discussion", "talks", "possible", "potential", "prospect"}
    | {"prospective", "future", "proposed", "planned", "envisaged", "before", "until"}
)


def _enlarged_body(view: _View, t0: int) -> Linked | None:
    """The body an enlargement word before ``t0`` belongs to: "the enlargement of (the) O",
    "O's expansion", "O grew / expanded / was enlarged"."""
    if view.word(t0 - 1) != "the" or view.word(t0 - 2) not in {"with", "by", "through"}:
        return None  # "… took place with the addition of A": the means of the enlargement
    if _ATTITUDE & set(view.words(view.start, t0)):
        return None  # "Russia opposed NATO's expansion with the accession of Georgia"
    for i in range(t0 - 1, view.start - 1, -1):
        if view.text(i) in _HARD_STOP or view.word(i) in _CLAUSE_BREAK:
            return None
        if i in view.covered or view.word(i) not in _ENLARGEMENT:
            if not (
                i in view.covered
                or view.word(i) in _ENLARGE_GAP
                or view.word(i) in MONTHS
                or view.text(i).isdigit()
            ):
                return None
            continue
        if view.word(i + 1) in {"of", "to"}:
            body = view.right(i + 2, frozenset({"body"}), window=2, skip=frozenset({"the"}))
            if body is not None:
                return body
        j = i - 1
        while view.word(j) in {"'s", "’s", "was", "were", "has", "had", "been", "first"}:
            j -= 1
        body = view.ends.get(j + 1)
        if body is not None and body.type == "body":
            return body
    return None


def _dated_list(view: _View, first: Linked) -> list[tuple[Linked, int | None]]:
    """``first`` and the states coordinated after it, each with the year given after its group:
    "Greece and Turkey in 1952 and West Germany in 1955, and then later Spain in 1982"."""
    items: list[tuple[Linked, int | None]] = []
    pending: list[Linked] = [first]
    j = first.end
    while True:
        k = j
        year: int | None = None
        while k < view.end and (
            view.word(k) in _DATED_GAP
            or view.word(k) in _SEPARATORS
            or view.word(k) in MONTHS
            or view.text(k).isdigit()
            or view.text(k) in _QUOTES
            or k in view.noise
        ):
            if year is None and _YEAR.match(view.text(k)):
                year = int(view.text(k))
            k += 1
        if year is not None:
            items += [(s, year) for s in pending]
            pending = []
        nxt = view.starts.get(k)
        if nxt is None or nxt.type != "state" or k == j:
            return items + [(s, None) for s in pending]
        pending.append(nxt)
        j = nxt.end


def _dated_joins(
    view: _View, first: Linked, organisation: Linked, trigger: tuple[int, int], rule: str
) -> list[Found]:
    """One ``joined`` per state of a dated list; a state without its own year takes the year
    said before the list ("In 1973 … with the addition of A, B")."""
    if view.cue(view.start, first.start, _NEGATION, _MODAL, _INTENT, _FUTURE, infinitive=False):
        return []
    default = view.year(view.end, first.start)
    found: list[Found] = []
    for state, year in _dated_list(view, first):
        qualifiers: dict[str, Any] = {}
        if year is not None or default is not None:
            qualifiers["year"] = year if year is not None else default
        found.append(
            Found(
                state.id,
                "joined",
                organisation.id,
                [trigger, _span(state), _span(organisation)],
                rule,
                qualifiers,
            )
        )
    return found


def _counted_joins(view: _View, t0: int, t1: int, organisation: Linked) -> list[Found]:
    """A counted subject, the list after the verb: "Ten new countries joined the EU in 2004 -
    A, B and C", "three states were admitted to O in 1999: A, B"."""
    k = t0 - 1
    while view.word(k) in _PASSIVE_AUX | {"also", "then", "later", "officially", "formally"}:
        k -= 1
    if view.word(k) not in _COUNT_NOUNS:
        return []
    head = k - 1
    while view.word(head) in {"new", "more", "further", "other", "additional", "european"}:
        head -= 1
    if not (view.word(head) in _NUMBERS or view.text(head).isdigit()):
        return []
    j = organisation.end
    while j < view.end and j - organisation.end < 8 and view.text(j) not in _LIST_DASH:
        if not (view.word(j) in _DATED_GAP or view.word(j) in MONTHS or view.text(j).isdigit()):
            return []
        j += 1
    first = view.starts.get(j + 1)
    if view.text(j) not in _LIST_DASH or first is None or first.type != "state":
        return []
    if view.cue(head, t1, _NEGATION, _MODAL, _INTENT, _FUTURE) or _conditional(view, head):
        return []
    year = view.year(organisation.end, head)
    qualifiers = _year_qualifier(year)
    return [
        Found(
            s.id,
            "joined",
            organisation.id,
            [(t0, t1), _span(s), _span(organisation)],
            "counted-joins",
            dict(qualifiers),
        )
        for s in view.expand_right(first, frozenset({"state"}))
    ]
