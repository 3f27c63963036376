"""Frame reader for a body described as a collective of states: "the Little Entente, a political
alliance of Czechoslovakia, Romania and Yugoslavia", "ANZUS is a bloc of Australia, New Zealand
and the United States", "Малая Антанта — политический союз Чехословакии, Румынии и Югославии".

The collective noun is the trigger (``collective`` rows of ``data/extraction/triggers.csv``);
its "of" / "between" / Russian genitive list names the members, and the name it describes (its
apposition's head, its copula's subject, the subject before a Russian dash) is the body.
"""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract.relations._frames import BODY, Context, Reading, _pairs
from blocgraph.extract.relations._lexicon import Trigger
from blocgraph.extract.relations._slots import _all
from blocgraph.extract.relations._subjects import named_head
from blocgraph.extract.relations._tree import case_of, kids

_STATES = frozenset({"state"})
_MEMBERS_CASES = frozenset({"of", "between", "among", "между", "из"})


def collective(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """X, an alliance of A and B; X is a union of A and B; X — союз A и B: A and B are members
    of X. Only for a list of at least two states, and never for a noun that is part of a name
    ("the Pacific Alliance of …")."""
    if t.i in ctx.by_token:
        return []
    listed = [
        c
        for c in kids(t, "nmod")
        if case_of(c) in _MEMBERS_CASES or (not case_of(c) and "Gen" in c.morph.get("Case", []))
    ]
    states = [a for a in _all(ctx, listed, _STATES) if a.type == "state"]
    if len({a.id for a in states}) < 2:
        return []
    described = named_head(t)
    if described.i == t.i:
        return []
    bodies = _all(ctx, [described], BODY)
    return _pairs(states, bodies, t, "memberOf", f"tree:{tr.frame}")
