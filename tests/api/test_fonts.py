"""The fonts the pages serve cover every Chinese and Arabic character of the graph's names (when
the data gains names in new characters, rerun ``tools/make_fonts.py``), and are served."""

from __future__ import annotations

import httpx
import pytest
from fontTools.ttLib import TTFont

from blocgraph.api._pages import STATIC_DIR
from blocgraph.store import Store

FONTS = STATIC_DIR / "fonts"
LABELS = """SELECT DISTINCT ?label WHERE {
    { ?e <http://www.w3.org/2004/02/skos/core#prefLabel> ?label }
    UNION { ?e <http://www.w3.org/2004/02/skos/core#altLabel> ?label }
    FILTER (LANG(?label) IN ("zh", "ar", "ru"))
}"""


def characters(store: Store) -> set[str]:
    return {c for row in store.select(LABELS) for c in str(row["label"]) if c.isalpha()}


def cmap(name: str) -> set[int]:
    return set(TTFont(FONTS / name).getBestCmap())


def test_every_name_character_is_in_a_served_font(store: Store) -> None:
    covered = cmap("noto-sans.woff2") | cmap("noto-sans-arabic.woff2")
    covered |= cmap("droid-sans-fallback-cjk.woff2")
    missing = sorted(c for c in characters(store) if ord(c) not in covered)
    assert not missing, f"rerun tools/make_fonts.py: the fonts lack {''.join(missing[:40])}"


@pytest.mark.parametrize(
    "name", ["noto-sans.woff2", "noto-sans-arabic.woff2", "droid-sans-fallback-cjk.woff2"]
)
def test_fonts_are_served(server: str, name: str) -> None:
    response = httpx.get(f"{server}/static/fonts/{name}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "font/woff2"
    assert response.content[:4] == b"wOF2"
    assert len(response.content) < 150_000  # subsets, not whole fonts
