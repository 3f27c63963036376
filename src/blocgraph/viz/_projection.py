"""Equal-area projections with a rotated central meridian, cut at the new antimeridian so no
shape streaks across the map, and the planar clipping and fitting that go with them.

Two projections cover every continent: Albers equal-area conic for regions that lie mostly in one
hemisphere (Eurasia, Europe, Asia) and Equal Earth (Šavrič, Patterson and Jenny 2018) for regions
astride the equator and the world. Formulas follow d3-geo's ``conicEqualAreaRaw`` and
``equalEarthRaw``.

Example:
    >>> import numpy as np
    >>> east = np.array([[178, -17], [180, -17], [180, -16], [178, -16], [178, -17.0]])
    >>> west = np.array([[-180, -17], [-179, -17], [-179, -16], [-180, -16], [-180, -17.0]])
    >>> [p[:, 0].tolist() for p in rotate_ring(east, 160.0) + rotate_ring(west, 160.0)]
    [[18.0, 20.0, 20.0, 18.0, 18.0], [20.0, 21.0, 21.0, 20.0, 20.0]]
    >>> chukotka = np.array([[-175, 65], [-165, 65], [-165, 68], [-175, 68], [-175, 65.0]])
    >>> [sorted(set(p[:, 0].tolist())) for p in rotate_ring(chukotka, 10.0)]
    [[175.0, 180.0], [-180.0, -175.0]]
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from blocgraph.viz._topojson import Ring

_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2
#: Below this |n| a conic is nearly a cylinder: the region straddles the equator.
_MIN_CONE = 0.3


def _empty() -> Ring:
    return np.zeros((0, 2), dtype=np.float64)


@dataclass(frozen=True, slots=True)
class Projection:
    """An equal-area projection centred on ``lon0`` (degrees).

    ``kind`` is ``"albers"`` (conic, standard ``parallels``) or ``"equal-earth"``.
    """

    kind: str
    lon0: float
    parallels: tuple[float, float] = (0.0, 0.0)

    def forward(self, points: Ring) -> Ring:
        """Project rotated lon/lat degrees (longitude relative to ``lon0``, in [-180, 180]) to
        plane coordinates with y pointing north (unit sphere)."""
        lam = np.radians(points[:, 0])
        phi = np.radians(np.clip(points[:, 1], -89.999, 89.999))
        if self.kind == "albers":
            return self._albers(lam, phi)
        theta = np.arcsin(_M * np.sin(phi))
        t2 = theta * theta
        t6 = t2 * t2 * t2
        x = lam * np.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)))
        y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
        return np.column_stack([x, y])

    def _albers(self, lam: npt.NDArray[np.float64], phi: npt.NDArray[np.float64]) -> Ring:
        sin0 = math.sin(math.radians(self.parallels[0]))
        n = (sin0 + math.sin(math.radians(self.parallels[1]))) / 2
        c = 1 + sin0 * (2 * n - sin0)
        r0 = math.sqrt(c) / n
        r = np.sqrt(np.maximum(c - 2 * n * np.sin(phi), 0.0)) / n
        return np.column_stack([r * np.sin(lam * n), r0 - r * np.cos(lam * n)])


def choose_projection(lon_range: tuple[float, float], lat_range: tuple[float, float]) -> Projection:
    """An equal-area projection for a region spanning ``lon_range`` (west to east, the east end
    may exceed 180) and ``lat_range``: conic with standard parallels at 1/6 and 5/6 of the
    latitudes, unless the region straddles the equator (then Equal Earth).

    Example:
        >>> choose_projection((-31.0, 190.0), (-11.0, 82.0)).kind   # Eurasia
        'albers'
        >>> choose_projection((-26.0, 64.0), (-35.0, 38.0)).kind    # Africa
        'equal-earth'
    """
    west, east = lon_range
    lon0 = (west + east) / 2
    lon0 = round(((lon0 + 180) % 360 - 180) / 5) * 5
    south, north = lat_range
    p1 = south + (north - south) / 6
    p2 = north - (north - south) / 6
    n = (math.sin(math.radians(p1)) + math.sin(math.radians(p2))) / 2
    if abs(n) < _MIN_CONE or east - west > 270:
        return Projection("equal-earth", float(lon0))
    return Projection("albers", float(lon0), (round(p1, 1), round(p2, 1)))


def clip_halfplane(ring: Ring, axis: int, at: float, keep_greater: bool) -> Ring:
    """Sutherland–Hodgman: the part of closed ``ring`` where coordinate ``axis`` ≥ ``at``
    (or ≤ ``at``). A concave ring cut more than twice keeps zero-width bridges along the line,
    which fill nothing. Returns a closed ring, or an empty array.
    """
    if len(ring) < 4:
        return _empty()
    value = ring[:-1, axis] - at
    if not keep_greater:
        value = -value
    inside = value >= 0
    if inside.all():
        return ring
    if not inside.any():
        return _empty()
    start = ring[:-1]
    end = np.roll(start, -1, axis=0)
    value_end = np.roll(value, -1)
    inside_end = np.roll(inside, -1)
    crosses = inside != inside_end
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(crosses, value / (value - value_end), 0.0)
    crossing = start + t[:, None] * (end - start)
    crossing[crosses, axis] = at
    candidates = np.stack([crossing, end], axis=1)
    keep = np.stack([crosses, inside_end], axis=1)
    out = candidates[keep]
    if len(out) < 3:
        return _empty()
    return np.vstack([out, out[:1]])


def unwrap_ring(ring: Ring) -> Ring:
    """``ring`` (lon/lat) with no jump of more than 180° between consecutive longitudes: a
    shape that crosses the antimeridian (Chukotka, Fiji) becomes one planar ring whose
    longitudes run past 180. A ring that winds around a pole (Antarctica) is closed along it.

    Example:
        >>> import numpy as np
        >>> taveuni = np.array([[179.9, -16.5], [-179.9, -16.5], [-179.9, -16.4], [179.9, -16.4],
        ...                     [179.9, -16.5]])
        >>> unwrap_ring(taveuni)[:, 0].round(1).tolist()
        [179.9, 180.1, 180.1, 179.9, 179.9]
    """
    if len(ring) < 2:
        return ring
    step = np.diff(ring[:, 0])
    jumps = np.where(step > 180, -360.0, np.where(step < -180, 360.0, 0.0))
    if not jumps.any():
        return ring
    out = ring.copy()
    out[1:, 0] += np.cumsum(jumps)
    if abs(out[-1, 0] - out[0, 0]) > 180:
        pole = -90.0 if out[:, 1].mean() < 0 else 90.0
        closure = np.array([[out[-1, 0], pole], [out[0, 0], pole], out[0]])
        out = np.vstack([out, closure])
    return out


def rotate_ring(ring: Ring, lon0: float) -> list[Ring]:
    """``ring`` (lon/lat, unwrapped) with longitudes relative to ``lon0``, cut where it crosses
    the meridian opposite ``lon0`` so each piece lies within [-180, 180]: the pieces never jump
    across the map."""
    rotated = ring.copy()
    rotated[:, 0] -= lon0
    low = math.floor((float(rotated[:, 0].min()) + 180) / 360)
    high = math.ceil((float(rotated[:, 0].max()) - 180) / 360)
    if low >= high:
        rotated[:, 0] -= 360 * low
        return [rotated]
    pieces = []
    for turn in range(low, high + 1):
        piece = clip_halfplane(rotated, 0, -180 + 360 * turn, keep_greater=True)
        piece = clip_halfplane(piece, 0, 180 + 360 * turn, keep_greater=False)
        if len(piece) >= 4 and ring_area(piece) > 0:
            piece[:, 0] -= 360 * turn
            pieces.append(piece)
    return pieces


def densify(ring: Ring, step: float) -> Ring:
    """Insert points so no edge of ``ring`` is longer than ``step`` (degrees): straight edges in
    lon/lat, such as cuts along a meridian or a parallel, bend correctly once projected."""
    if len(ring) < 2:
        return ring
    delta = np.diff(ring, axis=0)
    length = np.hypot(delta[:, 0], delta[:, 1])
    parts = np.maximum(1, np.ceil(length / step)).astype(np.int64)
    if (parts == 1).all():
        return ring
    edge = np.repeat(np.arange(len(delta)), parts)
    offset = np.arange(len(edge)) - np.repeat(np.cumsum(parts) - parts, parts)
    points = ring[edge] + delta[edge] * (offset / parts[edge])[:, None]
    return np.vstack([points, ring[-1:]])


def clip_rect(ring: Ring, box: tuple[float, float, float, float]) -> Ring:
    """``ring`` (plane coordinates) clipped to ``box`` = (x0, y0, x1, y1)."""
    x0, y0, x1, y1 = box
    for axis, at, greater in ((0, x0, True), (0, x1, False), (1, y0, True), (1, y1, False)):
        ring = clip_halfplane(ring, axis, at, greater)
        if not len(ring):
            break
    return ring


def clip_polyline(line: Ring, box: tuple[float, float, float, float]) -> list[Ring]:
    """The runs of an open polyline inside ``box`` (Liang–Barsky on each segment)."""
    x0, y0, x1, y1 = box
    runs: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    for (ax, ay), (bx, by) in zip(line[:-1].tolist(), line[1:].tolist(), strict=True):
        t0, t1 = 0.0, 1.0
        dx, dy = bx - ax, by - ay
        visible = True
        for p, q in ((-dx, ax - x0), (dx, x1 - ax), (-dy, ay - y0), (dy, y1 - ay)):
            if p == 0:
                if q < 0:
                    visible = False
                    break
                continue
            r = q / p
            if p < 0:
                t0 = max(t0, r)
            else:
                t1 = min(t1, r)
            if t0 > t1:
                visible = False
                break
        if not visible:
            if current:
                runs.append(current)
                current = []
            continue
        start = (ax + t0 * dx, ay + t0 * dy)
        end = (ax + t1 * dx, ay + t1 * dy)
        if not current or t0 > 0:
            if current:
                runs.append(current)
            current = [start]
        current.append(end)
        if t1 < 1:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [np.asarray(run, dtype=np.float64) for run in runs if len(run) >= 2]


def ring_area(ring: Ring) -> float:
    """Unsigned planar area of a closed ring (shoelace)."""
    if len(ring) < 4:
        return 0.0
    x, y = ring[:, 0], ring[:, 1]
    return abs(float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))) / 2


def ring_centroid(ring: Ring) -> tuple[float, float]:
    """Area centroid of a closed ring (its mean point when degenerate)."""
    x, y = ring[:, 0], ring[:, 1]
    cross = x[:-1] * y[1:] - x[1:] * y[:-1]
    area = cross.sum() / 2
    if abs(area) < 1e-12:
        return float(x.mean()), float(y.mean())
    cx = ((x[:-1] + x[1:]) * cross).sum() / (6 * area)
    cy = ((y[:-1] + y[1:]) * cross).sum() / (6 * area)
    return float(cx), float(cy)


def simplify(
    ring: Ring, tolerance: float, box: tuple[float, float, float, float] | None = None
) -> Ring:
    """Drop points closer than ``tolerance`` to the last kept one (radial distance); a ring that
    would collapse keeps its original points. Points on the edge of ``box`` are always kept, so
    a ring clipped to the box still runs exactly along it."""
    if len(ring) <= 4:
        return ring
    pinned = np.zeros(len(ring), dtype=bool)
    if box is not None:
        x0, y0, x1, y1 = box
        xs, ys = ring[:, 0], ring[:, 1]
        pinned = (xs == x0) | (xs == x1) | (ys == y0) | (ys == y1)
    kept = [0]
    last_x, last_y = ring[0]
    squared = tolerance * tolerance
    for i, (x, y) in enumerate(ring[1:-1].tolist(), start=1):
        if pinned[i] or (x - last_x) ** 2 + (y - last_y) ** 2 >= squared:
            kept.append(i)
            last_x, last_y = x, y
    kept.append(len(ring) - 1)
    return ring[kept] if len(kept) >= 4 else ring


def circular_span(intervals: Iterable[tuple[float, float]]) -> tuple[float, float]:
    """The shortest longitude range (west, east; east may exceed 180) covering every interval:
    the complement of the widest empty gap on the circle.

    Example:
        >>> circular_span([(-10.0, 40.0), (170.0, 180.0), (-180.0, -170.0)])  # Europe + Chukotka
        (-10.0, 190.0)
    """
    spans = sorted((w, e) for w, e in intervals)
    if not spans:
        return (-180.0, 180.0)
    merged: list[list[float]] = []
    for west, east in spans:
        if merged and west <= merged[-1][1] + 1e-9:
            merged[-1][1] = max(merged[-1][1], east)
        else:
            merged.append([west, east])
    gaps = [(merged[i + 1][0] - merged[i][1], i) for i in range(len(merged) - 1)]
    wrap_gap = merged[0][0] + 360 - merged[-1][1]
    best, index = max([*gaps, (wrap_gap, -1)])
    if index == -1 or best <= 0:
        return (merged[0][0], merged[-1][1])
    return (merged[index + 1][0], merged[index][1] + 360)


@dataclass(frozen=True, slots=True)
class Fit:
    """Plane → picture: ``X = dx + scale·x``, ``Y = dy − scale·y`` (pictures grow downwards)."""

    scale: float
    dx: float
    dy: float

    def apply(self, points: Ring) -> Ring:
        """Picture coordinates of plane ``points``."""
        return np.column_stack(
            [self.dx + self.scale * points[:, 0], self.dy - self.scale * points[:, 1]]
        )


def fit_box(
    plane_bounds: tuple[float, float, float, float], box: tuple[float, float, float, float]
) -> Fit:
    """The fit that centres ``plane_bounds`` (x0, y0, x1, y1; y north) in picture ``box``
    (x0, y0, x1, y1; y down) as large as it goes."""
    px0, py0, px1, py1 = plane_bounds
    bx0, by0, bx1, by1 = box
    scale = min((bx1 - bx0) / max(px1 - px0, 1e-9), (by1 - by0) / max(py1 - py0, 1e-9))
    dx = (bx0 + bx1) / 2 - scale * (px0 + px1) / 2
    dy = (by0 + by1) / 2 + scale * (py0 + py1) / 2
    return Fit(scale, dx, dy)


def bounds(rings: Sequence[Ring]) -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) of all points of ``rings``."""
    points = np.vstack([r for r in rings if len(r)])
    return (
        float(points[:, 0].min()),
        float(points[:, 1].min()),
        float(points[:, 0].max()),
        float(points[:, 1].max()),
    )
