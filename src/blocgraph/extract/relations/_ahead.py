"""Acts still ahead of the text: "has yet to ratify", "are yet to sign", "is due to sign", "is
about to sign" — not done (``yet_to`` makes the act negative; ``soon_before`` leaves it
unasserted)."""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract.relations._tree import base, kids

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
