"""Read and check ``data/relations/``: treaties, participation events, obligations, declared
partnerships, diplomatic relations, and the citations that support each of them.

Every problem is collected with its file and line, as for memberships, so one build run shows
all that needs fixing.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date, timedelta
from pathlib import Path

from blocgraph._constants import PARTY_BODIES
from blocgraph._dates import PartialDate
from blocgraph.reference._errors import DataError, DataProblem
from blocgraph.reference._relations_citations import attach_citations
from blocgraph.reference._relations_model import (
    DIPLOMATIC_EVENTS,
    DIRECTIONS,
    EVENTS,
    INSTRUMENT_KINDS,
    PROMISES,
    TREATY_END_REASONS,
    DiplomaticEvent,
    Obligation,
    Partnership,
    RelationsData,
    Treaty,
    TreatyEvent,
)
from blocgraph.reference._rows import Row, did_you_mean, read_rows
from blocgraph.reference._sources import load_policy

_KEY = re.compile(r"^[A-Z]{3}(-[A-Z]{3})*-[0-9]{4}[a-z]?$|^[A-Z][A-Z0-9-]{2,30}-[0-9]{4}$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_URL = re.compile(r"^https?://\S+$")
_LANG = re.compile(r"^[a-z]{2,3}$")
_FLAGS = ("uncertain", "note")

FILES = {
    "treaties": (
        "key",
        "title_en",
        "title_ru",
        "kind",
        "signed",
        "in_force",
        "term_years",
        "renewal",
        "end",
        "end_reason",
        "replaces",
        "text_url",
        "wikidata",
        *_FLAGS,
    ),
    "events": ("treaty", "state", "event", "date", *_FLAGS),
    "obligations": (
        "treaty",
        "promise",
        "article",
        "direction",
        "promisor",
        "promisee",
        "conditional",
        "condition",
        *_FLAGS,
    ),
    "partnerships": (
        "key",
        "state_a",
        "state_b",
        "label",
        "label_lang",
        "declared",
        "document",
        "replaces",
        *_FLAGS,
    ),
    "diplomatic": ("state_a", "state_b", "event", "date", *_FLAGS),
    "sources": ("about", "url", "tier", "quote", "accessed"),
}
"""The CSV files of ``data/relations/`` and their columns (all required in the header)."""


def load_relations(
    folder: Path, states: Collection[str], bodies: Collection[str] = ()
) -> RelationsData:
    """Read and check the relations data in ``folder``.

    Parameters:
        folder: ``data/relations`` (a missing folder means no relations).
        states: the state codes of ``states.csv``; every party must be one of them, except
            that a side of a declared partnership may also be a body of ``bodies`` that
            :data:`~blocgraph._constants.PARTY_BODIES` lets act as a party (the EU).
        bodies: the body keys of ``bodies.csv``.

    Returns:
        The checked records, each with its citations.

    Raises:
        DataError: listing every problem found, each with file, line and reason.

    Example:
        >>> from blocgraph.config import get_settings
        >>> from blocgraph.reference import load_reference
        >>> s = get_settings()
        >>> ref = load_reference(s.data_dir)
        >>> data = load_relations(s.data_dir / "relations", ref.states, ref.bodies)
        >>> data.treaties["RUS-PRK-2024"].in_force.value.isoformat()
        '2024-12-04'
        >>> data.partnerships["CHN-EU-2003"].state_b
        'EU'
    """
    data = RelationsData()
    if not folder.is_dir():
        return data
    problems: list[DataProblem] = []
    rows = {name: _rows(folder / f"{name}.csv", name, problems) for name in FILES}
    for row in rows["treaties"]:
        _treaty(row, data)
    for row in rows["treaties"]:
        replaced = row.text("replaces")
        if replaced and replaced not in data.treaties:
            row.problem(
                f"replaces unknown treaty {replaced!r}{did_you_mean(replaced, [*data.treaties])}"
            )
    for row in rows["events"]:
        _event(row, data, states)
    for row in rows["obligations"]:
        _obligation(row, data)
    for row in rows["partnerships"]:
        _partnership(row, data, states, bodies)
    for row in rows["diplomatic"]:
        _diplomatic(row, data, states)
    policy = load_policy(folder.parent / "sources", problems)  # the blocklist of every layer
    attach_citations(rows["sources"], data, problems, folder / "sources.csv", policy)
    if problems:
        raise DataError(problems)
    return data


def _rows(path: Path, name: str, problems: list[DataProblem]) -> list[Row]:
    if not path.is_file():
        problems.append(DataProblem(path, 0, "file not found"))
        return []
    return list(read_rows(path, FILES[name], (), problems))


def _state(row: Row, column: str, states: Collection[str]) -> str | None:
    code = row.required(column)
    if code and code not in states:
        row.problem(f"{column}: unknown state {code!r}{did_you_mean(code, list(states))}")
        return None
    return code or None


def _party(row: Row, column: str, states: Collection[str], bodies: Collection[str]) -> str | None:
    """A side of a declared partnership: a state, or a body that may act as a party."""
    code = row.required(column)
    if not code or code in states or (code in bodies and code in PARTY_BODIES):
        return code or None
    allowed = ", ".join(sorted(PARTY_BODIES))
    if code in bodies:
        row.problem(
            f"{column}: {code!r} is a body of bodies.csv that is not admitted as a party of a"
            f" partnership (only {allowed}: see PARTY_BODIES)"
        )
    else:
        known = [*states, *(b for b in bodies if b in PARTY_BODIES)]
        row.problem(
            f"{column}: unknown state or party body {code!r}{did_you_mean(code, known)}"
            f" (a state of states.csv, or one of {allowed})"
        )
    return None


def _treaty(row: Row, data: RelationsData) -> None:
    key = row.required("key")
    if key and not _KEY.match(key):
        row.problem(f"key {key!r}: write the parties' ISO3 codes and the year, e.g. RUS-PRK-2024")
        return
    if key in data.treaties:
        row.problem(f"duplicate treaty {key}")
        return
    signed = row.partial_date("signed", required=False)
    in_force = row.partial_date("in_force", required=False)
    end = row.partial_date("end", required=False)
    if signed and in_force and _last_day(in_force) < signed.value:
        row.problem(f"in_force {in_force} is before signed {signed}")
    if in_force and end and end.value <= in_force.value:
        row.problem(f"end {end} is not after in_force {in_force}")
    end_reason = row.choice("end_reason", TREATY_END_REASONS, required=False)
    if end_reason and end is None:
        row.problem("end_reason given without an end date")
    term = row.text("term_years")
    if term and not term.isdigit():
        row.problem(f"term_years {term!r} is not a whole number of years")
    text_url = row.text("text_url")
    if text_url and not _URL.match(text_url):
        row.problem(f"text_url {text_url!r} is not an http(s) address")
    qid = row.text("wikidata")
    if qid and not _QID.match(qid):
        row.problem(f"wikidata {qid!r} is not a QID")
    data.treaties[key] = Treaty(
        key=key,
        title_en=row.required("title_en"),
        title_ru=row.text("title_ru"),
        kind=row.choice("kind", INSTRUMENT_KINDS) or "",
        signed=signed,
        in_force=in_force,
        term_years=int(term) if term and term.isdigit() else None,
        renewal=row.text("renewal"),
        end=end,
        end_reason=end_reason,
        replaces=row.text("replaces"),
        text_url=text_url,
        wikidata=qid,
        uncertain=row.flag("uncertain"),
        note=row.text("note"),
    )


def _last_day(value: PartialDate) -> date:
    """The last day of the period a partial date names (a year's 31 December)."""
    if value.precision == "year":
        return date(value.value.year, 12, 31)
    if value.precision == "month":
        following = date(value.value.year + value.value.month // 12, value.value.month % 12 + 1, 1)
        return following - timedelta(days=1)
    return value.value


def _known_treaty(row: Row, data: RelationsData) -> str | None:
    key = row.required("treaty")
    if key and key not in data.treaties:
        row.problem(f"unknown treaty {key!r}{did_you_mean(key, list(data.treaties))}")
        return None
    return key or None


def _event(row: Row, data: RelationsData, states: Collection[str]) -> None:
    treaty = _known_treaty(row, data)
    state = _state(row, "state", states)
    event = row.choice("event", EVENTS)
    when = row.partial_date("date", required=True)
    if not (treaty and state and event and when):
        return
    if any(
        e.treaty == treaty and e.state == state and e.event == event and e.date == when
        for e in data.events
    ):
        row.problem(f"duplicated event: {state} {event} {treaty} on {when}")
        return
    data.events.append(
        TreatyEvent(treaty, state, event, when, row.flag("uncertain"), row.text("note"))
    )


def _obligation(row: Row, data: RelationsData) -> None:
    treaty = _known_treaty(row, data)
    promise = row.choice("promise", PROMISES)
    direction = row.choice("direction", DIRECTIONS)
    promisor, promisee = row.text("promisor"), row.text("promisee")
    if not (treaty and promise and direction):
        return
    parties = data.parties(treaty)
    if len(parties) < 2:
        row.problem(f"treaty {treaty} has fewer than two parties in events.csv")
        return
    if direction == "mutual" and (promisor or promisee):
        row.problem("a mutual promise names no promisor/promisee (every party promises)")
        return
    if direction == "one_way":
        for column, code in (("promisor", promisor), ("promisee", promisee)):
            if code not in parties:
                row.problem(f"{column} {code!r} is not a party of {treaty} ({', '.join(parties)})")
                return
    conditional = row.flag("conditional")
    obligation = Obligation(
        treaty,
        promise,
        row.text("article"),
        direction,
        promisor,
        promisee,
        conditional,
        row.text("condition"),
        row.flag("uncertain"),
        row.text("note"),
    )
    if any(o.key == obligation.key for o in data.obligations):
        row.problem(f"duplicated obligation {obligation.key}")
        return
    data.obligations.append(obligation)


def _partnership(
    row: Row, data: RelationsData, states: Collection[str], bodies: Collection[str]
) -> None:
    key = row.required("key")
    if key and not _KEY.match(key):
        row.problem(
            f"key {key!r}: write the two ISO3 codes (or party body keys) and the year, "
            "e.g. CHN-PAK-2015, CHN-EU-2003"
        )
        return
    if key in data.partnerships:
        row.problem(f"duplicate partnership {key}")
        return
    a, b = _party(row, "state_a", states, bodies), _party(row, "state_b", states, bodies)
    declared = row.partial_date("declared", required=True)
    lang = row.required("label_lang")
    if lang and not _LANG.match(lang):
        row.problem(f"label_lang {lang!r} is not a language code (en, ru, zh …)")
    replaced = row.text("replaces")
    if replaced:
        previous = data.partnerships.get(replaced)
        if previous is None:
            row.problem(f"replaces unknown partnership {replaced!r} (list it on an earlier line)")
        elif {previous.state_a, previous.state_b} != {a, b}:
            row.problem(f"replaces {replaced}, a partnership of other states")
        elif declared and declared.value <= previous.declared.value:
            row.problem(f"declared {declared} is not after {replaced} ({previous.declared})")
    if not (key and a and b and declared) or a == b:
        if a and a == b:
            row.problem("a partnership needs two different parties")
        return
    data.partnerships[key] = Partnership(
        key,
        min(a, b),
        max(a, b),
        row.required("label"),
        lang,
        declared,
        row.text("document"),
        replaced,
        row.flag("uncertain"),
        row.text("note"),
    )


def _diplomatic(row: Row, data: RelationsData, states: Collection[str]) -> None:
    a, b = _state(row, "state_a", states), _state(row, "state_b", states)
    event = row.choice("event", DIPLOMATIC_EVENTS)
    when = row.partial_date("date", required=True)
    if a and b and event and when:
        first, second = sorted((a, b))
        data.diplomatic.append(
            DiplomaticEvent(first, second, event, when, row.flag("uncertain"), row.text("note"))
        )
