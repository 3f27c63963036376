"""The extractor: text in, mentions and attributed statements out."""

from __future__ import annotations

import re
from collections import ChainMap
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, cast

from spacy.language import Language
from spacy.tokens import Doc

from blocgraph.extract._attribution import SPEECH_VERBS, attribute, first_person_mentions
from blocgraph.extract._attribution._headings import speaker_heading
from blocgraph.extract._chunk_bodies import described_bodies, minted_bodies
from blocgraph.extract._gazetteer import Gazetteer, load_gazetteer
from blocgraph.extract._linker import TITLES, DocumentContext, Linker
from blocgraph.extract._model import (
    EntityType,
    Extraction,
    Mention,
    Predicate,
    Statement,
    document_iri,
)
from blocgraph.extract._pipeline import Chunk, blank_pipeline, chunks, parse_header, spacy_text
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
from blocgraph.extract._syntactic import Language as Lang
from blocgraph.extract._syntactic import Syntax, detect_language
from blocgraph.extract._topic import Topic
from blocgraph.extract._treaty_link import TreatyCatalogue, linked_treaties
from blocgraph.extract._tree_merge import (
    TREE_PREDICATES,
    deduplicated,
    introduces_body,
    organisations_of_treaties,
    tree_pass,
)
from blocgraph.extract.learned import PAIR_MODEL_FILE, PairModel, PairPass
from blocgraph.extract.relations import Named, TreeReader
from blocgraph.extract.relations._aliases import document_names
from blocgraph.extract.relations._openworld import ORG_HEADS
from blocgraph.extract.relations._openworld_titles import TREATY_HEADS

_WORD = re.compile(r"\w+")
_QUOTE_MARKS = ('"', "“", "«", "„")


@dataclass(slots=True)
class _Runtime:
    nlp: Language
    linker: Linker
    rules: RuleSet


class Extractor:
    """Links entities and extracts attributed statements from documents.

    Build one with :meth:`from_data`; it pickles without its spaCy pipeline (which is rebuilt on
    first use), so it can be sent to worker processes.

    >>> extractor = Extractor.from_data(Path("data"))
    >>> result = extractor.extract("Iran became a full member of the SCO on 4 July 2023.")
    >>> [(s.subject, s.predicate, s.object, s.qualifiers) for s in result.statements]
    [('IRN', 'joined', 'SCO', {'year': 2023})]
    """

    def __init__(self, gazetteer: Gazetteer, data_dir: Path | None = None) -> None:
        self._gazetteer = gazetteer
        self._data_dir = data_dir
        self._runtime: _Runtime | None = None
        self._syntax: Syntax | None = None
        self._pair_model: PairModel | None = None
        self._treaties: TreatyCatalogue | None = None
        titles = {t[0] for t in TITLES}  # and open-world heads: "The Alliance of … was set up"
        self._prefilter = gazetteer.words | titles | SPEECH_VERBS | ORG_HEADS | TREATY_HEADS
        self._person_states = {p.id: p.state for p in gazetteer.persons.values() if p.state}

    @classmethod
    def from_data(cls, data_dir: Path) -> Extractor:
        """An extractor over the reference CSVs in ``data_dir`` and ``data_dir/gazetteer``.

        Parameters:
            data_dir: the project's ``data/`` folder.
        """
        return cls(load_gazetteer(data_dir), data_dir)

    @property
    def gazetteer(self) -> Gazetteer:
        """The names this extractor links."""
        return self._gazetteer

    def __getstate__(self) -> dict[str, Any]:
        return {"gazetteer": self._gazetteer, "data_dir": self._data_dir}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["gazetteer"], state.get("data_dir"))  # type: ignore[misc]

    @property
    def syntax(self) -> Syntax | None:
        """Parsers and relation lexicons (``None`` for an extractor built without data)."""
        if self._syntax is None and self._data_dir is not None:
            self._syntax = Syntax(self._data_dir)
        return self._syntax

    def _ready(self) -> _Runtime:
        if self._runtime is None:
            nlp = blank_pipeline()
            self._runtime = _Runtime(nlp, Linker(nlp, self._gazetteer), RuleSet(nlp))
        return self._runtime

    def _relevant(self, piece: str, context: DocumentContext) -> bool:
        """Whether a chunk can hold a mention or a speaker at all: a cheap test of its words
        against the first words of every name, the surnames this document introduced, speech
        verbs, quote marks and speaker headings, before spaCy."""
        if any(mark in piece for mark in _QUOTE_MARKS):
            return True  # a quote (and who says it) matters for the quotes that follow
        if speaker_heading(piece, []) is not None:
            return True  # a transcript's speaker heading: the speech below is theirs
        words = self._prefilter
        for match in _WORD.finditer(piece):
            word = match.group()
            if word.lower() in words or word in context.surnames:
                return True
        return False

    def _docs(self, text: str, start: int, context: DocumentContext) -> Iterator[tuple[Doc, Chunk]]:
        """spaCy docs of the chunks worth reading, one at a time (the prefilter sees the
        surnames learnt from the chunks before)."""
        nlp = self._ready().nlp
        for chunk in chunks(text, start):
            piece = text[chunk.start : chunk.end]
            if self._relevant(piece, context):
                yield nlp(spacy_text(piece)), chunk

    def extract(self, text: str, *, path: str | None = None, lang: str = "auto") -> Extraction:
        """Mentions and statements of one document: the tree's and the rules' statements, and
        the pair model's (``data/extraction/pair-model.json``) where those said nothing.

        Parameters:
            text: the whole file as a ``str``; ``# key: value`` header lines at the top become
                metadata and are not extracted from, but offsets count them.
            path: where the text came from, kept in the result.
            lang: ``en``, ``ru`` or ``auto`` (detected from the text's letters).

        Returns:
            The :class:`Extraction`; its offsets index ``text``.
        """
        extraction, pairs = self.read(text, path=path, lang=lang)
        model = self.pair_model
        return extraction if model is None or pairs is None else pairs.added_to(extraction, model)

    @property
    def treaties(self) -> TreatyCatalogue:
        """The curated treaties (``data/relations/``) the document's treaties link to."""
        if self._treaties is None:
            folder = self._data_dir
            self._treaties = TreatyCatalogue([]) if folder is None else TreatyCatalogue.load(folder)
        return self._treaties

    @property
    def pair_model(self) -> PairModel | None:
        """The learned pair model, read on first use (``None`` without data or model file)."""
        if self._pair_model is None and self._data_dir is not None:
            path = self._data_dir / "extraction" / PAIR_MODEL_FILE
            self._pair_model = PairModel.load(path) if path.exists() else None
        return self._pair_model

    def read(
        self, text: str, *, path: str | None = None, lang: str = "auto"
    ) -> tuple[Extraction, PairPass | None]:
        """What the tree and the rules read in one document, and the candidate pairs the pair
        model scores (``None`` without syntax); :meth:`extract` combines them."""
        metadata, body = parse_header(text)
        runtime = self._ready()
        context = DocumentContext()
        language: Lang = detect_language(text[body:]) if lang == "auto" else lang  # type: ignore[assignment]
        titled = self._title_bodies(text, metadata)
        reader = self._tree_reader(language, text, titled)
        if reader is not None:  # treaty signers: persons for their states
            reader.person_states = ChainMap(context.person_states, self._person_states)
        pairs = None if reader is None else PairPass(reader.lexicon)
        mentions: list[Mention] = []
        statements: list[Statement] = []
        # the list heading being read ("Former members of the CST:") and its last paragraph
        heading: tuple[Heading, int] | None = None
        # the owner of labelled lists that do not name their own body ("members - A, B"): the
        # body the last title line named ("Pacific Islands Forum (PIF)"), else the most named
        topic = Topic(titled[0].id if len({n.id for n in titled}) == 1 else None)
        for doc, chunk in self._docs(text, body, context):
            local = text[chunk.start : chunk.end]
            linked = runtime.linker.link(doc, local, context)
            attribution = attribute(doc, local, linked, context)
            pseudo = first_person_mentions(doc, attribution, self._gazetteer, context)
            offset = chunk.start
            for m in linked:
                start, end = offset + m.char_start, offset + m.char_end
                mentions.append(
                    Mention(text[start:end], start, end, cast(EntityType, m.type), m.id)
                )
            sentence_index = {s: i for i, s in enumerate(attribution.sentence_starts)}
            trees = None
            worth = linked or pseudo or introduces_body(local)
            if reader is not None and (worth or reader.lexicon.prefilter.search(local)):
                assert self.syntax is not None
                trees = tree_pass(
                    self.syntax,
                    language,
                    reader,
                    doc,
                    text,
                    offset,
                    linked + pseudo,  # "the agreement we signed today," Lula said: Brazil
                    attribution,
                    context.last_person,
                )
                mentions += trees.mentions
                statements += [_with_office(s, context) for s in trees.statements]
                if trees.shadowed:  # "ASEAN" in "ASEAN Inter-Parliamentary Assembly"
                    drop = {(offset + a, offset + b) for a, b in trees.shadowed}
                    mentions = [m for m in mentions if (m.start, m.end) not in drop]
                if unread := trees.shadowed | trees.owners:  # owners: "BRICS" in "BRICS NDB"
                    linked = [m for m in linked if (m.char_start, m.char_end) not in unread]
            # the surface rules read the open-world bodies the tree pass minted too
            minted = [] if trees is None else minted_bodies(doc, trees.mentions, offset, linked)
            described = [] if trees is None else described_bodies(doc, trees, linked + minted)
            if pairs is not None and trees is not None:
                spans = [(m.char_start, m.char_end, m.type, m.id) for m in linked + minted]
                treaties = [m.start - offset for m in trees.mentions if m.type == "treaty"]
                pairs.read_chunk(
                    doc, trees.parses, spans, attribution, offset, context.last_person, treaties
                )
            results = runtime.rules.find(doc, linked + pseudo + minted + described)
            # a labelled list the sentence rules already read ("SCO members: A, B") adds nothing
            known = {(f.subject, f.predicate, f.object) for _, fs in results for f in fs}
            for sent, listed in labelled_list(
                doc, sorted(linked + minted, key=lambda m: m.start), topic.body
            ):
                fresh = [f for f in listed if (f.subject, f.predicate, f.object) not in known]
                if fresh:
                    results.append((sent, fresh))
            topic.read(doc, linked + minted)
            if heading is not None and chunk.paragraph == heading[1] + 1 and _bulleted(doc):
                items = list_item(doc, linked, heading[0])
                if items:
                    results.append((doc[:], items))
                heading = (heading[0], chunk.paragraph)
            else:
                found_heading = list_heading(doc, linked + minted)
                heading = (found_heading, chunk.paragraph) if found_heading else None
            open_world = {m.id for m in minted}
            for sent, found in results:
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
                        assert reader is not None
                        sign = trees.verdict(doc, item, reader.lexicon)
                        if sign != "positive":
                            continue  # the tree reads it; a rule must not assert what it denies
                        if _read_as_event(trees.statements, item, offset + sent.start_char):
                            continue  # "received observer status in O": joined, not observerOf
                    statements.append(
                        self._statement(
                            doc,
                            item,
                            offset,
                            sent.start_char,
                            sent.end_char,
                            attribution.asserted_by(
                                _chars(doc, item), sentence_index.get(sent.start_char, 0)
                            ),
                            context,
                        )
                    )
        mentions, statements = linked_treaties(self.treaties, text, mentions, statements)
        extraction = Extraction(
            document=document_iri(text),
            statements=tuple(deduplicated(statements)),
            text=text,
            mentions=tuple(organisations_of_treaties(mentions, statements)),
            metadata=metadata,
            path=path,
        )
        return extraction, pairs

    def _title_bodies(self, text: str, metadata: dict[str, str]) -> list[Named]:
        """The bodies the document's ``# title:`` names, in document offsets."""
        title = metadata.get("title", "")
        if not title or (at := text.find(title)) < 0:
            return []
        runtime = self._ready()
        title_doc = runtime.nlp(spacy_text(title))
        return [
            Named(
                m.id, "body", at + m.char_start, at + m.char_end, title[m.char_start : m.char_end]
            )
            for m in runtime.linker.link(title_doc, title, DocumentContext())
            if m.type == "body"
        ]

    def _tree_reader(self, language: Lang, text: str, titled: list[Named]) -> TreeReader | None:
        """A reader for this document, its focus seeded with the bodies its title names."""
        if self.syntax is None:
            return None
        lexicon = self.syntax.lexicon(language)
        return TreeReader(
            lexicon, titled, document_names(text, lexicon.abbreviations, self._catalogue_body)
        )

    def _catalogue_body(self, name: str) -> str | None:
        """The catalogue body a full name denotes ("Африканский союз" → AU), if one does."""
        bodies = {e.id for e in self._gazetteer.lookup(name) if e.type == "body"}
        return bodies.pop() if len(bodies) == 1 else None

    @staticmethod
    def _statement(
        doc: Doc,
        item: Found,
        offset: int,
        sent_start: int,
        sent_end: int,
        asserted_by: str,
        context: DocumentContext,
    ) -> Statement:
        chars = _chars(doc, item)
        qualifiers = dict(item.qualifiers)
        if item.subject in context.offices and "office" not in qualifiers:
            qualifiers["office"] = context.offices[item.subject]
        return Statement(
            subject=item.subject,
            predicate=cast(Predicate, item.predicate),
            object=item.object,
            evidence_start=offset + min(c[0] for c in chars),
            evidence_end=offset + max(c[1] for c in chars),
            sentence_start=offset + sent_start,
            sentence_end=offset + sent_end,
            asserted_by=asserted_by,
            rule=item.rule,
            qualifiers=qualifiers,
        )


def _with_office(statement: Statement, context: DocumentContext) -> Statement:
    """A person subject's office as a qualifier, as the rules give it."""
    office = context.offices.get(statement.subject)
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


def _chars(doc: Doc, item: Found) -> list[tuple[int, int]]:
    """Chunk character ranges of a statement's trigger and argument tokens."""
    return [
        (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
        for start, end in item.tokens
        if end > start
    ]
