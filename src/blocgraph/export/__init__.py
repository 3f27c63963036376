"""The state–body membership graph for the tools analysts use: GraphML (yEd, Cytoscape,
networkx), GEXF with time intervals (Gephi's timeline plays the membership history), CSV
(pandas, spreadsheets) and Parquet (pandas, polars, DuckDB, Spark; needs pyarrow, the
``parquet`` extra).

Example:
    >>> from datetime import date
    >>> from blocgraph.analysis._data import MembershipData, Spell
    >>> data = MembershipData(
    ...     spells=[Spell("COE", "RUS", "member", date(1996, 2, 28), date(2022, 2, 25))],
    ...     state_names={"RUS": "Russia"}, body_names={"COE": "Council of Europe"})
    >>> print(export(data, "csv").decode().splitlines()[1])
    RUS,Russia,COE,Council of Europe,member,1996-02-28,2022-02-25
    >>> b"<spell" in export(data, "gexf")
    True
"""

from __future__ import annotations

from blocgraph.export._formats import (
    FORMATS,
    MEDIA_TYPES,
    PARQUET_INSTALL,
    TABLE_FORMATS,
    ParquetUnavailable,
    export,
    require_parquet,
)
from blocgraph.export._relations import RelationEdge, relation_edges

__all__ = [
    "FORMATS",
    "MEDIA_TYPES",
    "PARQUET_INSTALL",
    "TABLE_FORMATS",
    "ParquetUnavailable",
    "RelationEdge",
    "export",
    "relation_edges",
    "require_parquet",
]
