"""The exports from the home page in headless Chromium: the download links give the same bytes
as ``/api/export/…`` (and so as ``blocgraph export``), the day's links follow the date control,
and the files hold what Gephi and pandas need (time intervals, one row per spell)."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from pathlib import Path

import httpx
from playwright.sync_api import Page, expect

from tests.export.test_parquet import as_csv_row, read_parquet
from tests.web.conftest import BrowserPage
from tests.web.test_home import loaded

GEXF = "{http://www.gexf.net/1.2draft}"


def _download(page: Page, link: str) -> tuple[str, bytes]:
    """Click ``link`` and return the file the browser saved: its suggested name and bytes."""
    with page.expect_download() as info:
        page.click(link)
    download = info.value
    path = download.path()
    assert path is not None, download.failure()
    return download.suggested_filename, Path(path).read_bytes()


def test_whole_history_csv_and_gexf(browser_page: BrowserPage, server: str) -> None:
    page = browser_page.open("/")
    loaded(page, continent="Eurasia")
    name, body = _download(page, "#export-csv")
    assert name == "blocgraph-memberships.csv"
    assert body == httpx.get(server + "/api/export/csv", timeout=60).content
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    coe = [
        (r["role"], r["start"], r["end"]) for r in rows if (r["state"], r["body"]) == ("RUS", "COE")
    ]
    # Russia's Council of Europe history: member, suspended, expelled
    assert coe == [
        ("member", "1996-02-28", "2022-02-25"),
        ("suspended", "2022-02-25", "2022-03-16"),
    ]

    name, body = _download(page, "#export-gexf")
    assert name == "blocgraph-memberships.gexf"
    root = ET.fromstring(body)
    graph = root.find(f"{GEXF}graph")
    assert graph is not None
    assert graph.get("mode") == "dynamic"  # Gephi's timeline
    edges = {(e.get("source"), e.get("target")): e for e in root.iter(f"{GEXF}edge")} | {
        (e.get("target"), e.get("source")): e for e in root.iter(f"{GEXF}edge")
    }
    spells = edges[("RUS", "COE")].find(f"{GEXF}spells")
    assert spells is not None
    assert [s.get("start") for s in spells] == ["1996-02-28", "2022-02-25"]
    assert browser_page.log.problems() == []


def test_the_days_links_follow_the_date_control(browser_page: BrowserPage, server: str) -> None:
    page = browser_page.open("/")
    loaded(page, continent="Eurasia")
    page.fill("#as-of", "2024-01-01")
    loaded(page, as_of="2024-01-01")
    expect(page.locator("#export-day")).to_have_text("2024-01-01")
    name, body = _download(page, "#export-csv-day")
    assert name == "blocgraph-memberships-2024-01-01.csv"
    assert body == httpx.get(server + "/api/export/csv?as_of=2024-01-01", timeout=60).content
    sco = {
        (r["state"], r["role"])
        for r in csv.DictReader(io.StringIO(body.decode()))
        if r["body"] == "SCO"
    }
    # Iran joined the SCO on 2023-07-04; Belarus, an observer since 2015, on 2024-07-04
    assert ("IRN", "member") in sco
    assert ("BLR", "observer") in sco
    assert ("BLR", "member") not in sco
    name, body = _download(page, "#export-graphml-day")
    assert name == "blocgraph-memberships-2024-01-01.graphml"
    assert body == httpx.get(server + "/api/export/graphml?as_of=2024-01-01", timeout=60).content
    assert browser_page.log.problems() == []


def test_parquet_links(browser_page: BrowserPage, server: str, tmp_path: Path) -> None:
    page = browser_page.open("/")
    loaded(page, continent="Eurasia")
    name, body = _download(page, "#export-parquet")
    assert name == "blocgraph-memberships.parquet"
    saved = tmp_path / name
    saved.write_bytes(body)
    csv_rows = list(csv.DictReader(io.StringIO(httpx.get(server + "/api/export/csv").text)))
    assert [as_csv_row(r) for r in read_parquet(saved)] == csv_rows
    page.fill("#as-of", "2024-01-01")
    loaded(page, as_of="2024-01-01")
    name, _body = _download(page, "#export-parquet-day")
    assert name == "blocgraph-memberships-2024-01-01.parquet"
    assert browser_page.log.problems() == []
