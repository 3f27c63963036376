"""State and body pages over HTTP (a real ``blocgraph serve``): memberships as a table with role,
dates, a current marker and sources; the timeline; the raw triples folded below; names in the
reader's language; the site search's redirect."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from html import unescape
from html.parser import HTMLParser

import httpx
import pytest

HTML = {"Accept": "text/html"}


@pytest.fixture(scope="module")
def client(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=30.0) as http:
        yield http


class Rows(HTMLParser):
    """Rows of the membership tables: (table heading, cells as text)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, list[str]]] = []
        self._heading = ""
        self._in_h2 = False
        self._in_table = False
        self._cell: list[str] | None = None
        self._row: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "h2":
            self._in_h2, self._heading = True, ""
        elif tag == "table" and ("class", "memberships") in attrs:
            self._in_table = True
        elif self._in_table and tag == "tr":
            self._row = []
        elif self._in_table and tag == "td":
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2":
            self._in_h2 = False
        elif tag == "table":
            self._in_table = False
        elif tag == "td" and self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row:
            self.rows.append((self._heading, self._row))
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._in_h2:
            self._heading += data
        if self._cell is not None:
            self._cell.append(data)


def page(client: httpx.Client, path: str, **headers: str) -> httpx.Response:
    response = client.get(path, headers={**HTML, **headers})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    return response


def rows(html: str) -> list[tuple[str, list[str]]]:
    parser = Rows()
    parser.feed(html)
    return parser.rows


def test_russia_left_the_council_of_europe(client: httpx.Client) -> None:
    html = page(client, "/id/state/RUS").text
    assert re.search(r"<h1[^>]*>Russia</h1>", html)
    coe = [cells for _, cells in rows(html) if cells[0].startswith("Council of Europe")]
    assert coe[0][1:5] == ["member", "1996-02-28", "2022-02-25", "suspended"]
    assert all(cells[4] != "current" for cells in coe)
    assert "coe.int" in "".join(cells[5] for cells in coe)


def test_current_memberships_come_first_and_are_marked(client: httpx.Client) -> None:
    table = [cells for _, cells in rows(page(client, "/id/state/RUS").text)]
    marks = [cells[4] == "current" for cells in table]
    assert marks == sorted(marks, reverse=True)  # every current row before every past one
    current = {cells[0].rsplit(" ", 1)[-1] for cells in table if cells[4] == "current"}
    assert {"CIS", "CSTO", "EAEU", "SCO"} <= current
    assert all(cells[5] for cells in table)  # every row names its sources


def test_body_page_lists_members_with_roles(client: httpx.Client) -> None:
    html = page(client, "/id/body/CSTO").text
    table = [cells for heading, cells in rows(html) if heading == "Members"]
    armenia = [cells for cells in table if cells[0].endswith("ARM")]
    assert ["frozen", "current"] in [[c[1].split()[0], c[4]] for c in armenia]
    assert 'href="/id/state/KAZ"' in html


def test_a_body_that_is_a_member_has_both_tables(client: httpx.Client) -> None:
    headings = {heading for heading, _ in rows(page(client, "/id/body/EU").text)}
    assert {"Members", "Member of"} <= headings


def test_timeline_has_a_bar_per_spell(client: httpx.Client) -> None:
    html = page(client, "/id/state/RUS").text
    bars = re.findall(r'<rect data-row="([^"]+)" data-role="([^"]+)"', html)
    assert len(bars) == len(rows(html))
    assert ("COE", "suspended") in bars


def test_raw_triples_are_folded_below(client: httpx.Client) -> None:
    html = page(client, "/id/state/RUS").text
    raw = html.split('<details class="panel raw">', 1)[1]
    assert "/id/membership/" in raw and "skos:prefLabel" in raw
    assert html.index("Timeline") < html.index('<details class="panel raw">')


@pytest.mark.parametrize(
    ("query", "headers", "name", "lang"),
    [
        ("?lang=ru", {}, "Россия", "ru"),
        ("", {"Accept-Language": "zh-CN,zh;q=0.9"}, "俄罗斯", "zh"),
        ("", {"Accept-Language": "ar"}, "روسيا", "ar"),
        ("?lang=fr", {"Accept-Language": "ru"}, "Russie", "fr"),
        ("", {}, "Russia", "en"),
    ],
)
def test_names_in_the_readers_language(
    client: httpx.Client, query: str, headers: dict[str, str], name: str, lang: str
) -> None:
    response = page(client, "/id/state/RUS" + query, **headers)
    assert re.search(rf'<h1 lang="{lang}" dir="auto">{name}</h1>', response.text)
    assert response.headers["content-language"] == lang


def test_counterparts_are_named_in_the_readers_language(client: httpx.Client) -> None:
    html = page(client, "/id/body/SCO?lang=ru").text
    members = [cells[0] for heading, cells in rows(html) if heading == "Members"]
    assert "Казахстан KAZ" in members


def test_pages_only_load_from_this_origin(client: httpx.Client) -> None:
    response = page(client, "/id/body/SCO")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert "<script>" not in response.text and " style=" not in response.text


@pytest.mark.parametrize(
    ("q", "target"),
    [("Kazakhstan", "/id/state/KAZ"), ("ОДКБ", "/id/body/CSTO"), ("kaz", "/id/state/KAZ")],
)
def test_site_search_goes_to_the_page(client: httpx.Client, q: str, target: str) -> None:
    response = client.get("/go", params={"q": q})
    assert response.status_code == 303
    assert response.headers["location"] == target


def test_site_search_without_a_match_is_a_problem(client: httpx.Client) -> None:
    response = client.get("/go", params={"q": "Zzyzx Qwerty"})
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")


def _map_of(client: httpx.Client, html: str) -> ET.Element:
    """The map the page shows when unfolded (its <img>), fetched as a browser would."""
    found = re.search(r'<details class="panel entity-map">.*?<img data-src="([^"]+)"', html, re.S)
    assert found, "the page has a map"
    response = client.get(unescape(found.group(1)))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("image/svg+xml")
    return ET.fromstring(response.content)


def test_a_body_page_maps_its_members(client: httpx.Client) -> None:
    root = _map_of(client, page(client, "/id/body/SCO").text)
    assert root.attrib["data-continent"] == "World"
    assert root.attrib["data-measure"] == "body:SCO"
    roles = {
        e.attrib["data-iso3"]: e.attrib["data-value"]
        for e in root.iter()
        if "state" in e.attrib.get("class", "").split()
    }
    assert roles["KAZ"] == "member"
    assert roles["BLR"] == "member"  # since 2024-07-04


def test_a_state_page_maps_the_states_sharing_its_bodies(client: httpx.Client) -> None:
    today = date.today().isoformat()
    spells = client.get(
        "/api/states/RUS/bodies", params={"as_of": today, "layer": "curated"}
    ).json()
    expected = sorted(
        {
            s["body"]
            for s in spells
            if s["role"] in ("member", "participating_state", "suspended", "frozen")
        }
        - {"UN"}
    )
    root = _map_of(client, page(client, "/id/state/RUS").text)
    assert root.attrib["data-bodies"].split(",") == expected
    assert {"CIS", "CSTO", "EAEU", "SCO"} <= set(expected)
    belarus = root.find(".//*[@data-iso3='BLR']")
    assert belarus is not None
    assert int(belarus.attrib["data-value"]) >= 5  # CIS, CSTO, EAEU, SCO, the Union State …


def test_a_state_page_lists_its_relations_in_force(client: httpx.Client) -> None:
    html = page(client, "/id/state/RUS").text
    shown = set(re.findall(r'<tr data-other="([A-Z]{3})" data-kind="([a-z_]+)">', html))
    api = client.get("/api/states/RUS/relations").json()  # binding today
    assert shown == {(r["other"], r["kind"]) for r in api}
    assert ("PRK", "defence") in shown  # the 2024 treaty with North Korea
    treaty = re.search(r'href="(/id/treaty/RUS-PRK-2024)"', html)
    assert treaty, "the treaty links to its page"
    assert client.get(treaty.group(1), headers=HTML).status_code == 200
    # a body page has no relations panel
    assert "Relations in force" not in page(client, "/id/body/SCO").text


def test_a_state_page_maps_its_ties(client: httpx.Client) -> None:
    html = page(client, "/id/state/RUS").text
    panel = re.search(r'<details class="entity-map relations-map">.*?</details>', html, re.S)
    assert panel, "the relations panel folds a map of the ties"
    assert html.index("Relations in force") < panel.start()
    image = re.search(r'<img data-src="([^"]+)"', panel.group(0))
    assert image and "measure=relations%3ARUS" in image.group(1)
    assert 'href="/?continent=World&amp;measure=relations%3ARUS"' in panel.group(0)
    response = client.get(unescape(image.group(1)))
    assert response.status_code == 200, response.text
    root = ET.fromstring(response.content)
    assert root.attrib["data-measure"] == "relations:RUS"
    assert root.attrib["data-continent"] == "World"
    ties = {
        e.attrib["data-iso3"]: e.attrib["data-value"]
        for e in root.iter()
        if "state" in e.attrib.get("class", "").split()
    }
    shown = set(re.findall(r'<tr data-other="([A-Z]{3})" data-kind="[a-z_]+">', html))
    # every state in the table has a tie on the map, and only they
    assert {c for c, v in ties.items() if v not in ("none", "key")} == shown & set(ties)
    assert ties["PRK"] == "defence_mutual" and ties["RUS"] == "key"
    # a body with no relations has no such map
    assert "relations-map" not in page(client, "/id/body/SCO").text


def test_a_treaty_page_shows_parties_steps_and_promises(client: httpx.Client) -> None:
    response = page(client, "/id/treaty/RUS-PRK-2024")
    html = response.text
    record = client.get("/api/treaties/RUS-PRK-2024").json()
    assert re.search(r"<h1>Treaty on Comprehensive Strategic Partnership", html)
    assert "default-src 'self'" in response.headers["content-security-policy"]
    # every party with its dated steps, as the API records them
    assert set(re.findall(r'<tr data-state="([A-Z]{3})">', html)) == {"RUS", "PRK"}
    steps = re.findall(r'<li data-event="([a-z_]+)">', html)
    assert len(steps) == sum(len(p["events"]) for p in record["parties"])
    assert "in_force" in steps and "2024-12-04" in html
    # the promises, with the defence clause, and the treaty it replaced
    promises = set(re.findall(r'<tr data-promise="([a-z_]+)">', html))
    assert promises == {o["promise"] for o in record["obligations"]}
    assert "defence" in promises
    assert 'href="/id/treaty/RUS-PRK-2000"' in html
    assert 'href="/id/state/PRK"' in html
    assert html.index("Promises") < html.index('<details class="panel raw">')


def test_a_treaty_page_names_parties_in_the_readers_language(client: httpx.Client) -> None:
    response = page(client, "/id/treaty/RUS-PRK-2024?lang=ru")
    assert response.headers["content-language"] == "ru"
    assert '<a href="/id/state/RUS">Россия</a>' in response.text


def test_treaty_parts_keep_the_triples_page_and_unknown_treaties_are_404(
    client: httpx.Client,
) -> None:
    # a treaty's parts (a party's steps) are not treaties: the plain table of their triples
    part = page(client, "/id/treaty/RUS-PRK-2024/party/RUS").text
    assert "<h2>Parties</h2>" not in part and "/id/treaty/RUS-PRK-2024" in part
    assert client.get("/id/treaty/NOPE-1900", headers=HTML).status_code == 404
