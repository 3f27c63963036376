"""How many civilizations a body's members span, under a chosen scheme (Shannon entropy)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import networkx as nx

from blocgraph.analysis._graph import bodies as all_bodies
from blocgraph.analysis._graph import members


@dataclass(frozen=True, slots=True)
class CivilizationSpan:
    """A body's members by civilization."""

    body: str
    members: int
    civilizations: dict[str, int]
    distinct: int
    entropy: float
    """Shannon entropy in bits over members with a civilization under the scheme"""
    unassigned: tuple[str, ...]


def shannon_entropy(counts: Sequence[int]) -> float:
    """Entropy in bits of a distribution given by counts.

    Example:
        >>> shannon_entropy([1, 1])
        1.0
    """
    total = sum(counts)
    return -sum(c / total * math.log2(c / total) for c in counts if c) + 0.0 if total else 0.0


def civilizational_span(
    graph: nx.Graph, assignment: Mapping[str, str], chosen: Sequence[str] | None = None
) -> list[CivilizationSpan]:
    """Per body: its members' civilizations (``assignment``: state → civilization), how many
    distinct, and the entropy — most diverse first."""
    out = []
    for body in list(chosen) if chosen is not None else all_bodies(graph):
        states = members(graph, body)
        counts = Counter(assignment[s] for s in states if s in assignment)
        out.append(
            CivilizationSpan(
                body,
                len(states),
                dict(sorted(counts.items())),
                len(counts),
                round(shannon_entropy(list(counts.values())), 6),
                tuple(sorted(s for s in states if s not in assignment)),
            )
        )
    return sorted(out, key=lambda s: (-s.entropy, s.body))
