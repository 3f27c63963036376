"""Settings, read from the environment with the prefix ``BLOCGRAPH_``.

Example:
    >>> from blocgraph.config import Settings
    >>> Settings(store="/tmp/store").store.name
    'store'
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

#: The checkout this package was installed from (src layout: src/blocgraph/config.py).
PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _default_data_dir() -> Path:
    return PROJECT_ROOT / "data"


def _default_ontology_dir() -> Path:
    return PROJECT_ROOT / "ontology"


def _default_store() -> Path:
    return PROJECT_ROOT / "var" / "store"


class Settings(BaseSettings):
    """Where blocgraph reads its curated inputs and keeps its store.

    Every field can be set from the environment, e.g. ``BLOCGRAPH_STORE=/srv/blocgraph``.
    """

    model_config = SettingsConfigDict(env_prefix="BLOCGRAPH_")

    data_dir: Path = _default_data_dir()
    ontology_dir: Path = _default_ontology_dir()
    store: Path = _default_store()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
