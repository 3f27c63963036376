"""Load ``memberships/<BODY>.csv`` with the quoted sources of ``sources/memberships/<BODY>.csv``.

A row's sources are the URLs of its ``source_url`` column (read on ``source_seen``, tier from
``sources/domains.csv``) merged with the quoted sources listed for it: a quoted source with the same
URL replaces the unquoted one (it brings the quote, the date really read and maybe a tier
override); another URL is added. A body listed in ``sources/verified.csv`` needs, on every row, an
``official`` or ``reference`` source with a quote.
"""

from __future__ import annotations

from pathlib import Path

from blocgraph.reference._errors import DataProblem
from blocgraph.reference._model import END_REASONS, ROLES, Membership, ReferenceData, Source
from blocgraph.reference._rows import did_you_mean, read_rows
from blocgraph.reference._sources import QuotedSource, RowKey, SourcePolicy, row_key

_COLUMNS = (
    "member",
    "role",
    "start",
    "end",
    "end_reason",
    "source_url",
    "source_seen",
    "uncertain",
    "note",
)
CITABLE_TIERS = ("official", "reference")


def citable(source: Source) -> bool:
    """Whether ``source`` can carry a row alone: official or reference, with a quote."""
    return source.tier in CITABLE_TIERS and bool(source.quote) and source.blocked is None


def load_memberships(
    folder: Path, ref: ReferenceData, problems: list[DataProblem], policy: SourcePolicy
) -> None:
    """Load every ``<BODY>.csv`` in ``folder`` into ``ref.memberships``, recording problems."""
    for path in sorted(folder.glob("*.csv")) if folder.is_dir() else []:
        _load_file(path, ref, problems, policy)
    for body, path in policy.quote_files.items():
        if body not in ref.bodies:
            reason = f"unknown body {body!r}: no memberships/{body}.csv"
            problems.append(DataProblem(path, 1, reason))
    for body in policy.verified:
        if body not in ref.bodies:
            problems.append(
                DataProblem(folder.parent / "sources" / "verified.csv", 0, f"unknown body {body!r}")
            )


def _merge(base: tuple[Source, ...], quoted: list[QuotedSource]) -> tuple[Source, ...]:
    by_url = {q.source.url: q.source for q in quoted}
    merged = [by_url.pop(s.url, s) for s in base]
    merged.extend(q.source for q in quoted if q.source.url in by_url)
    return tuple(merged)


def _load_file(
    path: Path, ref: ReferenceData, problems: list[DataProblem], policy: SourcePolicy
) -> None:
    body = path.stem
    if body not in ref.bodies:
        problems.append(
            DataProblem(
                path,
                1,
                f"unknown body {body!r}: the file name must be a key in bodies.csv"
                f"{did_you_mean(body, list(ref.bodies))}",
            )
        )
        return
    quotes: dict[RowKey, list[QuotedSource]] = {}
    for entry in policy.quotes.get(body, []):
        quotes.setdefault(entry.key, []).append(entry)
    quote_file = policy.quote_files.get(body)
    verified = body in policy.verified and policy.enforce
    seen: dict[tuple[str, str, str], int] = {}
    spells: dict[str, list[tuple[Membership, int]]] = {}
    for row in read_rows(path, _COLUMNS, (), problems, policy):
        member = row.required("member")
        if member and member not in ref.states and member not in ref.bodies:
            row.problem(
                f"unknown member {member!r}: not a state code in states.csv nor a body key"
                f"{did_you_mean(member, [*ref.states, *ref.bodies])}"
            )
            continue
        if member == body:
            row.problem(f"{body} cannot be a member of itself")
        role = row.choice("role", ROLES)
        start = row.partial_date("start", required=True)
        end = row.partial_date("end", required=False)
        end_reason = row.choice("end_reason", END_REASONS, required=False)
        if end_reason and end is None:
            row.problem("end_reason given without an end date")
        if end and not end_reason and policy.enforce:
            row.problem(f"end {end} given without an end_reason ({', '.join(END_REASONS)})")
        if start and end and end.value <= start.value:
            row.problem(f"end {end} is not after start {start}")
            continue
        key = row_key(member, role or "", start) if start else None
        quoted = quotes.pop(key, []) if key else []
        sources = _merge(row.sources(required=not quoted), quoted)
        uncertain = row.flag("uncertain")
        if not (member and role and start and sources):
            continue
        if verified and not any(citable(s) for s in sources):
            row.problem(
                f"{body} is listed in sources/verified.csv: this row needs an official or "
                f"reference source with a quote (add it to sources/memberships/{body}.csv)"
            )
        identity = (member, role, str(start))
        if identity in seen:
            row.problem(
                f"duplicated row: {member} {role} from {start} is already on line {seen[identity]}"
            )
            continue
        seen[identity] = row.line
        spell = Membership(
            body, member, role, start, end, end_reason, sources, uncertain, row.text("note")
        )
        for other, other_line in spells.get(member, []):
            if _overlap(spell, other):
                row.problem(
                    f"{member} spell from {start} overlaps the spell on line {other_line}: "
                    "a member has one role at a time (end one spell where the next starts)"
                )
        spells.setdefault(member, []).append((spell, row.line))
        ref.memberships.append(spell)
    for entries in quotes.values():
        for entry in entries:
            who, as_what, since = entry.key
            problems.append(
                DataProblem(
                    quote_file or path,
                    entry.line,
                    f"no row {who} {as_what} from {since} in memberships/{body}.csv to quote for",
                )
            )


def _overlap(a: Membership, b: Membership) -> bool:
    a_end = a.end.value if a.end else None
    b_end = b.end.value if b.end else None
    return (b_end is None or a.start.value < b_end) and (a_end is None or b.start.value < a_end)
