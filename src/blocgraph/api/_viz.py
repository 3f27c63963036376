"""``/api/maps`` and ``/api/charts``: the coverage map, the overlap matrix and the UpSet chart
as SVG (for pages to inline) or PNG (for reports), drawn by :mod:`blocgraph.viz`.

Every parameter is checked before drawing; a bad one is answered 400 with a problem saying
what to fix. Answers carry an ``ETag`` of their bytes, so a browser revalidates instead of
downloading a chart again.
"""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Callable, Sequence
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response

from blocgraph.analysis import DEFAULT_ROLES
from blocgraph.api._analysis import Bodies, Roles
from blocgraph.api._context import MembershipDep, NamesDep
from blocgraph.api._names import resolve_name
from blocgraph.api._problems import Problem
from blocgraph.api._relations import relation_party, relations_index
from blocgraph.lookup import NameIndex
from blocgraph.viz import (
    map_png,
    map_svg,
    overlap_matrix_png,
    overlap_matrix_svg,
    upset_png,
    upset_svg,
)

router = APIRouter(tags=["maps and charts"])

SVG = "image/svg+xml"
PNG = "image/png"
# an SVG opened on its own must not run anything; pages inline it instead
_SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'"
_CACHE = "public, max-age=300"

AsOfText = Annotated[
    str | None,
    Query(
        description="The day the memberships hold, YYYY-MM-DD (default: today).",
        max_length=10,
        examples=["2024-08-01"],
    ),
]
ContinentName = Annotated[
    str,
    Query(
        description="Continent or UN M49 region, by name or code (Eurasia, Africa, Asia, "
        "Europe, Latin America and the Caribbean, Americas, Oceania, 150).",
        max_length=100,
    ),
]
Measure = Annotated[
    str,
    Query(
        description="What colours a state: `count` (how many of the bodies include it), "
        "`gaps` (in none of them), `body:KEY` (in that body or not; KEY any name of it) or "
        "`relations:KEY` (its strongest tie with the state KEY on the day: defence promise, "
        "mutual or one way > other treaty promise > declared partnership > diplomatic "
        "relations > none recorded; KEY a state's code or any name of it).",
        max_length=120,
    ),
]
Width = Annotated[int, Query(ge=200, le=4000, description="Width of the PNG in pixels.")]
Top = Annotated[int, Query(ge=1, le=200, description="How many intersections to draw.")]
Options = dict[str, Any]


def _answers(media_type: str) -> dict[str, Any]:
    """Route arguments documenting a drawn answer of ``media_type`` and its errors."""
    return {
        "response_class": Response,
        "responses": {
            200: {"content": {media_type: {}}},
            400: {"description": "A bad parameter, with what to fix"},
        },
    }


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Problem(
            400, "Invalid date", f"as_of must be a date YYYY-MM-DD, not {text!r}"
        ) from None


def _body(names: NameIndex, text: str) -> str:
    try:
        return resolve_name(names, text, "body").code
    except Problem as exc:  # an unknown name here is a bad parameter, not a missing page
        raise Problem(400, exc.title, exc.detail, exc.extra) from None


def _bodies(names: NameIndex, text: str | None) -> list[str] | None:
    if not text:
        return None
    return [_body(names, part.strip()) for part in text.split(",") if part.strip()]


def _measure(names: NameIndex, text: str) -> str:
    kind, _, body = text.partition(":")
    if kind == "body" and body.strip():
        return "body:" + _body(names, body.strip())
    if kind == "relations":
        if not body.strip():
            raise Problem(400, "Invalid measure", "relations:KEY needs a state, e.g. relations:RUS")
        try:
            return "relations:" + relation_party(names, body.strip())
        except Problem as exc:  # a bad parameter, not a missing page
            detail = f"measure {text!r}: {exc.detail} (give a state, e.g. relations:RUS)"
            raise Problem(400, exc.title, detail, exc.extra) from None
    return text


def _drawn(
    request: Request, media_type: str, draw: Callable[..., Any], *args: Any, **kwargs: Any
) -> Response:
    try:
        content = draw(*args, **kwargs)
    except ValueError as exc:
        raise Problem(400, "Invalid chart request", str(exc)) from None
    body = content.encode() if isinstance(content, str) else bytes(content)
    digest = hashlib.sha256(body).hexdigest()[:32]
    headers = {"Cache-Control": _CACHE, "X-Content-Type-Options": "nosniff"}
    if media_type == SVG:
        headers["Content-Security-Policy"] = _SVG_POLICY
        headers["Vary"] = "Accept-Encoding"
        # map SVG is mostly path data, a few hundred kB that gzip shrinks about fivefold
        if "gzip" in request.headers.get("accept-encoding", ""):
            body = gzip.compress(body, compresslevel=6, mtime=0)
            headers["Content-Encoding"] = "gzip"
            digest += "-gzip"  # another representation, another tag
    headers["ETag"] = f'"{digest}"'
    if request.headers.get("if-none-match") == headers["ETag"]:
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=media_type, headers=headers)


def _roles(roles: Sequence[str] | None) -> tuple[str, ...]:
    return tuple(roles) if roles else DEFAULT_ROLES


def _map_options(
    request: Request,
    names: NamesDep,
    continent: ContinentName = "Eurasia",
    bodies: Bodies = None,
    as_of: AsOfText = None,
    measure: Measure = "count",
    roles: Roles = None,
) -> Options:
    chosen = _measure(names, measure)
    # the relations are read (once per store) only for the maps that colour by them
    relations = (
        relations_index(request, request.app.state.context.store).snapshot
        if chosen.startswith("relations:")
        else None
    )
    return {
        "continent": continent,
        "bodies": _bodies(names, bodies),
        "as_of": _day(as_of),
        "measure": chosen,
        "roles": _roles(roles),
        "relations": relations,
    }


def _chart_options(
    names: NamesDep, bodies: Bodies = None, as_of: AsOfText = None, roles: Roles = None
) -> Options:
    return {
        "bodies": _bodies(names, bodies),
        "as_of": _day(as_of),
        "roles": _roles(roles),
    }


MapOptions = Annotated[Options, Depends(_map_options)]
ChartOptions = Annotated[Options, Depends(_chart_options)]


@router.get(
    "/api/maps/coverage.svg",
    summary="Map of a continent's coverage by bodies (SVG)",
    **_answers(SVG),
)
def coverage_map_svg(request: Request, data: MembershipDep, options: MapOptions) -> Response:
    """Each state of the continent carries ``class="state"`` (plus ``gap`` when in none of
    the bodies), ``data-iso3``, ``data-name``, ``data-value`` and ``data-bodies``, for scripts;
    small states also a ``circle.state-marker``. ``measure``: ``count`` (how many of the
    bodies include the state), ``gaps``, ``body:KEY`` or ``relations:KEY`` (``data-value``
    the tie, ``data-tie`` its label, ``data-treaties`` the treaties behind it; ``bodies`` and
    ``roles`` ignored). Without ``bodies``: the continent's,
    as ``/api/analysis/coverage`` picks them (Eurasia: the seed's six; elsewhere the bodies
    with most of their members there)."""
    return _drawn(request, SVG, map_svg, data, **options)


@router.get(
    "/api/maps/coverage.png",
    summary="Map of a continent's coverage by bodies (PNG)",
    **_answers(PNG),
)
def coverage_map_png(
    request: Request, data: MembershipDep, options: MapOptions, width: Width = 1600
) -> Response:
    """The same map as ``coverage.svg``, rendered ``width`` pixels wide."""
    return _drawn(request, PNG, map_png, data, width=width, **options)


@router.get(
    "/api/charts/overlap-matrix.svg",
    summary="Shared members of every pair of bodies (SVG)",
    **_answers(SVG),
)
def overlap_matrix_chart_svg(
    request: Request, data: MembershipDep, options: ChartOptions
) -> Response:
    """Each cell carries ``data-bodies`` and ``data-count``. Default bodies: the seed's six."""
    return _drawn(request, SVG, overlap_matrix_svg, data, **options)


@router.get(
    "/api/charts/overlap-matrix.png",
    summary="Shared members of every pair of bodies (PNG)",
    **_answers(PNG),
)
def overlap_matrix_chart_png(
    request: Request, data: MembershipDep, options: ChartOptions
) -> Response:
    """The same matrix as ``overlap-matrix.svg``."""
    return _drawn(request, PNG, overlap_matrix_png, data, **options)


@router.get(
    "/api/charts/upset.svg",
    summary="States in exactly each combination of the bodies, UpSet chart (SVG)",
    **_answers(SVG),
)
def upset_chart_svg(
    request: Request, data: MembershipDep, options: ChartOptions, top: Top = 30
) -> Response:
    """The ``top`` largest exclusive intersections; each bar carries ``data-bodies`` and
    ``data-count``."""
    return _drawn(request, SVG, upset_svg, data, top=top, **options)


@router.get(
    "/api/charts/upset.png",
    summary="States in exactly each combination of the bodies, UpSet chart (PNG)",
    **_answers(PNG),
)
def upset_chart_png(
    request: Request, data: MembershipDep, options: ChartOptions, top: Top = 30
) -> Response:
    """The same chart as ``upset.svg``."""
    return _drawn(request, PNG, upset_png, data, top=top, **options)
