"""``blocgraph map`` and ``blocgraph overlaps-chart``: the coverage map and the overlap charts
written to a file, SVG or PNG by its suffix. Registered on the main app by :mod:`blocgraph.cli`
(``app.command("map")(map_command)``)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from blocgraph._cli_common import (
    EndpointOption,
    StoreOption,
    open_graph,
    parse_day,
    settings_for,
)
from blocgraph._cli_common import fail as _fail

# the analytics (networkx) and the drawing (Pillow) load when a command runs, not at start-up
if TYPE_CHECKING:
    from blocgraph.analysis import MembershipData
    from blocgraph.lookup import NameIndex, RelationsSnapshot
    from blocgraph.store import GraphStore
    from blocgraph.viz._scene import Scene


class ChartKind(StrEnum):
    matrix = "matrix"
    upset = "upset"


ContinentOption = Annotated[
    str,
    typer.Option(
        "--continent",
        help="Continent or UN M49 region, by name or code "
        "(Eurasia, Europe, Asia, Africa, 'Latin America and the Caribbean', Oceania, World, 150).",
    ),
]
BodiesOption = Annotated[
    str | None,
    typer.Option(
        "--bodies",
        metavar="A,B,…",
        help="Comma-separated bodies (keys or names in any language) "
        "[default: the continent's bodies — Eurasia: CIS,EAEU,CSTO,SCO,ASEAN,OSCE; elsewhere "
        "those with most of their members there].",
        show_default=False,
    ),
]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="YYYY-MM-DD",
        help="Memberships in force on that day [default: today].",
        show_default=False,
    ),
]
MapAsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="YYYY-MM-DD",
        help="Memberships (relations:KEY: treaties, partnerships, relations) in force on "
        "that day [default: today].",
        show_default=False,
    ),
]
RolesOption = Annotated[
    str | None,
    typer.Option(
        "--roles",
        metavar="R,…",
        help="Roles that count as membership [default: member,participating_state,"
        "suspended]; add e.g. observer, partner, frozen.",
        show_default=False,
    ),
]
OutOption = Annotated[
    Path,
    typer.Option(
        "--out",
        "-o",
        metavar="FILE.svg|FILE.png",
        help="Where to write; the suffix picks the format (.svg or .png).",
        show_default=False,
    ),
]


def _format(out: Path) -> str:
    suffix = out.suffix.lower()
    if suffix not in (".svg", ".png"):
        raise _fail(f"--out {str(out)!r}: the file name must end in .svg or .png", 2)
    folder = out.parent
    if not folder.is_dir():  # a typo in a path must not leave folders behind
        raise _fail(f"--out {str(out)!r}: the folder {str(folder)!r} does not exist; create it", 2)
    return suffix[1:]


def _body(index: NameIndex, name: str) -> str:
    from blocgraph.lookup import AmbiguousNameError, UnknownNameError

    try:
        return index.resolve(name.strip(), "body").code
    except (UnknownNameError, AmbiguousNameError) as exc:
        raise _fail(str(exc), 2) from None


def _relation_party(index: NameIndex, text: str) -> str:
    """KEY of ``--measure relations:KEY``: a state by code or name in any language, or a
    body that is a party in its own right (the EU)."""
    from blocgraph._constants import PARTY_BODIES
    from blocgraph.lookup import AmbiguousNameError, UnknownNameError

    option = f"--measure relations:{text}"
    if not text.strip():
        raise _fail("--measure relations:KEY needs a state, e.g. relations:RUS", 2)
    try:
        entity = index.resolve(text.strip(), None)
    except (UnknownNameError, AmbiguousNameError) as exc:
        raise _fail(
            f"{option}: {exc} (give a state's ISO3 code or name, e.g. relations:RUS)", 2
        ) from None
    if entity.kind != "state" and entity.code not in PARTY_BODIES:
        raise _fail(
            f"{option}: {text!r} is a body ({entity.code}), not a state; give a state, e.g. "
            f"relations:RUS (of bodies only {', '.join(sorted(PARTY_BODIES))} has relations)",
            2,
        )
    return entity.code


def _inputs(
    store: Path | None, endpoint: str | None, bodies: str | None, roles: str | None
) -> tuple[MembershipData, NameIndex, list[str] | None, tuple[str, ...], GraphStore]:
    from blocgraph.analysis import DEFAULT_ROLES, load_membership_data
    from blocgraph.lookup import NameIndex

    graph = open_graph(settings_for(store, endpoint))
    index = NameIndex.from_store(graph)
    keys = [_body(index, b) for b in bodies.split(",") if b.strip()] if bodies else None
    role_keys = tuple(r.strip() for r in roles.split(",") if r.strip()) if roles else DEFAULT_ROLES
    return load_membership_data(graph), index, keys, role_keys, graph


def _write(out: Path, fmt: str, make: Callable[[], Scene], width: int) -> Scene:
    """Build the scene (a bad option exits 2 with its message) and write it atomically."""
    from blocgraph.viz._png import render_png
    from blocgraph.viz._svg import render_svg

    try:
        scene = make()
        payload = render_svg(scene).encode("utf-8") if fmt == "svg" else render_png(scene, width)
    except ValueError as exc:
        raise _fail(str(exc), 2) from None
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
        Path(temporary).chmod(0o644)  # mkstemp makes it private; a picture is for sharing
        Path(temporary).replace(out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return scene


def map_command(
    out: OutOption,
    continent: ContinentOption = "Eurasia",
    bodies: BodiesOption = None,
    as_of: MapAsOfOption = None,
    measure: Annotated[
        str,
        typer.Option(
            "--measure",
            metavar="count|gaps|body:KEY|relations:KEY",
            help="count: how many of the bodies a state is in; gaps: in none vs in at least "
            "one; body:SCO: each state's role in that body (member, observer, partner …); "
            "relations:RUS: each state's strongest tie with that state on the day (defence "
            "promise, mutual or one way > other treaty promise > declared partnership > "
            "diplomatic relations > none recorded; --bodies and --roles are ignored).",
        ),
    ] = "count",
    roles: RolesOption = None,
    width: Annotated[
        int, typer.Option("--width", min=200, max=8000, help="PNG width in pixels.")
    ] = 1600,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Draw a continent's coverage by the bodies as a map (SVG or PNG): each state coloured by
    how many of the bodies it belongs to, states in none hatched, small states marked.

    With --measure relations:KEY, each state's strongest tie with KEY instead, e.g.
    `blocgraph map --measure relations:RUS --as-of 2025-06-01 -o russia.png`."""
    fmt = _format(out)
    day = parse_day(as_of)
    data, index, keys, role_keys, graph = _inputs(store, endpoint, bodies, roles)
    relations: RelationsSnapshot | None = None
    if measure.startswith("body:") and measure[5:].strip():
        measure = "body:" + _body(index, measure[5:])
    elif measure.startswith("relations:"):
        from blocgraph.lookup import read_relations

        measure = "relations:" + _relation_party(index, measure[len("relations:") :])
        relations = read_relations(graph)
    from blocgraph.viz._map import map_scene

    scene = _write(
        out,
        fmt,
        lambda: map_scene(
            data,
            continent=continent,
            bodies=keys,
            as_of=day,
            measure=measure,
            roles=role_keys,
            relations=relations,
        ),
        width,
    )
    typer.echo(f"wrote {out}: {scene.title}")


def overlaps_chart_command(
    out: OutOption,
    kind: Annotated[
        ChartKind,
        typer.Option(
            "--kind",
            help="matrix: shared members of every pair of bodies; upset: states in exactly "
            "each combination of the bodies.",
        ),
    ] = ChartKind.matrix,
    bodies: BodiesOption = None,
    as_of: AsOfOption = None,
    roles: RolesOption = None,
    top: Annotated[
        int, typer.Option("--top", min=1, help="upset: how many combinations to draw.")
    ] = 30,
    width: Annotated[
        int | None,
        typer.Option(
            "--width",
            min=200,
            max=8000,
            help="PNG width in pixels [default: 1200 for the matrix, 1400 for upset].",
            show_default=False,
        ),
    ] = None,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Draw how bodies overlap (SVG or PNG): the body × body matrix of shared members, or the
    UpSet chart of states in exactly each combination."""
    fmt = _format(out)
    day = parse_day(as_of)
    from blocgraph.viz._charts import overlap_matrix_scene
    from blocgraph.viz._upset import upset_scene

    data, _, keys, role_keys, _ = _inputs(store, endpoint, bodies, roles)
    if kind is ChartKind.matrix:
        scene = _write(
            out,
            fmt,
            lambda: overlap_matrix_scene(data, bodies=keys, as_of=day, roles=role_keys),
            width or 1200,
        )
    else:
        scene = _write(
            out,
            fmt,
            lambda: upset_scene(data, bodies=keys, as_of=day, roles=role_keys, top=top),
            width or 1400,
        )
    typer.echo(f"wrote {out}: {scene.title}")
