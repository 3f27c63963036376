"""The source policy as data: blocklist, tiers, quotes, verified bodies, and the report."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from blocgraph.reference import DataError, load_reference, source_report
from blocgraph.reference._errors import DataProblem
from blocgraph.reference._sources import load_policy
from tests.conftest import DATA_DIR, run_cli
from tests.reference.conftest import append_row as _append


def _membership(**overrides: str) -> dict[str, str]:
    row = {
        "member": "ISL",
        "role": "observer",
        "start": "2001-02-03",
        "end": "",
        "end_reason": "",
        "source_url": "https://www.osce.org/list",
        "source_seen": "2026-12-03",
        "uncertain": "",
        "note": "",
    }
    row.update(overrides)
    return row


def _problems(data_dir: Path) -> str:
    with pytest.raises(DataError) as caught:
        load_reference(data_dir)
    return str(caught.value)


def test_real_data_cites_no_blocklisted_domain() -> None:
    problems: list[DataProblem] = []
    policy = load_policy(DATA_DIR / "sources", problems)
    assert not problems
    ref = load_reference(DATA_DIR)
    cited = [s.url for m in ref.memberships for s in m.sources]
    cited += [s.url for b in ref.bodies.values() for s in b.sources]
    cited += [s.url for c in ref.civilizations for s in c.sources]
    assert cited and not [url for url in cited if policy.blocked(url)]


@pytest.mark.parametrize(
    "url",
    [
        "https://wikimili.com/en/Collective_Security_Treaty_Organization",
        "https://armenia.news-pravda.com/world/2025/05/15/16722.html",  # a subdomain
        "https://www.wiki3.en-us.nina.az/African_Union.html",
        "https://lacomunalaltantointernacional.blogspot.com/p/x.html",
    ],
)
def test_blocklisted_url_fails_the_build_naming_file_line_and_url(
    data_copy: Path, url: str
) -> None:
    path = data_copy / "memberships" / "OSCE.csv"
    line = _append(path, _membership(source_url=f"https://www.osce.org/a ; {url}"))
    text = _problems(data_copy)
    assert f"{path}:{line}:" in text
    assert url in text and "blocklist" in text


def test_blocklist_applies_to_every_sourced_file(data_copy: Path) -> None:
    path = data_copy / "transcontinental.csv"
    line = _append(
        path,
        {
            "state": "KAZ",
            "continent": "150",
            "basis": "test",
            "source_url": "https://docslib.org/doc/1/x",
            "source_seen": "2026-12-03",
            "note": "",
        },
    )
    assert f"{path}:{line}: source_url: https://docslib.org/doc/1/x is on the blocklist" in (
        _problems(data_copy)
    )


def test_tier_comes_from_the_longest_matching_domain() -> None:
    policy = load_policy(DATA_DIR / "sources", [])
    assert policy.classify("https://press.un.org/en/2006/ga10474.doc.htm")[0] == "official"
    assert policy.classify("https://tass.com/politics/1")[0] == "reference"
    assert policy.classify("https://en.wikipedia.org/wiki/CSTO")[0] == "secondary"
    assert policy.classify("https://unknown.example/page")[0] == "secondary"
    assert policy.classify("https://www.fmprc.gov.cn/eng/x.html") == (
        "official",
        "Government of China",
    )


def test_quoted_source_enriches_the_row() -> None:
    ref = load_reference(DATA_DIR)
    (thailand,) = [
        m for m in ref.memberships if (m.body, m.member, m.role) == ("CICA", "THA", "member")
    ]
    assert str(thailand.start) == "2004-10-22"
    (secretariat,) = [s for s in thailand.sources if "s-cica.org" in s.url]
    assert secretariat.tier == "official"
    assert secretariat.accessed == date(2026, 12, 3)
    assert secretariat.quote and "Thailand was admitted as the seventeenth member" in (
        secretariat.quote
    )


def test_quote_row_naming_no_row_fails(data_copy: Path) -> None:
    path = data_copy / "sources" / "memberships" / "CICA.csv"
    line = _append(
        path,
        {
            "member": "THA",
            "role": "member",
            "start": "2006-06",
            "url": "https://s-cica.org/x",
            "tier": "",
            "quote": "Thailand",
            "accessed": "2026-12-03",
            "note": "",
        },
    )
    assert f"{path}:{line}: no row THA member from 2006-06 in memberships/CICA.csv" in (
        _problems(data_copy)
    )


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"tier": "primary"}, "unknown tier 'primary'"),
        ({"accessed": "2099-01-01"}, "accessed: 2099-01-01 is in the future"),
        ({"quote": ""}, "missing quote"),
        ({"url": "https://wikimili.com/en/X"}, "url https://wikimili.com/en/X is on the blocklist"),
    ],
)
def test_bad_quote_rows_fail(data_copy: Path, overrides: dict[str, str], reason: str) -> None:
    path = data_copy / "sources" / "memberships" / "CICA.csv"
    row = {
        "member": "THA",
        "role": "member",
        "start": "2004-10-22",
        "url": "https://s-cica.org/other",
        "tier": "",
        "quote": "Thailand was admitted",
        "accessed": "2026-12-03",
        "note": "",
    }
    row.update(overrides)
    line = _append(path, row)
    assert f"{path}:{line}: {reason}" in _problems(data_copy)


def test_verified_body_needs_a_quoted_official_or_reference_source(data_copy: Path) -> None:
    # GCC without its quoted sources: listed as verified, the build must refuse its rows
    (data_copy / "sources" / "memberships" / "GCC.csv").unlink(missing_ok=True)
    verified = data_copy / "sources" / "verified.csv"
    if "\nGCC," not in verified.read_text(encoding="utf-8"):
        _append(verified, {"body": "GCC", "verified_on": "2026-12-03"})
    text = _problems(data_copy)
    assert "memberships/GCC.csv:2: GCC is listed in sources/verified.csv" in text


def test_end_without_end_reason_fails(data_copy: Path) -> None:
    path = data_copy / "memberships" / "OSCE.csv"
    line = _append(path, _membership(end="2005-01-01"))
    assert f"{path}:{line}: end 2005-01-01 given without an end_reason" in _problems(data_copy)


def test_report_counts_what_the_build_refuses(data_copy: Path) -> None:
    path = data_copy / "memberships" / "GCC.csv"
    _append(
        path,
        _membership(
            member="YEM",
            role="observer",
            source_url="https://wikimili.com/en/GCC",
            note="from memory",
        ),
    )
    figures = {f.body: f for f in source_report(load_reference(data_copy, enforce_sources=False))}
    assert figures["GCC"].blocklisted == 1 and figures["GCC"].blocklisted_urls == 1
    assert figures["GCC"].from_memory == 1
    assert figures["ALL"].rows == sum(f.rows for b, f in figures.items() if b != "ALL")


def test_sources_report_cli_json() -> None:
    result = run_cli("sources", "--report", "--json")
    assert result.returncode == 0, result.stderr
    figures = {f["body"]: f for f in json.loads(result.stdout)}
    ref = load_reference(DATA_DIR)
    assert figures["ALL"]["rows"] == len(ref.memberships)
    assert figures["ALL"]["blocklisted"] == 0
    assert figures["CICA"]["citable"] >= 1
    for body in ref.verified:
        assert figures[body]["citable_pct"] == 100.0


def test_sources_without_report_flag_exits_2() -> None:
    result = run_cli("sources")
    assert result.returncode == 2
    assert "--report" in result.stderr
