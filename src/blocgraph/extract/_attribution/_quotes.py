"""Quotes of a paragraph (:func:`find_quotes`: speech quotes versus scare quotes, by length) and
the :class:`Attribution` of a chunk: its quotes and the reported speaker of each sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from blocgraph.extract._model import AUTHOR

_DOUBLE_OPEN = {"“": "”", "„": "“", "«": "»"}


@dataclass(slots=True)
class Quote:
    """A quoted span ``[start, end)`` (chunk character offsets, marks included)."""

    start: int
    end: int
    speech: bool
    speaker: str | None = None


@dataclass(slots=True)
class Attribution:
    """Quotes and reported-speech speakers of one chunk."""

    quotes: list[Quote]
    sentence_speakers: list[str | None]
    sentence_starts: list[int] = field(default_factory=list)

    def quote_at(self, char: int) -> Quote | None:
        """The speech quote containing chunk offset ``char``, if any."""
        for quote in self.quotes:
            if quote.start <= char < quote.end:
                return quote
        return None

    def spoken_by(self, chars: list[tuple[int, int]]) -> str | None:
        """The speaker of a speech quote (or a transcript's speech) holding any of ``chars``."""
        for start, end in chars:
            for quote in self.quotes:
                if quote.start < end and start < quote.end:
                    return quote.speaker
        return None

    def asserted_by(self, chars: list[tuple[int, int]], sentence: int) -> str:
        """Who asserts a statement whose words sit at ``chars`` in sentence number ``sentence``:
        the speaker of a speech quote holding any of them, else the sentence's reported
        speaker, else :data:`AUTHOR`."""
        for start, end in chars:
            for quote in self.quotes:
                if quote.start < end and start < quote.end:
                    return quote.speaker or AUTHOR
        return self.sentence_speakers[sentence] or AUTHOR


def find_quotes(text: str) -> list[Quote]:
    """Quoted spans of a paragraph, with ``speech`` telling speech from scare quotes.

    >>> [(q.start, q.end, q.speech) for q in find_quotes("the ‘rules-based’ order")]
    [(4, 17, False)]
    >>> [q.speech for q in find_quotes('He said "we will create a partnership" today.')]
    [True]
    """
    quotes: list[Quote] = []
    opener = ""
    start = 0
    n = len(text)
    for i, ch in enumerate(text):
        after = text[i + 1] if i + 1 < n else " "
        before = text[i - 1] if i > 0 else " "
        if not opener:
            if (
                ch in _DOUBLE_OPEN
                or (ch == '"' and not after.isspace())
                or ch == "‘"
                or (ch == "'" and not before.isalnum() and after.isalpha())
            ):
                opener, start = ch, i
            continue
        if opener in _DOUBLE_OPEN or opener == '"':
            closer = _DOUBLE_OPEN.get(opener, '"')
            if ch == closer or (opener == "“" and ch == '"') or (opener == '"' and ch == "”"):
                quotes.append(_quote(text, start, i + 1, double=True))
                opener = ""
        elif ch in "’'" and not after.isalpha():
            quotes.append(_quote(text, start, i + 1, double=False))
            opener = ""
    if opener and opener not in "‘'":
        quotes.append(_quote(text, start, n, double=True))  # a quote running on to the next
    return quotes


def _quote(text: str, start: int, end: int, *, double: bool) -> Quote:
    words = len(re.findall(r"\w+", text[start:end]))
    return Quote(start, end, speech=words >= (4 if double else 6))
