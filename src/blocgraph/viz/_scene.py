"""A scene: shapes, markers, text and legend boxes in picture units (y down), drawn by both
backends (SVG and PNG) so the two always agree.

Every node carries ``attrs`` (``class``, ``id``, ``data-*`` — written to SVG only) and an
optional ``tooltip`` (an SVG ``<title>`` child).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from blocgraph.viz._topojson import Ring


@dataclass(frozen=True, slots=True)
class Hatch:
    """A striped fill: ``lines`` on ``background``, ``spacing`` apart, at 45°."""

    id: str
    background: str
    lines: str
    spacing: float = 5.0
    width: float = 1.6


Fill = str | Hatch | None


@dataclass(slots=True)
class Path:
    """Closed rings filled even-odd (holes are rings inside rings)."""

    rings: list[Ring]
    fill: Fill
    stroke: str | None = None
    stroke_width: float = 0.0
    attrs: dict[str, str] = field(default_factory=dict)
    tooltip: str | None = None


@dataclass(slots=True)
class Polyline:
    """An open line."""

    points: Ring
    stroke: str
    stroke_width: float
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    fill: Fill
    stroke: str | None = None
    stroke_width: float = 0.0
    attrs: dict[str, str] = field(default_factory=dict)
    tooltip: str | None = None


@dataclass(slots=True)
class Circle:
    cx: float
    cy: float
    r: float
    fill: Fill
    stroke: str | None = None
    stroke_width: float = 0.0
    attrs: dict[str, str] = field(default_factory=dict)
    tooltip: str | None = None


@dataclass(slots=True)
class Text:
    """One line of text; ``anchor`` is ``start``, ``middle`` or ``end`` at the baseline ``y``;
    ``rotate`` turns it (degrees, clockwise) about (x, y)."""

    x: float
    y: float
    text: str
    size: float
    fill: str = "#222222"
    anchor: str = "start"
    bold: bool = False
    rotate: float = 0.0
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Group:
    """Nodes that belong together (an SVG ``<g>``)."""

    children: list[Node]
    attrs: dict[str, str] = field(default_factory=dict)
    tooltip: str | None = None


Node = Path | Polyline | Rect | Circle | Text | Group


@dataclass(slots=True)
class Scene:
    """A picture ``width`` × ``height`` units: ``title`` (the SVG ``<title>``), root ``attrs``
    and the nodes, drawn in order on ``background``."""

    width: float
    height: float
    title: str
    nodes: list[Node]
    attrs: dict[str, str] = field(default_factory=dict)
    background: str = "#ffffff"
