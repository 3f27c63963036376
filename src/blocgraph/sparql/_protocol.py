"""The SPARQL 1.1 Protocol's request rules: which operation a request carries, where, and with
which dataset — independent of the web framework."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qsl

FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"


class ProtocolError(ValueError):
    """The request breaks the protocol; ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True, slots=True)
class Operation:
    """A query or an update, with the dataset the request names."""

    kind: Literal["query", "update"]
    text: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    formats: tuple[str, ...] = ()
    """Every ``format`` / ``output`` parameter, in order (SPARQLWrapper sends several)."""


def _media_type(content_type: str | None) -> tuple[str, str | None]:
    if not content_type:
        return "", None
    media, *parameters = (part.strip() for part in content_type.split(";"))
    charset = None
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media.lower(), charset


def _decode(body: bytes, charset: str | None) -> str:
    if charset not in (None, "utf-8", "utf8", "us-ascii"):
        raise ProtocolError(415, f"charset {charset} is not supported: send UTF-8")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError(
            400, f"the request body is not UTF-8 (byte {exc.start}): send UTF-8 text"
        ) from None


def _parse_form(text: str) -> list[tuple[str, str]]:
    try:
        return parse_qsl(
            text, keep_blank_values=True, strict_parsing=False, encoding="utf-8", errors="strict"
        )
    except UnicodeDecodeError:
        raise ProtocolError(400, "a form field is not UTF-8 once decoded: send UTF-8") from None


def _one(params: Sequence[tuple[str, str]], name: str) -> str | None:
    values = [v for k, v in params if k == name]
    if len(values) > 1:
        raise ProtocolError(
            400, f"the request has {len(values)} '{name}' parameters; send exactly one"
        )
    return values[0] if values else None


def parse_request(
    method: str, url_params: Sequence[tuple[str, str]], content_type: str | None, body: bytes
) -> Operation | None:
    """The operation a protocol request carries; None for a plain GET (service description).

    Raises:
        ProtocolError: the request breaks the SPARQL 1.1 Protocol.

    Example:
        >>> parse_request("GET", [("query", "ASK {}")], None, b"").text
        'ASK {}'
    """
    params = list(url_params)
    media, charset = _media_type(content_type)
    text: str | None
    if method == "GET":
        if _one(params, "update") is not None:
            raise ProtocolError(400, "updates must be sent with POST, not GET")
        text = _one(params, "query")
        if text is None:
            return None
        kind: Literal["query", "update"] = "query"
    elif method == "POST":
        if media == FORM:
            params += _parse_form(_decode(body, charset))
            query, update = _one(params, "query"), _one(params, "update")
            if query is not None and update is not None:
                raise ProtocolError(400, "send either 'query' or 'update', not both")
            if query is None and update is None:
                raise ProtocolError(400, "the form has no 'query' or 'update' field")
            kind, text = ("query", query) if query is not None else ("update", update)
        elif media in (QUERY, UPDATE):
            if _one(params, "query") is not None or _one(params, "update") is not None:
                raise ProtocolError(
                    400, "the operation is in the body; do not repeat it in the URL"
                )
            kind = "query" if media == QUERY else "update"
            text = _decode(body, charset)
        elif not media:
            raise ProtocolError(
                400,
                "missing Content-Type: use application/sparql-query, "
                "application/sparql-update or a URL-encoded form",
            )
        else:
            raise ProtocolError(
                415, f"unsupported Content-Type {media}: use {QUERY}, {UPDATE} or {FORM}"
            )
    else:
        raise ProtocolError(405, f"method {method} is not allowed: use GET or POST")
    assert text is not None
    if not text.strip():
        raise ProtocolError(400, f"the {kind} is empty")
    if kind == "query":
        defaults = tuple(v for k, v in params if k == "default-graph-uri")
        named = tuple(v for k, v in params if k == "named-graph-uri")
    else:
        defaults = tuple(v for k, v in params if k == "using-graph-uri")
        named = tuple(v for k, v in params if k == "using-named-graph-uri")
    formats = tuple(v for k, v in params if k in ("format", "output"))
    return Operation(kind, text, defaults, named, formats)
