"""PNG maps and charts: the right size, not blank, and coloured as the SVG of the same scene."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from blocgraph.analysis import MembershipData
from blocgraph.viz import (
    map_png,
    map_svg,
    overlap_matrix_png,
    overlap_matrix_svg,
    upset_png,
    upset_svg,
)
from blocgraph.viz._projection import ring_centroid
from blocgraph.viz._text import ascii_text
from tests.viz.conftest import DAY, parse, subpaths, with_class


def image(png: bytes) -> Image.Image:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return Image.open(io.BytesIO(png)).convert("RGB")


def rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def viewbox_height(svg: str) -> float:
    return float(parse(svg).get("viewBox", "0 0 0 0").split()[3])


def assert_not_blank(picture: Image.Image, min_colours: int, min_drawn: float) -> None:
    pixels = np.asarray(picture).reshape(-1, 3)
    colours = {tuple(p) for p in pixels[:: max(1, len(pixels) // 50_000)].tolist()}
    assert len(colours) >= min_colours
    drawn = np.any(pixels != 255, axis=1).mean()  # background is white
    assert drawn > min_drawn


@pytest.fixture(scope="module")
def eurasia_svg(data: MembershipData) -> str:
    return map_svg(data, continent="Eurasia", as_of=DAY)


@pytest.fixture(scope="module")
def eurasia_png(data: MembershipData) -> Image.Image:
    return image(map_png(data, continent="Eurasia", as_of=DAY, width=1000))


def test_map_png_size_matches_the_svg(eurasia_svg: str, eurasia_png: Image.Image) -> None:
    assert eurasia_png.width == 1000
    assert eurasia_png.height == round(viewbox_height(eurasia_svg))


def test_map_png_is_not_blank(eurasia_png: Image.Image) -> None:
    assert_not_blank(eurasia_png, 50, 0.5)  # ocean, land, text: most of a map is drawn


@pytest.mark.parametrize("iso3", ["CHN", "KAZ", "IND", "RUS", "FRA"])
def test_map_png_colours_states_as_the_svg(
    eurasia_svg: str, eurasia_png: Image.Image, iso3: str
) -> None:
    root = parse(eurasia_svg)
    [state] = [e for e in with_class(root, "state") if e.get("data-iso3") == iso3]
    rings = [np.array(points + points[:1]) for points in subpaths(state.get("d") or "")]
    # the centroid of the largest part, nudged to a spot well inside it
    largest = max(rings, key=len)
    x, y = ring_centroid(largest)
    if iso3 == "RUS":  # Russia's centroid is in Siberia but its outline is not convex
        x, y = largest[:, 0].mean(), largest[:, 1].mean()
    pixel = eurasia_png.getpixel((round(x), round(y)))
    expected = rgb(state.get("fill") or "")
    assert isinstance(pixel, tuple)
    assert max(abs(a - b) for a, b in zip(pixel, expected, strict=True)) <= 6, (pixel, expected)


def test_map_png_hatches_gaps(eurasia_svg: str, eurasia_png: Image.Image) -> None:
    root = parse(eurasia_svg)
    [saudi] = [e for e in with_class(root, "state") if e.get("data-iso3") == "SAU"]
    ring = np.array(max(subpaths(saudi.get("d") or ""), key=len))
    x, y = ring_centroid(np.vstack([ring, ring[:1]]))
    patch = eurasia_png.crop((round(x) - 6, round(y) - 6, round(x) + 6, round(y) + 6))
    colours = {tuple(p) for p in np.asarray(patch).reshape(-1, 3).tolist()}
    reds = [c for c in colours if c[0] > 180 and c[1] < 120 and c[2] < 120]
    pales = [c for c in colours if c[0] > 240 and 200 < c[1] < 235]
    assert reds and pales  # stripes of red on pale red


@pytest.mark.parametrize("width", [400, 2400])
def test_png_width_is_honoured(data: MembershipData, width: int) -> None:
    picture = image(map_png(data, continent="Europe", as_of=DAY, width=width))
    assert picture.width == width


def test_png_width_out_of_range(data: MembershipData) -> None:
    with pytest.raises(ValueError, match="width"):
        map_png(data, as_of=DAY, width=50)


def test_matrix_png(data: MembershipData) -> None:
    picture = image(overlap_matrix_png(data, as_of=DAY))
    assert picture.width == 1200
    assert picture.height == round(viewbox_height(overlap_matrix_svg(data, as_of=DAY)) * 1.2)
    assert_not_blank(picture, 20, 0.1)


def test_upset_png(data: MembershipData) -> None:
    picture = image(upset_png(data, as_of=DAY, width=1400))
    assert picture.width == 1400
    assert picture.height == round(viewbox_height(upset_svg(data, as_of=DAY)) * 1.4)
    assert_not_blank(picture, 20, 0.1)


def test_png_text_is_folded_to_the_bundled_fonts_ascii() -> None:
    assert ascii_text("Côte d'Ivoire — Türkiye") == "Cote d'Ivoire - Turkiye"
