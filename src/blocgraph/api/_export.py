"""``/api/export/{format}``: the state–body membership graph as GraphML, GEXF (time intervals
for Gephi's timeline), CSV or Parquet (where pyarrow is installed) — the same bytes as
``blocgraph export``."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from blocgraph._constants import ROLES
from blocgraph.api._context import MembershipDep, StoreDep
from blocgraph.api._problems import Problem
from blocgraph.api._relations import relations_index
from blocgraph.export import (
    FORMATS,
    MEDIA_TYPES,
    TABLE_FORMATS,
    ParquetUnavailable,
    export,
    relation_edges,
    require_parquet,
)

router = APIRouter(prefix="/api/export", tags=["exports"])


@router.get(
    "/{fmt}",
    summary="The membership graph as GraphML, GEXF, CSV or Parquet",
    response_class=Response,
    responses={
        200: {"content": {media: {} for media in MEDIA_TYPES.values()}},
        400: {"description": "An unknown role, or relations asked of CSV or Parquet"},
        406: {
            "description": "An unknown format, with the formats offered; Parquet where the "
            "server has no pyarrow"
        },
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
    spells as time intervals, the role a dynamic attribute), ``csv`` (one row per spell) or
    ``parquet`` (the CSV's rows, dates typed; needs pyarrow on the server)."""
    if fmt not in FORMATS:
        raise Problem(
            406, "Not acceptable", f"unknown format {fmt[:40]!r}: use one of {', '.join(FORMATS)}"
        )
    if fmt == "parquet":
        try:
            require_parquet()
        except ParquetUnavailable as exc:
            offered = ", ".join(f for f in FORMATS if f != "parquet")
            raise Problem(406, "Not acceptable", f"{exc}; or use one of {offered}") from None
    wanted = [r.strip() for r in roles.split(",") if r.strip()] if roles else None
    unknown = [r for r in wanted or [] if r not in ROLES]
    if unknown:
        raise Problem(
            400, "Unknown role", f"unknown role {unknown[0][:40]!r}: use one of {', '.join(ROLES)}"
        )
    if relations and fmt in TABLE_FORMATS:
        raise Problem(
            400, "Bad request", f"relations go into graphml or gexf; {fmt} is one row per spell"
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
