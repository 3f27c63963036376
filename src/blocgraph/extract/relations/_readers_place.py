"""Where a state lies, said by a noun that describes it: "Papua New Guinea, a country in
Oceania", "Kazakhstan is a country in Central Asia", "Chile became the first South American
member of the OECD", "Эфиопия стала первой африканской страной", "the Central Asian republic of
Kazakhstan" (``locatedIn``).

A plural noun places nothing: "Central Asian states Kazakhstan and Uzbekistan" describes the
states it lists, often with two regions at once (docs/extraction.md).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from blocgraph.extract.relations._frames import Context, Reading
from blocgraph.extract.relations._subjects import subjects
from blocgraph.extract.relations._tree import Arg, base, case_of, kids

PLACED_RULE = "tree:placed"

_NOUNS = frozenset(
    {"country", "state", "nation", "member", "republic", "kingdom", "monarchy", "island"}
    | {"страна", "государство", "член", "республика", "королевство", "монархия"}
)
"""Nouns a region may qualify to say where a state lies."""

_LINKING = frozenset({"become", "remain", "стать", "являться", "остаться", "оставаться"})
"""Verbs whose complement describes their subject ("became the first African member")."""

_IN = frozenset({"in", "within", "в"})
_REGION = frozenset({"region"})
_STATE = frozenset({"state"})


def placement_readings(sent: Span, context: Context) -> list[Reading]:
    """The ``locatedIn`` readings of a sentence's describing nouns."""
    found: list[Reading] = []
    for token in sent:
        if token.lemma_.lower() not in _NOUNS or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        if "Plur" in token.morph.get("Number", []) or token.i in context.by_token:
            continue  # a list's heading, or a word of a name ("the Islamic State")
        regions = _regions(token, context)
        if not regions:
            continue
        for state in _described(token, context):
            found += [Reading(state, "locatedIn", r, token, PLACED_RULE) for r in regions]
    return found


def _regions(noun: Token, context: Context) -> list[Arg]:
    """The regions that qualify the noun: an adjective ("a Central Asian country") or "in R"."""
    found: list[Arg] = []
    for child in noun.children:
        dep = base(child.dep_)
        if dep == "amod" or (dep == "nmod" and case_of(child) in _IN):
            arg = context.by_token.get(child.i)
            if arg is not None and arg.type in _REGION and arg not in found:
                found.append(arg)
    return found


def _described(noun: Token, context: Context) -> list[Arg]:
    """The states the noun describes: the head of its apposition, the subject of its copula or
    linking verb, the state "of" it ("the republic of Kazakhstan")."""
    head = noun.head
    if base(noun.dep_) == "appos":
        # the state right before its comma, whichever conjunct the parser hung it on: "A and
        # B, a country in R" places B only
        doc, first = noun.doc, noun.left_edge.i
        while first < noun.i and doc[first].is_punct:
            first += 1
        comma = first >= 2 and doc[first - 1].text == ","
        arg = context.by_token.get(first - 2 if comma else head.i)
        return [arg] if arg is not None and arg.type in _STATE else []
    if kids(noun, "cop"):
        return [a for s in subjects(noun) for a in context.args(s, _STATE)]
    if base(noun.dep_) in {"xcomp", "obl", "obj"} and head.lemma_.lower() in _LINKING:
        return [a for s in subjects(head) for a in context.args(s, _STATE)]
    return [a for c in kids(noun, "nmod") if case_of(c) == "of" for a in context.args(c, _STATE)]
