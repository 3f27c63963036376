"""Abbreviations in the open world: a name defined by the abbreviation in brackets after it
("the Organization of Security and Cooperation in Europe (OSCE)" is the OSCE), a body's name the
catalogue lacks abbreviated as one of its bodies ("… стран Южной Азии (СААРК)" is SAARC), and the
document's abbreviations of open-world bodies and treaties found again as tokens ("ECOWAS")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from blocgraph.extract.relations._instrument_ids import kind
from blocgraph.extract.relations._reader import Entity

ABBREVIATION_IN_PARENTHESES = r"\(\s*([A-ZА-ЯЁ][A-ZА-ЯЁ&]{1,9})\s*\)"
"""An abbreviation in capitals in parentheses, "(OSCE)", "(САДК)": the one pattern for the
definitions read here and the sentences the tree pass parses for them."""
PARENTHESISED = re.compile(r"\s*" + ABBREVIATION_IN_PARENTHESES)
_BEFORE_ABBREVIATION = re.compile(r"(?:\s+in\s+[A-Z][a-z]+)?\s*\(\s*$")


def abbreviated_as_known(text: str, entity: Entity, known: list[Entity]) -> Entity:
    """A body's name the catalogue lacks, abbreviated in brackets by one of its bodies'
    abbreviations, is that body under another name: "Ассоциация регионального сотрудничества
    стран Южной Азии (СААРК)" is SAARC."""
    after = PARENTHESISED.match(text, entity.char_end)
    if entity.type != "body" or after is None:
        return entity
    at = after.start(1)
    for other in known:
        if other.type == "body" and other.char_start == at and other.char_end == after.end(1):
            return Entity(entity.char_start, entity.char_end, "body", other.id)
    return entity


def defined_as(doc: Doc, end: int, known: list[Entity]) -> str | None:
    """A known body whose abbreviation follows the name in parentheses: "the Organization of
    Security and Cooperation in Europe (OSCE)" is the OSCE however the name is misspelt."""
    for entity in known:
        near = entity.type == "body" and end < entity.char_start <= end + 16
        if near and _BEFORE_ABBREVIATION.fullmatch(doc.text[end : entity.char_start]):
            return entity.id
    return None


def abbreviated(doc: Doc, taken: set[tuple[int, int]], aliases: dict[str, str]) -> list[Entity]:
    """Abbreviations of open-world bodies ("ECOWAS"), not "OPEC+" (another body)."""
    found = []
    for token in doc:
        open_world = aliases.get(token.text)
        end = token.idx + len(token.text)
        if open_world is None or (token.idx, end) in taken:
            continue
        if doc.text[end : end + 1] == "+":
            continue
        found.append(Entity(token.idx, end, kind(open_world), open_world))  # "(ДРСМД)", "(CFE)"
    return found
