"""Acts still ahead of the text: "has yet to ratify", "are yet to sign", "is due to sign", "is
about to sign" — not done (``yet_to`` makes the act negative; ``soon_before`` leaves it
unasserted)."""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract.relations._tree import base, collective_lemma, kids

_SOON = frozenset({"due", "about"})
"""Words that, right before "to", put an act still ahead ("is due to sign", "is about to")."""


def soon_before(word: Token) -> bool:
    """Whether a word puts the act it hangs on still ahead ("is due to sign", "is about to")."""
    if word.lower_ not in _SOON:
        return False
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return following is not None and following.lower_ == "to"


def yet_to(trigger: Token) -> bool:
    """Whether an act is one still to come: "has yet to ratify", "are yet to sign" (not done),
    with "yet" on the act or on the "have" / "be" the act completes."""
    if not any(c.lower_ == "to" for c in kids(trigger, "mark")):
        return False
    holders = [trigger]
    if base(trigger.dep_) == "xcomp" and trigger.head.lemma_.lower() in {"have", "be"}:
        holders.append(trigger.head)
    return any(c.lower_ == "yet" for h in holders for c in kids(h, "advmod"))


def headline_future(trigger: Token) -> bool:
    """Whether an act is a headline's future, "to" and the bare verb after the parties: "Kenya,
    Uganda to sign Treaty of Friendship", "Gulf countries to sign partnership agreement" (not
    done yet), parsed as the root or as a clause on the parties' name or collective noun (the
    root) — not "Malawi became the 14th state to ratify" nor "Malawi was the first country to sign",
    whose noun is a complement."""
    if trigger.lang_ != "en" or not any(c.lower_ == "to" for c in kids(trigger, "mark")):
        return False
    if base(trigger.dep_) == "root":  # "Kenya, Uganda to sign …", not a caption's "Map … to"
        return any(_parties(s) for s in kids(trigger, "nsubj"))
    head = trigger.head
    described = bool(kids(head, "cop", "nsubj"))  # "Malawi was the first country to sign"
    return (
        base(trigger.dep_) == "acl"
        and base(head.dep_) == "root"
        and _parties(head)
        and not described
    )


def _parties(noun: Token) -> bool:
    """Whether a noun can name a headline's parties: a name, or "countries", "states" …"""
    return noun.pos_ == "PROPN" or collective_lemma(noun.lemma_) is not None
