"""``blocgraph relations`` and ``blocgraph treaty``: state relationships from the curated
layer. Registered on the main app by :mod:`blocgraph.cli`; the answers come from
:mod:`blocgraph.lookup` (this module only parses arguments and prints)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any

import typer

from blocgraph._cli_common import (
    DayOption,
    EndpointOption,
    StoreOption,
    open_graph,
    parse_as_of,
    parse_day,
    print_table,
    settings_for,
)
from blocgraph._cli_common import fail as _fail
from blocgraph._constants import PARTY_BODIES, RELATION_KINDS, TIERS

if TYPE_CHECKING:
    from blocgraph.lookup import NameIndex

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _state(names: NameIndex, text: str, option: str) -> str:
    from blocgraph.lookup import AmbiguousNameError, UnknownNameError

    try:
        entity = names.resolve(text, None)
    except (UnknownNameError, AmbiguousNameError) as exc:
        raise _fail(f"{option}: {exc}", 2) from None
    if entity.kind != "state" and entity.code not in PARTY_BODIES:
        raise _fail(
            f"{option}: {text!r} is a body ({entity.code}), not a state; of bodies only "
            f"{', '.join(sorted(PARTY_BODIES))} can be a party of a relation",
            2,
        )
    return entity.code


def _kinds(values: list[str] | None) -> tuple[str, ...] | None:
    if not values:
        return None
    kinds = tuple(k.strip() for v in values for k in v.split(",") if k.strip())
    unknown = [k for k in kinds if k not in RELATION_KINDS]
    if unknown:
        raise _fail(f"--kind {unknown[0]!r}: use one of {', '.join(RELATION_KINDS)}", 2)
    return kinds


def _best_tier(sources: Any) -> str:
    tiers = [s.tier for s in sources]
    return next((t for t in TIERS if t in tiers), "")


def relations_command(
    state: Annotated[
        str,
        typer.Argument(
            help="ISO3 code, name or alias: RUS, Russia, Россия; or a body that is a party "
            f"in its own right ({', '.join(sorted(PARTY_BODIES))})."
        ),
    ],
    with_state: Annotated[
        str | None,
        typer.Option(
            "--with", metavar="STATE", help="Only relations with this state.", show_default=False
        ),
    ] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            help=f"Only these kinds (repeat or comma-separate): "
            f"{', '.join(RELATION_KINDS)} [default: all].",
            show_default=False,
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="YYYY-MM-DD",
            help="Relations binding on that day [default: today].",
            show_default=False,
        ),
    ] = None,
    history: Annotated[
        bool, typer.Option("--history", help="Every relation, past, present and not in force.")
    ] = False,
    as_json: JsonOption = False,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Treaty promises, declared partnerships and diplomatic relations of STATE, with sources.

    STATE may also be a body that acts as a party in its own right (the EU): it has declared
    partnerships only.

    A treaty's promise binds from the treaty's entry into force, not its signature.
    """
    from blocgraph.lookup import NameIndex, RelationsIndex

    kinds, day = _kinds(kind), parse_as_of(as_of, history)
    graph = open_graph(settings_for(store, endpoint))
    names = NameIndex.from_store(graph)
    code = _state(names, state, "STATE")
    other = _state(names, with_state, "--with") if with_state else None
    records = RelationsIndex.from_store(graph).relations_of(
        code, other=other, kinds=kinds, as_of=day
    )
    if as_json:
        typer.echo(json.dumps([r.to_json() for r in records], ensure_ascii=False, indent=2))
        return
    if not records:
        typer.echo(f"no relations found for {code}" + (f" on {day}" if day else ""))
        return
    rows = [
        (
            r.other,
            r.kind,
            r.direction,
            r.treaty.key if r.treaty else (r.label or ""),
            ",".join(r.articles),
            r.signed or "",
            r.in_force or "not known",
            r.end or "",
            _best_tier(r.sources),
        )
        for r in records
    ]
    print_table(
        (
            "other",
            "kind",
            "direction",
            "treaty / label",
            "art.",
            "signed",
            "in force",
            "end",
            "best source",
        ),
        rows,
    )


def treaty_command(
    key: Annotated[str, typer.Argument(help="Treaty key: RUS-PRK-2024 (parties and year).")],
    as_json: JsonOption = False,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """One treaty: its parties and their dated events, its promises, its sources."""
    from blocgraph.lookup import RelationsIndex, UnknownTreatyError

    index = RelationsIndex.from_store(open_graph(settings_for(store, endpoint)))
    try:
        treaty = index.treaty(key)
    except UnknownTreatyError as exc:
        raise _fail(f"{exc} (known: {', '.join(index.treaty_keys())})", 2) from None
    if as_json:
        typer.echo(json.dumps(treaty, ensure_ascii=False, indent=2))
        return
    typer.echo(f"{treaty['key']}: {treaty['title']}")
    for label, field in (
        ("kind", "kind"),
        ("signed", "signed"),
        ("in force", "in_force"),
        ("end", "end"),
        ("replaces", "replaces"),
        ("replaced by", "replaced_by"),
        ("renewal", "renewal"),
        ("note", "note"),
    ):
        if treaty[field]:
            typer.echo(f"  {label}: {treaty[field]}")
    typer.echo("parties:")
    for party in treaty["parties"]:
        events = ", ".join(f"{e['event']} {e['date']}" for e in party["events"])
        typer.echo(f"  {party['state']}: {events}")
    typer.echo("promises:")
    for o in treaty["obligations"]:
        article = f"art. {o['article']}" if o["article"] else "article not numbered"
        condition = f" (if {o['condition']})" if o["condition"] else ""
        typer.echo(f"  {o['promise']} — {article}, {o['direction']}{condition}")
    if not treaty["obligations"]:
        typer.echo("  none coded")
    typer.echo("sources:")
    for s in treaty["sources"]:
        typer.echo(f"  [{s['tier']}] {s['url']} (read {s['accessed']})")


def _by_treaty(protectors: list[dict[str, Any]]) -> str:
    """``NAT-1949: 31 states; AZE-TUR-2021: AZE`` — protectors grouped by treaty."""
    grouped: dict[str, list[str]] = {}
    for protector in protectors:
        for treaty in protector["treaties"]:
            grouped.setdefault(treaty, []).append(protector["state"])
    return "; ".join(
        f"{t}: {' '.join(s) if len(s) <= 6 else f'{len(s)} states'}"
        for t, s in sorted(grouped.items())
    )


def security_command(
    continent: Annotated[
        str,
        typer.Option(
            "--continent",
            help="Continent or UN M49 region, by name or code (Eurasia, Europe, Asia, 150).",
        ),
    ] = "Eurasia",
    as_of: DayOption = None,
    transcontinental: Annotated[
        bool, typer.Option("--transcontinental", help="Also count transcontinental states.")
    ] = False,
    as_json: JsonOption = False,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Which states of a continent hold a defence promise from whom (curated treaties)."""
    from blocgraph.analysis import load_membership_data, security_report
    from blocgraph.lookup import read_relations

    day = parse_day(as_of)
    graph = open_graph(settings_for(store, endpoint))
    try:
        report = security_report(
            load_membership_data(graph),
            read_relations(graph),
            continent=continent,
            as_of=day,
            transcontinental=transcontinental,
        )
    except ValueError as exc:
        raise _fail(f"--continent: {exc}", 2) from None
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    typer.echo(
        f"{report['continent']} on {report['as_of']}: {len(report['protected'])} of "
        f"{report['states']} states hold a defence promise "
        f"({report['share_protected']:.0%})"
    )
    rows = [(p["state"], _by_treaty(p["protectors"])) for p in report["protected"]]
    print_table(("state", "protected by (treaty: states)"), rows)
    typer.echo(f"blocs: {' | '.join(' '.join(b) for b in report['blocs'])}")
    typer.echo(f"no defence promise: {' '.join(report['unprotected'])}")
    typer.echo(report["caveat"])
