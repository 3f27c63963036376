"""Members a body's name lists: "the Customs Union of Russia, Belarus and Kazakhstan", "the Union
State of Russia and Belarus", "Таможенный союз России, Белоруссии и Казахстана" — states right
after the body's name, joined to it by "of" or, in Russian, in the genitive. Each is a member
(rule ``tree:named-members``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from blocgraph.extract.relations._frames import Reading
from blocgraph.extract.relations._tree import Arg, listed_after

NAMED_MEMBERS_RULE = "tree:named-members"

_ENOUGH = 2
"""A name lists its members when it names two states or more ("the EU of France" names none)."""


def named_members(sent: Span, by_token: dict[int, Arg]) -> list[Reading]:
    """The memberships a sentence's body names spell out."""
    doc = sent.doc
    found: list[Reading] = []
    seen: set[int] = set()
    for arg in by_token.values():
        if arg.type != "body" or arg.start in seen or arg.end >= sent.end:
            continue
        seen.add(arg.start)
        if not sent.start <= arg.start < sent.end:
            continue
        i = arg.end
        if doc[i].lower_ == "of" and i + 1 < sent.end:
            i += 1
            if doc[i].lower_ == "the" and i + 1 < sent.end:
                i += 1
        elif not _genitive_state(doc[i], by_token):
            continue
        first = by_token.get(i)
        if first is None or first.type != "state" or first.start != i:
            continue
        states = [first, *listed_after(first, doc[i], by_token)]
        if len({s.id for s in states}) < _ENOUGH:
            continue
        for state in states:
            found.append(Reading(state, "memberOf", arg, doc[arg.start], NAMED_MEMBERS_RULE))
    return found


def _genitive_state(token: Token, by_token: dict[int, Arg]) -> bool:
    """A Russian state name in the genitive right after the body's name."""
    arg = by_token.get(token.i)
    cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in token.text)
    return (
        arg is not None
        and arg.type == "state"
        and cyrillic
        and "Gen" in token.morph.get("Case", [])
    )
