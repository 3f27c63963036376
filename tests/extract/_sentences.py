"""Shared by the sentence-family tests of the tree reader: one extractor per module, triples."""

from __future__ import annotations

from blocgraph.config import PROJECT_ROOT
from blocgraph.extract import Extractor

Triple = tuple[str, str, str | None]


def make_extractor() -> Extractor:
    """The real extractor over the shipped data and models."""
    return Extractor.from_data(PROJECT_ROOT / "data")


def triples(extractor: Extractor, text: str, polarity: str = "positive") -> set[Triple]:
    """The (subject, predicate, object) triples of one polarity the extractor reads in ``text``."""
    return {s.triple for s in extractor.extract(text).statements if s.polarity == polarity}


def mention_ids(extractor: Extractor, text: str, kind: str) -> dict[str, str]:
    """The mentions of one type the extractor reads in ``text``: surface → id."""
    return {m.text: m.id for m in extractor.extract(text).mentions if m.type == kind}
