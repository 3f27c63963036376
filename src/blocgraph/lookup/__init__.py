"""Lookups: resolve names, and list memberships of a state or of a body as of a date.

Example:
    >>> from blocgraph.config import get_settings
    >>> from blocgraph.store import Store
    >>> store = Store.open(get_settings().store)                   # doctest: +SKIP
    >>> NameIndex.from_store(store).resolve("Россия").code        # doctest: +SKIP
    'RUS'
"""

from __future__ import annotations

from blocgraph._constants import RELATION_KINDS, RelationKind
from blocgraph.lookup._catalog import (
    BodySummary,
    Description,
    StateSummary,
    describe,
    describe_query,
    list_bodies,
    list_states,
)
from blocgraph.lookup._layers import LAYER_CHOICES, LayerChoice
from blocgraph.lookup._memberships import (
    LiveLookups,
    MembershipIndex,
    bodies_of,
    members_of,
)
from blocgraph.lookup._names import (
    AmbiguousNameError,
    Entity,
    NameIndex,
    UnknownNameError,
    normalize,
    resolve_code,
    shorten,
)
from blocgraph.lookup._records import MembershipRecord, SourceRef
from blocgraph.lookup._relations import (
    RelationRecord,
    RelationsIndex,
    TreatyRef,
    UnknownTreatyError,
    relations_of,
    treaty_detail,
)
from blocgraph.lookup._relations_store import CitationRef, RelationsSnapshot, read_relations

__all__ = [
    "LAYER_CHOICES",
    "RELATION_KINDS",
    "AmbiguousNameError",
    "BodySummary",
    "CitationRef",
    "Description",
    "Entity",
    "LayerChoice",
    "LiveLookups",
    "MembershipIndex",
    "MembershipRecord",
    "NameIndex",
    "RelationKind",
    "RelationRecord",
    "RelationsIndex",
    "RelationsSnapshot",
    "SourceRef",
    "StateSummary",
    "TreatyRef",
    "UnknownNameError",
    "UnknownTreatyError",
    "bodies_of",
    "describe",
    "describe_query",
    "list_bodies",
    "list_states",
    "members_of",
    "normalize",
    "read_relations",
    "relations_of",
    "resolve_code",
    "shorten",
    "treaty_detail",
]
