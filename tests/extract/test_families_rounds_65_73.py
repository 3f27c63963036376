"""Families from the errors of rounds 65–73 (sentences written for the families, not gold
texts), read by the real extractor with the shipped models."""

from __future__ import annotations

import pytest

from blocgraph.config import PROJECT_ROOT
from blocgraph.extract import Extractor

Triple = tuple[str, str, str | None]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.from_data(PROJECT_ROOT / "data")


def triples(extractor: Extractor, text: str) -> set[Triple]:
    return {s.triple for s in extractor.extract(text).statements if s.polarity == "positive"}


@pytest.mark.parametrize(
    "text",
    [
        "Ассоциация регионального сотрудничества стран Южной Азии (СААРК) — региональная "
        "организация. В нее входят Индия, Пакистан и Непал.",
        "The South Asian Association of Regional Cooperation (SAARC) comprises India, Pakistan "
        "and Nepal.",
    ],
)
def test_a_name_the_catalogue_lacks_abbreviated_as_its_body_is_that_body(
    extractor: Extractor, text: str
) -> None:
    result = extractor.extract(text)
    assert {m.id for m in result.mentions if m.type == "body"} == {"SAARC"}
    found = triples(extractor, text)
    assert {("IND", "memberOf", "SAARC"), ("NPL", "memberOf", "SAARC")} <= found
