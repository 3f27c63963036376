"""Score the Russian syntax adapter on Universal Dependencies test files, and time it on raw text.

Parsing is scored with gold tokenisation: each sentence's gold words go to
:func:`parse_russian_words`, so the figures measure tagging, lemmatisation and parsing, not
tokenisation. Punctuation counts, as in the CoNLL 2018 shared task. Reported:

- UAS: head correct; LAS: head and relation correct (full label, subtypes included, e.g.
  ``nsubj:pass``); LAS-univ: subtypes ignored (CoNLL 2018 "LAS"); UAS/LAS-nopunct: the same
  without punctuation, whose attachment conventions differ most between Russian treebanks;
- UPOS: part of speech correct; lemma: lemma correct ignoring case and ё/е (GSD writes proper-noun
  lemmas capitalised, Taiga lowercase); lemma-exact: as written;
- words/s and KB/s of :func:`parse_russian` on the treebank's raw sentences (``# text``), grouped
  into documents of 20 sentences, one thread, models loaded before the clock starts; the rate is
  per CPU second of the process (the machine may be shared), wall-clock seconds are shown too.

The test files and their licences are in ``tests/data/ud/`` (CC BY-SA 4.0), so this runs offline::

    python tools/eval_syntax_ru.py                      # both shipped test files
    python tools/eval_syntax_ru.py --limit 100 tests/data/ud/ru_gsd-ud-test.conllu
    python tools/eval_syntax_ru.py --peer               # and natasha's own pipeline's speed
"""

from __future__ import annotations

import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_variable] = "1"  # one thread: set before numpy is imported

import argparse  # noqa: E402
import json  # noqa: E402
import time  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402

from blocgraph.extract.syntax.russian import parse_russian, parse_russian_words  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "ud"
TREEBANKS = [DATA / "ru_gsd-ud-test.conllu", DATA / "ru_taiga-ud-test.conllu"]
DOCUMENT_SENTENCES = 20


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


def speed(sentences: list[GoldSentence], vocab: spacy.vocab.Vocab) -> dict[str, float]:
    """parse_russian over raw text (its own tokenisation), documents of DOCUMENT_SENTENCES."""
    documents = [
        " ".join(s.text for s in sentences[start : start + DOCUMENT_SENTENCES])
        for start in range(0, len(sentences), DOCUMENT_SENTENCES)
    ]
    words = 0
    began, began_cpu = time.perf_counter(), time.process_time()
    for document in documents:
        words += sum(1 for token in parse_russian(document, vocab) if not token.is_space)
    seconds, cpu = time.perf_counter() - began, time.process_time() - began_cpu
    size = sum(len(document.encode("utf-8")) for document in documents)
    return {  # CPU time is the fairer clock on a shared machine; wall time is reported too
        "words/s": round(words / cpu),
        "KB/s": round(size / 1000 / cpu, 1),
        "cpu-seconds": round(cpu, 2),
        "wall-seconds": round(seconds, 2),
    }


def natasha_speed(sentences: list[GoldSentence]) -> dict[str, float]:
    """The peer: natasha's own Doc pipeline (segment, tag, parse, lemmatise) on the same documents.

    natasha lemmatises with pymorphy2, whose parsing still runs on Python 3.11 (only its unit
    ``repr`` calls the removed ``inspect.getargspec``); imported here only, never by blocgraph.
    """
    import natasha

    segmenter, vocab = natasha.Segmenter(), natasha.MorphVocab()
    embedding = natasha.NewsEmbedding()
    tagger, parser = natasha.NewsMorphTagger(embedding), natasha.NewsSyntaxParser(embedding)
    documents = [
        " ".join(s.text for s in sentences[start : start + DOCUMENT_SENTENCES])
        for start in range(0, len(sentences), DOCUMENT_SENTENCES)
    ]
    words = 0
    began = time.process_time()
    for text in documents:
        doc = natasha.Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(tagger)
        doc.parse_syntax(parser)
        for token in doc.tokens:
            token.lemmatize(vocab)
        words += len(doc.tokens)
    cpu = time.process_time() - began
    return {"natasha words/s": round(words / cpu)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("treebanks", nargs="*", type=Path, default=TREEBANKS)
    parser.add_argument("--limit", type=int, default=0, help="first N sentences only")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--peer", action="store_true", help="also time natasha's own pipeline")
    args = parser.parse_args()
    vocab = spacy.blank("ru").vocab
    parse_russian("Модели загружаются до замера.", vocab)  # load outside the clock
    report = {}
    for path in args.treebanks:
        sentences = list(read_conllu(path))
        if args.limit:
            sentences = sentences[: args.limit]
        scores = Scores()
        for sentence in sentences:
            scores.add(sentence, vocab)
        figures = {"sentences": scores.sentences, "words": scores.words, **scores.rates()}
        figures.update(speed(sentences, vocab))
        if args.peer:
            figures.update(natasha_speed(sentences))
            figures["speed ratio"] = round(figures["words/s"] / figures["natasha words/s"], 2)
        report[path.name] = figures
        print(path.name, json.dumps(figures, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
