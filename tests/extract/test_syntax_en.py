"""The shipped English syntax model: it loads from the repository and parses like UD English."""

from __future__ import annotations

import importlib.util
import pathlib
from types import ModuleType

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from blocgraph.config import PROJECT_ROOT
from blocgraph.extract.syntax import english
from blocgraph.extract.syntax.english import ENGLISH_MODEL, load_english


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_english()


def _by_text(doc: Doc) -> dict[str, Token]:
    return {token.text: token for token in doc}


def test_loads_from_the_repository_once(nlp: Language) -> None:
    assert ENGLISH_MODEL.parent == PROJECT_ROOT / "models"
    assert load_english() is nlp
    trained = ["tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "parser"]
    assert nlp.pipe_names == [*trained, "blocgraph_present_verbs"]  # the verb repair runs last
    assert nlp.meta["license"] == "CC BY-SA 4.0"
    assert (ENGLISH_MODEL / "LICENSE").is_file()


def test_active_clause(nlp: Language) -> None:
    doc = nlp("Iran joined the SCO in 2023.")
    t = _by_text(doc)
    assert t["joined"].dep_ == "ROOT"
    assert (t["joined"].pos_, t["joined"].tag_, t["joined"].lemma_) == ("VERB", "VBD", "join")
    assert (t["Iran"].dep_, t["Iran"].head.text, t["Iran"].pos_) == ("nsubj", "joined", "PROPN")
    assert (t["SCO"].dep_, t["SCO"].head.text) == ("obj", "joined")
    assert (t["2023"].dep_, t["2023"].head.text, t["2023"].pos_) == ("obl", "joined", "NUM")
    assert (t["in"].dep_, t["in"].head.text) == ("case", "2023")
    assert (t["."].dep_, t["."].pos_) == ("punct", "PUNCT")


def test_unmarked_temporal_modifier(nlp: Language) -> None:
    # EWT 2.15+ writes the former obl:tmod as obl:unmarked
    t = _by_text(nlp("Egypt joined the bloc last year."))
    assert (t["year"].dep_, t["year"].head.text) == ("obl:unmarked", "joined")
    assert (t["bloc"].dep_, t["Egypt"].dep_) == ("obj", "nsubj")


def test_passive_and_conjuncts(nlp: Language) -> None:
    doc = nlp("Belarus and Laos were admitted to the organisation.")
    t = _by_text(doc)
    assert (t["admitted"].dep_, t["admitted"].lemma_) == ("ROOT", "admit")
    assert (t["Belarus"].dep_, t["Belarus"].head.text) == ("nsubj:pass", "admitted")
    assert (t["Laos"].dep_, t["Laos"].head.text) == ("conj", "Belarus")
    assert (t["were"].dep_, t["were"].lemma_) == ("aux:pass", "be")
    assert (t["organisation"].dep_, t["organisation"].head.text) == ("obl", "admitted")


def test_sentence_boundaries(nlp: Language) -> None:
    doc = nlp("Iran joined the SCO in 2023. Belarus followed a year later. It is the tenth member.")
    assert [s.text for s in doc.sents] == [
        "Iran joined the SCO in 2023.",
        "Belarus followed a year later.",
        "It is the tenth member.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. didn't join; it's (still) an observer — since 1 Jan. 2020, e-mail: a@b.org!",
        "Member states: Kazakhstan, Kyrgyzstan and Tajikistan (2001–2024), #SCO2025 http://x.y/z",
        "\u201cWe won't,\u201d Lavrov said.\n\nThe bloc's 11th member, N.Korea's $5bn deal...",
    ],
)
def test_tokenizer_is_spacy_blank_english(nlp: Language, text: str) -> None:
    blank = spacy.blank("en")
    assert [(t.idx, t.text) for t in nlp.make_doc(text)] == [
        (t.idx, t.text) for t in blank.make_doc(text)
    ]


def _scorer() -> ModuleType:
    path = PROJECT_ROOT / "tools" / "eval_syntax_en.py"
    spec = importlib.util.spec_from_file_location("eval_syntax_en", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_accuracy_on_treebank_test_sample(nlp: Language) -> None:
    """The first 300 test sentences of UD English-EWT (about 4,000 words): a broken model fails."""
    scorer = _scorer()
    scores = scorer.gold_token_scores(nlp, scorer.reference_docs("test", limit=300))
    assert scores["words"] > 3000
    # the shipped model scores 0.958 / 0.971 / 0.806 / 0.765 / 0.775 here (models/…/README.md)
    assert scores["upos"] > 0.93
    assert scores["lemma"] > 0.95
    assert scores["uas"] > 0.78
    assert scores["las"] > 0.73
    assert scores["sents_f"] > 0.70


def test_a_missing_model_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path
) -> None:
    monkeypatch.setattr(english, "ENGLISH_MODEL", tmp_path / "absent")
    english.load_english.cache_clear()
    try:
        with pytest.raises(english.ModelMissingError, match="make model"):
            english.load_english()
    finally:
        english.load_english.cache_clear()
