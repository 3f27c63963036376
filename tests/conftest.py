"""Shared fixtures: one real build of the real data into a temporary store per test session."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from blocgraph.build import BuildSummary, build
from blocgraph.config import PROJECT_ROOT, Settings
from blocgraph.store import Store

DATA_DIR = PROJECT_ROOT / "data"
ONTOLOGY_DIR = PROJECT_ROOT / "ontology"


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings pointing at the repository's data and a fresh store folder."""
    store = tmp_path_factory.mktemp("store") / "store"
    return Settings(data_dir=DATA_DIR, ontology_dir=ONTOLOGY_DIR, store=store)


@pytest.fixture(scope="session")
def summary(settings: Settings) -> BuildSummary:
    """The summary of building the real data once."""
    return build(settings)


@pytest.fixture(scope="session")
def store(summary: BuildSummary) -> Iterator[Store]:
    """The built store, opened read-only."""
    yield Store.open(summary.store)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A private copy of data/ that a test may break."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def run_cli(*args: str, store: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed ``blocgraph`` command as an analyst would, capturing its output."""
    env = dict(os.environ)
    if store is not None:
        env["BLOCGRAPH_STORE"] = str(store)
    command = [sys.executable, "-m", "blocgraph.cli", *args]
    return subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=300, check=False
    )
