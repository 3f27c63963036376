"""Text in, linked mentions and attributed statements out (see ``docs/extraction.md``).

>>> from pathlib import Path
>>> from blocgraph.extract import Extractor
>>> extractor = Extractor.from_data(Path("data"))
>>> extraction = extractor.extract("Uzbekistan withdrew from the CSTO in 2012.")
>>> [(s.subject, s.predicate, s.object, s.asserted_by) for s in extraction.statements]
[('UZB', 'left', 'CSTO', 'author')]
"""

from __future__ import annotations

from blocgraph.extract._check import Check, check_extraction, document_day
from blocgraph.extract._corpus import (
    Skipped,
    UnreadableText,
    decode_text,
    extract_files,
    input_files,
    read_text,
)
from blocgraph.extract._extractor import Extractor
from blocgraph.extract._model import (
    AUTHOR,
    ENTITY_TYPES,
    PREDICATES,
    EntityType,
    Extraction,
    Mention,
    Predicate,
    Statement,
    document_iri,
)
from blocgraph.extract._rdf import (
    RDF_FORMATS,
    entity_iri,
    extraction_graph,
    extractions_dataset,
    serialize,
    write_nquads,
)

__all__ = [
    "AUTHOR",
    "ENTITY_TYPES",
    "PREDICATES",
    "RDF_FORMATS",
    "Check",
    "EntityType",
    "Extraction",
    "Extractor",
    "Mention",
    "Predicate",
    "Skipped",
    "Statement",
    "UnreadableText",
    "check_extraction",
    "decode_text",
    "document_day",
    "document_iri",
    "entity_iri",
    "extract_files",
    "extraction_graph",
    "extractions_dataset",
    "input_files",
    "read_text",
    "serialize",
    "write_nquads",
]
