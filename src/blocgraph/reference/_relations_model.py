"""State relationships as plain, typed records: treaties, their parties' dated events, the
promises (obligations) they contain, declared partnerships and diplomatic relations.

Every record carries :class:`Citation` s — the page, its tier, the sentence that supports the
fact and the day it was read — read from ``data/relations/sources.csv``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from blocgraph._constants import PROMISES as PROMISES  # re-exported: the ATOP promise keys
from blocgraph._dates import PartialDate

INSTRUMENT_KINDS = ("treaty", "agreement", "declaration", "joint_statement")
"""What kind of instrument a treaty row is (a declaration ratified as a treaty stays a
declaration)."""

TREATY_END_REASONS = ("replaced", "expired", "terminated", "denounced", "superseded")

EVENTS = ("signed", "ratified", "in_force", "extended", "suspended", "denounced", "withdrew")
"""Dated events of one party's participation in a treaty."""


DIRECTIONS = ("mutual", "one_way")

DIPLOMATIC_EVENTS = ("established", "severed", "restored")


@dataclass(frozen=True, slots=True)
class Citation:
    """One sentence read on one page on one day, and how far the page is trusted."""

    url: str
    tier: str
    quote: str
    accessed: date


@dataclass(frozen=True, slots=True)
class Treaty:
    """A treaty (or agreement, declaration) between states, keyed like ``RUS-PRK-2024``."""

    key: str
    title_en: str
    title_ru: str | None
    kind: str
    signed: PartialDate | None
    in_force: PartialDate | None
    term_years: int | None
    renewal: str | None
    end: PartialDate | None
    end_reason: str | None
    replaces: str | None
    text_url: str | None
    wikidata: str | None
    uncertain: bool
    note: str | None
    sources: tuple[Citation, ...] = ()


@dataclass(frozen=True, slots=True)
class TreatyEvent:
    """One dated event of one party's participation (signed, ratified, in force …)."""

    treaty: str
    state: str
    event: str
    date: PartialDate
    uncertain: bool
    note: str | None
    sources: tuple[Citation, ...] = ()


@dataclass(frozen=True, slots=True)
class Obligation:
    """A promise a treaty makes, with the article that states it.

    ``direction`` ``mutual``: every party promises every other; ``one_way``: ``promisor``
    promises ``promisee``.
    """

    treaty: str
    promise: str
    article: str | None
    direction: str
    promisor: str | None
    promisee: str | None
    conditional: bool
    condition: str | None
    uncertain: bool
    note: str | None
    sources: tuple[Citation, ...] = ()

    @property
    def key(self) -> str:
        """``<treaty>/<promise>/<article or 'text'>`` — how sources.csv names it."""
        return f"{self.treaty}/{self.promise}/{self.article or 'text'}"


@dataclass(frozen=True, slots=True)
class Partnership:
    """A partnership declared by two parties, in their own words, keyed like ``CHN-PAK-2015``.

    A party is a state, or a body of :data:`~blocgraph._constants.PARTY_BODIES` (the EU:
    ``CHN-EU-2003``); ``state_a``/``state_b`` keep their names for both."""

    key: str
    state_a: str
    state_b: str
    label: str
    label_lang: str
    declared: PartialDate
    document: str | None
    replaces: str | None
    uncertain: bool
    note: str | None
    sources: tuple[Citation, ...] = ()


@dataclass(frozen=True, slots=True)
class DiplomaticEvent:
    """Diplomatic relations between two states established, severed or restored on a date."""

    state_a: str
    state_b: str
    event: str
    date: PartialDate
    uncertain: bool
    note: str | None
    sources: tuple[Citation, ...] = ()

    @property
    def key(self) -> str:
        """``<A>-<B>/<event>/<date>`` with A, B sorted — how sources.csv names it."""
        return f"{self.state_a}-{self.state_b}/{self.event}/{self.date}"


@dataclass(slots=True)
class RelationsData:
    """Everything in ``data/relations/``, checked, ready to become RDF."""

    treaties: dict[str, Treaty] = field(default_factory=dict)
    events: list[TreatyEvent] = field(default_factory=list)
    obligations: list[Obligation] = field(default_factory=list)
    partnerships: dict[str, Partnership] = field(default_factory=dict)
    diplomatic: list[DiplomaticEvent] = field(default_factory=list)

    def parties(self, treaty: str) -> list[str]:
        """The states with at least one event in ``treaty``, sorted."""
        return sorted({e.state for e in self.events if e.treaty == treaty})
