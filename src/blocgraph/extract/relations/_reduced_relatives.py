"""Reduced relatives: a participle that describes the noun before it, however the parser hung it
("leave the GUAM organisation currently comprising A, B", "the Customs Union, comprised of A and
B"). The inclusion reader takes that noun as the body, and polarity reads the participle as a
description of the noun as it is, not under the main clause's modality."""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract.relations._tree import base, kids


def modified_noun(participle: Token) -> list[Token]:
    """The noun an "-ing" participle follows with no comma between ("leave the GUAM
    organisation currently comprising A, B"), when the parser hung the participle on the verb
    instead of the noun: the participle describes that noun."""
    if participle.tag_ != "VBG" or base(participle.dep_) != "advcl":
        return []
    before = participle.i - 1
    while before >= 0 and participle.doc[before].head == participle:
        before -= 1  # "currently", "now"
    if before < 0 or participle.doc[before].pos_ not in {"NOUN", "PROPN"}:
        return []
    return [participle.doc[before]]


SET_OFF = frozenset({",", "–", "—", "-", "("})
"""Marks that set a participle off from the name it describes ("the Customs Union, comprised
of A and B", "the Nordic Defence Cooperation – comprising A, B –")."""


def set_off_participle(participle: Token) -> list[Token]:
    """The noun a participle set off by a comma, dash or bracket right after it describes
    ("the Customs Union, comprised of A, B", however the parser hung the participle), when
    the participle has no subject or auxiliary of its own."""
    if participle.tag_ not in {"VBN", "VBG"} or participle.i < 2:
        return []
    if kids(participle, "nsubj", "aux", "cop"):
        return []
    mark, before = participle.doc[participle.i - 1], participle.doc[participle.i - 2]
    if mark.text not in SET_OFF or not (before.pos_ in {"NOUN", "PROPN"} or before.text == ")"):
        return []
    return [before]
