"""The writer's asides: words that frame a clause without making it a plan or a possibility
("Напомним, что …", "It should be recalled that …")."""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract.relations._lexicon import Lexicon
from blocgraph.extract.relations._tree import kids


def aside(token: Token, lexicon: Lexicon) -> bool:
    """The writer's aside in the first person plural ("Напомним, что …", "Отметим, что …"):
    a perfective form, but no future event."""
    morph = token.morph
    return (
        token.lemma_.lower() in lexicon.speech
        and "1" in morph.get("Person", [])
        and "Plur" in morph.get("Number", [])
    )


_ASIDES = frozenset(
    {"recall", "note", "remember", "mention", "stress", "emphasize", "emphasise", "add"}
    | {"underline", "notice"}
)


def writers_aside(verb: Token) -> bool:
    """ "It should be recalled that", "it must be noted that": the writer reminds, and the modal
    is the reminder's, not the recalled fact's."""
    expletive = kids(verb, "nsubj", "nsubj:pass", "expl", "expl:pass")
    return verb.lemma_.lower() in _ASIDES and any(c.lower_ == "it" for c in expletive)
