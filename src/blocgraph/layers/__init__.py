"""The layers beneath the curated facts: the final CIA World Factbook (2026-01) and the Correlates
of War IGO data v3 (1815-2014), plus one catalogue of every organisation the three know.

Each layer is its own named graph (``vocab.LAYER_GRAPHS``) with its provenance; nothing here
becomes a curated fact. Files: ``data/layers/`` (see the README beside each).

Example:
    >>> from blocgraph.config import PROJECT_ROOT
    >>> layers = read_layers(PROJECT_ROOT / "data")                       # doctest: +SKIP
    >>> sum(1 for s in layers.spells if s.layer == "cow-igo-v3") > 18000  # doctest: +SKIP
    True
"""

from __future__ import annotations

from blocgraph.layers._rdf import catalogue_ntriples, layer_ntriples, spell_iri
from blocgraph.layers._read import (
    COW_LAST_YEAR,
    FACTBOOK_OBSERVED,
    CatalogueEntry,
    LayerData,
    ObservedSpell,
    read_layers,
)

__all__ = [
    "COW_LAST_YEAR",
    "FACTBOOK_OBSERVED",
    "CatalogueEntry",
    "LayerData",
    "ObservedSpell",
    "catalogue_ntriples",
    "layer_ntriples",
    "read_layers",
    "spell_iri",
]
