"""Benchmark of the text extractor: throughput in KB of text per second per core.

Three runs over real text (the gold set's texts and the seed, which are about the bodies the
extractor knows, so the rules fire as they do in use):

1. one process, the texts one by one (KB/s on one core);
2. corpus mode — a folder of 2,000 files (the texts repeated, each file made distinct) — over
   every core, with the same code path as ``blocgraph extract FOLDER`` (KB/s per core, and
   the parallel speed-up over run 1);
3. one 50 MB file (the texts repeated): time and peak memory of ``blocgraph extract``.

Run: ``python -m bench.extract [--files N] [--big-mb M]`` (or ``make bench``). Prints a Markdown
table and writes it to ``bench/extract-results.md``.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from blocgraph.config import PROJECT_ROOT
from blocgraph.extract import Extractor, Skipped, extract_files, input_files, read_text

RESULTS = Path(__file__).with_name("extract-results.md")
GOLD = PROJECT_ROOT / "tests" / "extract" / "gold"
DATA = PROJECT_ROOT / "data"


def texts() -> list[str]:
    """The benchmark's real texts: the seeds and every gold text."""
    files = sorted(GOLD.glob("*.txt")) + sorted((PROJECT_ROOT / "seeds").glob("*.txt"))
    return [read_text(f) for f in files]


def single_process(extractor: Extractor, corpus: list[str], repeat: int) -> tuple[float, int]:
    """Seconds and bytes for extracting ``corpus`` ``repeat`` times in this process."""
    size = sum(len(t.encode()) for t in corpus) * repeat
    start = time.perf_counter()
    for _ in range(repeat):
        for text in corpus:
            extractor.extract(text)
    return time.perf_counter() - start, size


def write_corpus(folder: Path, corpus: list[str], files: int) -> int:
    """``files`` distinct files cycling through ``corpus``; their total size in bytes."""
    size = 0
    for i in range(files):
        text = corpus[i % len(corpus)] + f"\n\nFile {i}.\n"
        (folder / f"doc-{i:05d}.txt").write_text(text, encoding="utf-8")
        size += len(text.encode())
    return size


def corpus_mode(folder: Path, workers: int) -> tuple[float, int, int]:
    """Seconds, documents and statements for the corpus mode over ``folder``."""
    files = input_files([folder])
    start = time.perf_counter()
    docs = statements = 0
    for result in extract_files(files, DATA, workers=workers):
        if not isinstance(result, Skipped):
            docs += 1
            statements += len(result.statements)
    return time.perf_counter() - start, docs, statements


def big_file(path: Path) -> tuple[float, float, str]:
    """Seconds and peak RSS (MB) of ``blocgraph extract BIG --format nquads`` in a child
    process (N-Quads are written as they are made, never held), and what it reported."""
    command = [
        str(Path(sys.executable).with_name("blocgraph")),
        "extract",
        str(path),
        "--format",
        "nquads",
        "--out",
        str(path.with_suffix(".nq")),
        "--no-progress",
    ]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out = path.with_suffix(".nq")
    size = out.stat().st_size / 1e9 if out.exists() else 0.0
    status = f"exit {done.returncode}, {size:.1f} GB of N-Quads" + (
        f": {done.stderr.strip()[-200:]}" if done.stderr else ""
    )
    out.unlink(missing_ok=True)
    return seconds, peak, status


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=2000, help="files in the corpus run")
    parser.add_argument("--big-mb", type=int, default=50, help="size of the big file (MB)")
    parser.add_argument("--repeat", type=int, default=20, help="passes in the single run")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    corpus = texts()
    start = time.perf_counter()
    extractor = Extractor.from_data(DATA)
    setup = time.perf_counter() - start
    single_s, single_bytes = single_process(extractor, corpus, args.repeat)
    single_kbs = single_bytes / 1024 / single_s
    rows = [
        ("extractor set-up (gazetteer, spaCy blank pipeline)", f"{setup * 1000:.0f} ms", ""),
        (
            f"one process: {len(corpus)} texts × {args.repeat}",
            f"{single_s:.2f} s",
            f"{single_kbs:.0f} KB/s on 1 core",
        ),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        size = write_corpus(folder, corpus, args.files)
        seconds, docs, statements = corpus_mode(folder, cores)
        per_core = size / 1024 / seconds / cores
        rows.append(
            (
                f"corpus mode: {docs} files, {size / 1e6:.1f} MB, {cores} workers",
                f"{seconds:.2f} s",
                f"{per_core:.0f} KB/s per core ({size / 1024 / seconds:.0f} KB/s total; "
                f"speed-up {size / seconds / (single_bytes / single_s):.2f}× on {cores} cores; "
                f"{statements} statements)",
            )
        )
        big = Path(tmp) / "big.txt"
        with big.open("w", encoding="utf-8") as stream:
            written = 0
            i = 0
            while written < args.big_mb * 1_000_000:
                chunk = corpus[i % len(corpus)] + "\n\n"
                stream.write(chunk)
                written += len(chunk.encode())
                i += 1
        seconds, peak, status = big_file(big)
        rows.append(
            (
                f"one {written / 1e6:.0f} MB file (`blocgraph extract --format nquads`)",
                f"{seconds:.1f} s",
                f"{written / 1024 / seconds:.0f} KB/s; peak RSS {peak:.0f} MB; {status}",
            )
        )
    load = os.getloadavg()[0]
    table = [
        "# Extraction throughput",
        "",
        f"Machine: {platform.machine()}, {cores} cores, Python {platform.python_version()}; "
        f"load average before the last run {load:.2f}. Text: the seeds and the gold set's "
        f"{len(corpus) - 1} texts ({sum(len(t) for t in corpus) / 1024:.0f} KB).",
        "",
        "| run | time | throughput |",
        "|---|---|---|",
        *[f"| {a} | {b} | {c} |" for a, b, c in rows],
        "",
    ]
    output = "\n".join(table)
    print(output)
    RESULTS.write_text(output, encoding="utf-8")


if __name__ == "__main__":
    main()
