"""Title-cased headlines in the open world: "China, Ecuador Sign Free Trade Agreement",
"Uzbekistan Signs Partnership Agreement With Turkmenistan" capitalise the verb and the
preposition, so a run of capitalised words would take the parties, the verb and the other side
into the instrument's name."""

from __future__ import annotations

from spacy.tokens import Doc

_HEADLINE_ACTS = frozenset(
    {"sign", "signs", "ratify", "ratifies", "ink", "inks", "seal", "seals", "conclude"}
    | {"concludes", "adopt", "adopts", "approve", "approves", "endorse", "endorses", "renew"}
    | {"renews", "join", "joins", "quit", "quits", "leave", "leaves", "exit", "exits"}
    | {"denounce", "denounces", "reach", "reaches"}
)
"""Verbs a title-cased headline puts between the parties and the instrument ("China, Ecuador
Sign Free Trade Agreement"), however the tagger read them."""


def after_headline_act(doc: Doc, start: int, end: int) -> int:
    """Where a capitalised run's name starts after a headline's verb inside it ("Ecuador Sign |
    Free Trade Agreement", "Saudi Arabia Ratifies | GCC Security Treaty"): the name is what the
    parties sign, not the parties and the verb."""
    for k in range(end - 1, start - 1, -1):
        if doc[k].lower_ in _HEADLINE_ACTS and doc[k].text[:1].isupper() and end - k >= 2:
            return k + 1
    return start


def before_headline_party(doc: Doc, start: int, end: int, state_starts: set[int]) -> int:
    """Where a title-cased name ends before "With" and a party the text knows ("Partnership
    Agreement | With Turkmenistan"): the other side, not a word of the name."""
    for k in range(start + 2, end + 1):
        if doc[k].text == "With" and k + 1 in state_starts:
            return k - 1
    return end
