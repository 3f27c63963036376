"""Members listed by role under one inclusion verb: "The SCO comprises nine member states (A, B),
three observer states (C, D) and 14 dialogue partners (E, F)", "ШОС охватывает 6
государств-членов (A, B), 6 государств-наблюдателей (C, D) и 6 государств-партнеров по диалогу
(E, F)".

Each role noun of the object is followed by its own bracketed list, so the groups are read off
the words — the brackets — and not off the tree, whose attachments of bracketed lists are
unreliable (the Russian parser crosses them).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from blocgraph._constants import PARTY_BODIES
from blocgraph.extract.relations._frames import Context
from blocgraph.extract.relations._tree import Arg, conjuncts, kids

_NEAR = 4
"""How many words may stand between a role noun and its bracket ("партнеров по диалогу (")."""


@dataclass(frozen=True, slots=True)
class RoleGroup:
    """The states one role noun lists: its predicate, its role and the states."""

    predicate: str
    role: str
    states: list[Arg]


def _role(noun: Token, ctx: Context) -> tuple[str, str] | None:
    """The (predicate, role) a role noun names, itself ("наблюдателей") or through the word
    before it ("observer states", "dialogue partners")."""
    for word in [noun, *kids(noun, "compound", "amod")]:
        trigger = ctx.lexicon.trigger(word.lemma_, "NOUN")
        if trigger is not None and trigger.frame == "role" and trigger.role is not None:
            return trigger.predicate, trigger.role
    return None


_LIST_GLUE = frozenset({",", ";", "and", "и", "the", "&"})


def bracketed(noun: Token, ctx: Context) -> list[Arg]:
    """The states inside the bracket that opens within a few words after ``noun``, when the
    bracket holds a list of states (and bodies that are parties in their own right, the EU)
    and nothing else (not "(from the USA, …)", not "(Brunei
    joined in 1984)")."""
    doc = noun.doc
    end = noun.sent.end
    opening = next(
        (i for i in range(noun.i + 1, min(end, noun.i + 1 + _NEAR)) if doc[i].text == "("), None
    )
    if opening is None:
        return []
    states: list[Arg] = []
    i = opening + 1
    while i < end and doc[i].text != ")":
        arg = ctx.by_token.get(i)
        party = arg is not None and (arg.type == "state" or arg.id in PARTY_BODIES)
        if arg is not None and party and arg.start == i:  # "(Дания, …, Швеция, ЕС)"
            states.append(arg)
            i = max(i + 1, arg.end)
        elif doc[i].lower_ in _LIST_GLUE:
            i += 1
        else:
            return []
    return states if i < end else []


def role_groups(objects: list[Token], ctx: Context) -> list[RoleGroup]:
    """The groups of an inclusion's objects, when at least two role nouns each carry their own
    bracketed list and one of them is not "member"; else none (the plain reading stands)."""
    groups: list[RoleGroup] = []
    for obj in objects:
        for noun in conjuncts(obj):
            role = _role(noun, ctx)
            states = bracketed(noun, ctx) if role is not None else []
            if role is not None and states:
                groups.append(RoleGroup(role[0], role[1], states))
    if len(groups) < 2 or all(g.role == "member" for g in groups):
        return []
    return groups
