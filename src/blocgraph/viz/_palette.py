"""Colours: ColorBrewer sequential schemes (Brewer, colorbrewer2.org; colour-blind safe) for
counts, the Okabe–Ito set (Okabe and Ito 2008) for roles, and a hatch for gaps.

Example:
    >>> sequential(3)
    ['#c7e9b4', '#2fa4c2', '#253494']
    >>> text_colour("#08306b"), text_colour("#f7fbff")
    ('#ffffff', '#222222')
"""

from __future__ import annotations

from blocgraph.viz._scene import Hatch

#: ColorBrewer YlGnBu, 9 classes.
YLGNBU = (
    "#ffffd9",
    "#edf8b1",
    "#c7e9b4",
    "#7fcdbb",
    "#41b6c4",
    "#1d91c0",
    "#225ea8",
    "#253494",
    "#081d58",
)
#: ColorBrewer Blues, 9 classes.
BLUES = (
    "#f7fbff",
    "#deebf7",
    "#c6dbef",
    "#9ecae1",
    "#6baed6",
    "#4292c6",
    "#2171b5",
    "#08519c",
    "#08306b",
)
#: Okabe–Ito colours for categories (roles in a body).
ROLE_COLOURS = {
    "member": "#0072b2",
    "participating_state": "#332288",
    "suspended": "#882255",
    "associate_member": "#56b4e9",
    "observer": "#e69f00",
    "dialogue_partner": "#f0e442",
    "partner": "#009e73",
    "candidate": "#cc79a7",
    "frozen": "#d55e00",
}
#: Ties with one state (``relations:KEY``), strongest first as in
#: :data:`blocgraph.analysis.TIE_ORDER`: treaty promises in ColorBrewer YlOrRd (dark = binding
#: more), partnerships and diplomatic relations in Blues, KEY itself near-black.
TIE_COLOURS = {
    "defence_mutual": "#800026",
    "defence_given": "#e31a1c",
    "defence_received": "#fd8d3c",
    "treaty_promise": "#fed976",
    "partnership": "#4292c6",
    "diplomatic": "#c6dbef",
    "none": "#f4f4f4",
    "key": "#252525",
}
#: States in none of the chosen bodies: red stripes on pale red.
GAP = Hatch("hatch-gap", background="#fde0dd", lines="#de2d26", spacing=5.0, width=1.7)
COVERED = "#1d91c0"
NONE = "#f4f4f4"
CONTEXT = "#d4d4d4"
OCEAN = "#e6eef5"
GRATICULE = "#d2dee9"
BORDER = "#ffffff"
FRAME = "#8a98a6"
INK = "#222222"
MUTED = "#555555"
FAINT = "#777777"


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def interpolate(stops: tuple[str, ...], t: float) -> str:
    """The colour at ``t`` (0..1) along ``stops``, interpolated in RGB."""
    t = min(1.0, max(0.0, t)) * (len(stops) - 1)
    i = min(int(t), len(stops) - 2)
    f = t - i
    a, b = _rgb(stops[i]), _rgb(stops[i + 1])
    r, g, bl = (round(x + (y - x) * f) for x, y in zip(a, b, strict=True))
    return f"#{r:02x}{g:02x}{bl:02x}"


def sequential(
    n: int, stops: tuple[str, ...] = YLGNBU, lo: float = 0.25, hi: float = 0.875
) -> list[str]:
    """``n`` colours from light to dark, skipping the palest end (too close to grey land)."""
    if n <= 1:
        return [interpolate(stops, (lo + hi) / 2)]
    return [interpolate(stops, lo + (hi - lo) * i / (n - 1)) for i in range(n)]


def text_colour(fill: str) -> str:
    """Dark text on light fills, white on dark ones (relative luminance)."""
    r, g, b = (c / 255 for c in _rgb(fill))
    return "#ffffff" if 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 else INK
