"""Corpus mode: many files extracted in parallel over the cores, unreadable ones reported and
skipped, results in input order.

Example:
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Iran joined the SCO in 2023.")
    >>> _ = (folder / "b.bin").write_bytes(bytes([0, 159, 146, 150]))
    >>> [p.name for p in input_files([folder])]
    ['a.txt', 'b.bin']
    >>> read_text(folder / "b.bin")
    Traceback (most recent call last):
    ...
    blocgraph.extract._corpus.UnreadableText: binary file (NUL byte at offset 0)
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tqdm import tqdm

from blocgraph.extract._model import Extraction

_SNIFF_BYTES = 8192


class UnreadableText(ValueError):
    """A file that is not UTF-8 text (binary, another encoding, unreadable)."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file left out of the extraction, and why."""

    path: Path
    reason: str


def decode_text(data: bytes) -> str:
    """UTF-8 text from ``data`` (a leading byte-order mark is dropped).

    Raises:
        UnreadableText: NUL bytes (binary) or bytes that are not UTF-8; the message says where.
    """
    nul = data.find(b"\x00", 0, _SNIFF_BYTES)
    if nul >= 0:
        raise UnreadableText(f"binary file (NUL byte at offset {nul})")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 1].hex()
        raise UnreadableText(
            f"not UTF-8 text (byte 0x{bad} at offset {error.start}); convert it first, "
            "e.g. iconv -f WINDOWS-1251 -t UTF-8"
        ) from None


def read_text(path: Path) -> str:
    """The UTF-8 text of ``path``.

    Raises:
        UnreadableText: the file cannot be read or is not UTF-8 text.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableText(f"cannot read: {error.strerror or error}") from None
    return decode_text(data)


def input_files(paths: Iterable[Path]) -> list[Path]:
    """The files to extract: each file given, and every file under each folder given (hidden
    files and folders left out), sorted within a folder.

    Raises:
        FileNotFoundError: a path does not exist.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(Path(root) / n for n in sorted(names) if not n.startswith("."))
        elif path.exists():
            files.append(path)
        else:
            raise FileNotFoundError(f"{path}: no such file or folder")
    return files


# --- worker processes --------------------------------------------------------------------------

_worker_extractor = None
_worker_lang = "auto"


def _init_worker(data_dir: Path, lang: str = "auto") -> None:
    global _worker_extractor, _worker_lang
    from blocgraph.extract import Extractor

    _worker_extractor = Extractor.from_data(data_dir)
    _worker_lang = lang


def _extract_one(path: Path) -> tuple[Path, Extraction | Skipped, int]:
    assert _worker_extractor is not None
    try:
        text = read_text(path)
    except UnreadableText as error:
        return path, Skipped(path, str(error)), 0
    extraction = _worker_extractor.extract(text, path=str(path), lang=_worker_lang)
    return path, extraction, len(text.encode("utf-8"))


def extract_files(
    files: Sequence[Path],
    data_dir: Path,
    *,
    workers: int | None = None,
    progress: bool = False,
    lang: str = "auto",
) -> Iterator[Extraction | Skipped]:
    """Extract every file, in input order, in ``workers`` processes (default: one per core).

    Parameters:
        files: the files (see :func:`input_files`).
        data_dir: the curated data the extractor's linker reads.
        workers: processes; 1 extracts in this process.
        progress: show a progress bar (files and MB) on standard error.
        lang: ``auto`` (detect each file's language), ``en`` or ``ru``.

    Yields:
        An :class:`Extraction` per readable file, a :class:`Skipped` per unreadable one.
    """
    workers = max(1, min(workers or os.cpu_count() or 1, len(files) or 1))
    bar = tqdm(total=len(files), unit="file", disable=not progress, dynamic_ncols=True)
    try:
        if workers == 1:
            _init_worker(data_dir, lang)
            results: Iterable[tuple[Path, Extraction | Skipped, int]] = map(_extract_one, files)
            yield from _with_progress(results, bar)
            return
        context = multiprocessing.get_context("forkserver")
        with context.Pool(workers, initializer=_init_worker, initargs=(data_dir, lang)) as pool:
            chunk = max(1, min(16, len(files) // (workers * 8)))
            yield from _with_progress(pool.imap(_extract_one, files, chunksize=chunk), bar)
    finally:
        bar.close()


def _with_progress(
    results: Iterable[tuple[Path, Extraction | Skipped, int]], bar: Any
) -> Iterator[Extraction | Skipped]:
    total = 0
    for _path, result, size in results:
        total += size
        bar.update(1)
        bar.set_postfix_str(f"{total / 1e6:.1f} MB", refresh=False)
        yield result
