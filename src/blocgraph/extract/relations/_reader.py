"""Statements of a parsed chunk: triggers found by lemma, frames read, polarity and speaker set.

:class:`TreeReader` is what the extractor calls once per parsed chunk. It maps the linker's
mentions onto the parse's tokens, walks each sentence's tokens for triggers, lets the frame
reader of each trigger find its arguments, drops what the clause only entertains, marks denials
``negative``, reads the speaker off the tree, and updates the document's :class:`Focus`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from blocgraph.extract.relations._companions import companions, companions_of_each
from blocgraph.extract.relations._datelines import forget_dateline
from blocgraph.extract.relations._focus import Focus, Named
from blocgraph.extract.relations._frames import Context, Reading
from blocgraph.extract.relations._gapping import gapped_statements
from blocgraph.extract.relations._headline_acts import HEADLINE_RULE, headline_readings
from blocgraph.extract.relations._instrument_ids import kind as _kind
from blocgraph.extract.relations._lexicon import Lexicon
from blocgraph.extract.relations._likewise import likewise
from blocgraph.extract.relations._named_members import NAMED_MEMBERS_RULE, named_members
from blocgraph.extract.relations._non_members import NON_MEMBER_RULE, non_members, outside
from blocgraph.extract.relations._party_titles import party_title_readings
from blocgraph.extract.relations._polarity import (
    PROCEDURES,
    completed_procedure,
    denied_above,
    negated,
    polarity,
    taken_decision,
)
from blocgraph.extract.relations._readers import READERS
from blocgraph.extract.relations._readers_events import APPROVING, approving_bodies
from blocgraph.extract.relations._readers_partnership import partnership_readings
from blocgraph.extract.relations._readers_place import placement_readings
from blocgraph.extract.relations._readers_treaty import PARTIES_RULE, treaty_readings
from blocgraph.extract.relations._readers_treaty_roles import (
    NEGATIVE_ROLE_RULE,
    treaty_role_readings,
)
from blocgraph.extract.relations._role_segments import by_nearest_role
from blocgraph.extract.relations._since import joined_since
from blocgraph.extract.relations._slots import announcing
from blocgraph.extract.relations._speakers import speaker
from blocgraph.extract.relations._subjects import misread_expletive
from blocgraph.extract.relations._token_args import map_entities, subject_spans
from blocgraph.extract.relations._tree import Arg, base, case_of, excluding_phrase

_YEAR_RANGE = range(1800, 2101)
_DATED = frozenset({"joined", "left", "suspendedIn", "proposes", "signed", "ratified", "denounced"})
"""Predicates whose event the contract dates with a ``year`` qualifier."""


@dataclass(frozen=True, slots=True)
class Entity:
    """A linked mention in chunk character offsets."""

    char_start: int
    char_end: int
    type: str
    id: str


@dataclass(frozen=True, slots=True)
class TreeStatement:
    """A statement the tree gives, in chunk character offsets (``antecedent`` in document
    offsets), with ``speaker`` ``None`` when the tree names none."""

    subject: str
    predicate: str
    object: str | None
    qualifiers: dict[str, Any]
    evidence: list[tuple[int, int]]
    sentence: tuple[int, int]
    rule: str
    polarity: str
    speaker: str | None
    antecedent: tuple[int, int, str] | None
    trigger: tuple[int, int] = field(default=(0, 0))


def _year(tokens: list[Token]) -> int | None:
    for token in tokens:
        for child in token.subtree:
            if child.i - token.i > 8 or token.i - child.i > 8:
                continue
            text = child.text
            if len(text) == 4 and text.isdigit() and int(text) in _YEAR_RANGE:
                return int(text)
    return None


def _bracketed_year(sent: Span, after: int) -> int | None:
    """A year in parentheses right after a holder: "Qatar (1961), Indonesia (1962)"."""
    doc = sent.doc
    if after + 2 < sent.end and doc[after].text == "(" and doc[after + 2].text == ")":
        return _year([doc[after + 1]])
    return None


def _dated_children(token: Token) -> list[Token]:
    return [
        c
        for c in token.children
        if base(c.dep_) in {"obl", "nmod", "advmod", "appos", "parataxis", "nummod", "dep"}
    ]


_EVENT_FRAMES = frozenset({"enter", "admit", "exit", "expel", "suspend", "propose"})
_DECIDED_ALONE = frozenset({"expel", "suspend"})


def _asserted_event(token: Token, frame: str, lexicon: Lexicon, by_token: dict[int, Arg]) -> bool:
    """An event noun ("accession", "выход") asserts its event only as the subject of its clause
    ("Iran's accession to the SCO took place in 2023"), as what is announced ("announced their
    withdrawal from O") or approved ("approved Vietnam's accession") — not as the topic of a
    memorandum, the object of support or of a procedure ("a memorandum on accession", "support
    for accession")."""
    if token.pos_ != "NOUN" or frame not in _EVENT_FRAMES:
        return True
    if announcing(token) is not None or denied_above(token, lexicon):
        return True  # "reports of its withdrawal are fake": denied, read as negative
    if polarity(token, lexicon) == "negative":
        return True  # "has never considered the scenario of its withdrawal": a refused plan
    if base(token.dep_) == "obj" and token.head.lemma_.lower() in APPROVING:
        return _approved_by_body(token.head, by_token, lexicon)
    factive = lexicon.cues.get("factive", frozenset())
    if base(token.dep_) in {"obj", "obl"} and token.head.lemma_.lower() in factive:
        return not negated(token.head, lexicon)  # "welcomed the entry of A into O": it happened
    presupposing = lexicon.cues.get("presupposing", frozenset())
    if base(token.dep_) == "obj" and token.head.lower_ in presupposing:
        return True  # "following the admission of Cameroon" with "following" read as a verb
    if base(token.dep_) in {"obl", "nmod"} and case_of(token) in presupposing:
        return True  # "since its accession", "после вступления России": it happened
    head = token.head
    if base(token.dep_) == "nmod" and frame in _DECIDED_ALONE and taken_decision(head):
        # "приняло решение о приостановлении его членства": a body's own act, decided, so done
        # (not a decision on an accession, which the candidate may still decline)
        return True
    if base(token.dep_) in {"nmod", "compound"} and head.lemma_.lower() in PROCEDURES:
        return completed_procedure(head, lexicon)  # "the process of A's accession was completed"
    return base(token.dep_) in {"nsubj", "root"}


def _approved_by_body(verb: Token, by_token: dict[int, Arg], lexicon: Lexicon) -> bool:
    """ "The WTO approved Vietnam's accession": a body's decision to admit asserts the event; a
    national parliament's ratification ("The Senate approved Finland's accession") or a refusal
    ("did not approve") does not."""
    if negated(verb, lexicon):
        return False
    return bool(approving_bodies(verb, by_token))


_SUBJECT_PRONOUNS = frozenset({"it", "они", "она", "оно"})
_WORD = re.compile(r"[\w&+-]+")
_OPENING = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)
"""What may precede the subject that opens an unparsed sentence (its first words)."""


class TreeReader:
    """Reads statements from parsed chunks of one document (one reader per document)."""

    def __init__(
        self,
        lexicon: Lexicon,
        title_bodies: list[Named] | None = None,
        aliases: dict[str, str] | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.aliases = aliases or {}
        """This document's open-world abbreviations → ``new:`` ids (``_aliases``)."""
        self.focus = Focus()
        self.person_states: Mapping[str, str] = {}
        """Person id → the state the text or the catalogue gives them (signers of treaties)."""
        self.parses: dict[str, Doc] = {}
        """This document's parses by sentence text (the tree pass reuses them)."""
        self._asserted: list[Reading] = []
        """The asserted readings of the sentence read before ("… did likewise")."""
        if title_bodies:
            self.focus.see(title_bodies, counted=False)

    def read(
        self, doc: Doc, entities: list[Entity], offset: int, last_person: str | None = None
    ) -> list[TreeStatement]:
        """The statements of one parsed chunk; ``offset`` is the chunk's start in the document."""
        by_token = map_entities(doc, entities)
        states = map_entities(doc, [e for e in entities if e.type == "state"])
        bodies = map_entities(doc, [e for e in entities if e.type == "body"])
        context = Context(by_token, self.lexicon, self.focus, states, bodies)
        found: list[TreeStatement] = []
        text = doc.text  # built anew by spaCy on every access
        for sent in doc.sents:
            forget_dateline(sent, by_token, states, bodies)  # "Kiruna (Sweden), May 15 (IANS)"
            found += self._sentence(sent, context, last_person)
            named = sorted(
                {
                    (a.char_start, a.char_end, a.type, a.id)
                    for i, a in by_token.items()
                    if sent.start <= i < sent.end
                }
                | {  # "Соглашение о вступлении Латвии в ОЭСР": the body is named too
                    (a.char_start, a.char_end, a.type, a.id)
                    for i, a in bodies.items()
                    if sent.start <= i < sent.end and i in by_token and by_token[i].type == "treaty"
                }
                | {  # "the court's founding statute": the court is named again
                    (a.char_start, a.char_end, a.type, a.id)
                    for t in sent
                    if t.i not in by_token and (a := self.focus.by_head(t, set())) is not None
                }
            )
            subjects = subject_spans(sent, by_token)
            continued = self._continued_subject(sent, offset)
            self.focus.see(
                [
                    Named(id_, kind, offset + s, offset + e, text[s:e], (s, e) in subjects)
                    for s, e, kind, id_ in named
                ]
                + continued
            )
        return found

    def _continued_subject(self, sent: Span, offset: int) -> list[Named]:
        """The entity a sentence's pronoun subject continues ("It is a United Nations General
        Assembly observer. It comprises 18 members: …"): recorded as that sentence's subject, so
        the next pronoun continues it rather than the last name the sentence mentioned."""
        for token in sent:
            if token.lower_ not in _SUBJECT_PRONOUNS:
                continue
            if base(token.dep_) != "nsubj" and not misread_expletive(token):
                continue
            if base(token.head.dep_) != "root":
                continue
            topic = self.focus.topic(frozenset({"body", "state"}))
            if topic is not None:
                start = offset + token.idx
                return [replace(topic, start=start, end=start + len(token.text), subject=True)]
        return []

    def _abbreviated(self, entities: list[Entity], text: str) -> list[Entity]:
        """The document's open-world abbreviations in an unparsed sentence, as whole words."""
        if not self.aliases:
            return []
        taken = [(e.char_start, e.char_end) for e in entities]
        found: list[Entity] = []
        for match in _WORD.finditer(text):
            named = self.aliases.get(match.group(0))
            start, end = match.span()
            if named is not None and not any(a < end and start < b for a, b in taken):
                found.append(Entity(start, end, _kind(named), named))
        return found

    def observe(self, entities: list[Entity], offset: int, text: str) -> None:
        """Let the focus see a sentence that was not parsed (``offset``: its document start),
        with the document's open-world abbreviations it uses ("АБИИ провёл заседание")."""
        ordered = sorted(entities + self._abbreviated(entities, text), key=lambda e: e.char_start)
        self.focus.see(
            [
                Named(
                    e.id,
                    e.type,
                    offset + e.char_start,
                    offset + e.char_end,
                    text[e.char_start : e.char_end],
                    _OPENING.fullmatch(text[: e.char_start]) is not None,
                )
                for e in ordered
            ]
        )

    def _sentence(
        self, sent: Span, context: Context, last_person: str | None
    ) -> list[TreeStatement]:
        results: list[TreeStatement] = []
        found: list[TreeStatement] = []  # the readers' statements, before duplicates go
        seen: set[tuple[str, str, str | None, str]] = set()
        asserted: list[Reading] = []
        named = named_members(sent, context.by_token)
        for reading in [
            *non_members(sent, context.by_token),
            *outside(sent, context),
            *named,
        ]:
            made = self._statement(reading, sent, context, last_person)
            if made is not None:
                seen.add((made.subject, made.predicate, made.object, made.polarity))
                results.append(made)
        for token in sent:
            trigger = self.lexicon.trigger(token.lemma_, token.pos_)
            if trigger is None and token.pos_ in {"VERB", "NOUN"}:
                trigger = self.lexicon.trigger(token.lower_, token.pos_)
            if trigger is None:
                continue
            if not _asserted_event(token, trigger.frame, self.lexicon, context.by_token):
                continue
            readings = READERS[trigger.frame](token, trigger, context)
            if trigger.frame == "role":  # "наблюдателями являются A, B, партнерами – C, D"
                readings = by_nearest_role(readings, self.lexicon)
            for reading in [*readings, *companions(readings, token, context)]:
                made = self._statement(reading, sent, context, last_person)
                if made is not None:
                    found += [made, *gapped_statements(made, reading, sent, context)]
                    found += joined_since(made, reading.trigger)  # "a member since 1992"
                    asserted += [reading] if made.polarity == "positive" else []
        relations = treaty_readings(sent, context, self.person_states)
        relations += treaty_role_readings(sent, context)
        relations += companions_of_each(relations, context)  # "the 14th to ratify, after A"
        relations += placement_readings(sent, context)  # "Chile, a South American country"
        relations += headline_readings(sent, context)  # "Iran, India, Afghanistan sign T"
        relations += party_title_readings(sent, context)  # "Joint Statement of A and B"
        for reading in [*relations, *partnership_readings(sent, context, self.person_states)]:
            made = self._statement(reading, sent, context, last_person)
            if made is not None:
                found += [made, *gapped_statements(made, reading, sent, context)]
                asserted += [reading] if made.polarity == "positive" else []
        # the sentence before (its own parse), then this one's in reading order
        earlier = self._asserted + sorted(asserted, key=lambda r: r.trigger.i)
        for reading in likewise(sent, earlier, context):
            made = self._statement(reading, sent, context, last_person)
            if made is not None:
                found.append(made)
        self._asserted = asserted
        for item in found:
            key = (item.subject, item.predicate, item.object, item.polarity)
            if key not in seen:
                seen.add(key)
                results.append(item)
        return results

    def _statement(
        self, reading: Reading, sent: Span, context: Context, last_person: str | None
    ) -> TreeStatement | None:
        trigger = reading.trigger
        sign = polarity(trigger, self.lexicon, future_ok=reading.predicate == "proposes")
        if reading.rule == NON_MEMBER_RULE:
            sign = "negative"  # "non-GCC member Egypt": named as outside, whatever the clause
        elif reading.rule == NEGATIVE_ROLE_RULE and sign is not None:
            sign = "negative"  # "non-signatory States include A": the word negates
        elif reading.rule == PARTIES_RULE and base(trigger.dep_) in {"acl", "amod"}:
            # "не собирается денонсировать договор между A и B, подписанный в 1997 году": the
            # participle describes the treaty, whatever the clause goes on to do with it
            sign = "negative" if negated(trigger, self.lexicon) else "positive"
        elif reading.rule == HEADLINE_RULE:
            sign = "positive"  # "A, B sign T": no room for a hedge, whatever the parse made of it
        elif reading.rule == NAMED_MEMBERS_RULE:
            # "does not consider joining the Union State of Russia and Belarus": the name
            # presupposes its members, whatever the clause says of the sentence's subject
            sign = "positive"
        if reading.subject.excluded:  # "every country except Morocco belongs to the AU"
            # only what the clause says of the collective itself, not a clause inside it
            taken_out = excluding_phrase(sent.doc[reading.subject.start])
            inside = taken_out is not None and trigger in taken_out.head.subtree
            sign = "negative" if sign == "positive" and not inside else None
        if sign is None:
            return None
        qualifiers = dict(reading.qualifiers)
        if reading.predicate in _DATED:
            holder = sent.doc[reading.subject.start]
            year = (
                _bracketed_year(sent, reading.subject.end)
                or _year(_dated_children(trigger))
                or _year(_dated_children(holder))
            )
            if year is not None:
                qualifiers["year"] = year
        end = trigger.idx + len(trigger.text)
        evidence = [(trigger.idx, end)]
        for arg in (reading.subject, reading.object):
            if arg is not None:
                evidence.append((arg.char_start, arg.char_end))
        antecedent = reading.subject.antecedent or (
            reading.object.antecedent if reading.object is not None else None
        )
        return TreeStatement(
            subject=reading.subject.id,
            predicate=reading.predicate,
            object=None if reading.object is None else reading.object.id,
            qualifiers=qualifiers,
            evidence=evidence,
            sentence=(sent.start_char, sent.end_char),
            rule=reading.rule,
            polarity=sign,
            speaker=speaker(
                trigger, context.by_token, self.lexicon, last_person, self._body_in_focus()
            ),
            antecedent=antecedent,
            trigger=(trigger.idx, end),
        )

    def _body_in_focus(self) -> str | None:
        """The body named last before the sentence being read."""
        named = self.focus.last(frozenset({"body"}), set())
        return None if named is None else named.id
