"""Shapes that cross the antimeridian (Russia, Fiji) draw without streaks in every view: no
segment of any drawn path jumps across the map."""

from __future__ import annotations

import itertools
import math
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from blocgraph.analysis import MembershipData
from blocgraph.config import PROJECT_ROOT
from blocgraph.viz import map_svg
from blocgraph.viz._projection import rotate_ring
from blocgraph.viz._world import WORLD_FILE, load_world
from tests.viz.conftest import DAY, SVG, parse, subpaths, with_class

Point = tuple[float, float]


def frame(root: ET.Element) -> tuple[float, float, float, float]:
    [rect] = list(with_class(root, "frame"))
    x, y = float(rect.get("x") or 0), float(rect.get("y") or 0)
    return x, y, x + float(rect.get("width") or 0), y + float(rect.get("height") or 0)


def on_edge(x: float, y: float, box: tuple[float, float, float, float]) -> bool:
    x0, y0, x1, y1 = box
    return min(abs(x - x0), abs(x - x1), abs(y - y0), abs(y - y1)) < 0.11


def douglas_peucker(points: list[Point], tolerance: float) -> list[Point]:
    """The polyline with every point within ``tolerance`` of a straighter one dropped: a streak
    drawn as many short collinear steps becomes the one long segment it is."""
    if len(points) < 3:
        return points
    (ax, ay), (bx, by) = points[0], points[-1]
    length = math.hypot(bx - ax, by - ay)
    if length == 0:  # a closed ring: split it at the point farthest from its start
        distances = [math.hypot(x - ax, y - ay) for x, y in points]
    else:
        distances = [abs((bx - ax) * (ay - y) - (ax - x) * (by - ay)) / length for x, y in points]
    far = max(range(1, len(points) - 1), key=lambda i: distances[i])
    if distances[far] <= tolerance:
        return [points[0], points[-1]]
    return douglas_peucker(points[: far + 1], tolerance)[:-1] + douglas_peucker(
        points[far:], tolerance
    )


def long_segments(root: ET.Element) -> list[tuple[str, float]]:
    """Segments longer than a third of the map's width that are not the frame's own edge, once
    each path is straightened (Douglas–Peucker, 0.5 units)."""
    box = frame(root)
    limit = (box[2] - box[0]) / 3
    found = []
    for path in root.iter(f"{SVG}path"):
        name = path.get("data-iso3") or path.get("data-name") or "?"
        for points in subpaths(path.get("d") or ""):
            closed = douglas_peucker([*points, points[0]], 0.5)
            for (ax, ay), (bx, by) in itertools.pairwise(closed):
                if on_edge(ax, ay, box) and on_edge(bx, by, box):
                    continue  # clipped shapes run along the frame, which is drawn over them
                length = math.hypot(bx - ax, by - ay)
                if length > limit:
                    found.append((name, length))
    return found


@pytest.mark.parametrize("continent", ["World", "Eurasia", "Europe", "Asia", "Oceania", "Americas"])
def test_no_streaks(data: MembershipData, continent: str) -> None:
    root = parse(map_svg(data, continent=continent, as_of=DAY))
    assert long_segments(root) == []


def drawn(root: ET.Element, iso3: str) -> list[Point]:
    [element] = [e for e in with_class(root, "state") if e.get("data-iso3") == iso3]
    return [p for sub in subpaths(element.get("d") or "") for p in sub]


def test_world_draws_russia_and_fiji_whole(data: MembershipData) -> None:
    root = parse(map_svg(data, continent="World", as_of=DAY))
    x0, _, x1, _ = frame(root)
    russia = drawn(root, "RUS")
    fiji = drawn(root, "FJI")
    assert russia and fiji
    # centred on 11°E, the world is cut at 169°W, in the Bering Strait: Chukotka stays with
    # Russia on the right instead of reappearing at the left edge
    assert min(x for x, _ in russia) > x0 + 0.4 * (x1 - x0)
    assert max(x for x, _ in russia) > x0 + 0.75 * (x1 - x0)
    xs = [x for x, _ in fiji]
    assert max(xs) - min(xs) < 0.05 * (x1 - x0)  # not split between the two edges


def test_oceania_joins_fiji_across_180(data: MembershipData) -> None:
    root = parse(map_svg(data, continent="Oceania", as_of=DAY))
    x0, _, x1, _ = frame(root)
    xs = [x for x, _ in drawn(root, "FJI")]
    # its islands on both sides of 180° sit together, well inside the frame
    assert max(xs) - min(xs) < 0.1 * (x1 - x0)
    assert x0 < min(xs) and max(xs) < x1


def test_eurasia_shows_chukotka_next_to_russia(data: MembershipData) -> None:
    root = parse(map_svg(data, continent="Eurasia", as_of=DAY))
    x0, _, x1, _ = frame(root)
    russia = drawn(root, "RUS")
    # one shape from the Baltic to the Bering Strait, not touching the left or right edge
    assert x0 + 1 < min(x for x, _ in russia) and max(x for x, _ in russia) < x1 - 1


@pytest.mark.parametrize("lon0", [0.0, 11.0, 80.0, 90.0, 160.0, -75.0, -100.0])
def test_no_ring_jumps_across_the_cut(lon0: float) -> None:
    # Before densifying, an edge that jumps across the map would span most of 360°; the cut
    # leaves only edges along the map's edge (Δλ = 0) and the data's own short steps. (Once
    # densified, a streak is many short steps: the SVG test straightens paths first.)
    shapes = load_world(PROJECT_ROOT / "data" / "geo" / WORLD_FILE)
    for shape in shapes.values():
        for polygon in shape.polygons:
            for ring in polygon:
                for piece in rotate_ring(ring, lon0):
                    steps = np.abs(np.diff(piece[:, 0]))
                    # Antarctica closes along the pole, a line every projection draws as such
                    at_pole = np.abs(piece[1:, 1]) + np.abs(piece[:-1, 1]) >= 2 * 89.99
                    assert steps[~at_pole].max(initial=0) < 30, shape.code
                    assert piece[:, 0].min() >= -180 - 1e-6 and piece[:, 0].max() <= 180 + 1e-6
