"""The ``blocgraph`` typer app: its version option, and the wiring of the commands, which live in
the ``_cli_*`` modules by group (store, lookups, analysis, coverage, extraction, drawing,
relations, sources, universe, export). Commands only parse arguments and print. Reached through
:mod:`blocgraph.cli` (``blocgraph.cli.app``, ``blocgraph.cli.main``)."""

from __future__ import annotations

from typing import Annotated

import typer

from blocgraph import __version__
from blocgraph._cli_analysis import brokers_command, overlaps_command, span_command
from blocgraph._cli_coverage import change_command, cover_command, coverage_command, whatif_command
from blocgraph._cli_export import export_command
from blocgraph._cli_extract import check_command, evaluate_command, extract_command
from blocgraph._cli_lookup import bodies_command, members_command
from blocgraph._cli_relations import relations_command, security_command, treaty_command
from blocgraph._cli_sources import sources_command
from blocgraph._cli_store import (
    build_command,
    crosscheck_command,
    load_command,
    serve_command,
    validate_command,
)
from blocgraph._cli_universe import universe_command
from blocgraph._cli_viz import map_command, overlaps_chart_command

# Start-up stays fast: each command module loads its heavy parts (the analytics, the build, the
# extractor, the drawing, the server) inside the commands that use them.
app = typer.Typer(
    help="blocgraph: international organisations, their members and the civilizations "
    "they span.\n\n"
    "Start with `blocgraph build`, then ask `blocgraph bodies Russia` or "
    "`blocgraph members SCO --as-of 2024-01-01`.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"blocgraph {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """blocgraph command line."""


app.command("build")(build_command)
app.command("validate")(validate_command)
app.command("bodies")(bodies_command)
app.command("members")(members_command)
app.command("crosscheck")(crosscheck_command)
app.command("load")(load_command)
app.command("serve")(serve_command)
app.command("coverage")(coverage_command)
app.command("overlaps")(overlaps_command)
app.command("cover")(cover_command)
app.command("whatif")(whatif_command)
app.command("brokers")(brokers_command)
app.command("span")(span_command)
app.command("change")(change_command)
app.command("extract")(extract_command)
app.command("check")(check_command)
app.command("evaluate")(evaluate_command)
app.command("map")(map_command)
app.command("overlaps-chart")(overlaps_chart_command)
app.command("relations")(relations_command)
app.command("treaty")(treaty_command)
app.command("security")(security_command)
app.command("sources")(sources_command)
app.command("universe")(universe_command)
app.command("export")(export_command)
