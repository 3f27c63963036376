"""Families from the errors found after round 101 (sentences written for the families, not gold
texts), read by the real extractor with the shipped models."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from tests.extract._sentences import triples


@pytest.mark.parametrize(
    "text",
    [
        "Странами-наблюдателями при ЕАЭС являются Куба и Узбекистан.",
        "Наблюдателями при ЕАЭС являются Куба и Узбекистан.",
    ],
)
def test_a_role_nouns_body_hung_as_its_oblique_is_its_body(extractor: Extractor, text: str) -> None:
    found = triples(extractor, text)
    assert {("CUB", "observerOf", "EAEU"), ("UZB", "observerOf", "EAEU")} <= found
