"""A membership that takes effect, or is restored, is a joining.

"The membership of Rwanda and Burundi in the East African Community took effect on Sunday",
"Mongolia's membership of O became effective in 2007", "членство Узбекистана в O вступило в
силу": the start of a membership is the event `joined`, read from the membership noun that is
the subject of the clause (its holder: "of S" or "S's"; its body: "in / of / to O"). A body
that restores or resumes a state's membership ("The African Union restored Mali's membership",
"ЛАГ возобновила членство Сирии") readmits it: `joined` too.
"""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract.relations._frames import (
    BODY,
    MEMBERS,
    Context,
    Reading,
    _pairs,
    passive,
)
from blocgraph.extract.relations._lexicon import Trigger
from blocgraph.extract.relations._obliques import obliques
from blocgraph.extract.relations._slots import _all
from blocgraph.extract.relations._subjects import subjects
from blocgraph.extract.relations._tree import Arg, base, case_of, kids

_MEMBERSHIP = frozenset({"membership", "членство"})
_LOCATIVE = frozenset({"in", "of", "to", "within", "в"})
_VERBS = frozenset({"take", "come", "enter", "become", "вступить", "вступать"})
"""The verbs of "take effect", "come / enter into force", "become effective", "вступить в силу"."""


def _clause_subjects(t: Token) -> list[Token]:
    """The subjects of the clause the trigger completes: "took effect" (object), "entered into
    force" (oblique), "became effective" (predicate adjective or its copula's head)."""
    if t.pos_ == "ADJ":
        own = subjects(t)
        return own or (subjects(t.head) if t.head.lemma_.lower() in _VERBS else [])
    if base(t.dep_) in {"obj", "obl"} and t.head.lemma_.lower() in _VERBS:
        return subjects(t.head)
    return []


def _holders(noun: Token, ctx: Context) -> list[Arg]:
    """The states a membership noun belongs to: "S's membership", "the membership of S",
    "членство S"."""
    owners = kids(noun, "nmod:poss") + [
        c for c in kids(noun, "nmod") if case_of(c) == "of" or not case_of(c)
    ]
    return [h for h in _all(ctx, owners, MEMBERS) if h.type == "state"]


def begin(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """S's membership in O took effect / became effective / entered into force."""
    found: list[Reading] = []
    verb = t.head if t.head.lemma_.lower() in _VERBS else t  # the clause's modality is the verb's
    for noun in _clause_subjects(t):
        if noun.lemma_.lower() not in _MEMBERSHIP:
            continue
        holders = _holders(noun, ctx)
        bodies = _all(ctx, obliques(noun, _LOCATIVE), BODY)
        found += _pairs(holders, bodies, verb, "joined", f"tree:{tr.frame}")
    return found


def resume(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """O restored / resumed S's membership; S's membership was restored; the restoration of S's
    membership; O восстановил / возобновил членство S (в O): only with a membership noun."""
    if t.pos_ == "NOUN":
        nouns = kids(t, "nmod", "obj")
    else:
        nouns = subjects(t) if passive(t) else kids(t, "obj")
    found: list[Reading] = []
    for noun in nouns:
        if noun.lemma_.lower() not in _MEMBERSHIP:
            continue
        holders = _holders(noun, ctx)
        bodies = _all(ctx, obliques(noun, _LOCATIVE) + obliques(t, _LOCATIVE), BODY)
        if not bodies and t.pos_ != "NOUN" and not passive(t):
            bodies = _all(ctx, subjects(t), BODY)  # the body that restores it
        found += _pairs(holders, bodies, t, "joined", f"tree:{tr.frame}")
    return found
