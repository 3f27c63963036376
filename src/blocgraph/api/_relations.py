"""``/api/states/{state}/relations`` and ``/api/treaties``: state relationships from the
curated layer — the same records as ``blocgraph relations --json`` and ``blocgraph treaty
--json``."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from blocgraph._constants import PARTY_BODIES
from blocgraph.analysis import security_report
from blocgraph.api._context import MembershipDep, NamesDep, StoreDep
from blocgraph.api._names import resolve_name
from blocgraph.api._problems import Problem
from blocgraph.lookup import NameIndex, RelationKind, RelationsIndex, UnknownTreatyError

router = APIRouter(prefix="/api", tags=["relations"])


class SourceOut(BaseModel):
    url: str
    tier: str
    quote: str
    accessed: str


class TreatyRefOut(BaseModel):
    key: str
    title: str


class Relation(BaseModel):
    """One relation: the same record the CLI prints with --json."""

    state: str
    other: str
    kind: str
    label: str | None
    treaty: TreatyRefOut | None
    signed: str | None
    in_force: str | None
    end: str | None
    direction: Literal["mutual", "from_state", "to_state"]
    articles: list[str]
    extended: list[str]
    conditional: bool
    condition: str | None
    uncertain: bool
    note: str | None
    sources: list[SourceOut]
    layer: str


def relations_index(request: Request, store: StoreDep) -> RelationsIndex:
    """Read once per served store (embedded stores are read-only while served); a remote
    endpoint is read on every request, its data can change under us."""
    context = request.app.state.context
    if context.settings.endpoint:
        return RelationsIndex.from_store(store)
    cached = getattr(request.app.state, "relations_index", None)
    if cached is None or cached[0] is not store:
        cached = (store, RelationsIndex.from_store(store))
        request.app.state.relations_index = cached
    index: RelationsIndex = cached[1]
    return index


IndexDep = Annotated[RelationsIndex, Depends(relations_index)]


@router.get(
    "/states/{state}/relations",
    response_model=list[Relation],
    summary="Treaty promises, declared partnerships and diplomatic relations of a state",
    responses={404: {"description": "Unknown name, with suggestions"}},
)
def state_relations(
    state: str,
    index: IndexDep,
    names: NamesDep,
    with_state: Annotated[
        str | None,
        Query(alias="with", max_length=200, description="Only relations with this state."),
    ] = None,
    kind: Annotated[list[RelationKind] | None, Query(description="Only these kinds.")] = None,
    as_of: Annotated[
        date | None, Query(description="Relations binding on that day (default: today).")
    ] = None,
    history: Annotated[
        bool, Query(description="Every relation, past, present and not in force (ignores as_of).")
    ] = False,
) -> JSONResponse:
    """A treaty's promise binds from the treaty's entry into force, not its signature.
    ``state`` may also be a body that is a party in its own right (``EU``): its declared
    partnerships."""
    code = relation_party(names, state)
    other = relation_party(names, with_state) if with_state else None
    day = None if history else as_of or date.today()
    records = index.relations_of(code, other=other, kinds=tuple(kind) if kind else None, as_of=day)
    return JSONResponse([r.to_json() for r in records])


@router.get("/treaties", response_model=list[str], summary="Every treaty key")
def treaties(index: IndexDep) -> list[str]:
    return index.treaty_keys()


@router.get(
    "/treaties/{key}",
    summary="One treaty: parties and their dated events, promises, sources",
    responses={404: {"description": "Unknown treaty, with suggestions"}},
)
def treaty(key: str, index: IndexDep) -> dict[str, Any]:
    """``key``: parties' ISO3 codes and the year signed, e.g. RUS-PRK-2024."""
    try:
        return index.treaty(key)
    except UnknownTreatyError as exc:
        raise Problem(404, "Unknown treaty", str(exc), {"suggestions": exc.suggestions}) from None


def relation_party(names: NameIndex, text: str) -> str:
    """The code of a state (or a party body such as the EU) named ``text`` in any language.

    Raises:
        Problem: 404 for an unknown name (with suggestions) or a body that is no party.
    """
    entity = resolve_name(names, text, None)
    if entity.kind != "state" and entity.code not in PARTY_BODIES:
        raise Problem(
            404,
            "Not a state",
            f"{text!r} is a body ({entity.code}), not a state; of bodies only "
            f"{', '.join(sorted(PARTY_BODIES))} can be a party of a relation",
        )
    return entity.code


@router.get(
    "/analysis/security",
    tags=["analysis"],
    summary="Which states of a continent hold a defence promise from whom",
    responses={422: {"description": "Unknown continent or bad date"}},
)
def security(
    index: IndexDep,
    membership: MembershipDep,
    continent: Annotated[
        str, Query(max_length=100, description="Continent or UN M49 region (Eurasia, 150).")
    ] = "Eurasia",
    as_of: Annotated[date | None, Query(description="The day (default: today).")] = None,
    transcontinental: Annotated[
        bool, Query(description="Also count transcontinental states.")
    ] = False,
) -> dict[str, Any]:
    """The same report as ``blocgraph security --json``."""
    try:
        return security_report(
            membership,
            index.snapshot,
            continent=continent,
            as_of=as_of or date.today(),
            transcontinental=transcontinental,
        )
    except ValueError as exc:
        raise Problem(422, "Unknown region", str(exc)) from None
