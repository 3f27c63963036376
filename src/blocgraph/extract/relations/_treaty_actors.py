"""Who acts before a signing verb, whatever the parser made of it: the states listed right
before the verb ("… в 1999 году Грузия и Азербайджан вышли из Договора"), the parser's own
subject when those states lie inside its phrase ("Libya's government and Turkey signed"), and
the states and persons before a finite verb the parser gave no subject at all."""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract.relations._frames import Context
from blocgraph.extract.relations._subjects import subjects
from blocgraph.extract.relations._tree import kids

_BETWEEN_SUBJECT_AND_VERB = frozenset(
    {"both", "all", "also", "each", "have", "has", "had", "then", "later", "jointly", "too"}
    | {"оба", "обе", "также", "тоже", "совместно"}
)
"""Words that may stand between a list of states and their verb."""


def adjacent(verb: Token, context: Context) -> list[Token]:
    """The states listed right before a verb ("… однако в 1999 году Грузия и Азербайджан вышли
    из Договора"): its subjects whatever the parser attached them to, when only names, commas
    and "and" stand between them and the verb."""
    doc = verb.doc
    found: list[Token] = []
    i = verb.i - 1
    while i >= 0:
        if doc[i].lower_ in _BETWEEN_SUBJECT_AND_VERB:
            i -= 1  # "A and B both signed", "A and B have also ratified"
        elif doc[i].lower_ in {"and", ",", "и"} and i > 0 and doc[i - 1].pos_ == "VERB":
            i -= 2  # "A and B signed and ratified": the first verb's subjects
        else:
            break
    last = i
    while i >= 0:
        token = doc[i]
        arg = context.by_token.get(i)
        if arg is not None and arg.type == "state":
            found.append(token)
        elif (
            token.lower_ not in {",", "and", "и"}
            and not (found and arg is None and token.text[:1].isupper() and token.pos_ == "PROPN")
            and not (found and token.lower_ == "the")
        ):  # "…, the United Republic of Tanzania"
            break
        i -= 1
    return found if found and last in context.by_token else []


def unparsed_subjects(verb: Token, context: Context) -> list[Token]:
    """The states and persons right before a finite verb the parser gave no subject at all,
    back to the clause's comma ("In February, Ukrainian President Zelenskyy and Albanian Prime
    Minister Edi Rama signed …": the parser hung them on the date)."""
    finite = "Fin" in verb.morph.get("VerbForm", [])
    if not finite or verb.pos_ != "VERB" or kids(verb, "nsubj", "nsubj:pass", "csubj", "expl"):
        return []  # "called on Israel to sign": an infinitive's subject is not before it
    found: list[Token] = []
    i = verb.i - 1
    while i >= verb.sent.start:
        token = verb.doc[i]
        own_auxiliary = token.pos_ == "AUX" and token.head.i == verb.i  # "A and B have signed"
        if token.text in {",", ";", ":"} or (token.pos_ in {"VERB", "AUX"} and not own_auxiliary):
            break
        arg = context.by_token.get(i)
        if arg is not None and arg.type in {"state", "person"} and arg.start == i:
            found.append(token)
        i -= 1
    return found[::-1]


def own_subjects(verb: Token, context: Context) -> list[Token]:
    """A verb's subjects: the states listed right before it (``adjacent``), with the head of
    the parser's subject when those states lie inside its phrase ("Libya's government and
    Turkey signed": the government acts for Libya too; "China and the Pacific island nation of
    Kiribati have signed": China as well)."""
    listed = adjacent(verb, context)
    parsed = subjects(verb)
    if not listed:
        return parsed
    return listed + [
        subject
        for subject in parsed
        if {t.i for t in listed} <= {t.i for t in subject.subtree} - {subject.i}
    ]
