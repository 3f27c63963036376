"""Russian open-world names get one id in every case the text puts them in: the pure function,
and the real extractor on sentences that name a body not in the catalogue."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from blocgraph.extract.relations._ru_nominative import nominative
from blocgraph.extract.relations._slug import slug


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Новом банке развития", "Новый банк развития"),
        ("Всемирной торговой организации", "Всемирная торговая организация"),
        ("Международного уголовного суда", "Международный уголовный суд"),
        ("Европейской ассоциации свободной торговли", "Европейская ассоциация свободной торговли"),
        ("Сообществом развития Юга Африки", "Сообщество развития Юга Африки"),
        ("Евразийского и Таможенного союзов", "Евразийский и Таможенный союз"),
        ("Евразийский и Таможенный союзы", "Евразийский и Таможенный союзы"),  # as a name
        ("ВТО", "ВТО"),
        ("Президента Казахстана", "Президента Казахстана"),  # no organisation head
    ],
)
def test_the_head_phrase_goes_to_the_nominative(name: str, expected: str) -> None:
    assert nominative(name) == expected


def test_english_slugs_are_untouched() -> None:
    assert slug("the Organization of Turkic States") == "new:organization-of-turkic-states"


def test_a_name_in_an_oblique_case_is_minted_in_the_nominative(extractor: Extractor) -> None:
    text = (
        "Алжир стал членом Исламского банка развития в 2025 году. "
        "В Исламском банке развития приветствовали это решение."
    )  # the sentence named the AIIB until it entered the catalogue (2026-12-06)
    ids = {m.id for m in extractor.extract(text).mentions if m.id.startswith("new:")}
    assert ids == {"new:исламский-банк-развития"}
