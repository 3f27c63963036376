"""Score the Russian syntax adapter on Universal Dependencies test files.

Parsing is scored with gold tokenisation: each sentence's gold words go to
:func:`parse_russian_words`, so the figures measure tagging, lemmatisation and parsing, not
tokenisation. Punctuation counts, as in the CoNLL 2018 shared task. Reported:

- UAS: head correct; LAS: head and relation correct (full label, subtypes included, e.g.
  ``nsubj:pass``); LAS-univ: subtypes ignored (CoNLL 2018 "LAS"); UAS/LAS-nopunct: the same
  without punctuation, whose attachment conventions differ most between Russian treebanks;
- UPOS: part of speech correct; lemma: lemma correct ignoring case and ё/е (GSD writes proper-noun
  lemmas capitalised, Taiga lowercase); lemma-exact: as written.

Speed is measured by ``python -m bench.syntax_ru`` (side by side with natasha's own pipeline).

The test files and their licences are in ``tests/data/ud/`` (CC BY-SA 4.0), so this runs offline::

    python tools/eval_syntax_ru.py                      # both shipped test files
    python tools/eval_syntax_ru.py --limit 100 tests/data/ud/ru_gsd-ud-test.conllu
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import spacy

from blocgraph.extract.syntax.russian import parse_russian_words

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "ud"
TREEBANKS = [DATA / "ru_gsd-ud-test.conllu", DATA / "ru_taiga-ud-test.conllu"]


@dataclass
class GoldWord:
    form: str
    lemma: str
    upos: str
    head: int
    deprel: str


@dataclass
class GoldSentence:
    text: str
    words: list[GoldWord] = field(default_factory=list)


def read_conllu(path: Path) -> Iterator[GoldSentence]:
    """Sentences of a CoNLL-U file: syntactic words only (no multiword ranges, no empty nodes)."""
    sentence = GoldSentence("")
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line:
                if sentence.words:
                    yield sentence
                sentence = GoldSentence("")
            elif line.startswith("# text = "):
                sentence.text = line[len("# text = ") :]
            elif not line.startswith("#"):
                cols = line.split("\t")
                if cols[0].isdigit():
                    sentence.words.append(
                        GoldWord(cols[1], cols[2], cols[3], int(cols[6]), cols[7])
                    )
    if sentence.words:
        yield sentence


def _fold(lemma: str) -> str:
    return lemma.lower().replace("ё", "е")


@dataclass
class Scores:
    words: int = 0
    sentences: int = 0
    head: int = 0
    labelled: int = 0
    labelled_univ: int = 0
    upos: int = 0
    lemma: int = 0
    content_words: int = 0  # not punctuation
    content_head: int = 0
    content_labelled: int = 0
    lemma_exact: int = 0

    def add(self, gold: GoldSentence, vocab: spacy.vocab.Vocab) -> None:
        doc = parse_russian_words([word.form for word in gold.words], vocab)
        assert len(doc) == len(gold.words), "one Doc token per gold word"
        self.sentences += 1
        for token, word in zip(doc, gold.words, strict=True):
            head = 0 if token.head.i == token.i else token.head.i + 1
            dep = "root" if token.dep_ == "ROOT" else token.dep_
            self.words += 1
            content = word.upos != "PUNCT"
            self.content_words += content
            if head == word.head:
                self.head += 1
                self.labelled += dep == word.deprel
                self.labelled_univ += dep.split(":")[0] == word.deprel.split(":")[0]
                self.content_head += content
                self.content_labelled += content and dep == word.deprel
            self.upos += token.pos_ == word.upos
            self.lemma += _fold(token.lemma_) == _fold(word.lemma)
            self.lemma_exact += token.lemma_ == word.lemma

    def rates(self) -> dict[str, float]:
        def rate(count: int, total: int = self.words) -> float:
            return round(100 * count / max(total, 1), 2)

        return {
            "UAS": rate(self.head),
            "LAS": rate(self.labelled),
            "LAS-univ": rate(self.labelled_univ),
            "UAS-nopunct": rate(self.content_head, self.content_words),
            "LAS-nopunct": rate(self.content_labelled, self.content_words),
            "UPOS": rate(self.upos),
            "lemma": rate(self.lemma),
            "lemma-exact": rate(self.lemma_exact),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("treebanks", nargs="*", type=Path, default=TREEBANKS)
    parser.add_argument("--limit", type=int, default=0, help="first N sentences only")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    vocab = spacy.blank("ru").vocab
    report = {}
    for path in args.treebanks:
        sentences = list(read_conllu(path))
        if args.limit:
            sentences = sentences[: args.limit]
        scores = Scores()
        for sentence in sentences:
            scores.add(sentence, vocab)
        figures = {"sentences": scores.sentences, "words": scores.words, **scores.rates()}
        report[path.name] = figures
        print(path.name, json.dumps(figures, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
