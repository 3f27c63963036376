"""Curated reference data: read and check ``data/``, and turn it into RDF.

Example:
    >>> from blocgraph.config import get_settings
    >>> from blocgraph.reference import load_reference, reference_graph
    >>> ref = load_reference(get_settings().data_dir)
    >>> len(reference_graph(ref)) > 10_000
    True
"""

from __future__ import annotations

from blocgraph.reference._dates import PartialDate
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
from blocgraph.reference._rdf import reference_graph
from blocgraph.reference._report import SourceFigures, source_report

__all__ = [
    "ROLES",
    "TIERS",
    "Body",
    "DataError",
    "DataProblem",
    "Membership",
    "PartialDate",
    "ReferenceData",
    "Source",
    "SourceFigures",
    "State",
    "load_reference",
    "reference_graph",
    "source_report",
]
