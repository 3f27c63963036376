"""The Russian tagger and parser: slovnet's news models and navec embeddings, shipped by natasha.

The weights are files inside the ``natasha`` wheel (``natasha/data``: ``slovnet_morph_news_v1``,
``slovnet_syntax_news_v1``, ``navec_news_v1_1B_250K_300d_100q``; MIT, trained on news and
SynTagRus). They are found on disk without importing ``natasha`` itself, which would pull in
pymorphy2 (broken on Python 3.11), yargy and ipymarkup; slovnet runs them with numpy alone. Nothing
is downloaded.

The parser's head choice is re-decoded from its scores so that every sentence is one tree
(:func:`repair_heads`), and the relation labels are then predicted for those heads.
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Container, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from threadpoolctl import ThreadpoolController

from blocgraph.extract.syntax._tree_repair import repair_heads

NATASHA_VERSION = "1.6.0"  # the wheel whose data files these paths name
EMBEDDING = "emb/navec_news_v1_1B_250K_300d_100q.tar"
MORPH = "model/slovnet_morph_news_v1.tar"
SYNTAX = "model/slovnet_syntax_news_v1.tar"
MODEL_WORD_CHARS = 64  # the models see at most this much of a word (shape + lowercase lookup)
BATCH_SIZE = 32
_SPECIAL = frozenset({"<pad>", "<unk>"})  # vocabulary entries a word must not collide with


class RussianModelsMissing(RuntimeError):
    """The ``natasha`` package (which carries the model files) is not installed."""


@dataclass(frozen=True, slots=True)
class WordAnalysis:
    """What the models say about one word of a sentence.

    ``head`` is the 0-based index of the head word in the same sentence, or -1 for the root.
    """

    pos: str
    feats: str
    head: int
    dep: str


def data_dir() -> Path:
    """Where natasha's model files are, without importing natasha."""
    spec = importlib.util.find_spec("natasha")
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    if not locations:
        raise RussianModelsMissing(
            "the Russian models come with the natasha package: "
            f"pip install natasha=={NATASHA_VERSION}"
        )
    return Path(locations[0]) / "data"


class RussianModels:
    """slovnet morphology and syntax over shared navec embeddings; load once, :meth:`analyse`."""

    def __init__(self, directory: Path | None = None) -> None:
        from navec import Navec
        from slovnet import Morph, Syntax

        directory = directory or data_dir()
        for name in (EMBEDDING, MORPH, SYNTAX):
            if not (directory / name).is_file():
                raise RussianModelsMissing(f"missing model file {directory / name}")
        # one BLAS thread: the matrices are small, and OpenBLAS's spinning threads make each call
        # 50x slower when the cores are busy (measured: a 5,000-line text, 33 s → 0.6 s)
        self._threads = ThreadpoolController()
        navec = Navec.load(str(directory / EMBEDDING))
        self._known: Container[str] = navec.vocab.word_ids
        self._morph: Any = Morph.load(str(directory / MORPH), batch_size=BATCH_SIZE).navec(navec)
        self._syntax: Any = Syntax.load(str(directory / SYNTAX), batch_size=BATCH_SIZE).navec(navec)

    def analyse(self, sentences: Sequence[Sequence[str]]) -> list[list[WordAnalysis]]:
        """Tag and parse sentences given as lists of words (each non-empty, no cap applied here)."""
        with self._threads.limit(limits=1, user_api="blas"):
            return self._analyse(sentences)

    def _analyse(self, sentences: Sequence[Sequence[str]]) -> list[list[WordAnalysis]]:
        inputs = [[_model_word(word, self._known) for word in sentence] for sentence in sentences]
        order = sorted(range(len(inputs)), key=lambda index: len(inputs[index]))
        results: list[list[WordAnalysis]] = [[] for _ in inputs]
        for start in range(0, len(order), BATCH_SIZE):
            batch_ids = order[start : start + BATCH_SIZE]
            batch = [inputs[index] for index in batch_ids if inputs[index]]
            if not batch:
                continue
            tags = list(self._morph.infer(batch))
            trees = self._parse(batch)
            for index, markup, (heads, deps) in zip(
                (i for i in batch_ids if inputs[i]), tags, trees, strict=True
            ):
                results[index] = [
                    WordAnalysis(token.pos, _feats(token.feats), head - 1, dep)
                    for token, head, dep in zip(markup.tokens, heads, deps, strict=True)
                ]
        return results

    def _parse(self, batch: list[list[str]]) -> list[tuple[list[int], list[str]]]:
        infer = self._syntax.infer
        model = infer.model
        rels_vocab = infer.decoder.rels_vocab
        trees: list[tuple[list[int], list[str]]] = []
        for encoded in infer.encoder(batch):  # the encoder batches by BATCH_SIZE too: one pass
            sizes = [len(batch[len(trees) + row]) for row in range(encoded.word_id.shape[0])]
            hidden = model.encoder(model.emb(encoded.word_id, encoded.shape_id), encoded.pad_mask)
            scores = model.head(hidden)  # batch × words × (root + words)
            heads = np.zeros(encoded.word_id.shape, dtype=np.int_)
            for row, size in enumerate(sizes):
                heads[row, :size] = repair_heads(scores[row, :size, : size + 1])
            labels = model.rel(hidden, heads).argmax(-1)
            for row, size in enumerate(sizes):
                row_heads = [int(h) for h in heads[row, :size]]
                deps = [
                    _dep(rels_vocab.decode(int(label)), head)
                    for label, head in zip(labels[row, :size], row_heads, strict=True)
                ]
                trees.append((row_heads, deps))
        return trees


def _model_word(word: str, known: Container[str]) -> str:
    """The word as the models read it: a hyphenated compound the embeddings do not know
    ("Странами-наблюдателями", "страна-партнер") as its last part, which carries its case and
    number ("Наблюдателями"), the first letter's case kept.

    >>> _model_word("Странами-наблюдателями", {"наблюдателями"})
    'Наблюдателями'
    >>> _model_word("государства-члены", {"государства-члены", "члены"})
    'государства-члены'
    """
    word = word[:MODEL_WORD_CHARS]
    if not word or word.lower() in _SPECIAL:
        return "<unk>"
    head, _, last = word.rpartition("-")
    compound = head and last.isalpha() and head.replace("-", "").isalpha()
    if compound and word.lower() not in known and last.lower() in known:
        return last[:1].upper() + last[1:] if word[:1].isupper() else last
    return word


def _feats(feats: dict[str, str]) -> str:
    return "|".join(f"{key}={value}" for key, value in sorted(feats.items()))


def _dep(label: str, head: int) -> str:
    """UD relation for a word: "root" only for the root, never a vocabulary placeholder."""
    if head == 0:
        return "root"
    if label == "root" or label.startswith("<"):
        return "dep"
    return label


_lock = threading.Lock()
_models: RussianModels | None = None


def russian_models() -> RussianModels:
    """The process-wide models, loaded on first use (about 2 s, 60 MB)."""
    global _models  # loaded lazily so that commands which never parse Russian pay nothing
    with _lock:
        if _models is None:
            _models = RussianModels()
        return _models
