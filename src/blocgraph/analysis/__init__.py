"""Membership analytics with networkx: the state–body graph as of a date, overlaps, continental
coverage and gaps, covering sets, brokers and communities, civilizational span, change.

Pure functions over a graph built from :class:`MembershipData` (read once from the store).

Example:
    >>> from blocgraph.config import get_settings
    >>> from blocgraph.store import Store
    >>> data = load_membership_data(Store.open(get_settings().store))     # doctest: +SKIP
    >>> coverage_report(data, continent="Eurasia")["pan_continental"]   # doctest: +SKIP
    []
"""

from __future__ import annotations

from blocgraph.analysis._brokers import SEED_BODIES, body_communities, brokers
from blocgraph.analysis._civilization import civilizational_span, shannon_entropy
from blocgraph.analysis._cover import CoverResult, minimum_cover
from blocgraph.analysis._coverage import Coverage, coverage
from blocgraph.analysis._data import MembershipData, Spell, load_membership_data
from blocgraph.analysis._defaults import default_bodies
from blocgraph.analysis._graph import (
    DEFAULT_ROLES,
    DEFAULT_STATUSES,
    continent_states,
    membership_graph,
    resolve_region,
)
from blocgraph.analysis._overlap import co_membership, exclusive_intersections, pairwise_overlaps
from blocgraph.analysis._reports import (
    broker_report,
    change_report,
    cover_report,
    coverage_report,
    overlap_report,
    span_report,
    what_if_report,
)
from blocgraph.analysis._security import PERMANENT_MEMBERS, promise_graph, security_report
from blocgraph.analysis._ties import TIE_LABELS, TIE_ORDER, Tie, strongest_ties

__all__ = [
    "DEFAULT_ROLES",
    "DEFAULT_STATUSES",
    "PERMANENT_MEMBERS",
    "SEED_BODIES",
    "TIE_LABELS",
    "TIE_ORDER",
    "CoverResult",
    "Coverage",
    "MembershipData",
    "Spell",
    "Tie",
    "body_communities",
    "broker_report",
    "brokers",
    "change_report",
    "civilizational_span",
    "co_membership",
    "continent_states",
    "cover_report",
    "coverage",
    "coverage_report",
    "default_bodies",
    "exclusive_intersections",
    "load_membership_data",
    "membership_graph",
    "minimum_cover",
    "overlap_report",
    "pairwise_overlaps",
    "promise_graph",
    "resolve_region",
    "security_report",
    "shannon_entropy",
    "span_report",
    "strongest_ties",
    "what_if_report",
]
