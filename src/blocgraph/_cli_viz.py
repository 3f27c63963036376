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
    from blocgraph.lookup import NameIndex
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


def _inputs(
    store: Path | None, endpoint: str | None, bodies: str | None, roles: str | None
) -> tuple[MembershipData, NameIndex, list[str] | None, tuple[str, ...]]:
    from blocgraph.analysis import DEFAULT_ROLES, load_membership_data
    from blocgraph.lookup import NameIndex

    graph = open_graph(settings_for(store, endpoint))
    index = NameIndex.from_store(graph)
    keys = [_body(index, b) for b in bodies.split(",") if b.strip()] if bodies else None
    role_keys = tuple(r.strip() for r in roles.split(",") if r.strip()) if roles else DEFAULT_ROLES
    return load_membership_data(graph), index, keys, role_keys


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
    as_of: AsOfOption = None,
    measure: Annotated[
        str,
        typer.Option(
            "--measure",
            metavar="count|gaps|body:KEY",
            help="count: how many of the bodies a state is in; gaps: in none vs in at least "
            "one; body:SCO: each state's role in that body (member, observer, partner …).",
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
    how many of the bodies it belongs to, states in none hatched, small states marked."""
    fmt = _format(out)
    day = parse_day(as_of)
    data, index, keys, role_keys = _inputs(store, endpoint, bodies, roles)
    if measure.startswith("body:") and measure[5:].strip():
        measure = "body:" + _body(index, measure[5:])
    from blocgraph.viz._map import map_scene

    scene = _write(
        out,
        fmt,
        lambda: map_scene(
            data, continent=continent, bodies=keys, as_of=day, measure=measure, roles=role_keys
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

    data, _, keys, role_keys = _inputs(store, endpoint, bodies, roles)
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
