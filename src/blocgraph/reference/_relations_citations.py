"""Citations of the curated relations (``data/relations/sources.csv``): each row cites one
treaty, event, obligation, partnership or diplomatic event (``event:KEY/*/signed`` cites every
party's signing) with a tiered, quoted, dated source; blocklisted domains are refused."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from blocgraph.reference._errors import DataProblem
from blocgraph.reference._model import TIERS
from blocgraph.reference._relations_model import Citation, RelationsData, TreatyEvent
from blocgraph.reference._rows import Row, did_you_mean
from blocgraph.reference._sources import SourcePolicy

_URL = re.compile(r"^https?://\S+$")
# Characters an IRI may not hold (RFC 3987): the graph could not be serialised with them.
_NOT_IN_IRI = re.compile(r'[<>"{}|\\^`]')


def attach_citations(
    rows: list[Row],
    data: RelationsData,
    problems: list[DataProblem],
    path: Path,
    policy: SourcePolicy,
) -> None:
    """Give every record its citations; a record without one, or a citation about nothing, is
    a problem."""
    cited: dict[str, list[Citation]] = {}
    targets = _targets(data)
    for row in rows:
        about = row.required("about")
        citation = _citation(row, policy)
        if not about or citation is None:
            continue
        matched = [t for t in targets if t == about or _wildcard(about, t)]
        if not matched:
            row.problem(
                f"about {about!r} names no treaty, event, obligation, partnership or "
                f"diplomatic event{did_you_mean(about, targets)}"
            )
            continue
        for target in matched:
            cited.setdefault(target, []).append(citation)
    for target in targets:
        if target not in cited:
            problems.append(DataProblem(path, 0, f"{target} has no source: add a row about it"))

    def of(target: str) -> tuple[Citation, ...]:
        return tuple(cited.get(target, ()))

    data.treaties = {k: replace(t, sources=of(f"treaty:{k}")) for k, t in data.treaties.items()}
    data.events = [replace(e, sources=of(_event_target(e))) for e in data.events]
    data.obligations = [replace(o, sources=of(f"obligation:{o.key}")) for o in data.obligations]
    data.partnerships = {
        k: replace(p, sources=of(f"partnership:{k}")) for k, p in data.partnerships.items()
    }
    data.diplomatic = [replace(d, sources=of(f"diplomatic:{d.key}")) for d in data.diplomatic]


def _event_target(event: TreatyEvent) -> str:
    return f"event:{event.treaty}/{event.state}/{event.event}"


def _targets(data: RelationsData) -> list[str]:
    return [
        *(f"treaty:{k}" for k in data.treaties),
        *dict.fromkeys(_event_target(e) for e in data.events),
        *(f"obligation:{o.key}" for o in data.obligations),
        *(f"partnership:{k}" for k in data.partnerships),
        *(f"diplomatic:{d.key}" for d in data.diplomatic),
    ]


def _wildcard(about: str, target: str) -> bool:
    """``event:KEY/*/signed`` cites the signing of every party of KEY."""
    if not about.startswith("event:") or "/*/" not in about:
        return False
    head, tail = about.split("/*/", 1)
    return target.startswith(head + "/") and target.endswith("/" + tail) and target.count("/") == 2


def _citation(row: Row, policy: SourcePolicy) -> Citation | None:
    url = row.required("url")
    if url and not _URL.match(url):
        row.problem(f"url {url!r} is not an http(s) address")
        return None
    if url and (bad := _NOT_IN_IRI.search(url)):
        row.problem(f"url {url} holds {bad.group()!r}, not allowed in an IRI: percent-encode it")
        return None
    if url and (reason := policy.blocked(url)):
        row.problem(
            f"url {url} is on the blocklist ({reason}; data/sources/blocklist.csv): "
            "cite the page it copies or an official page"
        )
        return None
    tier = row.choice("tier", TIERS)
    quote = row.required("quote")
    seen = row.required("accessed")
    try:
        accessed = date.fromisoformat(seen) if seen else None
    except ValueError:
        row.problem(f"accessed {seen!r} is not a date YYYY-MM-DD")
        return None
    if accessed and accessed > date.today():
        row.problem(f"accessed {seen} is in the future")
        return None
    if not (url and tier and quote and accessed):
        return None
    return Citation(url, tier, quote, accessed)
