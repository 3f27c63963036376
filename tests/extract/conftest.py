"""Fixtures of the extraction tests: one real extractor per test module."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from tests.extract._sentences import make_extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """The real extractor over the shipped data and models, built once per module."""
    return make_extractor()
