"""The security map of a continent: which states hold a defence promise from whom, as of a date.

Pure functions over a :class:`~blocgraph.lookup.RelationsSnapshot` (the curated relations) and
:class:`MembershipData` (for the states of a continent). The promise graph is a networkx
``MultiDiGraph``: an edge ``A → B`` says A promises B (defence, neutrality, …) under a treaty in
force for both on that day; a mutual promise is two edges.

Example:
    >>> from blocgraph.config import get_settings
    >>> from blocgraph.analysis import load_membership_data
    >>> from blocgraph.lookup import read_relations
    >>> from blocgraph.store import Store
    >>> store = Store.open(get_settings().store)                          # doctest: +SKIP
    >>> report = security_report(load_membership_data(store), read_relations(store),
    ...                          continent="Eurasia")                    # doctest: +SKIP
    >>> report["protectors"]["RUS"][:3]                                   # doctest: +SKIP
    ['ARM', 'BLR', 'KAZ']
"""

from __future__ import annotations

from datetime import date
from typing import Any

import networkx as nx

from blocgraph.analysis._data import MembershipData
from blocgraph.analysis._graph import continent_states, resolve_region
from blocgraph.lookup import RelationsSnapshot
from blocgraph.lookup._relations import party_window
from blocgraph.reference import PROMISES, PartialDate

PERMANENT_MEMBERS = ("CHN", "FRA", "GBR", "RUS", "USA")
"""The permanent members of the UN Security Council (the issue's outside guarantors)."""


def _binds(start: str | None, end: str | None, day: date) -> bool:
    if start is None:
        return False
    return PartialDate.parse(start).value <= day and (
        end is None or day < PartialDate.parse(end).value
    )


def promise_graph(
    snapshot: RelationsSnapshot, as_of: date, kinds: tuple[str, ...] = PROMISES
) -> nx.MultiDiGraph:
    """Edges ``promisor → promisee`` for every promise of ``kinds`` binding on ``as_of``.

    Each edge carries ``kind``, ``treaty`` and ``article``; a mutual promise gives an edge each
    way between every two parties bound on that day.
    """
    graph = nx.MultiDiGraph()
    for obligation in snapshot.obligations:
        treaty = snapshot.treaties.get(obligation.treaty)
        if obligation.promise not in kinds or treaty is None:
            continue
        bound = {p for p in treaty.events if _binds(*party_window(treaty, p), as_of)}
        if obligation.direction == "one_way":
            pairs = [(obligation.promisor, obligation.promisee)]
        else:
            pairs = [(a, b) for a in sorted(bound) for b in sorted(bound) if a != b]
        for a, b in pairs:
            if a in bound and b in bound:
                graph.add_edge(
                    a, b, kind=obligation.promise, treaty=treaty.key, article=obligation.article
                )
    return graph


def security_report(
    data: MembershipData,
    snapshot: RelationsSnapshot,
    *,
    continent: str = "Eurasia",
    as_of: date | None = None,
    transcontinental: bool = False,
) -> dict[str, Any]:
    """Which states of ``continent`` hold a defence promise from whom on ``as_of``.

    Parameters:
        data: memberships and regions (for the states of the continent).
        snapshot: the curated relations.
        continent: a continent or M49 region, by name or code (see ``resolve_region``).
        as_of: the day (default today).
        transcontinental: also count states whose sourced further continent is this one.

    Returns:
        A JSON-ready report: for each protected state its protectors and treaties; the states
        with no defence promise; who protects whom; the blocs (weakly connected components of
        the defence graph); the share protected.

    Raises:
        ValueError: an unknown continent.
    """
    day = as_of or date.today()
    region = resolve_region(data, continent)
    states = continent_states(data, region, transcontinental=transcontinental)
    defence = promise_graph(snapshot, day, ("defence",))
    protected: list[dict[str, Any]] = []
    for state in sorted(states):
        if state not in defence:
            continue
        protectors: dict[str, set[str]] = {}
        for promisor, _, attrs in defence.in_edges(state, data=True):
            protectors.setdefault(promisor, set()).add(attrs["treaty"])
        if protectors:
            protected.append(
                {
                    "state": state,
                    "name": data.state_names.get(state, state),
                    "protectors": [
                        {
                            "state": p,
                            "treaties": sorted(t),
                            "in_continent": p in states,
                            "permanent_member": p in PERMANENT_MEMBERS,
                        }
                        for p, t in sorted(protectors.items())
                    ],
                }
            )
    covered = {p["state"] for p in protected}
    by_protector: dict[str, list[str]] = {}
    for promisor, promisee in defence.edges():
        if promisee in states:
            by_protector.setdefault(promisor, [])
            if promisee not in by_protector[promisor]:
                by_protector[promisor].append(promisee)
    blocs = [
        sorted(component)
        for component in nx.weakly_connected_components(defence)
        if len(component) > 1 and component & states
    ]
    return {
        "continent": data.region_names.get(region, continent),
        "as_of": day.isoformat(),
        "states": len(states),
        "protected": protected,
        "unprotected": sorted(states - covered),
        "share_protected": round(len(covered) / len(states), 4) if states else 0.0,
        "protectors": {p: sorted(v) for p, v in sorted(by_protector.items())},
        "permanent_member_guarantors": sorted(p for p in by_protector if p in PERMANENT_MEMBERS),
        "blocs": sorted(blocs, key=lambda b: (-len(b), b)),
        "layer": "curated",
        "caveat": "Counts only the defence promises curated in data/relations (the North "
        "Atlantic and Collective Security treaties, bilateral treaties, the Shusha "
        "Declaration, the Manila Pact …). Treaties not curated yet (the Australian "
        "alliances, …) or whose entry into force is not sourced (Saudi-Pakistan 2025, "
        "Russia-Armenia 1997, France-UAE 2009 …) are not counted, so an 'unprotected' state "
        "may hold promises this graph does not know.",
    }


__all__ = ["PERMANENT_MEMBERS", "promise_graph", "security_report"]
