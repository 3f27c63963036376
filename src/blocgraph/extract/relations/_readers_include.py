"""Frame reader for inclusion: "O includes / comprises / unites / brings together A and B",
"A, B and C make up O", members listed by role ("nine member states (A, B), three observer
states (C, D)"), and "Member states include A, B" in a text about one body."""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract.relations._frames import (
    BODY,
    MEMBERS,
    Context,
    Reading,
    _bodies_of,
    _pairs,
    passive,
    role_of,
)
from blocgraph.extract.relations._lexicon import Lexicon, Trigger
from blocgraph.extract.relations._obliques import obliques
from blocgraph.extract.relations._reduced_relatives import SET_OFF, modified_noun
from blocgraph.extract.relations._role_groups import role_groups
from blocgraph.extract.relations._role_lists import owned
from blocgraph.extract.relations._slots import _all, _described, _elided, _particle_ok
from blocgraph.extract.relations._subjects import subjects
from blocgraph.extract.relations._tree import base, kids


def include(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """O includes / comprises / consists of / brings together A and B."""
    if not _particle_ok(t, tr) and tr.particle != "up":
        return []
    if passive(t) and tr.lemma in {"include", "включать"}:
        return []
    governor = ctx.lexicon.trigger(t.head.lemma_, t.head.pos_)
    if base(t.dep_) in {"xcomp", "advcl"} and governor is not None and governor.frame == "expand":
        return []  # "O expanded to include A": the expansion is the statement (joined)
    if tr.lemma == "make" and not passive(t) and _particle_ok(t, tr):
        # "A, B and C make up O", "the countries that make up O are A, B": the members are
        # the subject, the body the object
        places = kids(t, "obj", "xcomp")
        return _pairs(
            _all(ctx, subjects(t), MEMBERS), _all(ctx, places, BODY), t, "memberOf", "tree:include"
        )
    owner = _set_off_owner(t, ctx) or subjects(t) or modified_noun(t)
    if tr.lemma == "состоять" and not obliques(t, frozenset({"из"})):
        return _member_in(t, owner, tr, ctx)  # "Россия состоит в ОИК (в статусе наблюдателя)"
    if owner and owner[0].lemma_.lower() in _LISTS:  # "the list of observers includes A, B"
        listed = [c for c in kids(owner[0], "nmod") if ctx.lexicon.role_noun(c)]
        owner = listed or owner
    if owner and outside_role(owner[0], ctx.lexicon):
        # "the observers of O include A", "its observers include A": their standing, not
        # membership; "candidates for O include A": nothing
        return _outside(t, owner[0], tr, ctx)
    bodies = _all(ctx, owner, BODY)
    if not bodies and tr.lemma in _CONSTITUTE and not passive(t):
        # "Bolivia, Brazil … and Colombia comprise the Amazon Cooperation Treaty Organization"
        states = [a for a in _all(ctx, owner, MEMBERS) if a.type == "state"]
        whole = _all(ctx, kids(t, "obj"), BODY)
        if states and whole:
            return _pairs(states, whole, t, "memberOf", f"tree:{tr.frame}")
    bare_role = False
    if not bodies and owner:  # "O's members include A", "the forum's member countries include"
        if owner[0].lemma_.lower() in {"membership", "членство"}:
            # "its current membership includes A, B": its owner, or the body named before
            pronoun = any(c.pos_ == "PRON" for c in kids(owner[0], "nmod:poss"))
            bodies = _bodies_of(owner[0], ctx)
            if pronoun and not bodies and base(t.dep_) == "conj":  # "O was set up … and its"
                bodies = _all(ctx, subjects(t.head), BODY)
            if pronoun and not bodies:
                bodies = _elided(t, ctx, [])
        for noun in [owner[0], *kids(owner[0], "compound", "amod")]:
            found = ctx.lexicon.trigger(noun.lemma_, "NOUN")
            if found is not None and found.frame == "role" and not bodies:
                bodies = _bodies_of(noun, ctx)
                bare_role = found.role == "member" and not bodies and not owned(noun)
    groups = role_groups(kids(t, "obj"), ctx) if bodies else []
    if groups:  # "comprises nine member states (A, B), three observer states (C, D) and …"
        return [
            r
            for g in groups
            for r in _pairs(g.states, bodies, t, g.predicate, f"tree:{tr.frame}+roles", g.role)
        ]
    members = _all(ctx, kids(t, "obj") + obliques(t, frozenset({"of", "из", ""})), MEMBERS)
    former = any(c.lower_ in _FORMER for c in kids(owner[0], "amod")) if owner else False
    if any(c.lower_ in _FORMER for o in kids(t, "obj") for c in kids(o, "amod")):
        return []  # "comprising its former members A, B": members no longer
    if bare_role and members and not former and not _described(owner[0], ctx):
        # "Member states include A, B" in a text about one body: the body in focus
        states = [m for m in members if m.type == "state"]
        return _pairs(states, _elided(t, ctx, states), t, "memberOf", f"tree:{tr.frame}")
    return _pairs(members, bodies, t, "memberOf", f"tree:{tr.frame}")


_SETTING_OFF = SET_OFF - {","}  # a comma sets off a subject's clause as well


def _set_off_owner(t: Token, ctx: Context) -> list[Token]:
    """The body a participle set off by a dash or bracket right after its name describes,
    whatever the parser made of the participle ("the Defence Ministers of the Nordic Defence
    Cooperation – comprising Denmark, Finland, Norway and Sweden – met in Oslo", "the Andean
    Community bloc of nations – made up of Colombia, Ecuador, Peru and Bolivia")."""
    participle = t.lower_.endswith("ing") or t.tag_ == "VBN"
    if not participle or t.i < 2 or t.doc[t.i - 1].text not in _SETTING_OFF:
        return []
    name = t.i - 2
    places = list(range(name, max(name - 5, -1), -1))  # over "bloc of nations"
    if t.doc[name].text == ")":  # "the Joint Expeditionary Force (JEF) – comprising …"
        places = list(range(name - 1, max(name - 5, 0), -1))
    for place in places:
        named = ctx.by_token.get(place)
        if named is not None and named.type == "body":
            return [t.doc[place]]
        word = t.doc[place]
        if word.text == "(" or not (word.pos_ in {"NOUN", "ADP", "DET"} or word.text == ")"):
            break
    return []


_LISTS = frozenset({"list", "roster", "список", "перечень"})


def _outside(t: Token, noun: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """Observers or partners an inclusion lists ("its observers include A, B", "the list of
    observers includes A"): of the body the noun names, else of the body in focus."""
    found = ctx.lexicon.trigger(noun.lemma_, "NOUN")
    if found is None or found.frame != "role" or found.role == "member":
        return []  # candidates, applicants
    holders = _all(ctx, kids(t, "obj") + obliques(t, frozenset({"of", "из", ""})), MEMBERS)
    states = [h for h in holders if h.type == "state"]
    bodies = _bodies_of(noun, ctx) or (_elided(t, ctx, states) if states else [])
    return _pairs(states, bodies, t, found.predicate, f"tree:{tr.frame}", found.role)


def outside_role(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names a set of non-members: observers, partners, candidates ("Dialogue
    partners of the SCO include A", "Candidates for the EU include A")."""
    if noun.lemma_.lower() in _NOT_MEMBERS:
        return True
    if any(w.lemma_.lower() in ASPIRING for w in noun.subtree if w.i > noun.i):
        return True  # "other countries hoping to enter the bloc include A": not members yet
    found = lexicon.trigger(noun.lemma_, "NOUN")
    return found is not None and found.frame == "role" and found.role != "member"


def member_role(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun speaks of members, membership or entering it ("member states",
    "членство", "accession", "приём … в состав"); ``outside_role`` is the other side."""
    if noun.lemma_.lower() in {"membership", "членство", "состав"}:
        return True
    found = lexicon.trigger(noun.lemma_, "NOUN")
    if found is None:
        return False
    return found.frame in {"enter", "admit"} or (found.frame == "role" and found.role == "member")


_NOT_MEMBERS = frozenset({"candidate", "applicant", "aspirant", "кандидат", "претендент"})
ASPIRING = frozenset(
    {"hope", "want", "wish", "seek", "aspire", "apply", "desire", "intend", "keen", "eager"}
    | {"стремиться", "хотеть", "желать", "намереваться", "претендовать", "надеяться"}
)
"""Words of a clause that makes a set of states would-be members ("countries hoping to enter
the bloc", "страны, желающие вступить")."""

_CONSTITUTE = frozenset({"comprise", "compose", "constitute", "составлять", "составить"})
"""Inclusion verbs that also run the other way round, the members as subject ("A and B
comprise O", "A и B составляют O")."""
_FORMER = frozenset({"former", "ex", "past", "бывшие", "бывших", "бывшими"})
"""Role nouns that name who held a role before ("Former members include A"): not members."""


def _member_in(t: Token, owner: list[Token], tr: Trigger, ctx: Context) -> list[Reading]:
    """ "A состоит в O" is A's membership of O; "в статусе наблюдателя" names another role."""
    holders = _all(ctx, owner, MEMBERS)
    places = obliques(t, frozenset({"в", "во"}))
    bodies = _all(ctx, [p for p in places if p.lemma_.lower() != "статус"], BODY)
    status = [p for p in places if p.lemma_.lower() == "статус"]
    role = role_of(status[0], tr) if status else None
    if role is None:
        return _pairs(holders, bodies, t, "memberOf", f"tree:{tr.frame}")
    return _pairs(holders, bodies, t, role[0], f"tree:{tr.frame}", role[1])
