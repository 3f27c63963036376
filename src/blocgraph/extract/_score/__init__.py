"""Score extractions against the hand-annotated gold set in ``tests/extract/gold``.

A gold document is a text file ``<name>.txt`` (header lines ``# key: value``, then the text) and
its annotation ``<name>.json``::

    {"split": "dev" | "test",
     "mentions": [{"text", "start", "end", "type", "id", "optional"?}, ...],
     "statements": [{"subject", "predicate", "object", "asserted_by",
                     "qualifiers"?, "optional"?}, ...],
     "notes": "...",
     "title"?: "...", "licence"?: "..."}

Offsets index the whole file text, header lines included (``docs/extraction.md``). ``title``
and ``licence`` in the annotation stand in for header lines only in a text that has to stay
byte-identical to its source (the project's seed). An entry marked ``"optional": true`` is one
the contract leaves open (a statement the text makes only through a pronoun or an elided
argument, a word the contract does not settle): predicting it is not a false positive and missing
it is not a false negative. ``qualifiers`` are recorded, not scored.

What is scored, per document, then micro-averaged per split:

- mentions: exact ``(start, end, id)`` matches; also a relaxed score on the distinct ids of a
  document;
- statements: distinct ``(subject, predicate, object)`` triples of a document;
- attribution: of the matched triples, the share whose set of ``asserted_by`` values equals the
  gold one.

Precision is 1.0 when nothing was predicted and recall is 1.0 when nothing was to be found, so an
empty document predicted empty scores 1.0 everywhere.
"""

from __future__ import annotations

from blocgraph.extract._score._gold import (
    EURASIA,
    REQUIRED_HEADERS,
    SPLITS,
    GoldDocument,
    GoldError,
    GoldMention,
    GoldStatement,
    IdCatalog,
    Triple,
    parse_header,
)
from blocgraph.extract._score._load import load_gold, parse_gold
from blocgraph.extract._score._match import aligned, score
from blocgraph.extract._score._metrics import (
    Attribution,
    CorpusScore,
    Counts,
    DocumentScore,
    ErrorKind,
    ScoringError,
    SplitScore,
    list_errors,
    score_corpus,
)
from blocgraph.extract._score._report import format_report

__all__ = [
    "EURASIA",
    "REQUIRED_HEADERS",
    "SPLITS",
    "Attribution",
    "CorpusScore",
    "Counts",
    "DocumentScore",
    "ErrorKind",
    "GoldDocument",
    "GoldError",
    "GoldMention",
    "GoldStatement",
    "IdCatalog",
    "ScoringError",
    "SplitScore",
    "Triple",
    "aligned",
    "format_report",
    "list_errors",
    "load_gold",
    "parse_gold",
    "parse_header",
    "score",
    "score_corpus",
]
