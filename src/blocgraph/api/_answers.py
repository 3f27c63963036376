"""The membership lookups' answers, serialised once: the JSON bytes of "bodies of X" / "members
of Y" for a day and role are kept and served again while the store is unchanged, so a repeated
lookup costs the framework and little else — and less than that: a plain repeated request is
answered from this cache before routing (:mod:`blocgraph.api._fastpath`), under the key
:func:`answer` files it under.

Only answers from the in-memory index are kept (the embedded store is read-only while served);
answers from a remote endpoint, whose data can change, are computed every time.

"""

from __future__ import annotations

import json
from datetime import date
from typing import Literal

from fastapi import Request

from blocgraph.api._cache import Key
from blocgraph.api._context import AppContext
from blocgraph.api._language import pick_language
from blocgraph.api._names import resolve_name
from blocgraph.lookup import (
    AmbiguousNameError,
    MembershipIndex,
    MembershipRecord,
    UnknownNameError,
)

Which = Literal["state", "body"]


def encode(records: list[MembershipRecord]) -> bytes:
    """The records as JSON, as JSONResponse writes them."""
    return json.dumps(
        [r.to_json() for r in records], ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")


def _resolve(request: Request, context: AppContext, which: Which, name: str) -> str:
    try:
        return context.names.resolve(name, None if which == "state" else "body").code
    except (UnknownNameError, AmbiguousNameError):
        pass
    # the error path only: suggestions named in the reader's language
    lang = pick_language(
        request.query_params.get("lang"),
        request.headers.get("accept-language"),
        context.names.languages(),
    )
    resolve_name(context.names, name, None if which == "state" else "body", lang)
    raise AssertionError("unreachable")  # pragma: no cover


def answer(
    request: Request,
    context: AppContext,
    which: Which,
    name: str,
    day: date | None,
    role: str | None,
    layer: str = "all",
) -> bytes:
    """The JSON bytes of the lookup, from the cache when the index is in memory."""
    cacheable = isinstance(context.lookups, MembershipIndex)
    key: Key = (which, name, day, role, layer)
    if cacheable and (cached := context.answers.get(key)) is not None:
        return cached
    code = _resolve(request, context, which, name)
    if which == "state":
        records = context.lookups.bodies_of(code, as_of=day, role=role, layer=layer)
    else:
        records = context.lookups.members_of(code, as_of=day, role=role, layer=layer)
    body = encode(records)
    if cacheable:
        context.answers.put(key, body)
    return body
