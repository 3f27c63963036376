"""``blocgraph universe``: the pan-continental test over every organisation of every layer."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from blocgraph._cli_common import (
    DayOption,
    EndpointOption,
    StoreOption,
    fail,
    parse_day,
    settings_for,
)


def universe_command(
    continent: Annotated[
        str, typer.Option(help="Continent or M49 region, by name or code.")
    ] = "Eurasia",
    as_of: DayOption = None,
    threshold: Annotated[
        float, typer.Option(help="Share of the continent a continental body must cover.")
    ] = 0.9,
    min_inside: Annotated[
        float,
        typer.Option(
            "--min-inside",
            help="A body is continental when more than this share of its members lie in the "
            "continent (0.5 as in `coverage`; 0.75 keeps near-universal bodies out).",
        ),
    ] = 0.5,
    top: Annotated[int, typer.Option(help="How many closest bodies to list.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON report.")] = False,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Is there a pan-continental organisation? Tested over every organisation the graph
    knows — curated, the final Factbook (2026-01) and COW IGO v3 (to 2014) — with the layer
    that answered for each body and the bodies that come closest."""
    from blocgraph.analysis._universe import load_universe, universe_report
    from blocgraph.store import StoreError, open_store

    day = parse_day(as_of or None)
    if not 0 <= min_inside < 1 or not 0 < threshold <= 1 or top < 1:
        raise fail("--min-inside must be in [0, 1), --threshold in (0, 1], --top ≥ 1", 2)
    settings = settings_for(store, endpoint)
    try:
        universe = load_universe(open_store(settings.store, settings.endpoint))
        report = universe_report(
            universe,
            continent=continent,
            as_of=day,
            threshold=threshold,
            top=top,
            min_inside=min_inside,
        )
    except StoreError as exc:
        raise fail(str(exc)) from None
    except ValueError as exc:
        raise fail(str(exc), 2) from None
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    counts = ", ".join(f"{n} {layer}" for layer, n in report["organisations"]["by_layer"].items())
    typer.echo(
        f"{report['continent']} on {report['as_of']}: {report['states']} states; "
        f"{report['organisations']['with_members']} organisations with members ({counts})"
    )
    pan = ", ".join(report["pan_continental"]) or "none"
    typer.echo(
        f"pan-continental (continental, > {report['min_inside']:.0%} of members inside, "
        f"covering ≥ {report['threshold']:.0%}): {pan}"
    )
    for title, rows in (
        ("closest continental bodies", report["closest_continental"]),
        ("closest bodies of any reach", report["closest_any"]),
    ):
        typer.echo(f"{title}:")
        for row in rows:
            typer.echo(
                f"  {row['body']:<12} {row['members_in_continent']:>3}/{report['states']} "
                f"({row['share']:.1%}; {row['inside_share']:.0%} of its {row['members']} "
                f"members inside)  {row['layer']}  {row['name']}"
            )
