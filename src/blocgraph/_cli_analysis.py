"""``blocgraph overlaps``, ``brokers`` and ``span``, and what every analysis command shares:
its options and how it reads the membership data. Registered on the main app by
:mod:`blocgraph.cli`; the analytics (networkx, numpy) load inside the commands."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from blocgraph._cli_common import (
    AsOfOption,
    EndpointOption,
    JsonOption,
    StoreOption,
    check_role,
    fail,
    open_graph,
    parse_day,
    print_table,
    resolve_name,
    settings_for,
)

if TYPE_CHECKING:
    from blocgraph.analysis import MembershipData

BodiesOption = Annotated[
    str | None,
    typer.Option(
        "--bodies",
        metavar="A,B,…",
        help="Comma-separated bodies (keys or names in any language).",
        show_default=False,
    ),
]
ContinentOption = Annotated[
    str,
    typer.Option(
        "--continent",
        help="Continent or UN M49 region, by name or code "
        "(Eurasia, Africa, 'Latin America and the Caribbean', 150).",
    ),
]
RolesOption = Annotated[
    str | None,
    typer.Option(
        "--roles",
        metavar="R,…",
        help="Roles that count as membership [default: member,participating_state,"
        "suspended,frozen]; add e.g. observer, partner, participation_suspended.",
        show_default=False,
    ),
]
TranscontinentalOption = Annotated[
    bool,
    typer.Option(
        "--transcontinental",
        help="Also count states with a sourced further continent (Egypt in Asia).",
    ),
]


def analysis_inputs(
    store: Path | None,
    endpoint: str | None,
    bodies: str | None,
    roles: str | None,
    as_of: str | None,
) -> tuple[MembershipData, list[str] | None, tuple[str, ...], date]:
    """What every analysis command reads: the membership data, the --bodies as keys (None when
    not given), the --roles (default: the analytics' own) and the --as-of day."""
    from blocgraph.analysis import DEFAULT_ROLES, load_membership_data
    from blocgraph.lookup import NameIndex

    graph = open_graph(settings_for(store, endpoint))
    keys = None
    if bodies:
        index = NameIndex.from_store(graph)
        keys = [
            resolve_name(index, name.strip(), "body") for name in bodies.split(",") if name.strip()
        ]
    role_keys = tuple(r.strip() for r in roles.split(",")) if roles else DEFAULT_ROLES
    for role in role_keys:
        check_role(role)
    day = parse_day(as_of)
    return load_membership_data(graph), keys, role_keys, day


def run_report(make: Callable[..., dict[str, Any]], *args: Any, **kwargs: Any) -> dict[str, Any]:
    """Run an analysis report; a bad option (unknown region, scheme …) exits 2 with its message."""
    try:
        return make(*args, **kwargs)
    except ValueError as exc:
        raise fail(str(exc), 2) from None


def print_report(report: dict[str, Any], as_json: bool, lines: Callable[[], None]) -> None:
    """The report as JSON with --json, else what ``lines`` prints."""
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        lines()


def pct(share: float) -> str:
    """A share as a percentage with one decimal: ``0.125`` → ``12.5%``."""
    return f"{share * 100:.1f}%"


def overlaps_command(
    bodies: BodiesOption = None,
    as_of: AsOfOption = None,
    roles: RolesOption = None,
    as_json: JsonOption = False,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Shared members, Jaccard and overlap coefficient of every pair of bodies, and the states
    in exactly each combination [default bodies: CIS,EAEU,CSTO,SCO,ASEAN,OSCE]."""
    from blocgraph.analysis import SEED_BODIES, overlap_report

    data, keys, role_keys, day = analysis_inputs(store, endpoint, bodies, roles, as_of)
    report = overlap_report(data, chosen=keys or SEED_BODIES, as_of=day, roles=role_keys)

    def lines() -> None:
        print_table(
            ("a", "b", "shared", "jaccard", "overlap"),
            [
                (
                    p["a"],
                    p["b"],
                    p["shared"],
                    f"{p['jaccard']:.2f}",
                    f"{p['overlap_coefficient']:.2f}",
                )
                for p in report["pairs"]
            ],
        )
        typer.echo("")
        print_table(
            ("exactly in", "states", "which"),
            [
                ("+".join(i["bodies"]), len(i["states"]), " ".join(i["states"]))
                for i in report["intersections"]
            ],
        )

    print_report(report, as_json, lines)


def brokers_command(
    bodies: BodiesOption = None,
    as_of: AsOfOption = None,
    roles: RolesOption = None,
    top: Annotated[int, typer.Option(min=1, help="How many states to list.")] = 20,
    as_json: JsonOption = False,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """States that bridge bodies (betweenness in the co-membership network; how many of the
    seed's six bodies they sit in) and communities of bodies by shared members."""
    from blocgraph.analysis import broker_report

    data, keys, role_keys, day = analysis_inputs(store, endpoint, bodies, roles, as_of)
    report = broker_report(data, chosen=keys, as_of=day, roles=role_keys, top=top)

    def lines() -> None:
        print_table(
            ("state", "betweenness", "bodies", "of the seed's six"),
            [
                (b["state"], f"{b['betweenness']:.4f}", b["bodies"], b["seed_bodies"])
                for b in report["brokers"]
            ],
        )
        typer.echo("communities of bodies:")
        for community in report["communities"]:
            typer.echo("  " + ", ".join(community))

    print_report(report, as_json, lines)


def span_command(
    scheme: Annotated[str, typer.Option(help="Civilization scheme.")] = "huntington1996",
    bodies: BodiesOption = None,
    as_of: AsOfOption = None,
    roles: RolesOption = None,
    as_json: JsonOption = False,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """How many civilizations each body's members span (count and Shannon entropy)."""
    from blocgraph.analysis import span_report

    data, keys, role_keys, day = analysis_inputs(store, endpoint, bodies, roles, as_of)
    report = run_report(span_report, data, scheme=scheme, chosen=keys, as_of=day, roles=role_keys)

    def lines() -> None:
        print_table(
            ("body", "members", "civilizations", "entropy (bits)", "by civilization"),
            [
                (
                    b["body"],
                    b["members"],
                    b["distinct"],
                    f"{b['entropy']:.3f}",
                    " ".join(f"{k}:{v}" for k, v in b["civilizations"].items()),
                )
                for b in report["bodies"]
            ],
        )

    print_report(report, as_json, lines)
