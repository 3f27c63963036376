"""Overlaps between bodies: shared members, Jaccard, overlap coefficient, exclusive
intersections, and the state–state co-membership network."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

import networkx as nx

from blocgraph.analysis._graph import members


@dataclass(frozen=True, slots=True)
class PairOverlap:
    """Two bodies and what they share."""

    a: str
    b: str
    shared: int
    jaccard: float
    overlap_coefficient: float
    shared_states: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Intersection:
    """The states that belong to exactly this combination of the chosen bodies."""

    bodies: tuple[str, ...]
    states: tuple[str, ...]


def pairwise_overlaps(graph: nx.Graph, chosen: Sequence[str]) -> list[PairOverlap]:
    """Every pair of ``chosen`` bodies with shared count, Jaccard and overlap coefficient.

    Jaccard = |A∩B| / |A∪B|; overlap coefficient = |A∩B| / min(|A|, |B|) (0 when either is
    empty).

    Example:
        >>> g = nx.Graph([("A", "x"), ("A", "y"), ("B", "y")])
        >>> kinds = {"x": "state", "y": "state", "A": "body", "B": "body"}
        >>> nx.set_node_attributes(g, kinds, "kind")
        >>> p = pairwise_overlaps(g, ["A", "B"])[0]
        >>> (p.shared, p.jaccard, p.overlap_coefficient)
        (1, 0.5, 1.0)
    """
    sets = {body: members(graph, body) for body in chosen}
    out = []
    for a, b in combinations(chosen, 2):
        shared = sets[a] & sets[b]
        union = sets[a] | sets[b]
        smaller = min(len(sets[a]), len(sets[b]))
        out.append(
            PairOverlap(
                a,
                b,
                len(shared),
                len(shared) / len(union) if union else 0.0,
                len(shared) / smaller if smaller else 0.0,
                tuple(sorted(shared)),
            )
        )
    return out


def exclusive_intersections(graph: nx.Graph, chosen: Sequence[str]) -> list[Intersection]:
    """UpSet-style table: each combination of ``chosen`` bodies with the states that belong to
    exactly those bodies (among the chosen) — largest first.
    """
    combos: dict[tuple[str, ...], list[str]] = {}
    sets = {body: members(graph, body) for body in chosen}
    for state in sorted(set().union(*sets.values()) if sets else set()):
        key = tuple(body for body in chosen if state in sets[body])
        combos.setdefault(key, []).append(state)
    return sorted(
        (Intersection(k, tuple(v)) for k, v in combos.items()),
        key=lambda i: (-len(i.states), len(i.bodies), i.bodies),
    )


def co_membership(graph: nx.Graph, chosen: Sequence[str] | None = None) -> nx.Graph:
    """States linked when they share a body; ``weight`` = how many of the bodies they share.

    Parameters:
        chosen: bodies to count (default: every body in the graph).
    """
    bodies = (
        list(chosen)
        if chosen is not None
        else [n for n, kind in graph.nodes(data="kind") if kind == "body"]
    )
    network = nx.Graph()
    for body in bodies:
        states = sorted(members(graph, body))
        network.add_nodes_from(states)
        for a, b in combinations(states, 2):
            if network.has_edge(a, b):
                network[a][b]["weight"] += 1
                network[a][b]["bodies"].append(body)
            else:
                network.add_edge(a, b, weight=1, bodies=[body])
    return network
