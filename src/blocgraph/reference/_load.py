"""Load and check everything in ``data/``: regions, states, bodies, memberships, civilizations.

Every problem is collected with its file and line, and reported together, so one build run shows
all that needs fixing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from blocgraph.reference._errors import DataError, DataProblem
from blocgraph.reference._memberships import load_memberships
from blocgraph.reference._model import (
    BODY_KINDS,
    REGION_LEVELS,
    STATE_STATUSES,
    Body,
    CivilizationAssignment,
    CivilizationScheme,
    Placement,
    ReferenceData,
    Region,
    Source,
    State,
)
from blocgraph.reference._rows import Row, did_you_mean, read_rows
from blocgraph.reference._sources import SourcePolicy, load_policy

_SOURCE_COLUMNS = ("source_url", "source_seen")
_STATE_CODE = re.compile(r"^[A-Z]{3}$")
_BODY_KEY = re.compile(r"^[A-Z0-9]{2,12}$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_M49 = re.compile(r"^[0-9]{3}$")


def load_reference(data_dir: Path, *, enforce_sources: bool = True) -> ReferenceData:
    """Read and check the curated data in ``data_dir``.

    Parameters:
        data_dir: the folder holding ``regions.csv``, ``states.csv``, ``bodies.csv``,
            ``memberships/<BODY>.csv``, ``civilizations/`` and ``sources/``.
        enforce_sources: False (for ``blocgraph sources --report``) keeps sources on the
            blocklist, marked, and does not require quotes of verified bodies.

    Returns:
        The checked records.

    Raises:
        DataError: listing every problem found, each with file, line and reason.

    Example:
        >>> from blocgraph.config import get_settings
        >>> ref = load_reference(get_settings().data_dir)
        >>> ref.states["RUS"].names["en"]
        'Russia'
    """
    problems: list[DataProblem] = []
    ref = ReferenceData()
    policy = load_policy(data_dir / "sources", problems, enforce=enforce_sources)
    _load_regions(data_dir / "regions.csv", ref, problems, policy)
    state_lines = _load_states(data_dir / "states.csv", ref, problems)
    _load_placements(data_dir / "transcontinental.csv", ref, problems, policy)
    _load_bodies(data_dir / "bodies.csv", ref, problems, policy)
    load_memberships(data_dir / "memberships", ref, problems, policy)
    ref.verified = dict(policy.verified)
    _load_civilizations(data_dir / "civilizations", ref, problems, policy)
    _check_un_status(data_dir / "states.csv", state_lines, ref, problems)
    if problems:
        raise DataError(problems)
    return ref


def _rows(
    path: Path,
    required: tuple[str, ...],
    optional: tuple[str, ...],
    problems: list[DataProblem],
    policy: SourcePolicy | None = None,
) -> list[Row]:
    if not path.is_file():
        problems.append(DataProblem(path, 0, "file not found"))
        return []
    return list(read_rows(path, required, optional, problems, policy))


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split(";") if part.strip())


def _qid(row: Row) -> str | None:
    qid = row.text("wikidata")
    if qid and not _QID.match(qid):
        row.problem(f"wikidata: {qid!r} is not a Wikidata QID (Q followed by digits)")
        return None
    return qid


def _load_regions(
    path: Path, ref: ReferenceData, problems: list[DataProblem], policy: SourcePolicy
) -> None:
    rows = _rows(
        path,
        ("code", "name_en", "name_ru", "level", "parent", *_SOURCE_COLUMNS),
        (),
        problems,
        policy,
    )
    for row in rows:
        code = row.required("code")
        if code and not _M49.match(code):
            row.problem(f"code {code!r} is not a three-digit M49 code")
        if code in ref.regions:
            row.problem(f"duplicate region {code}")
            continue
        level = row.choice("level", REGION_LEVELS)
        ref.regions[code] = Region(
            code,
            row.required("name_en"),
            row.required("name_ru"),
            level or "",
            row.text("parent"),
            row.sources(),
        )
    for row in rows:
        parent = row.text("parent")
        if parent and parent not in ref.regions:
            row.problem(f"unknown parent region {parent!r}")


def _load_states(path: Path, ref: ReferenceData, problems: list[DataProblem]) -> dict[str, int]:
    columns = (
        "iso3",
        "iso2",
        "numeric",
        "name_en",
        "name_ru",
        "aliases_en",
        "aliases_ru",
        "status",
        "m49_region",
        "m49_subregion",
        "m49_intermediate",
        "wikidata",
        "note",
    )
    lines: dict[str, int] = {}
    for row in _rows(path, columns, ("name_fr", "name_es", "name_zh", "name_ar"), problems):
        iso3 = row.required("iso3")
        if not _STATE_CODE.match(iso3):
            row.problem(f"iso3 {iso3!r} is not three upper-case letters")
            continue
        if iso3 in lines:
            row.problem(f"duplicate state {iso3} (first on line {lines[iso3]})")
            continue
        lines[iso3] = row.line
        regions = tuple(
            code
            for col in ("m49_region", "m49_subregion", "m49_intermediate")
            if (code := row.text(col))
        )
        for code in regions:
            if code not in ref.regions:
                row.problem(f"unknown M49 region {code!r}")
        if not row.text("m49_region"):
            row.problem("missing m49_region")
        row.required("name_en")
        row.required("name_ru")
        ref.states[iso3] = State(
            iso3=iso3,
            iso2=row.text("iso2"),
            numeric=row.text("numeric"),
            names=row.names("name"),
            aliases={lang: _split(row.text(f"aliases_{lang}")) for lang in ("en", "ru")},
            status=row.choice("status", STATE_STATUSES) or "",
            regions=regions,
            wikidata=_qid(row),
            note=row.text("note"),
        )
    return lines


def _check_un_status(
    path: Path, lines: dict[str, int], ref: ReferenceData, problems: list[DataProblem]
) -> None:
    """A state's ``status`` must agree with its UN spells in force today."""
    today = date.today()
    current = {
        m.member: m.role
        for m in ref.memberships
        if m.body == "UN" and m.start.value <= today and (m.end is None or m.end.value > today)
    }
    if not current:
        return
    expected = {"member": "un_member", "observer": "un_observer"}
    for code, state in ref.states.items():
        want = expected.get(current.get(code, ""))
        has = state.status if state.status in expected.values() else None
        if want != has:
            problems.append(
                DataProblem(
                    path,
                    lines.get(code, 0),
                    f"{code} has status {state.status!r} but its UN spell in force today says "
                    f"{want or 'neither un_member nor un_observer'} (memberships/UN.csv)",
                )
            )


def _load_placements(
    path: Path, ref: ReferenceData, problems: list[DataProblem], policy: SourcePolicy
) -> None:
    columns = ("state", "continent", "basis", *_SOURCE_COLUMNS, "note")
    for row in _rows(path, columns, (), problems, policy):
        state = _known_state(row, "state", ref)
        continent = row.required("continent")
        region = ref.regions.get(continent)
        if region is None or region.level != "region":
            row.problem(
                f"continent {continent!r} is not an M49 region code (002, 019, 142, 150, 009)"
            )
            continue
        if state:
            ref.placements.append(
                Placement(state, continent, row.required("basis"), row.sources(), row.text("note"))
            )


def _known_state(row: Row, column: str, ref: ReferenceData) -> str | None:
    code = row.required(column)
    if code and code not in ref.states:
        row.problem(f"unknown state {code!r}{did_you_mean(code, list(ref.states))}")
        return None
    return code or None


def _load_bodies(
    path: Path, ref: ReferenceData, problems: list[DataProblem], policy: SourcePolicy
) -> None:
    columns = (
        "key",
        "name_en",
        "name_ru",
        "aliases_en",
        "aliases_ru",
        "founded",
        "dissolved",
        "kind",
        "seat_city",
        "seat_country",
        "wikidata",
        "website",
        *_SOURCE_COLUMNS,
        "note",
    )
    lines: dict[str, int] = {}
    for row in _rows(path, columns, (), problems, policy):
        key = row.required("key")
        if not _BODY_KEY.match(key):
            row.problem(f"key {key!r} must be 2-12 upper-case letters or digits")
            continue
        if key in lines:
            row.problem(f"duplicate body {key} (first on line {lines[key]})")
            continue
        if key in ref.states:
            row.problem(f"body key {key} is also a state code: members would be ambiguous")
            continue
        lines[key] = row.line
        seat = row.text("seat_country")
        if seat and seat not in ref.states:
            row.problem(f"unknown seat_country {seat!r}")
        founded = row.partial_date("founded", required=True)
        row.required("name_en")
        row.required("name_ru")
        if founded is None:
            continue
        ref.bodies[key] = Body(
            key=key,
            names=row.names("name"),
            aliases={lang: _split(row.text(f"aliases_{lang}")) for lang in ("en", "ru")},
            founded=founded,
            dissolved=row.partial_date("dissolved", required=False),
            kind=row.choice("kind", BODY_KINDS) or "",
            seat_city=row.text("seat_city"),
            seat_country=seat,
            wikidata=_qid(row),
            website=row.text("website"),
            sources=row.sources(),
            note=row.text("note"),
        )


def _load_civilizations(
    folder: Path, ref: ReferenceData, problems: list[DataProblem], policy: SourcePolicy
) -> None:
    schemes_path = folder / "schemes.csv"
    columns = ("key", "title", "author", "year", "publisher", "isbn", *_SOURCE_COLUMNS, "note")
    for row in _rows(schemes_path, columns, (), problems, policy):
        key = row.required("key")
        year = row.required("year")
        if year and not year.isdigit():
            row.problem(f"year {year!r} is not a year")
            continue
        citation = ", ".join(
            v
            for v in (
                row.text("author"),
                row.text("title"),
                row.text("publisher"),
                year,
                row.text("isbn"),
            )
            if v
        )
        ref.schemes[key] = CivilizationScheme(
            key,
            row.required("title"),
            row.required("author"),
            int(year or 0),
            citation,
            row.sources(),
            row.text("note"),
        )
    labels_path = folder / "civilizations.csv"
    for row in _rows(
        labels_path, ("scheme", "key", "name_en", "name_ru", "definition"), (), problems
    ):
        scheme = row.required("scheme")
        if scheme not in ref.schemes:
            row.problem(f"unknown scheme {scheme!r}{did_you_mean(scheme, list(ref.schemes))}")
            continue
        ref.civilization_names[(scheme, row.required("key"))] = (
            row.required("name_en"),
            row.required("name_ru"),
            row.text("definition"),
        )
    for key in ref.schemes:
        path = folder / f"{key}.csv"
        claim_columns = ("state", "civilization", "uncertain", "note", *_SOURCE_COLUMNS)
        lines: dict[str, int] = {}
        for row in _rows(path, claim_columns, ("quote",), problems, policy):
            state = _known_state(row, "state", ref)
            civilization = row.required("civilization")
            if civilization and (key, civilization) not in ref.civilization_names:
                known = [c for s, c in ref.civilization_names if s == key]
                row.problem(
                    f"unknown civilization {civilization!r} in scheme {key}"
                    f"{did_you_mean(civilization, known)}"
                )
                continue
            if state in lines:
                row.problem(f"duplicate state {state} (first on line {lines[state]})")
                continue
            sources = _quoted_first(row, row.sources())
            if state and civilization and sources:
                lines[state] = row.line
                ref.civilizations.append(
                    CivilizationAssignment(
                        key, state, civilization, row.flag("uncertain"), row.text("note"), sources
                    )
                )


def _quoted_first(row: Row, sources: tuple[Source, ...]) -> tuple[Source, ...]:
    """The row's sources, the first carrying the row's ``quote`` (the sentence read there)."""
    quote = row.text("quote")
    if quote is None or not sources:
        return sources
    return (replace(sources[0], quote=quote), *sources[1:])
