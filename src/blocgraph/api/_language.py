"""The reader's language: ``?lang=`` first, then ``Accept-Language``, then English — among the
languages the graph has names in.

Example:
    >>> pick_language(None, "fr-CH, fr;q=0.9, en;q=0.8", {"en", "fr", "ru"})
    'fr'
    >>> pick_language("zh-Hans", None, {"en", "zh"})
    'zh'
    >>> pick_language("tlh", "de", {"en", "ru"})
    'en'
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Annotated

from fastapi import Depends, Query, Request

DEFAULT = "en"


def _candidates(tag: str) -> list[str]:
    tag = tag.strip().lower()
    return [tag, tag.split("-")[0]] if tag else []


def _accept_language(header: str) -> list[str]:
    """Language tags of an Accept-Language header, most wanted first (q=0 dropped)."""
    ranked: list[tuple[float, int, str]] = []
    for order, part in enumerate(header.split(",")[:20]):
        tag, *params = (p.strip() for p in part.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if tag and tag != "*" and quality > 0:
            ranked.append((-quality, order, tag))
    return [tag for _, _, tag in sorted(ranked)]


def pick_language(lang: str | None, accept_language: str | None, available: Collection[str]) -> str:
    """The language to label things in: the first of ``lang``, then the Accept-Language
    preferences, that the graph has names in; English otherwise."""
    wanted = [lang] if lang else []
    wanted += _accept_language(accept_language or "")
    for tag in wanted:
        for candidate in _candidates(tag[:35]):
            if candidate in available:
                return candidate
    return DEFAULT


async def _request_language(
    request: Request,
    lang: Annotated[
        str | None,
        Query(
            max_length=35,
            description="Language of the names in the answer (en, ru, fr, es, zh, ar); "
            "default: the Accept-Language header, else English.",
        ),
    ] = None,
) -> str:
    context = request.app.state.context
    names = await context.warm.names.wait(context.settings.startup_wait)
    available = names.languages()
    return pick_language(lang, request.headers.get("accept-language"), available)


LanguageDep = Annotated[str, Depends(_request_language)]
