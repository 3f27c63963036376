"""``blocgraph extract`` and ``blocgraph check``: text in, triples with provenance out, and the
statements compared with the reference graph. Registered on the main app by :mod:`blocgraph.cli`.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer

from blocgraph._cli_common import EndpointOption, StoreOption, settings_for
from blocgraph._cli_common import fail as _fail
from blocgraph._constants import PROJECT_ROOT

# spaCy, the extractor and the analytics load when a command runs, not when the CLI starts
if TYPE_CHECKING:
    from blocgraph.extract import Extraction


class OutputFormat(StrEnum):
    trig = "trig"
    nquads = "nquads"
    turtle = "turtle"
    jsonld = "jsonld"
    json = "json"
    jsonl = "jsonl"


class Lang(StrEnum):
    auto = "auto"
    en = "en"
    ru = "ru"


_STREAMED = {OutputFormat.nquads, OutputFormat.jsonl}

PathsArgument = Annotated[
    list[Path],
    typer.Argument(
        help="Text files, or folders whose files are all extracted (hidden files left out).",
        show_default=False,
    ),
]


@contextmanager
def _output(out: Path | None) -> Iterator[IO[str]]:
    """Standard output, or ``out`` written atomically (a failed run leaves no half file)."""
    if out is None:
        yield sys.stdout
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            yield stream
        Path(temporary).replace(out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _files(paths: list[Path]) -> list[Path]:
    from blocgraph.extract import input_files

    try:
        files = input_files(paths)
    except FileNotFoundError as error:
        raise _fail(str(error), 2) from None
    if not files:
        raise _fail("no files to extract in " + ", ".join(map(str, paths)), 2)
    return files


def _write(stream: IO[str], fmt: OutputFormat, extractions: list[Extraction], single: bool) -> None:
    if fmt is OutputFormat.json:
        payload = [e.to_json() for e in extractions]
        json.dump(
            payload[0] if single and payload else payload, stream, ensure_ascii=False, indent=2
        )
        stream.write("\n")
    else:
        from blocgraph.extract import serialize

        stream.write(serialize(extractions, fmt.value))


def extract_command(
    paths: PathsArgument,
    fmt: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            help="trig, nquads, turtle or jsonld (RDF, one named "
            "graph per document); json (the flat form for tools; one object for one "
            "file, a list for several); jsonl (one JSON object a line, streamed).",
        ),
    ] = OutputFormat.trig,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", help="Write here instead of standard output.", show_default=False
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", "-j", min=1, help="Processes [default: one per core].", show_default=False
        ),
    ] = None,
    progress: Annotated[
        bool | None,
        typer.Option(
            "--progress/--no-progress",
            help="Progress bar on standard error [default: when it is a terminal "
            "and there are several files].",
            show_default=False,
        ),
    ] = None,
    lang: Annotated[
        Lang,
        typer.Option("--lang", help="The texts' language; auto detects each file's."),
    ] = Lang.auto,
) -> None:
    """Extract mentions and statements from texts, with provenance, as RDF or JSON.

    Each document becomes one named graph, named by the hash of its content. Files that are not
    UTF-8 text (binary, another encoding) are reported on standard error and skipped; the exit
    status is 1 only when no file could be extracted. See docs/extraction.md for what is
    extracted.

    Example: blocgraph extract seeds/ --format json
    """
    from blocgraph.extract import Skipped, extract_files

    settings = settings_for(None)
    files = _files(paths)
    show = progress if progress is not None else (len(files) > 1 and sys.stderr.isatty())
    results = extract_files(
        files, settings.data_dir, workers=workers, progress=show, lang=lang.value
    )
    kept: list[Extraction] = []  # streamed formats keep nothing (texts may be 50 MB each)
    extracted = skipped = 0
    with _output(out) as stream:
        for result in results:
            if isinstance(result, Skipped):
                skipped += 1
                typer.echo(f"skipped {result.path}: {result.reason}", err=True)
                continue
            extracted += 1
            if fmt in _STREAMED:
                _write_streamed(stream, fmt, result)
            else:
                kept.append(result)
        if not extracted:
            raise _fail(f"nothing extracted: {skipped} file(s) skipped")
        if fmt not in _STREAMED:
            _write(stream, fmt, kept, single=len(files) == 1)
    if skipped or show:
        typer.echo(f"extracted {extracted} file(s), skipped {skipped}", err=True)


def _write_streamed(stream: IO[str], fmt: OutputFormat, extraction: Extraction) -> None:
    if fmt is OutputFormat.jsonl:
        stream.write(json.dumps(extraction.to_json(), ensure_ascii=False) + "\n")
    else:
        from blocgraph.extract import write_nquads

        write_nquads(extraction, stream)


def check_command(
    paths: PathsArgument,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Compare what texts assert about memberships, cooperation, treaties and partnerships
    with the reference graph.

    Each membership, cooperation, treaty (signed, ratified, denounced) or partnership statement
    is supported, contradicted or not in the reference, as of the document's date (its
    `# date:` header; else today), with the reference records and their sources. Claims
    that a continent has (no) pan-continental organisation are checked against the coverage
    analysis.
    """
    from blocgraph.analysis import load_membership_data
    from blocgraph.extract import Skipped, check_extraction, extract_files
    from blocgraph.lookup import MembershipIndex, read_relations
    from blocgraph.store import StoreError, open_store

    settings = settings_for(None)
    try:
        graph_store = open_store(store or settings.store, endpoint or settings.endpoint)
        index = MembershipIndex.from_store(graph_store)
        data = load_membership_data(graph_store)
        relations = read_relations(graph_store)
    except StoreError as error:
        raise _fail(str(error)) from None
    files = _files(paths)
    reports = []
    for result in extract_files(files, settings.data_dir, workers=1):
        if isinstance(result, Skipped):
            typer.echo(f"skipped {result.path}: {result.reason}", err=True)
            continue
        day, dated, checks = check_extraction(result, index, data, relations=relations)
        reports.append((result, day, dated, checks))
    if not reports:
        raise _fail("nothing checked: every file was skipped")
    if as_json:
        payload = [
            {
                "document": ex.document,
                "path": ex.path,
                "as_of": day.isoformat(),
                "as_of_from_document": dated,
                "checks": [c.to_json() for c in checks],
            }
            for ex, day, dated, checks in reports
        ]
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    for ex, day, dated, checks in reports:
        origin = "the document's date" if dated else "today: the document has no # date"
        typer.echo(f"{ex.path}: {len(checks)} statement(s) checked as of {day} ({origin})")
        for check in checks:
            s = check.statement
            obj = s.object or "-"
            extra = "".join(
                f" {k}={v}"
                for k, v in sorted(s.qualifiers.items())
                if k in ("year", "role", "label")
            )
            typer.echo(
                f"  {check.verdict:<16} {s.subject} {s.predicate} {obj}{extra}"
                f"  [asserted by {s.asserted_by}]"
            )
            typer.echo(f"  {'':<16} {check.reason}")
            sources = sorted({src.url for r in check.reference for src in r.sources})
            sources = sources or _layer_sources(check.analysis)
            for url in sources[:3]:
                typer.echo(f"  {'':<16} source: {url}")
        counts = {
            v: sum(c.verdict == v for c in checks)
            for v in ("supported", "contradicted", "not_in_reference")
        }
        typer.echo("  " + ", ".join(f"{n} {v}" for v, n in counts.items()))


def evaluate_command(
    gold: Annotated[
        Path,
        typer.Argument(help="Folder of gold texts (<name>.txt) and annotations (<name>.json)."),
    ] = PROJECT_ROOT / "tests" / "extract" / "gold",
    split: Annotated[
        str | None,
        typer.Option(
            "--split", help="Only this split (dev or test) [default: all].", show_default=False
        ),
    ] = None,
    errors: Annotated[
        int,
        typer.Option(
            "--errors",
            min=0,
            help="List this many errors (false positives and negatives) after the table.",
        ),
    ] = 0,
) -> None:
    """Score the extractor against a hand-annotated gold set: precision, recall and F1 of
    mentions (exact span and id) and statements (distinct triples), and attribution accuracy.

    The annotation rules are in docs/extraction.md; the default gold set is
    tests/extract/gold (its README lists the texts, their sources and licences).
    """
    from blocgraph.extract import Extractor
    from blocgraph.extract._score import (
        GoldError,
        format_report,
        list_errors,
        load_gold,
        score,
        score_corpus,
    )

    try:
        documents = load_gold(gold, settings_for(None).data_dir)
    except (GoldError, OSError) as problem:
        raise _fail(str(problem), 2) from None
    if split is not None:
        documents = [d for d in documents if d.split == split]
        if not documents:
            raise _fail(f"no gold document in split {split!r}", 2)
    extractor = Extractor.from_data(settings_for(None).data_dir)
    corpus = score_corpus(
        score(doc, extractor.extract(doc.text, path=str(doc.path or doc.name))) for doc in documents
    )
    typer.echo(format_report(corpus))
    for mistake in list_errors(corpus, limit=errors) if errors else []:
        typer.echo(str(mistake))


def _layer_sources(held: dict[str, Any]) -> list[str]:
    """The source pages of what the relations layer holds for a treaty or partnership check."""
    items = held.get("events", []) + held.get("levels", [])
    return sorted({source["url"] for item in items for source in item.get("sources", [])})
