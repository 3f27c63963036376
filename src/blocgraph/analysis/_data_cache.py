"""The analytics' data (:class:`MembershipData`), kept as a file beside the store
(:mod:`blocgraph.store._beside`): the six queries of :func:`load_membership_data` take 13–20 s
on a 1.5 M-triple store, reading this file a fraction of a second.

Spells keep their order; sets are written sorted. The data made from the file equals the data
read from the graph (``tests/lookup/test_store_caches.py``).

Example:
    >>> from blocgraph.store import Store
    >>> data = membership_data(Store.open(Path("var/store")))   # doctest: +SKIP
    >>> data.body_names["SCO"]                                  # doctest: +SKIP
    'Shanghai Cooperation Organisation'
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from blocgraph.analysis._data import MembershipData, Spell, load_membership_data
from blocgraph.store import GraphStore, Store
from blocgraph.store._beside import file_or_graph, read_decoded, write_json

CACHE_NAME = "blocgraph-analytics.json"
_VERSION = 1


def _sets(mapping: dict[str, set[str]]) -> dict[str, list[str]]:
    return {key: sorted(values) for key, values in mapping.items()}


def _to_json(data: MembershipData) -> dict[str, Any]:
    return {
        "spells": [
            [s.body, s.state, s.role, s.start.isoformat(), s.end.isoformat() if s.end else None]
            for s in data.spells
        ],
        "state_names": data.state_names,
        "state_status": data.state_status,
        "state_regions": _sets(data.state_regions),
        "state_extra_regions": _sets(data.state_extra_regions),
        "region_names": data.region_names,
        "region_parts": _sets(data.region_parts),
        "region_children": _sets(data.region_children),
        "continents": sorted(data.continents),
        "body_names": data.body_names,
        "civilizations": data.civilizations,
    }


def _from_json(content: dict[str, Any]) -> MembershipData:
    def sets(name: str) -> dict[str, set[str]]:
        return {key: set(values) for key, values in content[name].items()}

    return MembershipData(
        spells=[
            Spell(
                body,
                state,
                role,
                date.fromisoformat(start),
                date.fromisoformat(end) if end else None,
            )
            for body, state, role, start, end in content["spells"]
        ],
        state_names=dict(content["state_names"]),
        state_status=dict(content["state_status"]),
        state_regions=sets("state_regions"),
        state_extra_regions=sets("state_extra_regions"),
        region_names=dict(content["region_names"]),
        region_parts=sets("region_parts"),
        region_children=sets("region_children"),
        continents=set(content["continents"]),
        body_names=dict(content["body_names"]),
        civilizations={scheme: dict(states) for scheme, states in content["civilizations"].items()},
    )


def write_data_cache(folder: Path, store: GraphStore | None = None) -> Path:
    """Read the analytics' data from the store at ``folder`` (opened here read-only unless
    ``store`` is that store, open) and write it beside the store's files."""
    data = load_membership_data(store or Store.open(folder))
    return write_json(folder, CACHE_NAME, _VERSION, _to_json(data))


def read_data_cache(folder: Path) -> MembershipData | None:
    """The data :func:`write_data_cache` wrote, or None when there is no such file, or the
    store has changed since (or the file cannot be read)."""
    return read_decoded(folder, CACHE_NAME, _VERSION, _from_json)


def membership_data(store: GraphStore) -> MembershipData:
    """The analytics' data of ``store``: from the file beside an embedded store when it matches
    the store's files, else read from the store (an endpoint: always)."""
    return file_or_graph(store, read_data_cache, load_membership_data)[0]
