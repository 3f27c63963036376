"""Files computed from the store and kept beside its own files (``blocgraph-*.json``), so that
a command or the service reads a few megabytes of JSON instead of the whole graph.

Each file records the store's files as they were when it was written (names, sizes,
modification times: RocksDB writes new files or grows its log on any change, and even a
read-write open that writes nothing rewrites its manifest); a file that no longer matches is not
used, and its content is read from the store as before. ``blocgraph build`` and ``blocgraph
load`` write them (:func:`blocgraph.lookup.write_store_caches`).

Example:
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "CURRENT").write_text("MANIFEST-000001")
    >>> _ = write_json(folder, "blocgraph-example.json", 1, {"answer": 42})
    >>> read_json(folder, "blocgraph-example.json", 1)
    {'answer': 42}
    >>> _ = (folder / "000009.log").write_text("a change")   # the store changed since
    >>> read_json(folder, "blocgraph-example.json", 1) is None
    True
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from blocgraph.store._base import GraphStore
from blocgraph.store._oxigraph import Store

T = TypeVar("T")

PREFIX = "blocgraph-"
"""Every file of ours in the store's folder starts with this (RocksDB's never do)."""


def store_files(folder: Path) -> list[list[Any]]:
    """Name, size and modification time of each of the store's own files (ours and RocksDB's
    info ``LOG`` files aside: they change on every open and hold no data)."""
    return sorted(
        [entry.name, stat.st_size, stat.st_mtime_ns]
        for entry in os.scandir(folder)
        if entry.is_file() and not entry.name.startswith((PREFIX, "LOG", "."))
        for stat in [entry.stat()]
    )


def write_json(folder: Path, name: str, version: int, content: Any, key: str = "content") -> Path:
    """Write ``content`` (under ``key``) as ``folder/name`` with the store's files as they are
    now; returns the file written (atomically: a reader sees the old file or the new one)."""
    payload = {"version": version, "store": store_files(folder), key: content}
    target = folder / name
    temporary = folder / f".{name}.{os.getpid()}"
    temporary.write_text(
        json.dumps(payload, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
    temporary.replace(target)
    return target


def read_json(folder: Path, name: str, version: int, key: str = "content") -> Any | None:
    """The content :func:`write_json` wrote, or None when there is no such file, it is of
    another version, the store has changed since, or the file cannot be read."""
    try:
        payload = json.loads((folder / name).read_text(encoding="utf-8"))
        if payload.get("version") != version or payload.get("store") != store_files(folder):
            return None
        return payload[key]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def read_decoded(
    folder: Path, name: str, version: int, decode: Callable[[Any], T], key: str = "content"
) -> T | None:
    """The content :func:`write_json` wrote, made back into its object by ``decode``; None
    where :func:`read_json` gives None or the content does not decode."""
    content = read_json(folder, name, version, key)
    if content is None:
        return None
    try:
        return decode(content)
    except (ValueError, KeyError, TypeError, IndexError, AttributeError):
        return None


def file_or_graph(
    store: GraphStore,
    from_file: Callable[[Path], T | None],
    from_graph: Callable[[GraphStore], T],
) -> tuple[T, str]:
    """The value from the file beside an embedded store when one matches, else read from the
    graph (an endpoint: always); and which it was."""
    if isinstance(store, Store) and store.path is not None:
        value = from_file(store.path)
        if value is not None:
            return value, "from the file beside the store"
    return from_graph(store), "from the graph"
