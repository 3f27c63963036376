"""Sentence-level rules keyed on regions and civilizations: "S is located in R" (``located-in``),
"Kazakhstan is a Central Asian country" (``regional-states``), "R has several states, A, B"
(``region-has-states``, ``region-has-civilizational-states``), "S belongs to the X
civilization" (``belongs-to-civilization``), "S is a civilizational state"
(``civilizational-state``).
"""

from __future__ import annotations

import re

from blocgraph.extract._linker import Linked
from blocgraph.extract._rules._cues import _NEGATION
from blocgraph.extract._rules._lexicon import _LIST_INTRO, _QUOTES, _STATE_NOUNS
from blocgraph.extract._rules._view import Found, _span, _View

_HAS_VERBS = frozenset(
    {
        "has",
        "have",
        "had",
        "includes",
        "include",
        "contains",
        "comprises",
        "hosts",
        "boasts",
        "encompasses",
        "unites",
        "features",
    }
)
_CIV_WORD = re.compile(r"^(civili[sz]|цивилиз)", re.IGNORECASE)
_CIV_STATE = re.compile(r"^(civili[sz]ation(al)?-?states?|states?-civili[sz]ations?)$")


def _list_after(view: _View, index: int, types: frozenset[str], window: int = 4) -> list[Linked]:
    first = view.right(index, types, window=window, skip=_LIST_INTRO | {"several", "many"})
    return view.expand_right(first, types) if first is not None else []


def _located(view: _View) -> list[Found]:
    found: list[Found] = []
    states = frozenset({"state"})
    for region in (m for m in view.mentions if m.type == "region"):
        # "S is located in R", "S lies in R", "S, in R,"
        p = region.start
        while view.word(p - 1) == "the":
            p -= 1
        if view.word(p - 1) in {"in", "within"}:
            before = view.word(p - 2)
            subject: Linked | None = None
            if before == "," and (
                region.end >= view.end or view.text(region.end) in {",", ")", "—", "–", ".", ";"}
            ):
                subject = view.ends.get(p - 2)
            elif before in {"located", "situated", "lies", "lie", "lying", "sits", "is", "are"}:
                subject = view.left(p - 2, states, window=4)
            if (
                subject is not None
                and subject.type == "state"
                and not view.cue(subject.end, p, _NEGATION)
            ):
                for s in view.expand_left(subject, states):
                    found.append(
                        Found(
                            s.id,
                            "locatedIn",
                            region.id,
                            [(p - 1, p), _span(s), _span(region)],
                            "located-in",
                        )
                    )
        # "Kazakhstan is a Central Asian country". A header list ("Central Asian states A, B",
        # "seven Central and Eastern European countries: A, B") places nothing: it describes
        # the states with an adjective (often of two regions at once) rather than saying where
        # they lie, and docs/extraction.md asks for an explicit placement.
        if view.word(region.end) in _STATE_NOUNS:
            article = region.start - 1
            if view.word(article) in {"a", "an"} and view.word(article - 1) in {
                "is",
                "was",
                "remains",
            }:
                subject = view.ends.get(article - 1)
                if subject is not None and subject.type == "state":
                    found.append(
                        Found(
                            subject.id,
                            "locatedIn",
                            region.id,
                            [_span(subject), _span(region)],
                            "regional-states",
                        )
                    )
        found += _region_has(view, region)
    return found


def _region_has(view: _View, region: Linked) -> list[Found]:
    """ "the Eurasian continent has several ‘civilizational’ states, China, Iran, Arab, and
    Indian" → locatedIn for states, civilizationOf for states and civilizations."""
    j = region.end
    if view.word(j) in {"continent", "region", "space"}:
        j += 1
    if view.word(j) == "is" and view.word(j + 1) == "home" and view.word(j + 2) == "to":
        verb_end = j + 3
    elif view.word(j) in _HAS_VERBS:
        verb_end = j + 1
    else:
        return []
    noun = next(
        (
            k
            for k in range(verb_end, min(verb_end + 6, view.end))
            if view.word(k) in _STATE_NOUNS
            or (_CIV_WORD.match(view.word(k)) and view.word(k).endswith("s"))
        ),
        None,
    )
    if noun is None:
        return []
    items = _list_after(view, noun + 1, frozenset({"state", "civilization"}), window=3)
    if not items or view.cue(region.end, items[0].start, _NEGATION):
        return []
    civilizational = any(_CIV_WORD.match(w) for w in view.words(verb_end, noun + 1))
    found: list[Found] = []
    for item in items:
        tokens = [(j, verb_end), _span(item), _span(region)]
        if item.type == "state":
            found.append(Found(item.id, "locatedIn", region.id, tokens, "region-has-states"))
        if civilizational:
            found.append(
                Found(
                    item.id,
                    "civilizationOf",
                    region.id,
                    [*tokens, (noun, noun + 1)],
                    "region-has-civilizational-states",
                )
            )
    return found


def _civilizations(view: _View, done: set[str]) -> list[Found]:
    """``done``: subjects already given a civilizationOf with a place in this sentence."""
    found: list[Found] = []
    states = frozenset({"state"})
    for civ in (m for m in view.mentions if m.type == "civilization"):
        # "Iran belongs to the Islamic civilization", "Russia is part of the Orthodox world"
        p = civ.start
        while view.word(p - 1) == "the":
            p -= 1
        phrase = " ".join(view.words(p - 3, p))
        subject: Linked | None = None
        if phrase.endswith(
            (
                "belongs to",
                "belong to",
                "belonged to",
                "part of",
                "core state of",
                "heart of",
                "centre of",
                "center of",
                "cradle of",
            )
        ):
            subject = view.left(p - 2, states, window=6)
        elif view.word(p - 1) in {"'s", "’s"}:
            subject = view.ends.get(p - 1)
        if (
            subject is not None
            and subject.type == "state"
            and not view.cue(subject.end, p, _NEGATION)
        ):
            found.append(
                Found(
                    civ.id,
                    "civilizationOf",
                    subject.id,
                    [_span(subject), (p - 2, p), _span(civ)],
                    "belongs-to-civilization",
                )
            )
    for i in range(view.start, view.end):
        word = view.word(i)
        if i in view.covered:
            continue
        nxt = view.word(i + 1)
        is_civ_state = bool(_CIV_STATE.match(word)) or (
            word in {"civilizational", "civilisational", "civilization", "civilisation"}
            and (
                nxt in {"state", "states"}
                or (nxt in _QUOTES and view.word(i + 2) in {"state", "states"})
                or (view.text(i + 1) in _QUOTES and view.word(i + 2) in {"state", "states"})
            )
        )
        if not is_civ_state:
            continue
        end = i + 1
        while end < view.end and (
            view.word(end) in {"state", "states", "-"} or view.text(end) in _QUOTES
        ):
            end += 1
        subjects = _list_after(view, end, states, window=3)
        if not subjects:
            left = i
            while (
                view.word(left - 1) in {"a", "an", "the", "true", "distinct", "unique"}
                or view.text(left - 1) in _QUOTES
            ):
                left -= 1
            if view.word(left - 1) in {"is", "as", ",", "remains", "was", "being"}:
                subject = view.ends.get(left - 1) or view.ends.get(left - 2)
                if subject is None and view.word(left - 1) == "is":
                    subject = view.left(left - 1, states, window=3)
                if subject is not None and subject.type == "state":
                    subjects = [subject]
        for s in subjects:
            if s.id in done or view.cue(min(s.start, i) - 2, max(s.end, end), _NEGATION):
                continue
            found.append(
                Found(s.id, "civilizationOf", None, [(i, end), _span(s)], "civilizational-state")
            )
    return found
