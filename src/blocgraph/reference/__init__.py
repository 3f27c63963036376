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
from blocgraph.reference._relations_rdf import relations_graph
from blocgraph.reference._report import SourceFigures, source_report

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
