"""What a relative clause or a reduced relative says of its noun: a description of the noun as it
is, which the main clause's modality does not reach ("are set to join the bloc, which is made up
of A and B"), and, when the noun is a name or a body's description, which a denial above does not
reach either ("denied that A would leave the CSTO, which includes B and C"); and a body with a
role noun before a name, titling it ("talks with fellow EU member Hungary failed")."""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract.relations._lexicon import Lexicon
from blocgraph.extract.relations._reduced_relatives import modified_noun, set_off_participle
from blocgraph.extract.relations._subjects import (
    BODY_DESCRIPTIONS,
    RELATIVE_PRONOUNS,
    misread_relative,
)
from blocgraph.extract.relations._tree import base, kids


def describes(trigger: Token, lexicon: Lexicon) -> bool:
    """A reduced relative of standing the parser hung on the verb ("leave the organisation
    currently comprising A, B", "join the Customs Union, comprised of A, B"): like a relative
    clause, it describes its noun as it is."""
    found = lexicon.trigger(trigger.lemma_, "VERB")
    if found is None or found.frame not in {"include", "include_member"}:
        return False
    # a true "acl" keeps its head's modality ("would be a forum bringing together")
    return bool(modified_noun(trigger) or set_off_participle(trigger))


def names_described(clause: Token) -> bool:
    """Whether a relative clause is the writer's description of a body, which a denial above
    does not reach ("denied that A would leave the CSTO, which includes B and C"): a set-off
    participle or a "which" relative on a name or on a body's description ("the bloc"). A "that"
    clause may be the content of a claim ("reports that A left"), and a relative on a person or a
    pronoun is the claim's holder ("those who assert that A is leaving"): both stay denied."""
    described = set_off_participle(clause)
    if not described:
        relative = any(c.lower_ in _WHICH for c in clause.children if c.i < clause.i)
        described = [clause.head] if relative or misread_relative(clause) else []
    return any(_named(noun) or noun.lemma_.lower() in _BODY_NOUNS for noun in described)


def _named(noun: Token) -> bool:
    """A name, however tagged: a proper noun, or a capitalised word inside the sentence."""
    if noun.pos_ == "PRON":
        return False
    return noun.pos_ == "PROPN" or (noun.text[:1].isupper() and not noun.is_sent_start)


_WHICH = RELATIVE_PRONOUNS - {"who", "that"}  # "that" may open a claim's content
_BODY_NOUNS = BODY_DESCRIPTIONS | {"организация", "блок", "союз", "альянс", "объединение"}


_HOLDER_NOUNS = frozenset({"state", "country", "nation", "economy", "government"})


def titles_a_name(trigger: Token, lexicon: Lexicon) -> bool:
    """A role noun between its body and a name, as the name's title ("NATO member Slovenia"): the
    writer's description of the name, which the clause's negation or modality does not reach
    ("member state" is no name: "are not EU member states" stays negated)."""
    head = trigger.head
    return (
        base(trigger.dep_) == "compound"
        and head.pos_ == "PROPN"
        and head.lemma_.lower() not in _HOLDER_NOUNS
        and lexicon.role_noun(trigger)
        and any(c.pos_ == "PROPN" for c in kids(trigger, "compound"))  # the body: "NATO member"
        and not kids(trigger, "det")  # "as a full-fledged member Turkmenistan": a misparse
    )
