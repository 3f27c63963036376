"""The HTTP/1.1 protocol ``blocgraph serve`` runs: uvicorn's httptools protocol, with a cap on
the request target and problem details for what the parser refuses.

uvicorn answers a request its parser rejects (a request line or header past the parser's
limits, a malformed request) with a plain-text ``400 Invalid HTTP request received.`` before the
application sees it, so no middleware can help. This protocol counts the request target as it
arrives and answers a long one with ``414 URI Too Long``, and every refusal as
``application/problem+json`` like the application's own errors.

Example:
    >>> protocol = protocol_class(max_url_bytes=2048)
    >>> protocol.max_url_bytes
    2048
"""

from __future__ import annotations

import asyncio
import json
from typing import Any, ClassVar

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

_DRAIN_SECONDS = 2.0


class _UrlTooLongError(Exception):
    """The request target passed the cap; the parser stops and the protocol answers 414."""


class ProblemHttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol answering parser refusals as problem details."""

    max_url_bytes: ClassVar[int] = 32_768

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._url_too_long = False
        self._refused = False

    def data_received(self, data: bytes) -> None:
        if self._refused:  # the answer is sent: read the rest of the request into the void
            return
        super().data_received(data)

    def on_message_begin(self) -> None:
        self._url_too_long = False
        super().on_message_begin()

    def on_url(self, url: bytes) -> None:
        super().on_url(url)
        if len(self.url) > self.max_url_bytes:
            self._url_too_long = True
            raise _UrlTooLongError

    def send_400_response(self, msg: str) -> None:
        if self._url_too_long:
            self._send_problem(
                414,
                "URI Too Long",
                f"the request URL is longer than {self.max_url_bytes} bytes: send a long SPARQL "
                "query in a POST body (application/sparql-query or a form) instead",
            )
        else:
            self._send_problem(
                400,
                "Bad Request",
                "the request is not valid HTTP/1.1 (or its headers are too large)",
            )

    def _send_problem(self, status: int, title: str, detail: str) -> None:
        body = json.dumps(
            {"type": "about:blank", "title": title, "status": status, "detail": detail}
        ).encode()
        head = [f"HTTP/1.1 {status} {title}\r\n".encode("ascii")]
        for name, value in self.server_state.default_headers:
            head.extend([name, b": ", value, b"\r\n"])
        head.extend(
            [
                b"content-type: application/problem+json\r\n",
                b"content-length: " + str(len(body)).encode("ascii") + b"\r\n",
                b"connection: close\r\n\r\n",
            ]
        )
        self.transport.write(b"".join(head) + body)
        # Closing now, with the client still sending, would reset the connection and could
        # destroy the answer before the client reads it: half-close, drain, close soon after.
        self._refused = True
        if self.transport.can_write_eof():
            self.transport.write_eof()
            asyncio.get_running_loop().call_later(_DRAIN_SECONDS, self.transport.close)
        else:
            self.transport.close()


def protocol_class(max_url_bytes: int) -> type[ProblemHttpProtocol]:
    """The protocol class with its URL cap (uvicorn builds one protocol per connection)."""
    return type("ProblemHttpProtocol", (ProblemHttpProtocol,), {"max_url_bytes": max_url_bytes})
