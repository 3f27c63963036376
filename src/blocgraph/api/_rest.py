"""``/api``: JSON lookups — which bodies include a state, who is in a body, search by name."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from blocgraph._constants import Role
from blocgraph.api._answers import answer
from blocgraph.api._context import AppContext, Context, NamesDep, StoreDep
from blocgraph.api._language import LanguageDep
from blocgraph.lookup import (
    LayerChoice,
    MembershipIndex,
    list_bodies,
    list_states,
)
from blocgraph.vocab import body_iri, state_iri

router = APIRouter(prefix="/api", tags=["lookups"])

AsOf = Annotated[date | None, Query(description="Spells in force on that day (default: today).")]
RoleFilter = Annotated[Role | None, Query(description="Only this role (default: all roles).")]
History = Annotated[bool, Query(description="Every spell, past and present (ignores as_of).")]
LayerFilter = Annotated[
    LayerChoice,
    Query(
        description="all (curated first, then the Factbook and COW rows the curated layer does "
        "not cover) or one layer, shown whole."
    ),
]


class Source(BaseModel):
    url: str
    accessed: str
    tier: str = "secondary"
    quote: str | None = None


class Membership(BaseModel):
    """One membership spell: the same record the CLI prints with --json."""

    body: str
    state: str
    role: str
    start: str
    end: str | None
    sources: list[Source]
    end_reason: str | None = None
    uncertain: bool = False
    note: str | None = None
    layer: str = "curated"
    status: str | None = None
    observed: str | None = None


class State(BaseModel):
    iso3: str
    iso2: str | None
    name: str
    status: str
    continent: str | None
    wikidata: str | None
    iri: str


class Body(BaseModel):
    key: str
    name: str
    name_ru: str | None
    kind: str
    founded: str
    seat_country: str | None
    wikidata: str | None
    homepage: str | None
    iri: str


class SearchHit(BaseModel):
    kind: Literal["state", "body"]
    code: str
    name: str
    """The preferred name in the request's language (``lang``, Accept-Language, English)."""
    matched: str
    """The name, alias or code that matched the query, as written in the graph."""
    iri: str


@router.get("/states", response_model=list[State], summary="Every state and member entity")
def states(store: StoreDep) -> list[State]:
    return [State.model_validate(s, from_attributes=True) for s in list_states(store)]


@router.get("/bodies", response_model=list[Body], summary="Every body")
def bodies(store: StoreDep) -> list[Body]:
    return [Body.model_validate(b, from_attributes=True) for b in list_bodies(store)]


@router.get(
    "/states/{state}/bodies",
    response_model=list[Membership],
    summary="Which bodies include a state",
    responses={404: {"description": "Unknown name, with suggestions"}},
)
async def state_bodies(
    state: str,
    request: Request,
    context: Context,
    as_of: AsOf = None,
    role: RoleFilter = None,
    history: History = False,
    layer: LayerFilter = "all",
) -> Response:
    """``state``: ISO3 code, name or alias in any supported language (RUS, Russia, Россия).
    Suggestions for an unknown name are named in ``lang`` / Accept-Language (default
    English)."""
    day = None if history else as_of or date.today()
    return await _lookup(request, context, "state", state, day, role, layer)


@router.get(
    "/bodies/{body}/members",
    response_model=list[Membership],
    summary="Who is in a body",
    responses={404: {"description": "Unknown name, with suggestions"}},
)
async def body_members(
    body: str,
    request: Request,
    context: Context,
    as_of: AsOf = None,
    role: RoleFilter = None,
    history: History = False,
    layer: LayerFilter = "all",
) -> Response:
    """``body``: key, name or alias in any supported language (SCO, ШОС)."""
    day = None if history else as_of or date.today()
    return await _lookup(request, context, "body", body, day, role, layer)


async def _lookup(
    request: Request,
    context: AppContext,
    which: Literal["state", "body"],
    name: str,
    day: date | None,
    role: str | None,
    layer: str,
) -> Response:
    await context.ready()  # the name index: read in the background at start-up
    # the in-memory index answers in microseconds, on the event loop; a remote endpoint (and
    # the store, while the index is being read at start-up) is asked from a worker thread.
    # The records are typed dataclasses and the answer is serialised once: no second
    # validation pass (response_model still documents the shape).
    if isinstance(context.lookups, MembershipIndex):
        body = answer(request, context, which, name, day, role, layer)
    else:
        body = await run_in_threadpool(answer, request, context, which, name, day, role, layer)
    return Response(body, media_type="application/json")


@router.get("/search", response_model=list[SearchHit], summary="Find states and bodies by name")
def search(
    names: NamesDep,
    lang: LanguageDep,
    q: Annotated[
        str, Query(min_length=1, max_length=200, description="A name, alias or code, any language")
    ],
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> list[SearchHit]:
    """Exact codes and names first, then names starting with ``q``, then names containing it,
    then close spellings; names in the script of ``q`` before others. Each hit is named in the
    request's language."""
    return [
        SearchHit(
            kind=e.kind,
            code=e.code,
            name=names.label((e.kind, e.code), lang),
            matched=matched,
            iri=str(state_iri(e.code) if e.kind == "state" else body_iri(e.code)),
        )
        for e, matched in names.search_hits(q, limit)
    ]
