"""Projections, the cut at the antimeridian and planar clipping, on small shapes whose answers
are known by construction."""

from __future__ import annotations

import numpy as np
import pytest

from blocgraph.viz._projection import (
    Projection,
    choose_projection,
    circular_span,
    clip_halfplane,
    clip_polyline,
    clip_rect,
    densify,
    ring_area,
    rotate_ring,
    unwrap_ring,
)


def square(x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]], dtype=float)


def test_halfplane_clip_keeps_the_right_area() -> None:
    ring = square(0, 0, 10, 4)
    assert ring_area(clip_halfplane(ring, 0, 3, keep_greater=True)) == pytest.approx(28)
    assert ring_area(clip_halfplane(ring, 0, 3, keep_greater=False)) == pytest.approx(12)
    assert len(clip_halfplane(ring, 1, 5, keep_greater=True)) == 0


def test_concave_ring_cut_twice_keeps_its_area() -> None:
    # a U open to the top, cut by a horizontal line through both arms
    u = np.array([[0, 0], [6, 0], [6, 6], [4, 6], [4, 2], [2, 2], [2, 6], [0, 6], [0, 0.0]])
    above = clip_halfplane(u, 1, 4, keep_greater=True)
    below = clip_halfplane(u, 1, 4, keep_greater=False)
    assert ring_area(above) + ring_area(below) == pytest.approx(ring_area(u))
    assert ring_area(above) == pytest.approx(8)


def test_rect_clip() -> None:
    clipped = clip_rect(square(-5, -5, 5, 5), (0, 0, 10, 10))
    assert ring_area(clipped) == pytest.approx(25)
    assert clipped[:, 0].min() == 0 and clipped[:, 1].min() == 0


def test_polyline_clip_splits_into_runs_inside() -> None:
    line = np.array([[-5, 1], [5, 1], [5, 20], [8, 20], [8, 5]], dtype=float)
    runs = clip_polyline(line, (0, 0, 10, 10))
    assert len(runs) == 2
    assert runs[0][0].tolist() == [0, 1]
    assert runs[1][-1].tolist() == [8, 5]


@pytest.mark.parametrize("lon0", [-170.0, -100.0, -11.0, 0.0, 11.0, 80.0, 160.0, 179.0])
def test_rotation_cuts_at_the_new_antimeridian_and_keeps_area(lon0: float) -> None:
    # Chukotka-like: a ring that crosses 180° (unwrapped, it runs to 190°)
    ring = square(170, 60, 190, 70)
    pieces = rotate_ring(ring, lon0)
    assert pieces
    for piece in pieces:
        assert piece[:, 0].min() >= -180 - 1e-9 and piece[:, 0].max() <= 180 + 1e-9
        # no edge jumps across the map
        assert np.abs(np.diff(piece[:, 0])).max() <= 20 + 1e-9
    assert sum(ring_area(p) for p in pieces) == pytest.approx(ring_area(ring))


def test_rotation_joins_what_the_data_cut() -> None:
    west_of_180 = square(178, -17, 180, -16)
    east_of_180 = square(-180, -17, -178, -16)
    a, b = rotate_ring(west_of_180, 170)[0], rotate_ring(east_of_180, 170)[0]
    assert a[:, 0].max() == pytest.approx(10) and b[:, 0].min() == pytest.approx(10)


def test_unwrap_makes_a_crossing_ring_continuous_and_closes_polar_rings() -> None:
    fiji = np.array([[179.5, -16], [-179.5, -16], [-179.5, -17], [179.5, -17], [179.5, -16]])
    assert unwrap_ring(fiji)[:, 0].tolist() == [179.5, 180.5, 180.5, 179.5, 179.5]
    lons = np.linspace(-180, 180, 37)[:-1]
    antarctic = np.column_stack([lons, np.full_like(lons, -70)])
    antarctic = np.vstack([antarctic, antarctic[:1]])
    closed = unwrap_ring(antarctic)
    assert closed[:, 1].min() == -90
    assert np.array_equal(closed[0], closed[-1])


def test_densify_bends_long_edges() -> None:
    ring = densify(square(0, 0, 10, 1), 1.0)
    assert len(ring) == 23
    assert np.hypot(*np.diff(ring, axis=0).T).max() <= 1.0 + 1e-9


def test_circular_span_takes_the_short_way_round() -> None:
    assert circular_span([(-31, 40), (20, 180), (-180, -169)]) == (-31, 191)
    assert circular_span([(100, 120)]) == (100, 120)


def test_projection_choice() -> None:
    assert choose_projection((-31, 191), (-11, 82)).kind == "albers"
    assert choose_projection((-26, 64), (-35, 38)).kind == "equal-earth"
    assert choose_projection((-180, 180), (-56, 84)).kind == "equal-earth"


@pytest.mark.parametrize(
    "projection", [Projection("equal-earth", 0.0), Projection("albers", 80.0, (20.0, 65.0))]
)
def test_projections_are_equal_area(projection: Projection) -> None:
    # two cells of 10° × 10° at the same latitude band keep their area wherever they are
    a = ring_area(projection.forward(densify(square(-60, 40, -50, 50), 0.5)))
    b = ring_area(projection.forward(densify(square(70, 40, 80, 50), 0.5)))
    assert a == pytest.approx(b, rel=1e-3)
    # and a cell's area on the unit sphere: Δλ (sin φ2 − sin φ1)
    expected = np.radians(10) * (np.sin(np.radians(50)) - np.sin(np.radians(40)))
    assert a == pytest.approx(expected, rel=2e-3)
