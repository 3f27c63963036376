"""Each state's strongest tie with one state on a day: a defence promise (mutual or one way),
another treaty promise, a declared partnership, diplomatic relations, or nothing recorded.

Pure functions over a :class:`~blocgraph.lookup.RelationsSnapshot` (the curated relations),
reading the same records as ``blocgraph relations KEY --as-of D``
(:func:`blocgraph.lookup.relations_of`). The order of strength is :data:`TIE_ORDER`, and only
there.

Example:
    >>> from blocgraph.config import get_settings
    >>> from blocgraph.lookup import read_relations
    >>> from blocgraph.store import Store
    >>> snapshot = read_relations(Store.open(get_settings().store))      # doctest: +SKIP
    >>> ties = strongest_ties(snapshot, "RUS", date(2025, 6, 1))          # doctest: +SKIP
    >>> ties["PRK"].tie, ties["CHN"].tie, ties["IND"].tie                 # doctest: +SKIP
    ('defence_mutual', 'treaty_promise', 'partnership')
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from blocgraph.lookup import RelationRecord, RelationsSnapshot, relations_of

TIE_ORDER: tuple[str, ...] = (
    "defence_mutual",
    "defence_given",
    "defence_received",
    "treaty_promise",
    "partnership",
    "diplomatic",
    "none",
)
"""Ties from strongest to weakest; a state's tie with KEY is the first that holds on the day.

- ``defence_mutual``: a treaty in force binds both to defend the other (or each promises the
  other one way);
- ``defence_given``: KEY promises to defend the state, the state promises nothing back;
- ``defence_received``: the state promises to defend KEY, one way;
- ``treaty_promise``: another ATOP promise in force (offence, neutrality, non-aggression,
  consultation), no defence promise;
- ``partnership``: a declared partnership in force, no treaty promise;
- ``diplomatic``: diplomatic relations only (curated for a few pairs);
- ``none``: no tie recorded in the curated layer — not proof that there is none.
"""

TIE_LABELS: dict[str, str] = {
    "defence_mutual": "mutual defence promise",
    "defence_given": "defence promise from {key} (one way)",
    "defence_received": "defence promise to {key} (one way)",
    "treaty_promise": "other treaty promise (offence, neutrality, non-aggression, consultation)",
    "partnership": "declared partnership only",
    "diplomatic": "diplomatic relations only",
    "none": "no tie recorded",
}
"""Legend labels of :data:`TIE_ORDER`; ``{key}`` is KEY's code."""

_DEFENCE_BY_DIRECTION = {
    "mutual": "defence_mutual",
    "from_state": "defence_given",
    "to_state": "defence_received",
}


@dataclass(frozen=True, slots=True)
class Tie:
    """The strongest tie of ``state`` with ``key`` on a day, and what it rests on.

    ``kinds``: the kinds of relation in force that make this tie (``defence``, ``consultation``
    …); ``treaties``: their treaty keys; ``labels``: the partnership's declared wording, if
    the tie is a partnership. ``also``: weaker ties that hold as well (for tooltips).
    """

    state: str
    key: str
    tie: str
    kinds: tuple[str, ...] = ()
    treaties: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    also: tuple[str, ...] = ()

    @property
    def rank(self) -> int:
        """Position in :data:`TIE_ORDER` (0 = strongest)."""
        return TIE_ORDER.index(self.tie)


def tie_of(record: RelationRecord) -> str:
    """The class of :data:`TIE_ORDER` one relation record of KEY (``record.state``) falls in."""
    if record.kind == "defence":
        return _DEFENCE_BY_DIRECTION.get(record.direction, "defence_mutual")
    if record.kind == "partnership":
        return "partnership"
    if record.kind == "diplomatic":
        return "diplomatic"
    return "treaty_promise"


def _combine(ties: set[str]) -> set[str]:
    """A promise each way, under one treaty or two, is a mutual promise."""
    if {"defence_given", "defence_received"} <= ties:
        return (ties - {"defence_given", "defence_received"}) | {"defence_mutual"}
    return ties


def strongest_ties(snapshot: RelationsSnapshot, key: str, as_of: date) -> dict[str, Tie]:
    """The strongest tie with ``key`` of every state that has one on ``as_of``.

    Parameters:
        snapshot: the curated relations (:func:`blocgraph.lookup.read_relations`).
        key: an ISO3 code (or a party body such as ``EU``).
        as_of: the day; a treaty's promise counts from its entry into force for both parties.

    Returns:
        ``{other: Tie}`` for every state or party body with at least one relation in force;
        states missing from it have no recorded tie (``none``).
    """
    by_other: dict[str, list[RelationRecord]] = {}
    for record in relations_of(snapshot, key, as_of=as_of):
        if record.other != key:
            by_other.setdefault(record.other, []).append(record)
    ties: dict[str, Tie] = {}
    for other, records in sorted(by_other.items()):
        held = _combine({tie_of(r) for r in records})
        best = min(held, key=TIE_ORDER.index)
        basis = [
            r
            for r in records
            if tie_of(r) == best
            or (best == "defence_mutual" and r.kind == "defence")  # the two one-way promises
        ]
        ties[other] = Tie(
            state=other,
            key=key,
            tie=best,
            kinds=tuple(sorted({r.kind for r in basis})),
            treaties=tuple(sorted({r.treaty.key for r in basis if r.treaty})),
            labels=tuple(sorted({r.label for r in basis if r.label and r.kind == "partnership"})),
            also=tuple(sorted(held - {best}, key=TIE_ORDER.index)),
        )
    return ties
