"""Who asserts what: direct quotes, reported speech, and first person in quotes.

- A **speech quote** is a span in double quotes (straight, curly, «», „“) of four words or more,
  or in single quotes of six or more; shorter quoted words are scare quotes ("‘rules-based’") and
  do not change who speaks. An unclosed quote runs to the end of the paragraph.
- A sentence's **speaker** is the entity next to a speech verb outside quotes: "Lavrov said",
  "said the minister", "according to Lavrov", "He stated" (a pronoun or "the minister" stands
  for the last person named), "Lavrov: “…”".
- A quote's speaker is the speaker of a sentence it overlaps, else the last speaker of the
  paragraph, else the last speaker of the document; with none, the quote is the author's.
- In a speech quote whose speaker is a state official (or a state), "we", "our", "us" denote that
  state (:func:`first_person_mentions`).

Modules: ``_words`` (speech verbs, first-person words), ``_quotes`` (quotes and the
:class:`Attribution` record), ``_speakers`` (speaker detection in a chunk), ``_attribute`` (the
attribution of a chunk, a speaker's state, first person in quotes).
"""

from __future__ import annotations

from blocgraph.extract._attribution._attribute import (
    attribute,
    first_person_mentions,
    speaker_state,
)
from blocgraph.extract._attribution._quotes import Attribution, Quote, find_quotes
from blocgraph.extract._attribution._words import FIRST_PERSON, SPEECH_VERBS

__all__ = [
    "FIRST_PERSON",
    "SPEECH_VERBS",
    "Attribution",
    "Quote",
    "attribute",
    "find_quotes",
    "first_person_mentions",
    "speaker_state",
]
