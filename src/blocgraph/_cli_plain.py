"""What the commands share that needs no typer: how a command fails, opening the store, reading
dates and roles, resolving names, printing a table. :mod:`blocgraph._cli_common` re-exports
these; :mod:`blocgraph._cli_quick` runs ``bodies`` and ``members`` with them without loading
typer at all (``bench/startup-results.md``).

A failure is a :class:`SystemExit` carrying the exit code, raised after ``error: message`` is
printed on standard error: typer lets it through unchanged (as it does ``typer.Exit``), so a
command exits the same way whether typer runs it or not.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from blocgraph._constants import ROLES

if TYPE_CHECKING:
    from blocgraph._location import StoreLocation
    from blocgraph.config import Settings
    from blocgraph.lookup import NameIndex
    from blocgraph.store import GraphStore


def fail(message: str, code: int = 1) -> SystemExit:
    """Print ``error: message`` on standard error; raise what this returns to exit ``code``."""
    print(f"error: {message}", file=sys.stderr, flush=True)
    return SystemExit(code)


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
    lines = []
    for line in (header, *rows):
        cells = [str(value).ljust(width) for value, width in zip(line, widths, strict=True)]
        lines.append("  ".join(cells).rstrip())
    print("\n".join(lines), flush=True)


def resolve_name(index: NameIndex, name: str, kind: str | None) -> str:
    """The code of a state or (``kind="body"``) body named in any language; exit 1 if unknown
    or ambiguous."""
    from blocgraph.lookup import AmbiguousNameError, UnknownNameError

    try:
        entity = index.resolve(name, "body" if kind == "body" else None)
    except (UnknownNameError, AmbiguousNameError) as exc:
        raise fail(str(exc)) from None
    return entity.code
