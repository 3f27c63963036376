"""Every IRI blocgraph mints under ``https://w3id.org/blocgraph/id/`` dereferences at ``/id/…``:
HTML for browsers, Turtle / JSON-LD / N-Triples / RDF/XML for machines, problems for the rest."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest
from rdflib import Graph, Literal, URIRef

from blocgraph.store import Store
from blocgraph.vocab import BG, ID, state_iri

PROBLEM = "application/problem+json"
RUS = state_iri("RUS")
#: media type → rdflib's parser for it
PARSERS = {
    "text/turtle": "turtle",
    "application/ld+json": "json-ld",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
}
#: first path segment of minted IRIs ("" = the concept schemes /id/role, /id/status, /id/kind,
#: /id/tier)
KINDS = [
    "state",
    "body",
    "membership",
    "role",
    "region",
    "source",
    "civilization",
    "civilization-scheme",
    "civilization-assignment",
    "placement",
    "status",
    "kind",
    "tier",  # source tiers (official, reference, secondary)
    "person",  # minted by the extraction of the seeds (document graphs)
    "group",
    "initiative",
    "claim",
    "document",
    "treaty",  # state relationships (graph/relations) and their concept schemes
    "obligation",
    "partnership",
    "diplomatic",
    "promise",
    "treaty-event",
    "diplomatic-event",
    "layer",  # the layers of facts and their observed memberships (issue 12)
    "observed",
    "",
]
PER_KIND = 4

SUBJECTS = f"""SELECT DISTINCT ?s WHERE {{
    ?s ?p ?o FILTER (isIRI(?s) && STRSTARTS(STR(?s), "{ID}"))
}} ORDER BY ?s"""


@pytest.fixture(scope="module")
def client(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=30.0) as http:
        yield http


@pytest.fixture(scope="module")
def minted(store: Store) -> dict[str, list[str]]:
    """Every minted subject IRI in the store, grouped by its first path segment."""
    grouped: dict[str, list[str]] = {}
    for row in store.select(SUBJECTS):
        iri = str(row["s"])
        local = iri[len(str(ID)) :]
        kind = local.split("/", 1)[0] if "/" in local else ""
        grouped.setdefault(kind, []).append(iri)
    return grouped


def path_of(iri: str) -> str:
    return "/id/" + iri[len(str(ID)) :]


def media_type(response: httpx.Response) -> str:
    return response.headers["content-type"].split(";")[0].strip()


def assert_problem(response: httpx.Response, status: int) -> None:
    assert response.status_code == status, response.text
    assert media_type(response) == PROBLEM
    assert response.json()["status"] == status


# --- one resource, every representation -------------------------------------------------------


def test_html_for_browsers(client: httpx.Client) -> None:
    response = client.get(
        "/id/state/RUS",
        headers={"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"},
    )
    assert response.status_code == 200
    assert media_type(response) == "text/html"
    assert "Russia" in response.text
    links = re.findall(r'href="(/id/[^"]+)"', response.text)
    assert any(link.startswith("/id/membership/") for link in links)
    assert any(link.startswith("/id/region/") for link in links)
    assert "Accept" in response.headers["vary"]


def test_html_links_dereference(client: httpx.Client) -> None:
    page = client.get("/id/state/RUS", headers={"Accept": "text/html"}).text
    links = sorted(set(re.findall(r'href="(/id/[^"]+)"', page)))
    assert links
    for link in links[:10]:
        assert client.get(link, headers={"Accept": "text/html"}).status_code == 200, link


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("text/turtle", "text/turtle"),
        ("application/ld+json", "application/ld+json"),
        ("application/n-triples", "application/n-triples"),
        ("application/rdf+xml", "application/rdf+xml"),
        (None, "text/turtle"),
        ("*/*", "text/turtle"),
        ("application/json", "application/ld+json"),
        ("text/html;q=0.1, application/ld+json;q=0.9", "application/ld+json"),
        # a type refused with q=0 stays refused even though */* accepts everything
        ("text/turtle;q=0, */*;q=0.5", "text/html"),
    ],
)
def test_rdf_representations(client: httpx.Client, accept: str | None, expected: str) -> None:
    headers = {"Accept": accept} if accept is not None else {}
    response = client.get("/id/state/RUS", headers=headers)
    assert response.status_code == 200, response.text
    assert media_type(response) == expected
    if expected in PARSERS:
        graph = Graph().parse(data=response.content, format=PARSERS[expected])
        assert (RUS, BG.iso3, Literal("RUS")) in graph


def test_unacceptable_is_406(client: httpx.Client) -> None:
    assert_problem(client.get("/id/state/RUS", headers={"Accept": "image/png"}), 406)


# --- every kind of minted IRI dereferences ----------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_minted_iris_dereference(
    client: httpx.Client, minted: dict[str, list[str]], kind: str
) -> None:
    iris = minted.get(kind, [])
    assert iris, f"no minted IRIs of kind {kind!r} in the store"
    step = max(1, len(iris) // PER_KIND)
    for iri in iris[::step][:PER_KIND]:
        response = client.get(path_of(iri), headers={"Accept": "text/turtle"})
        assert response.status_code == 200, f"{iri}: {response.status_code} {response.text}"
        graph = Graph().parse(data=response.content, format="turtle")
        assert (URIRef(iri), None, None) in graph, iri
        html = client.get(path_of(iri), headers={"Accept": "text/html"})
        assert html.status_code == 200, iri


def test_every_kind_is_sampled(minted: dict[str, list[str]]) -> None:
    assert set(minted) <= set(KINDS), f"new kinds of IRI: {set(minted) - set(KINDS)}"


# --- what does not exist ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/id/state/ZZZ",
        "/id/body/NOPE",
        "/id/",
        "/id/state/RUS/",
        "/id/%3Cscript%3E",
        "/id/%3Cscript%3Ealert(1)%3C/script%3E",
        "/id/a%20b",
        "/id/%7B%7D",
        "/id/state/RUS%3E%20%3Fp%20%3Fo%20%7D",
        "/id/%22",
        "/id/%00",
        "/id/..%2F..%2Fetc%2Fpasswd",
        # not valid in an IRI although the simple pattern lets them through
        "/id/%25",
        "/id/%25zz",
        "/id/a%5Bb%5D",
        "/id/%C2%80",
        "/id/%EF%BF%BE",
        "/id/%7F",
    ],
)
@pytest.mark.parametrize("accept", ["text/turtle", "text/html"])
def test_unknown_or_junk_is_404(server: str, path: str, accept: str) -> None:
    # a fresh connection each: after a 500 the server drops the kept-alive connection
    assert_problem(httpx.get(server + path, headers={"Accept": accept}), 404)
