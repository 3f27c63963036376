"""The gold set's model: documents, mentions, statements, the ids they may use, and the
header lines a gold text starts with (see :mod:`blocgraph.extract._score`)."""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SPLITS: tuple[str, ...] = ("dev", "test")
"""Gold splits: ``dev`` may be read by the extractor's author, ``test`` is held out."""

TREATY_ROUND = 56
"""The first blind round annotated for the treaty and partnership predicates; the scorer leaves
them out of texts of earlier rounds (and of texts with no round)."""

REQUIRED_HEADERS: tuple[str, ...] = ("source", "title", "licence", "date")
"""What every gold text states about itself in its header lines. A text that must stay
byte-identical to its source (the project's seed) may instead carry ``title`` and ``licence`` as
keys of its annotation."""

EURASIA = "EURASIA"
"""The region id for Eurasia (Europe and Asia), the one region that is not an M49 code."""

_HEADER = re.compile(r"# ([a-z]+): ?(.*)")

Triple = tuple[str, str, str | None]


class GoldError(ValueError):
    """A gold file that does not load: the message lists every problem as ``file: entry: why``."""


@dataclass(frozen=True, slots=True)
class GoldMention:
    """A gold mention; ``optional`` ones are neither required nor counted as false positives."""

    text: str
    start: int
    end: int
    type: str
    id: str
    optional: bool = False

    @property
    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.id)


@dataclass(frozen=True, slots=True)
class GoldStatement:
    """A gold statement; ``qualifiers`` are kept for reference and not scored."""

    subject: str
    predicate: str
    object: str | None
    asserted_by: str
    optional: bool = False
    qualifiers: Mapping[str, Any] = field(default_factory=dict)
    polarity: str = "positive"

    @property
    def triple(self) -> Triple:
        return (self.subject, self.predicate, self.object)


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One annotated text: ``name`` is the file stem, ``text`` the whole file text."""

    name: str
    text: str
    split: str
    mentions: tuple[GoldMention, ...]
    statements: tuple[GoldStatement, ...]
    metadata: Mapping[str, str] = field(default_factory=dict)
    notes: str = ""
    path: Path | None = None
    round: int | None = None
    """The blind round the text was annotated for (rounds 7 on record it in the annotation)."""
    language: str = "en"


@dataclass(frozen=True, slots=True)
class IdCatalog:
    """The ids a gold file may use for states, bodies, regions and treaties (from ``data/``)."""

    states: frozenset[str]
    bodies: frozenset[str]
    regions: frozenset[str]
    treaties: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data_dir: Path) -> IdCatalog:
        """Read ``states.csv`` (iso3), ``bodies.csv`` (key), ``regions.csv`` (code) and
        ``relations/treaties.csv`` (key).

        ``EURASIA`` is added to the regions.
        """
        return cls(
            states=_column(data_dir / "states.csv", "iso3"),
            bodies=_column(data_dir / "bodies.csv", "key"),
            regions=_column(data_dir / "regions.csv", "code") | {EURASIA},
            treaties=_column(data_dir / "relations" / "treaties.csv", "key"),
        )


def _column(path: Path, name: str) -> frozenset[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return frozenset(row[name] for row in csv.DictReader(handle) if row.get(name))


def parse_header(text: str) -> tuple[dict[str, str], int]:
    """The ``# key: value`` lines a text starts with, and the offset where the text proper begins.

    >>> parse_header("# source: https://example.org\\n# date: 2026-01-20\\nRussia")
    ({'source': 'https://example.org', 'date': '2026-01-20'}, 49)
    """
    metadata: dict[str, str] = {}
    offset = 0
    for line in text.splitlines(keepends=True):
        match = _HEADER.fullmatch(line.rstrip("\r\n"))
        if match is None:
            break
        metadata[match.group(1)] = match.group(2).strip()
        offset += len(line)
    return metadata, offset
