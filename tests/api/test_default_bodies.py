"""One default everywhere: without ``--bodies``/``bodies=``, ``blocgraph coverage``, ``blocgraph
map``, ``/api/analysis/coverage`` and ``/api/maps/coverage.svg`` look at the same bodies for a
continent — the seed's six for Eurasia, the continent's own bodies elsewhere — and so count the
same gaps (the home page asks ``/api/analysis/coverage`` for them: tests/web/test_home.py)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from blocgraph.build import BuildSummary
from tests.conftest import run_cli

DAY = "2025-01-01"
SIX = ["CIS", "EAEU", "CSTO", "SCO", "ASEAN", "OSCE"]


@pytest.fixture(scope="module")
def client(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=60.0) as http:
        yield http


def _cli_coverage(summary: BuildSummary, continent: str) -> dict[str, Any]:
    done = run_cli(
        "coverage", "--continent", continent, "--as-of", DAY, "--json", store=summary.store
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def _map_root(svg: bytes) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.attrib["class"].split()[0] == "bg-map"
    return root


def _gaps(root: ET.Element) -> set[str]:
    return {
        e.attrib["data-iso3"]
        for e in root.iter()
        if "state" in e.attrib.get("class", "").split() and "gap" in e.attrib["class"].split()
    }


@pytest.mark.parametrize(
    ("continent", "expected"),
    [
        ("Eurasia", SIX),
        (
            "Africa",
            [
                "AES",
                "AU",
                "CENSAD",
                "COI",
                "COMESA",
                "CPLP",
                "EAC",
                "ECCAS",
                "ECOWAS",
                "GGC",
                "ICGLR",
                "IGAD",
                "LCBC",
                "NILEBASIN",
                "OHADA",
                "SADC",
                "WAEMU",
            ],
        ),
        (
            "Americas",
            [
                "ACS",
                "ACTO",
                "ALBA",
                "ANDEAN",
                "CARICOM",
                "CDB",
                "CELAC",
                "MERCOSUR",
                "OAS",
                "OECS",
                "PACALLIANCE",
                "PROSUR",
                "SICA",
                "UNASUR",
            ],
        ),
        ("Europe", None),  # its own bodies, whatever they are: the same list everywhere
    ],
)
def test_cli_api_and_map_agree_on_the_default(
    client: httpx.Client,
    summary: BuildSummary,
    tmp_path: Path,
    continent: str,
    expected: list[str] | None,
) -> None:
    cli = _cli_coverage(summary, continent)
    bodies = [b["body"] for b in cli["bodies"]]
    if expected is not None:
        assert bodies == expected
    assert bodies, "a continent's default is never empty"

    api = client.get("/api/analysis/coverage", params={"continent": continent, "as_of": DAY})
    assert api.status_code == 200, api.text
    assert api.json() == cli

    served = client.get("/api/maps/coverage.svg", params={"continent": continent, "as_of": DAY})
    assert served.status_code == 200, served.text
    root = _map_root(served.content)
    assert root.attrib["data-bodies"].split(",") == bodies
    assert _gaps(root) == set(cli["uncovered"])

    out = tmp_path / f"{continent}.svg"
    drawn = run_cli(
        "map", "--continent", continent, "--as-of", DAY, "--out", str(out), store=summary.store
    )
    assert drawn.returncode == 0, drawn.stderr
    assert _map_root(out.read_bytes()).attrib["data-bodies"].split(",") == bodies


def test_eurasia_default_is_the_seed_with_its_gaps(client: httpx.Client) -> None:
    # no continent: Eurasia; the six leave Japan, the Gulf, North Korea … out
    report = client.get("/api/analysis/coverage", params={"as_of": DAY}).json()
    assert report["continent"] == "Eurasia"
    assert [b["body"] for b in report["bodies"]] == SIX
    assert {"JPN", "SAU", "PRK"} <= set(report["uncovered"])


def test_a_region_without_bodies_of_its_own_gets_its_biggest(client: httpx.Client) -> None:
    # Oceania has the Melanesian Spearhead Group since 2026-12-06; Micronesia has none of its own
    params = {"continent": "Micronesia", "as_of": DAY}
    report = client.get("/api/analysis/coverage", params=params)
    assert report.status_code == 200, report.text
    bodies = report.json()["bodies"]
    assert 0 < len(bodies) <= 6
    assert not any(b["continental"] for b in bodies)
    counts = [b["members_in_continent"] for b in bodies]
    assert counts == sorted(counts, reverse=True)
