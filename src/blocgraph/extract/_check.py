"""Check what a document asserts against the reference graph as of the document's date.

Every membership or cooperation statement (state or body → body) gets a verdict —
``supported``, ``contradicted`` or ``not_in_reference`` — with the reference records it rests
on and their sources; claims about pan-continental organisations are checked against the
coverage analysis; treaty events and declared partnerships against the curated relations layer
(``_check_treaties``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal, cast

from blocgraph.analysis import MembershipData, coverage_report, resolve_region
from blocgraph.extract._check_treaties import TREATY_CHECKED, treaty_verdict
from blocgraph.extract._model import Extraction, Statement
from blocgraph.lookup import LiveLookups, MembershipIndex, MembershipRecord, RelationsSnapshot

Verdict = Literal["supported", "contradicted", "not_in_reference"]

FULL_ROLES = frozenset({"member", "participating_state"})
PARTNER_ROLES = frozenset({"dialogue_partner", "partner", "associate_member"})
SUSPENDED_ROLES = frozenset({"suspended", "frozen"})
LEAVING = frozenset({"withdrew", "expelled"})
"""End reasons that mean the member left (not a change of role, a freeze or a suspension)."""
ROLE_OF = {
    "memberOf": FULL_ROLES,
    "observerOf": frozenset({"observer"}),
    "partnerOf": PARTNER_ROLES,
}
CHECKED = frozenset({*ROLE_OF, "joined", "left", "suspendedIn", "cooperatesWith", "claims"})

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True, slots=True)
class Check:
    """The verdict on one statement: why, and the reference records it rests on."""

    statement: Statement
    verdict: Verdict
    reason: str
    reference: tuple[MembershipRecord, ...] = ()
    analysis: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "statement": self.statement.to_json(),
            "verdict": self.verdict,
            "reason": self.reason,
            "reference": [r.to_json() for r in self.reference],
            "analysis": self.analysis,
        }


def document_day(extraction: Extraction, today: date | None = None) -> tuple[date, bool]:
    """The day to check a document as of: its ``# date:`` header (a month or year means its
    last day), else ``today``. The flag says whether the date came from the document."""
    match = _DATE.match(extraction.date or "")
    if not match:
        return today or date.today(), False
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    try:
        month = 12 if month is None else month
        day = calendar.monthrange(year, month)[1] if day is None else day
        return date(year, month, day), True
    except ValueError:
        return today or date.today(), False  # an impossible date is no date


def _year(statement: Statement) -> int | None:
    year = statement.qualifiers.get("year")
    return year if isinstance(year, int) else None


def _active(record: MembershipRecord, day: str) -> bool:
    return record.start <= day and (record.end is None or record.end > day)


def _roles(records: Sequence[MembershipRecord]) -> str:
    return "; ".join(
        f"{r.state} {r.role} of {r.body} {r.start}–{r.end or ''}".rstrip("–") for r in records
    )


def check_statement(
    statement: Statement,
    day: date,
    index: MembershipIndex | LiveLookups,
    data: MembershipData,
    relations: RelationsSnapshot | None = None,
) -> Check | None:
    """The verdict on one statement, or ``None`` when it is not a kind that is checked
    (treaties and partnerships only with the ``relations`` layer)."""
    if statement.predicate in TREATY_CHECKED and relations is not None:
        found = treaty_verdict(statement, day, relations)
        if found is None:
            return None
        verdict, reason, held = found
        return _turned(Check(statement, cast(Verdict, verdict), reason, analysis=held))
    if statement.predicate not in CHECKED or statement.object is None:
        return None
    if statement.predicate == "claims":
        return _check_claim(statement, day, data)
    subject, body = statement.subject, statement.object
    if body not in data.body_names:
        return Check(statement, "not_in_reference", f"{body} is not a body the reference holds")
    if subject not in data.state_names and subject not in data.body_names:
        return None
    history = [r for r in index.bodies_of(subject, layer="curated") if r.body == body]
    all_roles = {r.role for r in index.members_of(body, layer="curated")}
    iso = day.isoformat()
    active = [r for r in history if _active(r, iso)]
    return _turned(_verdict(statement, iso, history, active, all_roles))


def _turned(verdict: Check) -> Check:
    """A negative statement's verdict: the asserter says the relation does not hold, so the
    reference's verdict turns over."""
    if verdict.statement.polarity != "negative" or verdict.verdict == "not_in_reference":
        return verdict
    flipped: Verdict = "contradicted" if verdict.verdict == "supported" else "supported"
    return replace(verdict, verdict=flipped, reason=f"denied or negated; {verdict.reason}")


def _verdict(
    statement: Statement,
    iso: str,
    history: list[MembershipRecord],
    active: list[MembershipRecord],
    body_roles: set[str],
) -> Check:
    subject, predicate, body = statement.subject, statement.predicate, statement.object
    ref = tuple(history)
    if predicate in ROLE_OF:
        wanted = ROLE_OF[predicate]
        if hit := [r for r in active if r.role in wanted]:
            return Check(statement, "supported", f"reference: {_roles(hit)}", tuple(hit))
        if active:
            return Check(statement, "contradicted", f"reference on {iso}: {_roles(active)}", ref)
        if not wanted & body_roles:
            return Check(
                statement,
                "not_in_reference",
                f"the reference does not curate {body}'s {'/'.join(sorted(wanted))} roles",
                ref,
            )
        past = f" (earlier: {_roles(history)})" if history else ""
        return Check(
            statement,
            "contradicted",
            f"reference: {subject} holds no such role in {body} on {iso}{past}",
            ref,
        )
    year = _year(statement)
    if predicate == "joined":
        role = statement.qualifiers.get("role")
        wanted = frozenset({role}) if isinstance(role, str) else FULL_ROLES
        started = [r for r in history if r.role in wanted and r.start <= iso]
        if started and (year is None or any(r.start[:4] == str(year) for r in started)):
            match = [r for r in started if year is None or r.start[:4] == str(year)]
            return Check(statement, "supported", f"reference: {_roles(match)}", tuple(match))
        if started:
            return Check(
                statement,
                "contradicted",
                f"reference gives another year: {_roles(started)}",
                tuple(started),
            )
        return Check(
            statement, "contradicted", f"reference: {subject} never joined {body} before {iso}", ref
        )
    if predicate == "left":
        ended = [
            r
            for r in history
            if r.end is not None
            and r.end <= iso
            and r.end_reason in LEAVING
            and (year is None or r.end[:4] == str(year))
        ]
        if ended:
            return Check(statement, "supported", f"reference: {_roles(ended)}", tuple(ended))
        if active:
            return Check(
                statement, "contradicted", f"reference on {iso}: still {_roles(active)}", ref
            )
        return Check(
            statement,
            "not_in_reference" if not history else "contradicted",
            f"reference: {_roles(history) or 'no membership on record'}",
            ref,
        )
    if predicate == "suspendedIn":
        if hit := [r for r in active if r.role in SUSPENDED_ROLES]:
            return Check(statement, "supported", f"reference: {_roles(hit)}", tuple(hit))
        if hit := [r for r in history if r.role in SUSPENDED_ROLES and r.start <= iso]:
            return Check(
                statement, "supported", f"reference (since ended): {_roles(hit)}", tuple(hit)
            )
        if active:
            return Check(statement, "contradicted", f"reference on {iso}: {_roles(active)}", ref)
        return Check(statement, "not_in_reference", "no suspension on record", ref)
    # cooperatesWith: cooperation within a body's framework needs some role in it
    if active:
        return Check(statement, "supported", f"reference: {_roles(active)}", tuple(active))
    return Check(
        statement,
        "not_in_reference",
        f"{subject} holds no role in {body} on {iso}; cooperation without a role is not modelled",
        ref,
    )


def _check_claim(statement: Statement, day: date, data: MembershipData) -> Check:
    claim = statement.object
    if claim not in ("no-pan-continental-organisation", "pan-continental-organisation"):
        return Check(statement, "not_in_reference", f"no analysis checks the claim {claim!r}")
    try:
        code = resolve_region(data, statement.subject)
    except ValueError as error:
        return Check(statement, "not_in_reference", str(error))
    report = coverage_report(data, continent=code, as_of=day)
    found = report["pan_continental"]
    best = report["best"] or {}
    summary = {
        k: report[k] for k in ("continent", "as_of", "states", "pan_continental", "threshold")
    }
    summary["best"] = best
    absent = claim.startswith("no-")
    if bool(found) != absent:
        reason = (
            f"coverage analysis: no body has at least {report['threshold']:.0%} of "
            f"{report['continent']}'s {report['states']} states as members; best "
            f"{best.get('body')} with {best.get('members_in_continent')} "
            f"({best.get('share', 0):.0%})"
            if absent
            else f"coverage analysis: pan-continental in {report['continent']}: " + ", ".join(found)
        )
        return Check(statement, "supported", reason, analysis=summary)
    reason = (
        f"coverage analysis: {', '.join(found)} pan-continental in {report['continent']}"
        if absent
        else f"coverage analysis: no pan-continental body in {report['continent']}"
    )
    return Check(statement, "contradicted", reason, analysis=summary)


def check_extraction(
    extraction: Extraction,
    index: MembershipIndex | LiveLookups,
    data: MembershipData,
    *,
    today: date | None = None,
    relations: RelationsSnapshot | None = None,
) -> tuple[date, bool, list[Check]]:
    """Check every checkable statement of ``extraction`` (treaty and partnership statements
    against ``relations``, the curated relations layer, when given).

    Returns:
        The day checked against, whether it is the document's own date, and the checks in
        statement order (one per distinct triple and qualifiers).
    """
    day, dated = document_day(extraction, today)
    seen: set[tuple[str, str, str | None, str]] = set()
    checks: list[Check] = []
    for statement in extraction.statements:
        key = (*statement.triple, repr(sorted(statement.qualifiers.items())))
        if key in seen:
            continue
        seen.add(key)
        if (result := check_statement(statement, day, index, data, relations)) is not None:
            checks.append(result)
    return day, dated, checks
