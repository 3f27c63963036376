"""Choropleth of a continent's coverage by bodies: each state coloured by how many of the bodies
it belongs to (or whether it is in any, or its role in one body, or — ``relations:KEY``, in
``_map_relations`` — its strongest tie with one state), gaps hatched, small states marked, a
legend, and a title that states the date and the bodies.

Example:
    >>> from blocgraph.config import get_settings
    >>> from blocgraph.store import Store
    >>> from blocgraph.analysis import load_membership_data
    >>> data = load_membership_data(Store.open(get_settings().store))       # doctest: +SKIP
    >>> svg = map_svg(data, continent="Eurasia", as_of=date(2026, 11, 27))  # doctest: +SKIP
    >>> 'data-iso3="RUS"' in svg                                            # doctest: +SKIP
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path as FilePath

from blocgraph.analysis import (
    DEFAULT_ROLES,
    MembershipData,
)
from blocgraph.config import get_settings
from blocgraph.lookup import RelationsSnapshot
from blocgraph.viz import _palette as pal
from blocgraph.viz._cartography import draw_rings, frame_for, graticule, marker_anchor
from blocgraph.viz._common import (
    body_key_text,
)
from blocgraph.viz._map_measures import _analyse, _Analysis, _tooltip
from blocgraph.viz._map_relations import PREFIX as RELATIONS
from blocgraph.viz._map_relations import relations_analysis
from blocgraph.viz._png import render_png
from blocgraph.viz._projection import ring_area, simplify
from blocgraph.viz._scene import Circle, Group, Node, Path, Rect, Scene, Text
from blocgraph.viz._svg import render_svg
from blocgraph.viz._text import text_width, wrap
from blocgraph.viz._world import GEOMETRY_CREDIT, WORLD_FILE, load_world

WIDTH = 1000.0
MARGIN = 20.0
#: States whose drawn area is below this (picture units², ~50 px² at 1600 px) get a marker.
SMALL_AREA = 20.0
MARKER_RADIUS = 3.4
#: Radial simplification (picture units): below what any screen shows at 1600 px.
TOLERANCE = 0.4
MEASURES = ("count", "gaps", "body:KEY", "relations:KEY")


def _legend(analysis: _Analysis, y: float) -> tuple[Group, float]:
    size = 12.5
    nodes: list[Node] = [Text(MARGIN, y + 13, analysis.legend_title, size, bold=True)]
    y += 22
    x = MARGIN
    entries = [
        (c.key, c.label + f" ({c.states})", c.fill, {"data-states": str(c.states), **c.attrs})
        for c in analysis.classes
    ]
    entries.append(("context", analysis.context_label, pal.CONTEXT, {}))
    for key, label, fill, extra in entries:
        width = 24 + 6 + text_width(label, size) + 22
        if x + width > WIDTH - MARGIN and x > MARGIN:
            x = MARGIN
            y += 22
        item: list[Node] = [
            Rect(x, y, 24, 15, fill, "#666666", 0.5, {"class": "swatch"}),
            Text(x + 30, y + 12, label, size),
        ]
        attrs = {"class": "legend-item", "data-value": key, **extra}
        if isinstance(fill, str):
            attrs["data-fill"] = fill
        nodes.append(Group(item, attrs))
        x += width
    return Group(nodes, {"class": "legend"}), y + 15


def _paragraph(text: str, y: float, size: float, fill: str, cls: str) -> tuple[list[Node], float]:
    nodes: list[Node] = []
    for line in wrap(text, size=size, width=WIDTH - 2 * MARGIN):
        y += size * 1.35
        nodes.append(Text(MARGIN, y, line, size, fill, attrs={"class": cls}))
    return nodes, y


def map_scene(
    data: MembershipData,
    *,
    continent: str = "Eurasia",
    bodies: Sequence[str] | None = None,
    as_of: date | None = None,
    measure: str = "count",
    roles: Sequence[str] = DEFAULT_ROLES,
    geometry: FilePath | None = None,
    relations: RelationsSnapshot | None = None,
) -> Scene:
    """The map as a :class:`Scene` (see :func:`map_svg` for the parameters)."""
    if measure.startswith(RELATIONS):
        if relations is None:
            raise ValueError(f"{measure}: the map of ties needs the relations (relations=…)")
        analysis = relations_analysis(data, relations, continent, as_of, measure)
    else:
        analysis = _analyse(data, continent, bodies, as_of, measure, roles)
    world = load_world(geometry or get_settings().data_dir / "geo" / WORLD_FILE)
    nodes: list[Node] = []

    # header
    y = 8.0
    header: list[Node] = []
    size = next(
        (
            s
            for s in (22.0, 21.0, 20.0, 19.0, 18.0)
            if text_width(analysis.title, s, True) < WIDTH - 2 * MARGIN
        ),
        20.0,
    )
    for line in wrap(analysis.title, size=size, width=WIDTH - 2 * MARGIN, bold=True):
        y += size * 1.3
        header.append(Text(MARGIN, y, line, size, pal.INK, bold=True, attrs={"class": "title"}))
    y += 4
    for sub in analysis.subtitle:
        lines, y = _paragraph(sub, y, 13, pal.MUTED, "subtitle")
        header.extend(lines)
    top = y + 12

    frame = frame_for(world, set(analysis.values), analysis.code, (MARGIN, WIDTH - MARGIN), top)
    bx0, by0, bx1, by1 = frame.box
    nodes.append(Rect(bx0, by0, bx1 - bx0, by1 - by0, pal.OCEAN, attrs={"class": "ocean"}))
    nodes.append(Group(graticule(frame), {"class": "graticule"}))

    context: list[Node] = []
    drawn: list[Node] = []
    markers: list[Node] = []
    for code in sorted(world):
        if code in analysis.values:
            continue
        rings = draw_rings(world[code], frame)
        if rings:
            context.append(
                Path(
                    [simplify(r, TOLERANCE, frame.box) for r in rings],
                    pal.CONTEXT,
                    pal.BORDER,
                    0.35,
                    {"class": "context", "data-name": data.state_names.get(code, world[code].name)},
                    f"{data.state_names.get(code, world[code].name)} (not counted)",
                )
            )
    missing: list[str] = []
    for iso3, value in sorted(analysis.values.items()):
        rings = draw_rings(world[iso3], frame) if iso3 in world else []
        if iso3 not in world:
            missing.append(value.name)
        attrs = {
            "id": f"state-{iso3}",
            "class": "state gap" if value.gap else "state",
            "data-iso3": iso3,
            "data-name": value.name,
            "data-value": value.value,
            "data-count": str(len(value.bodies)),
            "data-bodies": " ".join(value.bodies),
            **value.attrs,
        }
        fill = value.cls.fill
        if isinstance(fill, str):
            attrs["data-fill"] = fill
        tooltip = _tooltip(value, analysis)
        drawn.append(
            Path(
                [simplify(r, TOLERANCE, frame.box) for r in rings],
                fill,
                pal.BORDER,
                0.35,
                attrs,
                tooltip,
            )
        )
        area = sum(ring_area(r) for r in rings)
        anchor = marker_anchor(world[iso3], rings, frame) if iso3 in world else None
        if anchor is not None and area < SMALL_AREA:
            cx, cy = anchor
            marker_attrs = {
                "id": f"marker-{iso3}",
                "class": "state-marker gap" if value.gap else "state-marker",
                "data-iso3": iso3,
            }
            markers.append(
                Circle(cx, cy, MARKER_RADIUS, fill, "#333333", 0.6, marker_attrs, tooltip)
            )
    nodes.append(Group(context, {"class": "context-states"}))
    nodes.append(Group(drawn, {"class": "states"}))
    nodes.append(Group(markers, {"class": "markers"}))
    nodes.append(Rect(bx0, by0, bx1 - bx0, by1 - by0, None, pal.FRAME, 0.8, {"class": "frame"}))
    nodes.extend(header)

    legend, y = _legend(analysis, by1 + 12)
    nodes.append(legend)
    y += 8
    gaps = [v.name for v in analysis.values.values() if v.gap]
    if gaps and len(gaps) <= 60:
        label = analysis.gap_label or (
            "In none" if len(analysis.chosen) > 1 else f"Not in the {analysis.chosen[0]}"
        )
        lines, y = _paragraph(
            f"{label} ({len(gaps)}): {', '.join(sorted(gaps))}.", y, 12.5, pal.INK, "gaps"
        )
        nodes.extend(lines)
    if missing:
        lines, y = _paragraph(
            f"No shape on the map: {', '.join(missing)}.", y, 11, pal.MUTED, "note"
        )
        nodes.extend(lines)
    keys = analysis.footnote if analysis.footnote else body_key_text(data, analysis.chosen)
    lines, y = _paragraph(keys, y + 4, 11, pal.MUTED, "bodies")
    nodes.extend(lines)
    p = frame.projection
    centre = f"{abs(p.lon0):g}°{'E' if p.lon0 >= 0 else 'W'}"
    kind = "Albers equal-area conic" if p.kind == "albers" else "Equal Earth"
    credit = (
        f"Data: {analysis.data_credit}. {GEOMETRY_CREDIT}. {kind} projection centred on {centre}."
    )
    lines, y = _paragraph(credit, y, 10.5, pal.FAINT, "credit")
    nodes.extend(lines)

    return Scene(
        WIDTH,
        round(y + 14),
        analysis.title,
        nodes,
        {
            "class": "bg-map",
            "data-continent": analysis.region,
            "data-continent-code": analysis.code,
            "data-as-of": analysis.day.isoformat(),
            "data-bodies": ",".join(analysis.chosen),
            "data-measure": analysis.measure,
            "data-roles": ",".join(analysis.roles),
        },
    )


def map_svg(
    data: MembershipData,
    *,
    continent: str = "Eurasia",
    bodies: Sequence[str] | None = None,
    as_of: date | None = None,
    measure: str = "count",
    roles: Sequence[str] = DEFAULT_ROLES,
    relations: RelationsSnapshot | None = None,
) -> str:
    """A choropleth of ``continent`` as SVG text.

    Parameters:
        data: from :func:`blocgraph.analysis.load_membership_data`.
        continent: a continent or UN M49 region, by name or code (``Eurasia``, ``Africa``,
            ``Latin America and the Caribbean``, ``World``, ``150``).
        bodies: body keys (default: the continent's, :func:`blocgraph.analysis.default_bodies`:
            the seed's six for Eurasia, the region's own bodies elsewhere); ignored by
            ``body:KEY``.
        as_of: the day (default: today).
        measure: ``count`` (how many of the bodies a state is in), ``gaps`` (in none vs in at
            least one), ``body:KEY`` (the state's role in that body: member, observer,
            partner …, none) or ``relations:KEY`` (the state's strongest tie with the state
            KEY on the day, in the order of :data:`blocgraph.analysis.TIE_ORDER`; KEY an ISO3
            code; ``data-value`` is the tie, ``data-tie`` its label, KEY's own is ``key``).
        roles: roles that count as membership (default ``DEFAULT_ROLES``); ignored by
            ``relations:KEY``.
        relations: the curated relations (:func:`blocgraph.lookup.read_relations`), needed
            by ``relations:KEY`` only.

    Returns:
        An SVG document: root ``class="bg-map"`` with ``data-continent``, ``data-as-of``,
        ``data-bodies``; one ``class="state"`` element per state of the continent
        (``id="state-RUS"``, ``data-iso3``, ``data-name``, ``data-value``, ``data-count``,
        ``data-bodies`` space-separated and sorted; ``gap`` added when in none of the bodies),
        ``class="state-marker"`` circles for small states, ``class="context"`` shapes around,
        a ``<g class="legend">`` and the title.

    Raises:
        ValueError: unknown continent, body, measure, role or relations KEY.
    """
    return render_svg(
        map_scene(
            data,
            continent=continent,
            bodies=bodies,
            as_of=as_of,
            measure=measure,
            roles=roles,
            relations=relations,
        )
    )


def map_png(
    data: MembershipData,
    *,
    continent: str = "Eurasia",
    bodies: Sequence[str] | None = None,
    as_of: date | None = None,
    measure: str = "count",
    roles: Sequence[str] = DEFAULT_ROLES,
    width: int = 1600,
    relations: RelationsSnapshot | None = None,
) -> bytes:
    """The same map as :func:`map_svg`, as PNG bytes ``width`` pixels wide."""
    scene = map_scene(
        data,
        continent=continent,
        bodies=bodies,
        as_of=as_of,
        measure=measure,
        roles=roles,
        relations=relations,
    )
    return render_png(scene, width)
