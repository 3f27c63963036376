"""Frame readers for standing: status granted or received, roles held, lists of members."""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract.relations._frames import (
    _BEING,
    _HOLDING,
    _IN,
    _TO,
    BODY,
    MEMBERS,
    Context,
    Reading,
    _bodies_of,
    _pairs,
    _role_noun,
    passive,
    role_of,
)
from blocgraph.extract.relations._instrument_ids import names_instrument
from blocgraph.extract.relations._lexicon import Trigger
from blocgraph.extract.relations._obliques import obliques
from blocgraph.extract.relations._role_groups import bracketed
from blocgraph.extract.relations._role_lists import (
    counted_items,
    dash_in_phrase,
    label,
    namely_after,
    owned,
)
from blocgraph.extract.relations._slots import (
    _all,
    _body_after,
    _described,
    _elided,
    _first,
    _gathered,
)
from blocgraph.extract.relations._subjects import subjects
from blocgraph.extract.relations._tree import (
    Arg,
    base,
    case_of,
    collective_lemma,
    kids,
    list_after_mark,
)

_ENTRIES = frozenset({"entry", "admission", "accession", "admittance"})
"""Nouns of entering a body, which a state gains or is given ("India gained entry into the MTCR",
"was given admission to O"): membership, as the verb "join" would say."""
_STANDINGS = frozenset({"status", "статус", "membership", "членство"}) | _ENTRIES
"""Nouns of a standing that is granted or received: a status ("observer status", "статус
наблюдателя"), membership itself ("was given full membership", "получил членство") or entry."""


def _status_role(status: Token | None, tr: Trigger, ctx: Context) -> tuple[str, str] | None:
    """The role a status word names (recorded in the focus), or for "the status" / "this
    status" the role of the status the text named last ("got observer status … were granted the
    status at …")."""
    if status is None:
        return None
    if status.lemma_.lower() in _ENTRIES:
        return ("memberOf", "member")
    role = role_of(status, tr)
    if role is not None:
        ctx.focus.status = role
        return role
    determiners = {d.lower_ for d in kids(status, "det")}
    return ctx.focus.status if determiners & {"the", "this", "that", "этот"} else None


def _standing_bodies(status: Token, ctx: Context) -> list[Arg]:
    """The body a status belongs to, or an entry leads into ("entry into the MTCR")."""
    found = _bodies_of(status, ctx)
    if not found and status.lemma_.lower() in _ENTRIES:
        found = _all(ctx, obliques(status, _TO), BODY)
    return found


def grant(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """O granted S observer status; S was granted partner status (in O)."""
    statuses = kids(t, "obj", "iobj", "nsubj:pass")  # "предоставлен статус": the status is subject
    status = _first([c for c in statuses if c.lemma_.lower() in _STANDINGS])
    role = _status_role(status, tr, ctx)
    if role is None:
        return []
    status_bodies = _standing_bodies(status, ctx) if status is not None else []
    if passive(t):
        subject = subjects(t)
        if status is not None and status in subject:  # "Узбекистану предоставлен статус …"
            subject = kids(t, "iobj") + obliques(t, frozenset({"to"}))  # "… granted to A, B"
        holders = _all(ctx, subject, MEMBERS)
        bodies = status_bodies or _all(ctx, obliques(t, _IN) + kids(t, "obl:agent"), BODY)
        bodies = bodies or _gathered(t, ctx)
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
    status = _first([c for c in kids(t, "obj") if c.lemma_.lower() in _STANDINGS])
    role = _status_role(status, tr, ctx)
    if role is None or status is None:
        return []
    bodies = _standing_bodies(status, ctx) or _all(ctx, obliques(t, _IN), BODY) or _gathered(t, ctx)
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
    words = {c.lemma_.lower() for c in kids(noun, "amod", "compound")}
    founding = (words | set(noun.lemma_.lower().split("-"))) & _FOUNDING  # "член-основатель"
    predicate = "memberOf" if founding else "joined"  # founders were members from the start
    return _pairs(holders, bodies, t, predicate, f"tree:{tr.frame}", role[1])


_FOUNDING = frozenset(
    {"founding", "found", "founder", "original", "initial", "основатель", "учредитель"}
)
"""Words of the founders' standing; "found" is the lemma the parser may give "founding"."""
_FOUNDERS = frozenset({"founder", "основатель", "учредитель", "соучредитель"})
"""Role nouns of the founders: of a body, members; of an instrument, its parties."""
_EXAMPLES = frozenset({"including", "like", "such as", "включая"})
"""Adpositions of examples after a role noun: "its member countries, including A and B"."""


def expand(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """O expanded to include A; O was enlarged with A and B; X expanded O to include A (the
    object is what grows, the subject only decides)."""
    bodies = _all(ctx, kids(t, "obj"), BODY) or _all(ctx, subjects(t), BODY)
    members: list[Arg] = []
    for child in kids(t, "xcomp", "advcl"):
        if child.lemma_.lower() in {"include", "admit", "add", "включить"}:
            members += _all(ctx, kids(child, "obj"), MEMBERS)
    members += _all(ctx, obliques(t, frozenset({"with", "by"})), MEMBERS)
    return _pairs(members, bodies, t, "joined", f"tree:{tr.frame}")


_MAKEUP = frozenset({"состав", "группа", "объединение", "блок", "организация", "альянс"})
"""Nouns a member enters by its body's name ("входят в группу БРИКС", "в состав ОДКБ")."""


def _adjacent_place(verb: Token) -> list[Token]:
    """A place phrase right before the verb that the parser hung on a clause before it
    ("Помимо Беларуси, которая председательствует в ОДКБ, в организацию входят A, B")."""
    if verb.i < 2:
        return []
    noun = verb.doc[verb.i - 1]
    if noun.head.i < noun.i and case_of(noun) in _TO and base(noun.dep_) in {"obl", "nmod"}:
        return [noun]
    return []


def include_member(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """A входит в O / в состав O; A перестала входить в O (left)."""
    places = obliques(t, _TO) or _adjacent_place(t)
    # "в состав O", "в его состав" (its makeup: the body in focus), "в группу БРИКС"
    places += [
        n for p in places if p.lemma_.lower() in _MAKEUP for n in kids(p, "nmod", "det", "appos")
    ]
    if base(t.dep_) == "acl" and any(c.lower_ == "куда" for c in kids(t, "advmod")):
        places.append(t.head)  # "ЕврАзЭС, куда входят также A, B": where the clause points
    predicate = "left" if _ceased(t) or _until(t) else "memberOf"  # "remained in O until 2020"
    return _pairs(
        _all(ctx, subjects(t), MEMBERS), _all(ctx, places, BODY), t, predicate, f"tree:{tr.frame}"
    )


def _included(verb: Token, ctx: Context) -> bool:
    """Whether an inclusion verb reads its own objects ("O unites A, B"), not one that only
    spells out an expansion ("expanded to include seven new members", read as a role)."""
    found = ctx.lexicon.trigger(verb.lemma_, verb.pos_)
    if found is None or found.frame != "include":
        return False
    governor = ctx.lexicon.trigger(verb.head.lemma_, verb.head.pos_)
    expanding = governor is not None and governor.frame == "expand"
    return not (base(verb.dep_) in {"xcomp", "advcl"} and expanding)


_CEASING = frozenset({"cease", "stop", "перестать", "прекратить"})


def _ceased(token: Token) -> bool:
    """Whether a standing sits under "ceased to" / "перестала": it ended (``left``)."""
    for _ in range(3):
        if base(token.dep_) not in {"xcomp", "cop"} and token.pos_ not in {"NOUN", "AUX"}:
            break
        head = token.head
        if head.i == token.i:
            break
        if head.lemma_.lower() in _CEASING:
            return True
        token = head
    return False


def _spaced_compound(noun: Token) -> Token:
    """The first noun of a compound written with a spaced dash ("государствами - участниками
    СПЕКА являются A, B", "countries - members"): the parser makes the role noun an apposition of
    the collective one, which holds the clause's slot."""
    head = noun.head
    if base(noun.dep_) != "appos" or head.i >= noun.i or collective_lemma(head.lemma_) is None:
        return noun
    between = noun.doc[head.i + 1 : noun.i]
    return head if len(between) == 1 and between[0].text in {"-", "–", "—"} else noun


def role(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """S is a member of O; S, an observer of O; O's members are A, B; member states A, B."""
    found = role_of(t, tr)
    if found is None:
        return []
    predicate, role_name = found
    if _described(t, ctx):
        return []  # "key partners of ASEAN", "a partner in trade": a description, not a status
    head = t.head if base(t.dep_) in {"compound", "amod"} else t
    head = _spaced_compound(head)
    former = ctx.lexicon.cues.get("former", frozenset())
    if any(a.lemma_.lower() in former for a in kids(t, "amod") + kids(head, "amod")):
        return []  # "are former observers": the status is over (the list rules read "left")
    if base(head.dep_) == "obj" and _included(head.head, ctx):
        return []  # "O unites ten member states: A, B": the inclusion reads it, with its O
    bodies = _bodies_of(t, ctx)
    link = base(head.dep_)
    holders: list[Arg] = []
    labelled = False  # a label over a list ("observers - A, B"): the list rule reads those
    if kids(head, "cop") or (link == "root" and kids(head, "nsubj")):
        holders = _all(ctx, kids(head, "nsubj"), MEMBERS)
    elif link == "appos" or (link == "nsubj" and kids(head.head, "cop")):
        holders = ctx.args(_coordinated(head, link, ctx), MEMBERS)
        if link == "appos":  # "Ghana – a Commonwealth member – and Benin": only what precedes
            holders = [h for h in holders if h.start < head.i]
        between = range(head.head.i + 1, head.i)
        if (
            link == "appos"
            and not holders
            and kids(head.head, "cop")
            and not any(
                i in ctx.by_token
                for i in between  # "bordering Cameroon – also a member of O –"
            )
        ):
            # "LCBC is a basin organization, member of both ANBO and INBO": the copula's subject
            holders = _all(ctx, kids(head.head, "nsubj"), MEMBERS)
    elif link in {"xcomp", "obl", "obj"} and head.head.lemma_.lower() in _BEING | _HOLDING:
        holders = _all(ctx, subjects(head.head), MEMBERS)
        modal = ctx.lexicon.cues.get("modal", frozenset())
        entertained = any(a.lemma_.lower() in modal for a in kids(head.head, "aux"))
        if (
            link == "obj"
            and head.head.lemma_.lower() in _HOLDING
            and not bodies
            and not entertained
        ):
            # "the bloc now has eleven members, including A, B": the holder's the body
            items = counted_items(head, ctx) if holders else []
            if items and all(h.type == "body" for h in holders):
                bodies, holders = holders, items
    elif (
        link == "nmod"
        and head.head.lemma_.lower() in {"status", "статус"}
        and head.head.head.lemma_.lower() in _HOLDING
    ):  # "A и B имеют статус наблюдателей при ШОС", "A has the status of observer"
        holders = _all(ctx, subjects(head.head.head), MEMBERS)
    elif not holders:  # no subject slot: "member states A, B", "members: A, B"
        labelled = label(head)
        listed = [
            c
            for c in head.children
            if base(c.dep_) in {"appos", "list", "flat", "dep", "parataxis"}
        ] + _examples(t, head, role_name)
        # a bracket right after the noun holds its own list, whatever the parser hung on it
        holders = bracketed(head, ctx) or [
            a for c in listed for a in ctx.args(c, frozenset({"state"}))
        ]
        # "with fellow EU member Hungary": the state the title names ("non-GCC member Egypt" is
        # the non-member reader's negative)
        named = ctx.by_token.get(head.i)
        non = any(w.lower_ == "non" for w in t.doc[max(t.sent.start, t.i - 4) : t.i])
        if not holders and head is not t and named is not None and named.type == "state":
            holders = [] if non else ctx.args(head, frozenset({"state"}))
        if not holders and (dash_in_phrase(head) or namely_after(head)):
            # "Четыре страны-участницы Тюркского совета - Турция, Казахстан …"
            holders = list_after_mark(head, ctx.by_token, "state")
        if not holders:
            holders = _all(ctx, kids(t, "nmod:poss"), MEMBERS)
    if not bodies and holders:  # "the Member States of the ACD, namely …" hung elsewhere
        bodies = _body_after(head, frozenset({"of"}), ctx)
    bodies = [b for b in bodies if b.id not in {h.id for h in holders}]
    if not bodies and holders and role_name != "partner" and not owned(t) and not labelled:
        labelled = label(head)
    if not bodies and holders and role_name != "partner" and not owned(t) and not labelled:
        # "Iran is an observer country", "the six initial members were A, B": in a text about
        # one body, the body in focus (a bare "partner" is too often a description); only
        # states are read so: a list of organisations under a label is no such text
        item_ids = {h.id for h in holders}  # "the Western members (A, B, the EU)": not the EU's
        holders = [h for h in holders if h.type == "state"]
        bodies = [b for b in _elided(t, ctx, holders) if b.id not in item_ids] if holders else []
    if t.lemma_.lower() in _FOUNDERS:  # "the founders of the DEPA": of an instrument, its parties
        bodies = [b for b in bodies if not names_instrument(b.id)]
    if _gained(head):  # "the Andean Community gained four new associate members: A, B"
        gained = _pairs(holders, bodies, t, "joined", f"tree:{tr.frame}+gained", role_name)
        return gained + _pairs(holders, bodies, t, predicate, f"tree:{tr.frame}", role_name)
    if predicate == "memberOf" and (_until(head) or _ceased(head)):
        # "До 2008 года членом СНГ была Грузия", "Uzbekistan ceased to be a member of the CSTO"
        return _pairs(holders, bodies, t, "left", f"tree:{tr.frame}+until")
    return _pairs(holders, bodies, t, predicate, f"tree:{tr.frame}", role_name)


_GAINING = frozenset({"gain", "welcome", "add", "receive", "get", "acquire", "обрести", "получить"})
"""Verbs by which a body takes in new members ("NATO welcomed two new members: A and B")."""


def _gained(head: Token) -> bool:
    """Whether a role noun names members a body has just taken in: "new" members it gained,
    welcomed or added (they joined, and are members now), not members it has."""
    fresh = any(a.lower_ in {"new", "newest", "новый"} for a in kids(head, "amod"))
    return fresh and base(head.dep_) == "obj" and head.head.lemma_.lower() in _GAINING


_UNTIL = frozenset({"until", "till", "до"})


def _until(head: Token) -> bool:
    """A past role bounded by a year: "was a member until 2008", "до 2008 года была членом"."""
    verb = head.head if base(head.dep_) in {"xcomp", "obl"} else head
    past = any(
        "Past" in c.morph.get("Tense", []) or c.lower_ in {"was", "were"}
        for c in [verb, *kids(verb, "cop", "aux")]
    )
    bounded = [
        c
        for c in kids(verb, "obl", "nmod", "advmod", "advcl")
        if case_of(c) in _UNTIL or c.lower_ in _UNTIL
    ]
    return past and any(t.like_num and len(t.text) == 4 for c in bounded for t in c.subtree)


def _examples(noun: Token, head: Token, role_name: str) -> list[Token]:
    """The holders a role noun gives as examples: "its member countries, including A and B",
    "10 dialogue partners, including A" (not bare partners: "partners, including …" are often
    described, not given a status; not "non-member states like A")."""
    if role_name == "partner":
        return []
    doc = noun.doc
    if any(
        w.lower_ in {"non", "non-member", "non-members"}
        for w in doc[max(0, noun.i - 2) : noun.i + 1]
    ):
        return []
    return [c for c in kids(head, "nmod") if case_of(c) in _EXAMPLES]


def _coordinated(head: Token, link: str, ctx: Context) -> Token:
    """What a plural apposition describes: all the states it closes ("Brazil and Argentina, two
    other members of Mercosur"), not only the last, which the parser hangs it on."""
    anchor = head.head
    plural = "Plur" in head.morph.get("Number", []) or bool(kids(head, "nummod"))
    while link == "appos" and plural and base(anchor.dep_) == "conj" and anchor.head.i < anchor.i:
        named = ctx.by_token.get(anchor.head.i)
        if named is None or named.type != "state":
            break
        anchor = anchor.head
    return anchor
