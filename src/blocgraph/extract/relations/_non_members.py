"""States named as outside a body by a "non-" compound ("non-GCC member Egypt", "non-EU states:
Switzerland, Norway") or by "outside" ("Sweden and Finland were still outside the Alliance",
"остаются вне ОДКБ"). The contract reads them as negative memberships (the text says the state
is not a member); the readings carry the rule ``tree:non-member``, which the reader marks
``negative``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from blocgraph.extract.relations._frames import BODY, Context, Reading
from blocgraph.extract.relations._subjects import subjects
from blocgraph.extract.relations._tree import NAME_LIST_GLUE, Arg, case_of, kids, listed_after

NON_MEMBER_RULE = "tree:non-member"

_NOUNS = frozenset(
    {"member", "members", "state", "states", "country", "countries", "nation", "nations"}
)
_BETWEEN = frozenset({":", "–", "—", "such", "as", "like", "including", "namely", "the", ","})
_REACH = 4
"""How many words after the noun the first state may sit ("non-EU states such as the UK")."""


def non_members(sent: Span, by_token: dict[int, Arg]) -> list[Reading]:
    """The negative memberships a sentence's "non-O member(s)/state(s)" phrases name."""
    doc = sent.doc
    found: list[Reading] = []
    for token in sent:
        if token.lower_ != "non" or token.i + 2 >= sent.end or doc[token.i + 1].text != "-":
            continue
        body = by_token.get(token.i + 2)
        if body is None or body.type != "body" or body.start != token.i + 2:
            continue
        i = body.end
        if i < sent.end and doc[i].lower_ == "member" and i + 1 < sent.end:
            i += 1 if doc[i + 1].lower_ in _NOUNS else 0  # "non-EU member states"
        if i >= sent.end or doc[i].lower_ not in _NOUNS:
            continue
        noun = doc[i]
        j = i + 1
        while j < sent.end and j - i <= _REACH and doc[j].lower_ in _BETWEEN:
            j += 1
        first = by_token.get(j)
        if first is None or first.type != "state" or first.start != j:
            continue
        for state in [first, *listed_after(first, doc[j], by_token)]:
            found.append(Reading(state, "memberOf", body, noun, NON_MEMBER_RULE))
    return found


_OUTSIDE = frozenset({"outside", "вне"})


def outside(sent: Span, context: Context) -> list[Reading]:
    """The negative memberships of states said to be or stay outside a body: the copula's
    subject ("A and B were still outside the Alliance") or the subject of the verb the phrase
    qualifies ("A remains outside the EU", "A остается вне ОДКБ")."""
    found: list[Reading] = []
    for token in sent:
        if case_of(token) not in _OUTSIDE:
            continue
        bodies = context.args(token, BODY)  # "the Alliance": the body in focus
        holders = kids(token, "nsubj") if kids(token, "cop") else subjects(token.head)
        states = [s for h in holders for s in _states(h, context.by_token)]
        if not states and kids(token, "cop"):  # "…, while A and B were still outside O",
            states = _listed_before(kids(token, "cop")[0], context.by_token)  # misparsed
        for body in bodies[:1]:
            for state in states:
                found.append(Reading(state, "memberOf", body, token, NON_MEMBER_RULE))
    return found


def _states(token: Token, by_token: dict[int, Arg]) -> list[Arg]:
    first = by_token.get(token.i)
    if first is None or first.type != "state":
        return []
    return [first, *listed_after(first, token, by_token)]


def _listed_before(copula: Token, by_token: dict[int, Arg]) -> list[Arg]:
    """The states listed right before a copula (adverbs such as "still" skipped)."""
    doc = copula.doc
    i = copula.i - 1
    while i >= 0 and doc[i].pos_ == "ADV":
        i -= 1
    found: list[Arg] = []
    while i >= 0:
        arg = by_token.get(i)
        if arg is not None and arg.type == "state":
            if arg not in found:
                found.append(arg)
            i = arg.start - 1
        elif doc[i].lower_ in NAME_LIST_GLUE and found:
            i -= 1
        else:
            break
    return found[::-1]
