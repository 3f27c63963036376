"""The lookups' cached answers served before routing: a ``GET /api/states/{state}/bodies`` or
``GET /api/bodies/{body}/members`` whose answer is already serialised (see
:mod:`blocgraph.api._answers`) is sent straight from the cache, without FastAPI's routing,
dependency solving and parameter validation — about half of a cached lookup's cost
(``bench/rest-ceiling-results.md``).

Only a request the route would answer the same way is served here: its parameters known, each
given once and in its plain form (``as_of=YYYY-MM-DD``, a listed role or layer,
``history=true|false``), no ``Accept`` other than ``*/*`` or ``application/json``, and an answer
in the cache. Anything else — a first request, an unknown name, a misspelt or repeated
parameter, ``lang=``, a ``HEAD`` — goes to the application, which answers (or refuses) exactly
as before and fills the cache. The middleware sits inside the CORS and body-size middleware, so
those apply to both paths.

Example:
    >>> scope = {"type": "http", "method": "GET", "path": "/api/bodies/SCO/members",
    ...          "query_string": b"as_of=2024-01-01&role=observer", "headers": []}
    >>> cache_key(scope)
    ('body', 'SCO', datetime.date(2024, 1, 1), 'observer', 'all')
    >>> cache_key({**scope, "query_string": b"as_of=1.1.2024"}) is None  # the route says why
    True
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import parse_qsl

from starlette.datastructures import State
from starlette.types import ASGIApp, Receive, Scope, Send

from blocgraph._constants import ROLES
from blocgraph.api._cache import Key
from blocgraph.lookup import LAYER_CHOICES

_STATES, _BODIES = "/api/states/", "/api/bodies/"
_PLAIN_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_FLAGS = {"true": True, "false": False}  # pydantic reads more spellings: those go to the route
_JSON_ACCEPT = frozenset({b"*/*", b"application/json"})
_ROLES = frozenset(ROLES)
_LAYERS = frozenset(LAYER_CHOICES)


def cache_key(scope: Scope) -> Key | None:
    """The answer cache's key for a plain lookup request, or None for any other request.

    Parameters: an HTTP ``scope``. Returns: (which, name as asked, day or None for every spell,
    role or None, layer) — the key :func:`blocgraph.api._answers.answer` files the answer under.
    """
    if scope["method"] != "GET" or scope.get("root_path"):
        return None
    path: str = scope["path"]
    if path.startswith(_STATES) and path.endswith("/bodies"):
        which, name = "state", path[len(_STATES) : -len("/bodies")]
    elif path.startswith(_BODIES) and path.endswith("/members"):
        which, name = "body", path[len(_BODIES) : -len("/members")]
    else:
        return None
    if not name or "/" in name:  # the route's path parameter is one segment
        return None
    for header, value in scope["headers"]:
        if header == b"accept" and value not in _JSON_ACCEPT:
            return None
    as_of: date | None = None
    role: str | None = None
    history = False
    layer = "all"
    seen: set[str] = set()
    # as Starlette reads a query string: latin-1 bytes, then percent-decoded UTF-8
    for field, value in parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True):
        if field in seen:
            return None
        seen.add(field)
        if field == "as_of" and _PLAIN_DAY.fullmatch(value):
            try:
                as_of = date.fromisoformat(value)
            except ValueError:
                return None
        elif field == "role" and value in _ROLES:
            role = value
        elif field == "history" and value in _FLAGS:
            history = _FLAGS[value]
        elif field == "layer" and value in _LAYERS:
            layer = value
        else:
            return None
    day = None if history else as_of or date.today()
    return (which, name, day, role, layer)


class CachedAnswers:
    """ASGI middleware: answer a plain lookup from the answer cache, pass the rest on.

    ``state`` is the application's state, whose ``context`` (an
    :class:`~blocgraph.api._context.AppContext`) holds the cache once the service has started.
    """

    def __init__(self, app: ASGIApp, state: State) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and (key := cache_key(scope)) is not None:
            context = getattr(self.state, "context", None)
            body = None if context is None else context.answers.get(key)
            if body is not None:
                # the headers a starlette Response(body, media_type="application/json") sends
                headers = [
                    (b"content-length", str(len(body)).encode("latin-1")),
                    (b"content-type", b"application/json"),
                ]
                await send({"type": "http.response.start", "status": 200, "headers": headers})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)
