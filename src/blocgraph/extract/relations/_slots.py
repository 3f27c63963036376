"""Argument slots shared by the frame readers: places, elided bodies, owners, particles, roles."""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract._rules._lexicon import GATHERINGS, MONTHS
from blocgraph.extract.relations._frames import (
    BODY,
    Context,
    role_of,
)
from blocgraph.extract.relations._lexicon import Trigger
from blocgraph.extract.relations._subjects import _AS, subjects
from blocgraph.extract.relations._tree import Arg, base, case_of, kids, named_before

_ELIDABLE = frozenset({"join", "accede", "rejoin", "вступить", "присоединиться"})
_ELIDABLE_EXIT = frozenset({"withdraw", "quit", "exit", "выйти"})
_NOT_PLACES = (
    frozenset(
        {
            "year",
            "month",
            "г",
            "г.",
            "гг.",
            "год",
            "месяц",
            "time",
            "summit",
            "meeting",
            "саммит",
        }
    )
    | MONTHS
)


_DATES = frozenset({"year", "г", "г.", "год", "гг."})


def _places(tokens: list[Token]) -> list[Token]:
    """Objects and obliques that may name a body: not years, dates or occasions — but a phrase
    the parser hung on a date is the verb's ("в 1984 г. в АСЕАН вступил Бруней")."""
    found: list[Token] = []
    for t in tokens:
        if not t.like_num and t.pos_ != "NUM" and t.lemma_.lower() not in _NOT_PLACES:
            found.append(t)
        elif t.lemma_.lower() in _DATES:
            found += [c for c in kids(t, "nmod") if case_of(c)]
    return found


def _gathered(t: Token, ctx: Context) -> list[Arg]:
    """The body whose meeting the event took place at ("were granted observer status at the
    eighth ministerial meeting of the Arctic Council", "на саммите ШОС")."""
    found: list[Arg] = []
    for place in kids(t, "obl"):
        if case_of(place) in {"at", "на", "during"} and (place.lemma_.lower() in GATHERINGS):
            found += _all(ctx, kids(place, "nmod", "compound"), BODY)
    return found


def _elided(t: Token, ctx: Context, holders: list[Arg]) -> list[Arg]:
    """The body in focus, for "Indonesia officially joined in 2025" in a text about BRICS; a body
    named earlier in the same sentence comes first ("Albania was no longer invited to Warsaw
    Treaty Organization meetings and formally withdrew")."""
    taken = {h.id for h in holders}
    earlier = [a for a in named_before(t, ctx.by_token, ("body", "treaty")) if a.id not in taken]
    if earlier:
        last = earlier[-1]
        end = t.idx + len(t.text)
        return [
            Arg(
                last.id,
                "body",
                t.i,
                t.i + 1,
                t.idx,
                end,
                (last.char_start, last.char_end, t.doc.text[last.char_start : last.char_end]),
            )
        ]
    named = ctx.focus.salient(BODY, taken)
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


_ANNOUNCING = frozenset(
    {
        "announce",
        "declare",
        "complete",
        "finalize",
        "finalise",
        "notify",
        "confirm",
        "formalize",
        "formalise",
        "объявить",
        "заявить",
        "завершить",
        "оформить",
        "подтвердить",
        "направить",
        "уведомить",
    }
)
"""Verbs whose event is thereby asserted ("announced their withdrawal from O", "о выходе из
УНАСУР объявили A, B", "направила заявление о выходе")."""

_NOTICES = frozenset(
    {"statement", "notice", "notification", "note", "заявление", "нота", "уведомление"}
)


def announcing(noun: Token) -> Token | None:
    """The verb of announcing or completing whose object or topic an event noun is ("announced
    their withdrawal", "объявили о выходе", "направила заявление о выходе"), if any."""
    case = case_of(noun)
    if not (
        (base(noun.dep_) == "obj" and not case)
        or (base(noun.dep_) in {"obl", "nmod"} and case in {"о", "об", "about", "of"})
    ):
        return None
    head = noun.head
    if head.lemma_.lower() in _NOTICES and base(head.dep_) == "obj":  # "заявление о выходе"
        head = head.head
    return head if head.i != noun.i and head.lemma_.lower() in _ANNOUNCING else None


def _announcers(noun: Token) -> list[Token]:
    """Whose event an ownerless event noun is when it is announced: the announcer."""
    verb = announcing(noun)
    return [] if verb is None else subjects(verb)


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


_GLUE = frozenset({"the", "a", "an", "this", "its", "their", "-", "–", "“", "”", '"', "'"})


def _body_after(t: Token, cases: frozenset[str], ctx: Context) -> list[Arg]:
    """The body named right after the trigger's adposition, read off the words when the parser
    attached the phrase elsewhere ("announced their withdrawal from the West African bloc
    ECOWAS"): the adposition within two words of the trigger, the body within six after it, no
    punctuation but quotes and dashes between."""
    doc = t.doc
    end = t.sent.end
    for i in range(t.i + 1, min(end, t.i + 3)):
        if doc[i].lower_ not in cases:
            continue
        for j in range(i + 1, min(end, i + 7)):
            arg = ctx.by_token.get(j)
            if arg is not None and arg.type == "body":
                return [arg]
            if doc[j].is_punct and doc[j].text not in _GLUE:
                return []
        return []
    return []
