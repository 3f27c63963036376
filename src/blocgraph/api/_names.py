"""Names in a request resolved to states and bodies: an unknown or ambiguous name is a 404
problem that lists suggestions."""

from __future__ import annotations

from typing import Literal

from blocgraph.api._problems import Problem
from blocgraph.lookup import AmbiguousNameError, Entity, NameIndex, UnknownNameError


def resolve_name(
    names: NameIndex, name: str, kind: Literal["state", "body"] | None, lang: str = "en"
) -> Entity:
    """The state or body ``name`` names (in any language; ``kind`` narrows it).

    Raises:
        Problem: 404 "Unknown name" or "Ambiguous name", with ``suggestions`` named in ``lang``.
    """
    try:
        return names.resolve(name, kind, lang)
    except UnknownNameError as exc:
        raise Problem(404, "Unknown name", str(exc), {"suggestions": exc.suggestions}) from None
    except AmbiguousNameError as exc:
        raise Problem(
            404,
            "Ambiguous name",
            str(exc),
            {"suggestions": [f"{e.name} ({e.code})" for e in exc.candidates]},
        ) from None
