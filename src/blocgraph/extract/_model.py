"""What an extraction yields: mentions of linked entities and statements with their evidence.

The flat JSON form (``Extraction.to_json``) is the contract shared by the CLI's ``--format json``,
``POST /api/extract``, the gold set in ``tests/extract/gold`` and the scorer.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

EntityType = Literal[
    "state", "body", "civilization", "region", "group", "person", "initiative", "treaty"
]
"""Kinds of entity the linker knows (``treaty``: a key of ``data/relations/treaties.csv`` or an
open-world ``new:`` entity)."""

Polarity = Literal["positive", "negative"]
"""Whether the asserter says the relation holds (``positive``) or does not (``negative``)."""

NEW_PREFIX = "new:"
"""Ids of entities the catalogue does not know, minted from their name in the document."""

UNKNOWN = "unknown"
"""``asserted_by`` of a statement whose source the text names but blocgraph cannot resolve."""

Predicate = Literal[
    "memberOf",
    "observerOf",
    "partnerOf",
    "joined",
    "left",
    "suspendedIn",
    "locatedIn",
    "civilizationOf",
    "proposes",
    "cooperatesWith",
    "claims",
    "signed",
    "ratified",
    "denounced",
    "partnershipWith",
]
"""Statement predicates (see the README's extraction section for what each means)."""

PREDICATES: tuple[str, ...] = Predicate.__args__  # type: ignore[attr-defined]
MEMBERSHIP_PREDICATES = frozenset(
    {"memberOf", "observerOf", "partnerOf", "joined", "left", "suspendedIn"}
)
"""A state's or body's standing in a body and the events that change it."""
TREATY_PREDICATES = frozenset({"signed", "ratified", "denounced", "partnershipWith"})
"""Treaty and partnership predicates (issue 13), annotated in gold texts from round 56 on."""
SYMMETRIC_PREDICATES = frozenset({"partnershipWith"})
"""Predicates whose subject and object may come in either order (one statement per pair)."""
ENTITY_TYPES: tuple[str, ...] = EntityType.__args__  # type: ignore[attr-defined]

AUTHOR = "author"
"""``asserted_by`` of a statement the document itself makes (not a quoted or reported speaker)."""

DOCUMENT_NAMESPACE = "https://w3id.org/blocgraph/id/document/"
"""Documents are named under ``id/`` so that the service dereferences them like every IRI."""


def document_iri(text: str) -> str:
    """The document's IRI: a hash of its content, so the same text always gets the same graph.

    >>> document_iri("abc")
    'https://w3id.org/blocgraph/id/document/sha256-ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    """
    return DOCUMENT_NAMESPACE + "sha256-" + hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the text linked to one entity.

    ``start``/``end`` are character offsets (Python ``str`` indices) into the whole file text;
    ``id`` is ISO 3166-1 alpha-3 for states, the body key for bodies, the M49 code (or
    ``EURASIA``) for regions and a lowercase slug for civilizations, groups, persons and
    initiatives.
    """

    text: str
    start: int
    end: int
    type: EntityType
    id: str

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "id": self.id,
        }


@dataclass(frozen=True, slots=True)
class Statement:
    """One (subject, predicate, object) the text asserts, with who asserts it and where.

    ``object`` is ``None`` only for ``civilizationOf`` with no place named. ``qualifiers`` carry
    e.g. ``{"year": 2023}``, ``{"role": "dialogue_partner"}``. ``evidence_start``/``evidence_end``
    delimit the words the rule matched; ``sentence_start``/``sentence_end`` the sentence.
    ``asserted_by`` is a person id, a state or body id, or :data:`AUTHOR`.
    """

    subject: str
    predicate: Predicate
    object: str | None
    evidence_start: int
    evidence_end: int
    sentence_start: int
    sentence_end: int
    asserted_by: str
    rule: str
    qualifiers: dict[str, Any] = field(default_factory=dict)
    polarity: Polarity = "positive"
    antecedent: tuple[int, int, str] | None = None
    """(start, end, text) of what a pronoun or description argument was resolved to."""

    @property
    def triple(self) -> tuple[str, str, str | None]:
        return (self.subject, self.predicate, self.object)

    def to_json(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "predicate": self.predicate,
            "object": self.object,
            "qualifiers": dict(self.qualifiers),
            "evidence_start": self.evidence_start,
            "evidence_end": self.evidence_end,
            "asserted_by": self.asserted_by,
            "rule": self.rule,
            "polarity": self.polarity,
            "antecedent": (
                None
                if self.antecedent is None
                else {
                    "start": self.antecedent[0],
                    "end": self.antecedent[1],
                    "text": self.antecedent[2],
                }
            ),
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document.

    ``text`` is the whole file text (offsets index it); ``metadata`` holds the header lines
    (``# source: …``, ``# date: …``) the file starts with, if any.
    """

    document: str
    text: str
    mentions: tuple[Mention, ...]
    statements: tuple[Statement, ...]
    metadata: dict[str, str] = field(default_factory=dict)
    path: str | None = None

    @property
    def date(self) -> str | None:
        """The document's date (``YYYY-MM-DD``) from its ``# date:`` header, if any."""
        return self.metadata.get("date")

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "path": self.path,
            "metadata": dict(self.metadata),
            "mentions": [m.to_json() for m in self.mentions],
            "statements": [s.to_json() for s in self.statements],
        }
