"""What every ``blocgraph`` command module shares: the store, date, role and output options,
the settings; and, re-exported from :mod:`blocgraph._cli_plain` (which needs no typer), opening
the store, resolving names, printing a table, and how a command fails."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from blocgraph._cli_plain import (
    check_role,
    fail,
    open_graph,
    parse_as_of,
    parse_day,
    print_table,
    resolve_name,
)
from blocgraph._constants import ROLES

# Start-up stays light (``--help`` in a fraction of a second): the settings (pydantic), the
# store (pyoxigraph) and the lookups load inside the functions that use them.
if TYPE_CHECKING:
    from blocgraph.config import Settings

__all__ = [
    "AsOfOption",
    "DayOption",
    "EndpointOption",
    "HistoryOption",
    "JsonOption",
    "RoleOption",
    "StoreOption",
    "check_role",
    "fail",
    "open_graph",
    "parse_as_of",
    "parse_day",
    "print_table",
    "resolve_name",
    "settings_for",
]

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
