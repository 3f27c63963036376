"""The pair pass: candidates read chunk by chunk during extraction, then the pair model's
statements added where the tree and the rules said nothing of the pair.

The model only adds positive statements, and only of pairs the tree and the rules said nothing
about (a pair they read with another predicate, or denied, is theirs); each carries its
sentence, the pair's words as evidence, the sentence's speaker, ``rule`` ``learned:pair`` and
its probability as the qualifier ``confidence``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, cast

from spacy.tokens import Doc, Span

from blocgraph.extract._model import (
    AUTHOR,
    TREATY_PREDICATES,
    Extraction,
    Predicate,
    Statement,
)
from blocgraph.extract._questions import without_questions
from blocgraph.extract.learned._logistic import PairModel
from blocgraph.extract.learned._pairs import (
    DOCUMENT_FOCUS,
    SUBJECT_TYPES,
    Candidate,
    Spot,
    candidates,
)
from blocgraph.extract.relations import Lexicon
from blocgraph.extract.relations._speakers import asserter, speaker
from blocgraph.extract.relations._tree import Arg

if TYPE_CHECKING:
    from blocgraph.extract._attribution import Attribution

RULE = "learned:pair"
SIGNING_RULE = "tree:treaty-sign"
"""The treaty reader's rule for a signing verb or noun (``relations._readers_treaty``)."""
LONGEST_SENTENCE = 300
"""Tokens beyond which a sentence is not read for pairs (the tree parses up to 150)."""
MOST_MENTIONS = 150
"""Mentions beyond which a sentence is not read for pairs: candidates grow with their square."""


@dataclass(frozen=True, slots=True)
class Placed:
    """A candidate in document offsets, with who would assert it."""

    candidate: Candidate
    evidence: tuple[int, int]
    sentence: tuple[int, int]
    asserted_by: str


@dataclass(slots=True)
class PairPass:
    """The candidates of one document, collected as its chunks are read."""

    lexicon: Lexicon
    placed: list[Placed] = field(default_factory=list)
    recent_bodies: frozenset[str] = frozenset()
    """The bodies of the last sentence that named any: the focus when it named just one."""
    body_mentions: dict[str, int] = field(default_factory=dict)
    """How often each body is named, in the order first named: the document's main body is the
    most named (the first of those on a tie)."""

    def read_chunk(
        self,
        doc: Doc,
        parses: Sequence[tuple[int, Doc]],
        entities: Sequence[tuple[int, int, str, str]],
        attribution: Attribution,
        offset: int,
        last_person: str | None = None,
        treaties: Sequence[int] = (),
    ) -> None:
        """Collect the candidates of one chunk. ``entities`` are (start, end, type, id) in chunk
        characters; ``parses`` the tree pass's parses by sentence start in the chunk. The
        speaker is the tree's for the pair's clause when it names one ("…, the White House
        said"), else the quote or author attribution of the pair's words, as for the tree.
        ``treaties``: where the chunk names treaties (chunk characters)."""
        parsed_at = dict(parses)
        sentence_index = {s: i for i, s in enumerate(attribution.sentence_starts)}
        for sent in doc.sents:
            shift = sent.start_char
            inside = [e for e in entities if shift <= e[0] < sent.end_char]
            for e in inside:
                if e[2] == "body":
                    self.body_mentions[e[3]] = self.body_mentions.get(e[3], 0) + 1
            if len(sent) > LONGEST_SENTENCE or len(inside) > MOST_MENTIONS:
                continue  # pathological text (an endless list): pairs grow with the square
            bodies = frozenset(e[3] for e in inside if e[2] == "body")
            if not bodies and any(shift <= t < sent.end_char for t in treaties):
                # "The 44 nations that must ratify the Treaty: A, B": a treaty named since takes
                # the focus from the body named before, whose members these are not
                self.recent_bodies = frozenset()
            single = len(self.recent_bodies) == 1
            focus = next(iter(self.recent_bodies)) if single else DOCUMENT_FOCUS
            if bodies:
                self.recent_bodies = bodies
            if not any(e[2] in SUBJECT_TYPES for e in inside):
                continue
            parsed = parsed_at.get(shift)
            view: Span | Doc = sent if parsed is None else parsed
            spots = _spots(view, inside, shift if parsed is not None else 0)
            found = candidates(view, spots, focus, self.lexicon, parsed is not None)
            base = offset + (shift if parsed is not None else 0)
            by_token = _arguments(view, spots) if parsed is not None else {}
            for candidate in found:
                chars = [(base + a, base + b) for a, b in candidate.chars]
                local = [(a - offset, b - offset) for a, b in chars]
                quoted = attribution.asserted_by(local, sentence_index.get(shift, 0))
                tree = None
                if candidate.anchor >= 0:
                    anchor = view[candidate.anchor]
                    named = focus if single else None
                    tree = speaker(anchor, by_token, self.lexicon, last_person, named)
                speaker_id = asserter(tree, quoted, attribution.spoken_by(local))
                evidence = (min(a for a, _ in chars), max(b for _, b in chars))
                sentence = (offset + shift, offset + sent.end_char)
                self.placed.append(Placed(candidate, evidence, sentence, speaker_id or AUTHOR))

    def main_body(self, least: int = 2) -> str | None:
        """The body the document names most (the first named of those on a tie), if it names it
        at least ``least`` times."""
        if not self.body_mentions:
            return None
        most = max(self.body_mentions.values())
        if most < least:
            return None
        return next(b for b, n in self.body_mentions.items() if n == most)

    def resolved(self) -> list[Placed]:
        """The candidates once the whole document is read: those of sentences without a body in
        focus paired with the body the document names most if it names it twice or more (a body
        named once is too often a passing mention while the text's own body went unrecognised:
        rounds 20–50, each scored by a model of the rounds before it), and each told whether its
        body is the most named (with the sentence's count of states: a list of the document's
        own body's members reads differently from a list in passing)."""
        focus, main = self.main_body(), self.main_body(least=1)
        out: list[Placed] = []
        for placed in self.placed:
            c = placed.candidate
            obj = focus if c.object == DOCUMENT_FOCUS else c.object
            if obj is None or obj == c.subject:
                continue
            states = next((f for f in c.features if f.startswith("states:")), "states:0")
            is_main = int(obj == main)
            features = (*c.features, f"main:{is_main}", f"main:{is_main}:{states}")
            out.append(replace(placed, candidate=replace(c, object=obj, features=features)))
        return out

    def added_to(self, extraction: Extraction, model: PairModel) -> Extraction:
        """The extraction with the model's statements after the tree's and the rules'."""
        added = self.statements(model, extraction.statements)
        asserted = without_questions(extraction.text or "", added)  # "Is A a member of B?"
        return replace(extraction, statements=extraction.statements + tuple(asserted))

    def statements(self, model: PairModel, existing: Sequence[Statement]) -> list[Statement]:
        """The model's statements of pairs the tree and the rules said nothing about, with any
        predicate or polarity (one per triple, from its most probable sentence)."""
        read = {(s.subject, s.object) for s in existing}
        # a state the readers made a party, ratifier or partner in a sentence is that there, not
        # a member of the document's body ("the 12 original signatories … including A, B"); a
        # signing by the verb may found a body ("signed the Warsaw Treaty"), so it stays open
        parties = {
            (s.subject, s.sentence_start)
            for s in existing
            if s.predicate in TREATY_PREDICATES and s.rule != SIGNING_RULE
        }
        # a state the readers made a member of a body named in a sentence is not, in the same
        # sentence, a member of the body in focus ("Full members in the association are A, B"
        # after a sentence naming another body: the tree read "the association")
        placed_by_readers = {
            (s.subject, s.sentence_start)
            for s in existing
            if s.predicate not in TREATY_PREDICATES and s.object is not None
        }
        best: dict[tuple[str, str, str], tuple[float, Placed]] = {}
        for placed in self.resolved():
            c = placed.candidate
            if (c.subject, c.object) in read or (c.subject, placed.sentence[0]) in parties:
                continue
            in_focus = len(c.chars) == 1
            if in_focus and (c.subject, placed.sentence[0]) in placed_by_readers:
                continue
            for predicate, probability in model.asserted(c.features, self.lexicon.lang):
                triple = (c.subject, predicate, c.object)
                if triple not in best or probability > best[triple][0]:
                    best[triple] = (probability, placed)
        return [
            Statement(
                subject=subject,
                predicate=cast(Predicate, predicate),
                object=obj,
                evidence_start=placed.evidence[0],
                evidence_end=placed.evidence[1],
                sentence_start=placed.sentence[0],
                sentence_end=placed.sentence[1],
                asserted_by=placed.asserted_by,
                rule=RULE,
                qualifiers={"confidence": round(probability, 3)},
            )
            for (subject, predicate, obj), (probability, placed) in best.items()
        ]


def _arguments(view: Span | Doc, spots: Sequence[Spot]) -> dict[int, Arg]:
    """The sentence's mentions by token, as the tree reader's speaker finder takes them."""
    out: dict[int, Arg] = {}
    for spot in spots:
        first, last = view[spot.start], view[spot.end - 1]
        arg = Arg(spot.id, spot.type, spot.start, spot.end, first.idx, last.idx + len(last.text))
        for i in range(spot.start, spot.end):
            out[i] = arg
    return out


def _spots(
    view: Span | Doc, entities: Sequence[tuple[int, int, str, str]], shift: int
) -> list[Spot]:
    """The entities as token spans of ``view`` (whose characters start at chunk offset
    ``shift`` when it is a parse, at the chunk's start when it is the chunk's own span)."""
    doc = view if isinstance(view, Doc) else view.doc
    first = 0 if isinstance(view, Doc) else view.start
    spots: list[Spot] = []
    for start, end, kind, ident in entities:
        span = doc.char_span(start - shift, end - shift, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        a, b = span.start - first, span.end - first
        if 0 <= a < b <= len(view):
            spots.append(Spot(ident, kind, a, b))
    return spots
