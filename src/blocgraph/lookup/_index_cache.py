"""The REST lookups' membership index (:class:`MembershipIndex`), kept as a file beside the
store (:mod:`blocgraph.store._beside`): reading every curated spell from a 1.5 M-triple store
takes 40 s of CPU, reading this file about a second.

The file holds what :func:`read_curated` returns — every curated spell with its raw dates, the
sources listed once and referred to by number, and each body's first year — so the index made
from it is the index read from the graph (``tests/lookup/test_store_caches.py``).

Example:
    >>> from blocgraph.store import Store
    >>> index = membership_index(Store.open(Path("var/store")))    # doctest: +SKIP
    >>> [r.body for r in index.bodies_of("BLR", layer="curated")][:2]  # doctest: +SKIP
    ['CIS', 'CSTO']
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from blocgraph.lookup._memberships import MembershipIndex, Spells, read_curated
from blocgraph.lookup._records import MembershipRecord, SourceRef
from blocgraph.store import GraphStore, Store
from blocgraph.store._beside import file_or_graph, read_decoded, write_json

CACHE_NAME = "blocgraph-memberships.json"
_VERSION = 1


def _to_json(spells: Spells, starts: dict[str, int]) -> dict[str, Any]:
    numbers: dict[SourceRef, int] = {}
    rows = []
    for record, start, end in spells:
        if (record.layer, record.status, record.observed) != ("curated", None, None):
            raise ValueError(f"not a curated record: {record}")  # never: read_curated's own
        cited = [numbers.setdefault(source, len(numbers)) for source in record.sources]
        rows.append(
            [
                record.body,
                record.state,
                record.role,
                record.start,
                record.end,
                record.end_reason,
                record.uncertain,
                record.note,
                start,
                end,
                cited,
            ]
        )
    sources = [[s.url, s.accessed, s.tier, s.quote] for s in numbers]
    return {"sources": sources, "spells": rows, "starts": starts}


def _from_json(content: dict[str, Any]) -> tuple[Spells, dict[str, int]]:
    sources = [
        SourceRef(url, accessed, tier, quote) for url, accessed, tier, quote in content["sources"]
    ]
    spells: Spells = [
        (
            MembershipRecord(
                body=body,
                state=state,
                role=role,
                start=shown_start,
                end=shown_end,
                sources=tuple(sources[n] for n in cited),
                end_reason=end_reason,
                uncertain=uncertain,
                note=note,
            ),
            start,
            end,
        )
        for (
            body,
            state,
            role,
            shown_start,
            shown_end,
            end_reason,
            uncertain,
            note,
            start,
            end,
            cited,
        ) in content["spells"]
    ]
    starts = {str(body): int(year) for body, year in content["starts"].items()}
    return spells, starts


def write_index_cache(folder: Path, store: GraphStore | None = None) -> Path:
    """Read the curated spells from the store at ``folder`` (opened here read-only unless
    ``store`` is that store, open) and write them beside the store's files."""
    spells, starts = read_curated(store or Store.open(folder))
    return write_json(folder, CACHE_NAME, _VERSION, _to_json(spells, starts))


def read_index_cache(folder: Path) -> tuple[Spells, dict[str, int]] | None:
    """The spells and first years :func:`write_index_cache` wrote, or None when there is no
    such file, or the store has changed since (or the file cannot be read)."""
    return read_decoded(folder, CACHE_NAME, _VERSION, _from_json)


def index_file(store: GraphStore) -> Callable[[Path], MembershipIndex | None]:
    """Reads the index of ``store`` from the file beside it (None where it does not match)."""

    def read(folder: Path) -> MembershipIndex | None:
        cached = read_index_cache(folder)
        return None if cached is None else MembershipIndex(cached[0], store, cached[1])

    return read


def membership_index(store: GraphStore) -> MembershipIndex:
    """The index of ``store``: from the file beside an embedded store when it matches the
    store's files, else read from the store."""
    return file_or_graph(store, index_file(store), MembershipIndex.from_store)[0]
