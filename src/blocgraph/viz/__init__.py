"""Maps and charts of membership: coverage choropleths of a continent, the body × body overlap
matrix and the UpSet chart of exclusive intersections — as SVG text or PNG bytes, fully offline
(geometry from ``data/geo/``, Pillow's bundled font).

Example:
    >>> from blocgraph.config import get_settings
    >>> from blocgraph.store import Store
    >>> from blocgraph.analysis import load_membership_data
    >>> data = load_membership_data(Store.open(get_settings().store))      # doctest: +SKIP
    >>> png = map_png(data, continent="Eurasia", width=1600)               # doctest: +SKIP
    >>> png[:8] == b"\\x89PNG\\r\\n\\x1a\\n"                                 # doctest: +SKIP
    True
"""

from __future__ import annotations

from blocgraph.viz._charts import overlap_matrix_png, overlap_matrix_scene, overlap_matrix_svg
from blocgraph.viz._map import MEASURES, map_png, map_scene, map_svg
from blocgraph.viz._png import render_png
from blocgraph.viz._scene import Scene
from blocgraph.viz._svg import render_svg
from blocgraph.viz._upset import upset_png, upset_scene, upset_svg

__all__ = [
    "MEASURES",
    "Scene",
    "map_png",
    "map_scene",
    "map_svg",
    "overlap_matrix_png",
    "overlap_matrix_scene",
    "overlap_matrix_svg",
    "render_png",
    "render_svg",
    "upset_png",
    "upset_scene",
    "upset_svg",
]
