"""The bipartite state–body graph as of a date, and the regions a continent is made of."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

import networkx as nx

from blocgraph.analysis._data import MembershipData

#: Roles that count as membership: what the bodies themselves count. A member whose rights the
#: body suspended is still a member; so is one that froze its own participation while the body
#: still lists it (Armenia in the CSTO since 2024). A state that suspended its own participation
#: and that the body no longer lists (``participation_suspended``: Uzbekistan in the CSTO since
#: 2012) is not. Observers, dialogue partners, partners, associates and candidates are opt-in.
DEFAULT_ROLES: tuple[str, ...] = ("member", "participating_state", "suspended", "frozen")
#: Who counts as one of a continent's states: UN member and observer states.
DEFAULT_STATUSES: tuple[str, ...] = ("un_member", "un_observer")

_REGION_ALIASES = {
    "latin america": "419",
    "lac": "419",
    "north america": "021",
    "sub-saharan africa": "202",
}


def membership_graph(
    data: MembershipData, as_of: date, roles: Iterable[str] = DEFAULT_ROLES
) -> nx.Graph:
    """Bipartite graph of states (``kind="state"``) and bodies (``kind="body"``) on ``as_of``.

    Parameters:
        data: spells from :func:`load_membership_data`.
        as_of: the day the spells must be in force.
        roles: which roles make an edge (default: full membership, see ``DEFAULT_ROLES``).

    Returns:
        An undirected graph; each edge carries the ``role``. Every body in ``data`` is a node,
        even one without members on that day.

    Example:
        >>> from blocgraph.analysis._data import Spell
        >>> d = MembershipData(spells=[Spell("SCO", "RUS", "member", date(2001, 6, 15), None)],
        ...                    body_names={"SCO": "SCO"})
        >>> sorted(membership_graph(d, date(2020, 1, 1)).edges)
        [('SCO', 'RUS')]
    """
    wanted = set(roles)
    graph = nx.Graph()
    graph.add_nodes_from(data.body_names, **_BODY)
    held = [s for s in data.spells if s.role in wanted and s.in_force(as_of)]
    # nodes in order of first mention, each with the kind of its last (as one add per spell)
    kinds: dict[str, dict[str, Any]] = {}
    for spell in held:
        kinds[spell.state] = _STATE
        kinds[spell.body] = _BODY
    graph.add_nodes_from(kinds.items())
    graph.add_edges_from((s.body, s.state, {"role": s.role}) for s in held)
    return graph


_STATE: dict[str, Any] = {"kind": "state", "bipartite": 0}
_BODY: dict[str, Any] = {"kind": "body", "bipartite": 1}


def members(graph: nx.Graph, body: str) -> set[str]:
    """States linked to ``body`` in ``graph`` (empty for an unknown body)."""
    if body not in graph:
        return set()
    return {n for n in graph.neighbors(body) if graph.nodes[n].get("kind") == "state"}


def bodies(graph: nx.Graph) -> list[str]:
    """Every body node, sorted."""
    return sorted(n for n, kind in graph.nodes(data="kind") if kind == "body")


def resolve_region(data: MembershipData, name: str) -> str:
    """The region code for a name or code: ``"Eurasia"``, ``"Africa"``, ``"150"``, ``"419"``.

    Raises:
        ValueError: no region has that name or code; the message lists the continents.
    """
    wanted = name.strip().casefold()
    wanted = _REGION_ALIASES.get(wanted, wanted)
    for code, region_name in data.region_names.items():
        if wanted in (code.casefold(), region_name.casefold()):
            return code
    continents = ", ".join(sorted(data.region_names[c] for c in data.continents))
    raise ValueError(
        f"unknown region {name!r}: use a continent ({continents}) or a UN M49 "
        "region name or code (e.g. 'Latin America and the Caribbean', 419)"
    )


def continent_states(
    data: MembershipData,
    region: str,
    *,
    transcontinental: bool = False,
    statuses: Iterable[str] = DEFAULT_STATUSES,
) -> set[str]:
    """The states of a region: those the M49 scheme places in it (or in one of its parts).

    Parameters:
        region: a region code (see :func:`resolve_region`); unions such as Eurasia count the
            states of each part.
        transcontinental: also count states whose sourced further continent is the region
            (Egypt in Asia, Kazakhstan in Europe …).
        statuses: which kinds of state count (default: UN member and observer states).
    """
    parts = set(data.region_parts.get(region, {region}))
    frontier = list(parts)
    while frontier:  # a region holds the states of its sub-regions (World → Africa → …)
        for child in data.region_children.get(frontier.pop(), set()) - parts:
            parts.add(child)
            frontier.append(child)
    allowed = set(statuses)
    found = set()
    for state, regions in data.state_regions.items():
        if data.state_status.get(state) not in allowed:
            continue
        placed = regions | (
            data.state_extra_regions.get(state, set()) if transcontinental else set()
        )
        if placed & parts:
            found.add(state)
    return found
