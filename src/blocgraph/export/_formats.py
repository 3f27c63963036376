"""Write membership spells as GraphML, GEXF, CSV or Parquet (bytes in, nothing on disk).

Parquet needs pyarrow, an optional dependency (``pip install 'blocgraph[parquet]'``; ``make
install`` installs it): without it, asking for Parquet raises :class:`ParquetUnavailable`."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date

import networkx as nx

from blocgraph.analysis._data import MembershipData, Spell
from blocgraph.export._relations import RelationEdge, pair_intervals

FORMATS = ("graphml", "gexf", "csv", "parquet")
MEDIA_TYPES = {
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "csv": "text/csv; charset=utf-8",
    "parquet": "application/vnd.apache.parquet",
}
TABLE_FORMATS = ("csv", "parquet")
"""One row per spell: no state–state relations."""
CSV_HEADER = ("state", "state_name", "body", "body_name", "role", "start", "end")
PARQUET_INSTALL = "pip install 'blocgraph[parquet]' (pyarrow)"


class ParquetUnavailable(ImportError):
    """Parquet was asked for and pyarrow is not installed."""

    def __init__(self) -> None:
        super().__init__(f"parquet needs pyarrow, which is not installed: {PARQUET_INSTALL}")


def _spells(data: MembershipData, as_of: date | None, roles: Iterable[str] | None) -> list[Spell]:
    wanted = set(roles) if roles else None
    return sorted(
        (
            s
            for s in data.spells
            if (wanted is None or s.role in wanted) and (as_of is None or s.in_force(as_of))
        ),
        key=lambda s: (s.state, s.body, s.start),
    )


def _node(graph: nx.Graph, data: MembershipData, code: str, kind: str) -> None:
    names = data.body_names if kind == "body" else data.state_names
    graph.add_node(code, label=names.get(code, code), kind=kind)


def _member_kind(data: MembershipData, code: str) -> str:
    return "state" if code in data.state_names else "body"


def _graphml(
    data: MembershipData, spells: list[Spell], relations: Sequence[RelationEdge] = ()
) -> bytes:
    """A multigraph: one edge per spell, with its role and dates ("" while it lasts); one per
    state–state relation, with ``relation``, ``treaty``, ``direction`` and its dates."""
    graph = nx.MultiGraph()
    for spell in spells:
        _node(graph, data, spell.state, _member_kind(data, spell.state))
        _node(graph, data, spell.body, "body")
        graph.add_edge(
            spell.state,
            spell.body,
            role=spell.role,
            start=spell.start.isoformat(),
            end=spell.end.isoformat() if spell.end else "",
        )
    for edge in relations:
        _node(graph, data, edge.source, _member_kind(data, edge.source))
        _node(graph, data, edge.target, _member_kind(data, edge.target))
        graph.add_edge(
            edge.source,
            edge.target,
            relation=edge.relation,
            treaty=edge.treaty,
            direction=edge.direction,
            start=edge.start,
            end=edge.end or "",
        )
    out = io.BytesIO()
    nx.write_graphml(graph, out, encoding="utf-8")
    return out.getvalue()


def _gexf(
    data: MembershipData, spells: list[Spell], relations: Sequence[RelationEdge] = ()
) -> bytes:
    """One edge per state–body pair with its spells as GEXF time intervals and the role as a
    dynamic attribute, so Gephi's timeline shows who was in what, in which role, when; one per
    related pair of states, the kind of relation a dynamic attribute."""
    graph = nx.Graph()
    for spell in spells:
        _node(graph, data, spell.state, _member_kind(data, spell.state))
        _node(graph, data, spell.body, "body")
        start = spell.start.isoformat()
        end = spell.end.isoformat() if spell.end else None
        if not graph.has_edge(spell.state, spell.body):
            graph.add_edge(spell.state, spell.body, spells=[], role=[])
        edge = graph.edges[spell.state, spell.body]
        edge["spells"].append((start, end))
        edge["role"].append((spell.role, start, end))
    pairs: dict[tuple[str, str], list[RelationEdge]] = {}
    for relation in relations:
        pairs.setdefault((relation.source, relation.target), []).append(relation)
    for (source, target), edges in pairs.items():
        _node(graph, data, source, _member_kind(data, source))
        _node(graph, data, target, _member_kind(data, target))
        intervals = pair_intervals(edges)  # one value at a time: Gephi's intervals may not overlap
        graph.add_edge(
            source,
            target,
            spells=[(start, end) for _, start, end in intervals],
            relation=intervals,
        )
    for code in graph.nodes:
        starts = [s for _, _, d in graph.edges(code, data=True) for s, _ in d["spells"]]
        ends = [e for _, _, d in graph.edges(code, data=True) for _, e in d["spells"]]
        graph.nodes[code]["spells"] = [(min(starts), None if None in ends else max(ends))]
    out = io.BytesIO()
    nx.write_gexf(graph, out, encoding="utf-8")
    return out.getvalue()


def _rows(data: MembershipData, spells: list[Spell]) -> list[tuple[str, str, str, str, str]]:
    """Each spell's state, state name, body, body name and role (the member may be a body)."""
    return [
        (
            s.state,
            data.state_names.get(s.state, data.body_names.get(s.state, s.state)),
            s.body,
            data.body_names.get(s.body, s.body),
            s.role,
        )
        for s in spells
    ]


def _csv(data: MembershipData, spells: list[Spell]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for row, s in zip(_rows(data, spells), spells, strict=True):
        writer.writerow((*row, s.start.isoformat(), s.end.isoformat() if s.end else ""))
    return out.getvalue().encode("utf-8")


def require_parquet() -> None:
    """Raise :class:`ParquetUnavailable` unless pyarrow can be imported."""
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise ParquetUnavailable() from None


def _parquet(data: MembershipData, spells: list[Spell]) -> bytes:
    """The CSV's columns, typed: names as strings, ``start`` and ``end`` as dates (``end`` null
    while the spell lasts)."""
    require_parquet()
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = _rows(data, spells)
    columns: dict[str, list[object]] = {
        name: [row[i] for row in rows] for i, name in enumerate(CSV_HEADER[:5])
    }
    columns["start"] = [s.start for s in spells]
    columns["end"] = [s.end for s in spells]
    schema = pa.schema(
        [(name, pa.string()) for name in CSV_HEADER[:5]]
        + [("start", pa.date32()), ("end", pa.date32())]
    )
    out = pa.BufferOutputStream()
    pq.write_table(pa.table(columns, schema=schema), out)
    return bytes(out.getvalue().to_pybytes())


def export(
    data: MembershipData,
    fmt: str,
    as_of: date | None = None,
    roles: Iterable[str] | None = None,
    relations: Sequence[RelationEdge] = (),
) -> bytes:
    """The membership graph in ``fmt`` (one of :data:`FORMATS`).

    Parameters:
        data: from :func:`blocgraph.analysis.load_membership_data`.
        fmt: ``graphml``, ``gexf``, ``csv`` or ``parquet`` (the CSV's rows, typed).
        as_of: only the spells in force that day (default: every spell, past and present).
        roles: only these roles (default: all).
        relations: state–state edges to add (:func:`blocgraph.export.relation_edges`);
            GraphML and GEXF only.

    Raises:
        ValueError: an unknown format, or relations asked of CSV or Parquet.
        ParquetUnavailable: Parquet asked for without pyarrow installed.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt[:40]!r}: use one of {', '.join(FORMATS)}")
    spells = _spells(data, as_of, roles)
    if fmt in TABLE_FORMATS:
        if relations:
            raise ValueError(f"relations go into graphml or gexf; {fmt} is one row per spell")
        return _csv(data, spells) if fmt == "csv" else _parquet(data, spells)
    writer = _graphml if fmt == "graphml" else _gexf
    return writer(data, spells, relations)
