"""Frame readers for events: joining, admission, leaving, expulsion, suspension, proposals."""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract._russian import is_cyrillic
from blocgraph.extract.relations._companions import joined_beside
from blocgraph.extract.relations._frames import (
    _FROM,
    _IN,
    _PARTICIPATION,
    _TO,
    BODY,
    INITIATIVE,
    MEMBERS,
    PROPOSERS,
    Context,
    Reading,
    _bodies_of,
    _pairs,
    passive,
)
from blocgraph.extract.relations._lexicon import Trigger
from blocgraph.extract.relations._obliques import obliques
from blocgraph.extract.relations._ru_nominative import RU_ORGANS
from blocgraph.extract.relations._slots import (
    _ELIDABLE,
    _ELIDABLE_EXIT,
    _all,
    _announcers,
    _body_after,
    _elided,
    _first,
    _owners,
    _particle_ok,
    _places,
    _role_from_as,
)
from blocgraph.extract.relations._subjects import _AS, subjects
from blocgraph.extract.relations._tree import Arg, base, case_of, kids, phrase_args

_IDIOMS = frozenset({"force", "forces", "hand", "hands", "effort", "efforts", "усилие", "сила"})


def _holders(t: Token, ctx: Context) -> list[Arg]:
    """The states or bodies a verb's subject names; for a bracketed relative on one item of a
    list ("…, South Africa (which joined in 1994), Swaziland …") only that item."""
    found = _all(ctx, subjects(t), MEMBERS)
    offices = ctx.lexicon.cues.get("office", frozenset())
    if not found:  # "President of Moldova … will not withdraw": the state an office stands for
        found = [
            a
            for s in subjects(t)
            if s.lemma_.lower() in offices
            for c in kids(s, "nmod", "amod", "compound", "nmod:poss")
            for a in ctx.args(c, frozenset({"state"}))
        ]
    relative = [s for s in kids(t, "nsubj") if s.lower_ in {"which", "who", "that"}]
    if relative and relative[0].i > 0 and t.doc[relative[0].i - 1].text == "(":
        item = subjects(t)
        found = [a for a in found if item and a.start <= item[0].i < a.end]
    return found


def enter(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """S joins / accedes to / enters O; S's accession to O; S вступил в O."""
    if t.pos_ == "NOUN":
        owners = kids(t, "nmod:poss") + _owners(t)
        holders = _all(ctx, owners, MEMBERS) or _refuser(t, ctx)
        bodies = (
            _all(ctx, obliques(t, _TO), BODY)
            or _body_after(t, _TO, ctx)
            or _approver(t, ctx)
            # "the entry of the Islamic Republic of Afghanistan into SAARC": the parser hung the
            # destination on the holder's name
            or _all(ctx, [o for h in owners for o in obliques(h, _TO)], BODY)
        )
    else:
        if not _particle_ok(t, tr):
            return []
        if any(o.lemma_.lower() in _IDIOMS for o in kids(t, "obj")):
            return []  # "joined forces in an alliance", "joined hands"
        agents = obliques(t, frozenset({"by"})) + kids(t, "obl:agent")
        if passive(t) and agents:  # "These countries were later joined by Qatar (1961), …"
            holders = _all(ctx, agents, MEMBERS)
            bodies = _elided(t, ctx, holders)
            return _pairs(holders, bodies, t, "joined", f"tree:{tr.frame}")
        holders = _holders(t, ctx)
        if tr.lemma == "join" and (beside := joined_beside(t, ctx, holders, f"tree:{tr.frame}")):
            return beside  # "A joins B and C in O"
        places = _places(kids(t, "obj") + obliques(t, _TO))
        places += [n for p in places if p.lemma_.lower() == "состав" for n in kids(p, "nmod")]
        bodies = _all(ctx, places, BODY) or _body_after(t, _TO, ctx)
        if not bodies and not places and tr.lemma in _ELIDABLE and holders:
            bodies = _elided(t, ctx, holders)
        elif not bodies and holders and places and _bare_makeup(places):
            bodies = _elided(t, ctx, holders)  # "к первоначальному составу присоединилась ЮАР"
    role = _role_from_as(t, ctx) if t.pos_ != "NOUN" else None
    return _pairs(holders, bodies, t, "joined", f"tree:{tr.frame}", role[1] if role else None)


_RANKS = frozenset({"состав", "ряд", "ряды", "rank", "ranks"})
"""Nouns of a body's makeup that a member enters ("вошла в состав", "joined the ranks")."""


def _bare_makeup(places: list[Token]) -> bool:
    """Whether what is joined is only a body's makeup, its body unnamed ("к первоначальному
    составу", "joined the ranks"): the body in focus."""
    return all(p.lemma_.lower() in _RANKS and not kids(p, "nmod", "nmod:poss") for p in places)


APPROVING = frozenset({"approve", "endorse", "одобрить", "одобрять", "утвердить", "утверждать"})
"""Verbs of a decision on an accession: approving it asserts it (``joined``)."""


def _approver(noun: Token, ctx: Context) -> list[Arg]:
    """The body that approved an accession it does not name again: "The WTO approved
    Vietnam's accession", "НБР одобрил принятие A и B" (a decision to admit: joined)."""
    if base(noun.dep_) != "obj" or noun.head.lemma_.lower() not in APPROVING:
        return []
    return _all(ctx, subjects(noun.head), BODY) or approving_bodies(noun.head, ctx.by_token)


_ORGAN_WORDS = (
    frozenset({"council", "secretariat", "assembly", "commission", "committee"}) | RU_ORGANS
)


def approving_bodies(verb: Token, by_token: dict[int, Arg]) -> list[Arg]:
    """The bodies an approving verb's subject names, directly or as the owner of the organ that
    decides ("Генеральный совет Всемирной торговой организации одобрил …")."""
    found: list[Arg] = []
    for subject in subjects(verb):
        found += [a for a in phrase_args(subject, by_token) if a.type == "body"]
        if not found and subject.lemma_.lower() in _ORGAN_WORDS:
            for owner in kids(subject, "nmod", "nmod:poss", "compound"):
                found += [a for a in phrase_args(owner, by_token) if a.type == "body"]
    return found


def admit(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """O admits / accepts / adds S (as a member); S was admitted to O; O принял S."""
    role = _role_from_as(t, ctx)
    into = passive(t) and obliques(t, frozenset({"into"}))  # "A was welcomed into O"
    if tr.lemma in {"accept", "welcome"} and role is None and not into:
        return []
    if t.pos_ == "NOUN":  # "the admission of S to O", "принятие S в O"
        holders = _all(ctx, kids(t, "nmod:poss") + _owners(t), MEMBERS)
        bodies = _all(ctx, obliques(t, _TO), BODY) or _approver(t, ctx)
        if not bodies:  # "the admission of Cameroon as the 52nd member of the Commonwealth"
            nouns = [c for c in kids(t, "nmod", "obl") if case_of(c) in _AS]
            bodies = [b for n in nouns for b in _bodies_of(n, ctx)] or _body_after(t, _TO, ctx)
        return _pairs(holders, bodies, t, "joined", f"tree:{tr.frame}", role[1] if role else None)
    if passive(t):
        holders = _all(ctx, subjects(t) or kids(t, "nsubj:pass"), MEMBERS)
        bodies = _all(ctx, obliques(t, _TO | frozenset({"by"})) + kids(t, "obl:agent"), BODY)
        if not bodies:  # "admitted to membership in the UN", however the parser hung it
            bodies = _body_after(t, _TO, ctx)
        if not bodies and role is not None and holders:
            # "Belarus was admitted as a full member (of the organization)"
            nouns = [c for c in kids(t, "obl", "xcomp", "advcl") if case_of(c) in _AS]
            bodies = [b for n in nouns for b in _bodies_of(n, ctx)]
            if not bodies and not any(kids(n, "nmod", "nmod:poss") for n in nouns):
                bodies = _elided(t, ctx, holders)
    else:
        bodies = _all(ctx, subjects(t), BODY)
        holders = _all(ctx, kids(t, "obj"), MEMBERS)
        if not bodies:  # "the SADC Summit admitted A": the organ acts for its body
            organs = [s for s in subjects(t) if s.lemma_.lower() in ORGANS]
            bodies = [b for o in organs for b in _bodies_of(o, ctx) or _body_just_before(o, ctx)]
        if not bodies:
            bodies = _all(ctx, obliques(t, _TO), BODY)
        if not bodies and role is not None:  # "leaders welcomed A as the bloc's 11th member"
            nouns = [c for c in kids(t, "obl", "xcomp", "advcl") if case_of(c) in _AS]
            bodies = [b for n in nouns for b in _bodies_of(n, ctx)]
    return _pairs(holders, bodies, t, "joined", f"tree:{tr.frame}", role[1] if role else None)


def _body_just_before(organ: Token, ctx: Context) -> list[Arg]:
    """The body whose name ends right before an organ's word, however the parser split them
    ("the … Community (SADC) Summit")."""
    i = organ.i - 1
    if i >= 0 and organ.doc[i].text == ")":
        i -= 1
    named = ctx.by_token.get(i)
    return [named] if named is not None and named.type == "body" else []


ORGANS = frozenset(
    {"summit", "council", "assembly", "conference", "meeting", "session", "leaders", "heads"}
    | {"саммит", "совет", "ассамблея", "конференция", "заседание", "сессия", "лидеры", "главы"}
)
"""Organs and meetings that act for their body ("the SADC Summit admitted A", "саммит ШОС
принял A")."""


def _refuser(noun: Token, ctx: Context) -> list[Arg]:
    """Who refuses an event named by a noun ("Украина отказалась от вступления в ОДКБ",
    "Mongolia declined accession to O"): the refusing verb's subject holds it (negative)."""
    refusing = ctx.lexicon.cues.get("denial", frozenset())
    if base(noun.dep_) not in {"obl", "obj"} or noun.head.lemma_.lower() not in refusing:
        return []
    return _all(ctx, subjects(noun.head), MEMBERS)


def exit_(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """S left / withdrew from / pulled out of O; S's withdrawal from O; S вышел из O."""
    if t.pos_ == "NOUN":
        holders = _all(ctx, kids(t, "nmod:poss") + _owners(t), MEMBERS)
        if not holders:
            holders = _all(ctx, _announcers(t), MEMBERS) or _refuser(t, ctx)
    else:
        if not _particle_ok(t, tr):
            return []
        holders = _holders(t, ctx)
    places = obliques(t, _FROM | frozenset({"out of"}))
    if t.pos_ != "NOUN":
        places += kids(t, "obj")
    places = _places(places)
    if any(_organ_of_named(p, ctx) for p in places):
        return []  # "вышла из Совета ООН по правам человека": an organ, not the UN
    bodies = (
        _all(ctx, places, BODY) or _body_after(t, _FROM, ctx) or _all(ctx, _owned(places), BODY)
    )
    if not bodies and not places and tr.lemma in _ELIDABLE_EXIT and holders:
        bodies = _elided(t, ctx, holders)
    return _pairs(holders, bodies, t, "left", f"tree:{tr.frame}")


_AGENCIES = frozenset(
    {"совет", "организация", "комиссия", "комитет", "агентство", "фонд", "суд", "программа"}
)


def _organ_of_named(place: Token, ctx: Context) -> bool:
    """Whether a place left is an organ or agency of a body named inside its name, not the
    body ("вышла из Совета ООН по правам человека", "из Продовольственной и
    сельскохозяйственной организации ООН"): leaving it is not leaving the body."""
    if place.i in ctx.by_token or place.lemma_.lower() not in _AGENCIES:
        return False
    owners = [c for c in kids(place, "nmod") if c.i > place.i and case_of(c) == ""]
    return any(
        ctx.by_token.get(c.i) is not None and ctx.by_token[c.i].type == "body" for c in owners
    )


_ORGAN_PARTS = frozenset(
    {"organ", "body", "institution", "structure", "орган", "структура", "институт"}
)


def _owned(places: list[Token]) -> list[Token]:
    """The owner of organs left ("withdrew from all organs and bodies of the G5 Sahel"): to
    leave every organ of a body is to leave the body."""
    parts = [p for p in places if p.lemma_.lower() in _ORGAN_PARTS]
    parts += [c for p in parts for c in kids(p, "conj") if c.lemma_.lower() in _ORGAN_PARTS]
    return [o for p in parts for o in kids(p, "nmod") if case_of(o) in {"of", ""}]


def expel(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """O expelled S; S was expelled from O."""
    if passive(t):
        holders = _holders(t, ctx)
        bodies = _all(ctx, obliques(t, _FROM), BODY)
    else:
        # "O expelled S"; "the ministers (an organ) expelled S from O": "from O" names the body
        objects = kids(t, "obj")
        bodies = _from_body(t, objects, ctx) or _all(ctx, subjects(t), BODY)
        holders = _all(ctx, objects, MEMBERS)
    return _pairs(holders, bodies, t, "left", f"tree:{tr.frame}")


def cease(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """S ended / terminated its membership in O; прекращение членства S в O; членство S в O
    прекращено: only with a membership or participation noun, which says what ends."""
    if t.pos_ == "NOUN":
        nouns = [c for c in kids(t, "nmod", "obj") if c.lemma_.lower() in _PARTICIPATION]
    elif passive(t):
        nouns = [c for c in subjects(t) if c.lemma_.lower() in _PARTICIPATION]
    else:
        nouns = [c for c in kids(t, "obj") if c.lemma_.lower() in _PARTICIPATION]
    noun = _first(nouns)
    if noun is None:
        return []
    holders = _all(ctx, kids(noun, "nmod:poss") + _owners(noun), MEMBERS)
    if not holders and t.pos_ != "NOUN" and not passive(t):
        holders = _holders(t, ctx)
    places = [
        p for p in obliques(noun, _IN) + obliques(t, _IN) if p.lemma_.lower() not in _ORGAN_NOUNS
    ]  # "ended its participation in CIS statutory bodies": the organs, not the body
    return _pairs(holders, _all(ctx, places, BODY), t, "left", f"tree:{tr.frame}")


_ORGAN_NOUNS = frozenset({"body", "organ", "institution", "structure", "орган", "структура"})


def _from_body(t: Token, objects: list[Token], ctx: Context) -> list[Arg]:
    """The body a state is put out of: "from O" on the verb, or on its object where the parser
    hung it there ("suspended Madagascar from SADC")."""
    attached = [
        c for o in objects for c in o.children if base(c.dep_) == "nmod" and case_of(c) in _FROM
    ]
    found = _all(ctx, obliques(t, _FROM) + attached, BODY)
    if found or not objects:
        return found
    # the parser hung "from O" on a later word: read it off the words after the object
    last = max(w.i for o in objects for w in o.subtree)
    return _body_after(t.doc[last], _FROM, ctx)


def _indefinite_personal(verb: Token) -> bool:
    """A Russian third-person plural with no subject: its doer is indefinite ("приостановили")."""
    plural = "Plur" in verb.morph.get("Number", []) and "Fin" in verb.morph.get("VerbForm", [])
    return plural and is_cyrillic(verb.text)


def suspend(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """S froze / suspended its participation in O; O suspended S; S was suspended from O."""
    if t.pos_ == "NOUN":  # S's suspension from O
        holders = _all(ctx, kids(t, "nmod:poss") + obliques(t, frozenset({"of"})), MEMBERS)
        bodies = _all(ctx, obliques(t, _FROM | _IN), BODY)
        for part in kids(t, "nmod"):  # "приостановка членства РФ в FATF": the membership's
            if not holders and part.lemma_.lower() in _PARTICIPATION:
                holders = _all(ctx, kids(part, "nmod:poss") + _owners(part), MEMBERS)
                bodies = bodies or _all(ctx, obliques(part, _IN), BODY)
        return _pairs(holders, bodies, t, "suspendedIn", f"tree:{tr.frame}")
    objects = kids(t, "obj")
    if passive(t):
        subject = subjects(t)
        if subject and subject[0].lemma_.lower() in _PARTICIPATION:
            participation = subject[0]
            owners = kids(participation, "nmod:poss") + _owners(participation)
            holders = _all(ctx, owners, MEMBERS)
            bodies = _all(ctx, obliques(participation, _IN) + obliques(t, _IN), BODY)
        else:
            holders = _all(ctx, subject, MEMBERS)
            bodies = _all(ctx, obliques(t, _FROM | _IN), BODY)
            finite = bool(kids(t, "aux", "aux:pass"))  # "have been suspended", not "(suspended)"
            if not bodies and holders and finite and not obliques(t, _FROM | _IN):
                bodies = _elided(t, ctx, holders)  # "A and B have also been suspended"
        return _pairs(holders, bodies, t, "suspendedIn", f"tree:{tr.frame}")
    actors = subjects(t)
    if not objects:  # "suspended Madagascar from SADC" parsed with the state as a complement
        objects = [c for c in kids(t, "xcomp") if c.pos_ == "PROPN" and not kids(c, "cop")]
    noun = _first([o for o in objects if o.lemma_.lower() in _PARTICIPATION])
    if noun is not None:
        suspenders = _all(ctx, actors, BODY)
        owners = kids(noun, "nmod:poss", "appos") + _owners(noun)  # "их членство (Узбекистана)"
        owned = _all(ctx, owners, frozenset({"state"}))
        if suspenders and owned and not {o.id for o in owned} & {a.id for a in suspenders}:
            # "the AU suspended Niger's membership": the body suspends its member
            return _pairs(owned, suspenders, t, "suspendedIn", f"tree:{tr.frame}")
        holders = _all(ctx, actors, MEMBERS)
        named = _all(ctx, [o for o in owners if o.pos_ != "PRON"], frozenset({"state"}))
        if owned and holders and not {o.id for o in owned} & {h.id for h in holders}:
            holders = owned  # "мы … приостановили их членство (Узбекистана)": theirs, not ours
        elif named and not holders:
            # "Arab states suspended Egypt's membership in the League": Egypt's, when the
            # actors name no member
            holders = named
        bodies = _all(ctx, obliques(noun, _IN) + obliques(t, _IN), BODY)
        if not actors and owned and _indefinite_personal(t):
            holders = owned  # "членство Гвинеи-Бисау приостановили в O": "they" (impersonal)
        return _pairs(holders, bodies, t, "suspendedIn", f"tree:{tr.frame}")
    # "O suspended S"; "the leaders (the Assembly) suspended S from O": "from O" names the body
    bodies = _from_body(t, objects, ctx) or _all(ctx, actors, BODY)
    holders = _all(ctx, objects, frozenset({"state"}))
    return _pairs(holders, bodies, t, "suspendedIn", f"tree:{tr.frame}")


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
