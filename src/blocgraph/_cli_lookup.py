"""``blocgraph bodies`` and ``blocgraph members``: memberships of a state or of a body, by
layer, as of a date. Registered on the main app by :mod:`blocgraph.cli`; the answers come from
:mod:`blocgraph.lookup`."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated

import typer

from blocgraph._cli_common import (
    AsOfOption,
    EndpointOption,
    HistoryOption,
    JsonOption,
    RoleOption,
    StoreOption,
    check_role,
    fail,
    open_graph,
    parse_as_of,
    print_table,
    resolve_name,
)
from blocgraph._location import store_location

if TYPE_CHECKING:
    from blocgraph.lookup import MembershipRecord

LayerOption = Annotated[
    str,
    typer.Option(
        "--layer",
        help="all (curated first, then the Factbook 2026-01 and COW IGO v3 rows the curated "
        "layer does not cover), or one layer: curated, factbook-2026-01, cow-igo-v3.",
    ),
]


def _layer(value: str) -> str:
    from blocgraph.lookup import LAYER_CHOICES

    if value not in LAYER_CHOICES:
        raise fail(f"unknown layer {value!r}: use one of {', '.join(LAYER_CHOICES)}", 2)
    return value


def _print_records(records: Sequence[MembershipRecord], as_json: bool, subject: str) -> None:
    if as_json:
        typer.echo(json.dumps([r.to_json() for r in records], ensure_ascii=False, indent=2))
        return
    if not records:
        typer.echo(f"no memberships found for {subject}")
        return
    rows = [
        (
            r.body,
            r.state,
            r.role,
            r.start,
            r.end or "",
            "yes" if r.uncertain else "",
            r.layer if r.status is None else f"{r.layer} ({r.status})",
            r.sources[0].url if r.sources else "",
        )
        for r in records
    ]
    header = ("body", "member", "role", "start", "end", "uncertain", "layer", "source")
    print_table(header, rows)


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
    from blocgraph.lookup import NameIndex, bodies_of, resolve_code

    day, role_key, layer_key = parse_as_of(as_of, history), check_role(role), _layer(layer)
    graph = open_graph(store_location(store, endpoint))  # no pydantic-settings
    code = resolve_code(graph, state) or resolve_name(NameIndex.from_store(graph), state, None)
    _print_records(bodies_of(graph, code, as_of=day, role=role_key, layer=layer_key), as_json, code)


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
    from blocgraph.lookup import NameIndex, members_of, resolve_code

    day, role_key, layer_key = parse_as_of(as_of, history), check_role(role), _layer(layer)
    graph = open_graph(store_location(store, endpoint))
    code = resolve_code(graph, body, "body") or resolve_name(
        NameIndex.from_store(graph), body, "body"
    )
    records = members_of(graph, code, as_of=day, role=role_key, layer=layer_key)
    _print_records(records, as_json, code)
