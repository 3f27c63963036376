"""``blocgraph extract`` and ``blocgraph check`` as an analyst runs them: a real process on the
real seed text, every output format parsed back, files written atomically, unreadable files
reported on standard error, exit statuses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF

from blocgraph.build import BuildSummary
from blocgraph.config import PROJECT_ROOT
from blocgraph.extract._model import ENTITY_TYPES, PREDICATES, document_iri
from blocgraph.vocab import BG
from tests.conftest import run_cli

SEED = PROJECT_ROOT / "seeds" / "lavrov-2026-01-20.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
MENTION_KEYS = {"text", "start", "end", "type", "id"}
STATEMENT_KEYS = {
    "subject",
    "predicate",
    "object",
    "qualifiers",
    "evidence_start",
    "evidence_end",
    "asserted_by",
    "rule",
    "polarity",
    "antecedent",
}
VERDICTS = {"supported", "contradicted", "not_in_reference"}


def extract(*args: str) -> Any:
    result = run_cli("extract", *args)
    assert result.returncode == 0, result.stderr
    return result


def named_graphs(dataset: Dataset) -> dict[str, Graph]:
    return {
        str(g.identifier): g
        for g in dataset.graphs()
        if g.identifier != DATASET_DEFAULT_GRAPH_ID and len(g) > 0
    }


@pytest.fixture
def binary(tmp_path: Path) -> Path:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.7\n\x00\x00\x01binary" * 20)
    return path


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "note.txt"
    path.write_text("# date: 2024-03-01\nIran joined the SCO in 2023.\n", encoding="utf-8")
    return path


# --- JSON: the contract -----------------------------------------------------------------------


def test_json_follows_the_contract() -> None:
    payload = json.loads(extract(str(SEED), "--format", "json").stdout)
    assert isinstance(payload, dict)  # one file: one object
    assert set(payload) == {"document", "path", "metadata", "mentions", "statements"}
    assert payload["document"] == document_iri(SEED_TEXT)
    assert payload["path"] == str(SEED)
    assert payload["metadata"]["date"].startswith("2026-01-20")
    assert payload["metadata"]["source"].startswith("https://eir.news/")
    assert payload["mentions"]
    assert payload["statements"]
    for mention in payload["mentions"]:
        assert set(mention) == MENTION_KEYS
        assert SEED_TEXT[mention["start"] : mention["end"]] == mention["text"]
        assert mention["type"] in ENTITY_TYPES
    for statement in payload["statements"]:
        assert set(statement) == STATEMENT_KEYS
        assert statement["predicate"] in PREDICATES
        assert 0 <= statement["evidence_start"] < statement["evidence_end"] <= len(SEED_TEXT)
        assert isinstance(statement["qualifiers"], dict)
        assert statement["asserted_by"]


def test_offsets_count_the_header_lines() -> None:
    # the header is metadata, not text to extract from: no mention starts inside it
    payload = json.loads(extract(str(SEED), "--format", "json").stdout)
    header_end = SEED_TEXT.index("\nRussian Foreign Minister") + 1
    assert min(m["start"] for m in payload["mentions"]) >= header_end


def test_offsets_index_the_text_as_read(tmp_path: Path) -> None:
    # CRLF line ends are kept and characters beyond the BMP count as one (Python str indices)
    text = "# date: 2024-03-01\r\n\U0001f1ee\U0001f1f7 Iran joined the SCO in 2023.\r\nРоссия.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    payload = json.loads(extract(str(path), "--format", "json").stdout)
    assert payload["document"] == document_iri(text)
    assert payload["mentions"]
    for mention in payload["mentions"]:
        assert text[mention["start"] : mention["end"]] == mention["text"]


def test_jsonl_is_the_json_one_line_per_file(good: Path) -> None:
    both = [str(SEED), str(good)]
    as_json = json.loads(extract(*both, "--format", "json").stdout)
    lines = extract(*both, "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == as_json
    assert [item["path"] for item in as_json] == both  # input order


# --- RDF formats ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "parser"), [("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")]
)
def test_quad_formats_parse_with_one_graph_per_document(fmt: str, parser: str, good: Path) -> None:
    output = extract(str(SEED), str(good), "--format", fmt).stdout
    graphs = named_graphs(Dataset().parse(data=output, format=parser))
    assert set(graphs) == {document_iri(SEED_TEXT), document_iri(good.read_text("utf-8"))}
    seed = graphs[document_iri(SEED_TEXT)]
    assert (URIRef(document_iri(SEED_TEXT)), RDF.type, BG.Document) in seed
    assert len(set(seed.subjects(RDF.type, BG.Assertion))) > 0


def test_turtle_parses() -> None:
    graph = Graph().parse(data=extract(str(SEED), "--format", "turtle").stdout, format="turtle")
    assertions = set(graph.subjects(RDF.type, BG.Assertion))
    assert assertions
    assert {graph.value(a, BG.inDocument) for a in assertions} == {URIRef(document_iri(SEED_TEXT))}


def test_default_format_is_trig() -> None:
    output = extract(str(SEED)).stdout
    assert list(named_graphs(Dataset().parse(data=output, format="trig"))) == [
        document_iri(SEED_TEXT)
    ]


def test_workers_do_not_change_the_output(good: Path) -> None:
    args = (str(SEED), str(good), str(SEED), "--format", "jsonl")
    one = extract(*args, "--workers", "1").stdout
    two = extract(*args, "--workers", "2").stdout
    assert one == two
    assert len(one.splitlines()) == 3


def test_progress_goes_to_standard_error(good: Path) -> None:
    result = extract(str(SEED), str(good), "--format", "jsonl", "--progress")
    assert len(result.stdout.splitlines()) == 2
    assert "extracted 2 file(s), skipped 0" in result.stderr
    quiet = extract(str(SEED), str(good), "--format", "jsonl", "--no-progress")
    assert quiet.stderr == ""


# --- --out ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["trig", "nquads", "json", "jsonl"])
def test_out_writes_the_file_and_nothing_to_stdout(fmt: str, tmp_path: Path) -> None:
    out = tmp_path / "new" / "folder" / f"seed.{fmt}"
    result = extract(str(SEED), "--format", fmt, "--out", str(out))
    assert result.stdout == ""
    assert out.is_file()
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]  # no temporary left
    printed = extract(str(SEED), "--format", fmt).stdout
    if fmt == "nquads":  # a set of quads: rdflib writes them in no fixed order
        assert sorted(out.read_text("utf-8").splitlines()) == sorted(printed.splitlines())
    else:
        assert out.read_text("utf-8") == printed


def test_failed_run_leaves_no_file(binary: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "result.nq"
    result = run_cli("extract", str(binary), "--format", "nquads", "--out", str(out))
    assert result.returncode == 1
    assert not out.exists()
    assert not out.parent.exists() or list(out.parent.iterdir()) == []


def test_failed_run_keeps_the_previous_file(binary: Path, tmp_path: Path) -> None:
    out = tmp_path / "result.trig"
    out.write_text("previous run\n", encoding="utf-8")
    result = run_cli("extract", str(binary), "--out", str(out))
    assert result.returncode == 1
    assert out.read_text("utf-8") == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["result.trig", "scan.pdf"]


# --- unreadable and missing files -------------------------------------------------------------


def test_binary_file_alone_fails_with_a_message(binary: Path) -> None:
    result = run_cli("extract", str(binary), "--format", "json")
    assert result.returncode == 1
    assert result.stdout == ""
    assert f"skipped {binary}: binary file" in result.stderr
    assert "nothing extracted" in result.stderr
    assert "Traceback" not in result.stderr


def test_folder_with_a_binary_file_extracts_the_rest(binary: Path, good: Path) -> None:
    result = extract(str(binary.parent), "--format", "json")
    payload = json.loads(result.stdout)
    assert [item["path"] for item in payload] == [str(good)]
    assert str(binary) in result.stderr
    assert "extracted 1 file(s), skipped 1" in result.stderr


def test_other_encoding_is_skipped_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "ru.txt"
    path.write_bytes("Россия — член ОДКБ.".encode("windows-1251"))
    result = run_cli("extract", str(path))
    assert result.returncode == 1
    assert "not UTF-8" in result.stderr
    assert "iconv" in result.stderr


def test_missing_path_exits_2(tmp_path: Path) -> None:
    result = run_cli("extract", str(SEED), str(tmp_path / "nowhere.txt"))
    assert result.returncode == 2
    assert "nowhere.txt" in result.stderr
    assert result.stdout == ""


def test_empty_folder_exits_2(tmp_path: Path) -> None:
    result = run_cli("extract", str(tmp_path))
    assert result.returncode == 2
    assert "no files" in result.stderr


def test_unknown_format_exits_2() -> None:
    result = run_cli("extract", str(SEED), "--format", "rdfxml")
    assert result.returncode == 2


def test_help_explains() -> None:
    result = run_cli("extract", "--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    for word in (
        "trig",
        "nquads",
        "turtle",
        "jsonld",
        "jsonl",
        "--out",
        "--workers",
        "--progress",
        "named graph",
        "skipped",
    ):
        assert word in text, word
    check_help = " ".join(run_cli("check", "--help").stdout.split())
    for word in ("supported", "contradicted", "--json", "# date:"):
        assert word in check_help, word


# --- check ------------------------------------------------------------------------------------


def test_check_prints_verdicts_with_sources(summary: BuildSummary) -> None:
    result = run_cli("check", str(SEED), store=summary.store)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"{SEED}: " in out
    assert "as of 2026-01-20 (the document's date)" in out
    assert "supported" in out
    assert "source: http" in out
    last = out.strip().splitlines()[-1]
    assert "supported" in last and "contradicted" in last and "not_in_reference" in last


def test_check_json(summary: BuildSummary, good: Path) -> None:
    result = run_cli("check", str(SEED), str(good), "--json", store=summary.store)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert [item["path"] for item in payload] == [str(SEED), str(good)]
    seed, note = payload
    assert seed["document"] == document_iri(SEED_TEXT)
    assert (seed["as_of"], seed["as_of_from_document"]) == ("2026-01-20", True)
    assert (note["as_of"], note["as_of_from_document"]) == ("2024-03-01", True)
    assert seed["checks"]
    for check in seed["checks"] + note["checks"]:
        assert check["verdict"] in VERDICTS
        assert set(check["statement"]) == STATEMENT_KEYS
        for record in check["reference"]:
            assert record["sources"]
            assert all(s["url"].startswith("http") for s in record["sources"])


def test_check_without_date_says_today(summary: BuildSummary, tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("Iran joined the SCO in 2023.\n", encoding="utf-8")
    result = run_cli("check", str(path), store=summary.store)
    assert result.returncode == 0, result.stderr
    assert "today: the document has no # date" in result.stdout


def test_check_with_an_impossible_date_does_not_crash(
    summary: BuildSummary, tmp_path: Path
) -> None:
    path = tmp_path / "typo.txt"
    path.write_text("# date: 2026-02-30\nIran joined the SCO in 2023.\n", encoding="utf-8")
    result = run_cli("check", str(path), store=summary.store)
    assert "Traceback" not in result.stderr, result.stderr[-1500:]


def test_check_of_a_binary_file_alone_fails(summary: BuildSummary, binary: Path) -> None:
    result = run_cli("check", str(binary), store=summary.store)
    assert result.returncode == 1
    assert "skipped" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_without_a_store_says_how_to_build(tmp_path: Path) -> None:
    result = run_cli("check", str(SEED), store=tmp_path / "no-store")
    assert result.returncode == 1
    assert "blocgraph build" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_treaty_and_partnership_statements(summary: BuildSummary, tmp_path: Path) -> None:
    path = tmp_path / "treaty.txt"
    path.write_text(
        "# date: 2025-06-01\nRussia and North Korea signed the Treaty on Comprehensive Strategic"
        " Partnership in Pyongyang in 2024. China and Pakistan upgraded their ties to an"
        " all-weather strategic cooperative partnership in 2015.\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(path), store=summary.store)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "supported        RUS signed RUS-PRK-2024" in out
    assert "partnershipWith" in out and "label=all-weather" in out
    assert "source: http" in out
    payload = json.loads(run_cli("check", str(path), "--json", store=summary.store).stdout)
    verdicts = {
        (c["statement"]["subject"], c["statement"]["predicate"]): c["verdict"]
        for c in payload[0]["checks"]
    }
    assert verdicts[("PRK", "signed")] == "supported"
    assert "supported" in {v for (s, p), v in verdicts.items() if p == "partnershipWith"}
