"""The pages and their assets over plain HTTP: media types, the Content-Security-Policy, no
reference to another origin, revalidation, and the example queries answering on the real graph
as the analytics do."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser
from typing import Any

import httpx
import pytest

from blocgraph.analysis import coverage_report, load_membership_data
from blocgraph.api._pages import ASSETS, STATIC_DIR
from blocgraph.store import Store

DAY = "2025-01-01"
SPARQL_JSON = "application/sparql-results+json"


@pytest.fixture(scope="module")
def client(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=60.0) as http:
        yield http


class References(HTMLParser):
    """Every src and href of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self.inline: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("src", "href") and value:
                self.found.append(value)
            if name == "style" or name.startswith("on"):  # inline style or event handler
                self.inline.append(f"{tag} {name}")
        if tag == "style":
            self.inline.append(tag)


@pytest.mark.parametrize("path", ["/", "/query"])
def test_pages_are_self_contained_html_with_a_policy(client: httpx.Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    parser = References()
    parser.feed(response.text)
    assert parser.found
    assert [ref for ref in parser.found if re.match(r"^(https?:)?//", ref)] == []
    assert parser.inline == []
    assert "<script>" not in response.text  # every script is a file
    assert client.head(path).status_code == 200


def test_every_asset_is_served_with_its_type_and_revalidates(client: httpx.Client) -> None:
    served = [name for name in ASSETS if not name.endswith(".html")]
    assert {"home.js", "query.js", "common.js", "style.css", "favicon.svg"} <= set(served)
    for name in served:
        response = client.get(f"/static/{name}")
        assert response.status_code == 200, name
        assert response.content == (STATIC_DIR / name).read_bytes()
        assert response.headers["x-content-type-options"] == "nosniff"
        again = client.get(f"/static/{name}", headers={"If-None-Match": response.headers["etag"]})
        assert again.status_code == 304, name
    assert client.get("/static/home.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/static/style.css").headers["content-type"].startswith("text/css")


@pytest.mark.parametrize(
    "path", ["/static/nothing.js", "/static/../_pages.py", "/static/%2e%2e/_pages.py"]
)
def test_unknown_assets_are_404(client: httpx.Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")


def test_scripts_reach_no_other_origin() -> None:
    for name in ("home.js", "query.js", "common.js", "style.css"):
        text = (STATIC_DIR / name).read_text()
        assert re.findall(r"https?://(?!w3id\.org/blocgraph/)", text) == [], name
        assert "innerHTML" not in text and "eval(" not in text, name


# --- the example queries -------------------------------------------------------------------


def examples() -> list[dict[str, Any]]:
    listed: list[dict[str, Any]] = json.loads(
        (STATIC_DIR / "examples" / "examples.json").read_text()
    )
    return listed


def example_text(key: str, **params: str) -> str:
    (example,) = [e for e in examples() if e["id"] == key]
    text: str = (STATIC_DIR / "examples" / example["file"]).read_text()
    for param in example["params"]:
        text = text.replace(
            "{{" + param["name"] + "}}", params.get(param["name"], param["default"])
        )
    return text.replace("{{day}}", params.get("day", DAY))


def run(client: httpx.Client, query: str) -> list[dict[str, str]]:
    response = client.post("/sparql", data={"query": query}, headers={"Accept": SPARQL_JSON})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(SPARQL_JSON)
    return [
        {name: term["value"] for name, term in row.items()}
        for row in response.json()["results"]["bindings"]
    ]


@pytest.mark.parametrize("key", [e["id"] for e in examples()])
def test_every_example_answers_rows(client: httpx.Client, key: str) -> None:
    assert run(client, example_text(key))


@pytest.mark.parametrize("name", ["Kazakhstan", "KAZ", "Казахстан", "kazakhstan"])
def test_bodies_of_a_state_by_any_name(client: httpx.Client, name: str) -> None:
    rows = run(client, example_text("bodies-of", state=name))
    assert {"CIS", "CSTO", "EAEU", "SCO", "OSCE"} <= {r["body"] for r in rows}
    assert {r["role"] for r in rows if r["body"] == "OSCE"} == {"participating_state"}


def test_a_quote_in_the_state_name_stays_a_string(client: httpx.Client) -> None:
    # the page escapes it; this is the escaped form it sends
    assert run(client, example_text("bodies-of", state='Kazakh\\"stan')) == []


@pytest.mark.parametrize("day", ["2010-01-01", DAY])
def test_sco_and_csto_rows_agree_with_the_data(
    client: httpx.Client, store: Store, day: str
) -> None:
    data = load_membership_data(store)
    when = date.fromisoformat(day)

    def roles(body: str) -> dict[str, str]:
        return {s.state: s.role for s in data.spells if s.body == body and s.in_force(when)}

    sco, csto, cis = roles("SCO"), roles("CSTO"), roles("CIS")
    rows = run(client, example_text("sco-csto-not-cis", day=day))
    found = {r["state"].rsplit("/", 1)[1]: r for r in rows}
    assert set(found) == set(sco) & set(csto)
    for code, row in found.items():
        assert (row["scoRole"], row["cstoRole"]) == (sco[code], csto[code])
        assert row.get("cisRole") == cis.get(code)
    assert "KAZ" in found


def test_eurasia_examples_agree_with_the_analytics(client: httpx.Client, store: Store) -> None:
    data = load_membership_data(store)
    six = ["CIS", "EAEU", "CSTO", "SCO", "ASEAN", "OSCE"]
    report = coverage_report(data, continent="Eurasia", chosen=six, as_of=date.fromisoformat(DAY))
    gaps = run(client, example_text("eurasia-gaps"))
    assert sorted(r["state"].rsplit("/", 1)[1] for r in gaps) == report["uncovered"]
    counts = {
        r["body"]: int(r["eurasianMembers"]) for r in run(client, example_text("eurasia-coverage"))
    }
    assert {b["body"]: b["members_in_continent"] for b in report["bodies"]} == {
        b: counts[b] for b in six
    }
