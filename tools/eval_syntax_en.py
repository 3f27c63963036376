"""Score the shipped English syntax pipeline on the UD English-EWT test split.

Two settings:

* **gold tokens** (the CoNLL 2018 shared-task measures over every word, punctuation included):
  the pipeline gets the treebank's words and spaces, ten sentences per document, and is scored
  word by word — UPOS, XPOS, lemma, UAS, LAS with the full relation (``nsubj:pass`` ≠
  ``nsubj``) and with its universal part only (the shared task's LAS), and sentence boundaries
  as span F1 (the parser finds them; the ten-sentence documents are not pre-split);
* **raw text**: the pipeline reads the documents' text with its own tokenizer (spaCy's English
  one) and spaCy's scorer aligns its tokens to the treebank's (punctuation excluded from
  UAS/LAS, as spaCy reports them); the tokenizer's token F1 against the treebank's words.

Usage: ``python tools/eval_syntax_en.py [--model DIR] [--split test] [--out scores.json]``.
"""

from __future__ import annotations

import argparse
import json
import lzma
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.training.converters.conllu_to_docs import conllu_to_docs

from blocgraph.config import PROJECT_ROOT

DATA = PROJECT_ROOT / "models" / "data"
MODEL = PROJECT_ROOT / "models" / "en_blocgraph_ewt"


def reference_docs(split: str, limit: int | None = None) -> list[Doc]:
    """The treebank split as annotated docs of ten sentences each (the training grouping)."""
    text = lzma.decompress((DATA / f"en_ewt-ud-{split}.conllu.xz").read_bytes()).decode("utf-8")
    if limit is not None:
        text = "\n\n".join(text.strip().split("\n\n")[:limit]) + "\n"
    return list(conllu_to_docs(text, n_sents=10, no_print=True))  # type: ignore[no-untyped-call]


def _spans(doc: Doc) -> set[tuple[int, int]]:
    return {(s.start, s.end) for s in doc.sents}


def gold_token_scores(nlp: Language, refs: Iterable[Doc]) -> dict[str, float]:
    """Word-level accuracies and sentence F1 with the treebank's own tokens."""
    refs = list(refs)
    inputs = [
        Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d])
        for d in refs
    ]
    counts = dict.fromkeys(("words", "upos", "xpos", "lemma", "uas", "las", "las_universal"), 0)
    sent_gold = sent_pred = sent_both = 0
    for ref, pred in zip(refs, nlp.pipe(inputs), strict=True):
        for g, p in zip(ref, pred, strict=True):
            counts["words"] += 1
            counts["upos"] += g.pos_ == p.pos_
            counts["xpos"] += g.tag_ == p.tag_
            counts["lemma"] += g.lemma_ == p.lemma_
            if g.head.i == p.head.i:
                counts["uas"] += 1
                gold_dep, pred_dep = g.dep_.lower(), p.dep_.lower()
                counts["las"] += gold_dep == pred_dep
                counts["las_universal"] += gold_dep.split(":")[0] == pred_dep.split(":")[0]
        gold_spans, pred_spans = _spans(ref), _spans(pred)
        sent_gold += len(gold_spans)
        sent_pred += len(pred_spans)
        sent_both += len(gold_spans & pred_spans)
    words = counts.pop("words")
    scores = {key: value / words for key, value in counts.items()}
    precision, recall = sent_both / sent_pred, sent_both / sent_gold
    scores["sents_f"] = 2 * precision * recall / (precision + recall)
    scores["words"] = words
    return scores


def raw_text_scores(nlp: Language, refs: Iterable[Doc]) -> dict[str, float]:
    """spaCy's scorer on the pipeline's own tokenization of the raw text."""
    examples = [Example(nlp.make_doc(ref.text), ref) for ref in refs]
    result = nlp.evaluate(examples)
    keys = ("token_f", "pos_acc", "tag_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")
    return {key: float(result[key]) for key in keys}


def same_tokens_as_blank_english(nlp: Language, refs: Iterable[Doc]) -> bool:
    """Whether the pipeline's tokenizer splits every document like ``spacy.blank("en")``."""
    blank = spacy.blank("en")
    return all(
        [(t.idx, t.text) for t in nlp.make_doc(ref.text)]
        == [(t.idx, t.text) for t in blank.make_doc(ref.text)]
        for ref in refs
    )


def main(argv: list[str] | None = None) -> int:
    """Print (and optionally write) the scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=MODEL)
    parser.add_argument("--split", default="test", choices=("dev", "test"))
    parser.add_argument("--out", type=Path, default=None, help="write the scores as JSON here")
    args = parser.parse_args(argv)
    if not (args.model / "config.cfg").exists():
        print(f"error: no trained pipeline in {args.model}; run `make model`", file=sys.stderr)
        return 2
    nlp = spacy.load(args.model)
    refs = reference_docs(args.split)
    report: dict[str, Any] = {
        "treebank": f"UD_English-EWT 2.16 {args.split}",
        "gold_tokens": gold_token_scores(nlp, refs),
        "raw_text": raw_text_scores(nlp, refs),
        "tokenizer_is_blank_english": same_tokens_as_blank_english(nlp, refs),
    }
    text = json.dumps(report, indent=2)
    print(text)
    if args.out is not None:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
