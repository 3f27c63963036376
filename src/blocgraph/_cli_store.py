"""``blocgraph build``, ``validate``, ``crosscheck``, ``load`` and ``serve``: making, checking,
extending and serving the store. Registered on the main app by :mod:`blocgraph.cli`; the heavy
parts (the build, pySHACL, the server) load inside the commands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from blocgraph._cli_common import (
    EndpointOption,
    JsonOption,
    StoreOption,
    fail,
    open_graph,
    print_table,
    settings_for,
)


def build_command(store: StoreOption = None) -> None:
    """Check data/ and build the graph (reference + ontology) into the store.

    Every problem in the data is listed with file, line and reason, and the existing store is
    left as it was. Running it twice gives the same store.
    """
    from blocgraph.build import build as build_graph
    from blocgraph.reference import DataError

    settings = settings_for(store)
    try:
        summary = build_graph(settings)
    except DataError as exc:
        raise fail(str(exc)) from None
    typer.echo(f"built {summary.store}: {summary.triples} triples in {len(summary.graphs)} graphs")
    for graph in summary.graphs:
        typer.echo(f"  graph {graph}")
    for skipped in summary.skipped:
        typer.echo(f"warning: seed skipped: {skipped}", err=True)
    print_table(("type", "count"), sorted(summary.counts.items()))


def validate_command(store: StoreOption = None) -> None:
    """Check the built graph against ontology/shapes.ttl (SHACL); exit 1 listing violations."""
    from blocgraph.store import Store, StoreError
    from blocgraph.validate import validate as validate_store

    settings = settings_for(store)
    try:
        embedded = Store.open(settings.store)
    except StoreError as exc:
        raise fail(str(exc)) from None
    violations = validate_store(embedded, settings.ontology_dir / "shapes.ttl")
    if violations:
        for violation in violations:
            typer.echo(str(violation), err=True)
        raise fail(f"{len(violations)} SHACL violation(s)")
    typer.echo("the graph conforms to ontology/shapes.ttl")


def crosscheck_command(
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

    settings = settings_for(store)
    folder = reference_dir or settings.data_dir / "crosscheck"
    report = run_crosscheck(open_graph(settings), folder)
    if as_json:
        typer.echo(json.dumps([d.to_json() for d in report], ensure_ascii=False, indent=2))
        return
    rows = [(d.dataset, d.body, d.state, d.theirs, d.ours, d.explained or "") for d in report]
    print_table(("dataset", "body", "state", "they say", "we say", "explained by"), rows)
    typer.echo(f"{len(report)} disagreement(s)")


def load_command(
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
    from blocgraph.store import LoadError, Store, StoreError, load_files
    from blocgraph.vocab import (
        CATALOGUE_GRAPH,
        LAYER_GRAPHS,
        ONTOLOGY_GRAPH,
        REFERENCE_GRAPH,
        RELATIONS_GRAPH,
    )

    settings = settings_for(store)
    if graph is not None and not _looks_like_iri(graph):
        raise fail(f"--graph {graph!r} is not an absolute IRI (e.g. http://example.org/g)", 2)
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
        raise fail(f"{exc}\nnothing was loaded; the store is unchanged") from None
    del target  # closed: the files beside the store are written from the store as it now is
    from blocgraph._store_caches import write_store_caches

    write_store_caches(settings.store)
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


def serve_command(
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

    settings = settings_for(store, endpoint)
    open_graph(settings)  # a missing store or an unreachable endpoint fails here, in one line
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
