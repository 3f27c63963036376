"""Everything kept beside the store (:mod:`blocgraph.store._beside`), written by the two
commands that write the store, ``blocgraph build`` and ``blocgraph load``, once it is complete:
the name index (one-off lookups and the service), the REST lookups' membership index and the
analytics' data (the service's start-up).

Example:
    >>> [p.name for p in write_store_caches(Path("var/store"))]   # doctest: +SKIP
    ['blocgraph-names.json', 'blocgraph-memberships.json', 'blocgraph-analytics.json']
"""

from __future__ import annotations

from pathlib import Path


def write_store_caches(folder: Path) -> list[Path]:
    """Read the store at ``folder`` (closed for writing: opened here read-only) and write the
    files; returns them."""
    from blocgraph.analysis._data_cache import write_data_cache
    from blocgraph.lookup._index_cache import write_index_cache
    from blocgraph.lookup._names_cache import write_name_cache
    from blocgraph.store import Store

    store = Store.open(folder)
    return [
        write_name_cache(folder, store),
        write_index_cache(folder, store),
        write_data_cache(folder, store),
    ]
