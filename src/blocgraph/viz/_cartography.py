"""Where the map's shapes go: the projection and view of a region, each shape projected, cut
at the antimeridian and clipped to the map's frame, markers for shapes too small to see, and the
graticule."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from blocgraph.viz._palette import GRATICULE
from blocgraph.viz._projection import (
    Fit,
    Projection,
    bounds,
    choose_projection,
    circular_span,
    clip_polyline,
    clip_rect,
    densify,
    fit_box,
    ring_area,
    ring_centroid,
    rotate_ring,
)
from blocgraph.viz._scene import Node, Polyline
from blocgraph.viz._topojson import Ring
from blocgraph.viz._world import Shape

#: Hand-set projections where the automatic choice would not suit: conics whose standard
#: parallels follow the land rather than the extreme latitudes (as ESRI's Asia North Albers,
#: 15° and 65°, and Europe Albers, 43° and 62°).
PROJECTIONS: dict[str, Projection] = {
    "EURASIA": Projection("albers", 80.0, (20.0, 65.0)),
    "142": Projection("albers", 90.0, (15.0, 45.0)),
}
#: Hand-set views: the world without Antarctica, Europe without Asian Russia.
#: (projection, west, east, south, north) in degrees.
VIEWS: dict[str, tuple[Projection, float, float, float, float]] = {
    "001": (Projection("equal-earth", 11.0), -169.0, 191.0, -57.0, 84.0),
    "150": (Projection("albers", 15.0, (43.0, 62.0)), -25.0, 50.0, 34.0, 71.0),
}


def _main_parts(shape: Shape) -> list[Ring]:
    """The exteriors that make a state's familiar outline: its largest part, parts at least a
    fifth of it, and parts within ~10° of it (so French Guiana does not stretch Europe)."""
    exteriors = [p[0] for p in shape.polygons if len(p) and len(p[0]) >= 4]
    if not exteriors:
        return []

    def area(ring: Ring) -> float:
        return ring_area(ring) * float(np.cos(np.radians(ring[:, 1].mean())))

    areas = [area(r) for r in exteriors]
    big = exteriors[int(np.argmax(areas))]
    bx0, by0, bx1, by1 = bounds([big])
    kept = []
    for ring, a in zip(exteriors, areas, strict=True):
        x0, y0, x1, y1 = bounds([ring])
        lat = np.cos(np.radians((y0 + y1) / 2))
        gap_x = max(0.0, x0 - bx1, bx0 - x1)
        gap_x = min(gap_x, max(0.0, 360 - (max(x1, bx1) - min(x0, bx0)))) * lat
        gap_y = max(0.0, y0 - by1, by0 - y1)
        if a >= 0.2 * max(areas) or max(gap_x, gap_y) <= 10:
            kept.append(ring)
    return kept


@dataclass(slots=True)
class Frame:
    """A region's projection, its fit to the picture and the frame ``box`` (x0, y0, x1, y1)."""

    projection: Projection
    fit: Fit
    box: tuple[float, float, float, float]


def _plane(ring: Ring, projection: Projection) -> list[Ring]:
    return [projection.forward(densify(p, 1.0)) for p in rotate_ring(ring, projection.lon0)]


def frame_for(
    world: dict[str, Shape],
    states: set[str],
    code: str,
    box_x: tuple[float, float],
    top: float,
) -> Frame:
    """The projection of region ``code`` and its fit into a frame spanning ``box_x`` from
    ``top`` down, as tall as the region needs (between 0.45 and 0.95 of its width).

    Raises:
        ValueError: none of ``states`` has a shape.
    """
    if code in VIEWS:
        projection, west, east, south, north = VIEWS[code]
        outline = np.array(
            [[west, south], [east, south], [east, north], [west, north], [west, south]]
        )
        outline[:, 0] -= projection.lon0
        plane = [projection.forward(densify(outline, 1.0))]
    else:
        parts = [r for s in sorted(states) if s in world for r in _main_parts(world[s])]
        if not parts:
            raise ValueError("no shapes for the states of this region")
        lon = circular_span((float(r[:, 0].min()), float(r[:, 0].max())) for r in parts)
        lat = (min(float(r[:, 1].min()) for r in parts), max(float(r[:, 1].max()) for r in parts))
        projection = PROJECTIONS.get(code) or choose_projection(lon, lat)
        plane = [p for r in parts for p in _plane(r, projection)]
    x0, y0, x1, y1 = bounds(plane)
    pad = 0.03 * max(x1 - x0, y1 - y0)
    x0, y0, x1, y1 = x0 - pad, y0 - pad, x1 + pad, y1 + pad
    inner = box_x[1] - box_x[0]
    aspect = min(0.95, max(0.45, (y1 - y0) / (x1 - x0)))
    box = (box_x[0], top, box_x[1], top + inner * aspect)
    return Frame(projection, fit_box((x0, y0, x1, y1), box), box)


def draw_rings(shape: Shape, frame: Frame) -> list[Ring]:
    """Every ring of ``shape`` in picture coordinates, cut and clipped to the frame."""
    bx0, by0, bx1, by1 = frame.box
    out: list[Ring] = []
    for polygon in shape.polygons:
        for ring in polygon:
            for plane in _plane(ring, frame.projection):
                picture = frame.fit.apply(plane)
                xs, ys = picture[:, 0], picture[:, 1]
                if xs.max() < bx0 or xs.min() > bx1 or ys.max() < by0 or ys.min() > by1:
                    continue
                clipped = clip_rect(picture, frame.box)
                if len(clipped) >= 4:
                    out.append(clipped)
    return out


def marker_anchor(shape: Shape, rings: list[Ring], frame: Frame) -> tuple[float, float] | None:
    """Where a state's marker goes: the centroid of its largest drawn ring, or — for a shape
    that Natural Earth reduces to a point at this scale (the Holy See) — that point."""
    drawn = [r for r in rings if ring_area(r) > 0]
    if drawn:
        return ring_centroid(max(drawn, key=ring_area))
    points = [r for p in shape.polygons for r in p[:1] if len(r)]
    if not points:
        return None
    lon, lat = points[0].mean(axis=0)
    rotated = np.array([[(lon - frame.projection.lon0 + 180) % 360 - 180, lat]])
    x, y = frame.fit.apply(frame.projection.forward(rotated))[0]
    bx0, by0, bx1, by1 = frame.box
    return (float(x), float(y)) if bx0 <= x <= bx1 and by0 <= y <= by1 else None


def graticule(frame: Frame) -> list[Node]:
    """Meridians and parallels every 20°, clipped to the frame."""
    lines: list[Node] = []
    lon0 = frame.projection.lon0
    raw: list[Ring] = []
    for lon in range(-180, 180, 20):
        rotated = (lon - lon0 + 180) % 360 - 180
        if rotated == -180:
            continue  # the cut: it would draw the map's edge
        raw.append(np.array([[rotated, -80.0], [rotated, 80.0]]))
    for lat in range(-60, 81, 20):
        raw.append(np.array([[-179.999, float(lat)], [179.999, float(lat)]]))
    for line in raw:
        picture = frame.fit.apply(frame.projection.forward(densify(line, 1.0)))
        for run in clip_polyline(picture, frame.box):
            lines.append(Polyline(run, GRATICULE, 0.5))
    return lines
