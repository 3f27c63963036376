"""``/api/analysis``: overlaps, continental coverage, covering sets, what-if bodies, brokers,
civilizational span and change over time — the same reports as the CLI's ``--json``."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query

from blocgraph._constants import Role
from blocgraph.analysis import (
    DEFAULT_ROLES,
    SEED_BODIES,
    broker_report,
    change_report,
    cover_report,
    coverage_report,
    overlap_report,
    span_report,
    what_if_report,
)
from blocgraph.api._context import MembershipDep, NamesDep
from blocgraph.api._names import resolve_name
from blocgraph.api._problems import Problem

router = APIRouter(prefix="/api/analysis", tags=["analysis"])

AsOf = Annotated[date | None, Query(description="The day the memberships hold (default: today).")]
Bodies = Annotated[
    str | None,
    Query(
        description="Comma-separated bodies, keys or names in any language (e.g. CIS,EAEU,ШОС).",
        max_length=2000,
    ),
]
Continent = Annotated[
    str,
    Query(
        description="Continent or UN M49 region, by name or code "
        "(Eurasia, Africa, Latin America and the Caribbean, "
        "150).",
        max_length=100,
    ),
]
Roles = Annotated[
    list[Role] | None,
    Query(
        description="Roles that count as membership "
        "(default: member, participating_state, "
        "suspended, frozen)."
    ),
]
Transcontinental = Annotated[
    bool, Query(description="Also count states with a sourced further continent (Egypt in Asia …).")
]
Report = dict[str, Any]


def _bodies(names: NamesDep, text: str | None) -> list[str] | None:
    if not text:
        return None
    return [
        resolve_name(names, part.strip(), "body").code for part in text.split(",") if part.strip()
    ]


def _roles(roles: list[Role] | None) -> tuple[str, ...]:
    return tuple(roles) if roles else DEFAULT_ROLES


def _checked(run: Any, *args: Any, **kwargs: Any) -> Report:
    try:
        report: Report = run(*args, **kwargs)
    except ValueError as exc:
        raise Problem(422, "Invalid analysis request", str(exc)) from None
    return report


@router.get("/coverage", summary="Continental coverage, gaps and the pan-continental test")
def coverage(
    data: MembershipDep,
    names: NamesDep,
    continent: Continent = "Eurasia",
    bodies: Bodies = None,
    as_of: AsOf = None,
    roles: Roles = None,
    transcontinental: Transcontinental = False,
    threshold: Annotated[float, Query(ge=0, le=1)] = 0.9,
) -> Report:
    """Each body's share of the continent's states (UN member and observer states), the best
    one, the union, the uncovered states, and the continental bodies (most members in the
    continent) covering at least ``threshold`` of it. Without ``bodies``: the continent's
    bodies, as the map and the home page — Eurasia: the seed's six (CIS, EAEU, CSTO, SCO,
    ASEAN, OSCE); elsewhere every body with most of its members there."""
    return _checked(
        coverage_report,
        data,
        continent=continent,
        chosen=_bodies(names, bodies),
        as_of=as_of,
        roles=_roles(roles),
        transcontinental=transcontinental,
        threshold=threshold,
    )


@router.get("/overlaps", summary="Pairwise overlaps and exclusive intersections")
def overlaps(
    data: MembershipDep,
    names: NamesDep,
    bodies: Bodies = None,
    as_of: AsOf = None,
    roles: Roles = None,
) -> Report:
    """Shared members, Jaccard and overlap coefficient per pair; the states in exactly each
    combination of the bodies (default: the seed's six)."""
    return _checked(
        overlap_report,
        data,
        chosen=_bodies(names, bodies) or SEED_BODIES,
        as_of=as_of,
        roles=_roles(roles),
    )


@router.get("/cover", summary="Smallest set of bodies covering a continent")
def cover(
    data: MembershipDep,
    names: NamesDep,
    continent: Continent = "Eurasia",
    share: Annotated[float, Query(gt=0, le=1)] = 1.0,
    bodies: Bodies = None,
    as_of: AsOf = None,
    roles: Roles = None,
    transcontinental: Transcontinental = False,
) -> Report:
    """Exact smallest cover among the candidates (default: the continent's own bodies)."""
    return _checked(
        cover_report,
        data,
        continent=continent,
        share=share,
        candidates=_bodies(names, bodies),
        as_of=as_of,
        roles=_roles(roles),
        transcontinental=transcontinental,
    )


@router.get("/whatif", summary="Coverage of an imagined body")
def what_if(
    data: MembershipDep,
    names: NamesDep,
    union: Bodies = None,
    members: Annotated[
        str | None, Query(description="Comma-separated ISO3 codes.", max_length=4000)
    ] = None,
    name: Annotated[str, Query(max_length=100)] = "what-if",
    continent: Continent = "Eurasia",
    as_of: AsOf = None,
    roles: Roles = None,
    transcontinental: Transcontinental = False,
) -> Report:
    """A body made of the union of existing bodies and/or a list of states: its coverage of
    the continent and the states it still misses."""
    codes = [c.strip().upper() for c in (members or "").split(",") if c.strip()]
    if not union and not codes:
        raise Problem(422, "Invalid analysis request", "give union= and/or members=")
    return _checked(
        what_if_report,
        data,
        continent=continent,
        union_of=_bodies(names, union) or [],
        member_list=codes,
        name=name,
        as_of=as_of,
        roles=_roles(roles),
        transcontinental=transcontinental,
    )


@router.get("/brokers", summary="Bridging states and communities of bodies")
def brokers(
    data: MembershipDep,
    names: NamesDep,
    bodies: Bodies = None,
    as_of: AsOf = None,
    roles: Roles = None,
    top: Annotated[int, Query(ge=1, le=500)] = 20,
) -> Report:
    """Betweenness in the co-membership network, bodies per state (and how many of the seed's
    six), Louvain communities of bodies by shared members."""
    return _checked(
        broker_report,
        data,
        chosen=_bodies(names, bodies),
        as_of=as_of,
        roles=_roles(roles),
        top=top,
    )


@router.get("/span", summary="Civilizational span of bodies")
def span(
    data: MembershipDep,
    names: NamesDep,
    scheme: Annotated[str, Query(max_length=100)] = "huntington1996",
    bodies: Bodies = None,
    as_of: AsOf = None,
    roles: Roles = None,
) -> Report:
    """Per body: its members' civilizations under ``scheme``, how many, Shannon entropy."""
    return _checked(
        span_report,
        data,
        scheme=scheme,
        chosen=_bodies(names, bodies),
        as_of=as_of,
        roles=_roles(roles),
    )


@router.get("/change", summary="Members gained and lost between two dates")
def change(
    data: MembershipDep,
    names: NamesDep,
    before: date,
    after: date,
    bodies: Bodies = None,
    continent: Continent = "Eurasia",
    roles: Roles = None,
) -> Report:
    """Per body: members on each date, who joined, who left; the continent's coverage by their
    union on each date (default bodies: the seed's six)."""
    return _checked(
        change_report,
        data,
        before=before,
        after=after,
        chosen=_bodies(names, bodies) or SEED_BODIES,
        continent=continent,
        roles=_roles(roles),
    )
