"""Helpers the map and the charts share: checking bodies and roles, members on a day, and the
text that says what counts as membership."""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx

from blocgraph.analysis import DEFAULT_ROLES, SEED_BODIES, MembershipData

#: Plural labels of the role keys (data/README.md).
ROLE_LABELS = {
    "member": "members",
    "participating_state": "participating States",
    "suspended": "suspended members",
    "associate_member": "associate members",
    "observer": "observers",
    "dialogue_partner": "dialogue partners",
    "partner": "partners",
    "candidate": "candidates",
    "frozen": "frozen participants",
}


def members(graph: nx.Graph, body: str) -> set[str]:
    """States linked to ``body`` in a membership graph (empty for a body not in it)."""
    if body not in graph:
        return set()
    return {n for n in graph.neighbors(body) if graph.nodes[n].get("kind") == "state"}


def body_key(data: MembershipData, name: str) -> str:
    """The key of a body given its key in any case (``sco`` → ``SCO``).

    Raises:
        ValueError: no such body; the message lists the known keys.
    """
    wanted = name.strip().casefold()
    for key in data.body_names:
        if key.casefold() == wanted:
            return key
    raise ValueError(f"unknown body {name!r}; known: {', '.join(sorted(data.body_names))}")


def chosen_bodies(data: MembershipData, bodies: Sequence[str] | None) -> list[str]:
    """The body keys to show, in the order given, without repeats (default: the seed's six).

    Raises:
        ValueError: an unknown body, or none at all.
    """
    picked = SEED_BODIES if bodies is None else bodies
    chosen = list(dict.fromkeys(body_key(data, b) for b in picked if b.strip()))
    if not chosen:
        raise ValueError("no bodies: give at least one body")
    return chosen


def check_roles(roles: Sequence[str]) -> tuple[str, ...]:
    """``roles`` as a tuple, each a known role key.

    Raises:
        ValueError: an unknown role, or none at all.
    """
    unknown = [r for r in roles if r not in ROLE_LABELS]
    if unknown:
        raise ValueError(f"unknown role {unknown[0]!r}; known: {', '.join(ROLE_LABELS)}")
    if not roles:
        raise ValueError("no roles: give at least one role that counts as membership")
    return tuple(roles)


def roles_text(roles: Sequence[str]) -> str:
    """What counts as membership, in words.

    Example:
        >>> roles_text(["member", "observer"])
        'members and observers'
    """
    if set(roles) == set(DEFAULT_ROLES):
        return "full members, OSCE participating States and suspended members"
    labels = [ROLE_LABELS.get(r, r) for r in roles]
    return ", ".join(labels[:-1]) + (" and " if len(labels) > 1 else "") + labels[-1]


def body_key_text(data: MembershipData, chosen: Sequence[str]) -> str:
    """The bodies' keys spelled out, for captions: ``"CIS: Commonwealth of … ; BRICS."``."""
    parts = [b if data.body_names.get(b, b) == b else f"{b}: {data.body_names[b]}" for b in chosen]
    return "; ".join(parts) + "."
