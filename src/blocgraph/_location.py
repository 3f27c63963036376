"""Where the quick commands read — the store folder or a SPARQL endpoint — worked out as
:class:`blocgraph.config.Settings` works it out, without loading pydantic-settings.

``blocgraph bodies`` and ``members`` need two settings of the nineteen; pydantic-settings and
the settings class cost ~0.1 s of CPU beyond the pydantic that typer loads anyway to convert a
command's arguments (``bench/startup-results.md``). ``tests/test_location.py`` holds this
reading to the settings' own, environment by environment.

Example:
    >>> store_location(Path("/srv/blocgraph")).store   # --store; else BLOCGRAPH_STORE
    PosixPath('/srv/blocgraph')
    >>> store_location(endpoint="http://localhost:7878/query").endpoint
    'http://localhost:7878/query'
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from blocgraph._constants import PROJECT_ROOT

_PREFIX = "blocgraph_"


@dataclass(frozen=True, slots=True)
class StoreLocation:
    """The ``store`` and ``endpoint`` settings, nothing else."""

    store: Path
    endpoint: str | None = None


def store_location(store: Path | None = None, endpoint: str | None = None) -> StoreLocation:
    """``--store`` and ``--endpoint`` where given, else ``BLOCGRAPH_STORE`` and
    ``BLOCGRAPH_ENDPOINT`` (names in any case, as pydantic-settings reads them), else the
    defaults (``var/store`` of the checkout, no endpoint)."""
    # pydantic-settings (case_sensitive=False) lower-cases every variable's name; where two
    # differ only in case, the later one wins
    environment = {name.lower(): value for name, value in os.environ.items()}
    store_text = environment.get(_PREFIX + "store")
    return StoreLocation(
        store=store or (Path(store_text) if store_text is not None else default_store()),
        endpoint=endpoint or environment.get(_PREFIX + "endpoint"),
    )


def default_store() -> Path:
    """The store folder when none is set: ``var/store`` of the checkout."""
    return PROJECT_ROOT / "var" / "store"
