"""The membership record the CLI and the API print (every layer)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a fact comes from: the page, the day it was read, its tier and the quoted sentence.

    ``tier`` is ``official``, ``reference`` or ``secondary``; ``quote`` is None where no
    supporting sentence has been recorded yet.
    """

    url: str
    accessed: str
    tier: str = "secondary"
    quote: str | None = None

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: url, accessed, tier, quote."""
        return {name: getattr(self, name) for name in _SOURCE_FIELDS}


@dataclass(frozen=True, slots=True)
class MembershipRecord:
    """One membership spell as the CLI and the API print it.

    ``state`` is the member's code: an ISO3 code, or a body key when the member is a body (the
    EU in ASEM). Dates are written with the precision they are known to (``2024-07-04``,
    ``2004-06``, ``1992``); ``end`` is the first day no longer in the role.
    """

    body: str
    state: str
    role: str
    start: str
    end: str | None
    sources: tuple[SourceRef, ...]
    end_reason: str | None = None
    uncertain: bool = False
    note: str | None = None
    layer: str = "curated"
    """Who says so: ``curated``, ``factbook-2026-01`` or ``cow-igo-v3``."""
    status: str | None = None
    """Lower layers only: ``observed`` (COW: a spell that ended within the data),
    ``observed-until-2014`` (COW: still in force at the data's end, nothing known after),
    ``observed-2026-01`` (the Factbook snapshot)."""
    observed: str | None = None
    """Factbook: the day the snapshot was observed."""

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict with the keys body, state, role, start, end, sources, … in field
        order (``dataclasses.asdict`` gives the same dict, ~10× slower: it deep-copies)."""
        record = {name: getattr(self, name) for name in _RECORD_FIELDS}
        record["sources"] = [s.to_json() for s in self.sources]
        return record


_RECORD_FIELDS = tuple(f.name for f in fields(MembershipRecord))
_SOURCE_FIELDS = tuple(f.name for f in fields(SourceRef))
