"""What changed between two dates: members gained and lost, coverage before and after."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import networkx as nx

from blocgraph.analysis._graph import members


@dataclass(frozen=True, slots=True)
class BodyChange:
    """A body's membership on two dates."""

    body: str
    before: int
    after: int
    gained: tuple[str, ...]
    lost: tuple[str, ...]


def membership_changes(
    before: nx.Graph,
    after: nx.Graph,
    chosen: Sequence[str],
) -> list[BodyChange]:
    """Per body: member counts on both dates, and who joined and left in between."""
    out = []
    for body in chosen:
        old, new = members(before, body), members(after, body)
        out.append(
            BodyChange(body, len(old), len(new), tuple(sorted(new - old)), tuple(sorted(old - new)))
        )
    return out
