"""Corpus mode: which bytes are text, which files a folder gives, and many files extracted in
worker processes with the unreadable ones reported and skipped, in input order; a 50 MB file
through ``blocgraph extract --format nquads --out``."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from blocgraph.config import PROJECT_ROOT
from blocgraph.extract._corpus import (
    Skipped,
    UnreadableText,
    decode_text,
    extract_files,
    input_files,
    read_text,
)
from blocgraph.extract._model import Extraction, document_iri

DATA_DIR = PROJECT_ROOT / "data"
SENTENCE = "Iran joined the Shanghai Cooperation Organisation in 2023."

# --- decode_text / read_text ------------------------------------------------------------------


def test_utf8_text_decodes() -> None:
    text = "Россия и Казахстан — члены ЕАЭС. Iran joined the SCO."
    assert decode_text(text.encode("utf-8")) == text


def test_byte_order_mark_is_dropped() -> None:
    assert decode_text(b"\xef\xbb\xbf" + SENTENCE.encode()) == SENTENCE


def test_empty_bytes_are_empty_text(tmp_path: Path) -> None:
    assert decode_text(b"") == ""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert read_text(empty) == ""


@pytest.mark.parametrize("data", [b"\x00", b"PK\x03\x04\x14\x00\x00\x00", b"abc" * 100 + b"\x00"])
def test_nul_bytes_mean_binary(data: bytes) -> None:
    with pytest.raises(UnreadableText, match=r"binary file \(NUL byte at offset \d+\)"):
        decode_text(data)


def test_nul_offset_is_reported() -> None:
    with pytest.raises(UnreadableText, match="offset 300"):
        decode_text(b"a" * 300 + b"\x00")


def test_utf16_is_refused_not_garbled() -> None:
    with pytest.raises(UnreadableText):
        decode_text(SENTENCE.encode("utf-16"))


@pytest.mark.parametrize(
    ("text", "encoding", "offset", "byte"),
    [
        ("Die Türkei ist Mitglied der NATO.", "latin-1", 5, "fc"),
        ("Россия — член ОДКБ.", "windows-1251", 0, "d0"),
    ],
)
def test_other_encodings_are_refused_with_where(
    text: str, encoding: str, offset: int, byte: str
) -> None:
    data = text.encode(encoding)
    with pytest.raises(UnreadableText) as caught:
        decode_text(data)
    message = str(caught.value)
    assert "not UTF-8" in message
    assert f"offset {offset}" in message
    assert f"0x{byte}" in message
    assert "iconv" in message  # says how to convert


def test_read_text_of_a_folder_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UnreadableText, match="cannot read"):
        read_text(tmp_path)


def test_read_text_of_a_dangling_link_is_unreadable(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(UnreadableText, match="cannot read"):
        read_text(link)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_read_text_without_permission_is_unreadable(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(SENTENCE, encoding="utf-8")
    locked.chmod(0)
    try:
        with pytest.raises(UnreadableText, match="cannot read: Permission denied"):
            read_text(locked)
    finally:
        locked.chmod(0o644)


# --- input_files ------------------------------------------------------------------------------


def _tree(root: Path) -> None:
    for relative in (
        "b.txt",
        "a.txt",
        "sub/c.txt",
        "sub/deeper/d.txt",
        "sub/.hidden.txt",
        ".git/config",
        ".hidden.txt",
        "z/e.md",
    ):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(SENTENCE, encoding="utf-8")


def test_folders_give_their_files_sorted_without_hidden_ones(tmp_path: Path) -> None:
    _tree(tmp_path)
    files = [p.relative_to(tmp_path).as_posix() for p in input_files([tmp_path])]
    assert files == ["a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt", "z/e.md"]


def test_paths_keep_the_order_given(tmp_path: Path) -> None:
    _tree(tmp_path)
    files = input_files([tmp_path / "z", tmp_path / "b.txt", tmp_path / "sub" / "deeper"])
    assert [p.name for p in files] == ["e.md", "b.txt", "d.txt"]


def test_a_hidden_file_named_explicitly_is_kept(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert input_files([tmp_path / ".hidden.txt"]) == [tmp_path / ".hidden.txt"]


def test_missing_path_raises(tmp_path: Path) -> None:
    _tree(tmp_path)
    with pytest.raises(FileNotFoundError, match="nowhere"):
        input_files([tmp_path / "a.txt", tmp_path / "nowhere"])


def test_empty_folder_gives_no_files(tmp_path: Path) -> None:
    assert input_files([tmp_path]) == []


# --- extract_files ----------------------------------------------------------------------------

SENTENCES = [
    "Iran joined the SCO in 2023.",
    "Kazakhstan is a member of the Eurasian Economic Union.",
    "Mongolia is an observer of the SCO.",
    "Armenia froze its participation in the CSTO in 2024.",
    "Uzbekistan withdrew from the CSTO in 2012.",
    "Russian Foreign Minister Sergey Lavrov said that Russia will create a Greater Eurasian "
    "Partnership.",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """50 files in nested folders: 48 texts (each different), one binary, one Windows-1251."""
    root = tmp_path_factory.mktemp("corpus")
    files = []
    for number in range(48):
        folder = root / f"part{number // 10}"
        folder.mkdir(exist_ok=True)
        path = folder / f"doc{number:02d}.txt"
        text = f"# date: 2026-01-{number % 28 + 1:02d}\nDocument {number}. " + " ".join(
            SENTENCES[(number + k) % len(SENTENCES)] for k in range(3)
        )
        path.write_text(text, encoding="utf-8")
        files.append(path)
    binary = root / "part2" / "doc20a.pdf"
    binary.write_bytes(b"%PDF-1.4\n\x00\x01\x02\xff" * 50)
    cyrillic = root / "part3" / "doc30a.txt"
    cyrillic.write_bytes("Россия и Казахстан — члены ЕАЭС.".encode("windows-1251"))
    return input_files([root])


def _results(files: list[Path], workers: int) -> list[Extraction | Skipped]:
    return list(extract_files(files, DATA_DIR, workers=workers))


def test_two_workers_keep_input_order_and_skip_unreadable(corpus: list[Path]) -> None:
    assert len(corpus) == 50
    results = _results(corpus, workers=2)
    assert len(results) == len(corpus)
    for path, result in zip(corpus, results, strict=True):
        if isinstance(result, Skipped):
            assert result.path == path
        else:
            assert result.path == str(path)
            text = path.read_text(encoding="utf-8")
            assert result.document == document_iri(text)
            assert result.text == text
    skipped = {r.path.name: r.reason for r in results if isinstance(r, Skipped)}
    assert set(skipped) == {"doc20a.pdf", "doc30a.txt"}
    assert skipped["doc20a.pdf"].startswith("binary file")
    assert "not UTF-8" in skipped["doc30a.txt"]
    extracted = [r for r in results if isinstance(r, Extraction)]
    assert len(extracted) == 48
    # the plumbing carries what the extractor finds: every document names Iran or the SCO …
    assert all(r.mentions for r in extracted)
    # … and its header
    assert all(r.date and r.date.startswith("2026-01-") for r in extracted)


def test_one_worker_gives_the_same_results_as_two(corpus: list[Path]) -> None:
    subset = corpus[:12]
    one = [r.to_json() if isinstance(r, Extraction) else r for r in _results(subset, 1)]
    two = [r.to_json() if isinstance(r, Extraction) else r for r in _results(subset, 2)]
    assert one == two


def test_only_unreadable_files_give_only_skipped(tmp_path: Path) -> None:
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\x01")
    assert _results([bad], workers=2) == [Skipped(bad, "binary file (NUL byte at offset 0)")]


def test_no_files_give_no_results() -> None:
    assert _results([], workers=2) == []


# --- a 50 MB file through the command line ----------------------------------------------------

PARAGRAPH = (
    "Russian Foreign Minister Sergey Lavrov said that Russia will deal with all partners in the "
    "Global Majority. Kazakhstan is a member of the Eurasian Economic Union. Iran joined the "
    "SCO in 2023. Mongolia is an observer of the SCO. Uzbekistan withdrew from the CSTO. "
    "Our cooperation within the CIS, EAEU, CSTO and SCO frameworks continues. In Eurasia, "
    "unlike Africa and Latin America, there exists no pan-continental organisation.\n"
)
PROSE = (
    "The delegations met in the morning and continued their talks over lunch. The agenda "
    "covered trade, transport corridors, energy prices, customs procedures and the schedule "
    "of the next meetings; the experts were asked to prepare their proposals by the autumn, "
    "and the working groups will report on the progress made at the following session.\n"
)
"""A long report is mostly prose: one paragraph of facts in ten keeps the output (and the
test) to a few minutes while every rule still fires a hundred thousand times."""

MEMORY_CAP = 8 * 2**30
"""Address space the 50 MB run may use: the machine is shared; a run that needs more fails
with MemoryError instead of swapping everyone out."""


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


@pytest.mark.slow
def test_fifty_megabyte_file_neither_crashes_nor_hangs(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    block = PARAGRAPH + PROSE * 9
    repeats = 50_000_000 // len(block.encode("utf-8")) + 1
    big.write_text("# date: 2026-01-20\n" + block * repeats, encoding="utf-8")
    assert big.stat().st_size >= 50_000_000
    out = tmp_path / "out" / "big.jsonl"
    started = time.monotonic()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "blocgraph.cli",
            "extract",
            str(big),
            "--format",
            "jsonl",
            "--out",
            str(out),
            "--no-progress",
        ],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        preexec_fn=_cap_memory,
    )
    seconds = time.monotonic() - started
    print(f"50 MB extract --format jsonl: {seconds:.0f} s")  # for the report (pytest -s)
    assert result.returncode == 0, result.stderr[-2000:]
    assert [p.name for p in out.parent.iterdir()] == ["big.jsonl"]  # no temporary left behind
    with out.open(encoding="utf-8") as handle:
        record = json.loads(handle.readline())
    assert record["document"] == document_iri(big.read_text(encoding="utf-8"))
    facts = {(s["subject"], s["predicate"], s["object"]) for s in record["statements"]}
    assert {("IRN", "joined", "SCO"), ("UZB", "left", "CSTO")} <= facts
    assert len(record["statements"]) >= repeats * 5  # every block, not a truncated run
