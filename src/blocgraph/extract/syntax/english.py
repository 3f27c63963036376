"""The English syntax pipeline: UD tags, lemmas, dependencies and sentences, loaded lazily.

The pipeline (``models/en_blocgraph_ewt`` in the checkout; ``make model`` retrains it from the
committed treebank) is a spaCy pipeline trained on Universal Dependencies English-EWT (CC BY-SA
4.0). It sets, on every token:

* ``pos_`` — the UD universal tag (UPOS), ``tag_`` — the Penn tag (XPOS), ``morph`` — UD features;
* ``lemma_`` — the EWT lemma ("joined" → "join", "was" → "be");
* ``head`` and ``dep_`` — the UD basic tree with subtypes (``nsubj:pass``, ``obl:tmod``,
  ``acl:relcl`` …); the root's ``dep_`` is ``ROOT`` (spaCy's name for UD ``root``);
* ``is_sent_start`` — the parser's sentence boundaries (``doc.sents``).

A last component, ``blocgraph_present_verbs``, re-tags a third-person present verb that the
tagger read as a plural noun heading a subject and an object ("The body unites A and B").

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
    from spacy.tokens import Token

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
    _register_verb_repair()
    # EWT writes a verb with "re-"/"co-" as one word ("re-read", "co-workers"); split, the
    # parser reads "re" as a clause of its own ("Fiji was re - admitted to …")
    tokenizer: Any = nlp.tokenizer  # a compiled class without type stubs
    tokenizer.token_match = _PREFIXED.match
    drop_bracket_emoticons(tokenizer)  # as the blank pipeline does: "(ASEAN): A, B"
    nlp.add_pipe(_VERB_REPAIR, last=True)
    return nlp


_VERB_REPAIR = "blocgraph_present_verbs"
_PRESENT = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


def _register_verb_repair() -> None:
    """Register the component that re-tags present verbs the tagger read as plural nouns."""
    from spacy.language import Language
    from spacy.tokens import Doc

    if _VERB_REPAIR in Language.factories:
        return

    @Language.component(_VERB_REPAIR)
    def present_verbs(doc: Doc) -> Doc:
        for token in doc:
            if _noun_with_clause(token):
                token.pos_, token.tag_ = "VERB", "VBZ"
                token.lemma_ = present_lemma(token.lower_)
                token.set_morph(_PRESENT)  # type: ignore[attr-defined]  # not in the stubs
        return doc


def _noun_with_clause(token: Token) -> bool:
    """Whether a word tagged as a plural noun heads a clause: a subject before it and an
    object after it, no determiner ("The body unites A, B and C", "the bloc links A and B")."""
    if token.pos_ != "NOUN" or len(token.text) < 4 or not token.lower_.endswith("s"):
        return False
    if not token.text.islower():
        return False
    deps = {(c.dep_, c.i < token.i) for c in token.children}
    no_det = not any(d in {"det", "amod", "nummod", "nmod:poss"} for d, _ in deps)
    return ("nsubj", True) in deps and ("obj", False) in deps and no_det


def present_lemma(word: str) -> str:
    """The base form of a third-person present verb ("unites" → "unite", "carries" → "carry",
    "reaches" → "reach", "links" → "link").

    >>> [present_lemma(w) for w in ("unites", "carries", "reaches", "groups", "comprises")]
    ['unite', 'carry', 'reach', 'group', 'comprise']
    """
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zzes", "oes")):
        return word[:-2]
    return word[:-1]


_PREFIXED = re.compile(r"(?:[Rr]e|[Cc]o)-[a-z]+")
