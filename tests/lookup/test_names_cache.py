"""The name index file beside the store (:mod:`blocgraph.lookup._names_cache`) is the index read
from the graph: after a build, after a load, and never once the store has changed without it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from blocgraph.build import BuildSummary
from blocgraph.lookup import NameIndex, name_index
from blocgraph.lookup._names_cache import CACHE_NAME, read_name_cache
from blocgraph.store import Store
from tests.conftest import run_cli


def test_the_build_writes_the_index_of_the_graph(summary: BuildSummary) -> None:
    cached = read_name_cache(summary.store)
    assert cached is not None
    assert cached == NameIndex.from_store(Store.open(summary.store))
    assert cached.resolve("Россия").code == "RUS"
    assert cached.suggest("Kazakstan")[0] == "Kazakhstan (KAZ)"


@pytest.fixture
def store_copy(summary: BuildSummary, tmp_path: Path) -> Path:
    target = tmp_path / "store"
    shutil.copytree(summary.store, target)
    return target


def test_a_load_writes_it_again(store_copy: Path, tmp_path: Path) -> None:
    alias = tmp_path / "alias.ttl"
    alias.write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        '<https://w3id.org/blocgraph/id/state/RUS> skos:altLabel "Rossiyskaya Federatsiya"@en .\n'
    )
    loaded = run_cli("load", str(alias), "--graph", "http://example.org/alias", store=store_copy)
    assert loaded.returncode == 0, loaded.stderr
    cached = read_name_cache(store_copy)
    assert cached is not None
    assert cached == NameIndex.from_store(Store.open(store_copy))
    assert cached.resolve("rossiyskaya federatsiya").code == "RUS"
    found = run_cli("bodies", "Rossiyskaya Federatsiya", "--json", store=store_copy)
    assert found.returncode == 0, found.stderr


def test_a_store_changed_behind_its_back_is_read_again(store_copy: Path) -> None:
    assert read_name_cache(store_copy) is not None
    writable = Store.open(store_copy, read_only=False)  # RocksDB rewrites its manifest
    del writable
    assert read_name_cache(store_copy) is None
    assert name_index(Store.open(store_copy)) == NameIndex.from_store(Store.open(store_copy))


@pytest.mark.parametrize("text", ["", "{", '{"version": 1}', '{"version": 1, "store": []}'])
def test_an_unreadable_file_is_not_used(store_copy: Path, text: str) -> None:
    (store_copy / CACHE_NAME).write_text(text)
    assert read_name_cache(store_copy) is None
