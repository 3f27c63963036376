"""The files ``blocgraph build`` and ``blocgraph load`` write beside the store
(:mod:`blocgraph._store_caches`) hold what the service would otherwise read from the graph at
start-up: the membership index and the analytics' data made from them are those read from the
graph, and a file is never used once the store has changed without it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from blocgraph.analysis import load_membership_data
from blocgraph.analysis._data_cache import CACHE_NAME as DATA_FILE
from blocgraph.analysis._data_cache import read_data_cache
from blocgraph.build import BuildSummary
from blocgraph.lookup import MembershipIndex
from blocgraph.lookup._index_cache import CACHE_NAME as INDEX_FILE
from blocgraph.lookup._index_cache import membership_index, read_index_cache
from blocgraph.lookup._memberships import read_curated
from blocgraph.lookup._names_cache import read_name_cache
from blocgraph.store import Store
from blocgraph.store._beside import store_files
from tests.conftest import run_cli


def test_the_build_writes_the_index_read_from_the_graph(summary: BuildSummary) -> None:
    cached = read_index_cache(summary.store)
    assert cached is not None
    spells, starts = read_curated(Store.open(summary.store))
    assert cached == (spells, starts)
    assert len(spells) > 1000


def test_the_build_writes_the_analytics_data_read_from_the_graph(summary: BuildSummary) -> None:
    cached = read_data_cache(summary.store)
    assert cached is not None
    assert cached == load_membership_data(Store.open(summary.store))
    assert cached.spells  # in the graph's order, which the analytics' ties depend on


def test_the_index_from_the_file_answers_as_the_index_from_the_graph(
    summary: BuildSummary,
) -> None:
    store = Store.open(summary.store)
    from_file = membership_index(store)
    from_graph = MembershipIndex.from_store(store)
    for state in ("RUS", "ARM", "TUR", "BLR", "GEO"):
        for layer in ("all", "curated"):
            assert from_file.bodies_of(state, layer=layer) == from_graph.bodies_of(
                state, layer=layer
            )
    for body in ("SCO", "CSTO", "COE", "BRICS"):
        assert from_file.members_of(body) == from_graph.members_of(body)


def test_our_files_are_not_part_of_the_fingerprint(summary: BuildSummary) -> None:
    names = {name for name, _size, _mtime in store_files(summary.store)}
    assert not {n for n in names if n.startswith("blocgraph-")}
    assert read_name_cache(summary.store) is not None  # written first, still matching


@pytest.fixture
def store_copy(summary: BuildSummary, tmp_path: Path) -> Path:
    target = tmp_path / "store"
    shutil.copytree(summary.store, target)
    return target


def test_a_load_writes_them_again(store_copy: Path, tmp_path: Path) -> None:
    extra = tmp_path / "extra.ttl"
    extra.write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        '<https://w3id.org/blocgraph/id/state/RUS> skos:altLabel "Rossiya"@en .\n'
    )
    loaded = run_cli("load", str(extra), "--graph", "http://example.org/extra", store=store_copy)
    assert loaded.returncode == 0, loaded.stderr
    store = Store.open(store_copy)
    assert read_index_cache(store_copy) == read_curated(store)
    assert read_data_cache(store_copy) == load_membership_data(store)


def test_a_store_changed_behind_their_back_is_read_again(store_copy: Path) -> None:
    assert read_index_cache(store_copy) is not None
    assert read_data_cache(store_copy) is not None
    writable = Store.open(store_copy, read_only=False)  # RocksDB rewrites its manifest
    del writable
    assert read_index_cache(store_copy) is None
    assert read_data_cache(store_copy) is None


@pytest.mark.parametrize("name", [INDEX_FILE, DATA_FILE])
@pytest.mark.parametrize(
    "text", ["", "{", '{"version": 1}', '{"version": 1, "store": [], "content": {}}', "[]"]
)
def test_an_unreadable_file_is_not_used(store_copy: Path, name: str, text: str) -> None:
    (store_copy / name).write_text(text)
    assert read_index_cache(store_copy) is None or name != INDEX_FILE
    assert read_data_cache(store_copy) is None or name != DATA_FILE


def test_a_file_of_the_right_store_with_a_broken_content_is_not_used(store_copy: Path) -> None:
    from blocgraph.store._beside import write_json

    write_json(store_copy, INDEX_FILE, 1, {"sources": [], "spells": [["SCO"]], "starts": {}})
    write_json(store_copy, DATA_FILE, 1, {"spells": [[1, 2]]})
    assert read_index_cache(store_copy) is None
    assert read_data_cache(store_copy) is None
