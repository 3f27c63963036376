"""Entity linking: spans of a spaCy ``Doc`` to states, bodies, regions, civilizations, groups,
persons and initiatives.

Two ``PhraseMatcher``s (case-sensitive on ``ORTH``, case-insensitive on ``LOWER``) find every
gazetteer form at token boundaries. Context then decides what a candidate is:

- names link directly, except ambiguous words (``data/gazetteer/ambiguous.csv``): "Jordan"/"Chad"
  next to another capitalised name are a person's name; "Georgia" in a paragraph about the US
  state is not the country; "Xi" needs a title before it;
- a state demonym links only before a word of government, office or territory ("Russian Foreign
  Minister", "Chinese President", "Iranian territory");
- a region adjective links only before a region noun ("the Eurasian continent", "Central Asian
  states");
- a civilization adjective links before "civilization" or, in a sentence about civilizations, as a
  bare item of a list that also names states ("China, Iran, Arab, and Indian");
- the longest candidate wins and mentions never overlap; blocked phrases ("Indian Ocean") win
  like names but yield nothing.

Persons not in the gazetteer are recognised after an office ("Kazakh Foreign Minister Murat
Nurtleu") and their surname is linked later in the same document.

Modules: ``_records`` (:class:`Linked`, :class:`DocumentContext`), ``_heads`` (head words after
demonyms and adjectives), ``_names`` (office titles, honorifics, name words), ``_persons``
(persons found after offices), ``_core`` (the :class:`Linker`).
"""

from __future__ import annotations

from blocgraph.extract._linker._core import Linker
from blocgraph.extract._linker._heads import ARTICLE_TYPES, CIV_HEADS, REGION_HEADS, STATE_HEADS
from blocgraph.extract._linker._names import (
    HONORIFICS,
    TITLES,
    slugify,
    title_at,
    title_ending_at,
)
from blocgraph.extract._linker._records import DocumentContext, Linked

__all__ = [
    "ARTICLE_TYPES",
    "CIV_HEADS",
    "HONORIFICS",
    "REGION_HEADS",
    "STATE_HEADS",
    "TITLES",
    "DocumentContext",
    "Linked",
    "Linker",
    "slugify",
    "title_at",
    "title_ending_at",
]
