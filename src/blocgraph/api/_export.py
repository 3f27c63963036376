"""``/api/export/{format}``: the state–body membership graph as GraphML, GEXF (time intervals
for Gephi's timeline) or CSV — the same bytes as ``blocgraph export``."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Response
from starlette.concurrency import run_in_threadpool

from blocgraph._constants import ROLES
from blocgraph.api._context import MembershipDep
from blocgraph.api._problems import Problem
from blocgraph.export import FORMATS, MEDIA_TYPES, export

router = APIRouter(prefix="/api/export", tags=["exports"])


@router.get(
    "/{fmt}",
    summary="The membership graph as GraphML, GEXF or CSV",
    response_class=Response,
    responses={
        200: {"content": {media: {} for media in MEDIA_TYPES.values()}},
        400: {"description": "An unknown role"},
        406: {"description": "An unknown format, with the formats offered"},
    },
)
async def export_graph(
    fmt: str,
    data: MembershipDep,
    as_of: Annotated[
        date | None,
        Query(description="Only the spells in force that day (default: every spell)."),
    ] = None,
    roles: Annotated[
        str | None,
        Query(description="Comma-separated roles (default: all).", max_length=300),
    ] = None,
) -> Response:
    """``fmt``: ``graphml`` (one edge per spell), ``gexf`` (one edge per state–body pair, its
    spells as time intervals, the role a dynamic attribute) or ``csv`` (one row per spell)."""
    if fmt not in FORMATS:
        raise Problem(
            406, "Not acceptable", f"unknown format {fmt[:40]!r}: use one of {', '.join(FORMATS)}"
        )
    wanted = [r.strip() for r in roles.split(",") if r.strip()] if roles else None
    unknown = [r for r in wanted or [] if r not in ROLES]
    if unknown:
        raise Problem(
            400, "Unknown role", f"unknown role {unknown[0][:40]!r}: use one of {', '.join(ROLES)}"
        )
    body = await run_in_threadpool(export, data, fmt, as_of, wanted)
    name = "blocgraph-memberships" + (f"-{as_of.isoformat()}" if as_of else "") + f".{fmt}"
    return Response(
        body,
        media_type=MEDIA_TYPES[fmt],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
