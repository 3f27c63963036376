"""The English syntax pipeline: UD tags, lemmas, dependencies and sentences, loaded lazily.

The pipeline (``models/en_blocgraph_ewt`` in the checkout; ``make model`` retrains it from the
committed treebank) is a spaCy pipeline trained on Universal Dependencies English-EWT (CC BY-SA
4.0). It sets, on every token:

* ``pos_`` — the UD universal tag (UPOS), ``tag_`` — the Penn tag (XPOS), ``morph`` — UD features;
* ``lemma_`` — the EWT lemma ("joined" → "join", "was" → "be");
* ``head`` and ``dep_`` — the UD basic tree with subtypes (``nsubj:pass``, ``obl:tmod``,
  ``acl:relcl`` …); the root's ``dep_`` is ``ROOT`` (spaCy's name for UD ``root``);
* ``is_sent_start`` — the parser's sentence boundaries (``doc.sents``).

Its tokenizer is spaCy's default English one, so token offsets are those of ``spacy.blank("en")``,
except that a word with a hyphened "re-"/"co-" prefix stays whole, as EWT writes it.
The model lives in the repository like ``data/`` (resolved from the package's checkout, which
an editable install keeps); nothing is downloaded. Loading takes about a second, once per process.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from blocgraph.config import PROJECT_ROOT

if TYPE_CHECKING:
    from spacy.language import Language

#: The trained pipeline directory (spaCy's ``model-best``), loadable with ``spacy.load``.
ENGLISH_MODEL = PROJECT_ROOT / "models" / "en_blocgraph_ewt"


class ModelMissingError(FileNotFoundError):
    """The shipped model directory is not there (a checkout without ``models/``)."""


@lru_cache(maxsize=1)
def load_english() -> Language:
    """The English pipeline, loaded on first use and shared afterwards.

    Raises:
        ModelMissingError: ``models/en_blocgraph_ewt`` is missing; ``make model`` rebuilds it.
    """
    if not (ENGLISH_MODEL / "config.cfg").is_file():
        raise ModelMissingError(
            f"the English syntax model is missing: {ENGLISH_MODEL} "
            "(restore it from the repository or rebuild it with `make model`)"
        )
    import spacy  # deferred: commands that do not parse do not pay for it

    from blocgraph.extract._pipeline import drop_bracket_emoticons

    nlp = spacy.load(ENGLISH_MODEL)
    # EWT writes a verb with "re-"/"co-" as one word ("re-read", "co-workers"); split, the
    # parser reads "re" as a clause of its own ("Fiji was re - admitted to …")
    tokenizer: Any = nlp.tokenizer  # a compiled class without type stubs
    tokenizer.token_match = _PREFIXED.match
    drop_bracket_emoticons(tokenizer)  # as the blank pipeline does: "(ASEAN): A, B"
    return nlp


_PREFIXED = re.compile(r"(?:[Rr]e|[Cc]o)-[a-z]+")
