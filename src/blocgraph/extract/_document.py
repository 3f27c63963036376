"""One document's reading after the linker: the tree pass, the pair model's candidates, the
surface rules and the lists, a window of chunks at a time.

The extractor links the chunks of a window first (the linker's memory of the document grows
chunk by chunk; each :class:`LinkedChunk` keeps what it held then), parses the window's candidate
sentences in one batch (spaCy's ``pipe``, slovnet's batches: the same trees, faster than one
sentence at a time), then reads the chunks in order, as if each had been linked just before it
was read.
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import cast

from spacy.tokens import Doc, Span

from blocgraph.extract._attribution import Attribution
from blocgraph.extract._candidates import candidate_sentences, introduces_body
from blocgraph.extract._chunk_bodies import described_bodies, minted_bodies
from blocgraph.extract._linker import DocumentContext, Linked
from blocgraph.extract._model import EntityType, Mention, Predicate, Statement
from blocgraph.extract._pipeline import Chunk
from blocgraph.extract._rules import (
    BRACKETED,
    LISTED,
    Found,
    Heading,
    RuleSet,
    labelled_list,
    list_heading,
    list_item,
)
from blocgraph.extract._syntactic import Language, Syntax
from blocgraph.extract._topic import Topic
from blocgraph.extract._tree_merge import TREE_PREDICATES, TreePass, tree_pass
from blocgraph.extract.learned import PairPass
from blocgraph.extract.relations import TreeReader
from blocgraph.extract.relations._since import joining
from blocgraph.extract.syntax._headlines import Spans

#: Chunks linked before their candidate sentences are parsed in one batch: enough for a news
#: text to be one batch, few enough that a long file's docs do not pile up.
WINDOW_CHUNKS = 64


@dataclass(slots=True)
class LinkedChunk:
    """A chunk after the linker's pass.

    ``memory`` is what the reading needs of the linker's memory as it stood after this chunk:
    the offices and states of the persons named so far and the last person named.
    """

    doc: Doc
    chunk: Chunk
    linked: list[Linked]
    pseudo: list[Linked]  # first-person speakers as their states ("we signed": Brazil)
    attribution: Attribution
    memory: DocumentContext
    candidates: set[int] = field(default_factory=set)  # starts of the sentences to parse
    read_by_tree: bool = False  # whether the tree pass reads the chunk at all

    @staticmethod
    def remembered(context: DocumentContext) -> DocumentContext:
        """The part of the linker's memory the reading uses, copied as it stands now."""
        return DocumentContext(
            offices=dict(context.offices),
            person_states=dict(context.person_states),
            last_person=context.last_person,
        )


@dataclass
class DocumentRead:
    """What is read of one document, window by window; ``mentions`` and ``statements`` grow."""

    text: str
    rules: RuleSet
    syntax: Syntax | None
    language: Language
    reader: TreeReader | None
    topic: Topic
    person_states: dict[str, str]  # the gazetteer's persons and their states
    pairs: PairPass | None = field(init=False, default=None)
    mentions: list[Mention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    # the list heading being read ("Former members of the CST:") and its last paragraph
    heading: tuple[Heading, int] | None = None

    def __post_init__(self) -> None:
        self.pairs = None if self.reader is None else PairPass(self.reader.lexicon)

    def window(self, chunks: list[LinkedChunk]) -> None:
        """Read a window of linked chunks, in order, their candidate sentences parsed at once."""
        parsed = self._parsed(chunks)
        for chunk in chunks:
            self._chunk(chunk, parsed)

    def _parsed(self, chunks: list[LinkedChunk]) -> dict[str, Doc]:
        """The parses of the window's candidate sentences not parsed before, by sentence text;
        each chunk learns which of its sentences are candidates."""
        if self.reader is None or self.syntax is None:
            return {}
        lexicon, done = self.reader.lexicon, self.reader.parses
        wanted: dict[str, Spans] = {}  # in order, once each, with the names in it
        for c in chunks:
            c.read_by_tree = self._parses(c)
            if c.read_by_tree:
                for sentence in candidate_sentences(c.doc, c.linked + c.pseudo, lexicon):
                    c.candidates.add(sentence.start_char)
                    if sentence.text not in done and sentence.text not in wanted:
                        wanted[sentence.text] = _names_in(sentence, c.linked)
        texts = list(wanted)
        parsed = self.syntax.parse_many(self.language, texts, list(wanted.values()))
        return dict(zip(texts, parsed, strict=True))

    def _parses(self, c: LinkedChunk) -> bool:
        """Whether the tree reads the chunk at all: it names something, or a trigger is there."""
        local = self.text[c.chunk.start : c.chunk.end]
        return self.reader is not None and bool(
            c.linked
            or c.pseudo
            or introduces_body(local)
            or self.reader.lexicon.prefilter.search(local)
        )

    def _chunk(self, c: LinkedChunk, parsed: Mapping[str, Doc]) -> None:
        doc, text, offset, linked = c.doc, self.text, c.chunk.start, c.linked
        for m in linked:
            start, end = offset + m.char_start, offset + m.char_end
            kind = cast(EntityType, m.type)
            self.mentions.append(Mention(text[start:end], start, end, kind, m.id))
        trees: TreePass | None = None
        if self.reader is not None and c.read_by_tree:
            assert self.syntax is not None
            # treaty signers: persons for their states, as far as the text has named them
            self.reader.person_states = ChainMap(c.memory.person_states, self.person_states)
            trees = tree_pass(
                self.syntax,
                self.language,
                self.reader,
                doc,
                text,
                offset,
                linked + c.pseudo,  # "the agreement we signed today," Lula said: Brazil
                c.attribution,
                c.memory.last_person,
                c.candidates,
                parsed,
            )
            self.mentions += trees.mentions
            self.statements += [_with_office(s, c.memory) for s in trees.statements]
            if trees.shadowed:  # "ASEAN" in "ASEAN Inter-Parliamentary Assembly"
                drop = {(offset + a, offset + b) for a, b in trees.shadowed}
                self.mentions = [m for m in self.mentions if (m.start, m.end) not in drop]
            if unread := trees.shadowed | trees.owners:  # owners: "BRICS" in "BRICS NDB"
                linked = [m for m in linked if (m.char_start, m.char_end) not in unread]
        # the surface rules read the open-world bodies the tree pass minted too
        minted = [] if trees is None else minted_bodies(doc, trees.mentions, offset, linked)
        described = [] if trees is None else described_bodies(doc, trees, linked + minted)
        if self.pairs is not None and trees is not None:
            spans = [(m.char_start, m.char_end, m.type, m.id) for m in linked + minted]
            treaties = [m.start - offset for m in trees.mentions if m.type == "treaty"]
            self.pairs.read_chunk(
                doc, trees.parses, spans, c.attribution, offset, c.memory.last_person, treaties
            )
        results = self.rules.find(doc, linked + c.pseudo + minted + described)
        self._lists(c, linked, minted, results)
        self._rule_statements(c, trees, results, {m.id for m in minted})

    def _lists(
        self,
        c: LinkedChunk,
        linked: list[Linked],
        minted: list[Linked],
        results: list[tuple[Span, list[Found]]],
    ) -> None:
        """Labelled lists, list headings and their bulleted items, added to ``results``."""
        doc = c.doc
        # a labelled list the sentence rules already read ("SCO members: A, B") adds nothing
        known = {(f.subject, f.predicate, f.object) for _, fs in results for f in fs}
        for sent, listed in labelled_list(
            doc, sorted(linked + minted, key=lambda m: m.start), self.topic.body
        ):
            fresh = [f for f in listed if (f.subject, f.predicate, f.object) not in known]
            if fresh:
                results.append((sent, fresh))
        self.topic.read(doc, linked + minted)
        paragraph = c.chunk.paragraph
        found_heading = list_heading(doc, linked + minted, self.topic.body)
        following = self.heading is not None and paragraph == self.heading[1] + 1
        if (
            found_heading is None
            and self.heading is not None
            and following
            and (_bulleted(doc) or _bare(doc, linked))
        ):
            items = list_item(doc, linked, self.heading[0])
            if items:
                results.append((doc[:], items))
            self.heading = (self.heading[0], paragraph)
        else:  # a new heading, also a bulleted one ("• Associate members:"), ends the list
            self.heading = (found_heading, paragraph) if found_heading else None

    def _rule_statements(
        self,
        c: LinkedChunk,
        trees: TreePass | None,
        results: list[tuple[Span, list[Found]]],
        open_world: set[str],
    ) -> None:
        """The rules' findings as statements, unless the tree denies or re-reads them."""
        sentence_index = {s: i for i, s in enumerate(c.attribution.sentence_starts)}
        for sent, found in results:
            sent_start, sent_end = sent.start_char, sent.end_char
            seen: set[tuple[str, str, str | None]] = set()
            for item in found:
                triple = (item.subject, item.predicate, item.object)
                if triple in seen or (item.subject in open_world and item.rule != LISTED):
                    continue  # an open-world body is read as what is joined, not as a member
                seen.add(triple)
                if (
                    trees is not None
                    and item.predicate in TREE_PREDICATES
                    and item.rule != BRACKETED  # a gloss: the clause does not govern it
                ):
                    assert self.reader is not None
                    sign = trees.verdict(c.doc, item, self.reader.lexicon)
                    if sign != "positive":
                        continue  # the tree reads it; a rule must not assert what it denies
                    if _read_as_event(trees.statements, item, c.chunk.start + sent_start):
                        continue  # "received observer status in O": joined, not observerOf
                asserted_by = c.attribution.asserted_by(
                    _chars(c.doc, item), sentence_index.get(sent_start, 0)
                )
                made = _statement(c, item, sent_start, sent_end, asserted_by)
                self.statements += [made, *_joined_since(made)]


def _statement(
    c: LinkedChunk, item: Found, sent_start: int, sent_end: int, asserted_by: str
) -> Statement:
    chars = _chars(c.doc, item)
    offset = c.chunk.start
    qualifiers = dict(item.qualifiers)
    if item.subject in c.memory.offices and "office" not in qualifiers:
        qualifiers["office"] = c.memory.offices[item.subject]
    return Statement(
        subject=item.subject,
        predicate=cast(Predicate, item.predicate),
        object=item.object,
        evidence_start=offset + min(a for a, _ in chars),
        evidence_end=offset + max(b for _, b in chars),
        sentence_start=offset + sent_start,
        sentence_end=offset + sent_end,
        asserted_by=asserted_by,
        rule=item.rule,
        qualifiers=qualifiers,
    )


def _joined_since(statement: Statement) -> list[Statement]:
    """A rule's membership dated "since" a year is the joining that year ("A member of the EU
    since 1995, Finland …"), as the tree reads it (``relations/_since.py``)."""
    year = statement.qualifiers.get("since")
    if statement.predicate != "memberOf" or not isinstance(year, int):
        return []
    return [joining(statement, year)]


def _with_office(statement: Statement, memory: DocumentContext) -> Statement:
    """A person subject's office as a qualifier, as the rules give it."""
    office = memory.offices.get(statement.subject)
    if office is None or "office" in statement.qualifiers:
        return statement
    return replace(statement, qualifiers={**statement.qualifiers, "office": office})


_STANDING = frozenset({"memberOf", "observerOf", "partnerOf"})


def _read_as_event(tree: list[Statement], item: Found, sentence_start: int) -> bool:
    """Whether the tree read a rule's standing ("observerOf") as the event of gaining or ending
    it (``joined`` or ``left`` of the same state and body in the same sentence: "received
    observer status", "was a member until 2008")."""
    if item.predicate not in _STANDING:
        return False
    return any(
        s.predicate in {"joined", "left"}
        and s.subject == item.subject
        and s.object == item.object
        and s.sentence_start == sentence_start
        for s in tree
    )


def _bulleted(doc: Doc) -> bool:
    """Whether a chunk is a list entry ("- Armenia (2002)", "• Belarus")."""
    return len(doc) > 1 and doc[0].text in {"-", "*", "•", "–", "—"}


def _bare(doc: Doc, linked: list[Linked]) -> bool:
    """Whether a chunk is a list entry without a bullet, a line that opens with a state's name
    ("Вануату", "Fiji (1971)"): ``list_item`` then reads only an entry, never prose."""
    return len(doc) <= _ENTRY_TOKENS and any(m.start == 0 and m.type == "state" for m in linked)


_ENTRY_TOKENS = 12
"""The longest line read as a list entry without a bullet."""


def _chars(doc: Doc, item: Found) -> list[tuple[int, int]]:
    """Chunk character ranges of a statement's trigger and argument tokens."""
    return [
        (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
        for start, end in item.tokens
        if end > start
    ]


def _names_in(sentence: Span, linked: list[Linked]) -> Spans:
    """The character spans, in the sentence, of the names the linker found in it."""
    start, end = sentence.start_char, sentence.end_char
    return [
        (m.char_start - start, m.char_end - start)
        for m in linked
        if start <= m.char_start and m.char_end <= end
    ]
