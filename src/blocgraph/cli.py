"""The ``blocgraph`` command: build, validate, look up. It only parses arguments and prints."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from blocgraph import __version__
from blocgraph.build import build as build_graph
from blocgraph.config import Settings, get_settings
from blocgraph.crosscheck import crosscheck as run_crosscheck
from blocgraph.lookup import (
    AmbiguousNameError,
    MembershipRecord,
    NameIndex,
    UnknownNameError,
    bodies_of,
    members_of,
)
from blocgraph.reference import ROLES, DataError
from blocgraph.store import GraphStore, LoadError, Store, StoreError, load_files, open_store
from blocgraph.validate import validate as validate_store
from blocgraph.vocab import ONTOLOGY_GRAPH, REFERENCE_GRAPH

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

StoreOption = Annotated[
    Path | None,
    typer.Option(
        "--store",
        help="Folder of the store [env: BLOCGRAPH_STORE; default: var/store].",
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
EndpointOption = Annotated[
    str | None,
    typer.Option(
        "--endpoint",
        metavar="URL",
        help="Read a SPARQL 1.1 endpoint instead of the embedded store [env: BLOCGRAPH_ENDPOINT].",
        show_default=False,
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


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


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
            r.sources[0].url if r.sources else "",
        )
        for r in records
    ]
    _print_table(("body", "member", "role", "start", "end", "uncertain", "source"), rows)


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
    settings = _settings(store)
    try:
        summary = build_graph(settings)
    except DataError as exc:
        raise _fail(str(exc)) from None
    typer.echo(f"built {summary.store}: {summary.triples} triples in {len(summary.graphs)} graphs")
    for graph in summary.graphs:
        typer.echo(f"  graph {graph}")
    _print_table(("type", "count"), sorted(summary.counts.items()))


@app.command()
def validate(store: StoreOption = None) -> None:
    """Check the built graph against ontology/shapes.ttl (SHACL); exit 1 listing violations."""
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
) -> None:
    """Which bodies include STATE (in what role, since when, says who)."""
    day, role_key = _as_of(as_of, history), _role(role)
    graph = _open(_settings(store, endpoint))
    code = _resolve(NameIndex.from_store(graph), state, None)
    _print_records(bodies_of(graph, code, as_of=day, role=role_key), as_json, code)


@app.command()
def members(
    body: Annotated[str, typer.Argument(help="Body key, name or alias: SCO, ШОС.")],
    as_of: AsOfOption = None,
    role: RoleOption = None,
    history: HistoryOption = False,
    as_json: JsonOption = False,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Who is in BODY (in what role, since when, says who)."""
    day, role_key = _as_of(as_of, history), _role(role)
    graph = _open(_settings(store, endpoint))
    code = _resolve(NameIndex.from_store(graph), body, "body")
    _print_records(members_of(graph, code, as_of=day, role=role_key), as_json, code)


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
    settings = _settings(store)
    if graph is not None and not _looks_like_iri(graph):
        raise _fail(f"--graph {graph!r} is not an absolute IRI (e.g. http://example.org/g)", 2)
    try:
        target = Store.open(settings.store, read_only=False, create=True)
        loaded = load_files(
            target.inner, files, graph, reserved={str(REFERENCE_GRAPH), str(ONTOLOGY_GRAPH)}
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
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="info")


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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
