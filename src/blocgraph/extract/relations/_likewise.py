"""A pro-verb that repeats the event before it for new actors: "Belize joined as a full member;
in 2013, the Dominican Republic did likewise", "Kenya ratified the treaty in 2010, and Uganda
did the same in 2012", "Qatar left OPEC in 2019; Ecuador followed suit", "Эквадор последовал
её примеру". The event is the last one read in the sentence or the sentence before, with its
object; the pro-verb's subjects are the new actors, its own clause gives the year.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from blocgraph.extract.relations._frames import Context, Reading
from blocgraph.extract.relations._subjects import subjects
from blocgraph.extract.relations._tree import Arg

LIKEWISE_RULE = "tree:likewise"
PRO_VERB = re.compile(
    r"\b(?:did|does|do|done) (?:likewise|the same|so|similarly)\b|\bfollow(?:ed|s)? suit\b"
    r"|последовал\w* (?:\w+ )?пример|сделал\w* то же|поступил\w* (?:так же|аналогично)",
    re.IGNORECASE,
)
"""A pro-verb in a sentence's text: the sentence is parsed for it."""
_EVENTS = frozenset({"joined", "left", "suspendedIn", "signed", "ratified", "denounced"})
_DO = frozenset({"do", "сделать", "поступить"})
_SAME = frozenset({"likewise", "same", "so", "similarly", "то", "так", "аналогично"})


def _pro_verb(token: Token) -> bool:
    """Whether a verb only repeats the event before it ("did likewise", "did the same",
    "followed suit", "последовал примеру", "сделал то же самое", "поступила так же")."""
    lemma = token.lemma_.lower()
    words = {c.lower_ for c in token.children} | {c.lemma_.lower() for c in token.children}
    if lemma in _DO:
        return bool(words & _SAME)
    if lemma == "follow":
        return "suit" in words or token.head.lower_ == "suit"  # however the parser hung it
    if lemma == "последовать":
        return "пример" in words or "примеру" in words
    return False


def likewise(sent: Span, earlier: list[Reading], context: Context) -> list[Reading]:
    """The events a sentence's pro-verbs repeat for their own subjects; ``earlier``: the
    readings of this sentence and the one before, in reading order."""
    found: list[Reading] = []
    for token in sent:
        if token.pos_ not in {"VERB", "AUX"} or not _pro_verb(token):
            continue
        before = [
            r
            for r in earlier
            if r.predicate in _EVENTS and (r.trigger.doc is not token.doc or r.trigger.i < token.i)
        ]
        if not before:
            continue
        event = before[-1]
        what = event.object
        if what is not None and event.trigger.doc is not token.doc:
            # an event of the sentence before: its object stands at the pro-verb here
            end = token.idx + len(token.text)
            what = Arg(what.id, what.type, token.i, token.i + 1, token.idx, end)
        for actor in _actors(token, context):
            if actor.id != event.subject.id:
                found.append(Reading(actor, event.predicate, what, token, LIKEWISE_RULE))
    return found


def _actors(verb: Token, context: Context) -> list[Arg]:
    found: list[Arg] = []
    for subject in subjects(verb):
        for arg in context.args(subject, frozenset({"state"})):
            if arg not in found:
                found.append(arg)
    return found
