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

from blocgraph._constants import PROJECT_ROOT as PROJECT_ROOT
from blocgraph._location import default_store


def _default_data_dir() -> Path:
    return PROJECT_ROOT / "data"


def _default_ontology_dir() -> Path:
    return PROJECT_ROOT / "ontology"


def _default_seeds_dir() -> Path:
    return PROJECT_ROOT / "seeds"


class Settings(BaseSettings):
    """Where blocgraph reads its curated inputs and keeps its store.

    Every field can be set from the environment, e.g. ``BLOCGRAPH_STORE=/srv/blocgraph``.
    """

    model_config = SettingsConfigDict(env_prefix="BLOCGRAPH_")

    data_dir: Path = _default_data_dir()
    ontology_dir: Path = _default_ontology_dir()
    seeds_dir: Path = _default_seeds_dir()
    """Texts the build extracts into the store, one named graph per document."""
    store: Path = default_store()
    endpoint: str | None = None
    """A SPARQL 1.1 endpoint to read instead of the embedded store (its default graph must be
    the union of its named graphs, e.g. ``oxigraph serve --union-default-graph``)."""
    host: str = "127.0.0.1"
    port: int = 8000
    query_timeout: float = 10.0
    """Seconds a SPARQL query may run before it is stopped and answered with 503."""
    startup_wait: float = 10.0
    """Seconds a request that needs what the service is still reading at start-up (the name
    index, the analytics' data) waits for it before a 503 with Retry-After."""
    query_workers: int = 2
    """Worker processes that evaluate SPARQL queries (a runaway query holds one of them)."""
    worker_in_memory_max_quads: int = 5_000_000
    """Query workers copy a store of at most this many quads into memory (3× faster queries,
    ~300 bytes a quad per worker); 0 keeps them on disk."""
    max_body_bytes: int = 1_000_000
    """Largest request body (SPARQL, text to extract) the service accepts (413 beyond)."""
    max_result_bytes: int = 50_000_000
    max_url_bytes: int = 32_768
    """Longest request URL the service reads (414 beyond: POST a long query instead)."""
    update_token: str | None = None
    """Bearer token that enables SPARQL UPDATE; without it every update is refused with 403."""
    cors_origins: str = "*"
    """Comma-separated origins allowed to query from a browser (``*`` = any)."""


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
