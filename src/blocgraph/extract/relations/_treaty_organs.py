"""Legislatures that ratify for their states: "Iran's parliament", "парламент Ирана", "the
Russian State Duma", "the State Duma" and "Меджлис" named alone, "парламентами Беларуси и
России" — the states a legislature's name, modifier or following list gives."""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract.relations._frames import Context
from blocgraph.extract.relations._tree import NAME_LIST_GLUE, Arg, conjuncts, kids

_ORGANS = frozenset(
    {"parliament", "legislature", "senate", "congress", "assembly", "duma", "majlis", "rada"}
    | {"lawmakers", "deputies", "mps", "chamber", "house", "council"}
    | {"парламент", "сенат", "госдума", "дума", "меджлис", "рада", "депутат", "палата"}
    | {"совет", "собрание", "мажилис", "кенеш", "орган", "сейм", "sejm", "seimas", "saeima"}
    | {"knesset", "кнессет", "мажлис"}
)
"""Heads of a state's legislature: it ratifies for the state its name or modifier gives."""
_NAMED_ORGANS = {
    "duma": "RUS",
    "госдума": "RUS",
    "дума": "RUS",
    "majlis": "IRN",
    "меджлис": "IRN",
    "rada": "UKR",
    "рада": "UKR",
    "мажилис": "KAZ",
    "mazhilis": "KAZ",
    "кенеш": "KGZ",
    "knesset": "ISR",
    "кнессет": "ISR",
}
"""Legislatures named without their state ("the State Duma", "Меджлис")."""
_NAMING_MODIFIERS = {"милли": "AZE", "milli": "AZE", "олий": "UZB", "oliy": "UZB"}
"""Words that make a shared legislature's name one state's: the Milli Majlis is Azerbaijan's,
the Oliy Majlis Uzbekistan's (a bare "Меджлис" is Iran's)."""


def organ(token: Token) -> bool:
    """Whether a word heads a legislature ("parliament", "Senate", "Госдума")."""
    return token.lemma_.lower() in _ORGANS or token.lower_ in _ORGANS


def organ_state(token: Token, context: Context) -> list[Arg]:
    """The state a legislature acts for: "Iran's parliament", "парламент Ирана", "the Russian
    State Duma", "the State Duma" (named)."""
    words = [token, *token.lefts, *kids(token, "compound", "flat", "amod", "appos")]
    named = next(
        (_NAMING_MODIFIERS[w.lower_] for w in words if w.lower_ in _NAMING_MODIFIERS), None
    )
    if named is not None and any(organ(w) for w in words):  # "Милли Меджлис", "Oliy Majlis"
        return [Arg.at(named, "state", token)]
    if not organ(token):
        return []
    for child in token.subtree:
        arg = context.states.get(child.i)
        if arg is not None and child.i != token.i:  # "the parliaments of A and B": all of them
            return [arg, *(a for c in conjuncts(child)[1:] if (a := context.states.get(c.i)))]
    listed = states_after(token, context)  # "парламентами | Беларуси и России" misattached
    if listed:
        return listed
    for child in [token, *kids(token, "compound", "flat", "amod")]:
        state = _NAMED_ORGANS.get(child.lower_) or _NAMED_ORGANS.get(child.lemma_.lower())
        if state is not None:
            return [Arg.at(state, "state", token)]
    return []


def states_after(token: Token, context: Context) -> list[Arg]:
    """The states listed right after a word ("between the Russian Federation and Ukraine",
    "парламентами Беларуси и России"), with only commas, "and" and articles between them."""
    found: list[Arg] = []
    i = token.i + 1
    while i < len(token.doc):
        arg = context.states.get(i)
        if arg is not None:
            if not found or found[-1] is not arg:
                found.append(arg)
        elif token.doc[i].lower_ not in NAME_LIST_GLUE or (not found and i > token.i + 1):
            break
        i += 1
    return found
