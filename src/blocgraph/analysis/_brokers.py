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


Membership = tuple[list[str], np.ndarray]
"""States (sorted) and their state × body 0/1 matrix, from :func:`membership_matrix`."""


def membership_matrix(graph: nx.Graph, chosen: Sequence[str]) -> Membership:
    """States (sorted) and their state × body 0/1 matrix over ``chosen`` bodies."""
    sets = [members(graph, b) for b in chosen]
    states = sorted(set().union(*sets)) if sets else []
    index = {s: i for i, s in enumerate(states)}
    matrix = np.zeros((len(states), len(chosen)), dtype=np.int64)
    for column, states_of_body in enumerate(sets):
        matrix[[index[s] for s in states_of_body], column] = 1
    return states, matrix


def _gram(matrix: np.ndarray) -> np.ndarray:
    """``matrix @ matrix.T`` of a 0/1 matrix: rows packed into 64-bit words, pairs counted with
    popcounts (exact; numpy's integer matmul is slow and float BLAS threads stall on a loaded
    machine)."""
    bits = np.packbits(matrix.astype(bool), axis=1)
    bits = np.pad(bits, ((0, 0), (0, -bits.shape[1] % 8)))
    words = np.ascontiguousarray(bits).view(np.uint64)
    counts = np.zeros((words.shape[0], words.shape[0]), dtype=np.int64)
    for column in words.T:
        counts += np.bitwise_count(column[:, None] & column[None, :])
    return counts


def brokers(
    graph: nx.Graph,
    chosen: Sequence[str] | None = None,
    seed: Sequence[str] = SEED_BODIES,
    top: int | None = 20,
    *,
    membership: Membership | None = None,
) -> list[Broker]:
    """States ranked by betweenness in the co-membership network of ``chosen`` bodies.

    The network links two states sharing a body; a tie of weight w (w shared bodies) has length
    1/w, so paths prefer strong ties. Betweenness is normalized and exact
    (:func:`betweenness_from_weights`). ``membership``: the :func:`membership_matrix` of
    ``chosen`` when the caller has it already.
    """
    picked = list(chosen) if chosen is not None else all_bodies(graph)
    states, matrix = membership or membership_matrix(graph, picked)
    shared = _gram(matrix)
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
    graph: nx.Graph,
    chosen: Sequence[str] | None = None,
    neighbours: int | None = None,
    *,
    membership: Membership | None = None,
) -> nx.Graph:
    """Bodies linked by shared members; ``weight`` = Jaccard of their member sets.

    With ``neighbours`` = k, each body keeps only its k most similar bodies (a k-nearest-
    neighbour graph), which keeps community detection fast on hundreds of bodies. Edges are
    added body by body, each body's in order of index (or of similarity, when cut to k).
    """
    picked = list(chosen) if chosen is not None else all_bodies(graph)
    _states, matrix = membership or membership_matrix(graph, picked)
    shared = _gram(matrix.T)
    sizes = np.diag(shared)
    union = sizes[:, None] + sizes[None, :] - shared
    jaccard = np.divide(shared, union, out=np.zeros(shared.shape), where=union > 0)
    np.fill_diagonal(jaccard, 0)
    kept, cut = _kept(jaccard, neighbours)
    first, second = np.nonzero(kept)
    # a cut body's ties from the most similar down, the others' in order of index
    similarity = np.where(cut[first], -jaccard[first, second], 0.0)
    ordered = np.lexsort((second, similarity, first))
    first, second = first[ordered], second[ordered]
    edges = zip(
        [picked[i] for i in first.tolist()],
        [picked[j] for j in second.tolist()],
        jaccard[first, second].tolist(),
        shared[first, second].tolist(),
        strict=True,
    )
    network = nx.Graph()
    network.add_nodes_from(b for i, b in enumerate(picked) if sizes[i])
    network.add_edges_from((a, b, {"weight": w, "shared": n}) for a, b, w, n in edges)
    return network


def _kept(jaccard: np.ndarray, neighbours: int | None) -> tuple[np.ndarray, np.ndarray]:
    """Which ties each body keeps: all (jaccard > 0), or its ``neighbours`` most similar
    (ties at the cut broken by index, as a stable sort by decreasing similarity would); and
    which bodies were cut so."""
    tied = jaccard > 0
    if neighbours is None:
        return tied, np.zeros(len(tied), dtype=bool)
    cut = tied.sum(axis=1) > neighbours
    rows = jaccard[cut]
    kth = -np.partition(-rows, neighbours - 1, axis=1)[:, neighbours - 1, None]
    above = rows > kth
    at = rows == kth
    room = neighbours - above.sum(axis=1, keepdims=True)
    tied[cut] = above | (at & (np.cumsum(at, axis=1) <= room))
    return tied, cut


def body_communities(
    graph: nx.Graph,
    chosen: Sequence[str] | None = None,
    *,
    membership: Membership | None = None,
) -> list[tuple[str, ...]]:
    """Communities of bodies by shared members (Louvain on Jaccard weights, fixed seed; on more
    than 100 bodies, over each body's 10 most similar bodies)."""
    picked = list(chosen) if chosen is not None else all_bodies(graph)
    k = 10 if len(picked) > 100 else None
    network = body_network(graph, picked, neighbours=k, membership=membership)
    if network.number_of_edges() == 0:
        return [(node,) for node in sorted(network.nodes)]
    found = nx.community.louvain_communities(network, weight="weight", seed=1996)
    return sorted((tuple(sorted(c)) for c in found), key=lambda c: (-len(c), c))
