"""Curated reference data: read and check ``data/``, and turn it into RDF.

Example:
    >>> from blocgraph.config import get_settings
    >>> from blocgraph.reference import load_reference, reference_graph
    >>> ref = load_reference(get_settings().data_dir)
    >>> len(reference_graph(ref)) > 10_000
    True
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from blocgraph._dates import PartialDate
from blocgraph.reference._errors import DataError, DataProblem
from blocgraph.reference._load import load_reference
from blocgraph.reference._model import (
    ROLES,
    TIERS,
    Body,
    Membership,
    ReferenceData,
    Source,
    State,
)
from blocgraph.reference._relations_load import load_relations
from blocgraph.reference._relations_model import (
    EVENTS,
    PROMISES,
    Citation,
    Obligation,
    Partnership,
    RelationsData,
    Treaty,
    TreatyEvent,
)
from blocgraph.reference._report import SourceFigures, source_report

# The RDF builders import rdflib; they load on first use, so that reading the data (and the
# CLI's lookups, which need only PartialDate) start without it (tests/test_cli_startup.py).
if TYPE_CHECKING:
    from blocgraph.reference._rdf import reference_graph
    from blocgraph.reference._relations_rdf import relations_graph

_LAZY = {
    "reference_graph": "blocgraph.reference._rdf",
    "relations_graph": "blocgraph.reference._relations_rdf",
}


def __getattr__(name: str) -> Any:
    """``reference_graph`` and ``relations_graph``, imported when first asked for."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


__all__ = [
    "EVENTS",
    "PROMISES",
    "ROLES",
    "TIERS",
    "Body",
    "Citation",
    "DataError",
    "DataProblem",
    "Membership",
    "Obligation",
    "PartialDate",
    "Partnership",
    "ReferenceData",
    "RelationsData",
    "Source",
    "SourceFigures",
    "State",
    "Treaty",
    "TreatyEvent",
    "load_reference",
    "load_relations",
    "reference_graph",
    "relations_graph",
    "source_report",
]
