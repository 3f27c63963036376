"""A list running on past a second role noun ("Странами-наблюдателями являются A, B,
странами-партнерами – C, D"): each item takes the nearest role noun before it. Russian compounds
the embeddings do not know are read by their last part ("Странами-наблюдателями")."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from tests.extract._sentences import Triple, triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Странами-наблюдателями в ШОС являются Афганистан, Беларусь и Монголия,"
            " странами-партнерами – Азербайджан, Армения и Камбоджа.",
            {(s, "observerOf", "SCO") for s in ("AFG", "BLR", "MNG")}
            | {(s, "partnerOf", "SCO") for s in ("AZE", "ARM", "KHM")},
        ),
        (
            "The SCO's observers are Afghanistan and Mongolia, its dialogue partners Armenia and"
            " Cambodia.",
            {(s, "observerOf", "SCO") for s in ("AFG", "MNG")}
            | {(s, "partnerOf", "SCO") for s in ("ARM", "KHM")},
        ),
        (  # the trigger's own phrase: observers, not members
            "Observer members of the SCO are currently Mongolia and Belarus.",
            {("MNG", "observerOf", "SCO"), ("BLR", "observerOf", "SCO")},
        ),
    ],
)
def test_each_item_takes_the_nearest_role(
    extractor: Extractor, text: str, expected: set[Triple]
) -> None:
    assert triples(extractor, text) == expected
