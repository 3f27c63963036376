"""Who is in which body, in what role, since when, says who — as of any date."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from blocgraph.reference import ROLES
from blocgraph.store import GraphStore

_CODE = re.compile(r"^[A-Z0-9]{2,12}$")

_QUERY = """
PREFIX bg: <https://w3id.org/blocgraph/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT ?m ?body ?member ?role ?start ?startPrecision ?end ?endPrecision ?endReason
       ?uncertain ?note ?url ?accessed WHERE {
    %(values)s
    ?m a bg:Membership ; org:organization ?b ; org:member ?who ; org:role ?r ;
       bg:startDate ?start ; prov:wasDerivedFrom ?source .
    ?b bg:key ?body .
    ?r skos:notation ?role .
    { ?who bg:iso3 ?member } UNION { ?who bg:key ?member }
    ?source dcterms:source ?url ; bg:accessed ?accessed .
    OPTIONAL { ?m bg:endDate ?end }
    OPTIONAL { ?m bg:startPrecision ?startPrecision }
    OPTIONAL { ?m bg:endPrecision ?endPrecision }
    OPTIONAL { ?m bg:endReason ?endReason }
    OPTIONAL { ?m bg:uncertain ?uncertain }
    OPTIONAL { ?m skos:note ?note }
    %(filters)s
}"""


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


def _records(
    store: GraphStore,
    values: str,
    as_of: date | None,
    role: str | None,
) -> list[MembershipRecord]:
    rows = store.select(_QUERY % {"values": values, "filters": _filters(as_of, role)})
    grouped: dict[str, tuple[dict[str, str | None], list[SourceRef]]] = {}
    for row in rows:
        key = str(row["m"])
        _first, sources = grouped.setdefault(key, (row, []))
        ref = SourceRef(str(row["url"]), str(row["accessed"]))
        if ref not in sources:
            sources.append(ref)
    records = [
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
        )
        for row, sources in grouped.values()
    ]
    return sorted(records, key=lambda r: (r.body, r.state, r.start, r.role))


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
    values = f'VALUES ?member {{ "{code}" }}'
    return _records(store, values, as_of, role)


def members_of(
    store: GraphStore, body: str, *, as_of: date | None = None, role: str | None = None
) -> list[MembershipRecord]:
    """Memberships in ``body`` (a body key), filtered as in :func:`bodies_of`."""
    code = _check_code(body)
    values = f'VALUES ?body {{ "{code}" }}'
    return _records(store, values, as_of, role)
