"""Bad data fails the build naming file, line and reason; good data loads."""

from __future__ import annotations

from pathlib import Path

import pytest

from blocgraph.reference import DataError, load_reference
from tests.reference.conftest import append_row as _append


def _membership(**overrides: str) -> dict[str, str]:
    row = {
        "member": "ISL",
        "role": "observer",
        "start": "2001-02-03",
        "end": "",
        "end_reason": "",
        "source_url": "https://example.org/list",
        "source_seen": "2026-11-27",
        "uncertain": "",
        "note": "",
    }
    row.update(overrides)
    return row


def _problem_text(data_dir: Path) -> str:
    with pytest.raises(DataError) as caught:
        load_reference(data_dir)
    return str(caught.value)


def test_real_data_loads() -> None:
    from tests.conftest import DATA_DIR

    ref = load_reference(DATA_DIR)
    assert {"CIS", "EAEU", "CSTO", "SCO", "ASEAN", "OSCE"} <= set(ref.bodies)
    assert all(m.sources for m in ref.memberships)


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (_membership(member="XYZ"), "unknown member 'XYZ'"),
        (_membership(member="RUSS"), "unknown member 'RUSS'"),
        (_membership(start="2010-01-01", end="2009-08-18"), "end 2009-08-18 is not after start"),
        (_membership(source_url=""), "missing source"),
        (_membership(source_seen=""), "missing source_seen"),
        (_membership(source_url="not a url"), "not an http(s) address"),
        (_membership(role="overlord"), "unknown role 'overlord'"),
        (_membership(role="observr"), "did you mean 'observer'"),
        (_membership(start="2024-13-01"), "not a valid date"),
        (_membership(start="July 2024"), "is not a date"),
        (_membership(end_reason="withdrew"), "end_reason given without an end date"),
    ],
    ids=[
        "unknown-iso",
        "bad-code",
        "end-before-start",
        "no-source",
        "no-seen-date",
        "bad-url",
        "unknown-role",
        "role-typo",
        "impossible-date",
        "free-text-date",
        "reason-without-end",
    ],
)
def test_bad_membership_row_names_file_line_reason(
    data_copy: Path, row: dict[str, str], reason: str
) -> None:
    path = data_copy / "memberships" / "SCO.csv"
    line = _append(path, row)
    text = _problem_text(data_copy)
    assert f"SCO.csv:{line}: " in text
    assert reason in text


def test_duplicated_row_is_refused(data_copy: Path) -> None:
    path = data_copy / "memberships" / "SCO.csv"
    first = _append(path, _membership())
    second = _append(path, _membership())
    text = _problem_text(data_copy)
    assert f"SCO.csv:{second}: duplicated row" in text
    assert f"line {first}" in text


def test_overlapping_spells_are_refused(data_copy: Path) -> None:
    path = data_copy / "memberships" / "SCO.csv"
    _append(path, _membership(start="2001-01-01", end="2005-01-01"))
    line = _append(path, _membership(role="dialogue_partner", start="2004-01-01"))
    assert f"SCO.csv:{line}: ISL spell from 2004-01-01 overlaps" in _problem_text(data_copy)


def test_unknown_body_file_is_refused(data_copy: Path) -> None:
    source = data_copy / "memberships" / "SCO.csv"
    (data_copy / "memberships" / "SCOO.csv").write_text(
        source.read_text(encoding="utf-8"), encoding="utf-8"
    )
    text = _problem_text(data_copy)
    assert "SCOO.csv:1: unknown body 'SCOO'" in text
    assert "did you mean 'SCO'" in text


def test_unknown_state_in_civilizations_is_refused(data_copy: Path) -> None:
    path = data_copy / "civilizations" / "huntington1996.csv"
    line = _append(
        path,
        {
            "state": "ZZZ",
            "civilization": "western",
            "uncertain": "",
            "note": "",
            "source_url": "https://example.org",
            "source_seen": "2026-11-27",
        },
    )
    assert f"huntington1996.csv:{line}: unknown state 'ZZZ'" in _problem_text(data_copy)


def test_civilization_quote_goes_to_the_first_source(data_copy: Path) -> None:
    path = data_copy / "civilizations" / "huntington1996.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        "\n".join(line for line in text.splitlines() if not line.startswith("JPN,")) + "\n",
        encoding="utf-8",
    )
    _append(
        path,
        {
            "state": "JPN",
            "civilization": "japanese",
            "source_url": "https://example.org/a ; https://example.org/b",
            "source_seen": "2026-12-03",
            "quote": "Den japanske (bestående af Japan)",
        },
    )
    ref = load_reference(data_copy)
    (claim,) = [c for c in ref.civilizations if c.state == "JPN"]
    assert [(s.url, s.quote) for s in claim.sources] == [
        ("https://example.org/a", "Den japanske (bestående af Japan)"),
        ("https://example.org/b", None),
    ]


def test_real_civilization_rows_are_quoted() -> None:
    from tests.conftest import DATA_DIR

    ref = load_reference(DATA_DIR)
    claims = [c for c in ref.civilizations if c.scheme == "huntington1996"]
    assert claims
    assert all(c.sources[0].quote for c in claims)
    assert not [c.state for c in claims if "recalled" in (c.note or "")]


def test_binary_file_is_refused(data_copy: Path) -> None:
    (data_copy / "memberships" / "SCO.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    text = _problem_text(data_copy)
    assert "SCO.csv:1: " in text
    assert "UTF-8" in text


def test_misnamed_column_is_refused(data_copy: Path) -> None:
    path = data_copy / "memberships" / "SCO.csv"
    text = path.read_text(encoding="utf-8").replace("source_url", "source", 1)
    path.write_text(text, encoding="utf-8")
    problems = _problem_text(data_copy)
    assert "SCO.csv:1: missing column(s) source_url" in problems
    assert "unknown column(s) source" in problems


def test_every_problem_is_reported_at_once(data_copy: Path) -> None:
    path = data_copy / "memberships" / "SCO.csv"
    _append(path, _membership(member="XYZ"))
    _append(path, _membership(role="overlord", start="2002-01-01"))
    with pytest.raises(DataError) as caught:
        load_reference(data_copy)
    assert len(caught.value.problems) == 2


def test_state_status_must_agree_with_un_spells(data_copy: Path) -> None:
    path = data_copy / "states.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines, start=1) if line.startswith("RUS,"))
    lines[number - 1] = lines[number - 1].replace(",un_member,", ",partially_recognised,")
    path.write_text("".join(lines), encoding="utf-8")
    text = _problem_text(data_copy)
    assert f"states.csv:{number}: RUS has status 'partially_recognised'" in text
