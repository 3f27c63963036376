"""``POST /api/extract``: a text in, what it asserts out — the flat JSON of
docs/extraction.md, or RDF — optionally checked against the reference graph. Nothing is stored.
"""

from __future__ import annotations

import functools
import sys
import threading
from functools import lru_cache
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from blocgraph.api._context import Context, StoreDep
from blocgraph.api._problems import Problem

# spaCy and the extractor load with the first extraction, not with the service (a second of
# its start-up): ``blocgraph serve`` answers before anything is extracted
if TYPE_CHECKING:
    from blocgraph.extract import Extraction, Extractor
    from blocgraph.lookup import RelationsSnapshot
    from blocgraph.store import GraphStore

router = APIRouter(tags=["extraction"])

_MEDIA = {
    "trig": "application/trig",
    "nquads": "application/n-quads",
    "turtle": "text/turtle",
    "jsonld": "application/ld+json",
}
_TEXT_TYPES = ("text/plain", "text/markdown", "application/octet-stream", "")
_lock = threading.Lock()  # one extraction at a time: spaCy pipelines are not thread-safe


@lru_cache(maxsize=2)
def _extractor(data_dir: Path) -> Extractor:
    from blocgraph.extract import Extractor

    return Extractor.from_data(data_dir)


def _relations(request: Request, store: GraphStore) -> RelationsSnapshot:
    """The relations layer, read once per served store (as ``/api/states/…/relations``)."""
    from blocgraph.api._relations import relations_index

    return relations_index(request, store).snapshot


def _run(data_dir: Path, text: str, lang: str = "auto") -> Extraction:
    extractor = _extractor(data_dir)
    with _lock:
        return extractor.extract(text, lang=lang)


async def _import_extract() -> None:
    """Import the extraction package (spaCy: about a second) once, in a worker thread."""
    if "blocgraph.extract" not in sys.modules:
        await run_in_threadpool(import_module, "blocgraph.extract")


async def _text(request: Request) -> str:
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media not in _TEXT_TYPES:
        raise Problem(
            415,
            "Unsupported media type",
            f"send the text as the request body with Content-Type text/plain; charset=utf-8 "
            f"(got {media!r})",
        )
    charset = request.headers.get("content-type", "").lower().partition("charset=")[2]
    charset = charset.split(";")[0].strip().strip('"')
    if charset and charset not in ("utf-8", "utf8", "us-ascii", "ascii"):
        raise Problem(415, "Unsupported charset", f"the text must be UTF-8 (got {charset!r})")
    body = await request.body()
    if not body.strip():
        raise Problem(400, "Empty text", "the request body is empty: send the text to extract")
    await _import_extract()
    from blocgraph.extract import UnreadableText, decode_text

    try:
        return decode_text(body)
    except UnreadableText as error:
        raise Problem(415, "Not UTF-8 text", str(error)) from None


@router.post(
    "/api/extract",
    summary="Extract mentions and statements from a text",
    response_model=None,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "text/plain": {
                    "schema": {"type": "string"},
                    "example": "Iran joined the SCO in 2023.",
                }
            },
        }
    },
)
async def extract(
    request: Request,
    context: Context,
    store: StoreDep,
    format: Annotated[
        Literal["json", "trig", "nquads", "turtle", "jsonld"],
        Query(
            description="json (the flat form of docs/extraction.md) or an RDF format with "
            "one named graph for the document."
        ),
    ] = "json",
    check: Annotated[
        bool,
        Query(
            description="Also compare membership, cooperation, treaty and partnership "
            "statements with the reference graph (json only)."
        ),
    ] = False,
    lang: Annotated[
        Literal["auto", "en", "ru"],
        Query(description="The text's language; auto detects it from its letters."),
    ] = "auto",
) -> Any:
    """The text (UTF-8, at most the service's body limit) is not stored. A file may start
    with `# date: YYYY-MM-DD` and `# source: URL` header lines; the date is the day `check`
    compares against (default: today)."""
    text = await _text(request)  # blocgraph.extract is imported from here on
    from blocgraph.extract import check_extraction, serialize

    extraction = await run_in_threadpool(_run, context.settings.data_dir, text, lang)
    if format != "json":
        if check:
            raise Problem(400, "Check needs JSON", "check=true is only available with format=json")
        return Response(serialize([extraction], format), media_type=_MEDIA[format])
    payload = extraction.to_json()
    if check:
        await context.ready(names=False, membership=True)
        relations = await run_in_threadpool(_relations, request, store)
        day, dated, checks = await run_in_threadpool(
            functools.partial(check_extraction, relations=relations),
            extraction,
            context.lookups,
            context.membership,
        )
        payload["check"] = {
            "as_of": day.isoformat(),
            "as_of_from_document": dated,
            "results": [c.to_json() for c in checks],
        }
    return payload
