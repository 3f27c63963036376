"""The bulk-built graphs equal the one-call-per-item construction they replaced, down to the
order of nodes and neighbours (which Louvain's fixed-seed answer depends on).

The references here are the plain loops: one ``add_node``/``add_edge`` per spell, one Jaccard
per pair of bodies from their member sets.
"""

from __future__ import annotations

from datetime import date

import networkx as nx
import pytest

from blocgraph.analysis import MembershipData, load_membership_data, membership_graph
from blocgraph.analysis._brokers import body_network
from blocgraph.analysis._graph import DEFAULT_ROLES, bodies, members
from blocgraph.store import Store


@pytest.fixture(scope="module")
def curated(store: Store) -> MembershipData:
    """The curated layer, as the analytics read it."""
    return load_membership_data(store)


def _graph_one_by_one(data: MembershipData, day: date, roles: tuple[str, ...]) -> nx.Graph:
    graph = nx.Graph()
    graph.add_nodes_from(data.body_names, kind="body", bipartite=1)
    for spell in data.spells:
        if spell.role in roles and spell.start <= day and (spell.end is None or spell.end > day):
            graph.add_node(spell.state, kind="state", bipartite=0)
            graph.add_node(spell.body, kind="body", bipartite=1)
            graph.add_edge(spell.body, spell.state, role=spell.role)
    return graph


def _same(a: nx.Graph, b: nx.Graph) -> bool:
    """Same nodes, attributes, edges and neighbour order."""
    return (
        list(a.nodes(data=True)) == list(b.nodes(data=True))
        and list(a.edges(data=True)) == list(b.edges(data=True))
        and all(list(a.adj[n]) == list(b.adj[n]) for n in a)
    )


@pytest.mark.parametrize("day", [date(1995, 1, 1), date(2024, 8, 1), date(2026, 12, 3)], ids=str)
@pytest.mark.parametrize("roles", [DEFAULT_ROLES, ("member", "observer", "partner")], ids=str)
def test_membership_graph_equals_one_spell_at_a_time(
    curated: MembershipData, day: date, roles: tuple[str, ...]
) -> None:
    built = membership_graph(curated, day, roles)
    assert built.number_of_edges() > 100
    assert _same(built, _graph_one_by_one(curated, day, roles))


def _network_pair_by_pair(graph: nx.Graph, picked: list[str], neighbours: int | None) -> nx.Graph:
    sets = [members(graph, b) for b in picked]
    network = nx.Graph()
    network.add_nodes_from(b for b, s in zip(picked, sets, strict=True) if s)
    for i, first in enumerate(sets):
        similar = []
        for j, second in enumerate(sets):
            if i != j and first & second:
                similar.append((len(first & second) / len(first | second), j))
        if neighbours is not None and len(similar) > neighbours:
            similar = sorted(similar, key=lambda pair: -pair[0])[:neighbours]  # stable
        for jaccard, j in similar:
            shared = len(first & sets[j])
            network.add_edge(picked[i], picked[j], weight=jaccard, shared=shared)
    return network


@pytest.mark.parametrize("neighbours", [None, 10, 3])
def test_body_network_equals_pair_by_pair(curated: MembershipData, neighbours: int | None) -> None:
    graph = membership_graph(curated, date(2026, 12, 3))
    picked = bodies(graph)
    built = body_network(graph, picked, neighbours=neighbours)
    assert built.number_of_edges() > 20
    assert _same(built, _network_pair_by_pair(graph, picked, neighbours))
