"""Errors as HTTP problem details (RFC 9457): a status, a title and a message that says what to
fix — never a stack trace."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from blocgraph.store import StoreError

log = logging.getLogger("blocgraph.api")

PROBLEM_JSON = "application/problem+json"


class Problem(Exception):
    """An error answered as ``application/problem+json``."""

    def __init__(
        self,
        status: int,
        title: str,
        detail: str,
        extra: dict[str, object] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.title = title
        self.detail = detail
        self.extra = extra or {}
        self.headers = headers or {}


def problem_response(
    status: int,
    title: str,
    detail: str,
    extra: dict[str, object] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """A problem-details response."""
    body: dict[str, object] = {
        "type": "about:blank",
        "title": title,
        "status": status,
        "detail": detail,
        **(extra or {}),
    }
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _message(error: Mapping[str, Any]) -> str:
    """pydantic's message, plus the form expected where pydantic does not say it."""
    message = str(error.get("msg", ""))
    location = tuple(error.get("loc", ()))
    is_date = str(error.get("type", "")).startswith(("date_", "datetime_"))
    if is_date or (location and location[-1] == "as_of"):
        message += ": use YYYY-MM-DD"
    return message


def install(app: FastAPI) -> None:
    """Answer every error as a problem; log unexpected ones, show the client no internals."""

    @app.exception_handler(Problem)
    async def _problem(_request: Request, exc: Problem) -> JSONResponse:
        return problem_response(exc.status, exc.title, exc.detail, exc.extra, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"location": ".".join(str(p) for p in e.get("loc", ())), "message": _message(e)}
            for e in exc.errors()
        ]
        detail = "; ".join(f"{e['location']}: {e['message']}" for e in errors)
        return problem_response(422, "Invalid request", detail, {"errors": errors})

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return problem_response(
            exc.status_code, str(exc.detail), str(exc.detail), headers=dict(exc.headers or {})
        )

    @app.exception_handler(StoreError)
    async def _store(_request: Request, exc: StoreError) -> JSONResponse:
        log.warning("store unavailable: %s", exc)
        return problem_response(502, "Store unavailable", str(exc))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return problem_response(
            500, "Internal error", "the server failed on this request; it has been logged"
        )
