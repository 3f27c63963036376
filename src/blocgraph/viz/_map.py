"""Choropleth of a continent's coverage by bodies: each state coloured by how many of the bodies
it belongs to (or whether it is in any, or its role in one body), gaps hatched, small states
marked, a legend, and a title that states the date and the bodies.

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

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path as FilePath

from blocgraph.analysis import (
    DEFAULT_ROLES,
    MembershipData,
    continent_states,
    membership_graph,
    resolve_region,
)
from blocgraph.config import get_settings
from blocgraph.viz import _palette as pal
from blocgraph.viz._cartography import draw_rings, frame_for, graticule, marker_anchor
from blocgraph.viz._common import (
    ROLE_LABELS,
    body_key,
    body_key_text,
    check_roles,
    chosen_bodies,
    members,
    roles_text,
)
from blocgraph.viz._png import render_png
from blocgraph.viz._projection import ring_area, simplify
from blocgraph.viz._scene import Circle, Fill, Group, Node, Path, Rect, Scene, Text
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
MEASURES = ("count", "gaps", "body:KEY")


#: When a state holds several roles in a body at once, the one shown.
_ROLE_ORDER = (
    "member",
    "participating_state",
    "suspended",
    "associate_member",
    "frozen",
    "candidate",
    "observer",
    "partner",
    "dialogue_partner",
)


@dataclass(slots=True)
class _Class:
    """One legend entry: the states whose value falls in it share its fill."""

    key: str
    label: str
    fill: Fill
    states: int = 0
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class _StateValue:
    iso3: str
    name: str
    bodies: tuple[str, ...]
    value: str
    cls: _Class
    gap: bool


@dataclass(slots=True)
class _Analysis:
    region: str
    code: str
    day: date
    chosen: list[str]
    measure: str
    roles: tuple[str, ...]
    values: dict[str, _StateValue]
    classes: list[_Class]
    legend_title: str
    title: str
    subtitle: list[str] = field(default_factory=list)
    context_label: str = "not counted"


def _count_classes(n: int) -> list[tuple[int, int]]:
    """Legend classes for counts 1..n: one per count up to 8, then widening bins."""
    if n <= 8:
        return [(i, i) for i in range(1, n + 1)]
    bins = [(1, 1), (2, 2), (3, 3)]
    low, width = 4, 2
    while low <= n:
        bins.append((low, min(n, low + width - 1)))
        low += width
        width *= 2
    return bins


def _analyse(
    data: MembershipData,
    continent: str,
    bodies: Sequence[str] | None,
    as_of: date | None,
    measure: str,
    roles: Sequence[str],
) -> _Analysis:
    code = resolve_region(data, continent)
    region = data.region_names[code]
    day = as_of or date.today()
    role_keys = check_roles(roles)
    states = continent_states(data, code)
    if measure.startswith("body:"):
        chosen = [body_key(data, measure[5:])]
    elif measure in ("count", "gaps"):
        chosen = chosen_bodies(data, bodies)
    else:
        raise ValueError(f"unknown measure {measure!r}: use count, gaps or body:KEY (body:SCO)")
    graph = membership_graph(data, day, role_keys)
    sets = {b: members(graph, b) for b in chosen}
    in_bodies = {s: tuple(sorted(b for b in chosen if s in sets[b])) for s in states}
    analysis = _Analysis(region, code, day, chosen, measure, role_keys, {}, [], "", "")

    def add(iso3: str, value: str, cls: _Class) -> None:
        cls.states += 1
        name = data.state_names.get(iso3, iso3)
        analysis.values[iso3] = _StateValue(
            iso3, name, in_bodies[iso3], value, cls, not in_bodies[iso3]
        )

    if measure == "count":
        _count_measure(analysis, in_bodies, add)
    elif measure == "gaps":
        _gaps_measure(analysis, in_bodies, add)
    else:
        _body_measure(analysis, data, in_bodies, add)
    counted = roles_text(role_keys)
    analysis.subtitle = [
        f"Member: {counted}. Other colours: the state's role in the body on that day; "
        "hatched: no role at all."
        if measure.startswith("body:")
        else f"Membership counts {counted}. Hatched: in none of these bodies."
    ]
    analysis.subtitle.append(
        "Grey: not a UN member or observer state (Kosovo, Taiwan …), or a territory."
        if code == "001"
        else f"Grey: outside {region}, or not a UN member or observer state (Kosovo, Taiwan …)."
    )
    analysis.context_label = "not counted" if code == "001" else f"outside {region} / not counted"
    return analysis


_Add = Callable[[str, str, _Class], None]


def _gap_class(analysis: _Analysis, key: str) -> _Class:
    chosen = analysis.chosen
    label = "in none (gap)" if len(chosen) > 1 else f"not in the {chosen[0]}"
    return _Class(key, label, pal.GAP)


def _count_measure(analysis: _Analysis, in_bodies: dict[str, tuple[str, ...]], add: _Add) -> None:
    """How many of the chosen bodies each state is in: one class per count (bins past 8)."""
    bins = _count_classes(len(analysis.chosen))
    classes = [
        _Class(
            f"{lo}" if lo == hi else f"{lo}-{hi}",
            (f"{lo}" if lo == hi else f"{lo}–{hi}") + (" body" if hi == 1 else " bodies"),
            colour,
            attrs={"data-min": str(lo), "data-max": str(hi)},
        )
        for (lo, hi), colour in zip(bins, pal.sequential(len(bins)), strict=True)
    ]
    gap = _gap_class(analysis, "0")
    analysis.classes = [gap, *classes]
    for state in sorted(in_bodies):
        count = len(in_bodies[state])
        index = next((i for i, (lo, hi) in enumerate(bins) if lo <= count <= hi), None)
        add(state, str(count), gap if index is None else classes[index])
    gaps = sum(1 for b in in_bodies.values() if not b)
    analysis.legend_title = f"Number of these {len(analysis.chosen)} bodies a state belongs to"
    analysis.title = (
        f"{analysis.region}: membership in {', '.join(analysis.chosen)} as of "
        f"{analysis.day.isoformat()} — {gaps} of {len(in_bodies)} states in none"
    )


def _gaps_measure(analysis: _Analysis, in_bodies: dict[str, tuple[str, ...]], add: _Add) -> None:
    """In none of the chosen bodies, or in at least one."""
    gap = _gap_class(analysis, "gap")
    covered = _Class("covered", "in at least one", pal.COVERED)
    analysis.classes = [gap, covered]
    for state in sorted(in_bodies):
        add(state, "covered" if in_bodies[state] else "gap", covered if in_bodies[state] else gap)
    analysis.legend_title = f"In any of these {len(analysis.chosen)} bodies?"
    analysis.title = (
        f"{analysis.region}: states in none of {', '.join(analysis.chosen)} as of "
        f"{analysis.day.isoformat()} — {gap.states} of {len(in_bodies)}"
    )


def _body_measure(
    analysis: _Analysis, data: MembershipData, in_bodies: dict[str, tuple[str, ...]], add: _Add
) -> None:
    """Each state's role in one body on the day: member (by the counted roles), another role
    it holds (observer, partner …), or none."""
    key = analysis.chosen[0]
    held: dict[str, set[str]] = {}
    for spell in data.spells:
        if spell.body == key and spell.in_force(analysis.day):
            held.setdefault(spell.state, set()).add(spell.role)
    member = _Class("member", "member", pal.ROLE_COLOURS["member"])
    none = _Class("none", "no role", pal.GAP)
    by_role: dict[str, _Class] = {}
    for state in sorted(in_bodies):
        role = next((r for r in _ROLE_ORDER if r in held.get(state, set())), None)
        if in_bodies[state]:
            add(state, "member", member)
        elif role is None:
            add(state, "none", none)
        else:
            if role not in by_role:
                label = ROLE_LABELS.get(role, role).removesuffix("s")
                by_role[role] = _Class(role, label, pal.ROLE_COLOURS.get(role, pal.COVERED))
            add(state, role, by_role[role])
    others = [by_role[r] for r in _ROLE_ORDER if r in by_role]
    analysis.classes = [none, member, *others]
    analysis.legend_title = f"Role in the {key} ({data.body_names.get(key, key)})"
    more = sum(c.states for c in others)
    analysis.title = (
        f"{analysis.region}: the {key} as of {analysis.day.isoformat()} — {member.states} of "
        f"{len(in_bodies)} states are members"
        + (f", {more} more hold another role" if more else "")
    )


# --- scene --------------------------------------------------------------------------------------


def _tooltip(value: _StateValue, analysis: _Analysis) -> str:
    if analysis.measure.startswith("body:"):
        role = value.value
        what = "no role" if role == "none" else ROLE_LABELS.get(role, role).removesuffix("s")
        return f"{value.name} ({value.iso3}): {what} in the {analysis.chosen[0]}"
    if value.bodies:
        return f"{value.name} ({value.iso3}): {', '.join(value.bodies)}"
    return f"{value.name} ({value.iso3}): in none of {', '.join(analysis.chosen)}"


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
) -> Scene:
    """The map as a :class:`Scene` (see :func:`map_svg` for the parameters)."""
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
        label = "In none" if len(analysis.chosen) > 1 else f"Not in the {analysis.chosen[0]}"
        lines, y = _paragraph(
            f"{label} ({len(gaps)}): {', '.join(sorted(gaps))}.", y, 12.5, pal.INK, "gaps"
        )
        nodes.extend(lines)
    if missing:
        lines, y = _paragraph(
            f"No shape on the map: {', '.join(missing)}.", y, 11, pal.MUTED, "note"
        )
        nodes.extend(lines)
    keys = body_key_text(data, analysis.chosen)
    lines, y = _paragraph(keys, y + 4, 11, pal.MUTED, "bodies")
    nodes.extend(lines)
    p = frame.projection
    centre = f"{abs(p.lon0):g}°{'E' if p.lon0 >= 0 else 'W'}"
    kind = "Albers equal-area conic" if p.kind == "albers" else "Equal Earth"
    credit = (
        f"Data: blocgraph reference data (sourced membership spells). {GEOMETRY_CREDIT}. "
        f"{kind} projection centred on {centre}."
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
) -> str:
    """A choropleth of ``continent`` as SVG text.

    Parameters:
        data: from :func:`blocgraph.analysis.load_membership_data`.
        continent: a continent or UN M49 region, by name or code (``Eurasia``, ``Africa``,
            ``Latin America and the Caribbean``, ``World``, ``150``).
        bodies: body keys (default: the seed's six, ``SEED_BODIES``); ignored by ``body:KEY``.
        as_of: the day (default: today).
        measure: ``count`` (how many of the bodies a state is in), ``gaps`` (in none vs in at
            least one) or ``body:KEY`` (the state's role in that body: member, observer,
            partner …, none).
        roles: roles that count as membership (default ``DEFAULT_ROLES``).

    Returns:
        An SVG document: root ``class="bg-map"`` with ``data-continent``, ``data-as-of``,
        ``data-bodies``; one ``class="state"`` element per state of the continent
        (``id="state-RUS"``, ``data-iso3``, ``data-name``, ``data-value``, ``data-count``,
        ``data-bodies`` space-separated and sorted; ``gap`` added when in none of the bodies),
        ``class="state-marker"`` circles for small states, ``class="context"`` shapes around,
        a ``<g class="legend">`` and the title.

    Raises:
        ValueError: unknown continent, body, measure or role.
    """
    return render_svg(
        map_scene(
            data, continent=continent, bodies=bodies, as_of=as_of, measure=measure, roles=roles
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
) -> bytes:
    """The same map as :func:`map_svg`, as PNG bytes ``width`` pixels wide."""
    scene = map_scene(
        data, continent=continent, bodies=bodies, as_of=as_of, measure=measure, roles=roles
    )
    return render_png(scene, width)
