"""Who bridges bodies (betweenness in the co-membership network), and communities of bodies."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import networkx as nx
import numpy as np

from blocgraph.analysis._betweenness import betweenness_from_weights
from blocgraph.analysis._graph import bodies as all_bodies
from blocgraph.analysis._graph import members

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


def membership_matrix(graph: nx.Graph, chosen: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """States (sorted) and their state × body 0/1 matrix over ``chosen`` bodies."""
    sets = [members(graph, b) for b in chosen]
    states = sorted(set().union(*sets)) if sets else []
    index = {s: i for i, s in enumerate(states)}
    matrix = np.zeros((len(states), len(chosen)), dtype=np.int64)
    for column, states_of_body in enumerate(sets):
        matrix[[index[s] for s in states_of_body], column] = 1
    return states, matrix


def brokers(
    graph: nx.Graph,
    chosen: Sequence[str] | None = None,
    seed: Sequence[str] = SEED_BODIES,
    top: int | None = 20,
) -> list[Broker]:
    """States ranked by betweenness in the co-membership network of ``chosen`` bodies.

    The network links two states sharing a body; a tie of weight w (w shared bodies) has length
    1/w, so paths prefer strong ties. Betweenness is normalized and exact
    (:func:`betweenness_from_weights`).
    """
    picked = list(chosen) if chosen is not None else all_bodies(graph)
    states, matrix = membership_matrix(graph, picked)
    shared = matrix @ matrix.T
    np.fill_diagonal(shared, 0)
    centrality = betweenness_from_weights(shared)
    counts = matrix.sum(axis=1)
    seed_columns = [i for i, b in enumerate(picked) if b in set(seed)]
    seed_counts = matrix[:, seed_columns].sum(axis=1) if seed_columns else np.zeros(len(states))
    ranked = sorted(range(len(states)), key=lambda i: (-centrality[i], -counts[i], states[i]))
    return [
        Broker(states[i], float(centrality[i]), int(counts[i]), int(seed_counts[i]))
        for i in ranked[:top]
    ]


def body_network(
    graph: nx.Graph, chosen: Sequence[str] | None = None, neighbours: int | None = None
) -> nx.Graph:
    """Bodies linked by shared members; ``weight`` = Jaccard of their member sets.

    With ``neighbours`` = k, each body keeps only its k most similar bodies (a k-nearest-
    neighbour graph), which keeps community detection fast on hundreds of bodies.
    """
    picked = list(chosen) if chosen is not None else all_bodies(graph)
    _states, matrix = membership_matrix(graph, picked)
    shared = matrix.T @ matrix
    sizes = np.diag(shared)
    union = sizes[:, None] + sizes[None, :] - shared
    jaccard = np.divide(shared, union, out=np.zeros(shared.shape), where=union > 0)
    np.fill_diagonal(jaccard, 0)
    network = nx.Graph()
    network.add_nodes_from(b for i, b in enumerate(picked) if sizes[i])
    for i in range(len(picked)):
        row = np.flatnonzero(jaccard[i])
        if neighbours is not None and len(row) > neighbours:
            row = row[np.argsort(-jaccard[i, row], kind="stable")[:neighbours]]
        for j in row:
            network.add_edge(
                picked[i], picked[j], weight=float(jaccard[i, j]), shared=int(shared[i, j])
            )
    return network


def body_communities(
    graph: nx.Graph,
    chosen: Sequence[str] | None = None,
) -> list[tuple[str, ...]]:
    """Communities of bodies by shared members (Louvain on Jaccard weights, fixed seed; on more
    than 100 bodies, over each body's 10 most similar bodies)."""
    picked = list(chosen) if chosen is not None else all_bodies(graph)
    network = body_network(graph, picked, neighbours=10 if len(picked) > 100 else None)
    if network.number_of_edges() == 0:
        return [(node,) for node in sorted(network.nodes)]
    found = nx.community.louvain_communities(network, weight="weight", seed=1996)
    return sorted((tuple(sorted(c)) for c in found), key=lambda c: (-len(c), c))
