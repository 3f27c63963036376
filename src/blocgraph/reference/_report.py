"""How well the membership rows are sourced: tiers, quotes, blocklisted URLs, per body and overall.

The figures ``blocgraph sources --report`` prints. They are computed from the curated data loaded
without enforcing the source policy, so that blocklisted URLs and unverified bodies can be
counted rather than refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from blocgraph.reference._memberships import citable
from blocgraph.reference._model import Membership, ReferenceData

#: Notes that admit a value was not read in a source.
UNSOURCED_NOTE = re.compile(r"from memory|as recalled|not verified|unverified", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SourceFigures:
    """Counts of membership rows (and their source URLs) for one body or for all."""

    body: str
    rows: int
    official: int
    """Rows with at least one ``official`` source (not blocklisted)."""
    reference: int
    """Rows with at least one ``reference`` source (not blocklisted)."""
    official_or_reference: int
    quoted: int
    """Rows with at least one source carrying a quote."""
    citable: int
    """Rows with an ``official`` or ``reference`` source that carries a quote."""
    blocklisted: int
    """Rows citing at least one blocklisted URL."""
    from_memory: int
    """Rows whose note says the value is from memory or not verified."""
    urls: int
    blocklisted_urls: int
    verified: bool

    def share(self, count: int) -> float:
        """``count`` as a percentage of the rows (0 when there are none)."""
        return round(100 * count / self.rows, 1) if self.rows else 0.0

    def to_json(self) -> dict[str, Any]:
        """The counts plus their shares in percent (``official_pct`` …)."""
        record: dict[str, Any] = asdict(self)
        for name in ("official", "reference", "official_or_reference", "quoted", "citable"):
            record[f"{name}_pct"] = self.share(getattr(self, name))
        return record


def _figures(body: str, rows: Iterable[Membership], verified: bool) -> SourceFigures:
    counts = dict.fromkeys(
        (
            "rows",
            "official",
            "reference",
            "official_or_reference",
            "quoted",
            "citable",
            "blocklisted",
            "from_memory",
            "urls",
            "blocklisted_urls",
        ),
        0,
    )
    for row in rows:
        usable = [s for s in row.sources if s.blocked is None]
        tiers = {s.tier for s in usable}
        counts["rows"] += 1
        counts["official"] += "official" in tiers
        counts["reference"] += "reference" in tiers
        counts["official_or_reference"] += bool(tiers & {"official", "reference"})
        counts["quoted"] += any(s.quote for s in usable)
        counts["citable"] += any(citable(s) for s in usable)
        counts["blocklisted"] += any(s.blocked for s in row.sources)
        counts["from_memory"] += bool(row.note and UNSOURCED_NOTE.search(row.note))
        counts["urls"] += len(row.sources)
        counts["blocklisted_urls"] += sum(1 for s in row.sources if s.blocked)
    return SourceFigures(body=body, verified=verified, **counts)


def source_report(ref: ReferenceData) -> list[SourceFigures]:
    """Figures per body (sorted by key), then one line ``ALL`` for every membership row.

    Parameters:
        ref: data loaded with ``load_reference(data_dir, enforce_sources=False)``.

    Returns:
        One :class:`SourceFigures` per body with rows, and the total last.

    Example:
        >>> from blocgraph.config import get_settings
        >>> from blocgraph.reference import load_reference
        >>> report = source_report(load_reference(get_settings().data_dir, enforce_sources=False))
        >>> report[-1].body
        'ALL'
    """
    by_body: dict[str, list[Membership]] = {}
    for membership in ref.memberships:
        by_body.setdefault(membership.body, []).append(membership)
    figures = [_figures(b, rows, b in ref.verified) for b, rows in sorted(by_body.items())]
    verified_all = bool(by_body) and all(f.verified for f in figures)
    figures.append(_figures("ALL", ref.memberships, verified_all))
    return figures
