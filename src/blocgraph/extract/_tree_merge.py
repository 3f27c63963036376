"""The tree pass of the extractor: the candidate sentences' parses (``_candidates`` chooses
them), their tree statements in document offsets, and the tree's verdict on what a surface rule
found.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from typing import cast

from spacy.tokens import Doc, Token

from blocgraph.extract._attribution import Attribution
from blocgraph.extract._linker import Linked
from blocgraph.extract._model import (
    MEMBERSHIP_PREDICATES,
    EntityType,
    Mention,
    Polarity,
    Predicate,
    Statement,
)
from blocgraph.extract._rules import Found
from blocgraph.extract._syntactic import Language, Syntax
from blocgraph.extract.relations import Entity, Lexicon, TreeReader, TreeStatement, polarity
from blocgraph.extract.relations._openworld import mint
from blocgraph.extract.relations._openworld_persons import capitalised
from blocgraph.extract.relations._openworld_ru import owner_closes
from blocgraph.extract.relations._speakers import asserter
from blocgraph.extract.relations._tree import excluded

TREE_PREDICATES = MEMBERSHIP_PREDICATES | {"proposes"}
"""Predicates the tree reader reads; for the others the surface rules still speak alone."""


@dataclass(slots=True)
class TreePass:
    """One chunk's parses (sentence start in the chunk → parse), statements and minted mentions."""

    parses: list[tuple[int, Doc]] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    bodies_before: dict[int, str] = field(default_factory=dict)
    """Sentence start token in the chunk → the body in focus before that sentence was read."""
    shadowed: set[tuple[int, int]] = field(default_factory=set)
    """Chunk offsets of catalogue names that begin a longer name of a body of its own."""
    owners: set[tuple[int, int]] = field(default_factory=set)
    """Chunk offsets of owners named before a known body ("BRICS" in "BRICS New Development
    Bank"): mentions still, but no party to what is said of the body."""

    def verdict(self, doc: Doc, item: Found, lexicon: Lexicon) -> Polarity | None:
        """What the tree says of a rule's statement: ``positive``, ``negative`` (denied or
        negated) or ``None`` (only entertained). Where no parse covers it, the rule stands."""
        ranges = [
            (doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)) for s, e in item.tokens if e > s
        ]
        if not ranges:
            return "positive"
        first = min(r[0] for r in ranges)
        for shift, parsed in reversed(self.parses):
            if shift <= first < shift + len(parsed.text):
                tokens: list[Token] = []
                for start, end in ranges:
                    span = parsed.char_span(start - shift, end - shift, alignment_mode="expand")
                    tokens.extend(span if span is not None else [])
                triggers = [t for t in tokens if lexicon.trigger(t.lemma_, t.pos_) is not None]
                if not tokens:
                    return "positive"
                if any(excluded(t) and t.head.pos_ not in {"VERB", "AUX"} for t in tokens):
                    return None  # "every country except Morocco is a member": not Morocco
                future_ok = item.predicate == "proposes"
                return polarity((triggers or tokens)[0], lexicon, future_ok=future_ok)
        return "positive"


PARSES_KEPT = 2048
"""Parses one document keeps for its repeated sentences (datelines, disclaimers, list lines)."""

_SEPARATE_HEADS = frozenset({"assembly", "parliament", "bank", "fund", "court", "forum"})
"""Last words of a name that, after a catalogue body's name, makes a body of its own with its
own members ("the CSTO Parliamentary Assembly", "the ASEAN Regional Forum"); an organ that
speaks for its body ("the SCO Secretariat") keeps the body's name."""


_ORGAN_WORDS = frozenset(
    {"general", "assembly", "security", "council", "secretariat", "executive", "committee"}
    | {"commission", "summit", "ministerial", "of", "heads", "state", "government"}
)
"""Words of an organ's name after its body's ("the UN General Assembly"): the body stays."""


def _inside_names(doc: Doc, known: list[Entity], minted: list[Entity]) -> set[tuple[int, int]]:
    """Spans of known bodies that begin a longer minted name of a body of its own, or close one
    that its own abbreviation defines (the owner's: "организации ООН (ФАО)")."""
    text = doc.text  # built anew by spaCy on every access
    names = [
        (m.char_start, m.char_end)
        for m in minted
        if m.type == "body"
        and text[m.char_start : m.char_end].split()[-1].lower() in _SEPARATE_HEADS
    ]
    inner: set[tuple[int, int]] = set()
    for k in known:  # "Всемирной туристской организации ООН (UNWTO)": the owner, no body here
        if any(_closing_owner(k, m, text) for m in minted):
            inner.add((k.char_start, k.char_end))
        for a, b in names:
            if k.type != "body" or not (a <= k.char_start and k.char_end < b):
                continue
            rest = text[k.char_end : b].lower().split()
            if not all(word in _ORGAN_WORDS for word in rest):
                inner.add((k.char_start, k.char_end))
    return inner


def _closing_owner(known: Entity, minted: Entity, text: str) -> bool:
    """Whether a known body's abbreviation closes a minted body's name that its own abbreviation
    defines ("организации ООН (ФАО)")."""
    return (
        known.type == minted.type == "body"
        and minted.char_start < known.char_start
        and known.char_end == minted.char_end
        and owner_closes(text, known.char_start, known.char_end)
    )


def _owned_known(
    doc: Doc, known: list[Entity], minted: list[Entity]
) -> tuple[list[Entity], set[tuple[int, int]]]:
    """The minted bodies that are a known body's full name after its owner's ("BRICS New
    Development Bank"): the known body, no name of their own; and the owners' spans. The owner
    is one or two capitalised words; a name that goes on through "of" ("Court of the CIS") is
    an organ's."""
    text = doc.text  # built anew by spaCy on every access
    owned: list[Entity] = []
    owners: set[tuple[int, int]] = set()
    for m in minted:
        for k in known:
            if m.type != "body" or k.type != "body" or k.char_end != m.char_end:
                continue  # and whole words: "Euro-Arctic Council" is no "Arctic Council"
            if not text[k.char_start - 1 : k.char_start].isspace():
                continue
            owner = text[m.char_start : k.char_start].split()
            multiword = " " in text[k.char_start : k.char_end]
            if multiword and 0 < len(owner) <= 2 and all(capitalised(w) for w in owner):
                owned.append(m)
                owners |= {
                    (e.char_start, e.char_end)
                    for e in known
                    if m.char_start <= e.char_start and e.char_end <= k.char_start
                }
    return owned, owners


def _regions_in_names(known: list[Entity], minted: list[Entity]) -> set[tuple[int, int]]:
    """Spans of regions inside a minted name ("East Africa" in "East Africa Community"): words
    of the name, no mentions of their own, so the rules see the body, not the region."""
    names = [(m.char_start, m.char_end) for m in minted if m.type in {"body", "treaty"}]
    return {
        (k.char_start, k.char_end)
        for k in known
        if k.type == "region"
        and any(
            a <= k.char_start and k.char_end <= b and (a, b) != (k.char_start, k.char_end)
            for a, b in names
        )
    }


def _compounds_in_treaties(
    doc: Doc, known: list[Entity], minted: list[Entity]
) -> set[tuple[int, int]]:
    """Spans of the states a compound adjective inside a minted treaty name holds ("заявление о
    построении китайско-сербского сообщества …"): words of the name, no mentions of their own,
    though the readers still take them as arguments."""
    text = doc.text
    treaties = [(m.char_start, m.char_end) for m in minted if m.type == "treaty"]
    return {
        (k.char_start, k.char_end)
        for k in known
        if k.type == "state"
        and "-" in text[k.char_start - 1 : k.char_start] + text[k.char_end : k.char_end + 1]
        and any(a < k.char_start and k.char_end < b for a, b in treaties)
    }


def tree_pass(
    syntax: Syntax,
    language: Language,
    reader: TreeReader,
    doc: Doc,
    text: str,
    offset: int,
    linked: list[Linked],
    attribution: Attribution,
    last_person: str | None,
    candidates: Collection[int],
    parsed: Mapping[str, Doc],
) -> TreePass:
    """Parse the chunk's candidate sentences and read their statements; the other sentences
    only feed the reader's focus. ``doc`` is the linker's (blank) doc of the chunk, ``text`` the
    whole document, ``offset`` the chunk's start in it, ``candidates`` the starts of the sentences
    to parse (``_candidates.candidate_sentences``), ``parsed`` those parsed ahead, by text."""
    result = TreePass()
    sentence_index = {s: i for i, s in enumerate(attribution.sentence_starts)}
    for sent in doc.sents:
        shift = sent.start_char
        before = reader.focus.last(frozenset({"body"}), set())
        if before is not None:
            result.bodies_before[sent.start] = before.id
        inside = [m for m in linked if shift <= m.char_start < sent.end_char]
        entities = [Entity(m.char_start - shift, m.char_end - shift, m.type, m.id) for m in inside]
        if sent.start_char not in candidates:
            reader.observe(entities, offset + shift, sent.text)
            continue
        tree = parsed.get(sent.text)
        if tree is None:
            tree = reader.parses.get(sent.text)
        if tree is None:
            tree = syntax.parse(language, sent.text)
        if len(reader.parses) < PARSES_KEPT:  # boilerplate repeated in a document: parsed once
            reader.parses.setdefault(sent.text, tree)
        result.parses.append((shift, tree))
        named = reader.focus.last(frozenset({"treaty"}), set())
        minted = mint(tree, entities, reader.aliases, None if named is None else named.text)
        owned, owners = _owned_known(tree, entities, minted)
        minted = [m for m in minted if m not in owned]
        entities = [e for e in entities if (e.char_start, e.char_end) not in owners]
        result.owners |= {(shift + a, shift + b) for a, b in owners}
        inner = _inside_names(tree, entities, minted)
        entities = [e for e in entities if (e.char_start, e.char_end) not in inner]
        inner |= _compounds_in_treaties(tree, entities, minted)
        inner |= _regions_in_names(entities, minted)
        result.shadowed |= {(shift + a, shift + b) for a, b in inner}
        for e in minted:
            start, end = offset + shift + e.char_start, offset + shift + e.char_end
            kind = cast(EntityType, e.type)
            result.mentions.append(Mention(text[start:end], start, end, kind, e.id))
        for found in reader.read(tree, entities + minted, offset + shift, last_person):
            result.statements.append(_statement(found, offset, shift, attribution, sentence_index))
    return result


def _statement(
    found: TreeStatement,
    offset: int,
    shift: int,
    attribution: Attribution,
    sentence_index: dict[int, int],
) -> Statement:
    """A tree reading as a :class:`Statement` in document offsets. The speaker is the tree's
    when it names one, else the quote or author attribution of the evidence."""
    chars = [(a + shift, b + shift) for a, b in found.evidence]
    sent_start, sent_end = found.sentence[0] + shift, found.sentence[1] + shift
    quoted = attribution.asserted_by(
        chars, sentence_index.get(sent_start, _nearest(sentence_index, sent_start))
    )
    asserted_by = asserter(found.speaker, quoted, attribution.spoken_by(chars))
    return Statement(
        subject=found.subject,
        predicate=cast(Predicate, found.predicate),
        object=found.object,
        evidence_start=offset + min(c[0] for c in chars),
        evidence_end=offset + max(c[1] for c in chars),
        sentence_start=offset + sent_start,
        sentence_end=offset + sent_end,
        asserted_by=asserted_by,
        rule=found.rule,
        qualifiers=dict(found.qualifiers),
        polarity=cast(Polarity, found.polarity),
        antecedent=found.antecedent,
    )


def _nearest(sentence_index: dict[int, int], char: int) -> int:
    """The index of the last sentence (of the rule pipeline's split) starting at or before
    ``char``."""
    before = [i for start, i in sentence_index.items() if start <= char]
    return max(before) if before else 0


_HELD = TREE_PREDICATES - {"proposes"}


def organisations_of_treaties(
    mentions: list[Mention], statements: list[Statement]
) -> list[Mention]:
    """The mentions of a treaty-named entity that the statements hold memberships in, typed as
    the organisation it is ("the US-Adriatic Charter was established by A and B"): a name is
    one entity with one type across the document."""
    held = {s.object for s in statements if s.predicate in _HELD}
    return [replace(m, type="body") if m.type == "treaty" and m.id in held else m for m in mentions]


def deduplicated(statements: list[Statement]) -> list[Statement]:
    """One statement per (triple, polarity) and sentence: the tree's reading and a rule's
    reading of the same clause are one statement (the first kept)."""
    seen: dict[tuple[object, ...], int] = {}
    kept: list[Statement] = []
    for statement in statements:
        key = (*statement.triple, statement.polarity, statement.sentence_start)
        if key not in seen:
            seen[key] = len(kept)
            kept.append(statement)
        elif statement.rule == LABELLED and kept[seen[key]].rule.startswith("tree:"):
            kept[seen[key]] = statement  # a labelled list carries its items' own roles
    denied = {
        (*s.triple, s.sentence_start)
        for s in kept
        if s.polarity == "negative" and s.rule.startswith("tree:")
    }  # "2 of 10 CEEAC members (Rwanda is not a CEEAC member)": the tree's negation wins
    return [
        s
        for s in kept
        if s.polarity != "positive"
        or s.rule.startswith("tree:")
        or (*s.triple, s.sentence_start) not in denied
    ]


LABELLED = "labelled-list"
