"""What every ``blocgraph`` command module shares: the store, date, role and output options,
opening the store, resolving names, printing a table, and how a command fails."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from blocgraph._constants import ROLES

# Start-up stays light (``--help`` in a fraction of a second): the settings (pydantic), the
# store (pyoxigraph) and the lookups load inside the functions that use them.
if TYPE_CHECKING:
    from blocgraph._location import StoreLocation
    from blocgraph.config import Settings
    from blocgraph.lookup import NameIndex
    from blocgraph.store import GraphStore

StoreOption = Annotated[
    Path | None,
    typer.Option(
        "--store",
        help="Folder of the store [env: BLOCGRAPH_STORE; default: var/store].",
        show_default=False,
    ),
]
EndpointOption = Annotated[
    str | None,
    typer.Option(
        "--endpoint",
        metavar="URL",
        help="Read a SPARQL 1.1 endpoint instead of the embedded store [env: BLOCGRAPH_ENDPOINT].",
        show_default=False,
    ),
]


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``error: message`` on standard error; raise what this returns to exit ``code``."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="YYYY-MM-DD",
        help="Spells in force on that day [default: today].",
        show_default=False,
    ),
]
RoleOption = Annotated[
    str | None,
    typer.Option(
        "--role",
        help=f"Only this role: {', '.join(ROLES)} [default: all roles].",
        show_default=False,
    ),
]
HistoryOption = Annotated[
    bool, typer.Option("--history", help="Every spell, past and present (ignores --as-of).")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON records instead of a table.")]
DayOption = Annotated[
    str | None,
    typer.Option(
        "--as-of", metavar="YYYY-MM-DD", help="The day [default: today].", show_default=False
    ),
]


def settings_for(store: Path | None, endpoint: str | None = None) -> Settings:
    """The settings, with ``--store`` and ``--endpoint`` where given."""
    from blocgraph.config import get_settings

    settings = get_settings()
    changes: dict[str, object] = {}
    if store:
        changes["store"] = store
    if endpoint:
        changes["endpoint"] = endpoint
    return settings.model_copy(update=changes) if changes else settings


def open_graph(settings: Settings | StoreLocation) -> GraphStore:
    """The store or endpoint the settings (or the location alone) name; a missing store or an
    unreachable endpoint exits 1 here, in one line."""
    from blocgraph.store import StoreError, open_store

    try:
        store = open_store(settings.store, settings.endpoint)
        store.ask("ASK {}")  # fail here, not half-way through a lookup
    except StoreError as exc:
        raise fail(str(exc)) from None
    return store


def parse_day(value: str | None) -> date:
    """``--as-of``: the day written, or today; a bad date exits 2 saying how to write it."""
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise fail(f"--as-of {value!r} is not a date: write YYYY-MM-DD", 2) from None


def parse_as_of(value: str | None, history: bool) -> date | None:
    """``--as-of`` with ``--history``: None (every spell) under ``--history``, else the day."""
    return None if history else parse_day(value)


def check_role(value: str | None) -> str | None:
    """``--role``: one of the role keys, or None; another exits 2 listing them."""
    if value is not None and value not in ROLES:
        raise fail(f"unknown role {value!r}: use one of {', '.join(ROLES)}", 2)
    return value


def print_table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Print rows as left-aligned columns under the header, two spaces apart."""
    widths = [max(len(str(x)) for x in column) for column in zip(header, *rows, strict=False)]
    for line in (header, *rows):
        cells = [str(value).ljust(width) for value, width in zip(line, widths, strict=True)]
        typer.echo("  ".join(cells).rstrip())


def resolve_name(index: NameIndex, name: str, kind: str | None) -> str:
    """The code of a state or (``kind="body"``) body named in any language; exit 1 if unknown
    or ambiguous."""
    from blocgraph.lookup import AmbiguousNameError, UnknownNameError

    try:
        entity = index.resolve(name, "body" if kind == "body" else None)
    except (UnknownNameError, AmbiguousNameError) as exc:
        raise fail(str(exc)) from None
    return entity.code
