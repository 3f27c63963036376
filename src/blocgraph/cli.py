"""The ``blocgraph`` command: build, validate, look up. It only parses arguments and prints."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from blocgraph import __version__
from blocgraph._cli_common import EndpointOption, StoreOption
from blocgraph._cli_common import fail as _fail
from blocgraph._cli_export import export_command
from blocgraph._cli_extract import check_command, evaluate_command, extract_command
from blocgraph._cli_relations import relations_command, security_command, treaty_command
from blocgraph._cli_sources import sources_command
from blocgraph._cli_universe import universe_command
from blocgraph._cli_viz import map_command, overlaps_chart_command
from blocgraph._constants import ROLES
from blocgraph.config import Settings, get_settings
from blocgraph.lookup import (
    LAYER_CHOICES,
    AmbiguousNameError,
    MembershipRecord,
    NameIndex,
    UnknownNameError,
    bodies_of,
    members_of,
)
from blocgraph.store import GraphStore, StoreError, open_store

# Start-up stays fast: the analytics (networkx, numpy), the build (pySHACL, the extractor and
# spaCy) and the drawing load inside the commands that use them.
if TYPE_CHECKING:
    from blocgraph.analysis import MembershipData

app = typer.Typer(
    help="blocgraph: international organisations, their members and the civilizations "
    "they span.\n\n"
    "Start with `blocgraph build`, then ask `blocgraph bodies Russia` or "
    "`blocgraph members SCO --as-of 2024-01-01`.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

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
LayerOption = Annotated[
    str,
    typer.Option(
        "--layer",
        help="all (curated first, then the Factbook 2026-01 and COW IGO v3 rows the curated "
        "layer does not cover), or one layer: curated, factbook-2026-01, cow-igo-v3.",
    ),
]


def _settings(store: Path | None, endpoint: str | None = None) -> Settings:
    settings = get_settings()
    changes: dict[str, object] = {}
    if store:
        changes["store"] = store
    if endpoint:
        changes["endpoint"] = endpoint
    return settings.model_copy(update=changes) if changes else settings


def _open(settings: Settings) -> GraphStore:
    try:
        store = open_store(settings.store, settings.endpoint)
        store.ask("ASK {}")  # fail here, not half-way through a lookup
    except StoreError as exc:
        raise _fail(str(exc)) from None
    return store


def _as_of(value: str | None, history: bool) -> date | None:
    if history:
        return None
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _fail(f"--as-of {value!r} is not a date: write YYYY-MM-DD", 2) from None


def _role(value: str | None) -> str | None:
    if value is not None and value not in ROLES:
        raise _fail(f"unknown role {value!r}: use one of {', '.join(ROLES)}", 2)
    return value


def _layer(value: str) -> str:
    if value not in LAYER_CHOICES:
        raise _fail(f"unknown layer {value!r}: use one of {', '.join(LAYER_CHOICES)}", 2)
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
    _print_table(header, rows)


def _print_table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    widths = [max(len(str(x)) for x in column) for column in zip(header, *rows, strict=False)]
    for line in (header, *rows):
        cells = [str(value).ljust(width) for value, width in zip(line, widths, strict=True)]
        typer.echo("  ".join(cells).rstrip())


def _resolve(index: NameIndex, name: str, kind: str | None) -> str:
    try:
        entity = index.resolve(name, "body" if kind == "body" else None)
    except (UnknownNameError, AmbiguousNameError) as exc:
        raise _fail(str(exc)) from None
    return entity.code


@app.command()
def build(store: StoreOption = None) -> None:
    """Check data/ and build the graph (reference + ontology) into the store.

    Every problem in the data is listed with file, line and reason, and the existing store is
    left as it was. Running it twice gives the same store.
    """
    from blocgraph.build import build as build_graph
    from blocgraph.reference import DataError

    settings = _settings(store)
    try:
        summary = build_graph(settings)
    except DataError as exc:
        raise _fail(str(exc)) from None
    typer.echo(f"built {summary.store}: {summary.triples} triples in {len(summary.graphs)} graphs")
    for graph in summary.graphs:
        typer.echo(f"  graph {graph}")
    for skipped in summary.skipped:
        typer.echo(f"warning: seed skipped: {skipped}", err=True)
    _print_table(("type", "count"), sorted(summary.counts.items()))


@app.command()
def validate(store: StoreOption = None) -> None:
    """Check the built graph against ontology/shapes.ttl (SHACL); exit 1 listing violations."""
    from blocgraph.store import Store
    from blocgraph.validate import validate as validate_store

    settings = _settings(store)
    try:
        embedded = Store.open(settings.store)
    except StoreError as exc:
        raise _fail(str(exc)) from None
    violations = validate_store(embedded, settings.ontology_dir / "shapes.ttl")
    if violations:
        for violation in violations:
            typer.echo(str(violation), err=True)
        raise _fail(f"{len(violations)} SHACL violation(s)")
    typer.echo("the graph conforms to ontology/shapes.ttl")


@app.command()
def bodies(
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
    day, role_key, layer_key = _as_of(as_of, history), _role(role), _layer(layer)
    graph = _open(_settings(store, endpoint))
    code = _resolve(NameIndex.from_store(graph), state, None)
    _print_records(bodies_of(graph, code, as_of=day, role=role_key, layer=layer_key), as_json, code)


@app.command()
def members(
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
    day, role_key, layer_key = _as_of(as_of, history), _role(role), _layer(layer)
    graph = _open(_settings(store, endpoint))
    code = _resolve(NameIndex.from_store(graph), body, "body")
    records = members_of(graph, code, as_of=day, role=role_key, layer=layer_key)
    _print_records(records, as_json, code)


@app.command()
def crosscheck(
    as_json: JsonOption = False,
    store: StoreOption = None,
    reference_dir: Annotated[
        Path | None,
        typer.Option(
            "--reference",
            help="Folder with the Factbook and COW lists [default: data/crosscheck].",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Where the curated memberships disagree with the Factbook (2026-01) and COW (to 2014)."""
    from blocgraph.crosscheck import crosscheck as run_crosscheck

    settings = _settings(store)
    folder = reference_dir or settings.data_dir / "crosscheck"
    report = run_crosscheck(_open(settings), folder)
    if as_json:
        typer.echo(json.dumps([d.to_json() for d in report], ensure_ascii=False, indent=2))
        return
    rows = [(d.dataset, d.body, d.state, d.theirs, d.ours, d.explained or "") for d in report]
    _print_table(("dataset", "body", "state", "they say", "we say", "explained by"), rows)
    typer.echo(f"{len(report)} disagreement(s)")


@app.command()
def load(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="RDF files: .ttl .nt .nq .trig .jsonld .rdf (format from the extension).",
            exists=True,
            dir_okay=False,
            readable=True,
        ),
    ],
    graph: Annotated[
        str | None,
        typer.Option(
            "--graph",
            metavar="IRI",
            help="Named graph for the files' triples [default: each file's file: IRI]. "
            "Quads in N-Quads/TriG keep their own graphs.",
            show_default=False,
        ),
    ] = None,
    store: StoreOption = None,
) -> None:
    """Add your own RDF to the store as named graphs: every file parses, or nothing is added.

    Creates the store if there is none yet (a store of only your graphs).

    Restart a running `blocgraph serve` afterwards to see the new graphs.
    """
    from blocgraph.store import LoadError, Store, load_files
    from blocgraph.vocab import (
        CATALOGUE_GRAPH,
        LAYER_GRAPHS,
        ONTOLOGY_GRAPH,
        REFERENCE_GRAPH,
        RELATIONS_GRAPH,
    )

    settings = _settings(store)
    if graph is not None and not _looks_like_iri(graph):
        raise _fail(f"--graph {graph!r} is not an absolute IRI (e.g. http://example.org/g)", 2)
    try:
        target = Store.open(settings.store, read_only=False, create=True)
        loaded = load_files(
            target.inner,
            files,
            graph,
            reserved={
                str(REFERENCE_GRAPH),
                str(ONTOLOGY_GRAPH),
                str(RELATIONS_GRAPH),
                str(CATALOGUE_GRAPH),
                *map(str, LAYER_GRAPHS.values()),
            },
        )
    except (LoadError, StoreError) as exc:
        raise _fail(f"{exc}\nnothing was loaded; the store is unchanged") from None
    for item in loaded:
        typer.echo(f"loaded {item.quads} quads from {item.path} into {', '.join(item.graphs)}")


def _looks_like_iri(text: str) -> bool:
    scheme, _, rest = text.partition(":")
    return (
        bool(scheme)
        and scheme.replace("+", "").replace("-", "").replace(".", "").isalnum()
        and bool(rest)
        and not any(c in text for c in ' <>"{}|\\^`')
    )


@app.command()
def serve(
    host: Annotated[
        str | None,
        typer.Option(
            help="Interface to listen on [default: 127.0.0.1; env: BLOCGRAPH_HOST].",
            show_default=False,
        ),
    ] = None,
    port: Annotated[
        int | None,
        typer.Option(help="Port [default: 8000; env: BLOCGRAPH_PORT].", show_default=False),
    ] = None,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Serve SPARQL (/sparql), JSON lookups (/api), linked data (/id) and docs (/docs)."""
    import uvicorn

    from blocgraph.api import create_app
    from blocgraph.api._server import protocol_class

    settings = _settings(store, endpoint)
    _open(settings)  # a missing store or an unreachable endpoint fails here, in one line
    changes: dict[str, object] = {}
    if host:
        changes["host"] = host
    if port:
        changes["port"] = port
    settings = settings.model_copy(update=changes)
    typer.echo(
        f"serving on http://{settings.host}:{settings.port}/ (SPARQL at /sparql, API docs at /docs)"
    )
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_level="info",
        http=protocol_class(settings.max_url_bytes),
    )


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


def _analysis_inputs(
    store: Path | None,
    endpoint: str | None,
    bodies: str | None,
    roles: str | None,
    as_of: str | None,
) -> tuple[MembershipData, list[str] | None, tuple[str, ...], date]:
    from blocgraph.analysis import DEFAULT_ROLES, load_membership_data

    graph = _open(_settings(store, endpoint))
    keys = None
    if bodies:
        index = NameIndex.from_store(graph)
        keys = [_resolve(index, name.strip(), "body") for name in bodies.split(",") if name.strip()]
    role_keys = tuple(r.strip() for r in roles.split(",")) if roles else DEFAULT_ROLES
    for role in role_keys:
        _role(role)
    day = _as_of(as_of, False)
    assert day is not None
    return load_membership_data(graph), keys, role_keys, day


def _report(make: Callable[..., dict[str, Any]], *args: Any, **kwargs: Any) -> dict[str, Any]:
    """Run an analysis report; a bad option (unknown region, scheme …) exits 2 with its message."""
    try:
        return make(*args, **kwargs)
    except ValueError as exc:
        raise _fail(str(exc), 2) from None


def _print_report(report: dict[str, Any], as_json: bool, lines: Callable[[], None]) -> None:
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        lines()


def _pct(share: float) -> str:
    return f"{share * 100:.1f}%"


@app.command()
def coverage(
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
    body is pan-continental. Without --bodies: every body with most of its members there."""
    from blocgraph.analysis import coverage_report

    data, keys, role_keys, day = _analysis_inputs(store, endpoint, bodies, roles, as_of)
    report = _report(
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
        _print_table(
            ("body", "members", "in continent", "share", "continental"),
            [
                (
                    b["body"],
                    b["members"],
                    b["members_in_continent"],
                    _pct(b["share"]),
                    "yes" if b["continental"] else "no",
                )
                for b in report["bodies"]
            ],
        )
        union = report["union"]
        typer.echo(f"union: {union['count']} states ({_pct(union['share'])})")
        gaps = report["uncovered"]
        typer.echo(f"uncovered ({len(gaps)}): {' '.join(gaps) if gaps else 'none'}")
        pan = report["pan_continental"]
        typer.echo(
            f"pan-continental (continental body covering ≥ {_pct(threshold)}): "
            f"{', '.join(pan) if pan else 'none'}"
        )

    _print_report(report, as_json, lines)


@app.command()
def overlaps(
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

    data, keys, role_keys, day = _analysis_inputs(store, endpoint, bodies, roles, as_of)
    report = overlap_report(data, chosen=keys or SEED_BODIES, as_of=day, roles=role_keys)

    def lines() -> None:
        _print_table(
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
        _print_table(
            ("exactly in", "states", "which"),
            [
                ("+".join(i["bodies"]), len(i["states"]), " ".join(i["states"]))
                for i in report["intersections"]
            ],
        )

    _print_report(report, as_json, lines)


@app.command()
def cover(
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

    data, keys, role_keys, day = _analysis_inputs(store, endpoint, bodies, roles, as_of)
    report = _report(
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
            typer.echo(f"no set of the candidates covers {_pct(share)} of {report['continent']}")
            return
        typer.echo(
            f"{len(report['bodies'])} bodies cover {report['covered']} of "
            f"{report['states']} states of {report['continent']}: "
            f"{', '.join(report['bodies'])}"
            + ("" if report["exact"] else " (search budget reached: may not be smallest)")
        )
        if report["uncoverable"]:
            typer.echo(f"in none of the candidates: {' '.join(report['uncoverable'])}")

    _print_report(report, as_json, lines)


@app.command()
def whatif(
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
        raise _fail("give --union and/or --members", 2)
    data, keys, role_keys, day = _analysis_inputs(store, endpoint, union, roles, as_of)
    codes = [c.strip().upper() for c in (members_list or "").split(",") if c.strip()]
    report = _report(
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
            f"{report['continent']} ({_pct(report['share'])})"
        )
        typer.echo(f"missing ({len(report['missing'])}): {' '.join(report['missing'])}")

    _print_report(report, as_json, lines)


@app.command("brokers")
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

    data, keys, role_keys, day = _analysis_inputs(store, endpoint, bodies, roles, as_of)
    report = broker_report(data, chosen=keys, as_of=day, roles=role_keys, top=top)

    def lines() -> None:
        _print_table(
            ("state", "betweenness", "bodies", "of the seed's six"),
            [
                (b["state"], f"{b['betweenness']:.4f}", b["bodies"], b["seed_bodies"])
                for b in report["brokers"]
            ],
        )
        typer.echo("communities of bodies:")
        for community in report["communities"]:
            typer.echo("  " + ", ".join(community))

    _print_report(report, as_json, lines)


@app.command()
def span(
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

    data, keys, role_keys, day = _analysis_inputs(store, endpoint, bodies, roles, as_of)
    report = _report(span_report, data, scheme=scheme, chosen=keys, as_of=day, roles=role_keys)

    def lines() -> None:
        _print_table(
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

    _print_report(report, as_json, lines)


@app.command()
def change(
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

    first, second = _as_of(before, False), _as_of(after, False)
    assert first is not None and second is not None
    data, keys, role_keys, _day = _analysis_inputs(store, endpoint, bodies, roles, None)
    report = _report(
        change_report,
        data,
        before=first,
        after=second,
        chosen=keys or SEED_BODIES,
        continent=continent,
        roles=role_keys,
    )

    def lines() -> None:
        _print_table(
            ("body", before, after, "gained", "lost"),
            [
                (b["body"], b["before"], b["after"], " ".join(b["gained"]), " ".join(b["lost"]))
                for b in report["bodies"]
            ],
        )
        old, new = report["coverage_before"]["union"], report["coverage_after"]["union"]
        typer.echo(
            f"{report['coverage_after']['continent']} covered by their union: "
            f"{_pct(old['share'])} → {_pct(new['share'])}"
        )

    _print_report(report, as_json, lines)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"blocgraph {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """blocgraph command line."""


app.command("extract")(extract_command)
app.command("check")(check_command)
app.command("evaluate")(evaluate_command)
app.command("map")(map_command)
app.command("overlaps-chart")(overlaps_chart_command)
app.command("relations")(relations_command)
app.command("treaty")(treaty_command)
app.command("security")(security_command)
app.command("sources")(sources_command)
app.command("universe")(universe_command)
app.command("export")(export_command)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
