"""The name index, kept as a file beside the store's own files, so that a one-off command
(``blocgraph bodies Russia``) resolves a name without reading and folding every label (~0.13 s
of its start-up, ``bench/startup-results.md``).

``blocgraph build`` and ``blocgraph load`` — the two commands that write the store — write it
after the store is complete. It records the store's files as they were then (names, sizes,
modification times: RocksDB writes new files or grows its log on any change, and even a
read-write open that writes nothing rewrites its manifest); a file that no longer matches is
not used, and the index is read from the store as before. ``tests/lookup/test_names_cache.py``
holds the file to the index read from the graph, after a build and after a load.

Example:
    >>> from blocgraph.store import Store
    >>> index = name_index(Store.open(Path("var/store")))   # doctest: +SKIP
    >>> index.resolve("Россия").code                        # doctest: +SKIP
    'RUS'
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from blocgraph.lookup._names import Entity, Kind, NameIndex
from blocgraph.store import GraphStore, Store

CACHE_NAME = "blocgraph-names.json"
_VERSION = 1


def store_files(folder: Path) -> list[list[Any]]:
    """Name, size and modification time of each of the store's own files (RocksDB's info
    ``LOG`` files aside: they change on every open and hold no data)."""
    return sorted(
        [entry.name, stat.st_size, stat.st_mtime_ns]
        for entry in os.scandir(folder)
        if entry.is_file() and entry.name != CACHE_NAME and not entry.name.startswith(("LOG", "."))
        for stat in [entry.stat()]
    )


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


def write_name_cache(folder: Path) -> Path:
    """Read the name index from the store at ``folder`` (closed for writing: opened here read
    only) and write it beside the store's files; returns the file written."""
    index = NameIndex.from_store(Store.open(folder))
    payload = {"version": _VERSION, "store": store_files(folder), "index": _to_json(index)}
    target = folder / CACHE_NAME
    temporary = folder / f".{CACHE_NAME}.{os.getpid()}"
    temporary.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    temporary.replace(target)
    return target


def read_name_cache(folder: Path) -> NameIndex | None:
    """The index written by :func:`write_name_cache`, or None when there is none, or the store
    has changed since (or the file cannot be read)."""
    try:
        payload = json.loads((folder / CACHE_NAME).read_text(encoding="utf-8"))
        if payload.get("version") != _VERSION or payload.get("store") != store_files(folder):
            return None
        return _from_json(payload["index"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def name_index(store: GraphStore) -> NameIndex:
    """The name index of ``store``: from the file beside an embedded store when it matches the
    store's files, else read from the store (an endpoint: always)."""
    if isinstance(store, Store) and store.path is not None:
        cached = read_name_cache(store.path)
        if cached is not None:
            return cached
    return NameIndex.from_store(store)
