"""The name index, kept as a file beside the store's own files, so that a one-off command
(``blocgraph bodies Russia``) resolves a name without reading and folding every label (~0.13 s
of its start-up, ``bench/startup-results.md``).

``blocgraph build`` and ``blocgraph load`` — the two commands that write the store — write it
after the store is complete. It records the store's files as they were then (names, sizes,
modification times: RocksDB writes new files or grows its log on any change, and even a
read-write open that writes nothing rewrites its manifest); a file that no longer matches is
not used, and the index is read from the store as before (:mod:`blocgraph.store._beside`;
the file's layout is unchanged since it was first written: ``index``, not ``content``).
``tests/lookup/test_names_cache.py`` holds the file to the index read from the graph, after a
build and after a load.

Example:
    >>> from blocgraph.store import Store
    >>> index = name_index(Store.open(Path("var/store")))   # doctest: +SKIP
    >>> index.resolve("Россия").code                        # doctest: +SKIP
    'RUS'
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from blocgraph.lookup._names import Entity, Kind, NameIndex
from blocgraph.store import GraphStore, Store
from blocgraph.store._beside import file_or_graph, read_decoded, write_json

CACHE_NAME = "blocgraph-names.json"
_VERSION = 1


def _to_json(index: NameIndex) -> dict[str, Any]:
    return {
        "entities": [[e.kind, e.code, e.name] for e in index.entities.values()],
        "by_name": {name: sorted(map(list, keys)) for name, keys in index.by_name.items()},
        "display": index.display,
        "labels": [[kind, code, names] for (kind, code), names in index.labels.items()],
        "tags": sorted(index.tags),
    }


def _key(kind: str, code: str) -> tuple[Kind, str]:
    return ("state" if kind == "state" else "body", code)


def _from_json(data: dict[str, Any]) -> NameIndex:
    entities = {
        _key(kind, code): Entity(_key(kind, code)[0], code, name)
        for kind, code, name in data["entities"]
    }
    return NameIndex(
        entities=entities,
        by_name={name: {_key(*key) for key in keys} for name, keys in data["by_name"].items()},
        display=dict(data["display"]),
        labels={_key(kind, code): dict(names) for kind, code, names in data["labels"]},
        tags=frozenset(data["tags"]),
    )


def write_name_cache(folder: Path, store: GraphStore | None = None) -> Path:
    """Read the name index from the store at ``folder`` (closed for writing: opened here read
    only, unless ``store`` is that store already open) and write it beside the store's files;
    returns the file written."""
    index = NameIndex.from_store(store or Store.open(folder))
    return write_json(folder, CACHE_NAME, _VERSION, _to_json(index), key="index")


def read_name_cache(folder: Path) -> NameIndex | None:
    """The index written by :func:`write_name_cache`, or None when there is none, or the store
    has changed since (or the file cannot be read)."""
    return read_decoded(folder, CACHE_NAME, _VERSION, _from_json, key="index")


def name_index(store: GraphStore) -> NameIndex:
    """The name index of ``store``: from the file beside an embedded store when it matches the
    store's files, else read from the store (an endpoint: always)."""
    return file_or_graph(store, read_name_cache, NameIndex.from_store)[0]
