"""Who bridges bodies (betweenness in the co-membership network), and communities of bodies."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

import networkx as nx

from blocgraph.analysis._graph import bodies as all_bodies
from blocgraph.analysis._graph import members
from blocgraph.analysis._overlap import co_membership

#: The bodies the seed text names.
SEED_BODIES: tuple[str, ...] = ("CIS", "EAEU", "CSTO", "SCO", "ASEAN", "OSCE")


@dataclass(frozen=True, slots=True)
class Broker:
    """A state's position between bodies."""

    state: str
    betweenness: float
    bodies: int
    seed_bodies: int
    """how many of the seed's six bodies it sits in"""


def brokers(
    graph: nx.Graph,
    chosen: Sequence[str] | None = None,
    seed: Sequence[str] = SEED_BODIES,
    top: int | None = 20,
) -> list[Broker]:
    """States ranked by betweenness in the co-membership network of ``chosen`` bodies.

    The network links two states sharing a body; a tie of weight w (w shared bodies) has length
    1/w, so paths prefer strong ties. Betweenness is normalized.
    """
    picked = list(chosen) if chosen is not None else all_bodies(graph)
    network = co_membership(graph, picked)
    for _a, _b, attributes in network.edges(data=True):
        attributes["distance"] = 1.0 / attributes["weight"]
    centrality = nx.betweenness_centrality(network, weight="distance", normalized=True)
    counts = {state: sum(1 for b in picked if state in members(graph, b)) for state in network}
    seeded = {state: sum(1 for b in seed if state in members(graph, b)) for state in network}
    ranked = sorted(network.nodes, key=lambda s: (-centrality[s], -counts[s], s))
    return [Broker(s, centrality[s], counts[s], seeded[s]) for s in ranked[:top]]


def body_network(graph: nx.Graph, chosen: Sequence[str] | None = None) -> nx.Graph:
    """Bodies linked by shared members; ``weight`` = Jaccard of their member sets."""
    picked = list(chosen) if chosen is not None else all_bodies(graph)
    network = nx.Graph()
    sets = {b: members(graph, b) for b in picked}
    network.add_nodes_from(b for b in picked if sets[b])
    for a, b in combinations(picked, 2):
        shared = sets[a] & sets[b]
        if shared:
            network.add_edge(a, b, weight=len(shared) / len(sets[a] | sets[b]), shared=len(shared))
    return network


def body_communities(
    graph: nx.Graph,
    chosen: Sequence[str] | None = None,
) -> list[tuple[str, ...]]:
    """Communities of bodies by shared members (Louvain on Jaccard weights, fixed seed)."""
    network = body_network(graph, chosen)
    if network.number_of_edges() == 0:
        return [(node,) for node in sorted(network.nodes)]
    found = nx.community.louvain_communities(network, weight="weight", seed=1996)
    return sorted((tuple(sorted(c)) for c in found), key=lambda c: (-len(c), c))
