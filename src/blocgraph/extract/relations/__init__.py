"""Relations read from dependency trees (English and Russian, Universal Dependencies labels).

Trigger lemmas, cue words, anaphors, speech verbs and metonyms are data
(``data/extraction/``); frames say where each trigger keeps its arguments; a document-level
focus resolves "the bloc", "it" and "these countries"; polarity separates assertions from
denials and from what a clause only entertains.
"""

from __future__ import annotations

from blocgraph.extract.relations._focus import Focus, Named
from blocgraph.extract.relations._lexicon import LANGUAGES, Lexicon, load_lexicon
from blocgraph.extract.relations._polarity import polarity
from blocgraph.extract.relations._reader import Entity, TreeReader, TreeStatement

__all__ = [
    "LANGUAGES",
    "Entity",
    "Focus",
    "Lexicon",
    "Named",
    "TreeReader",
    "TreeStatement",
    "load_lexicon",
    "polarity",
]
