"""The English syntax pipeline trained on UD English-EWT (placeholder loader; see models/)."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language

MODEL_DIR = Path(__file__).resolve().parents[4] / "models" / "en_blocgraph_ewt"


@cache
def load_english() -> Language:
    """The shipped English pipeline (``BLOCGRAPH_EN_MODEL`` overrides its folder)."""
    return spacy.load(os.environ.get("BLOCGRAPH_EN_MODEL", MODEL_DIR))
