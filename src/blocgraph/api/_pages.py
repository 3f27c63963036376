"""The pages for people: ``/`` (the coverage map with its controls, the coverage summary and
the overlap views) and ``/query`` (SPARQL with worked examples), and their assets under
``/static``.

Everything a page needs is served from here — no CDN, no build step — and the pages say so to
the browser with a Content-Security-Policy that allows only this origin. The scripts read the
JSON and SVG routes like any other client; the example queries of ``/query`` are files under
``static/examples/`` (tested against the real graph).

Example:
    >>> {"home.js", "query.js", "style.css", "examples/examples.json"} <= set(ASSETS)
    True
    >>> ASSETS["home.js"].media_type
    'text/javascript; charset=utf-8'
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from fastapi import APIRouter, Request, Response

from blocgraph.api._problems import Problem

router = APIRouter(include_in_schema=False)

STATIC_DIR = Path(__file__).parent / "static"

#: Only this origin; no inline script, style or handler (the pages have none).
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
_MEDIA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".rq": "application/sparql-query; charset=utf-8",
    ".svg": "image/svg+xml",
    ".woff2": "font/woff2",
}


@dataclass(frozen=True, slots=True)
class Asset:
    """One file under ``static/``, read once: its bytes, media type and entity tag."""

    body: bytes
    media_type: str
    etag: str

    @classmethod
    def read(cls, path: Path) -> Asset:
        body = path.read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        return cls(body, _MEDIA_TYPES[path.suffix], etag)


def _assets() -> dict[str, Asset]:
    # a fixed table, not a path join: no request can name a file outside static/
    return {
        path.relative_to(STATIC_DIR).as_posix(): Asset.read(path)
        for path in sorted(STATIC_DIR.rglob("*"))
        if path.is_file() and path.suffix in _MEDIA_TYPES
    }


ASSETS = _assets()


def _answer(request: Request, asset: Asset, headers: dict[str, str]) -> Response:
    # revalidate every time: cheap (304) and never stale after an upgrade
    headers = {
        "ETag": asset.etag,
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
        **headers,
    }
    if request.headers.get("if-none-match") == asset.etag:
        return Response(status_code=304, headers=headers)
    return Response(asset.body, media_type=asset.media_type, headers=headers)


def _page(request: Request, name: str) -> Response:
    return _answer(
        request,
        ASSETS[name],
        {"Content-Security-Policy": CONTENT_SECURITY_POLICY, "Referrer-Policy": "same-origin"},
    )


@router.api_route("/", methods=["GET", "HEAD"])
def home(request: Request) -> Response:
    """The coverage map, its controls, the coverage summary and the overlap views."""
    return _page(request, "index.html")


@router.api_route("/query", methods=["GET", "HEAD"])
def query(request: Request) -> Response:
    """A SPARQL form with worked examples; results as a table."""
    return _page(request, "query.html")


@router.api_route("/yasgui", methods=["GET", "HEAD"])
def yasgui(request: Request) -> Response:
    """The SPARQL editor: YASGUI (npm ``@zazuko/yasgui``, MIT), vendored under ``static/vendor``.

    YASGUI sets inline styles (column widths, its drag handles), so this page alone allows
    them; scripts stay this origin's files only."""
    policy = CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    return _answer(
        request,
        ASSETS["yasgui.html"],
        {"Content-Security-Policy": policy, "Referrer-Policy": "same-origin"},
    )


@router.api_route("/static/{name:path}", methods=["GET", "HEAD"])
def static(name: str, request: Request) -> Response:
    """The pages' scripts, styles, icon and example queries."""
    asset = ASSETS.get(name)
    if asset is None or name.endswith(".html"):  # pages only at their own paths
        raise Problem(404, "Not found", f"no asset /static/{name}")
    return _answer(request, asset, {})
