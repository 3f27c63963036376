"""Joint texts titled by their parties, minted as treaties with their whole title ("Joint
Statement of Japan, the Republic of Korea, and the United States"): see ``_party_titles``."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from blocgraph.extract.relations._openworld_titles import entity_tokens
from blocgraph.extract.relations._party_titles import joint, title_end
from blocgraph.extract.relations._reader import Entity
from blocgraph.extract.relations._slug import slug


def party_titles(doc: Doc, known: Sequence[Entity]) -> list[Entity]:
    """The joint texts of a parsed chunk titled by two parties or more: the whole title, parties
    and topic included, as a treaty."""
    parties = entity_tokens(doc, known, frozenset({"state", "body"}))
    found: list[Entity] = []
    for head in doc:
        end = title_end(doc, head.i, parties)
        if end is None:
            continue
        start = head.i - 1 if joint(doc, head.i - 1) else head.i
        span = doc[start:end]
        found.append(Entity(span.start_char, span.end_char, "treaty", slug(span.text)))
    return found
