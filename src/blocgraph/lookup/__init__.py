"""Lookups: resolve names, and list memberships of a state or of a body as of a date.

Example:
    >>> from blocgraph.config import get_settings
    >>> from blocgraph.store import Store
    >>> store = Store.open(get_settings().store)                   # doctest: +SKIP
    >>> NameIndex.from_store(store).resolve("Россия").code        # doctest: +SKIP
    'RUS'
"""

from __future__ import annotations

from blocgraph.lookup._catalog import (
    BodySummary,
    Description,
    StateSummary,
    describe,
    describe_query,
    list_bodies,
    list_states,
)
from blocgraph.lookup._memberships import (
    LiveLookups,
    MembershipIndex,
    MembershipRecord,
    SourceRef,
    bodies_of,
    members_of,
)
from blocgraph.lookup._names import (
    AmbiguousNameError,
    Entity,
    NameIndex,
    UnknownNameError,
    normalize,
    shorten,
)

__all__ = [
    "AmbiguousNameError",
    "BodySummary",
    "Description",
    "Entity",
    "LiveLookups",
    "MembershipIndex",
    "MembershipRecord",
    "NameIndex",
    "SourceRef",
    "StateSummary",
    "UnknownNameError",
    "bodies_of",
    "describe",
    "describe_query",
    "list_bodies",
    "list_states",
    "members_of",
    "normalize",
    "shorten",
]
