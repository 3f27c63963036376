"""``/api/analysis/universe``: the pan-continental test over every organisation of every layer
(the same report as ``blocgraph universe --json``)."""

from __future__ import annotations

import threading
from contextlib import suppress
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Query, Request

from blocgraph.analysis._universe import Universe, load_universe, universe_report
from blocgraph.api._context import AppContext, Context
from blocgraph.api._problems import Problem

router = APIRouter(prefix="/api/analysis", tags=["analysis"])
_lock = threading.Lock()


def _load(state: Any, context: AppContext, wait: float | None) -> Universe:
    """The universe of the context's store: read once (the curated part is the analytics'
    data the service reads at start-up, waited for up to ``wait`` seconds), then kept."""
    store = context.store
    with _lock:
        cached: tuple[object, Universe] | None = getattr(state, "universe", None)
        if cached is None or cached[0] is not store:
            cached = (store, load_universe(store, context.warm.membership.get(wait)))
            state.universe = cached
        return cached[1]


def preload(app: FastAPI) -> None:
    """Read the universe in a background thread once the service is up, so that start-up
    does not wait for it and the first request rarely does (it waits only while reading)."""

    def read() -> None:
        with suppress(Exception):  # a request that needs it reads it again, and says why not
            _load(app.state, app.state.context, None)

    threading.Thread(target=read, name="universe", daemon=True).start()


def _universe(request: Request, context: Context) -> Universe:
    """Read once (seconds: ~30,000 lower-layer spells), then kept."""
    return _load(request.app.state, context, context.settings.startup_wait)


@router.get("/universe", summary="Pan-continental test over every organisation (all layers)")
def universe(
    request: Request,
    context: Context,
    continent: Annotated[str, Query(max_length=100, description="Continent or M49 region")] = (
        "Eurasia"
    ),
    as_of: Annotated[date | None, Query(description="The day (default: today).")] = None,
    threshold: Annotated[float, Query(gt=0, le=1)] = 0.9,
    min_inside: Annotated[
        float,
        Query(
            ge=0,
            lt=1,
            description="A body is continental when more than this share of its "
            "members lie in the continent (0.75 keeps near-universal bodies out).",
        ),
    ] = 0.5,
    top: Annotated[int, Query(ge=1, le=200)] = 10,
) -> dict[str, Any]:
    """Curated bodies on the day; otherwise the Factbook snapshot (from 2026-01-01); otherwise
    COW (a spell open in 2014 counts as last observed, and the body's layer says so)."""
    try:
        return universe_report(
            _universe(request, context),
            continent=continent,
            as_of=as_of,
            threshold=threshold,
            min_inside=min_inside,
            top=top,
        )
    except ValueError as exc:
        raise Problem(422, "Invalid analysis request", str(exc)) from None
