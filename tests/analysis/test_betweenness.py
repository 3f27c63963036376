"""The all-sources numpy Brandes against networkx's own, tie length 1/w (w shared bodies).

The reference is ``networkx.betweenness_centrality(normalized=True)`` with the length of a tie
as an exact fraction 1/w (random graphs), or as the integer L / w with L the lcm of the weights
(the real curated graph: the same betweenness, as scaling every length leaves the shortest
paths unchanged, and fast enough for networkx on ~200 states).
"""

from __future__ import annotations

import math
from datetime import date
from fractions import Fraction

import networkx as nx
import numpy as np
import pytest

from blocgraph.analysis import MembershipData, load_membership_data, membership_graph
from blocgraph.analysis._betweenness import betweenness_from_weights, comembership_betweenness
from blocgraph.analysis._brokers import _gram, brokers, membership_matrix
from blocgraph.analysis._graph import bodies
from blocgraph.store import Store

TODAY = date(2026, 12, 3)


def _random_weights(rng: np.random.Generator, n: int, density: float, top: int) -> np.ndarray:
    """A symmetric matrix of tie weights 1..top-1 (0 = no tie), zero diagonal."""
    weights = rng.integers(1, top, size=(n, n)) * (rng.random((n, n)) < density)
    upper = np.triu(weights, 1)
    symmetric: np.ndarray = upper + upper.T
    return symmetric


def _reference(weights: np.ndarray, length: str) -> np.ndarray:
    """networkx's normalized betweenness; a tie's length 1/w as a Fraction or as lcm / w."""
    n = weights.shape[0]
    network = nx.Graph()
    network.add_nodes_from(range(n))
    tied = np.unique(weights[weights > 0]).tolist()
    scale = math.lcm(*tied) if tied else 1
    for a, b in zip(*np.nonzero(np.triu(weights, 1)), strict=True):
        w = int(weights[a, b])
        tie = Fraction(1, w) if length == "fraction" else scale // w
        network.add_edge(int(a), int(b), length=tie)
    found = nx.betweenness_centrality(network, weight="length", normalized=True)
    return np.array([found[i] for i in range(n)])


@pytest.mark.parametrize("trial", range(24))
def test_random_weighted_graphs_equal_networkx(trial: int) -> None:
    # even trials: weights 1..5 (integer lengths, exact); odd: 1..80, whose lcm overflows int64
    # (float lengths with a tolerance for ties); densities from sparse (disconnected) to full
    rng = np.random.default_rng(trial)
    n = int(rng.integers(3, 36))
    weights = _random_weights(rng, n, float(rng.uniform(0.05, 1.0)), 6 if trial % 2 == 0 else 81)
    expected = _reference(weights, "fraction")
    assert betweenness_from_weights(weights) == pytest.approx(expected, abs=1e-12)


def test_many_equal_paths_are_counted_exactly() -> None:
    # a lattice of unit ties has many shortest paths of equal length between its corners, and
    # weights 2, 3, 6 give ties (1/2 + 1/2 + 1/2 = 1/2 + 1/3 + 1/6 + 1/2 …) in float lengths too
    lattice = nx.convert_node_labels_to_integers(nx.grid_2d_graph(5, 6))
    rng = np.random.default_rng(7)
    weights = np.zeros((30, 30), dtype=np.int64)
    for a, b in lattice.edges:
        weights[a, b] = weights[b, a] = int(rng.choice([2, 3, 6]))
    assert betweenness_from_weights(weights) == pytest.approx(
        _reference(weights, "fraction"), abs=1e-12
    )
    # shortcuts of prime weights: their lcm overflows int64, so lengths become floats
    for (a, b), prime in zip(
        ((0, 29), (1, 28), (4, 25), (5, 24), (2, 27)), (101, 103, 107, 109, 113), strict=True
    ):
        weights[a, b] = weights[b, a] = prime
    for (a, b), prime in zip(
        ((3, 26), (6, 23), (7, 22), (8, 21)), (127, 131, 137, 139), strict=True
    ):
        weights[a, b] = weights[b, a] = prime
    assert betweenness_from_weights(weights) == pytest.approx(
        _reference(weights, "fraction"), abs=1e-12
    )


def test_unreachable_pairs_and_isolated_states_count_nothing() -> None:
    # two components (a path a-b-c and a tie d-e) and an isolated f: only b lies between two
    weights = np.zeros((6, 6), dtype=np.int64)
    for a, b, w in ((0, 1, 1), (1, 2, 2), (3, 4, 5)):
        weights[a, b] = weights[b, a] = w
    assert betweenness_from_weights(weights).tolist() == [0, 2 / 20, 0, 0, 0, 0]


def test_named_graph_entry_point() -> None:
    network = nx.Graph()
    network.add_edge("a", "b", weight=2)
    network.add_edge("b", "c", weight=1)
    network.add_edge("a", "c", weight=1)  # a–c direct (length 1) beats a–b–c (1/2 + 1)
    network.add_edge("c", "d", weight=3)
    found = comembership_betweenness(network)
    expected = nx.betweenness_centrality(
        nx.Graph((a, b, {"length": Fraction(1, w)}) for a, b, w in network.edges(data="weight")),
        weight="length",
    )
    assert found == pytest.approx(expected, abs=1e-12)


def test_popcount_gram_equals_the_matrix_product() -> None:
    rng = np.random.default_rng(11)
    for rows, columns in ((1, 1), (7, 64), (40, 65), (199, 660)):
        matrix = (rng.random((rows, columns)) < 0.2).astype(np.int64)
        assert np.array_equal(_gram(matrix), matrix @ matrix.T)
        assert np.array_equal(_gram(matrix.T), matrix.T @ matrix)


@pytest.fixture(scope="module")
def curated(store: Store) -> MembershipData:
    """The curated layer, as the analytics read it."""
    return load_membership_data(store)


def test_curated_graph_with_every_body_equals_networkx(curated: MembershipData) -> None:
    # every body, the UN included: nearly every state is tied to every other
    graph = membership_graph(curated, TODAY)
    states, matrix = membership_matrix(graph, bodies(graph))
    shared = matrix @ matrix.T
    np.fill_diagonal(shared, 0)
    assert len(states) > 150 and (shared > 0).mean() > 0.9
    expected = dict(zip(states, _reference(shared, "lcm").tolist(), strict=True))
    found = {b.state: b.betweenness for b in brokers(graph, top=None)}
    assert set(found) == set(expected)
    for state, value in found.items():
        assert value == pytest.approx(expected[state], abs=1e-12), state
    assert max(found.values()) > 0
