"""Scene → SVG text: hand-written XML with stable ids and the data attributes of each node."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

import numpy as np

from blocgraph.viz._scene import Circle, Fill, Group, Hatch, Node, Path, Polyline, Rect, Scene, Text
from blocgraph.viz._text import FONT_FAMILY
from blocgraph.viz._topojson import Ring


def _num(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _attrs(attrs: dict[str, str]) -> str:
    return "".join(f" {k}={quoteattr(v)}" for k, v in attrs.items())


def _fill(fill: Fill) -> str:
    if fill is None:
        return "none"
    if isinstance(fill, Hatch):
        return f"url(#{fill.id})"
    return fill


def _paint(fill: Fill, stroke: str | None, width: float) -> str:
    out = f' fill="{_fill(fill)}"'
    if stroke and width > 0:
        out += f' stroke="{stroke}" stroke-width="{_num(width) if width >= 0.1 else width}"'
    return out


def _ring_d(ring: Ring) -> str:
    # tenths of a unit as integers: relative steps then add up exactly to the absolute points
    tenths = np.round(ring * 10).astype(np.int64)
    keep = np.ones(len(tenths), dtype=bool)
    keep[1:] = np.any(tenths[1:] != tenths[:-1], axis=1)  # steps that round to nothing
    points = tenths[keep]
    if len(points) > 1 and np.array_equal(points[0], points[-1]):
        points = points[:-1]
    start = f"M{_tenths(points[0][0])},{_tenths(points[0][1])}"
    parts: list[str] = []
    for dx, dy in np.diff(points, axis=0).tolist():
        # relative lines: "l" once, then pairs; a minus sign separates numbers by itself
        before_x = "" if not parts or dx < 0 else " "
        before_y = "" if dy < 0 else ","
        parts.append(f"{before_x}{_tenths(dx)}{before_y}{_tenths(dy)}")
    return f"{start}l{''.join(parts)}Z" if parts else f"{start}Z"


def _tenths(value: int) -> str:
    whole, tenth = divmod(abs(value), 10)
    sign = "-" if value < 0 else ""
    return f"{sign}{whole}" if tenth == 0 else f"{sign}{whole}.{tenth}"


def path_data(rings: list[Ring]) -> str:
    """SVG path data: one closed subpath per ring, an absolute move then relative lines.

    Example:
        >>> import numpy as np
        >>> path_data([np.array([[10, 10], [12.5, 10], [12.5, 8], [10, 10.0]])])
        'M10,10l2.5,0 0-2Z'
    """
    return "".join(_ring_d(r) for r in rings if len(r) >= 3)


def _tooltip(text: str | None) -> str:
    return f"<title>{escape(text)}</title>" if text else ""


def _element(tag: str, attrs: str, tooltip: str | None) -> str:
    if tooltip:
        return f"<{tag}{attrs}>{_tooltip(tooltip)}</{tag}>"
    return f"<{tag}{attrs}/>"


def _node(node: Node, out: list[str]) -> None:
    if isinstance(node, Path):
        attrs = f"{_attrs(node.attrs)} d={quoteattr(path_data(node.rings))}"
        attrs += _paint(node.fill, node.stroke, node.stroke_width) + ' fill-rule="evenodd"'
        out.append(_element("path", attrs, node.tooltip))
    elif isinstance(node, Polyline):
        points = " ".join(f"{_num(x)},{_num(y)}" for x, y in node.points.tolist())
        attrs = f'{_attrs(node.attrs)} points="{points}" fill="none" stroke="{node.stroke}"'
        out.append(f'<polyline{attrs} stroke-width="{_num(node.stroke_width)}"/>')
    elif isinstance(node, Rect):
        attrs = (
            f'{_attrs(node.attrs)} x="{_num(node.x)}" y="{_num(node.y)}" '
            f'width="{_num(node.width)}" height="{_num(node.height)}"'
        )
        attrs += _paint(node.fill, node.stroke, node.stroke_width)
        out.append(_element("rect", attrs, node.tooltip))
    elif isinstance(node, Circle):
        attrs = f'{_attrs(node.attrs)} cx="{_num(node.cx)}" cy="{_num(node.cy)}" r="{_num(node.r)}"'
        attrs += _paint(node.fill, node.stroke, node.stroke_width)
        out.append(_element("circle", attrs, node.tooltip))
    elif isinstance(node, Text):
        attrs = f'{_attrs(node.attrs)} x="{_num(node.x)}" y="{_num(node.y)}"'
        attrs += f' font-size="{_num(node.size)}" fill="{node.fill}"'
        if node.anchor != "start":
            attrs += f' text-anchor="{node.anchor}"'
        if node.bold:
            attrs += ' font-weight="bold"'
        if node.rotate:
            attrs += f' transform="rotate({_num(node.rotate)} {_num(node.x)} {_num(node.y)})"'
        out.append(f"<text{attrs}>{escape(node.text)}</text>")
    else:
        out.append(f"<g{_attrs(node.attrs)}>{_tooltip(node.tooltip)}")
        for child in node.children:
            _node(child, out)
        out.append("</g>")


def _hatches(nodes: list[Node], found: dict[str, Hatch]) -> None:
    for node in nodes:
        if isinstance(node, Group):
            _hatches(node.children, found)
        elif isinstance(node, Path | Rect | Circle) and isinstance(node.fill, Hatch):
            found.setdefault(node.fill.id, node.fill)


def _pattern(hatch: Hatch) -> str:
    s = _num(hatch.spacing)
    return (
        f'<pattern id="{hatch.id}" patternUnits="userSpaceOnUse" width="{s}" height="{s}" '
        f'patternTransform="rotate(45)"><rect width="{s}" height="{s}" '
        f'fill="{hatch.background}"/><line x1="0" y1="0" x2="0" y2="{s}" '
        f'stroke="{hatch.lines}" stroke-width="{_num(hatch.width)}"/></pattern>'
    )


def render_svg(scene: Scene) -> str:
    """The scene as a standalone SVG document (UTF-8 text)."""
    width, height = _num(scene.width), _num(scene.height)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}"{_attrs(scene.attrs)} '
        f"font-family={quoteattr(FONT_FAMILY)}>",
        f"<title>{escape(scene.title)}</title>",
    ]
    hatches: dict[str, Hatch] = {}
    _hatches(scene.nodes, hatches)
    if hatches:
        out.append("<defs>" + "".join(_pattern(h) for h in hatches.values()) + "</defs>")
    out.append(f'<rect class="background" width="100%" height="100%" fill="{scene.background}"/>')
    for node in scene.nodes:
        _node(node, out)
    out.append("</svg>")
    return "\n".join(out) + "\n"
