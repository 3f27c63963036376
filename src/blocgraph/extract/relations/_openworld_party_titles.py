"""Joint texts titled by their parties, minted as treaties with their whole title ("Joint
Statement of Japan, the Republic of Korea, and the United States"): see ``_party_titles``."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from blocgraph.extract.relations._party_titles import joint, title_end
from blocgraph.extract.relations._reader import Entity
from blocgraph.extract.relations._slug import slug


def party_titles(doc: Doc, known: Sequence[Entity]) -> list[Entity]:
    """The joint texts of a parsed chunk titled by two parties or more: the whole title, parties
    and topic included, as a treaty."""
    parties = _party_tokens(doc, known)
    found: list[Entity] = []
    for head in doc:
        end = title_end(doc, head.i, parties)
        if end is None:
            continue
        start = head.i - 1 if joint(doc, head.i - 1) else head.i
        span = doc[start:end]
        found.append(Entity(span.start_char, span.end_char, "treaty", slug(span.text)))
    return found


def _party_tokens(doc: Doc, known: Sequence[Entity]) -> dict[int, str]:
    """Token → the id of the state or body whose mention holds it."""
    tokens: dict[int, str] = {}
    for entity in known:
        if entity.type not in {"state", "body"}:
            continue
        span = doc.char_span(entity.char_start, entity.char_end, alignment_mode="expand")
        if span is not None:
            tokens.update(dict.fromkeys(range(span.start, span.end), entity.id))
    return tokens
