"""``blocgraph bodies`` and ``blocgraph members``: memberships of a state or of a body, by
layer, as of a date. Registered on the main app by :mod:`blocgraph.cli`; the commands run in
:mod:`blocgraph._cli_quick` (which a plain command line reaches without typer), the answers
come from :mod:`blocgraph.lookup`."""

from __future__ import annotations

from typing import Annotated

import typer

from blocgraph import _cli_quick
from blocgraph._cli_common import (
    AsOfOption,
    EndpointOption,
    HistoryOption,
    JsonOption,
    RoleOption,
    StoreOption,
)

LayerOption = Annotated[str, typer.Option("--layer", help=_cli_quick.LAYER_HELP)]


def bodies_command(
    state: Annotated[str, typer.Argument(help="ISO3 code, name or alias: RUS, Russia, Россия.")],
    as_of: AsOfOption = None,
    role: RoleOption = None,
    history: HistoryOption = False,
    as_json: JsonOption = False,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
    layer: LayerOption = "all",
) -> None:
    """Which bodies include STATE (in what role, since when, says who)."""
    _cli_quick.bodies(state, as_of, role, history, as_json, store, endpoint, layer)


def members_command(
    body: Annotated[str, typer.Argument(help="Body key, name or alias: SCO, ШОС.")],
    as_of: AsOfOption = None,
    role: RoleOption = None,
    history: HistoryOption = False,
    as_json: JsonOption = False,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
    layer: LayerOption = "all",
) -> None:
    """Who is in BODY (in what role, since when, says who)."""
    _cli_quick.members(body, as_of, role, history, as_json, store, endpoint, layer)
