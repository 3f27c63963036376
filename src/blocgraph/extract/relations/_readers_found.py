"""Frame readers for founding and designation: "O was founded by A and B", "A and B founded O",
"O образована в составе A, B" (the founders are members); "O lists A and B as partners"."""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract.relations._companions import fellows
from blocgraph.extract.relations._frames import (
    BODY,
    COMPACT,
    MEMBERS,
    Context,
    Reading,
    _pairs,
    passive,
)
from blocgraph.extract.relations._lexicon import Trigger
from blocgraph.extract.relations._obliques import obliques
from blocgraph.extract.relations._readers_sign import represented
from blocgraph.extract.relations._slots import _all, _elided, _particle_ok, _role_from_as
from blocgraph.extract.relations._subjects import subjects
from blocgraph.extract.relations._tree import base, instrumental, kids

_FOUNDERS = frozenset({"state"})


def found(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """O was founded by A and B; A and B founded O; O образована в составе A, B: the founders
    are members."""
    if not _particle_ok(t, tr):
        return []
    if passive(t) or base(t.dep_) == "acl":
        bodies = _all(ctx, subjects(t), COMPACT)
        if not bodies:  # "O is the framework of …, created by A, B": the copula's subject
            described = [n for s in subjects(t) if kids(s, "cop") for n in kids(s, "nsubj")]
            bodies = _all(ctx, described, COMPACT)
        # "founded by A and B", "создана … между Турцией, Ираном и Пакистаном"
        agents = obliques(t, frozenset({"by", "between", "между"})) + kids(t, "obl:agent")
        agents += [  # "создана Турцией, Ираном и Пакистаном": a bare instrumental is the agent
            c for c in kids(t, "obl") if instrumental(c)
        ]
        makeup = [
            n
            for p in obliques(t, frozenset({"в", "in"}))
            if p.lemma_.lower() in {"состав", "composition"}
            for n in kids(p, "nmod")
        ]
        founders = _all(ctx, represented(agents) + makeup, _FOUNDERS)
    else:
        # "Modi joined leaders of A and B to launch O": they founded it with him
        founders = _all(ctx, represented(subjects(t) + fellows(t)), _FOUNDERS)
        bodies = _all(ctx, kids(t, "obj"), COMPACT)
    return _pairs(founders, bodies, t, "memberOf", f"tree:{tr.frame}")


def designate(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """O lists / counts / recognises A and B as partners (members, observers): the standing the
    role names, held now (not the event of gaining it)."""
    found = _role_from_as(t, ctx)
    if found is None:
        return []
    if passive(t):  # "A and B are listed as partners (by O)"
        holders = _all(ctx, subjects(t), MEMBERS)
        bodies = _all(ctx, obliques(t, frozenset({"by"})) + kids(t, "obl:agent"), BODY)
        if not bodies and holders:
            bodies = _elided(t, ctx, holders)
    else:
        bodies = _all(ctx, subjects(t), BODY)
        holders = _all(ctx, kids(t, "obj"), MEMBERS)
    predicate, role_name = found
    return _pairs(holders, bodies, t, predicate, f"tree:{tr.frame}", role_name)
