"""A learned component of the extractor: a classifier over candidate (subject, body) pairs.

The tree reader and the rules read the phrasings they know; the pair model, trained on the gold
set (``python -m blocgraph.extract.learned.train``, ``make pair-model``), adds the statements of
pairs they said nothing about. ``_pairs`` makes candidates and their features, ``_logistic`` the
model, ``_apply`` runs it inside an extraction, ``_labels`` turns gold documents into examples.
"""

from blocgraph.extract.learned._apply import RULE, PairPass, Placed
from blocgraph.extract.learned._logistic import Example, PairModel, PairModelError, train

PAIR_MODEL_FILE = "pair-model.json"
"""The model's file name under ``data/extraction/``."""

__all__ = [
    "PAIR_MODEL_FILE",
    "RULE",
    "Example",
    "PairModel",
    "PairModelError",
    "PairPass",
    "Placed",
    "train",
]
