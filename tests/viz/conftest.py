"""Fixtures for the map and chart tests: the real membership data from the built store, and
helpers to read the SVG the viz package writes."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date

import pytest

from blocgraph.analysis import MembershipData, load_membership_data
from blocgraph.store import Store

SVG = "{http://www.w3.org/2000/svg}"
#: The day the README's figures are for, and one before the EAEU existed.
DAY = date(2026, 11, 27)
EARLY = date(2012, 1, 1)


@pytest.fixture(scope="session")
def data(store: Store) -> MembershipData:
    """Everything the analytics read, from the real build."""
    return load_membership_data(store)


def parse(svg: str) -> ET.Element:
    """The SVG document's root element (fails the test when it is not well-formed XML)."""
    return ET.fromstring(svg)


def classes(element: ET.Element) -> set[str]:
    return set((element.get("class") or "").split())


def with_class(root: ET.Element, name: str) -> Iterator[ET.Element]:
    """Every element whose class list holds ``name``."""
    return (e for e in root.iter() if name in classes(e))


def subpaths(d: str) -> list[list[tuple[float, float]]]:
    """The absolute point lists of an SVG path of ``M``/``L`` (absolute) and ``l`` (relative)
    lines closed by ``Z``."""
    out: list[list[tuple[float, float]]] = []
    for command, numbers in re.findall(r"([MLlZz])([^MLlZz]*)", d):
        values = [float(v) for v in re.findall(r"-?(?:\d+\.?\d*|\.\d+)", numbers)]
        pairs = list(zip(values[0::2], values[1::2], strict=True))
        if command == "M":
            out.append(pairs[:1])
            pairs, command = pairs[1:], "L"
        for x, y in pairs:
            if command == "l":
                last_x, last_y = out[-1][-1]
                x, y = last_x + x, last_y + y
            out[-1].append((x, y))
    return out


def title_text(root: ET.Element) -> str:
    """The text of every ``class="title"`` line, joined."""
    return " ".join((t.text or "") for t in with_class(root, "title"))
