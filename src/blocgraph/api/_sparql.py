"""``/sparql``: the SPARQL 1.1 Protocol endpoint (query; update only with a token)."""

from __future__ import annotations

import hmac

from fastapi import APIRouter, Request, Response

from blocgraph.api._context import AppContext, Context
from blocgraph.api._problems import Problem
from blocgraph.sparql import (
    NotAcceptableError,
    Operation,
    ProtocolError,
    QueryJob,
    QueryOutput,
    QueryTimeoutError,
    RefusedQueryError,
    guard,
    inspect,
    negotiate,
    parse_request,
    service_description,
)
from blocgraph.sparql._negotiate import GRAPH, choose
from blocgraph.sparql._prefixes import unshift_position, with_prefixes

router = APIRouter(tags=["SPARQL"])

#: rdflib's names for the RDF formats the service description can be written in
_RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}


_SUMMARY = "SPARQL 1.1 Protocol endpoint"
_DESCRIPTION = (
    "GET `?query=`, POST a URL-encoded form, or POST `application/sparql-query`. "
    "`default-graph-uri` / `named-graph-uri` set the dataset; results follow the Accept header "
    "(JSON, XML, CSV, TSV; Turtle, N-Triples, JSON-LD, RDF/XML). Without a query, GET answers "
    "the service description. Updates (POST `application/sparql-update` or `update=`) need "
    "the operator's token."
)


@router.get(
    "/sparql",
    name="sparql",
    response_class=Response,
    summary=_SUMMARY,
    description=_DESCRIPTION,
    operation_id="sparql_get",
)
async def sparql_get(request: Request, context: Context) -> Response:
    return await _handle(request, context)


@router.post(
    "/sparql",
    name="sparql_post",
    response_class=Response,
    summary=_SUMMARY,
    description=_DESCRIPTION,
    operation_id="sparql_post",
)
async def sparql_post(request: Request, context: Context) -> Response:
    return await _handle(request, context)


@router.api_route("/sparql", methods=["PUT", "DELETE", "PATCH"], include_in_schema=False)
async def sparql_other(request: Request) -> Response:
    raise Problem(
        405,
        "Method not allowed",
        f"{request.method} is not allowed on /sparql: use GET or POST",
        headers={"Allow": "GET, POST"},
    )


async def _handle(request: Request, context: AppContext) -> Response:
    try:
        operation = parse_request(
            request.method,
            list(request.query_params.multi_items()),
            request.headers.get("content-type"),
            await request.body(),
        )
    except ProtocolError as exc:
        raise Problem(exc.status, "Bad SPARQL request", str(exc)) from None
    if operation is None:
        return _describe(request, context)
    if operation.kind == "update":
        return await _update(request, context, operation)
    return await _query(request, context, operation)


async def _query(request: Request, context: AppContext, operation: Operation) -> Response:
    base_iri = str(request.url_for("sparql"))
    inspection = inspect(operation.text, base_iri)
    if inspection.form == "UPDATE":
        raise Problem(
            400,
            "Not a query",
            "this is a SPARQL update: send it as 'update=' or application/sparql-update",
        )
    try:
        text, added = with_prefixes(operation.text)
        if added:  # FROM bg:… names a graph through a predeclared prefix
            inspection = inspect(text, base_iri)
        guard(inspection, context.graphs)
        chosen = negotiate(
            inspection.form or "SELECT", request.headers.get("accept"), operation.formats
        )
    except RefusedQueryError as exc:
        raise Problem(400, "Query refused", str(exc)) from None
    except NotAcceptableError as exc:
        raise Problem(406, "Not acceptable", str(exc)) from None
    job = QueryJob(
        text,
        chosen.engine_name,
        operation.default_graphs,
        operation.named_graphs,
        context.settings.max_result_bytes,
        base_iri=base_iri,
    )
    output = await _run(context, job, added)
    media_type = chosen.media_type
    if media_type.startswith("text/") or media_type.endswith(("+json", "+xml")):
        media_type += "; charset=utf-8"
    return Response(output.body, media_type=media_type, headers={"Vary": "Accept"})


async def _run(context: AppContext, job: QueryJob, added: int = 0) -> QueryOutput:
    try:
        output = await context.backend.run(job)
    except QueryTimeoutError:
        raise Problem(
            503,
            "Query timeout",
            f"the query ran longer than {context.settings.query_timeout:g} s and was "
            "stopped: narrow it or add a LIMIT",
            headers={"Retry-After": "1"},
        ) from None
    _raise_for(output, added)
    return output


def _raise_for(output: QueryOutput, added: int = 0) -> None:
    if output.error is None:
        return
    if output.kind == "syntax":
        raise Problem(400, "SPARQL syntax error", unshift_position(output.error, added))
    if output.kind == "too_large":
        raise Problem(422, "Result too large", output.error)
    if output.kind == "forbidden":
        raise Problem(403, "Update refused", output.error)
    if output.kind == "upstream":
        raise Problem(502, "SPARQL endpoint unavailable", output.error)
    raise Problem(500, "Query failed", output.error)


async def _update(request: Request, context: AppContext, operation: Operation) -> Response:
    token = context.settings.update_token
    if not token:
        raise Problem(
            403,
            "Read-only service",
            "this service is read-only: SPARQL updates are refused (the operator "
            "can enable them with BLOCGRAPH_UPDATE_TOKEN)",
        )
    sent = request.headers.get("authorization", "")
    if not hmac.compare_digest(sent.encode(), f"Bearer {token}".encode()):
        raise Problem(403, "Update refused", "updates need 'Authorization: Bearer <token>'")
    inspection = inspect(operation.text)
    if operation.default_graphs or operation.named_graphs:
        raise Problem(
            400,
            "Bad SPARQL request",
            "using-graph-uri / using-named-graph-uri are not supported; use USING in the update",
        )
    if inspection.services or inspection.loads or inspection.stray_backslash:
        raise Problem(
            400,
            "Update refused",
            "SERVICE and LOAD are never allowed: this service "
            "does not contact other hosts or read files",
        )
    output = await context.backend.update(operation.text, str(request.url_for("sparql")))
    _raise_for(output)
    context.refresh()
    return Response(status_code=204)


def _describe(request: Request, context: AppContext) -> Response:
    chosen = choose(GRAPH, request.headers.get("accept")) or GRAPH[0]
    description = service_description(
        str(request.url_for("sparql")), context.graphs, updates=bool(context.settings.update_token)
    )
    body = description.serialize(format=_RDFLIB_FORMATS[chosen.engine_name], encoding="utf-8")
    return Response(body, media_type=chosen.media_type, headers={"Vary": "Accept"})
