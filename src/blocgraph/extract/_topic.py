"""The body a document's lists belong to when a list does not name it ("Observers: A, B" on a
body's own page): the body the last title line named, else the body the document has named most
so far."""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from blocgraph.extract._linker import Linked
from blocgraph.extract._model import NEW_PREFIX

_TITLE_STOPS = frozenset({".", ":", "-", "–", "—", ";", "!", "?"})
TITLE_TOKENS = 12
"""The longest chunk read as a title line."""


class Topic:
    """What a document is about, chunk by chunk.

    >>> from blocgraph.extract._pipeline import blank_pipeline
    >>> nlp = blank_pipeline()
    >>> topic = Topic(None)
    >>> iora = [Linked(1, 2, "body", "new:iora", 4, 8)]
    >>> topic.read(nlp("The IORA met."), iora)
    >>> topic.body is None  # named once
    True
    >>> topic.read(nlp("The IORA agreed."), iora)
    >>> both = [Linked(1, 2, "body", "ASEAN", 4, 9), Linked(3, 4, "body", "new:iora", 14, 18)]
    >>> topic.read(nlp("The ASEAN and IORA met."), both)
    >>> topic.body
    'new:iora'
    >>> topic.read(nlp("Pacific Islands Forum"), [Linked(0, 3, "body", "PIF", 0, 21)])
    >>> topic.body
    'PIF'
    """

    def __init__(self, titled: str | None) -> None:
        self._titled = titled
        self._named: dict[str, float] = defaultdict(float)
        # bodies of the catalogue or written as an abbreviation somewhere: a body, not an organ
        # the text names in passing ("the Ministerial Council")
        self._known: set[str] = set()

    @property
    def body(self) -> str | None:
        """The title line's body, else the body named most, if it stands out: named at least
        twice and twice as often as any other (a chunk's mentions count as shares of the bodies
        it names; only bodies of the catalogue or that the text abbreviates count)."""
        if self._titled is not None:
            return self._titled
        known = ((n, b) for b, n in self._named.items() if b in self._known)
        ranked = sorted(known, reverse=True)[:2]
        if not ranked or ranked[0][0] < 2:
            return None
        if len(ranked) == 2 and ranked[0][0] < 2 * ranked[1][0]:
            return None
        return ranked[0][1]

    def read(self, doc: Doc, named: list[Linked]) -> None:
        """Take in one chunk: a title line sets the topic; every body it names is counted."""
        bodies = [m for m in named if m.type == "body"]
        ids = {m.id for m in bodies}
        if title_like(doc, named):  # "Caribbean Community (CARICOM)" too
            self._titled = next(iter(ids)) if len(ids) == 1 else None
        share = 1 / max(1, len(ids))  # a chunk listing bodies names no focus
        for m in bodies:
            self._named[m.id] += share
        self._known.update(
            m.id for m in bodies if not m.id.startswith(NEW_PREFIX) or _abbreviation(doc, m)
        )


def title_like(doc: Doc, linked: list[Linked]) -> bool:
    """Whether a chunk is a short title line naming bodies and no state ("Pacific Islands
    Forum (PIF)"): no sentence stop, no label dash or colon."""
    if not 0 < len(doc) <= TITLE_TOKENS or any(m.type == "state" for m in linked):
        return False
    if not any(m.type == "body" for m in linked):
        return False
    return not any(t.text in _TITLE_STOPS for t in doc)


def _abbreviation(doc: Doc, mention: Linked) -> bool:
    """Whether a mention is written as an abbreviation ("IORA", "ОДКБ")."""
    text = doc[mention.start : mention.end].text
    return len(text) > 1 and text.isupper()
