"""Proposals of initiatives (``proposes``): "X proposed / launched I" (``proposes-verb``), "I was
put forward by X" (``proposed-by``), "X's I" (``initiative-possessive``), "I is an initiative of
X" (``initiative-of``).
"""

from __future__ import annotations

from typing import Any

from blocgraph.extract._linker import Linked
from blocgraph.extract._rules._cues import _NEGATION
from blocgraph.extract._rules._view import Found, _span, _View

_PROPOSER_TYPES = frozenset({"person", "state", "body"})
_PROPOSE_BLOCK = frozenset(
    [
        "plan",
        "plans",
        "planned",
        "intend",
        "intends",
        "intended",
        "want",
        "wants",
        "wanted",
        "hope",
        "hopes",
        "hoped",
        "aim",
        "aims",
        "considering",
        "consider",
        "considers",
        "may",
        "might",
        "could",
        "would",
        "should",
        "if",
        "whether",
        "unless",
        "refused",
        "rejected",
        "opposed",
    ]
)


def _propose(
    view: _View, t0: int, t1: int, carried: Linked | None
) -> tuple[list[Found], Linked | None]:
    initiative = frozenset({"initiative"})
    if view.word(t1) == "by":
        proposer = view.right(t1 + 1, _PROPOSER_TYPES, window=4)
        target = view.left(t0, initiative, window=6)
        if proposer is None or target is None:
            return [], carried
        return _propose_found(
            view, t0, t1, [proposer], target, "proposed-by", proposer.start
        ), carried
    target = view.right(t1, initiative, window=6)
    if target is None:
        return [], carried
    subject = view.left(t0, _PROPOSER_TYPES, window=10)
    if subject is None:
        subject = carried
    if subject is None:
        return [], carried
    subjects = (
        [subject]
        if subject.type == "person"
        else view.expand_left(subject, frozenset({"state", "body"}))
    )
    return _propose_found(
        view, t0, t1, subjects, target, "proposes-verb", subjects[0].start
    ), subject


def _propose_found(
    view: _View, t0: int, t1: int, subjects: list[Linked], target: Linked, rule: str, lo: int
) -> list[Found]:
    if view.cue(max(view.start, min(lo, t0) - 2), t1, _NEGATION, _PROPOSE_BLOCK):
        return []
    if view.word(t0 - 1) == "to" and not {"will", "going"} & set(view.words(t0 - 4, t0)):
        return []
    qualifiers: dict[str, Any] = {}
    year = view.year(max(t1, target.end), min(s.start for s in subjects))
    if year is not None:
        qualifiers["year"] = year
    found = []
    for s in subjects:
        q = dict(qualifiers)
        if s.first_person:
            q["first_person"] = True
        found.append(
            Found(s.id, "proposes", target.id, [(t0, t1), _span(s), _span(target)], rule, q)
        )
    return found


_INITIATIVE_NOUNS = frozenset(
    {"initiative", "idea", "project", "brainchild", "proposal", "concept", "invention"}
)


def _initiative_of(view: _View) -> list[Found]:
    """ "The Greater Eurasian Partnership is an initiative of Russian President Vladimir Putin"."""
    found = []
    for mention in view.mentions:
        if mention.type != "initiative":
            continue
        j = mention.end
        if view.word(j) == "," or view.word(j) in {"is", "was", "remains"}:
            j += 1
        else:
            continue
        while view.word(j) in {"a", "an", "the", "original", "flagship", "key", "major"}:
            j += 1
        if view.word(j) not in _INITIATIVE_NOUNS or view.word(j + 1) not in {"of", "by"}:
            continue
        proposer = view.right(j + 2, _PROPOSER_TYPES, window=4)
        if proposer is None:
            continue
        if proposer.type != "person":
            person = view.right(proposer.end, frozenset({"person"}), window=3)
            proposer = person or proposer
        if view.cue(mention.start, j, _NEGATION):
            continue
        qualifiers: dict[str, Any] = {}
        year = view.year(proposer.end, mention.start)
        if year is not None:
            qualifiers["year"] = year
        found.append(
            Found(
                proposer.id,
                "proposes",
                mention.id,
                [_span(mention), (j, j + 2), _span(proposer)],
                "initiative-of",
                qualifiers,
            )
        )
    return found


def _initiative_possessive(view: _View) -> list[Found]:
    found = []
    for mention in view.mentions:
        if mention.type != "initiative" or view.word(mention.start - 1) not in {"'s", "’s"}:
            continue
        owner = view.ends.get(mention.start - 1)
        if owner is None or owner.type not in {"person", "state"} or owner.first_person:
            continue
        found.append(
            Found(
                owner.id,
                "proposes",
                mention.id,
                [_span(owner), _span(mention)],
                "initiative-possessive",
            )
        )
    return found
