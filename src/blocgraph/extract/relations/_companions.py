"""Companions: the states a relation holds for beside its own holder.

"Вьетнам становится десятой страной-партнером БРИКС наряду с Белоруссией, Боливией …", "joined
together with A", "Nigeria became the ninth partner country, joining Belarus, Bolivia …",
"Colombia has become the third country to join the OECD, following Mexico and Chile", "Помимо
Беларуси, … в организацию входят A, B": the same reading, one per companion state.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from blocgraph.extract.relations._frames import BODY, Context, Reading, _pairs
from blocgraph.extract.relations._treaty_organs import states_after
from blocgraph.extract.relations._tree import Arg, base, case_of, kids

_JOINING = frozenset({"join", "присоединиться"})
_TOGETHER = frozenset({"together", "along", "вместе", "совместно", "наряду"})
_ALONG = frozenset(
    {"along with", "together with", "alongside", "наряду с", "вместе с", "помимо", "besides"}
    | {"in addition to"}
)
"""Adpositions naming others the relation holds for too ("Помимо Беларуси, … в организацию
входят A, B"); not "кроме" or "apart from", which may as well exclude."""


_NUMBERED = re.compile(
    r"\d+(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty)?-?(?:first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
    r"|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth)"
)


def _ordinal(noun: Token) -> bool:
    """Whether a noun is counted in order ("the third country", "the 15th member")."""
    return any(  # "the 14th African state": the parser may hang the ordinal on the adjective
        "Ord" in t.morph.get("NumType", []) or _NUMBERED.fullmatch(t.lower_) is not None
        for c in kids(noun, "amod")
        for t in c.subtree
        if t.pos_ in {"ADJ", "NUM"} and t.i < noun.i
    )


def companions(readings: list[Reading], trigger: Token, context: Context) -> list[Reading]:
    """The same relation for the states named "along with" its holder ("Вьетнам становится
    десятой страной-партнером БРИКС наряду с Белоруссией, Боливией …")."""
    if not readings or readings[0].predicate == "proposes":
        return []
    places = [trigger, trigger.head, *[c for c in trigger.children if base(c.dep_) == "xcomp"]]
    ranked = base(trigger.dep_) in {"acl", "xcomp"} and _ordinal(trigger.head)
    if ranked and base(trigger.dep_) == "acl":
        places.append(trigger.head.head)  # "became the third country to join O, following A"
    along = [c for p in places for c in kids(p, "obl", "nmod", "advmod") if case_of(c) in _ALONG]
    along += [  # "вступил вместе с A, B", "joined together with A"
        o
        for p in places
        for c in kids(p, "advmod")
        if c.lower_ in _TOGETHER
        for o in kids(c, "obl", "nmod")
        if case_of(o) in {"с", "with"}
    ]
    along += [  # "Nigeria became the ninth partner country, joining Belarus, Bolivia …"
        o
        for c in trigger.children
        if base(c.dep_) in {"advcl", "conj", "xcomp"} and c.lemma_.lower() in _JOINING
        for o in kids(c, "obj")
    ]
    first = readings[0]
    # "a member of O, alongside A, B" (parsed as a verb); "joined O, following A and B" (they
    # joined before it)
    beside = {"alongside"} | ({"following"} if first.predicate in _IN_TURN else set())
    if ranked and first.predicate in _IN_TURN:
        beside |= {"after"}  # "the 14th state to ratify the TPNW, after A, B": they did before
    along += [
        o
        for c in trigger.children
        if c.lower_ in beside and base(c.dep_) in {"advcl", "conj", "xcomp", "acl", "obl"}
        for o in kids(c, "obj")
    ]
    along += [c for p in places for c in kids(p, "obl", "nmod") if case_of(c) in beside]
    states = [a for c in along for a in context.args(c, frozenset({"state"}))]
    earlier = _listed_before(trigger, context) if first.predicate in _IN_TURN else []
    if first.rule == "tree:become":  # "becomes the tenth partner along with B, C": B, C are
        role = first.qualifiers.get("role", "member")
        standing = {"member": "memberOf", "observer": "observerOf"}.get(role, "partnerOf")
        first = replace(first, predicate=standing)
    holders = {r.subject.id for r in readings}
    # the members an ordinal counts after ("the eighth member, after A, B"): members; the
    # parties it counts after ("the 14th state to ratify the TPNW, after A, B"): parties too
    before = "memberOf" if first.predicate == "joined" else first.predicate
    members = [
        replace(first, subject=state, predicate=before, rule=f"{first.rule}+before")
        for state in earlier
        if state.id not in holders and state not in states
    ]
    return members + [
        replace(first, subject=state, rule=f"{first.rule}+along")
        for state in states
        if state.id not in holders
    ]


def companions_of_each(readings: list[Reading], context: Context) -> list[Reading]:
    """The companions of each trigger's readings ("Malawi became the 14th state to ratify the
    TPNW, after A, B": A and B ratified it too)."""
    triggers = dict.fromkeys(r.trigger for r in readings)
    return [
        companion
        for token in triggers
        for companion in companions([r for r in readings if r.trigger == token], token, context)
    ]


_FOLLOWING = frozenset({"join", "follow"})
"""Verbs whose object did first what their subject does ("joined B in signing", "joined the
leaders of A and B to launch O")."""


def fellows(trigger: Token) -> list[Token]:
    """The objects of a "join" or "follow" verb whose purpose or manner clause the trigger heads:
    they act with its subject ("Modi joined leaders of A and B to launch O", "A joined B in
    ratifying T")."""
    if base(trigger.dep_) not in {"advcl", "xcomp"}:
        return []
    if trigger.head.lemma_.lower() not in _FOLLOWING:
        return []
    if not any(c.lower_ in {"in", "to"} for c in kids(trigger, "mark")):
        return []
    return kids(trigger.head, "obj")


def joined_beside(verb: Token, context: Context, holders: list[Arg], rule: str) -> list[Reading]:
    """ "Iceland joins Britain, Denmark … and Sweden in the JEF": the subject joined the body
    named after "in", and the states it joins there are its members already."""
    states = frozenset({"state"})
    members = [a for o in kids(verb, "obj") for a in context.args(o, states)]
    if not members or not holders:
        return []
    # the parser may hang "in O" on the last state it follows ("joined A and B in O")
    places = kids(verb, "obl") + [
        n for o in kids(verb, "obj") for c in o.subtree for n in kids(c, "nmod")
    ]
    bodies = [a for c in places if case_of(c) == "in" for a in context.args(c, BODY)]
    held = {h.id for h in holders}
    return _pairs(holders, bodies, verb, "joined", rule) + _pairs(
        [m for m in members if m.id not in held], bodies, verb, "memberOf", f"{rule}+along"
    )


_BEFORE = frozenset({"following", "after"})
_IN_TURN = frozenset({"joined", "ratified", "signed"})
"""Predicates of an act done in turn: who did it before ("following A and B") did it too."""


def _listed_before(trigger: Token, context: Context) -> list[Arg]:
    """The states listed after "following" or "after" set off by a comma behind an ordinal role
    noun, however the parser hung them: those who joined before ("becoming the Union's eighth
    member, after Burundi, Kenya … and Uganda"). Only a list that ends the clause counts, not
    "after Hungary ratified"."""
    doc, sent = trigger.doc, trigger.sent
    nouns = [t for t in doc[trigger.i : sent.end] if t.pos_ == "NOUN" and _ordinal(t)]
    k = nouns[0].i + 1 if nouns else sent.end
    if base(trigger.dep_) in {"acl", "xcomp"} and _ordinal(trigger.head):
        # "the 14th African state to ratify the TPNW, after A, B": past the clause's words
        k = max(t.i for t in trigger.subtree if t.text != ",") + 1
    if k >= sent.end:
        return []
    limit = k + 5
    while k < sent.end - 1 and k <= limit and doc[k].lower_ not in _BEFORE:
        k += 1
    if k >= sent.end - 1 or doc[k].lower_ not in _BEFORE or doc[k - 1].text != ",":
        return []
    found = states_after(doc[k], context)
    after = doc[found[-1].end] if found and found[-1].end < sent.end else None
    ends = after is None or (after.is_punct and after.text not in {"'s", "’s"})
    return found if ends else []
