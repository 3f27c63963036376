"""The curated reference data as plain, typed records (before it becomes RDF)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from blocgraph._constants import ROLES as ROLES  # re-exported: the data may use these roles
from blocgraph._dates import PartialDate

END_REASONS = (
    "withdrew",
    "expelled",
    "suspended",
    "role_changed",
    "dissolved",
    "succeeded",
    "frozen",
    "participation_suspended",
    "no_longer_listed",
)
TIERS = ("official", "reference", "secondary")
"""Source tiers, best first: the body's own or a member/depositary government's page, the UN or a
treaty text; wire services, newspapers of record and peer-reviewed datasets; encyclopaedias."""
BODY_KINDS = ("economic", "security", "political", "forum")
STATE_STATUSES = (
    "un_member",
    "un_observer",
    "partially_recognised",
    "special_administrative_region",
    "autonomous_region",
    "former",
)
REGION_LEVELS = ("world", "region", "subregion", "intermediate")


@dataclass(frozen=True, slots=True)
class Source:
    """One reading of a page: its address, the day it was read, its tier and what it says.

    ``tier`` is derived from ``data/sources/domains.csv`` unless a quote row overrides it;
    ``quote`` is the sentence of the page that supports the fact, copied as it stands there;
    ``blocked`` is the blocklist's reason when the domain is refused (only ever set when the
    data is loaded for a report, never in a build).
    """

    url: str
    accessed: date
    tier: str = "secondary"
    quote: str | None = None
    publisher: str | None = None
    blocked: str | None = None


@dataclass(frozen=True, slots=True)
class Region:
    """A UN M49 region."""

    code: str
    name_en: str
    name_ru: str
    level: str
    parent: str | None
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class State:
    """A state or other entity bodies admit, keyed by ISO 3166 alpha-3 (or X.. / ISO 3166-3)."""

    iso3: str
    iso2: str | None
    numeric: str | None
    names: dict[str, str]
    aliases: dict[str, tuple[str, ...]]
    status: str
    regions: tuple[str, ...]
    wikidata: str | None
    note: str | None


@dataclass(frozen=True, slots=True)
class Placement:
    """A sourced statement that a state also lies in another continent (transcontinental)."""

    state: str
    continent: str
    basis: str
    sources: tuple[Source, ...]
    note: str | None


@dataclass(frozen=True, slots=True)
class Body:
    """An international body keyed by its usual acronym."""

    key: str
    names: dict[str, str]
    aliases: dict[str, tuple[str, ...]]
    founded: PartialDate
    dissolved: PartialDate | None
    kind: str
    seat_city: str | None
    seat_country: str | None
    wikidata: str | None
    website: str | None
    sources: tuple[Source, ...]
    note: str | None


@dataclass(frozen=True, slots=True)
class Membership:
    """One spell of one member in one body in one role."""

    body: str
    member: str
    role: str
    start: PartialDate
    end: PartialDate | None
    end_reason: str | None
    sources: tuple[Source, ...]
    uncertain: bool
    note: str | None


@dataclass(frozen=True, slots=True)
class CivilizationScheme:
    """A published classification of states into civilizations."""

    key: str
    title: str
    author: str
    year: int
    citation: str
    sources: tuple[Source, ...]
    note: str | None


@dataclass(frozen=True, slots=True)
class CivilizationAssignment:
    """The claim that under ``scheme`` the state belongs to ``civilization``."""

    scheme: str
    state: str
    civilization: str
    uncertain: bool
    note: str | None
    sources: tuple[Source, ...]


@dataclass(slots=True)
class ReferenceData:
    """Everything in ``data/``, checked, ready to become RDF."""

    regions: dict[str, Region] = field(default_factory=dict)
    states: dict[str, State] = field(default_factory=dict)
    placements: list[Placement] = field(default_factory=list)
    bodies: dict[str, Body] = field(default_factory=dict)
    memberships: list[Membership] = field(default_factory=list)
    schemes: dict[str, CivilizationScheme] = field(default_factory=dict)
    civilization_names: dict[tuple[str, str], tuple[str, str, str | None]] = field(
        default_factory=dict
    )
    """(scheme, civilization key) → (English name, Russian name, definition)."""
    civilizations: list[CivilizationAssignment] = field(default_factory=list)
    verified: dict[str, date] = field(default_factory=dict)
    """Bodies listed in ``sources/verified.csv`` → the day they were verified."""
