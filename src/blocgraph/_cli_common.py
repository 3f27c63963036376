"""What every ``blocgraph`` command module shares: the store options and how a command fails."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

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
