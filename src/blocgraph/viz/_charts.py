"""The overlap matrix: the body × body matrix of shared members, as a scene for the SVG and PNG
backends (the UpSet chart is in ``_upset``, their shared frame in ``_chart_frame``).

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

from blocgraph.analysis import (
    DEFAULT_ROLES,
    MembershipData,
    membership_graph,
    pairwise_overlaps,
)
from blocgraph.viz import _palette as pal
from blocgraph.viz._chart_frame import MARGIN, WIDTH, chart_footer, chart_header, chart_inputs
from blocgraph.viz._common import members, roles_text
from blocgraph.viz._png import render_png
from blocgraph.viz._scene import Group, Node, Rect, Scene, Text
from blocgraph.viz._svg import render_svg
from blocgraph.viz._text import text_width


def overlap_matrix_scene(
    data: MembershipData,
    *,
    bodies: Sequence[str] | None = None,
    as_of: date | None = None,
    roles: Sequence[str] = DEFAULT_ROLES,
) -> Scene:
    """The body × body matrix as a :class:`Scene` (see :func:`overlap_matrix_svg`)."""
    chosen, day, role_keys = chart_inputs(data, bodies, as_of, roles)
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
    nodes, y = chart_header(title, subtitle)

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
    footer, y = chart_footer(data, chosen, y + 40)
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
