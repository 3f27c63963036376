"""The quick commands' store location agrees with the settings, environment by environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from blocgraph._location import store_location
from blocgraph.config import Settings


@pytest.mark.parametrize(
    "environment",
    [
        {},
        {"BLOCGRAPH_STORE": "/srv/blocgraph/store"},
        {"BLOCGRAPH_STORE": "relative/store"},
        {"blocgraph_store": "/lower/case"},
        {"BlocGraph_Store": "/mixed/case", "BLOCGRAPH_ENDPOINT": "http://localhost:7878/query"},
        {"BLOCGRAPH_STORE": ""},
        {"BLOCGRAPH_ENDPOINT": ""},
        {"BLOCGRAPH_ENDPOINT": "https://query.example.org/sparql"},
        {"BLOCGRAPH_STOREX": "/not/this", "XBLOCGRAPH_STORE": "/nor/this"},
    ],
)
def test_read_as_the_settings_read_it(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str]
) -> None:
    for name in ("BLOCGRAPH_STORE", "BLOCGRAPH_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    settings = Settings()
    location = store_location()
    assert (location.store, location.endpoint) == (settings.store, settings.endpoint)


def test_options_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BLOCGRAPH_STORE", "/from/env")
    monkeypatch.setenv("BLOCGRAPH_ENDPOINT", "http://env/sparql")
    location = store_location(Path("/from/option"), "http://option/sparql")
    assert location.store == Path("/from/option")
    assert location.endpoint == "http://option/sparql"
