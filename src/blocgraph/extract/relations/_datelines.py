"""Wire datelines: "Kiruna (Sweden), May 15 (IANS) India and China got …", "MOSCOW, June 3
(Reuters) - Russia …", "BEIJING (Xinhua) -- China …".

A dateline names where and when the wire was filed and by which agency; its place, country and
agency are no arguments of the sentence that follows it, though the parser often makes the place
the subject and hangs the real subject on it as a conjunct. The reader forgets the dateline's
mentions before it reads the sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from blocgraph.extract.relations._tree import Arg

_PLACE = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s*\([^()]{2,30}\))?,?"
"""The place, with its country: "Kiruna (Sweden),", "NEW DELHI,"."""
_DATE = r"\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?"
_AGENCY = r"\s*\([A-Z][A-Za-z]{1,9}(?:\s[A-Z][A-Za-z]{1,9})?\)"
_DATELINE = re.compile(
    # a dated one ("Kiruna (Sweden), May 15 (IANS)"), or an undated one ending in a dash
    # ("BEIJING (Xinhua) --"): not a name and its abbreviation ("Central European Defence
    # Cooperation (CEDC) is …")
    rf"{_PLACE}(?:{_DATE}{_AGENCY}\s*(?:--|[-–—:])?|{_AGENCY}\s*(?:--|[-–—:]))\s*"
)


def dateline_end(sent: Span) -> int:
    """The token the sentence proper starts at, after a wire's dateline (``sent.start`` if it
    has none).

    >>> import spacy
    >>> doc = spacy.blank("en")("MOSCOW, June 3 (Reuters) - Russia left the treaty.")
    >>> doc[dateline_end(doc[:])].text
    'Russia'
    """
    match = _DATELINE.match(sent.text)
    if match is None or match.end() >= len(sent.text):
        return sent.start
    end = sent.start_char + match.end()
    for token in sent:
        if token.idx >= end:
            return token.i
    return sent.start


def forget_dateline(sent: Span, *maps: dict[int, Arg]) -> None:
    """Drop the dateline's tokens from the entity maps the reader reads arguments with."""
    for i in range(sent.start, dateline_end(sent)):
        for by_token in maps:
            by_token.pop(i, None)
