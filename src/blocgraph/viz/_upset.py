"""The UpSet chart of the exclusive intersections of bodies' memberships (Lex et al. 2014), as a
scene for the SVG and PNG backends; the overlap matrix and the shared layout are in ``_charts``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np

from blocgraph.analysis import (
    DEFAULT_ROLES,
    MembershipData,
    exclusive_intersections,
    membership_graph,
)
from blocgraph.viz import _palette as pal
from blocgraph.viz._chart_frame import BAR, MARGIN, WIDTH, chart_footer, chart_header, chart_inputs
from blocgraph.viz._common import members, roles_text
from blocgraph.viz._png import render_png
from blocgraph.viz._scene import Circle, Group, Node, Polyline, Rect, Scene, Text
from blocgraph.viz._svg import render_svg
from blocgraph.viz._text import text_width


def upset_scene(
    data: MembershipData,
    *,
    bodies: Sequence[str] | None = None,
    as_of: date | None = None,
    roles: Sequence[str] = DEFAULT_ROLES,
    top: int = 30,
) -> Scene:
    """The UpSet chart as a :class:`Scene` (see :func:`upset_svg`)."""
    if top < 1:
        raise ValueError(f"top must be at least 1, not {top}")
    chosen, day, role_keys = chart_inputs(data, bodies, as_of, roles)
    graph = membership_graph(data, day, role_keys)
    sets = {b: members(graph, b) for b in chosen}
    combos = exclusive_intersections(graph, chosen)
    shown, rest = combos[:top], combos[top:]
    title = f"States in exactly each combination of {', '.join(chosen)} as of {day.isoformat()}"
    subtitle = (
        "Bars: states that belong to exactly the bodies marked below, and to none of the "
        f"others shown. Left: all members of each body. Membership counts {roles_text(role_keys)}."
    )
    nodes, y = chart_header(title, subtitle)
    if rest:
        note = (
            f"Showing the {len(shown)} largest of {len(combos)} combinations; the other "
            f"{len(rest)} hold {sum(len(c.states) for c in rest)} states."
        )
        y += 13 * 1.35
        nodes.append(Text(MARGIN, y, note, 13, pal.MUTED, attrs={"class": "note"}))

    label_size = 13.0
    label_width = max(text_width(b, label_size, True) for b in chosen)
    sizes_width = 150.0
    left = MARGIN + sizes_width + label_width + 16
    column = min(56.0, (WIDTH - left - MARGIN) / max(1, len(shown)))
    bars_top = y + 34
    bars_height = 230.0
    bars_bottom = bars_top + bars_height
    row_height = 24.0
    rows_top = bars_bottom + 12
    biggest = max((len(c.states) for c in shown), default=0) or 1

    axis = [
        Text(
            left - 10,
            bars_bottom - 46 + 15 * i,
            line,
            12,
            pal.MUTED,
            "end",
            attrs={"class": "axis-label"},
        )
        for i, line in enumerate(("States in", "exactly this", "combination"))
    ]
    bars: list[Node] = [
        *axis,
        Polyline(
            np.array([[left - 4, bars_bottom], [left + column * len(shown), bars_bottom]]),
            "#999999",
            0.8,
        ),
    ]
    for k, combo in enumerate(shown):
        count = len(combo.states)
        height = bars_height * count / biggest
        x = left + k * column + column * 0.15
        label = " + ".join(combo.bodies)
        bars.append(
            Rect(
                x,
                bars_bottom - height,
                column * 0.7,
                height,
                BAR,
                None,
                0.0,
                {
                    "class": "intersection",
                    "data-bodies": " ".join(sorted(combo.bodies)),
                    "data-count": str(count),
                    "data-states": " ".join(combo.states),
                },
                f"exactly {label}: {count} ({', '.join(combo.states)})",
            )
        )
        bars.append(
            Text(
                x + column * 0.35,
                bars_bottom - height - 4,
                str(count),
                min(11.0, column * 0.45),
                pal.INK,
                "middle",
            )
        )
    nodes.append(Group(bars, {"class": "intersections"}))

    grid: list[Node] = []
    radius = min(6.5, column * 0.3)
    largest_set = max((len(s) for s in sets.values()), default=0) or 1
    for i, body in enumerate(chosen):
        cy = rows_top + i * row_height + row_height / 2
        if i % 2 == 0:
            grid.append(
                Rect(
                    MARGIN,
                    cy - row_height / 2,
                    left - MARGIN + column * len(shown),
                    row_height,
                    "#f3f3f3",
                )
            )
        grid.append(
            Text(
                left - 10,
                cy + label_size * 0.35,
                body,
                label_size,
                pal.INK,
                "end",
                bold=True,
                attrs={"class": "row-label"},
            )
        )
        size = len(sets[body])
        length = (sizes_width - 44) * size / largest_set
        right = MARGIN + sizes_width
        grid.append(
            Rect(
                right - length,
                cy - 7,
                length,
                14,
                "#7f8c99",
                None,
                0.0,
                {"class": "set-size", "data-body": body, "data-count": str(size)},
                f"{body}: {size} members",
            )
        )
        grid.append(Text(right - length - 4, cy + 4, str(size), 11, pal.MUTED, "end"))
    grid.append(
        Text(
            MARGIN + sizes_width,
            rows_top - 4,
            "Members",
            12,
            pal.MUTED,
            "end",
            attrs={"class": "axis-label"},
        )
    )
    for k, combo in enumerate(shown):
        cx = left + k * column + column / 2
        rows = [i for i, b in enumerate(chosen) if b in combo.bodies]
        ys = [rows_top + i * row_height + row_height / 2 for i in rows]
        if len(ys) > 1:
            grid.append(Polyline(np.array([[cx, min(ys)], [cx, max(ys)]]), pal.INK, 2.0))
        for i, body in enumerate(chosen):
            cy = rows_top + i * row_height + row_height / 2
            inside = body in combo.bodies
            grid.append(
                Circle(
                    cx,
                    cy,
                    radius,
                    pal.INK if inside else "#d6d6d6",
                    None,
                    0.0,
                    {
                        "class": "dot in" if inside else "dot",
                        "data-body": body,
                        "data-bodies": " ".join(sorted(combo.bodies)),
                    },
                )
            )
    nodes.append(Group(grid, {"class": "matrix"}))
    footer, y = chart_footer(data, chosen, rows_top + len(chosen) * row_height + 10)
    nodes.extend(footer)
    return Scene(
        WIDTH,
        round(y + 14),
        title,
        nodes,
        {
            "class": "bg-upset",
            "data-as-of": day.isoformat(),
            "data-bodies": ",".join(chosen),
            "data-roles": ",".join(role_keys),
            "data-combinations": str(len(combos)),
            "data-shown": str(len(shown)),
        },
    )


def upset_svg(
    data: MembershipData,
    *,
    bodies: Sequence[str] | None = None,
    as_of: date | None = None,
    roles: Sequence[str] = DEFAULT_ROLES,
    top: int = 30,
) -> str:
    """UpSet chart of the exclusive intersections of ``bodies`` as SVG text.

    Parameters:
        top: how many combinations to draw, largest first (a note says how many are left out).

    Returns:
        An SVG document (root ``class="bg-upset"``): bars ``<rect class="intersection"
        data-bodies data-count data-states>``, body sizes ``<rect class="set-size" data-body
        data-count>``, and the dot matrix.

    Raises:
        ValueError: unknown body or role, or ``top`` below 1.
    """
    return render_svg(upset_scene(data, bodies=bodies, as_of=as_of, roles=roles, top=top))


def upset_png(
    data: MembershipData,
    *,
    bodies: Sequence[str] | None = None,
    as_of: date | None = None,
    roles: Sequence[str] = DEFAULT_ROLES,
    top: int = 30,
    width: int = 1400,
) -> bytes:
    """The chart of :func:`upset_svg` as PNG bytes, ``width`` pixels wide."""
    return render_png(upset_scene(data, bodies=bodies, as_of=as_of, roles=roles, top=top), width)
