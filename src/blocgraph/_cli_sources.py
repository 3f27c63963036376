"""``blocgraph sources --report``: how well each body's membership rows are sourced.

Registered on the main app by :mod:`blocgraph.cli`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from blocgraph._cli_common import fail as _fail
from blocgraph._cli_common import settings_for

_HEADER = (
    "body",
    "rows",
    "official",
    "reference",
    "off|ref",
    "quoted",
    "citable",
    "blocklisted",
    "from-memory",
    "verified",
)


def sources_command(
    report: Annotated[
        bool, typer.Option("--report", help="Print the share of rows per tier, per body.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    data_dir: Annotated[
        Path | None,
        typer.Option(
            "--data",
            help="The data folder [env: BLOCGRAPH_DATA_DIR; default: data/].",
            show_default=False,
        ),
    ] = None,
) -> None:
    """How the membership rows are sourced, per body and overall.

    Columns (percent of the body's rows): with an official source; with a reference source;
    with either; with a quote; citable (an official or reference source with a quote). Counts:
    rows citing a blocklisted domain (data/sources/blocklist.csv), rows whose note says "from
    memory" or "not verified", and whether the body is in data/sources/verified.csv.
    """
    from blocgraph.reference import DataError, load_reference, source_report

    if not report:
        raise _fail("say what to print: blocgraph sources --report [--json]", 2)
    folder = data_dir or settings_for(None).data_dir
    try:
        figures = source_report(load_reference(folder, enforce_sources=False))
    except DataError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        typer.echo(json.dumps([f.to_json() for f in figures], ensure_ascii=False, indent=2))
        return
    rows = [
        (
            f.body,
            f.rows,
            f"{f.share(f.official)}%",
            f"{f.share(f.reference)}%",
            f"{f.share(f.official_or_reference)}%",
            f"{f.share(f.quoted)}%",
            f"{f.share(f.citable)}%",
            f.blocklisted,
            f.from_memory,
            "yes" if f.verified else "",
        )
        for f in figures
    ]
    widths = [max(len(str(x)) for x in column) for column in zip(_HEADER, *rows, strict=False)]
    for line in (_HEADER, *rows):
        cells = [str(value).ljust(width) for value, width in zip(line, widths, strict=True)]
        typer.echo("  ".join(cells).rstrip())
    total = figures[-1]
    typer.echo(
        f"{total.urls} source URLs, {total.blocklisted_urls} on the blocklist; "
        f"{len([f for f in figures[:-1] if f.verified])} of {len(figures) - 1} bodies verified"
    )
