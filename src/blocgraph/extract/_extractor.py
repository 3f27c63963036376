"""The extractor: text in, mentions and attributed statements out."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from blocgraph.extract._attribution import SPEECH_VERBS, attribute, first_person_mentions
from blocgraph.extract._attribution._headings import speaker_heading
from blocgraph.extract._defined_later import defined_later, without_organs, without_owners
from blocgraph.extract._document import WINDOW_CHUNKS, DocumentRead, LinkedChunk
from blocgraph.extract._founding_instruments import founding_members
from blocgraph.extract._gazetteer import Gazetteer, load_gazetteer
from blocgraph.extract._linker import TITLES, DocumentContext, Linker
from blocgraph.extract._model import Extraction, document_iri
from blocgraph.extract._pipeline import Chunk, blank_pipeline, chunks, parse_header, spacy_text
from blocgraph.extract._questions import without_questions
from blocgraph.extract._rules import RuleSet
from blocgraph.extract._syntactic import Language as Lang
from blocgraph.extract._syntactic import Syntax, detect_language
from blocgraph.extract._topic import Topic
from blocgraph.extract._treaty_link import TreatyCatalogue, linked_treaties
from blocgraph.extract._tree_merge import deduplicated, organisations_of_treaties
from blocgraph.extract.learned import PAIR_MODEL_FILE, PairModel, PairPass
from blocgraph.extract.relations import Named, TreeReader
from blocgraph.extract.relations._aliases import document_names
from blocgraph.extract.relations._openworld_titles import TREATY_HEADS
from blocgraph.extract.relations._org_heads import ORG_HEADS

_WORD = re.compile(r"\w+")
_QUOTE_MARKS = ('"', "“", "«", "„")
_SHORT_HEADING = 40
"""The longest line read as a list heading that names nothing ("Observer states:")."""


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
        if len(piece) <= _SHORT_HEADING and piece.rstrip().endswith(":"):
            return True  # "Members:", "Члены:": a list of the document's body may follow
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
        # the owner of labelled lists that do not name their own body ("members - A, B"): the
        # body the last title line named ("Pacific Islands Forum (PIF)"), else the most named
        topic = Topic(titled[0].id if len({n.id for n in titled}) == 1 else None)
        document = DocumentRead(
            text,
            runtime.rules,
            self.syntax,
            language,
            self._tree_reader(language, _named_words(text, metadata, body), titled),
            topic,
            self._person_states,
        )
        window: list[LinkedChunk] = []
        for doc, chunk in self._docs(text, body, context):
            local = text[chunk.start : chunk.end]
            linked = runtime.linker.link(doc, local, context)
            attribution = attribute(doc, local, linked, context)
            pseudo = first_person_mentions(doc, attribution, self._gazetteer, context)
            memory = LinkedChunk.remembered(context)
            window.append(LinkedChunk(doc, chunk, linked, pseudo, attribution, memory))
            if len(window) == WINDOW_CHUNKS:
                document.window(window)
                window = []
        document.window(window)
        mentions, statements = defined_later(text, document.mentions, document.statements)
        statements = without_organs(without_owners(mentions, statements))
        mentions, statements = linked_treaties(self.treaties, text, mentions, statements)
        statements = founding_members(text, mentions, statements)
        extraction = Extraction(
            document=document_iri(text),
            statements=tuple(deduplicated(without_questions(text, statements))),
            text=text,
            mentions=tuple(organisations_of_treaties(mentions, statements)),
            metadata=metadata,
            path=path,
        )
        return extraction, document.pairs

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
        """A reader for this document, its focus seeded with the bodies its title names; ``text``:
        the words whose names define the document's abbreviations."""
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


def _named_words(text: str, metadata: dict[str, str], body: int) -> str:
    """The words of a document that may define its abbreviations: its title and its body, not
    the other header lines (an ``author`` or ``licence`` line names the publisher, which the
    text itself may only abbreviate: "IDB" stays the IDB the text names)."""
    title = metadata.get("title", "")
    return f"{title}\n{text[body:]}" if title else text[body:]
