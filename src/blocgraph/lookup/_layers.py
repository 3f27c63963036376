"""Memberships from every layer, curated first: the Factbook snapshot and the COW spells beneath.

Precedence (``layer="all"``, the default): the curated layer is the authority for a state–body
pair it covers. A lower layer's row for such a pair is not shown — unless it lies wholly before
the curated layer's first record of that body (COW's OAS from 1890, when the curated OAS starts
in 1951). Where the layers disagree, ``blocgraph crosscheck`` says so; nothing is merged.

What a lower-layer row means on a day (``as_of``):

- COW: in force when the day's year lies between the first and last years the spell was
  observed (status ``observed``). A spell still open in 2014 (the data's last year) is
  *censored*: its status is ``observed-until-2014`` and it is listed for later days too —
  neither ended nor ongoing.
- Factbook: a snapshot with no dates of joining, listed for days from 2026-01-01 with status
  ``observed-2026-01``; for earlier days it says nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal, get_args

from blocgraph._constants import LAYERS, SPARQL_PREFIXES, Layer
from blocgraph.lookup._patterns import optionals
from blocgraph.lookup._records import MembershipRecord, SourceRef
from blocgraph.store import GraphStore

LayerChoice = Literal["all", Layer]
LAYER_CHOICES: tuple[str, ...] = get_args(LayerChoice)
"""What ``--layer`` / ``?layer=`` accept."""
COW_LAST_YEAR = 2014
FACTBOOK_FROM = date(2026, 1, 1)

#: variable → the predicate the whole-store read scans for it (one pass each)
_SCANS = {
    "member": "org:member",
    "body": "org:organization",
    "role": "org:role",
    "layer": "bg:layer",
    "source": "prov:wasDerivedFrom",
    "first": "bg:firstObserved",
    "last": "bg:lastObserved",
    "next": "bg:nextObserved",
    "endedBy": "bg:endedBy",
    "censored": "bg:censored",
    "observedOn": "bg:observedOn",
    "qualifier": "bg:qualifier",
}
_OPTIONAL = ("first", "last", "next", "endedBy", "censored", "observedOn", "qualifier")
"""What a spell may lack: read with OPTIONAL."""

_QUERY = (
    SPARQL_PREFIXES
    + """
SELECT ?body ?member ?role ?layer ?first ?last ?next ?endedBy ?censored ?observedOn ?qualifier
       ?url ?accessed WHERE {
    %(anchor)s
    ?m a bg:ObservedMembership ; org:role/skos:notation ?role ; bg:layer/skos:notation ?layer ;
       prov:wasDerivedFrom ?source .
    ?b bg:key ?body .
    ?who bg:iso3 ?member .
    ?source dcterms:source ?url ; bg:accessed ?accessed .
    """
    + optionals("?m", {name: _SCANS[name] for name in _OPTIONAL})
    + "\n}"
)

_CURATED_START = (
    SPARQL_PREFIXES
    + """
SELECT ?body (MIN(?start) AS ?first) WHERE {
    %s?m a bg:Membership ; org:organization/bg:key ?body ; bg:startDate ?start .
} GROUP BY ?body"""
)


@dataclass(frozen=True, slots=True)
class Observed:
    """One lower-layer spell as read from the store."""

    layer: str
    body: str
    state: str
    role: str
    source: SourceRef
    first: int | None
    last: int | None
    next_observed: int | None
    ended_by: str | None
    censored: bool
    observed_on: str | None
    qualifier: str | None

    def status_on(self, day: date | None) -> str | None:
        """The record's status — ``observed`` (COW, ended), ``observed-until-2014`` (COW,
        censored), ``observed-2026-01`` (Factbook) — or None when it says nothing about
        ``day`` (None: every spell)."""
        if self.layer == "factbook-2026-01":
            return "observed-2026-01" if day is None or day >= FACTBOOK_FROM else None
        assert self.first is not None and self.last is not None
        status = "observed-until-2014" if self.censored else "observed"
        if day is None or self.first <= day.year <= self.last:
            return status
        return status if self.censored and day.year > self.last else None

    def record(self, status: str) -> MembershipRecord:
        """The record the CLI and API print."""
        end: str | None = None
        if not self.censored and self.next_observed is not None:
            end = str(self.next_observed)
        elif not self.censored and self.last is not None:
            end = str(self.last + 1)
        note = self.qualifier
        if self.layer == "cow-igo-v3":
            note = f"observed {self.first}-{self.last}" + (
                f"; {self.ended_by}" if self.ended_by and self.ended_by != "censored" else ""
            )
        return MembershipRecord(
            body=self.body,
            state=self.state,
            role=self.role,
            start=str(self.first) if self.first is not None else "",
            end=end,
            sources=(self.source,),
            note=note or None,
            layer=self.layer,
            status=status,
            observed=self.observed_on,
        )


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _from_row(row: dict[str, str | None]) -> Observed:
    return Observed(
        layer=str(row["layer"]),
        body=str(row["body"]),
        state=str(row["member"]),
        role=str(row["role"]),
        source=SourceRef(str(row["url"]), str(row["accessed"])),
        first=_int(row["first"]),
        last=_int(row["last"]),
        next_observed=_int(row["next"]),
        ended_by=row["endedBy"],
        censored=row["censored"] == "true",
        observed_on=row["observedOn"],
        qualifier=row["qualifier"],
    )


_LIGHT = ("member", "body", "role", "layer", "first", "last", "censored")


def _read_all(store: GraphStore, light: bool = False) -> list[Observed]:
    """Every lower-layer spell, by one scan per predicate joined in memory: a SPARQL join of
    ~30,000 spells with their optional values costs ten times more. ``light`` reads only what
    the analytics need (no sources, qualifiers, next observations)."""
    fields: dict[str, dict[str, str | None]] = {
        str(row["m"]): {}
        for row in store.select(SPARQL_PREFIXES + "SELECT ?m WHERE { ?m a bg:ObservedMembership }")
    }
    for name, predicate in _SCANS.items():
        if light and name not in _LIGHT:
            continue
        for row in store.select(SPARQL_PREFIXES + f"SELECT ?m ?o WHERE {{ ?m {predicate} ?o }}"):
            values = fields.get(str(row["m"]))
            if values is not None:
                values[name] = row["o"]
    sources = (
        {}
        if light
        else {
            str(row["s"]): (str(row["url"]), str(row["accessed"]))
            for row in store.select(
                SPARQL_PREFIXES
                + "SELECT ?s ?url ?accessed WHERE { ?s a bg:Source ; dcterms:source ?url ; "
                "bg:accessed ?accessed }"
            )
        }
    )
    out: list[Observed] = []
    for values in fields.values():
        url, accessed = sources.get(str(values.get("source")), ("", ""))
        row = {name: values.get(name) for name in _SCANS}
        # our own minted IRIs: …/id/state/ISO3, …/id/body/KEY, …/id/role/KEY, …/id/layer/KEY
        for name in ("member", "body", "role", "layer"):
            row[name] = str(row[name]).rsplit("/", 1)[-1]
        out.append(_from_row({**row, "url": url, "accessed": accessed}))
    return out


def read_observed(store: GraphStore, anchor: str = "", *, light: bool = False) -> list[Observed]:
    """Lower-layer spells matching ``anchor`` (a SPARQL pattern binding ``?m``, ``?b``,
    ``?who``, without property paths: they defeat the join order), or all of them (``light``:
    without sources and qualifiers, for the analytics)."""
    if not anchor:
        return _read_all(store, light)
    return [_from_row(row) for row in store.select(_QUERY % {"anchor": anchor})]


def curated_starts(store: GraphStore, bodies: Iterable[str] | None = None) -> dict[str, int]:
    """The year of each curated body's earliest curated spell (of ``bodies`` only, if given)."""
    values = ""
    if bodies is not None:
        keys = sorted(bodies)
        if not keys:
            return {}
        values = f"VALUES ?body {{ {' '.join(_literal(key) for key in keys)} }}\n    "
    query = _CURATED_START % values
    return {str(r["body"]): int(str(r["first"])[:4]) for r in store.select(query)}


def _literal(text: str) -> str:
    """``text`` as a SPARQL string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def check_layer(layer: str) -> str:
    """``layer`` if it is one of :data:`LAYER_CHOICES`, else a ValueError saying which are."""
    if layer not in LAYER_CHOICES:
        raise ValueError(f"unknown layer {layer!r}: one of {', '.join(LAYER_CHOICES)}")
    return layer


def _hidden(
    spell: Observed,
    day: date | None,
    covering: list[tuple[set[tuple[str, str]], dict[str, int], int]],
) -> bool:
    """Whether a higher layer covers the spell's pair where the spell would speak."""
    pair = (spell.body, spell.state)
    reach = FACTBOOK_FROM.year if spell.layer == "factbook-2026-01" else (spell.last or 0)
    for pairs, starts, default in covering:
        if pair not in pairs:
            continue
        since = starts.get(spell.body, default)
        if (day.year if day is not None else reach) >= since:
            return True
    return False


def combine(
    curated_now: Sequence[MembershipRecord],
    curated_all: Iterable[MembershipRecord],
    observed: Iterable[Observed],
    *,
    as_of: date | None,
    role: str | None,
    layer: str,
    starts: dict[str, int],
) -> list[MembershipRecord]:
    """The records of the chosen layer(s), curated first, lower layers under the precedence rule.

    A lower layer's row for a state–body pair that a higher layer covers (has any row for) is
    left out where the higher layer speaks: from the year of the curated layer's first record
    of that body, from 2026 for the Factbook. On a day before that, or for a spell that ended
    before it (COW's OAS from 1890; Kazakhstan in the IAEA 1994-2014 under the Factbook's 2026
    row), it is shown.

    Parameters:
        curated_now: curated records already filtered by day and role.
        curated_all: every curated record of the same subject (to know which pairs it covers).
        observed: lower-layer spells of the same subject.
        as_of: the day (None: every spell).
        role: only this role (None: all).
        layer: ``all`` or one layer key; a single layer is shown whole, with no precedence.
        starts: each curated body's first curated year (see :func:`curated_starts`).
    """
    check_layer(layer)
    out = list(curated_now) if layer in ("all", "curated") else []
    if layer == "curated":
        return out
    observed = list(observed)
    covering = [
        ({(r.body, r.state) for r in curated_all}, starts, 0),
        ({(o.body, o.state) for o in observed if o.layer == "factbook-2026-01"}, {}, 2026),
    ]
    lower: list[MembershipRecord] = []
    for spell in observed:
        if layer != "all" and spell.layer != layer:
            continue
        if role is not None and spell.role != role:
            continue
        status = spell.status_on(as_of)
        if status is None:
            continue
        if layer == "all":
            higher = covering if spell.layer == "cow-igo-v3" else covering[:1]
            if _hidden(spell, as_of, higher):
                continue
        lower.append(spell.record(status))
    rank = {name: i for i, name in enumerate(LAYERS)}
    lower.sort(key=lambda r: (rank[r.layer], r.body, r.state, r.start, r.role))
    return out + lower
