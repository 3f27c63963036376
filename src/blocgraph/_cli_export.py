"""``blocgraph export``: the state–body graph as GraphML, GEXF (with time intervals), CSV or
Parquet (with pyarrow, the ``parquet`` extra).
Registered on the main app by :mod:`blocgraph.cli`."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from blocgraph._cli_common import EndpointOption, StoreOption, check_role, settings_for
from blocgraph._cli_common import fail as _fail


class ExportFormat(StrEnum):
    graphml = "graphml"
    gexf = "gexf"
    csv = "csv"
    parquet = "parquet"


def _write(out: Path, payload: bytes) -> None:
    """Write atomically (the folder was checked before any work was done)."""
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
        Path(temporary).chmod(0o644)
        Path(temporary).replace(out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def export_command(
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help="graphml (one edge per spell: role, start, end), gexf (one edge per state–body "
            "pair with its spells as time intervals and the role as a dynamic attribute, for "
            "Gephi's timeline), csv (one row per spell) or parquet (the csv's rows, dates typed; "
            "needs pyarrow: pip install 'blocgraph[parquet]').",
        ),
    ],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", help="Write here [default: standard output].", show_default=False
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="YYYY-MM-DD",
            help="Only the spells in force that day [default: every spell, past and present].",
            show_default=False,
        ),
    ] = None,
    roles: Annotated[
        str | None,
        typer.Option(
            "--roles", metavar="R,…", help="Only these roles [default: all].", show_default=False
        ),
    ] = None,
    relations: Annotated[
        bool,
        typer.Option(
            "--relations",
            help="Add the state–state relations (treaty promises, partnerships, diplomatic "
            "relations) as edges with relation, treaty, direction and dates; graphml, gexf.",
        ),
    ] = False,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Export the state–body membership graph for Gephi, yEd, Cytoscape, networkx or pandas."""
    day = None
    if as_of is not None:
        try:
            day = date.fromisoformat(as_of)
        except ValueError:
            raise _fail(f"--as-of {as_of!r} is not a date: use YYYY-MM-DD", 2) from None
    role_keys = [r.strip() for r in roles.split(",") if r.strip()] if roles else None
    for role in role_keys or []:
        check_role(role)
    if relations and fmt in (ExportFormat.csv, ExportFormat.parquet):
        raise _fail(
            f"--relations goes with --format graphml or gexf ({fmt.value}: one row per spell)", 2
        )
    if out is not None and not out.parent.is_dir():
        raise _fail(
            f"--out {str(out)!r}: the folder {str(out.parent)!r} does not exist; create it", 2
        )
    from blocgraph.analysis import load_membership_data
    from blocgraph.export import ParquetUnavailable, export, relation_edges, require_parquet

    if fmt is ExportFormat.parquet:
        try:
            require_parquet()  # before the store is read
        except ParquetUnavailable as exc:
            raise _fail(str(exc), 2) from None
    from blocgraph.lookup import read_relations
    from blocgraph.store import StoreError, open_store

    settings = settings_for(store, endpoint)
    try:
        graph = open_store(settings.store, settings.endpoint)
        data = load_membership_data(graph)
        edges = relation_edges(read_relations(graph), data.state_names, day) if relations else []
        payload = export(data, fmt.value, as_of=day, roles=role_keys, relations=edges)
    except StoreError as exc:
        raise _fail(str(exc)) from None
    if out is None:
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
        return
    _write(out, payload)
    typer.echo(f"wrote {out} ({len(payload)} bytes, {fmt.value})", err=True)
