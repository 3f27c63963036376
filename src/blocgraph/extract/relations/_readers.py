"""The frame readers, one per frame name of ``data/extraction/triggers.csv``."""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract.relations._frames import (
    _AS,
    _BEING,
    _FROM,
    _HOLDING,
    _IN,
    _PARTICIPATION,
    _TO,
    BODY,
    INITIATIVE,
    MEMBERS,
    PROPOSERS,
    Context,
    FrameReader,
    Reading,
    _bodies_of,
    _pairs,
    _role_noun,
    obliques,
    passive,
    role_of,
    subjects,
)
from blocgraph.extract.relations._lexicon import Trigger
from blocgraph.extract.relations._tree import Arg, base, case_of, kids

_ELIDABLE = frozenset({"join", "accede", "rejoin", "вступить", "присоединиться"})
_ELIDABLE_EXIT = frozenset({"withdraw", "quit", "exit", "выйти"})
_NOT_PLACES = frozenset(
    {
        "year",
        "month",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "год",
        "месяц",
        "time",
        "summit",
        "meeting",
        "саммит",
    }
)


def _places(tokens: list[Token]) -> list[Token]:
    """Objects and obliques that may name a body: not years, dates or occasions."""
    return [
        t
        for t in tokens
        if not t.like_num and t.pos_ != "NUM" and t.lemma_.lower() not in _NOT_PLACES
    ]


def _elided(t: Token, ctx: Context, holders: list[Arg]) -> list[Arg]:
    """The body in focus, for "Indonesia officially joined in 2025" in a text about BRICS."""
    named = ctx.focus.last(BODY, {h.id for h in holders})
    if named is None:
        return []
    end = t.idx + len(t.text)
    return [Arg(named.id, "body", t.i, t.i + 1, t.idx, end, (named.start, named.end, named.text))]


def _first(tokens: list[Token]) -> Token | None:
    return tokens[0] if tokens else None


_OCCASIONS = frozenset(
    {
        "summit",
        "meeting",
        "session",
        "ministerial",
        "talks",
        "conference",
        "format",
        "platform",
        "secretariat",
        "headquarters",
        "саммит",
        "заседание",
        "встреча",
        "совещание",
    }
)


def _all(ctx: Context, tokens: list[Token], kinds: frozenset[str]) -> list[Arg]:
    found: list[Arg] = []
    for token in tokens:
        found += ctx.args(token, kinds)
    if kinds == BODY:  # "left the SCO summit": the summit, not the SCO
        doc = tokens[0].doc if tokens else None
        found = [
            a
            for a in found
            if doc is None or a.end >= len(doc) or doc[a.end].lemma_.lower() not in _OCCASIONS
        ]
    return found


def _owners(noun: Token) -> list[Token]:
    """Whose event a noun names: "of S", or the Russian genitive with no adposition."""
    return [
        c
        for c in kids(noun, "nmod")
        if case_of(c) == "of"
        or (not case_of(c) and any("\u0400" <= ch <= "\u04ff" for ch in c.text))
    ]


def _particle_ok(verb: Token, trigger: Trigger) -> bool:
    if not trigger.particle:
        return True
    # "brings together", "pulled out": within a few words, however the parser attached it
    doc = verb.doc
    window = doc[max(0, verb.i - 1) : min(len(doc), verb.i + 4)]
    return any(c.lower_ == trigger.particle for c in window)


def _described(noun: Token, ctx: Context) -> bool:
    """A role noun used as a description: "key partners", "partner in trade"."""
    plain = ctx.lexicon.cues.get("not_status", frozenset())
    if any(c.lemma_.lower() in plain for c in kids(noun, "amod", "compound")):
        return True
    return any(
        case_of(c) in {"in", "for", "on", "по"}
        and c.i not in ctx.by_token
        and c.lemma_.lower() not in {"диалог", "dialogue"}
        for c in kids(noun, "nmod")
    )


def _role_from_as(verb: Token, ctx: Context) -> tuple[str, str] | None:
    for child in kids(verb, "obl", "advcl", "xcomp", "nmod"):
        if case_of(child) in _AS or child.lower_ in {"members", "члены"}:
            trigger = ctx.lexicon.trigger(child.lemma_, "NOUN")
            if trigger is not None and trigger.frame == "role" and not _described(child, ctx):
                return role_of(child, trigger)
    return None


def enter(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """S joins / accedes to / enters O; S's accession to O; S вступил в O."""
    if t.pos_ == "NOUN":
        holders = _all(ctx, kids(t, "nmod:poss") + _owners(t), MEMBERS)
        bodies = _all(ctx, obliques(t, _TO), BODY)
    else:
        if not _particle_ok(t, tr):
            return []
        holders = _all(ctx, subjects(t), MEMBERS)
        places = _places(kids(t, "obj") + obliques(t, _TO))
        places += [n for p in places if p.lemma_.lower() == "состав" for n in kids(p, "nmod")]
        bodies = _all(ctx, places, BODY)
        if not bodies and not places and tr.lemma in _ELIDABLE and holders:
            bodies = _elided(t, ctx, holders)
    role = _role_from_as(t, ctx) if t.pos_ != "NOUN" else None
    return _pairs(holders, bodies, t, "joined", f"tree:{tr.frame}", role[1] if role else None)


def admit(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """O admits / accepts / adds S (as a member); S was admitted to O; O принял S."""
    role = _role_from_as(t, ctx)
    if tr.lemma in {"accept", "welcome"} and role is None:
        return []
    if t.pos_ == "NOUN":  # "the admission of S to O", "принятие S в O"
        holders = _all(ctx, kids(t, "nmod:poss") + _owners(t), MEMBERS)
        bodies = _all(ctx, obliques(t, _TO), BODY)
        return _pairs(holders, bodies, t, "joined", f"tree:{tr.frame}", role[1] if role else None)
    if passive(t):
        holders = _all(ctx, subjects(t) or kids(t, "nsubj:pass"), MEMBERS)
        bodies = _all(ctx, obliques(t, _TO | frozenset({"by"})) + kids(t, "obl:agent"), BODY)
    else:
        bodies = _all(ctx, subjects(t), BODY)
        holders = _all(ctx, kids(t, "obj"), MEMBERS)
        if not bodies:
            bodies = _all(ctx, obliques(t, _TO), BODY)
    return _pairs(holders, bodies, t, "joined", f"tree:{tr.frame}", role[1] if role else None)


def _status_role(status: Token | None, tr: Trigger) -> tuple[str, str] | None:
    return None if status is None else role_of(status, tr)


def grant(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """O granted S observer status; S was granted partner status (in O)."""
    status = _first([c for c in kids(t, "obj", "iobj") if c.lemma_.lower() in {"status", "статус"}])
    role = _status_role(status, tr)
    if role is None:
        return []
    status_bodies = _bodies_of(status, ctx) if status is not None else []
    if passive(t):
        holders = _all(ctx, subjects(t), MEMBERS)
        bodies = status_bodies or _all(ctx, obliques(t, _IN) + kids(t, "obl:agent"), BODY)
        if not bodies and holders:  # "These countries — A, B — were granted partner status"
            bodies = _elided(t, ctx, holders)
    else:
        holders = _all(
            ctx,
            [c for c in kids(t, "iobj", "obj") if c != status] + obliques(t, frozenset({"to"})),
            MEMBERS,
        )
        bodies = _all(ctx, subjects(t), BODY) or status_bodies
    return _pairs(holders, bodies, t, "joined", f"tree:{tr.frame}", role[1])


def receive(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """S received / gained / obtained observer status (in O); S получил статус наблюдателя."""
    status = _first([c for c in kids(t, "obj") if c.lemma_.lower() in {"status", "статус"}])
    role = _status_role(status, tr)
    if role is None or status is None:
        return []
    bodies = _bodies_of(status, ctx) or _all(ctx, obliques(t, _IN), BODY)
    holders = _all(ctx, subjects(t), MEMBERS)
    if not bodies and holders:
        bodies = _elided(t, ctx, holders)
    return _pairs(holders, bodies, t, "joined", f"tree:{tr.frame}", role[1])


def become(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """S became a member / an observer of O; членами O стали A и B."""
    noun = _role_noun(t, ctx.lexicon)
    if noun is None:
        return []
    trigger = ctx.lexicon.trigger(noun.lemma_, "NOUN") or tr
    role = role_of(noun, trigger)
    if role is None:
        return []
    holders = _all(ctx, subjects(t), MEMBERS)
    bodies = _bodies_of(noun, ctx)
    if not bodies and holders and not kids(noun, "nmod", "nmod:poss"):  # "became a full member"
        bodies = _elided(t, ctx, holders)
    return _pairs(holders, bodies, t, "joined", f"tree:{tr.frame}", role[1])


def expand(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """O expanded to include A; O was enlarged with A and B."""
    bodies = _all(ctx, subjects(t), BODY)
    members: list[Arg] = []
    for child in kids(t, "xcomp", "advcl"):
        if child.lemma_.lower() in {"include", "admit", "add", "включить"}:
            members += _all(ctx, kids(child, "obj"), MEMBERS)
    members += _all(ctx, obliques(t, frozenset({"with", "by"})), MEMBERS)
    return _pairs(members, bodies, t, "joined", f"tree:{tr.frame}")


def exit_(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """S left / withdrew from / pulled out of O; S's withdrawal from O; S вышел из O."""
    if t.pos_ == "NOUN":
        holders = _all(ctx, kids(t, "nmod:poss") + _owners(t), MEMBERS)
    else:
        if not _particle_ok(t, tr):
            return []
        holders = _all(ctx, subjects(t), MEMBERS)
    places = obliques(t, _FROM | frozenset({"out of"}))
    if t.pos_ != "NOUN":
        places += kids(t, "obj")
    places = _places(places)
    bodies = _all(ctx, places, BODY)
    if not bodies and not places and tr.lemma in _ELIDABLE_EXIT and holders:
        bodies = _elided(t, ctx, holders)
    return _pairs(holders, bodies, t, "left", f"tree:{tr.frame}")


def expel(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """O expelled S; S was expelled from O."""
    if passive(t):
        holders = _all(ctx, subjects(t), MEMBERS)
        bodies = _all(ctx, obliques(t, _FROM), BODY)
    else:
        bodies = _all(ctx, subjects(t), BODY)
        holders = _all(ctx, kids(t, "obj"), MEMBERS)
    return _pairs(holders, bodies, t, "left", f"tree:{tr.frame}")


def suspend(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """S froze / suspended its participation in O; O suspended S; S was suspended from O."""
    if t.pos_ == "NOUN":  # S's suspension from O
        holders = _all(ctx, kids(t, "nmod:poss") + obliques(t, frozenset({"of"})), MEMBERS)
        return _pairs(
            holders, _all(ctx, obliques(t, _FROM | _IN), BODY), t, "suspendedIn", f"tree:{tr.frame}"
        )
    objects = kids(t, "obj")
    if passive(t):
        subject = subjects(t)
        if subject and subject[0].lemma_.lower() in _PARTICIPATION:
            participation = subject[0]
            owners = kids(participation, "nmod:poss") + obliques(participation, frozenset({"of"}))
            holders = _all(ctx, owners, MEMBERS)
            bodies = _all(ctx, obliques(participation, _IN) + obliques(t, _IN), BODY)
        else:
            holders = _all(ctx, subject, MEMBERS)
            bodies = _all(ctx, obliques(t, _FROM | _IN), BODY)
        return _pairs(holders, bodies, t, "suspendedIn", f"tree:{tr.frame}")
    actors = subjects(t)
    noun = _first([o for o in objects if o.lemma_.lower() in _PARTICIPATION])
    if noun is not None:
        holders = _all(ctx, actors, MEMBERS)
        bodies = _all(ctx, obliques(noun, _IN) + obliques(t, _IN), BODY)
        return _pairs(holders, bodies, t, "suspendedIn", f"tree:{tr.frame}")
    bodies = _all(ctx, actors, BODY)
    holders = _all(ctx, objects, frozenset({"state"}))
    return _pairs(holders, bodies, t, "suspendedIn", f"tree:{tr.frame}")


def include(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """O includes / comprises / consists of / brings together A and B."""
    if not _particle_ok(t, tr) and tr.particle != "up":
        return []
    if passive(t) and tr.lemma in {"include", "включать"}:
        return []
    governor = ctx.lexicon.trigger(t.head.lemma_, t.head.pos_)
    if base(t.dep_) in {"xcomp", "advcl"} and governor is not None and governor.frame == "expand":
        return []  # "O expanded to include A": the expansion is the statement (joined)
    owner = subjects(t)
    bodies = _all(ctx, owner, BODY)
    if not bodies and owner:  # "O's members include A"
        found = ctx.lexicon.trigger(owner[0].lemma_, "NOUN")
        if found is not None and found.frame == "role":
            bodies = _bodies_of(owner[0], ctx)
    members = _all(ctx, kids(t, "obj") + obliques(t, frozenset({"of", "из", ""})), MEMBERS)
    return _pairs(members, bodies, t, "memberOf", f"tree:{tr.frame}")


def include_member(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """A входит в O / в состав O."""
    places = obliques(t, _TO)
    places += [n for p in places if p.lemma_.lower() == "состав" for n in kids(p, "nmod")]
    return _pairs(
        _all(ctx, subjects(t), MEMBERS), _all(ctx, places, BODY), t, "memberOf", f"tree:{tr.frame}"
    )


def role(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """S is a member of O; S, an observer of O; O's members are A, B; member states A, B."""
    found = role_of(t, tr)
    if found is None:
        return []
    predicate, role_name = found
    if _described(t, ctx):
        return []  # "key partners of ASEAN", "a partner in trade": a description, not a status
    head = t.head if base(t.dep_) in {"compound", "amod"} else t
    bodies = _bodies_of(t, ctx)
    link = base(head.dep_)
    holders: list[Arg] = []
    if kids(head, "cop") or (link == "root" and kids(head, "nsubj")):
        holders = _all(ctx, kids(head, "nsubj"), MEMBERS)
    elif link == "appos" or (link == "nsubj" and kids(head.head, "cop")):
        holders = ctx.args(head.head, MEMBERS)
    elif link in {"xcomp", "obl", "obj"} and head.head.lemma_.lower() in _BEING | _HOLDING:
        holders = _all(ctx, subjects(head.head), MEMBERS)
    elif not holders:  # no subject slot: "member states A, B", "members: A, B"
        listed = [
            c
            for c in head.children
            if base(c.dep_) in {"appos", "list", "flat", "dep", "parataxis"}
        ]
        holders = [a for c in listed for a in ctx.args(c, frozenset({"state"}))]
        if not holders:
            holders = _all(ctx, kids(t, "nmod:poss"), MEMBERS)
    bodies = [b for b in bodies if b.id not in {h.id for h in holders}]
    return _pairs(holders, bodies, t, predicate, f"tree:{tr.frame}", role_name)


def propose(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """X proposed / put forward / launched I; I was proposed by X."""
    if t.pos_ == "NOUN":
        proposers = _all(ctx, kids(t, "nmod:poss"), PROPOSERS)
        ideas = _all(ctx, obliques(t, frozenset({"of", "for", "on"})), INITIATIVE)
    elif passive(t):
        ideas = _all(ctx, subjects(t), INITIATIVE)
        proposers = _all(ctx, obliques(t, frozenset({"by"})) + kids(t, "obl:agent"), PROPOSERS)
    else:
        if not _particle_ok(t, tr):
            return []
        proposers = _all(ctx, subjects(t), PROPOSERS)
        ideas = _all(ctx, kids(t, "obj"), INITIATIVE)
    persons = [p for p in proposers if p.type == "person"]
    return _pairs(persons or proposers, ideas, t, "proposes", f"tree:{tr.frame}")


READERS: dict[str, FrameReader] = {
    "enter": enter,
    "admit": admit,
    "grant": grant,
    "receive": receive,
    "become": become,
    "expand": expand,
    "exit": exit_,
    "expel": expel,
    "suspend": suspend,
    "include": include,
    "include_member": include_member,
    "role": role,
    "propose": propose,
}
