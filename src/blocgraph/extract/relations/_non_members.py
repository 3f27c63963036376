"""States named as outside a body by a "non-" compound: "non-GCC member Egypt", "non-EU states:
Switzerland, Norway". The contract reads them as negative memberships (the text says the state
is not a member); the readings carry the rule ``tree:non-member``, which the reader marks
``negative``.
"""

from __future__ import annotations

from spacy.tokens import Span

from blocgraph.extract.relations._frames import Reading
from blocgraph.extract.relations._tree import Arg, listed_after

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
