"""Open-world bodies named only by an acronym the catalogue does not know, where only a body
fits ("17 states are members of OHADA", "входит в ОДЭСР")."""

from __future__ import annotations

from spacy.tokens import Doc

from blocgraph.extract.relations._reader import Entity
from blocgraph.extract.relations._slug import slug
from blocgraph.extract.relations._tree import base

_HOLDING_WORDS = frozenset(
    {"member", "membership", "observer", "partner", "член", "членство", "наблюдатель"}
    | {"партнер", "входить", "войти"}
)
"""Words of a standing whose argument an unknown acronym names as a body ("members of OHADA",
"входит в ОДЭСР"); not events, which treaties have too ("withdrew from the NPT")."""
NOT_BODIES = frozenset(
    {"GDP", "CEO", "USD", "EUR", "UTC", "NGO", "NGOS", "NGOs", "COVID", "AI", "IT", "TV"}
    | {"ВВП", "СМИ"}
)
"""Words in capitals that name no body ("GDP", "COVID", "СМИ")."""


def acronyms_held(doc: Doc, taken: set[tuple[int, int]]) -> list[Entity]:
    """Acronyms the catalogue does not know, named where only a body fits: the argument of a
    membership word ("17 states are members of OHADA"); their id is the acronym's slug."""
    found = []
    for token in doc:
        text = token.text
        span = (token.idx, token.idx + len(text))
        if text.endswith("+") and 3 <= len(text) - 1 <= 8 and text[:-1].isalpha():
            if text[:-1].isupper() and not any(a < span[1] and span[0] < b for a, b in taken):
                found.append(Entity(span[0], span[1], "body", slug(text[:-1] + " plus")))
            continue  # "OPEC+" as one token: a grouping of its own
        if not (3 <= len(text) <= 8 and text.isalpha() and text.isupper()):
            continue
        if text in NOT_BODIES or any(a < span[1] and span[0] < b for a, b in taken):
            continue
        held = base(token.dep_) in {"nmod", "obl", "obj", "compound", "amod"} and (
            token.head.lemma_.lower() in _HOLDING_WORDS
        )
        if doc.text[span[1] : span[1] + 1] == "+":  # "OPEC +" split: a grouping of its own
            found.append(Entity(span[0], span[1] + 1, "body", slug(text + " plus")))
        elif held or _listing(doc, token.i, taken):
            found.append(Entity(span[0], span[1], "body", slug(text)))
    return found


_LISTING = frozenset({"comprising", "including", "grouping", "uniting", "consisting"})
"""Words after which a body's members follow ("MIKTA comprising Mexico, …"); not a dash, which
ends a dateline ("HCMC – Vietnam's …")."""


def _listing(doc: Doc, i: int, taken: set[tuple[int, int]]) -> bool:
    """Whether an acronym is followed by a word that lists members and then by a list of names
    the catalogue knows (two within a few words): "MIKTA comprising Mexico, Indonesia"."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ not in _LISTING:
        return False
    starts = {a for a, _ in taken}
    return sum(t.idx in starts for t in doc[i + 2 : i + 10]) >= 2
