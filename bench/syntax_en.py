"""Benchmark of the English syntax pipeline: words and KB of text per second on one thread.

Texts: the raw text of the UD English-EWT test split in documents of ten sentences (the
committed ``models/data``), and the extraction gold set's English texts (the project's genre).
Pipelines, side by side on the same texts:

* **shipped** — ``models/en_blocgraph_ewt`` (what ``load_english()`` returns);
* **peer** — spaCy's own CPU default, the architecture ``spacy init config -o efficiency``
  writes for the same components (tok2vec width 96 × depth 4, parser hidden width 128 ×
  3 maxout pieces; the size of ``en_core_web_sm``), initialised with the same treebank's labels
  but not trained: a pipeline's speed does not depend on its weights' values (every document
  takes the same 2n parser transitions), and training it would cost an hour of CPU;
* **tokenizer only** — ``spacy.blank("en")``, the floor every spaCy pipeline pays.

Each is timed as CPU time of this process (``time.process_time``; the machine is shared, so
wall time would measure the neighbours), best of ``--repeat`` passes, one thread.

Run: ``python -m bench.syntax_en [--repeat N]``. Prints a Markdown table and writes it to
``bench/syntax-en-results.md``.
"""

from __future__ import annotations

import argparse
import lzma
import os
import platform
import tempfile
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any, cast

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one thread, NumPy's BLAS included

import spacy
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc, DocBin
from spacy.training.converters.conllu_to_docs import conllu_to_docs
from spacy.training.initialize import init_nlp
from spacy.util import load_config

from blocgraph.config import PROJECT_ROOT
from blocgraph.extract.syntax.english import load_english

RESULTS = Path(__file__).with_name("syntax-en-results.md")
DATA = PROJECT_ROOT / "models" / "data"
GOLD = PROJECT_ROOT / "tests" / "extract" / "gold"
CONFIG = PROJECT_ROOT / "models" / "en_ewt.cfg"
PEER = {
    "components.tok2vec.model.encode.width": 96,
    "components.tok2vec.model.encode.depth": 4,
    "components.tok2vec.model.encode.maxout_pieces": 3,
    "components.parser.model.hidden_width": 128,
    "components.parser.model.maxout_pieces": 3,
}


def ewt_texts() -> list[str]:
    """The EWT test split's raw text, ten sentences per document."""
    raw = lzma.decompress((DATA / "en_ewt-ud-test.conllu.xz").read_bytes()).decode("utf-8")
    sentences = [line[9:] for line in raw.splitlines() if line.startswith("# text = ")]
    return [" ".join(sentences[i : i + 10]) for i in range(0, len(sentences), 10)]


def gold_texts() -> list[str]:
    """The English texts of the extraction gold set (header lines dropped)."""
    texts = []
    for path in sorted(GOLD.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        body = "\n".join(line for line in lines if not line.startswith("# "))
        if not any("\u0400" <= ch <= "\u04ff" for ch in body[:2000]):
            texts.append(body)
    return texts


def peer_pipeline(tmp: Path) -> Language:
    """spaCy's efficiency architecture with this treebank's labels (4,000 training sentences)."""
    raw = lzma.decompress((DATA / "en_ewt-ud-train.conllu.xz").read_bytes()).decode("utf-8")
    sample = "\n\n".join(raw.strip().split("\n\n")[:4000]) + "\n"
    corpus = tmp / "sample.spacy"
    docs = conllu_to_docs(sample, n_sents=10, no_print=True)  # type: ignore[no-untyped-call]
    DocBin(docs=list(docs)).to_disk(corpus)
    overrides: dict[str, object] = {**PEER, "paths.train": str(corpus), "paths.dev": str(corpus)}
    return init_nlp(load_config(CONFIG, overrides=overrides, interpolate=False))


def best_cpu_seconds(run: Callable[[], object], repeat: int) -> float:
    """The least process CPU time of ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def throughput(nlp: Language, texts: list[str], repeat: int) -> tuple[int, float]:
    """Words and best CPU seconds for ``nlp.pipe`` over ``texts``."""
    words = sum(len(nlp.make_doc(text)) for text in texts)
    return words, best_cpu_seconds(lambda: list(nlp.pipe(texts)), repeat)


def per_component(nlp: Language, texts: list[str], repeat: int) -> dict[str, float]:
    """Words per second of each component alone (tokenizer included)."""
    tokenizer: Any = nlp.tokenizer  # spaCy's Cython Tokenizer (no stubs)
    docs: list[Doc] = list(tokenizer.pipe(texts))
    words = sum(len(doc) for doc in docs)
    speeds = {"tokenizer": words / best_cpu_seconds(lambda: list(tokenizer.pipe(texts)), repeat)}
    for name, component in nlp.pipeline:
        proc = cast(TrainablePipe, component)
        inputs = [doc.copy() for doc in docs]
        seconds = best_cpu_seconds(lambda p=proc, d=inputs: list(p.pipe(d)), repeat)  # type: ignore[misc]
        speeds[name] = words / seconds
        docs = list(proc.pipe(docs))
    return speeds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="passes; the best one counts")
    args = parser.parse_args()
    shipped = load_english()
    with tempfile.TemporaryDirectory() as tmp:
        peer = peer_pipeline(Path(tmp))
    blank = spacy.blank("en")
    corpora = {"EWT test (raw text)": ewt_texts(), "gold-set English texts": gold_texts()}
    rows = []
    for corpus_name, texts in corpora.items():
        size_kb = sum(len(t.encode()) for t in texts) / 1024
        results = {}
        for name, nlp in (("shipped", shipped), ("peer", peer), ("tokenizer only", blank)):
            words, seconds = throughput(nlp, texts, args.repeat)
            results[name] = words / seconds
            rows.append(
                f"| {corpus_name} | {name} | {words:,} | {seconds:.2f} | "
                f"{words / seconds:,.0f} | {size_kb / seconds:,.0f} |"
            )
        rows.append(
            f"| {corpus_name} | shipped ÷ peer | | | "
            f"**{results['shipped'] / results['peer']:.2f}×** | |"
        )
    components = per_component(shipped, corpora["EWT test (raw text)"], args.repeat)
    load = os.getloadavg()[0]
    lines = [
        "# English syntax pipeline throughput",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores (shared), Python "
        f"{platform.python_version()}, spaCy {version('spacy')}; one thread; CPU time of this "
        f"process, best of {args.repeat}; load average at the end {load:.2f}.",
        "",
        "| text | pipeline | words | CPU s | words/s | KB/s |",
        "|---|---|--:|--:|--:|--:|",
        *rows,
        "",
        "Shipped pipeline, each component alone on the EWT test text (words/s): "
        + ", ".join(f"{name} {speed:,.0f}" for name, speed in components.items())
        + ".",
        "",
    ]
    output = "\n".join(lines)
    print(output)
    RESULTS.write_text(output, encoding="utf-8")


if __name__ == "__main__":
    main()
