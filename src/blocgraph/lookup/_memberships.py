"""Who is in which body, in what role, since when, says who — as of any date."""

from __future__ import annotations

import re
from datetime import date

from blocgraph._constants import ROLES, SPARQL_PREFIXES
from blocgraph.lookup._layers import (
    Observed,
    check_layer,
    combine,
    curated_starts,
    read_observed,
)
from blocgraph.lookup._patterns import optionals
from blocgraph.lookup._records import MembershipRecord, SourceRef
from blocgraph.store import GraphStore

_CODE = re.compile(r"^[A-Z0-9]{2,12}$")

_QUERY = (
    SPARQL_PREFIXES
    + """
SELECT ?m ?body ?member ?role ?start ?startPrecision ?end ?endPrecision ?endReason
       ?uncertain ?note ?url ?accessed ?tier ?quote WHERE {
    %(anchor)s
    ?m a bg:Membership ; org:role ?r ; bg:startDate ?start ; prov:wasDerivedFrom ?source .
    ?b bg:key ?body .
    ?who bg:iso3|bg:key ?member .
    ?r skos:notation ?role .
    ?source dcterms:source ?url ; bg:accessed ?accessed .
    """
    + optionals("?source", {"tier": "bg:tier", "quote": "bg:quote"})
    + "\n    "
    + optionals(
        "?m",
        {
            "end": "bg:endDate",
            "startPrecision": "bg:startPrecision",
            "endPrecision": "bg:endPrecision",
            "endReason": "bg:endReason",
            "uncertain": "bg:uncertain",
            "note": "skos:note",
        },
    )
    + "\n}"
)


_TIER_ORDER = {"official": 0, "reference": 1, "secondary": 2}


def _source_order(source: SourceRef) -> tuple[int, bool, str]:
    """Best first: official before reference before secondary, quoted before unquoted."""
    return (_TIER_ORDER.get(source.tier, 3), source.quote is None, source.url)


def _with_precision(value: str | None, precision: str | None) -> str | None:
    if value is None:
        return None
    return {"year": value[:4], "month": value[:7]}.get(precision or "", value)


def _spells(rows: list[dict[str, str | None]]) -> list[tuple[MembershipRecord, str, str | None]]:
    """Records (sorted), each with its raw start and end dates (first days, ISO strings)."""
    grouped: dict[str, tuple[dict[str, str | None], list[SourceRef]]] = {}
    for row in rows:
        _first, sources = grouped.setdefault(str(row["m"]), (row, []))
        tier = str(row.get("tier") or "").rsplit("/", 1)[-1] or "secondary"
        ref = SourceRef(str(row["url"]), str(row["accessed"]), tier, row.get("quote"))
        if ref not in sources:
            sources.append(ref)
    spells = [
        (
            MembershipRecord(
                body=str(row["body"]),
                state=str(row["member"]),
                role=str(row["role"]),
                start=_with_precision(row["start"], row["startPrecision"]) or "",
                end=_with_precision(row["end"], row["endPrecision"]),
                sources=tuple(sorted(sources, key=_source_order)),
                end_reason=row["endReason"],
                uncertain=row["uncertain"] == "true",
                note=row["note"],
            ),
            str(row["start"]),
            row["end"],
        )
        for row, sources in grouped.values()
    ]
    return sorted(spells, key=lambda s: (s[0].body, s[0].state, s[0].start, s[0].role))


def _pick(
    spells: list[tuple[MembershipRecord, str, str | None]], as_of: date | None, role: str | None
) -> list[MembershipRecord]:
    """The records of ``spells`` in force on ``as_of`` (None: all) in ``role`` (None: all):
    started on or before the day, not ended by it (an end is the first day out of the role)."""
    if role is not None and role not in ROLES:
        raise ValueError(f"unknown role {role!r}: one of {', '.join(ROLES)}")
    day = as_of.isoformat() if as_of else None
    return [
        record
        for record, start, end in spells
        if (role is None or record.role == role)
        and (day is None or (start <= day and (end is None or end > day)))
    ]


Spells = list[tuple[MembershipRecord, str, str | None]]
"""Curated records (sorted), each with its raw start and end dates (first days, ISO strings)."""


def read_curated(store: GraphStore) -> tuple[Spells, dict[str, int]]:
    """Every curated spell, and the year of each curated body's first spell: what
    :class:`MembershipIndex` holds (also kept beside the store, :mod:`._index_cache`)."""
    anchor = "?m org:member ?who ; org:organization ?b ."
    return _spells(store.select(_QUERY % {"anchor": anchor})), curated_starts(store)


class MembershipIndex:
    """Every curated membership record held in memory, for a service answering many lookups;
    the lower layers' records of a state or body are read on its first lookup and kept.

    Gives exactly what :func:`bodies_of` and :func:`members_of` give. Reading all ~30,000
    lower-layer spells up front would cost seconds of start-up; one state's or body's takes a
    few milliseconds. Build it again after the store changes.
    """

    def __init__(
        self,
        spells: list[tuple[MembershipRecord, str, str | None]],
        store: GraphStore | None = None,
        starts: dict[str, int] | None = None,
    ) -> None:
        self._by_member: dict[str, list[tuple[MembershipRecord, str, str | None]]] = {}
        self._by_body: dict[str, list[tuple[MembershipRecord, str, str | None]]] = {}
        self._store = store
        self._observed: dict[tuple[str, str], list[Observed]] = {}
        self._starts = starts or {}
        for spell in spells:
            self._by_member.setdefault(spell[0].state, []).append(spell)
            self._by_body.setdefault(spell[0].body, []).append(spell)

    @classmethod
    def from_store(cls, store: GraphStore) -> MembershipIndex:
        """Read every curated membership record once (two queries)."""
        spells, starts = read_curated(store)
        return cls(spells, store, starts)

    def _observed_of(self, kind: str, code: str) -> list[Observed]:
        key = (kind, code)
        if key not in self._observed:
            if self._store is None:
                return []
            anchor = (
                f'?who bg:iso3 "{code}" . ?m org:member ?who ; org:organization ?b .'
                if kind == "member"
                else f'?b bg:key "{code}" . ?m org:organization ?b ; org:member ?who .'
            )
            self._observed[key] = read_observed(self._store, anchor)
        return self._observed[key]

    def _layered(
        self,
        spells: list[tuple[MembershipRecord, str, str | None]],
        observed: list[Observed],
        as_of: date | None,
        role: str | None,
        layer: str,
    ) -> list[MembershipRecord]:
        now = _pick(spells, as_of, role)
        if check_layer(layer) == "curated":
            return now
        everything = [record for record, _start, _end in spells]
        return combine(
            now, everything, observed, as_of=as_of, role=role, layer=layer, starts=self._starts
        )

    def bodies_of(
        self,
        member: str,
        *,
        as_of: date | None = None,
        role: str | None = None,
        layer: str = "all",
    ) -> list[MembershipRecord]:
        """As :func:`bodies_of`, from memory."""
        code = _check_code(member)
        spells = self._by_member.get(code, [])
        if layer == "curated":
            return self._layered(spells, [], as_of, role, layer)
        return self._layered(spells, self._observed_of("member", code), as_of, role, layer)

    def members_of(
        self,
        body: str,
        *,
        as_of: date | None = None,
        role: str | None = None,
        layer: str = "all",
    ) -> list[MembershipRecord]:
        """As :func:`members_of`, from memory."""
        code = _check_code(body)
        spells = self._by_body.get(code, [])
        if layer == "curated":
            return self._layered(spells, [], as_of, role, layer)
        return self._layered(spells, self._observed_of("body", code), as_of, role, layer)


def _check_code(code: str) -> str:
    if not _CODE.match(code):
        raise ValueError(f"{code!r} is not a state code or body key")
    return code


def _layered_records(
    store: GraphStore,
    anchors: tuple[str, str],
    as_of: date | None,
    role: str | None,
    layer: str,
) -> list[MembershipRecord]:
    """``anchors``: the curated pattern, and the same for the lower layers (whose members are
    states only: no property path, which would cost a second per lookup).

    One query reads the subject's curated spells, whatever the day and role (the lower layers
    need them all to know which pairs the curated layer covers); the day and role are applied
    in memory, as :class:`MembershipIndex` does — two queries cost a command-line lookup about
    twice the time."""
    check_layer(layer)
    spells = _spells(store.select(_QUERY % {"anchor": anchors[0]}))
    now = _pick(spells, as_of, role)
    if layer == "curated":
        return now
    everything = [record for record, _start, _end in spells]
    return combine(
        now,
        everything,
        read_observed(store, anchors[1]),
        as_of=as_of,
        role=role,
        layer=layer,
        # the precedence rule asks for the first year only of bodies the curated layer covers
        starts=curated_starts(store, {record.body for record in everything}),
    )


def bodies_of(
    store: GraphStore,
    member: str,
    *,
    as_of: date | None = None,
    role: str | None = None,
    layer: str = "all",
) -> list[MembershipRecord]:
    """Memberships of ``member`` (ISO3 or body key) in any body.

    Parameters:
        store: the built store.
        member: a resolved code (see :class:`blocgraph.lookup.NameIndex`).
        as_of: only spells in force on that day; None lists every spell, past and present.
        role: only spells in that role (``member``, ``observer`` …); None lists all roles.
        layer: ``all`` (curated first, then the Factbook and COW rows the curated layer does
            not cover), or one layer: ``curated``, ``factbook-2026-01``, ``cow-igo-v3``.

    Returns:
        Curated records sorted by body, then start; then the lower layers' records.

    Example:
        >>> from blocgraph.config import get_settings
        >>> store = Store.open(get_settings().store)               # doctest: +SKIP
        >>> spells = bodies_of(store, "BLR", as_of=date(2025, 1, 1))  # doctest: +SKIP
        >>> [r.role for r in spells if r.body == "SCO"]  # doctest: +SKIP
        ['member']
    """
    code = _check_code(member)
    # VALUES rather than the path bg:iso3|bg:key: the same solutions, a third of the time
    anchor = (
        f'VALUES ?codeOf {{ bg:iso3 bg:key }} ?who ?codeOf "{code}" . '
        "?m org:member ?who ; org:organization ?b ."
    )
    observed = f'?who bg:iso3 "{code}" . ?m org:member ?who ; org:organization ?b .'
    return _layered_records(store, (anchor, observed), as_of, role, layer)


def members_of(
    store: GraphStore,
    body: str,
    *,
    as_of: date | None = None,
    role: str | None = None,
    layer: str = "all",
) -> list[MembershipRecord]:
    """Memberships in ``body`` (a body key), filtered as in :func:`bodies_of`."""
    code = _check_code(body)
    anchor = f'?b bg:key "{code}" . ?m org:organization ?b ; org:member ?who .'
    return _layered_records(store, (anchor, anchor), as_of, role, layer)


class LiveLookups:
    """The lookups run against the store on every call (for a remote endpoint, whose data can
    change while the service runs); same interface as :class:`MembershipIndex`."""

    def __init__(self, store: GraphStore) -> None:
        self._store = store

    def bodies_of(
        self,
        member: str,
        *,
        as_of: date | None = None,
        role: str | None = None,
        layer: str = "all",
    ) -> list[MembershipRecord]:
        """As :func:`bodies_of`."""
        return bodies_of(self._store, member, as_of=as_of, role=role, layer=layer)

    def members_of(
        self,
        body: str,
        *,
        as_of: date | None = None,
        role: str | None = None,
        layer: str = "all",
    ) -> list[MembershipRecord]:
        """As :func:`members_of`."""
        return members_of(self._store, body, as_of=as_of, role=role, layer=layer)
