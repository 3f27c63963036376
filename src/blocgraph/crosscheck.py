"""Compare the curated memberships with two independent lists and report every disagreement.

The lists (copied into ``data/crosscheck/``): the CIA World Factbook's participation field, final
edition 2026-01, and the Correlates of War IGO dataset v3, 1815–2014. Both are stale in places; a
disagreement is a prompt to look, not a verdict. ``explanations.csv`` beside them says, per
disagreement, why the curated data differs.

Example:
    >>> from blocgraph.config import get_settings
    >>> from blocgraph.store import Store
    >>> s = get_settings()
    >>> report = crosscheck(Store.open(s.store), s.data_dir / "crosscheck")   # doctest: +SKIP
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from blocgraph.lookup import MembershipRecord, members_of
from blocgraph.store import GraphStore

FACTBOOK_FILE = "factbook_io_participation_2026-01.csv"
COW_FILE = "cow_igo_v3_spells_selected.csv"
EXPLANATIONS_FILE = "explanations.csv"
FACTBOOK_DATE = date(2026, 1, 21)
COW_LAST_YEAR = 2014

_FACTBOOK_BODIES = {
    "CIS": "CIS",
    "CSTO": "CSTO",
    "EAEU": "EAEU",
    "SCO": "SCO",
    "ASEAN": "ASEAN",
    "OSCE": "OSCE",
    "BRICS": "BRICS",
    "CICA": "CICA",
    "ECO": "ECO",
    "GCC": "GCC",
    "SAARC": "SAARC",
    "EU": "EU",
    "NATO": "NATO",
    "CE": "COE",
    "AU": "AU",
    "CELAC": "CELAC",
    "OAS": "OAS",
    "LAS": "LAS",
    "OIC": "OIC",
    "APEC": "APEC",
    "BIMSTEC": "BIMSTEC",
    "G-20": "G20",
}
_COW_BODIES = {
    "CIS": "CIS",
    "CSTO": "CSTO",
    "SCO": "SCO",
    "ASEAN": "ASEAN",
    "OSCE": "OSCE",
    "CICA": "CICA",
    "ECO": "ECO",
    "GCC": "GCC",
    "SAARC": "SAARC",
    "COE": "COE",
    "EU": "EU",
    "NATO": "NATO",
    "AU": "AU",
    "OAS": "OAS",
    "LOAS": "LAS",
    "OIC": "OIC",
    "APEC": "APEC",
}
_COW_ROLES = {"member": "member", "associate": "associate_member", "observer": "observer"}
#: Roles that mean full membership; the OSCE calls its members participating States.
_FULL = {"member", "participating_state"}


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One place where a reference list and the curated data differ."""

    dataset: str
    body: str
    state: str
    theirs: str
    ours: str
    explained: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The record as a JSON-ready dict."""
        return asdict(self)


def _factbook_role(qualifier: str) -> str:
    q = qualifier.lower()
    if q in ("", "chinese taipei"):
        return "member"
    if q.startswith("participating"):
        return "participating_state"
    if q.startswith("associate"):
        return "associate_member"
    if "dialogue" in q:
        return "dialogue_partner"
    if q.startswith(("suspended", "excluded")):
        return "suspended"
    if q.startswith("candidate"):
        return "candidate"
    return q  # observer, partner


def _norm(role: str) -> str:
    return "member" if role in _FULL else role


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _ours(store: GraphStore, bodies: Iterable[str]) -> dict[str, list[MembershipRecord]]:
    return {body: members_of(store, body, layer="curated") for body in sorted(set(bodies))}


def _in_force(record: MembershipRecord, day: date) -> bool:
    start = date.fromisoformat(_first_day(record.start))
    return start <= day and (record.end is None or date.fromisoformat(_first_day(record.end)) > day)


def _first_day(value: str) -> str:
    return {4: value + "-01-01", 7: value + "-01"}.get(len(value), value)


def compare_factbook(
    rows: list[dict[str, str]],
    ours: dict[str, list[MembershipRecord]],
) -> list[Disagreement]:
    """Disagreements with the Factbook as of its last update (2026-01-21).

    Full membership is compared for every body; other roles only for bodies whose curated data
    has that role at all (a role nobody curated yet is reported once, not per state).
    """
    theirs: dict[str, dict[str, str]] = defaultdict(dict)
    for row in rows:
        body = _FACTBOOK_BODIES.get(row["body"])
        if body is None:
            continue
        member = row["iso3"] or ("EU" if row["fips"] == "ee" else "")
        if member:
            theirs[body][member] = _factbook_role(row["qualifier"])
    profiled = {row["iso3"] for row in rows if row["iso3"]} | {"EU"}
    out: list[Disagreement] = []
    for body, listed in sorted(theirs.items()):
        records = [r for r in ours.get(body, []) if _in_force(r, FACTBOOK_DATE)]
        our_roles = {r.state: _norm(r.role) for r in records}
        curated_roles = {_norm(r.role) for r in ours.get(body, [])}
        uncurated: dict[str, int] = defaultdict(int)
        for state in sorted(set(listed) | set(our_roles)):
            their_role = _norm(listed.get(state, "-"))
            our_role = our_roles.get(state, "-")
            if their_role == our_role:
                continue
            if our_role == "-" and their_role not in curated_roles:
                uncurated[their_role] += 1
                continue
            out.append(
                Disagreement(
                    "factbook-2026-01",
                    body,
                    state,
                    their_role,
                    our_role,
                    None if state in profiled else f"the Factbook has no profile for {state}",
                )
            )
        out.extend(
            Disagreement("factbook-2026-01", body, "*", f"{n} {role}(s)", "role not curated")
            for role, n in sorted(uncurated.items())
        )
    return out


def _years(records: Iterable[MembershipRecord], role: str) -> set[int]:
    years: set[int] = set()
    for record in records:
        if _norm(record.role) != role:
            continue
        first = int(record.start[:4])
        last = int(record.end[:4]) if record.end else COW_LAST_YEAR
        # an end on 1 January means the last year in the role was the year before
        if record.end and _first_day(record.end).endswith("-01-01"):
            last -= 1
        years.update(range(first, min(last, COW_LAST_YEAR) + 1))
    return years


def _spans(years: set[int]) -> str:
    if not years:
        return "-"
    ordered, spans = sorted(years), []
    start = prev = ordered[0]
    for year in [*ordered[1:], None]:
        if year is not None and year == prev + 1:
            prev = year
            continue
        spans.append(f"{start}" if start == prev else f"{start}-{prev}")
        if year is not None:
            start = prev = year
    return ",".join(spans)


def compare_cow(
    rows: list[dict[str, str]],
    ours: dict[str, list[MembershipRecord]],
) -> list[Disagreement]:
    """Disagreements with COW IGO v3 on the years each state held each role, up to 2014.

    Years before the first year of any curated spell of the body are not compared: COW dates some
    bodies from a predecessor (SCO from the Shanghai Five, AU from the OAU).
    """
    theirs: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    coded_states = {row["iso3"] for row in rows}
    coded_roles = {(_COW_BODIES.get(row["ioname"]), _COW_ROLES[row["status"]]) for row in rows}
    for row in rows:
        body = _COW_BODIES.get(row["ioname"])
        if body is not None:
            role = _COW_ROLES[row["status"]]
            theirs[(body, row["iso3"], role)].update(
                range(int(row["first_year"]), int(row["last_year"]) + 1)
            )
    by_member: dict[tuple[str, str], list[MembershipRecord]] = defaultdict(list)
    for body, records in ours.items():
        for record in records:
            by_member[(body, record.state)].append(record)
    keys = set(theirs) | {
        (b, s, _norm(r.role))
        for (b, s), rs in by_member.items()
        for r in rs
        if _norm(r.role) in _COW_ROLES.values() and b in _COW_BODIES.values()
    }
    out: list[Disagreement] = []
    for body, state, role in sorted(keys):
        records = ours.get(body, [])
        if not records:
            continue
        first_year = min(int(r.start[:4]) for r in records)
        their_years = {y for y in theirs.get((body, state, role), set()) if y >= first_year}
        our_years = _years(by_member.get((body, state), []), role)
        if their_years == our_years:
            continue
        structural = None
        if state not in coded_states:
            structural = f"COW IGO codes no state {state} (a body, or not in its state system)"
        elif (body, role) not in coded_roles:
            structural = f"COW IGO codes no {role} of {body}"
        out.append(
            Disagreement(
                "cow-igo-v3",
                body,
                state,
                f"{role} {_spans(their_years)}",
                f"{role} {_spans(our_years)}",
                structural,
            )
        )
    return out


def crosscheck(store: GraphStore, folder: Path) -> list[Disagreement]:
    """Every disagreement with the Factbook and COW lists in ``folder``, with its explanation.

    Parameters:
        store: the built store.
        folder: holds the two lists and ``explanations.csv``
            (``dataset,body,state,explanation``; state ``*`` explains a whole body).

    Returns:
        Disagreements sorted by dataset, body, state; ``explained`` is None when nobody has
        looked at one yet.
    """
    factbook, cow = _read(folder / FACTBOOK_FILE), _read(folder / COW_FILE)
    ours = _ours(store, [*_FACTBOOK_BODIES.values(), *_COW_BODIES.values()])
    found = compare_factbook(factbook, ours) + compare_cow(cow, ours)
    explanations_path = folder / EXPLANATIONS_FILE
    notes = {
        (r["dataset"], r["body"], r["state"]): r["explanation"]
        for r in (_read(explanations_path) if explanations_path.exists() else [])
    }
    return [
        Disagreement(
            d.dataset,
            d.body,
            d.state,
            d.theirs,
            d.ours,
            d.explained
            or notes.get((d.dataset, d.body, d.state))
            or notes.get((d.dataset, d.body, "*")),
        )
        for d in found
    ]
