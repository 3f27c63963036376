"""Betweenness in a co-membership network, exactly and fast (numpy, every source at once).

A tie of weight w (w shared bodies) has length 1/w. With every state in the UN, the network is
nearly complete, and networkx's Brandes takes seconds on 200 states; here lengths are scaled to
integers (L / w, L = lcm of the weights) so equal path lengths compare exactly, and Brandes'
algorithm runs for all sources together: all-pairs distances from Floyd–Warshall, then one sweep
over the nodes in order of distance from each source (path counts) and one back (dependencies),
each step array operations over every source — O(n³) arithmetic (finding each step's shortest-
path predecessors) in 2n numpy steps; the predecessors are kept as (source, node) index pairs.
The result equals ``networkx.betweenness_centrality(g, weight=1/w, normalized=True)``.
When the lcm of the weights overflows int64 (weights up to ~40 shared bodies already do),
lengths are floats and path lengths within a relative 1e-12 of the shortest count as ties:
weights are counts of shared bodies, far below where 1/w sums could differ by that little.
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx
import numpy as np


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
    np.fill_diagonal(tied, False)
    lengths = _lengths(weights, tied)
    distance = lengths.copy()
    np.fill_diagonal(distance, 0)
    for k in range(n):  # Floyd–Warshall
        np.minimum(distance, distance[:, k, None] + distance[None, k, :], out=distance)
    # order[s, r]: the r-th nearest node to s (s itself first, the unreachable last)
    order = np.argsort(distance, axis=1, kind="stable")
    sources = np.arange(n)
    # shortest[s, r]: the distance from s to order[s, r], made never to match for unreachable
    shortest = _unmatchable(np.take_along_axis(distance, order, axis=1), lengths.dtype)
    # per step, the (source, parent) pairs: few per target, so the sweeps work on short arrays
    steps: list[tuple[np.ndarray, np.ndarray]] = []
    sigma = np.zeros((n, n))
    sigma[sources, sources] = 1.0
    for rank in range(1, n):  # path counts, nearest first (Brandes, every source at once)
        found = _parents(distance, lengths, order[:, rank], shortest[:, rank])
        source, parent = np.divmod(np.flatnonzero(found), n)  # 2-d nonzero is 10× slower
        counts = np.bincount(source, weights=sigma[source, parent], minlength=n)
        sigma[sources, order[:, rank]] = counts
        steps.append((source, parent))
    delta = np.zeros((n, n))
    for rank in range(n - 1, 0, -1):  # dependencies, farthest first
        target = order[:, rank]
        paths = sigma[sources, target]
        share = np.divide(1.0 + delta[sources, target], paths, out=np.zeros(n), where=paths > 0)
        source, parent = steps[rank - 1]
        delta[source, parent] += sigma[source, parent] * share[source]
    delta[sources, sources] = 0.0
    normalized: np.ndarray = delta.sum(axis=0) / ((n - 1) * (n - 2))
    return normalized


#: Float path lengths within this relative distance of the shortest are equal (ties).
_TOLERANCE = 1e-12


def _lengths(weights: np.ndarray, tied: np.ndarray) -> np.ndarray:
    """Tie lengths L / w as integers when L = lcm of the weights is small enough for int64
    (equal path lengths then compare exactly), else 1 / w as floats; "no tie" is a length
    longer than any path (int64 max / 4, or infinity)."""
    n = weights.shape[0]
    scale = math.lcm(*(int(w) for w in np.unique(weights[tied])))
    if scale * n < 2**60:
        lengths = np.full((n, n), np.iinfo(np.int64).max // 4, dtype=np.int64)
        lengths[tied] = scale // weights[tied]
        return lengths
    floats = np.full((n, n), np.inf)
    floats[tied] = 1.0 / weights[tied]
    return floats


def _unmatchable(shortest: np.ndarray, dtype: np.dtype[Any]) -> np.ndarray:
    """Shortest distances with the unreachable ones replaced by a value no sum of lengths
    equals (-1, or NaN for floats), and float ones widened by the tolerance."""
    if np.issubdtype(dtype, np.integer):
        shortest[shortest >= np.iinfo(np.int64).max // 4] = -1
        return shortest
    widened: np.ndarray = np.where(np.isinf(shortest), np.nan, shortest * (1 + _TOLERANCE))
    return widened


def _parents(
    distance: np.ndarray, lengths: np.ndarray, target: np.ndarray, shortest: np.ndarray
) -> np.ndarray:
    """parent[s, u]: u precedes ``target[s]`` on a shortest path from s, i.e. d(s, u) +
    length(u, target) is the shortest distance (exactly for integer lengths; for floats, at
    most the widened shortest distance — never shorter than it but by rounding)."""
    through = distance + lengths[target]  # lengths is symmetric: row t = column t
    if np.issubdtype(lengths.dtype, np.integer):
        equal: np.ndarray = through == shortest[:, None]
        return equal
    close: np.ndarray = through <= shortest[:, None]
    return close
