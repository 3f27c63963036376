"""blocgraph: a knowledge graph of international organisations and the states they link.

The package is laid out as the data flows (see DESIGN.md): ``reference`` reads the curated data,
``build`` writes it and the ontology into the ``store``, ``validate`` checks it with SHACL,
``lookup`` answers "which bodies include X" and "who is in Y", and ``cli`` prints.
"""

from __future__ import annotations

__version__ = "0.1.0"
