"""``GET /api/status``: whether the service has read what it reads at start-up
(:mod:`blocgraph.api._warmup`) — for a readiness probe, or a script that waits for it.

Example (a service just started on a large store)::

    {"ready": false, "names": "ready", "analytics": "reading", "lookups": "live queries"}
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel

from blocgraph.api._context import Context
from blocgraph.api._warmup import Part, state_of

router = APIRouter(prefix="/api", tags=["service"])


class Status(BaseModel):
    ready: bool
    """Everything read: every request is answered without waiting."""
    names: Part
    """The name index (names in requests and answers)."""
    analytics: Part
    """The analytics' data (``/api/analysis``, maps and charts)."""
    lookups: Literal["index", "live queries"]
    """How the REST lookups are answered: from the membership index in memory, or by queries
    to the store while the index is being read (the same answers) and for a remote endpoint."""


@router.get("/status", response_model=Status, summary="Start-up state of the service")
async def status(context: Context) -> Status:
    """Answered at once, even while the service is still reading its indexes."""
    warm = context.warm
    names, analytics = state_of(warm.names), state_of(warm.membership)
    index = state_of(warm.index)
    return Status(
        ready=names == analytics == "ready" and index in ("ready", "not used"),
        names=names,
        analytics=analytics,
        lookups="index" if index == "ready" else "live queries",
    )
