"""Members glossed in brackets after a body's name: "GUUAM (Georgia, Ukraine, Uzbekistan,
Azerbaijan, Moldova)", "the Quad (the US, Japan, India and Australia)", "ОДКБ (Россия, Беларусь,
Армения …)".

News writing glosses a grouping by its members the way it glosses a name by its abbreviation:
when the brackets right after a body's name hold only states — two or more, joined by commas
and "and" — they are its members (``memberOf``), whatever the clause around says of the body.
"""

from __future__ import annotations

from blocgraph.extract._rules._lexicon import GATHERINGS
from blocgraph.extract._rules._view import Found, _View

BRACKETED = "bracketed-members"
"""The rule's name: a gloss, so the clause around the body (a plan, a condition) does not
govern it."""
_JOINERS = frozenset({",", "and", "и", "&", "the", ";"})
_LEAST = 2


def _bracketed_members(view: _View) -> list[Found]:
    """``memberOf`` for each state listed alone in the brackets right after a body's name."""
    found: list[Found] = []
    for body in view.mentions:
        if body.type != "body" or view.text(body.end) != "(":
            continue
        name = view.doc[body.start : body.end]
        if any(t.lower_ in GATHERINGS or t.lemma_.lower() in GATHERINGS for t in name):
            continue
        states = []
        i = body.end + 1
        while i < view.end and view.text(i) != ")":
            named = view.starts.get(i)
            if named is not None and named.type == "state":
                states.append(named)
                i = named.end
            elif view.word(i) in _JOINERS:
                i += 1
            else:
                states = []
                break
        if i >= view.end or len(states) < _LEAST:
            continue
        for state in states:
            found.append(
                Found(
                    state.id,
                    "memberOf",
                    body.id,
                    [(body.start, body.end), (state.start, state.end)],
                    BRACKETED,
                )
            )
    return found
