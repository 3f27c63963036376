"""What the linker returns and remembers: a linked span (:class:`Linked`), the
document-level memory carried across chunks (:class:`DocumentContext`), and the candidate span
of a gazetteer match while it is resolved.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from blocgraph.extract._gazetteer import Entry


@dataclass(slots=True)
class Linked:
    """A linked span in token space of one chunk's ``Doc`` (``start``/``end`` token indices,
    ``char_start``/``char_end`` offsets into the chunk)."""

    start: int
    end: int
    type: str
    id: str
    char_start: int
    char_end: int
    first_person: bool = False


@dataclass(slots=True)
class DocumentContext:
    """What the linker remembers across the chunks of one document."""

    surnames: dict[str, str] = field(default_factory=dict)
    offices: dict[str, str] = field(default_factory=dict)
    person_states: dict[str, str] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)
    defined: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Abbreviations the document defines ("the European Community (EC)"): text → (type, id)."""
    """Ids named so far (an ``after_name`` abbreviation links only to one of them)."""
    last_person: str | None = None
    last_speaker: str | None = None
    transcript_speaker: str | None = None
    closing_speaker: str | None = None
    """Who the last sentence of the chunk before reports ("Токаев … отметил, что …"): the
    speaker of a paragraph of direct speech led by a dash after it."""


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    entries: tuple[Entry, ...]
    resolved: Entry | None = None
    pending_civ: Entry | None = None
