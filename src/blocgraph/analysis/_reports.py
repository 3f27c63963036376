"""Ready-to-print analyses: each takes the data and plain options, returns a JSON-ready dict.

The CLI and the API call these; the graph logic lives in the modules they use.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import date
from typing import Any

from blocgraph.analysis._brokers import (
    SEED_BODIES,
    body_communities,
    brokers,
    membership_matrix,
)
from blocgraph.analysis._change import membership_changes
from blocgraph.analysis._civilization import civilizational_span
from blocgraph.analysis._cover import minimum_cover
from blocgraph.analysis._coverage import (
    continental_bodies,
    coverage,
    union_members,
)
from blocgraph.analysis._data import MembershipData
from blocgraph.analysis._defaults import bodies_for_region
from blocgraph.analysis._graph import (
    DEFAULT_ROLES,
    continent_states,
    members,
    membership_graph,
    resolve_region,
)
from blocgraph.analysis._graph import bodies as all_bodies
from blocgraph.analysis._overlap import exclusive_intersections, pairwise_overlaps


def _check_bodies(data: MembershipData, chosen: Sequence[str] | None) -> list[str] | None:
    if chosen is None:
        return None
    unknown = [b for b in chosen if b not in data.body_names]
    if unknown:
        raise ValueError(
            f"unknown body {unknown[0]!r}; known: {', '.join(sorted(data.body_names))}"
        )
    return list(dict.fromkeys(chosen))


def coverage_report(
    data: MembershipData,
    *,
    continent: str = "Eurasia",
    chosen: Sequence[str] | None = None,
    as_of: date | None = None,
    roles: Sequence[str] = DEFAULT_ROLES,
    transcontinental: bool = False,
    threshold: float = 0.9,
) -> dict[str, Any]:
    """Coverage of a continent: keys ``continent``, ``as_of``, ``states``, ``bodies``,
    ``best``, ``union``, ``uncovered``, ``pan_continental`` (and the options used).

    Without ``chosen``: the region's default bodies (:mod:`blocgraph.analysis._defaults`: the
    seed's six for Eurasia, a region's own bodies elsewhere), as the map and the page use."""
    day = as_of or date.today()
    code = resolve_region(data, continent)
    states = continent_states(data, code, transcontinental=transcontinental)
    graph = membership_graph(data, day, roles)
    picked = _check_bodies(data, chosen)
    result = coverage(
        graph,
        states,
        name=data.region_names[code],
        code=code,
        as_of=day,
        chosen=picked if picked is not None else bodies_for_region(data, graph, code, states),
        threshold=threshold,
    )
    return {
        "continent": result.continent,
        "continent_code": result.continent_code,
        "as_of": day.isoformat(),
        "states": result.states,
        "bodies": [asdict(s) for s in result.bodies],
        "best": asdict(result.best) if result.best else None,
        "union": {"count": result.union_count, "share": result.union_share},
        "uncovered": list(result.uncovered),
        "pan_continental": list(result.pan_continental),
        "threshold": threshold,
        "roles": list(roles),
        "transcontinental": transcontinental,
    }


def overlap_report(
    data: MembershipData,
    *,
    chosen: Sequence[str] = SEED_BODIES,
    as_of: date | None = None,
    roles: Sequence[str] = DEFAULT_ROLES,
) -> dict[str, Any]:
    """Pairwise overlaps and the exclusive-intersection table of ``chosen`` bodies."""
    day = as_of or date.today()
    picked = _check_bodies(data, chosen) or []
    graph = membership_graph(data, day, roles)
    return {
        "as_of": day.isoformat(),
        "bodies": {b: sorted(members(graph, b)) for b in picked},
        "pairs": [asdict(p) for p in pairwise_overlaps(graph, picked)],
        "intersections": [asdict(i) for i in exclusive_intersections(graph, picked)],
    }


def cover_report(
    data: MembershipData,
    *,
    continent: str = "Eurasia",
    share: float = 1.0,
    candidates: Sequence[str] | None = None,
    as_of: date | None = None,
    roles: Sequence[str] = DEFAULT_ROLES,
    transcontinental: bool = False,
) -> dict[str, Any]:
    """Smallest set of existing bodies covering ``share`` of a continent (default candidates:
    the continent's own bodies — those with most members in it — so the UN does not count)."""
    day = as_of or date.today()
    code = resolve_region(data, continent)
    states = continent_states(data, code, transcontinental=transcontinental)
    graph = membership_graph(data, day, roles)
    picked = _check_bodies(data, candidates) or continental_bodies(graph, states)
    result = minimum_cover(states, {b: members(graph, b) for b in picked}, share)
    return {
        "continent": data.region_names[code],
        "as_of": day.isoformat(),
        "share": share,
        **asdict(result),
    }


def what_if_report(
    data: MembershipData,
    *,
    continent: str = "Eurasia",
    union_of: Sequence[str] = (),
    member_list: Sequence[str] = (),
    name: str = "what-if",
    as_of: date | None = None,
    roles: Sequence[str] = DEFAULT_ROLES,
    transcontinental: bool = False,
) -> dict[str, Any]:
    """Coverage of a body that does not exist: the union of named bodies and/or a member list."""
    day = as_of or date.today()
    code = resolve_region(data, continent)
    states = continent_states(data, code, transcontinental=transcontinental)
    graph = membership_graph(data, day, roles)
    unknown = [s for s in member_list if s not in data.state_names]
    if unknown:
        raise ValueError(f"unknown state code {unknown[0]!r}")
    virtual = union_members(graph, _check_bodies(data, union_of) or []) | set(member_list)
    inside = virtual & states
    return {
        "name": name,
        "continent": data.region_names[code],
        "as_of": day.isoformat(),
        "union_of": list(union_of),
        "members": sorted(virtual),
        "members_in_continent": len(inside),
        "states": len(states),
        "share": len(inside) / len(states) if states else 0.0,
        "missing": sorted(states - virtual),
    }


def broker_report(
    data: MembershipData,
    *,
    chosen: Sequence[str] | None = None,
    as_of: date | None = None,
    roles: Sequence[str] = DEFAULT_ROLES,
    top: int = 20,
) -> dict[str, Any]:
    """Bridging states and communities of bodies."""
    day = as_of or date.today()
    graph = membership_graph(data, day, roles)
    picked = _check_bodies(data, chosen)
    if picked is None:
        picked = all_bodies(graph)
    matrix = membership_matrix(graph, picked)  # both parts use it
    return {
        "as_of": day.isoformat(),
        "brokers": [asdict(b) for b in brokers(graph, picked, top=top, membership=matrix)],
        "communities": [list(c) for c in body_communities(graph, picked, membership=matrix)],
    }


def span_report(
    data: MembershipData,
    *,
    scheme: str = "huntington1996",
    chosen: Sequence[str] | None = None,
    as_of: date | None = None,
    roles: Sequence[str] = DEFAULT_ROLES,
) -> dict[str, Any]:
    """Civilizational span of each body under ``scheme``."""
    if scheme not in data.civilizations:
        raise ValueError(
            f"unknown scheme {scheme!r}; known: {', '.join(sorted(data.civilizations))}"
        )
    day = as_of or date.today()
    graph = membership_graph(data, day, roles)
    spans = civilizational_span(graph, data.civilizations[scheme], _check_bodies(data, chosen))
    return {"as_of": day.isoformat(), "scheme": scheme, "bodies": [asdict(s) for s in spans]}


def change_report(
    data: MembershipData,
    *,
    before: date,
    after: date,
    chosen: Sequence[str] = SEED_BODIES,
    continent: str = "Eurasia",
    roles: Sequence[str] = DEFAULT_ROLES,
) -> dict[str, Any]:
    """Members gained and lost by each body between two dates, and coverage on each date."""
    picked = _check_bodies(data, chosen) or []
    old, new = membership_graph(data, before, roles), membership_graph(data, after, roles)
    return {
        "before": before.isoformat(),
        "after": after.isoformat(),
        "bodies": [asdict(c) for c in membership_changes(old, new, picked)],
        "coverage_before": coverage_report(
            data, continent=continent, chosen=picked, as_of=before, roles=roles
        ),
        "coverage_after": coverage_report(
            data, continent=continent, chosen=picked, as_of=after, roles=roles
        ),
    }


__all__ = [
    "broker_report",
    "change_report",
    "continental_bodies",
    "cover_report",
    "coverage_report",
    "overlap_report",
    "span_report",
    "what_if_report",
]
