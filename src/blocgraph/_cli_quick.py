"""``blocgraph bodies`` and ``blocgraph members`` without typer: the lookups themselves, and a
reader for their plain command lines, so that ``blocgraph bodies RUS`` starts in a fraction of
the time typer takes to run any command (typer 0.29 loads pydantic to convert the arguments:
~0.35 s here, ``bench/startup-results.md``).

:func:`run` answers a command line it fully understands — ``bodies NAME`` or ``members NAME``
with ``--as-of D``, ``--role R``, ``--layer L``, ``--store DIR``, ``--endpoint URL`` (each once,
as ``--opt value`` or ``--opt=value``), ``--history``, ``--json`` — and declines (returns
False) anything else (``--help``, an unknown or repeated option, a missing value, ``--``, two
names …), which :func:`blocgraph.cli.main` then hands to typer: typer stays the authority for
help and usage errors. The typer commands in :mod:`blocgraph._cli_lookup` call :func:`bodies` and
:func:`members` too, so both ways print the same (``tests/test_cli_quick.py``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from blocgraph._cli_plain import (
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

LAYER_HELP = (
    "all (curated first, then the Factbook 2026-01 and COW IGO v3 rows the curated "
    "layer does not cover), or one layer: curated, factbook-2026-01, cow-igo-v3."
)
_VALUED = ("--as-of", "--role", "--layer", "--store", "--endpoint")
_FLAGS = ("--history", "--json")


def _layer(value: str) -> str:
    from blocgraph.lookup import LAYER_CHOICES

    if value not in LAYER_CHOICES:
        raise fail(f"unknown layer {value!r}: use one of {', '.join(LAYER_CHOICES)}", 2)
    return value


def _print_records(records: Sequence[MembershipRecord], as_json: bool, subject: str) -> None:
    if as_json:
        print(json.dumps([r.to_json() for r in records], ensure_ascii=False, indent=2))
        return
    if not records:
        print(f"no memberships found for {subject}")
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


def bodies(
    state: str,
    as_of: str | None = None,
    role: str | None = None,
    history: bool = False,
    as_json: bool = False,
    store: Path | None = None,
    endpoint: str | None = None,
    layer: str = "all",
) -> None:
    """``blocgraph bodies``: which bodies include ``state``, printed."""
    _lookup("state", state, as_of, role, history, as_json, store, endpoint, layer)


def members(
    body: str,
    as_of: str | None = None,
    role: str | None = None,
    history: bool = False,
    as_json: bool = False,
    store: Path | None = None,
    endpoint: str | None = None,
    layer: str = "all",
) -> None:
    """``blocgraph members``: who is in ``body``, printed."""
    _lookup("body", body, as_of, role, history, as_json, store, endpoint, layer)


def _lookup(
    kind: str,
    name: str,
    as_of: str | None,
    role: str | None,
    history: bool,
    as_json: bool,
    store: Path | None,
    endpoint: str | None,
    layer: str,
) -> None:
    """The records of a state's bodies (``kind`` "state") or a body's members ("body")."""
    from blocgraph.lookup import bodies_of, members_of, name_index, resolve_code

    day, role_key, layer_key = parse_as_of(as_of, history), check_role(role), _layer(layer)
    graph = open_graph(store_location(store, endpoint))  # no pydantic-settings
    if kind == "state":
        code = resolve_code(graph, name) or resolve_name(name_index(graph), name, None)
        records = bodies_of(graph, code, as_of=day, role=role_key, layer=layer_key)
    else:
        code = resolve_code(graph, name, "body") or resolve_name(name_index(graph), name, "body")
        records = members_of(graph, code, as_of=day, role=role_key, layer=layer_key)
    _print_records(records, as_json, code)


@dataclass
class CommandLine:
    """A plain ``bodies`` or ``members`` command line, read."""

    name: str
    as_of: str | None = None
    role: str | None = None
    history: bool = False
    as_json: bool = False
    store: Path | None = None
    endpoint: str | None = None
    layer: str = "all"


def parse(args: Sequence[str]) -> CommandLine | None:
    """The name and options of a plain command line (after the command's own name), as typer
    would pass them; None when the line is anything but plain (see the module)."""
    found: dict[str, str] = {}
    names: list[str] = []
    rest = list(args)
    while rest:
        token = rest.pop(0)
        if not token.startswith("-"):
            names.append(token)
            continue
        option, equals, value = token.partition("=")
        if option in _FLAGS and not equals and option not in found:
            found[option] = ""
            continue
        if option not in _VALUED or option in found:
            return None
        if not equals:
            if not rest:
                return None
            value = rest.pop(0)
        if not value or value.startswith("-"):
            return None
        found[option] = value
    if len(names) != 1 or not names[0]:
        return None
    store = found.get("--store")
    return CommandLine(
        names[0],
        as_of=found.get("--as-of"),
        role=found.get("--role"),
        history="--history" in found,
        as_json="--json" in found,
        store=Path(store) if store is not None else None,
        endpoint=found.get("--endpoint"),
        layer=found.get("--layer", "all"),
    )


def run(argv: Sequence[str]) -> bool:
    """Run ``argv`` (the arguments after ``blocgraph``) when it is a plain ``bodies`` or
    ``members`` command line, and say whether it was; a failure exits as typer's would."""
    if not argv or argv[0] not in ("bodies", "members"):
        return False
    line = parse(argv[1:])
    if line is None:
        return False
    kind = "state" if argv[0] == "bodies" else "body"
    _lookup(
        kind,
        line.name,
        line.as_of,
        line.role,
        line.history,
        line.as_json,
        line.store,
        line.endpoint,
        line.layer,
    )
    return True
