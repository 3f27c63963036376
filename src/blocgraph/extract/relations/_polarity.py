"""Whether a trigger's clause asserts its relation, denies it, or only entertains it.

Read from the tree around the trigger, with the cue lemmas of ``data/extraction/cues.csv``:

- ``negative``: the clause is negated ("is not a member", "has not withdrawn") or something above
  it denies it ("denied that", "rejected reports that", "those who claim … are mistaken");
- ``None`` (no statement): a modal or future ("may join", "will join"), an intention or attempt
  ("plans to join", "applied to join", "invited to join"), a condition ("if A joins") or a
  candidacy ("candidate for membership");
- ``positive`` otherwise.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from blocgraph.extract.relations._lexicon import Lexicon
from blocgraph.extract.relations._tree import ancestors, base, kids

Polarity = Literal["positive", "negative"]

_CLAUSE_UP = frozenset(
    {
        "xcomp",
        "ccomp",
        "csubj",
        "acl",
        "advcl",
        "conj",
        "nmod",
        "obl",
        "obj",
        "nsubj",
        "root",
        "parataxis",
        "appos",
    }
)


def _negated(token: Token, lexicon: Lexicon) -> bool:
    negation = lexicon.cues.get("negation", frozenset())
    for child in token.children:
        if base(child.dep_) in {"advmod", "neg", "det", "cc", "aux", "obl"} and (
            child.lower_ in negation or child.lemma_.lower() in negation
        ):
            return True
        if base(child.dep_) == "cop" and any(g.lower_ in negation for g in kids(child, "advmod")):
            return True
    return False


def _entertained(token: Token, lexicon: Lexicon, *, future_ok: bool) -> bool:
    if not future_ok and "Fut" in token.morph.get("Tense", []):
        return True  # a Russian perfective future ("станет", "вступит") has no auxiliary
    modal = lexicon.cues.get("modal", frozenset())
    condition = lexicon.cues.get("condition", frozenset())
    for child in token.children:
        word, lemma, link = child.lower_, child.lemma_.lower(), base(child.dep_)
        if link == "aux" and (word in modal or lemma in modal):
            if future_ok and lemma in {"will", "shall", "быть"}:
                continue
            return True
        if link == "mark" and (word in condition or lemma in condition):
            return True
        if link in {"amod", "compound", "nmod"} and lemma in lexicon.cues.get("intent", ()):
            return True  # "a prospective member", "candidate member"
    return False


def polarity(trigger: Token, lexicon: Lexicon, *, future_ok: bool = False) -> Polarity | None:
    """The trigger's polarity, or ``None`` when its clause asserts nothing.

    ``future_ok``: "will" announces rather than entertains (``proposes``: "Russia will create
    the Greater Eurasian Partnership").
    """
    intent = lexicon.cues.get("intent", frozenset())
    denial = lexicon.cues.get("denial", frozenset())
    negative = _negated(trigger, lexicon)
    if _entertained(trigger, lexicon, future_ok=future_ok):
        return None
    for head, child in ancestors(trigger):
        lemma = head.lemma_.lower()
        link = base(child.dep_)
        if link not in _CLAUSE_UP:
            break
        if lemma in denial or head.lower_ in denial:
            negative = not negative if not _negated(head, lexicon) else negative
            return "negative" if negative else "positive"
        if lemma in intent and link in {"xcomp", "ccomp", "acl", "nmod", "obl", "obj", "advcl"}:
            return None
        if link in {"xcomp", "ccomp", "csubj"} and _entertained(head, lexicon, future_ok=False):
            return None
        if link == "advcl" and any(
            m.lemma_.lower() in lexicon.cues.get("condition", ()) for m in kids(child, "mark")
        ):
            return None
        if link in {"xcomp", "conj"} and _negated(head, lexicon) and link == "xcomp":
            negative = not negative
    return "negative" if negative else "positive"
