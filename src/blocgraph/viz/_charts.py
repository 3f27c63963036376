"""Overlap charts: the body × body matrix of shared members and the UpSet chart of exclusive
intersections (Lex et al. 2014), as scenes for the SVG and PNG backends.

Example:
    >>> from blocgraph.config import get_settings
    >>> from blocgraph.store import Store
    >>> from blocgraph.analysis import load_membership_data
    >>> data = load_membership_data(Store.open(get_settings().store))   # doctest: +SKIP
    >>> 'class="cell' in overlap_matrix_svg(data)                        # doctest: +SKIP
    True
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
    pairwise_overlaps,
)
from blocgraph.viz import _palette as pal
from blocgraph.viz._common import body_key_text, check_roles, chosen_bodies, members, roles_text
from blocgraph.viz._png import render_png
from blocgraph.viz._scene import Circle, Group, Node, Polyline, Rect, Scene, Text
from blocgraph.viz._svg import render_svg
from blocgraph.viz._text import text_width, wrap

WIDTH = 1000.0
MARGIN = 20.0
BAR = "#225ea8"


def _header(title: str, subtitle: str) -> tuple[list[Node], float]:
    nodes: list[Node] = []
    y = 8.0
    inner = WIDTH - 2 * MARGIN
    size = next((s for s in (21.0, 20.0, 19.0, 18.0) if text_width(title, s, True) < inner), 19.0)
    for line in wrap(title, size=size, width=inner, bold=True):
        y += size * 1.3
        nodes.append(Text(MARGIN, y, line, size, pal.INK, bold=True, attrs={"class": "title"}))
    y += 4
    for line in wrap(subtitle, size=13, width=inner):
        y += 13 * 1.35
        nodes.append(Text(MARGIN, y, line, 13, pal.MUTED, attrs={"class": "subtitle"}))
    return nodes, y


def _footer(data: MembershipData, chosen: list[str], y: float) -> tuple[list[Node], float]:
    nodes: list[Node] = []
    keys = body_key_text(data, chosen)
    credit = "Data: blocgraph reference data (sourced membership spells)."
    for text, size, fill in ((keys, 11.0, pal.MUTED), (credit, 10.5, pal.FAINT)):
        for line in wrap(text, size=size, width=WIDTH - 2 * MARGIN):
            y += size * 1.35
            nodes.append(Text(MARGIN, y, line, size, fill, attrs={"class": "credit"}))
    return nodes, y


def _inputs(
    data: MembershipData,
    bodies: Sequence[str] | None,
    as_of: date | None,
    roles: Sequence[str],
) -> tuple[list[str], date, tuple[str, ...]]:
    return chosen_bodies(data, bodies), as_of or date.today(), check_roles(roles)


def overlap_matrix_scene(
    data: MembershipData,
    *,
    bodies: Sequence[str] | None = None,
    as_of: date | None = None,
    roles: Sequence[str] = DEFAULT_ROLES,
) -> Scene:
    """The body × body matrix as a :class:`Scene` (see :func:`overlap_matrix_svg`)."""
    chosen, day, role_keys = _inputs(data, bodies, as_of, roles)
    graph = membership_graph(data, day, role_keys)
    sets = {b: members(graph, b) for b in chosen}
    pairs = {(p.a, p.b): p for p in pairwise_overlaps(graph, chosen)}
    pairs.update({(p.b, p.a): p for p in list(pairs.values())})
    n = len(chosen)
    title = f"Shared members of {', '.join(chosen)} as of {day.isoformat()}"
    subtitle = (
        "Each cell: states that are members of both the row's and the column's body; the "
        f"diagonal: members of each body. Membership counts {roles_text(role_keys)}."
    )
    nodes, y = _header(title, subtitle)

    label_size = 13.0
    label_width = max(text_width(b, label_size, True) for b in chosen)
    cell = min(84.0, (WIDTH - 2 * MARGIN - label_width - 12) / n)
    # centre the labels and the grid together
    left = (WIDTH - (label_width + 12 + n * cell)) / 2 + label_width + 12
    rotate = label_width > cell - 6
    column_header = label_width * 0.72 + 16 if rotate else 24.0
    top = y + 14 + column_header
    most = max((p.shared for p in pairs.values()), default=0) or 1

    cells: list[Node] = []
    labels: list[Node] = []
    for i, row in enumerate(chosen):
        cy = top + i * cell
        labels.append(
            Text(
                left - 8,
                cy + cell / 2 + label_size * 0.35,
                row,
                label_size,
                pal.INK,
                "end",
                bold=True,
                attrs={"class": "row-label"},
            )
        )
        for j, col in enumerate(chosen):
            cx = left + j * cell
            if row == col:
                count, jaccard = len(sets[row]), 1.0
                fill = "#e9e9e9"
                tip = f"{row}: {count} members"
            else:
                pair = pairs[(row, col)]
                count, jaccard = pair.shared, pair.jaccard
                fill = (
                    pal.interpolate(pal.BLUES, 0.12 + 0.88 * count / most) if count else "#fafafa"
                )
                shared = ", ".join(pair.shared_states)
                tip = f"{row} and {col}: {count} shared" + (f" ({shared})" if shared else "")
            attrs = {
                "class": "cell diagonal" if row == col else "cell",
                "data-row": row,
                "data-col": col,
                "data-bodies": " ".join(sorted({row, col})),
                "data-count": str(count),
                "data-jaccard": f"{jaccard:.3f}",
            }
            size = min(17.0, cell * 0.34)
            cells.append(
                Group(
                    [
                        Rect(cx, cy, cell, cell, fill, "#ffffff", 1.5),
                        Text(
                            cx + cell / 2,
                            cy + cell / 2 + size * 0.36,
                            str(count),
                            size,
                            pal.text_colour(fill),
                            "middle",
                            bold=row == col,
                        ),
                    ],
                    attrs,
                    tip,
                )
            )
    for j, col in enumerate(chosen):
        cx = left + j * cell + cell / 2
        if rotate:
            labels.append(
                Text(
                    cx - 4,
                    top - 8,
                    col,
                    label_size,
                    pal.INK,
                    bold=True,
                    rotate=-45,
                    attrs={"class": "col-label"},
                )
            )
        else:
            labels.append(
                Text(
                    cx,
                    top - 8,
                    col,
                    label_size,
                    pal.INK,
                    "middle",
                    bold=True,
                    attrs={"class": "col-label"},
                )
            )
    nodes.append(Group(cells, {"class": "matrix"}))
    nodes.append(Group(labels, {"class": "labels"}))

    # legend: the colour scale of shared members
    y = top + n * cell + 24
    legend: list[Node] = [Text(MARGIN, y + 12, "Shared members:", 12.5, pal.INK, bold=True)]
    x = MARGIN + text_width("Shared members:", 12.5, True) + 12
    steps = sorted({0, round(most / 4), round(most / 2), round(3 * most / 4), most})
    for value in steps:
        fill = pal.interpolate(pal.BLUES, 0.12 + 0.88 * value / most) if value else "#fafafa"
        legend.append(Rect(x, y, 30, 16, fill, "#999999", 0.5, {"class": "swatch"}))
        legend.append(Text(x + 15, y + 30, str(value), 11, pal.MUTED, "middle"))
        x += 36
    legend.append(Rect(x + 20, y, 30, 16, "#e9e9e9", "#999999", 0.5, {"class": "swatch"}))
    legend.append(Text(x + 56, y + 12, "diagonal: members of the body", 12.5, pal.INK))
    nodes.append(Group(legend, {"class": "legend"}))
    footer, y = _footer(data, chosen, y + 40)
    nodes.extend(footer)
    return Scene(
        WIDTH,
        round(y + 14),
        title,
        nodes,
        {
            "class": "bg-overlap-matrix",
            "data-as-of": day.isoformat(),
            "data-bodies": ",".join(chosen),
            "data-roles": ",".join(role_keys),
        },
    )


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
    chosen, day, role_keys = _inputs(data, bodies, as_of, roles)
    graph = membership_graph(data, day, role_keys)
    sets = {b: members(graph, b) for b in chosen}
    combos = exclusive_intersections(graph, chosen)
    shown, rest = combos[:top], combos[top:]
    title = f"States in exactly each combination of {', '.join(chosen)} as of {day.isoformat()}"
    subtitle = (
        "Bars: states that belong to exactly the bodies marked below, and to none of the "
        f"others shown. Left: all members of each body. Membership counts {roles_text(role_keys)}."
    )
    nodes, y = _header(title, subtitle)
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
    footer, y = _footer(data, chosen, rows_top + len(chosen) * row_height + 10)
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


def overlap_matrix_svg(
    data: MembershipData,
    *,
    bodies: Sequence[str] | None = None,
    as_of: date | None = None,
    roles: Sequence[str] = DEFAULT_ROLES,
) -> str:
    """Body × body matrix of shared members as SVG text.

    Parameters:
        data: from :func:`blocgraph.analysis.load_membership_data`.
        bodies: body keys (default: the seed's six).
        as_of: the day (default: today).
        roles: roles that count as membership.

    Returns:
        An SVG document (root ``class="bg-overlap-matrix"``) whose cells are
        ``<g class="cell" data-row data-col data-bodies data-count data-jaccard>``; the
        diagonal cells (``class="cell diagonal"``) hold each body's member count.

    Raises:
        ValueError: unknown body or role.
    """
    return render_svg(overlap_matrix_scene(data, bodies=bodies, as_of=as_of, roles=roles))


def overlap_matrix_png(
    data: MembershipData,
    *,
    bodies: Sequence[str] | None = None,
    as_of: date | None = None,
    roles: Sequence[str] = DEFAULT_ROLES,
    width: int = 1200,
) -> bytes:
    """The matrix of :func:`overlap_matrix_svg` as PNG bytes, ``width`` pixels wide."""
    return render_png(overlap_matrix_scene(data, bodies=bodies, as_of=as_of, roles=roles), width)


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
