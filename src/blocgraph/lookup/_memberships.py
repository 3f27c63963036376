"""Who is in which body, in what role, since when, says who — as of any date."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from blocgraph._constants import ROLES, SPARQL_PREFIXES
from blocgraph.store import GraphStore

_CODE = re.compile(r"^[A-Z0-9]{2,12}$")

_QUERY = (
    SPARQL_PREFIXES
    + """
SELECT ?m ?body ?member ?role ?start ?startPrecision ?end ?endPrecision ?endReason
       ?uncertain ?note ?url ?accessed WHERE {
    %(anchor)s
    ?m org:role ?r ; bg:startDate ?start ; prov:wasDerivedFrom ?source .
    ?b bg:key ?body .
    ?who bg:iso3|bg:key ?member .
    ?r skos:notation ?role .
    ?source dcterms:source ?url ; bg:accessed ?accessed .
    OPTIONAL { ?m bg:endDate ?end }
    OPTIONAL { ?m bg:startPrecision ?startPrecision }
    OPTIONAL { ?m bg:endPrecision ?endPrecision }
    OPTIONAL { ?m bg:endReason ?endReason }
    OPTIONAL { ?m bg:uncertain ?uncertain }
    OPTIONAL { ?m skos:note ?note }
    %(filters)s
}"""
)


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a fact comes from: the page and the day it was read."""

    url: str
    accessed: str


@dataclass(frozen=True, slots=True)
class MembershipRecord:
    """One membership spell as the CLI and the API print it.

    ``state`` is the member's code: an ISO3 code, or a body key when the member is a body (the
    EU in ASEM). Dates are written with the precision they are known to (``2024-07-04``,
    ``2004-06``, ``1992``); ``end`` is the first day no longer in the role.
    """

    body: str
    state: str
    role: str
    start: str
    end: str | None
    sources: tuple[SourceRef, ...]
    end_reason: str | None = None
    uncertain: bool = False
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict with the keys body, state, role, start, end, sources, …"""
        record = asdict(self)
        record["sources"] = [asdict(s) for s in self.sources]
        return record


def _with_precision(value: str | None, precision: str | None) -> str | None:
    if value is None:
        return None
    return {"year": value[:4], "month": value[:7]}.get(precision or "", value)


def _filters(as_of: date | None, role: str | None) -> str:
    filters = []
    if as_of is not None:
        day = as_of.isoformat()
        filters.append(
            f'FILTER (?start <= "{day}"^^xsd:date && (!BOUND(?end) || ?end > "{day}"^^xsd:date))'
        )
    if role is not None:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}: one of {', '.join(ROLES)}")
        filters.append(f'FILTER (?role = "{role}")')
    return "\n    ".join(filters)


def _spells(rows: list[dict[str, str | None]]) -> list[tuple[MembershipRecord, str, str | None]]:
    """Records (sorted), each with its raw start and end dates (first days, ISO strings)."""
    grouped: dict[str, tuple[dict[str, str | None], list[SourceRef]]] = {}
    for row in rows:
        _first, sources = grouped.setdefault(str(row["m"]), (row, []))
        ref = SourceRef(str(row["url"]), str(row["accessed"]))
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
                sources=tuple(sorted(sources, key=lambda s: s.url)),
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


def _records(
    store: GraphStore,
    anchor: str,
    as_of: date | None,
    role: str | None,
) -> list[MembershipRecord]:
    rows = store.select(_QUERY % {"anchor": anchor, "filters": _filters(as_of, role)})
    return [record for record, _start, _end in _spells(rows)]


class MembershipIndex:
    """Every membership record held in memory, for a service answering many lookups.

    Gives exactly what :func:`bodies_of` and :func:`members_of` give, without a query per
    lookup. Build it again after the store changes.
    """

    def __init__(self, spells: list[tuple[MembershipRecord, str, str | None]]) -> None:
        self._by_member: dict[str, list[tuple[MembershipRecord, str, str | None]]] = {}
        self._by_body: dict[str, list[tuple[MembershipRecord, str, str | None]]] = {}
        for spell in spells:
            self._by_member.setdefault(spell[0].state, []).append(spell)
            self._by_body.setdefault(spell[0].body, []).append(spell)

    @classmethod
    def from_store(cls, store: GraphStore) -> MembershipIndex:
        """Read every membership record once (one query)."""
        anchor = "?m org:member ?who ; org:organization ?b ."
        return cls(_spells(store.select(_QUERY % {"anchor": anchor, "filters": ""})))

    @staticmethod
    def _pick(
        spells: list[tuple[MembershipRecord, str, str | None]], as_of: date | None, role: str | None
    ) -> list[MembershipRecord]:
        if role is not None and role not in ROLES:
            raise ValueError(f"unknown role {role!r}: one of {', '.join(ROLES)}")
        day = as_of.isoformat() if as_of else None
        return [
            record
            for record, start, end in spells
            if (role is None or record.role == role)
            and (day is None or (start <= day and (end is None or end > day)))
        ]

    def bodies_of(
        self, member: str, *, as_of: date | None = None, role: str | None = None
    ) -> list[MembershipRecord]:
        """As :func:`bodies_of`, from memory."""
        return self._pick(self._by_member.get(_check_code(member), []), as_of, role)

    def members_of(
        self, body: str, *, as_of: date | None = None, role: str | None = None
    ) -> list[MembershipRecord]:
        """As :func:`members_of`, from memory."""
        return self._pick(self._by_body.get(_check_code(body), []), as_of, role)


def _check_code(code: str) -> str:
    if not _CODE.match(code):
        raise ValueError(f"{code!r} is not a state code or body key")
    return code


def bodies_of(
    store: GraphStore, member: str, *, as_of: date | None = None, role: str | None = None
) -> list[MembershipRecord]:
    """Memberships of ``member`` (ISO3 or body key) in any body.

    Parameters:
        store: the built store.
        member: a resolved code (see :class:`blocgraph.lookup.NameIndex`).
        as_of: only spells in force on that day; None lists every spell, past and present.
        role: only spells in that role (``member``, ``observer`` …); None lists all roles.

    Returns:
        Records sorted by body, then start.

    Example:
        >>> from blocgraph.config import get_settings
        >>> store = Store.open(get_settings().store)               # doctest: +SKIP
        >>> spells = bodies_of(store, "BLR", as_of=date(2025, 1, 1))  # doctest: +SKIP
        >>> [r.role for r in spells if r.body == "SCO"]  # doctest: +SKIP
        ['member']
    """
    code = _check_code(member)
    anchor = f'?who bg:iso3|bg:key "{code}" . ?m org:member ?who ; org:organization ?b .'
    return _records(store, anchor, as_of, role)


def members_of(
    store: GraphStore, body: str, *, as_of: date | None = None, role: str | None = None
) -> list[MembershipRecord]:
    """Memberships in ``body`` (a body key), filtered as in :func:`bodies_of`."""
    code = _check_code(body)
    anchor = f'?b bg:key "{code}" . ?m org:organization ?b ; org:member ?who .'
    return _records(store, anchor, as_of, role)


class LiveLookups:
    """The lookups run against the store on every call (for a remote endpoint, whose data can
    change while the service runs); same interface as :class:`MembershipIndex`."""

    def __init__(self, store: GraphStore) -> None:
        self._store = store

    def bodies_of(
        self, member: str, *, as_of: date | None = None, role: str | None = None
    ) -> list[MembershipRecord]:
        """As :func:`bodies_of`."""
        return bodies_of(self._store, member, as_of=as_of, role=role)

    def members_of(
        self, body: str, *, as_of: date | None = None, role: str | None = None
    ) -> list[MembershipRecord]:
        """As :func:`members_of`."""
        return members_of(self._store, body, as_of=as_of, role=role)
