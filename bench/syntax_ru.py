"""Benchmark of the Russian syntax adapter against natasha's own pipeline, one thread.

Both do the same work on the same raw text — sentences and tokens (razdel), morphology and
syntax (slovnet's news models over navec), lemmas (pymorphy) — blocgraph's
:func:`~blocgraph.extract.syntax.russian.parse_russian` then builds a spaCy ``Doc`` and re-decodes
ill-formed trees, natasha fills its own ``Doc``. Text: the raw sentences (``# text``) of the UD
Russian-GSD and Taiga test files shipped in ``tests/data/ud/``, in documents of 20 sentences.
Models are loaded before the clock starts; the two run alternately ``--rounds`` times and the
best round of each counts (CPU seconds of this process: the machine may be shared). BLAS is held
to one thread.

Run: ``python -m bench.syntax_ru [--rounds N]`` (or ``make bench``). Prints a Markdown table and
writes it to ``bench/syntax-ru-results.md``.
"""

from __future__ import annotations

import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_variable] = "1"  # one thread: set before numpy is imported

import argparse  # noqa: E402
import platform  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402

from blocgraph.config import PROJECT_ROOT  # noqa: E402
from blocgraph.extract.syntax.russian import parse_russian  # noqa: E402

RESULTS = Path(__file__).with_name("syntax-ru-results.md")
TREEBANKS = [
    PROJECT_ROOT / "tests" / "data" / "ud" / "ru_gsd-ud-test.conllu",
    PROJECT_ROOT / "tests" / "data" / "ud" / "ru_taiga-ud-test.conllu",
]
DOCUMENT_SENTENCES = 20


def documents(path: Path) -> list[str]:
    """The treebank's raw sentences joined into documents of DOCUMENT_SENTENCES."""
    prefix = "# text = "
    with path.open(encoding="utf-8") as lines:
        sentences = [line[len(prefix) :].strip() for line in lines if line.startswith(prefix)]
    return [
        " ".join(sentences[start : start + DOCUMENT_SENTENCES])
        for start in range(0, len(sentences), DOCUMENT_SENTENCES)
    ]


def blocgraph_runner() -> Callable[[str], int]:
    """parse_russian on one document; returns its number of (non-space) tokens."""
    vocab = spacy.blank("ru").vocab
    parse_russian("Модели загружаются до замера.", vocab)
    return lambda text: sum(1 for token in parse_russian(text, vocab) if not token.is_space)


def natasha_runner() -> Callable[[str], int]:
    """natasha's Doc pipeline (segment, tag, parse, lemmatise) on one document.

    natasha lemmatises with pymorphy2, whose parsing still runs on Python 3.11 (only its units'
    ``repr`` calls the removed ``inspect.getargspec``); imported here only, never by blocgraph.
    """
    import natasha

    segmenter, vocab = natasha.Segmenter(), natasha.MorphVocab()
    embedding = natasha.NewsEmbedding()
    tagger, parser = natasha.NewsMorphTagger(embedding), natasha.NewsSyntaxParser(embedding)

    def run(text: str) -> int:
        doc = natasha.Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(tagger)
        doc.parse_syntax(parser)
        for token in doc.tokens:
            token.lemmatize(vocab)
        return len(doc.tokens)

    run("Модели загружаются до замера.")
    return run


def timed(run: Callable[[str], int], texts: list[str]) -> tuple[float, float, int]:
    """CPU seconds, wall seconds and tokens for one pass over ``texts``."""
    cpu, wall = time.process_time(), time.perf_counter()
    tokens = sum(run(text) for text in texts)
    return time.process_time() - cpu, time.perf_counter() - wall, tokens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    runners = {"blocgraph": blocgraph_runner(), "natasha 1.6.0": natasha_runner()}
    rows = []
    for path in TREEBANKS:
        texts = documents(path)
        size = sum(len(text.encode("utf-8")) for text in texts)
        best: dict[str, tuple[float, float, int]] = {}
        for _ in range(args.rounds):
            for name, run in runners.items():
                result = timed(run, texts)
                if name not in best or result[0] < best[name][0]:
                    best[name] = result
        ours, peer = best["blocgraph"], best["natasha 1.6.0"]
        for name, (cpu, wall, tokens) in best.items():
            rows.append(
                f"| {path.name} | {name} | {tokens:,} | {size / 1000:,.0f} | {cpu:.2f} "
                f"| {wall:.2f} | {tokens / cpu:,.0f} | {size / 1000 / cpu:.1f} |"
            )
        rows.append(
            f"| {path.name} | ratio blocgraph / natasha (words/s) | | | | | "
            f"**{(ours[2] / ours[0]) / (peer[2] / peer[0]):.2f}** | |"
        )
    table = "\n".join(
        [
            "| text | pipeline | tokens | KB | CPU s | wall s | words/s | KB/s |",
            "|---|---|---|---|---|---|---|---|",
            *rows,
        ]
    )
    report = (
        "# Russian syntax: blocgraph vs natasha (one thread)\n\n"
        f"`python -m bench.syntax_ru --rounds {args.rounds}`; best of {args.rounds} alternating "
        f"rounds, CPU seconds of the process; {platform.machine()}, {os.cpu_count()} cores "
        f"(shared), Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}.\n\n"
        f"{table}\n"
    )
    RESULTS.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
