"""Betweenness in a co-membership network, exactly and fast (numpy, all pairs at once).

A tie of weight w (w shared bodies) has length 1/w. With every state in the UN, the network is
nearly complete, and networkx's Brandes takes seconds on 200 states; here lengths are scaled to
integers (L / w, L = lcm(1..max w)) so equal path lengths compare exactly, all-pairs distances
come from Floyd–Warshall, path counts from the shortest-path DAG, all in array operations.
The result equals ``networkx.betweenness_centrality(g, weight=1/w, normalized=True)``.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

_BLOCK = 32


def comembership_betweenness(network: nx.Graph, weight: str = "weight") -> dict[str, float]:
    """Normalized betweenness of every node; edge length = 1 / ``weight`` (a positive int).

    Example:
        >>> g = nx.Graph([("a", "b", {"weight": 1}), ("b", "c", {"weight": 1})])
        >>> comembership_betweenness(g)["b"]
        1.0
    """
    nodes = sorted(network.nodes)
    index = {node: i for i, node in enumerate(nodes)}
    weights = np.zeros((len(nodes), len(nodes)), dtype=np.int64)
    for a, b, data in network.edges(data=True):
        weights[index[a], index[b]] = weights[index[b], index[a]] = int(data.get(weight, 1))
    return dict(zip(nodes, betweenness_from_weights(weights).tolist(), strict=True))


def betweenness_from_weights(weights: np.ndarray) -> np.ndarray:
    """Normalized betweenness from a symmetric matrix of positive integer tie weights (0 = no
    tie); the length of a tie is 1 / weight."""
    n = weights.shape[0]
    if n < 3:
        return np.zeros(n)
    tied = weights > 0
    scale = math.lcm(*(int(w) for w in np.unique(weights[tied])))
    if scale * n < 2**60:  # exact: integer lengths, equal paths compare equal
        infinity: float = float(np.iinfo(np.int64).max // 4)
        lengths = np.full((n, n), np.iinfo(np.int64).max // 4, dtype=np.int64)
        lengths[tied] = scale // weights[tied]
    else:  # too many distinct weights for int64: float lengths, ties within 1e-12
        infinity = np.inf
        lengths = np.full((n, n), np.inf)
        lengths[tied] = 1.0 / weights[tied]
    np.fill_diagonal(lengths, 0)
    distance = lengths.copy()
    for k in range(n):
        np.minimum(distance, distance[:, k, None] + distance[None, k, :], out=distance)
    reachable = distance < infinity
    paths = _path_counts(distance, lengths, reachable, infinity)
    raw = np.zeros(n)
    off_diagonal = ~np.eye(n, dtype=bool) & reachable
    for v in range(n):
        through = _equal(distance[:, v, None] + distance[None, v, :], distance) & off_diagonal
        through[v, :] = False
        through[:, v] = False
        if through.any():
            ratio = np.outer(paths[:, v], paths[v, :])[through] / paths[through]
            raw[v] = float(ratio.sum())
    normalized: np.ndarray = raw / ((n - 1) * (n - 2))
    return normalized


def _path_counts(
    distance: np.ndarray, lengths: np.ndarray, reachable: np.ndarray, infinity: float
) -> np.ndarray:
    """Number of shortest paths between every pair (sources processed in blocks)."""
    n = distance.shape[0]
    counts = np.zeros((n, n))
    edge = (lengths < infinity) & ~np.eye(n, dtype=bool)
    for start in range(0, n, _BLOCK):
        block = slice(start, min(start + _BLOCK, n))
        d = distance[block]
        # on_path[s, u, v]: the edge u–v lies on a shortest path from s to v
        on_path = _equal(d[:, :, None] + lengths[None, :, :], d[:, None, :]) & edge[None]
        on_path &= reachable[block][:, :, None]
        sigma = np.eye(n)[block]
        for _ in range(n):
            updated = np.eye(n)[block] + np.einsum("su,suv->sv", sigma, on_path)
            if np.array_equal(updated, sigma):
                break
            sigma = updated
        counts[block] = sigma
    return counts


def _equal(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Exact equality for integer lengths, a relative 1e-12 tolerance for float ones."""
    if np.issubdtype(a.dtype, np.integer):
        result: np.ndarray = a == b
        return result
    close: np.ndarray = np.isclose(a, b, rtol=1e-12, atol=0.0) & np.isfinite(b)
    return close
