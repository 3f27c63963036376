"""``/api/export/{format}``: the state–body membership graph as GraphML, GEXF (time intervals
for Gephi's timeline) or CSV — the same bytes as ``blocgraph export``."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from blocgraph._constants import ROLES
from blocgraph.api._context import MembershipDep, StoreDep
from blocgraph.api._problems import Problem
from blocgraph.api._relations import relations_index
from blocgraph.export import FORMATS, MEDIA_TYPES, export, relation_edges

router = APIRouter(prefix="/api/export", tags=["exports"])


@router.get(
    "/{fmt}",
    summary="The membership graph as GraphML, GEXF or CSV",
    response_class=Response,
    responses={
        200: {"content": {media: {} for media in MEDIA_TYPES.values()}},
        400: {"description": "An unknown role, or relations asked of CSV"},
        406: {"description": "An unknown format, with the formats offered"},
    },
)
async def export_graph(
    fmt: str,
    request: Request,
    store: StoreDep,
    data: MembershipDep,
    as_of: Annotated[
        date | None,
        Query(description="Only the spells in force that day (default: every spell)."),
    ] = None,
    roles: Annotated[
        str | None,
        Query(description="Comma-separated roles (default: all).", max_length=300),
    ] = None,
    relations: Annotated[
        bool,
        Query(
            description="Add the state–state relations (treaty promises, partnerships, "
            "diplomatic relations) as edges; graphml and gexf only."
        ),
    ] = False,
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
    if relations and fmt == "csv":
        raise Problem(
            400, "Bad request", "relations go into graphml or gexf; csv is one row per spell"
        )

    def write() -> bytes:  # off the event loop: reading relations and writing take a while
        edges = (
            relation_edges(relations_index(request, store).snapshot, data.state_names, as_of)
            if relations
            else []
        )
        return export(data, fmt, as_of, wanted, edges)

    body = await run_in_threadpool(write)
    stem = "blocgraph-memberships" + ("-relations" if relations else "")
    name = stem + (f"-{as_of.isoformat()}" if as_of else "") + f".{fmt}"
    return Response(
        body,
        media_type=MEDIA_TYPES[fmt],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
