"""What the overlap charts share: their width and margins, the title block, the key and credit
below, and the checked inputs (bodies, day, roles)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from blocgraph.analysis import MembershipData
from blocgraph.viz import _palette as pal
from blocgraph.viz._common import body_key_text, check_roles, chosen_bodies
from blocgraph.viz._scene import Node, Text
from blocgraph.viz._text import text_width, wrap

WIDTH = 1000.0
MARGIN = 20.0
BAR = "#225ea8"


def chart_header(title: str, subtitle: str) -> tuple[list[Node], float]:
    """The chart's title and subtitle lines, and the height they take."""
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


def chart_footer(data: MembershipData, chosen: list[str], y: float) -> tuple[list[Node], float]:
    """The key to the bodies' abbreviations and the data credit below ``y``."""
    nodes: list[Node] = []
    keys = body_key_text(data, chosen)
    credit = "Data: blocgraph reference data (sourced membership spells)."
    for text, size, fill in ((keys, 11.0, pal.MUTED), (credit, 10.5, pal.FAINT)):
        for line in wrap(text, size=size, width=WIDTH - 2 * MARGIN):
            y += size * 1.35
            nodes.append(Text(MARGIN, y, line, size, fill, attrs={"class": "credit"}))
    return nodes, y


def chart_inputs(
    data: MembershipData,
    bodies: Sequence[str] | None,
    as_of: date | None,
    roles: Sequence[str],
) -> tuple[list[str], date, tuple[str, ...]]:
    """The chosen bodies, the day (default today) and the checked roles of a chart."""
    return chosen_bodies(data, bodies), as_of or date.today(), check_roles(roles)
