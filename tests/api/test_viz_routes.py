"""``/api/maps`` and ``/api/charts`` over HTTP: SVG and PNG with the right media types, data
attributes that agree with the analysis routes, names in any language, conditional requests,
and 400 problems for bad parameters."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from PIL import Image

PROBLEM = "application/problem+json"
SVG_ROUTES = ["/api/maps/coverage.svg", "/api/charts/overlap-matrix.svg", "/api/charts/upset.svg"]
PNG_ROUTES = ["/api/maps/coverage.png", "/api/charts/overlap-matrix.png", "/api/charts/upset.png"]
SIX = "CIS,EAEU,CSTO,SCO,ASEAN,OSCE"
NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def client(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=60.0) as http:
        yield http


def svg(client: httpx.Client, path: str, **params: str) -> ET.Element:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("image/svg+xml")
    root = ET.fromstring(response.content)
    assert root.tag == NS + "svg"
    return root


def states(root: ET.Element) -> dict[str, ET.Element]:
    """The continent's states of a map, by ISO3 code."""
    return {
        e.attrib["data-iso3"]: e
        for e in root.iter()
        if "state" in e.attrib.get("class", "").split() and "data-iso3" in e.attrib
    }


def problem(response: httpx.Response, status: int = 400) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["detail"]
    assert "Traceback" not in response.text
    return body


# --- SVG ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", SVG_ROUTES)
def test_svg_routes_answer_svg_that_revalidates(client: httpx.Client, path: str) -> None:
    response = client.get(path, params={"bodies": SIX, "as_of": "2025-01-01"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("image/svg+xml")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert response.headers["content-encoding"] == "gzip"  # httpx asks for it and unpacks
    assert ET.fromstring(response.content).tag == NS + "svg"
    again = client.get(
        path,
        params={"bodies": SIX, "as_of": "2025-01-01"},
        headers={"If-None-Match": response.headers["etag"]},
    )
    assert again.status_code == 304
    assert again.content == b""


def test_map_marks_each_state_with_its_bodies(client: httpx.Client) -> None:
    root = svg(client, "/api/maps/coverage.svg", bodies=SIX, as_of="2025-01-01")
    assert root.attrib["data-continent"] == "Eurasia"
    assert root.attrib["data-as-of"] == "2025-01-01"
    found = states(root)
    assert len(found) >= 90
    kazakhstan = found["KAZ"]
    assert kazakhstan.attrib["data-name"] == "Kazakhstan"
    assert set(kazakhstan.attrib["data-bodies"].split()) == {"CIS", "CSTO", "EAEU", "SCO", "OSCE"}
    assert kazakhstan.attrib["data-value"] == "5"


def test_map_gaps_agree_with_the_coverage_report(client: httpx.Client) -> None:
    params = {"continent": "Eurasia", "bodies": SIX, "as_of": "2025-01-01"}
    root = svg(client, "/api/maps/coverage.svg", **params)
    report = client.get("/api/analysis/coverage", params=params).json()
    gaps = {code for code, e in states(root).items() if "gap" in e.attrib["class"].split()}
    assert gaps == set(report["uncovered"])
    assert len(states(root)) == report["states"]


def test_map_of_africa_with_the_au(client: httpx.Client) -> None:
    root = svg(client, "/api/maps/coverage.svg", continent="Africa", bodies="AU")
    assert root.attrib["data-continent"] == "Africa"
    found = states(root)
    assert "AU" in found["NGA"].attrib["data-bodies"].split()
    assert "KAZ" not in found
    assert sum("AU" in e.attrib["data-bodies"].split() for e in found.values()) >= 45


def test_names_in_any_language_and_a_body_measure(client: httpx.Client) -> None:
    root = svg(client, "/api/maps/coverage.svg", bodies="ШОС,ОДКБ")
    assert set(root.attrib["data-bodies"].split(",")) == {"SCO", "CSTO"}
    assert "SCO" in states(root)["CHN"].attrib["data-bodies"].split()
    root = svg(client, "/api/maps/coverage.svg", bodies="ШОС,ОДКБ", measure="body:ШОС")
    assert root.attrib["data-measure"] == "body:SCO"


def test_the_date_changes_the_map(client: httpx.Client) -> None:
    before = states(svg(client, "/api/maps/coverage.svg", bodies="SCO", as_of="2010-01-01"))
    after = states(svg(client, "/api/maps/coverage.svg", bodies="SCO", as_of="2025-01-01"))
    # Belarus joined the SCO on 2024-07-04, India on 2017-06-09
    assert before["BLR"].attrib["data-bodies"] == ""
    assert after["BLR"].attrib["data-bodies"] == "SCO"
    assert before["IND"].attrib["data-bodies"] == ""


@pytest.mark.parametrize(
    ("path", "marked"),
    [("/api/charts/overlap-matrix.svg", 36), ("/api/charts/upset.svg", 1)],
)
def test_charts_carry_bodies_and_counts(client: httpx.Client, path: str, marked: int) -> None:
    root = svg(client, path, bodies=SIX, as_of="2025-01-01")
    counted = [e for e in root.iter() if "data-count" in e.attrib and "data-bodies" in e.attrib]
    assert len(counted) >= marked
    for element in counted:
        assert int(element.attrib["data-count"]) >= 0
        assert set(element.attrib["data-bodies"].split()) <= set(SIX.split(","))


# --- PNG ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", PNG_ROUTES)
def test_png_routes_answer_png(client: httpx.Client, path: str) -> None:
    response = client.get(path, params={"bodies": SIX})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "image/png"
    assert response.content.startswith(b"\x89PNG\r\n\x1a\n")
    with Image.open(io.BytesIO(response.content)) as image:
        assert image.width >= 400
        assert image.height >= 200


def test_map_png_has_the_width_asked_for(client: httpx.Client) -> None:
    response = client.get("/api/maps/coverage.png", params={"width": "800"})
    assert response.status_code == 200, response.text
    with Image.open(io.BytesIO(response.content)) as image:
        assert image.width == 800
    assert len(response.content) < 1_000_000
    problem(client.get("/api/maps/coverage.png", params={"width": "99999"}), 422)


# --- ties with a state (relations:KEY) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "as_of", "expected"),
    [
        (
            "RUS",
            "2025-06-01",
            {
                "PRK": "defence_mutual",  # RUS-PRK-2024, in force 2024-12-04
                "CHN": "treaty_promise",  # CHN-RUS-2001
                "IND": "partnership",
                "DEU": "none",
                "RUS": "key",
            },
        ),
        ("Россия", "2024-07-01", {"PRK": "treaty_promise", "BLR": "defence_mutual"}),
        ("China", "2025-06-01", {"PRK": "defence_mutual", "CHN": "key", "RUS": "treaty_promise"}),
    ],
)
def test_map_of_ties_with_a_state(
    client: httpx.Client, key: str, as_of: str, expected: dict[str, str]
) -> None:
    root = svg(client, "/api/maps/coverage.svg", measure=f"relations:{key}", as_of=as_of)
    assert root.attrib["data-measure"].startswith("relations:")
    assert root.attrib["data-as-of"] == as_of
    ties = {code: e.attrib["data-value"] for code, e in states(root).items()}
    assert {code: ties[code] for code in expected} == expected
    fills = {e.attrib["data-value"]: e.attrib.get("data-fill") for e in states(root).values()}
    legend = {
        e.attrib["data-value"]: e.attrib.get("data-fill")
        for e in root.iter()
        if "legend-item" in e.attrib.get("class", "")
    }
    assert all(legend[value] == fill for value, fill in fills.items())


def test_a_bad_key_leaves_the_service_up(client: httpx.Client) -> None:
    for _ in range(3):
        problem(client.get("/api/maps/coverage.svg", params={"measure": "relations:ZZZ"}))
    response = client.get("/api/maps/coverage.png", params={"measure": "relations:RUS"})
    assert response.status_code == 200 and response.content.startswith(b"\x89PNG")


# --- bad parameters ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "params", "mentions"),
    [
        ("/api/maps/coverage.svg", {"continent": "Atlantis"}, "Atlantis"),
        ("/api/maps/coverage.png", {"continent": "Atlantis"}, "Atlantis"),
        ("/api/maps/coverage.svg", {"bodies": "CIS,NOSUCHBODY"}, "NOSUCHBODY"),
        ("/api/maps/coverage.svg", {"measure": "loudness"}, "loudness"),
        ("/api/maps/coverage.svg", {"measure": "body:NOSUCHBODY"}, "NOSUCHBODY"),
        ("/api/maps/coverage.svg", {"as_of": "2024-13-45"}, "2024-13-45"),
        ("/api/charts/overlap-matrix.svg", {"bodies": "NOSUCHBODY"}, "NOSUCHBODY"),
        ("/api/charts/upset.png", {"as_of": "yesterday"}, "yesterday"),
        ("/api/maps/coverage.svg", {"measure": "relations:XYZ"}, "relations:RUS"),
        ("/api/maps/coverage.png", {"measure": "relations:Narnia"}, "Narnia"),
        ("/api/maps/coverage.svg", {"measure": "relations:"}, "needs a state"),
        ("/api/maps/coverage.svg", {"measure": "relations:SCO"}, "not a state"),
        (
            "/api/maps/coverage.svg",
            {"measure": "relations:RUS", "as_of": "2025-02-30"},
            "2025-02-30",
        ),
    ],
)
def test_bad_parameters_are_400_problems(
    client: httpx.Client, path: str, params: dict[str, str], mentions: str
) -> None:
    body = problem(client.get(path, params=params))
    assert mentions in body["detail"]
