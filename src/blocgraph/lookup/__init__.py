"""Lookups: resolve names, and list memberships of a state or of a body as of a date.

Example:
    >>> from blocgraph.config import get_settings
    >>> from blocgraph.store import Store
    >>> store = Store.open(get_settings().store)                   # doctest: +SKIP
    >>> NameIndex.from_store(store).resolve("Россия").code        # doctest: +SKIP
    'RUS'
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from blocgraph._constants import RELATION_KINDS, RelationKind

# The names below load with their module on first use (PEP 562): ``blocgraph bodies RUS`` needs
# the memberships and the names, not the catalogue or the relations (~30 ms of its start-up).
if TYPE_CHECKING:
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
    from blocgraph.lookup._names_cache import name_index, write_name_cache
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

_LAZY = {
    "AmbiguousNameError": "_names",
    "BodySummary": "_catalog",
    "CitationRef": "_relations_store",
    "Description": "_catalog",
    "Entity": "_names",
    "LAYER_CHOICES": "_layers",
    "LayerChoice": "_layers",
    "LiveLookups": "_memberships",
    "MembershipIndex": "_memberships",
    "MembershipRecord": "_records",
    "NameIndex": "_names",
    "RelationRecord": "_relations",
    "RelationsIndex": "_relations",
    "RelationsSnapshot": "_relations_store",
    "SourceRef": "_records",
    "StateSummary": "_catalog",
    "TreatyRef": "_relations",
    "UnknownNameError": "_names",
    "UnknownTreatyError": "_relations",
    "bodies_of": "_memberships",
    "describe": "_catalog",
    "describe_query": "_catalog",
    "list_bodies": "_catalog",
    "list_states": "_catalog",
    "members_of": "_memberships",
    "name_index": "_names_cache",
    "normalize": "_names",
    "read_relations": "_relations_store",
    "relations_of": "_relations",
    "resolve_code": "_names",
    "shorten": "_names",
    "treaty_detail": "_relations",
    "write_name_cache": "_names_cache",
}
"""Each public name → the module of this package that defines it."""


# hidden from mypy, which would otherwise take any name of the module as valid
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value


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
    "name_index",
    "normalize",
    "read_relations",
    "relations_of",
    "resolve_code",
    "shorten",
    "treaty_detail",
    "write_name_cache",
]
