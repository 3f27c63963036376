"""How much of a continent's states a body, or a set of bodies, covers — and who is left out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import networkx as nx

from blocgraph.analysis._graph import bodies as all_bodies
from blocgraph.analysis._graph import members


@dataclass(frozen=True, slots=True)
class BodyShare:
    """One body's reach into a continent."""

    body: str
    members: int
    members_in_continent: int
    share: float
    """members in the continent / states of the continent"""
    continental: bool
    """most (> 50 %) of its members lie in the continent"""


@dataclass(frozen=True, slots=True)
class Coverage:
    """A continent's coverage by chosen bodies, and the pan-continental test over all bodies."""

    continent: str
    continent_code: str
    as_of: date
    states: int
    bodies: tuple[BodyShare, ...]
    best: BodyShare | None
    union_count: int
    union_share: float
    uncovered: tuple[str, ...]
    pan_continental: tuple[str, ...]
    threshold: float


def body_share(graph: nx.Graph, body: str, continent: set[str]) -> BodyShare:
    """``body``'s members, those in ``continent``, and the share of the continent they are."""
    states = members(graph, body)
    inside = len(states & continent)
    return BodyShare(
        body,
        len(states),
        inside,
        inside / len(continent) if continent else 0.0,
        bool(states) and inside / len(states) > 0.5,
    )


def continental_bodies(graph: nx.Graph, continent: set[str]) -> list[str]:
    """Bodies most of whose members lie in ``continent``."""
    return [b for b in all_bodies(graph) if body_share(graph, b, continent).continental]


def coverage(
    graph: nx.Graph,
    continent: set[str],
    *,
    name: str,
    code: str,
    as_of: date,
    chosen: Sequence[str] | None = None,
    threshold: float = 0.9,
) -> Coverage:
    """Each chosen body's share of the continent, the best one, their union and the gaps; and
    which continental bodies cover at least ``threshold`` of it (pan-continental).

    Parameters:
        graph: from :func:`membership_graph`.
        continent: the continent's states (:func:`continent_states`).
        chosen: bodies to report and unite (default: every continental body).
        threshold: share a continental body must reach to count as pan-continental.
    """
    picked = list(chosen) if chosen is not None else continental_bodies(graph, continent)
    shares = tuple(body_share(graph, b, continent) for b in picked)
    covered = set().union(*(members(graph, b) for b in picked)) & continent if picked else set()
    pan = tuple(
        s.body
        for b in all_bodies(graph)
        if (s := body_share(graph, b, continent)).continental and s.share >= threshold
    )
    best = min(shares, key=lambda s: (-s.share, s.body), default=None)
    return Coverage(
        name,
        code,
        as_of,
        len(continent),
        shares,
        best,
        len(covered),
        len(covered) / len(continent) if continent else 0.0,
        tuple(sorted(continent - covered)),
        pan,
        threshold,
    )


def union_members(graph: nx.Graph, union_of: Iterable[str]) -> set[str]:
    """Members of any of the named bodies (a what-if umbrella made of existing bodies)."""
    return set().union(*(members(graph, b) for b in union_of))
