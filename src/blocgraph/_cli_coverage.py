"""``blocgraph coverage``, ``cover``, ``whatif`` and ``change``: how much of a continent the
bodies cover, and how that changes. Registered on the main app by :mod:`blocgraph.cli`."""

from __future__ import annotations

from typing import Annotated

import typer

from blocgraph._cli_analysis import (
    BodiesOption,
    ContinentOption,
    RolesOption,
    TranscontinentalOption,
    analysis_inputs,
    pct,
    print_report,
    run_report,
)
from blocgraph._cli_common import (
    AsOfOption,
    EndpointOption,
    JsonOption,
    StoreOption,
    fail,
    parse_day,
    print_table,
)


def coverage_command(
    continent: ContinentOption = "Eurasia",
    bodies: BodiesOption = None,
    as_of: AsOfOption = None,
    roles: RolesOption = None,
    transcontinental: TranscontinentalOption = False,
    threshold: Annotated[
        float,
        typer.Option(
            min=0.0,
            max=1.0,
            help="Share a continental body must cover to count as pan-continental.",
        ),
    ] = 0.9,
    as_json: JsonOption = False,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """How much of a continent the bodies cover, who is left out, and whether any continental
    body is pan-continental. Without --bodies: the continent's bodies, as `map` and the home
    page — Eurasia: the seed's six (CIS,EAEU,CSTO,SCO,ASEAN,OSCE); elsewhere every body with
    most of its members there."""
    from blocgraph.analysis import coverage_report

    data, keys, role_keys, day = analysis_inputs(store, endpoint, bodies, roles, as_of)
    report = run_report(
        coverage_report,
        data,
        continent=continent,
        chosen=keys,
        as_of=day,
        roles=role_keys,
        transcontinental=transcontinental,
        threshold=threshold,
    )

    def lines() -> None:
        typer.echo(f"{report['continent']} on {report['as_of']}: {report['states']} states")
        print_table(
            ("body", "members", "in continent", "share", "continental"),
            [
                (
                    b["body"],
                    b["members"],
                    b["members_in_continent"],
                    pct(b["share"]),
                    "yes" if b["continental"] else "no",
                )
                for b in report["bodies"]
            ],
        )
        union = report["union"]
        typer.echo(f"union: {union['count']} states ({pct(union['share'])})")
        gaps = report["uncovered"]
        typer.echo(f"uncovered ({len(gaps)}): {' '.join(gaps) if gaps else 'none'}")
        pan = report["pan_continental"]
        typer.echo(
            f"pan-continental (continental body covering ≥ {pct(threshold)}): "
            f"{', '.join(pan) if pan else 'none'}"
        )

    print_report(report, as_json, lines)


def cover_command(
    continent: ContinentOption = "Eurasia",
    share: Annotated[
        float, typer.Option(min=0.01, max=1.0, help="Share of the continent to cover.")
    ] = 1.0,
    bodies: BodiesOption = None,
    as_of: AsOfOption = None,
    roles: RolesOption = None,
    transcontinental: TranscontinentalOption = False,
    as_json: JsonOption = False,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """The smallest set of existing bodies whose union covers the continent (or --share of it).
    Candidates: --bodies, or every body with most of its members in the continent."""
    from blocgraph.analysis import cover_report

    data, keys, role_keys, day = analysis_inputs(store, endpoint, bodies, roles, as_of)
    report = run_report(
        cover_report,
        data,
        continent=continent,
        share=share,
        candidates=keys,
        as_of=day,
        roles=role_keys,
        transcontinental=transcontinental,
    )

    def lines() -> None:
        if not report["feasible"]:
            typer.echo(f"no set of the candidates covers {pct(share)} of {report['continent']}")
            return
        typer.echo(
            f"{len(report['bodies'])} bodies cover {report['covered']} of "
            f"{report['states']} states of {report['continent']}: "
            f"{', '.join(report['bodies'])}"
            + ("" if report["exact"] else " (search budget reached: may not be smallest)")
        )
        if report["uncoverable"]:
            typer.echo(f"in none of the candidates: {' '.join(report['uncoverable'])}")

    print_report(report, as_json, lines)


def whatif_command(
    union: Annotated[
        str | None,
        typer.Option(
            "--union",
            metavar="A,B,…",
            help="An umbrella made of these bodies' members.",
            show_default=False,
        ),
    ] = None,
    members_list: Annotated[
        str | None,
        typer.Option(
            "--members", metavar="ISO3,…", help="…and/or these states.", show_default=False
        ),
    ] = None,
    name: Annotated[str, typer.Option(help="Name of the imagined body.")] = "what-if",
    continent: ContinentOption = "Eurasia",
    as_of: AsOfOption = None,
    roles: RolesOption = None,
    transcontinental: TranscontinentalOption = False,
    as_json: JsonOption = False,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Coverage of a body that does not exist, e.g. a Greater Eurasian Partnership of
    EAEU + SCO + ASEAN: `blocgraph whatif --union EAEU,SCO,ASEAN`."""
    from blocgraph.analysis import what_if_report

    if not union and not members_list:
        raise fail("give --union and/or --members", 2)
    data, keys, role_keys, day = analysis_inputs(store, endpoint, union, roles, as_of)
    codes = [c.strip().upper() for c in (members_list or "").split(",") if c.strip()]
    report = run_report(
        what_if_report,
        data,
        continent=continent,
        union_of=keys or [],
        member_list=codes,
        name=name,
        as_of=day,
        roles=role_keys,
        transcontinental=transcontinental,
    )

    def lines() -> None:
        typer.echo(
            f"{report['name']}: {len(report['members'])} members, "
            f"{report['members_in_continent']} of {report['states']} states of "
            f"{report['continent']} ({pct(report['share'])})"
        )
        typer.echo(f"missing ({len(report['missing'])}): {' '.join(report['missing'])}")

    print_report(report, as_json, lines)


def change_command(
    before: Annotated[str, typer.Option("--from", metavar="YYYY-MM-DD", help="First date.")],
    after: Annotated[str, typer.Option("--to", metavar="YYYY-MM-DD", help="Second date.")],
    bodies: BodiesOption = None,
    continent: ContinentOption = "Eurasia",
    roles: RolesOption = None,
    as_json: JsonOption = False,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Members gained and lost between two dates, and the continent's coverage on each
    [default bodies: the seed's six]."""
    from blocgraph.analysis import SEED_BODIES, change_report

    first, second = parse_day(before), parse_day(after)
    data, keys, role_keys, _day = analysis_inputs(store, endpoint, bodies, roles, None)
    report = run_report(
        change_report,
        data,
        before=first,
        after=second,
        chosen=keys or SEED_BODIES,
        continent=continent,
        roles=role_keys,
    )

    def lines() -> None:
        print_table(
            ("body", before, after, "gained", "lost"),
            [
                (b["body"], b["before"], b["after"], " ".join(b["gained"]), " ".join(b["lost"]))
                for b in report["bodies"]
            ],
        )
        old, new = report["coverage_before"]["union"], report["coverage_after"]["union"]
        typer.echo(
            f"{report['coverage_after']['continent']} covered by their union: "
            f"{pct(old['share'])} → {pct(new['share'])}"
        )

    print_report(report, as_json, lines)
