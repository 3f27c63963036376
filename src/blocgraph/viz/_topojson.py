"""A small TopoJSON decoder: quantized, delta-encoded arcs → polygons of lon/lat rings.

Only what world atlases use: ``Polygon`` and ``MultiPolygon`` geometries (others decode to no
polygons), with or without a ``transform``. See the TopoJSON specification,
https://github.com/topojson/topojson-specification.

Example:
    >>> topology = {
    ...     "type": "Topology",
    ...     "transform": {"scale": [1, 1], "translate": [10, 20]},
    ...     "arcs": [[[0, 0], [2, 0], [0, 2], [-2, 0], [0, -2]]],
    ...     "objects": {"things": {"type": "GeometryCollection", "geometries": [
    ...         {"type": "Polygon", "arcs": [[0]], "id": "1", "properties": {"a3": "SQR"}}]}},
    ... }
    >>> [feature] = decode_topojson(topology, "things")
    >>> feature.properties["a3"], feature.polygons[0][0].tolist()
    ('SQR', [[10.0, 20.0], [12.0, 20.0], [12.0, 22.0], [10.0, 22.0], [10.0, 20.0]])
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

#: An (n, 2) array of lon/lat (or x/y) points; a closed ring repeats its first point last.
Ring = npt.NDArray[np.float64]
#: A polygon: the exterior ring first, then its holes.
Polygon = list[Ring]


@dataclass(frozen=True, slots=True)
class TopoFeature:
    """One decoded geometry: its ``id``, ``properties`` and polygons."""

    id: str | None
    properties: dict[str, Any] = field(default_factory=dict)
    polygons: list[Polygon] = field(default_factory=list)


def decode_arcs(topology: Mapping[str, Any]) -> list[Ring]:
    """Every arc of ``topology`` as absolute coordinates.

    With a ``transform`` the arcs are quantized and delta-encoded: each position after the first
    is an offset from the previous one, and ``scale``/``translate`` map the integer grid back to
    coordinates.
    """
    transform = topology.get("transform")
    arcs: list[Ring] = []
    for arc in topology["arcs"]:
        points = np.asarray(arc, dtype=np.float64)[:, :2]
        if transform is not None:
            points = np.cumsum(points, axis=0)
            points = points * np.asarray(transform["scale"], dtype=np.float64) + np.asarray(
                transform["translate"], dtype=np.float64
            )
        arcs.append(points)
    return arcs


def _ring(arcs: Sequence[Ring], indices: Sequence[int]) -> Ring:
    pieces: list[Ring] = []
    for position, index in enumerate(indices):
        # a negative index ~i means arc i walked backwards
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        # consecutive arcs share their joining point: keep it once
        pieces.append(arc if position == 0 else arc[1:])
    ring = np.concatenate(pieces) if pieces else np.zeros((0, 2))
    if len(ring) and not np.array_equal(ring[0], ring[-1]):
        ring = np.vstack([ring, ring[:1]])
    return ring


def _polygons(geometry: Mapping[str, Any], arcs: Sequence[Ring]) -> list[Polygon]:
    kind = geometry.get("type")
    if kind == "Polygon":
        return [[_ring(arcs, ring) for ring in geometry["arcs"]]]
    if kind == "MultiPolygon":
        return [[_ring(arcs, ring) for ring in polygon] for polygon in geometry["arcs"]]
    return []


def decode_topojson(topology: Mapping[str, Any], object_name: str) -> list[TopoFeature]:
    """The geometries of one object of a TopoJSON ``topology`` as :class:`TopoFeature`.

    Parameters:
        topology: the parsed TopoJSON document (``{"type": "Topology", ...}``).
        object_name: the key under ``objects`` (``"countries"`` in world atlases).

    Raises:
        ValueError: not a Topology, or no such object.
    """
    if topology.get("type") != "Topology":
        raise ValueError("not a TopoJSON Topology")
    objects = topology.get("objects", {})
    if object_name not in objects:
        raise ValueError(f"TopoJSON has no object {object_name!r}; it has {sorted(objects)}")
    arcs = decode_arcs(topology)
    root = objects[object_name]
    geometries = root["geometries"] if root.get("type") == "GeometryCollection" else [root]
    return [
        TopoFeature(
            None if g.get("id") is None else str(g["id"]),
            dict(g.get("properties") or {}),
            _polygons(g, arcs),
        )
        for g in geometries
    ]
