"""The relations data: the real files load with a citation on every fact; bad rows fail the
build naming file, line and reason; the RDF keeps dates at their precision."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, XSD, Literal

from blocgraph.reference import (
    Citation,
    DataError,
    PartialDate,
    RelationsData,
    load_reference,
    load_relations,
    relations_graph,
)
from blocgraph.reference._errors import DataProblem
from blocgraph.reference._relations_rdf import partial_date_literal
from blocgraph.reference._sources import load_policy
from blocgraph.vocab import BG, body_iri, partnership_iri, state_iri, treaty_iri
from tests.conftest import DATA_DIR
from tests.reference.conftest import append_row as _append


@pytest.fixture(scope="module")
def reference() -> tuple[set[str], set[str]]:
    """The state codes and body keys of the real data."""
    records = load_reference(DATA_DIR)
    return set(records.states), set(records.bodies)


@pytest.fixture(scope="module")
def states(reference: tuple[set[str], set[str]]) -> set[str]:
    return reference[0]


@pytest.fixture(scope="module")
def bodies(reference: tuple[set[str], set[str]]) -> set[str]:
    return reference[1]


def _citations(data: RelationsData) -> list[tuple[Citation, ...]]:
    """The citations of every fact, one tuple per fact."""
    return [
        *(t.sources for t in data.treaties.values()),
        *(e.sources for e in data.events),
        *(o.sources for o in data.obligations),
        *(p.sources for p in data.partnerships.values()),
    ]


def _problems(folder: Path, states: set[str], bodies: set[str]) -> str:
    with pytest.raises(DataError) as caught:
        load_relations(folder, states, bodies)
    return str(caught.value)


def test_real_data_loads_with_a_citation_on_every_fact(states: set[str], bodies: set[str]) -> None:
    data = load_relations(DATA_DIR / "relations", states, bodies)
    assert len(data.treaties) >= 12
    assert len(data.obligations) >= 13
    assert len(data.partnerships) >= 6
    for sources in _citations(data):
        assert sources
        for citation in sources:
            assert citation.tier in ("official", "reference", "secondary")
            assert citation.quote.strip()
            assert citation.url.startswith(("http://", "https://"))
    assert data.treaties["RUS-PRK-2024"].in_force == PartialDate.parse("2024-12-04")
    assert data.treaties["RUS-PRK-2024"].replaces == "RUS-PRK-2000"


def test_no_wikipedia_mirror_is_cited(states: set[str], bodies: set[str]) -> None:
    data = load_relations(DATA_DIR / "relations", states, bodies)
    mirrors = (
        "wikimili",
        "wikiwand",
        "owiki",
        "nina.az",
        "academic",
        "news-pravda",
        "kiwix",
        "wikipedia-on-ipfs",
        "edgio",
    )
    urls = {c.url for sources in _citations(data) for c in sources}
    assert not [u for u in urls if any(m in u for m in mirrors)]


def test_no_blocklisted_domain_is_cited(states: set[str], bodies: set[str]) -> None:
    """The source policy's blocklist (data/sources/blocklist.csv) holds for relations too:
    no citation of a treaty, event, promise, partnership or diplomatic event names a mirror,
    content farm or repost network."""
    problems: list[DataProblem] = []
    policy = load_policy(DATA_DIR / "sources", problems)
    assert not problems
    data = load_relations(DATA_DIR / "relations", states, bodies)
    cited = [*_citations(data), *(d.sources for d in data.diplomatic)]
    blocked = sorted(
        {f"{c.url} ({policy.blocked(c.url)})" for s in cited for c in s if policy.blocked(c.url)}
    )
    assert not blocked


def test_missing_folder_means_no_relations(
    tmp_path: Path, states: set[str], bodies: set[str]
) -> None:
    assert not load_relations(tmp_path / "nothing", states, bodies).treaties


@pytest.mark.parametrize(
    ("file", "row", "reason"),
    [
        (
            "events.csv",
            {"treaty": "RUS-PRK-2024", "state": "XXY", "event": "signed", "date": "2024-06-19"},
            "unknown state 'XXY'",
        ),
        (
            "events.csv",
            {"treaty": "RUS-PRK-2099", "state": "RUS", "event": "signed", "date": "2024-06-19"},
            "unknown treaty 'RUS-PRK-2099'",
        ),
        (
            "events.csv",
            {"treaty": "RUS-PRK-2024", "state": "RUS", "event": "ratifed", "date": "2024-06-19"},
            "did you mean 'ratified'",
        ),
        (
            "events.csv",
            {"treaty": "RUS-PRK-2024", "state": "RUS", "event": "extended", "date": "2024-13-01"},
            "not a valid date",
        ),
        (
            "obligations.csv",
            {"treaty": "RUS-PRK-2024", "promise": "defense", "direction": "mutual"},
            "did you mean 'defence'",
        ),
        (
            "obligations.csv",
            {
                "treaty": "RUS-PRK-2024",
                "promise": "offence",
                "direction": "one_way",
                "promisor": "RUS",
                "promisee": "CHN",
            },
            "promisee 'CHN' is not a party of RUS-PRK-2024",
        ),
        (
            "obligations.csv",
            {
                "treaty": "RUS-PRK-2024",
                "promise": "offence",
                "direction": "mutual",
                "promisor": "RUS",
            },
            "a mutual promise names no promisor/promisee",
        ),
        (
            "treaties.csv",
            {"key": "XYZ-2024-bad", "title_en": "T", "kind": "treaty"},
            "key 'XYZ-2024-bad'",
        ),
        (
            "treaties.csv",
            {
                "key": "RUS-TST-2020",
                "title_en": "T",
                "kind": "treaty",
                "signed": "2020-05-01",
                "in_force": "2020-04-01",
            },
            "in_force 2020-04-01 is before signed 2020-05-01",
        ),
        (
            "partnerships.csv",
            {
                "key": "CHN-PAK-2030",
                "state_a": "CHN",
                "state_b": "PAK",
                "label": "x",
                "label_lang": "en",
                "declared": "2030",
                "replaces": "IND-RUS-2010",
            },
            "replaces IND-RUS-2010, a partnership of other states",
        ),
        (
            "sources.csv",
            {
                "about": "treaty:NOPE-2020",
                "url": "https://example.org",
                "tier": "official",
                "quote": "q",
                "accessed": "2026-12-01",
            },
            "about 'treaty:NOPE-2020' names no treaty",
        ),
        (
            "sources.csv",
            {
                "about": "treaty:RUS-PRK-2024",
                "url": "https://example.org",
                "tier": "blog",
                "quote": "q",
                "accessed": "2026-12-01",
            },
            "unknown tier 'blog'",
        ),
        (
            "sources.csv",
            {
                "about": "treaty:RUS-PRK-2024",
                "url": "https://example.org",
                "tier": "official",
                "quote": "",
                "accessed": "2026-12-01",
            },
            "missing quote",
        ),
        (
            "sources.csv",
            {
                "about": "treaty:RUS-PRK-2024",
                "url": "http://www.gmw.cn/01gmrb/1998-07/07/GB/17746^GM3-0708.HTM",
                "tier": "reference",
                "quote": "q",
                "accessed": "2026-12-01",
            },
            "holds '^', not allowed in an IRI: percent-encode it",
        ),
    ],
)
def test_bad_rows_name_file_line_and_reason(
    data_copy: Path, states: set[str], bodies: set[str], file: str, row: dict[str, str], reason: str
) -> None:
    folder = data_copy / "relations"
    line = _append(folder / file, row)
    text = _problems(folder, states, bodies)
    assert f"{file}:{line}: " in text
    assert reason in text


def test_the_eu_is_admitted_as_a_side_of_a_partnership(states: set[str], bodies: set[str]) -> None:
    """A body of PARTY_BODIES is a party in its own right: the loader keeps it, the RDF makes
    it the body's IRI (typed bg:PartyBody), not a state's."""
    data = load_relations(DATA_DIR / "relations", states, bodies)
    china = data.partnerships["CHN-EU-2003"]
    assert (china.state_a, china.state_b) == ("CHN", "EU")
    assert china.label == "comprehensive strategic partnership"
    assert {"EU-IND-2004", "EU-JPN-2001", "EU-KOR-2010", "EU-UZB-2025"} <= set(data.partnerships)
    assert all(c.quote for c in china.sources)
    graph = relations_graph(data)
    assert (partnership_iri("CHN-EU-2003"), BG.party, body_iri("EU")) in graph
    assert (partnership_iri("CHN-EU-2003"), BG.party, state_iri("CHN")) in graph
    assert (body_iri("EU"), RDF.type, BG.PartyBody) in graph
    assert (state_iri("EU"), None, None) not in graph
    assert (body_iri("NATO"), RDF.type, BG.PartyBody) not in graph


def test_without_the_bodies_the_eu_is_refused_naming_the_row(states: set[str]) -> None:
    text = _problems(DATA_DIR / "relations", states, set())
    assert "partnerships.csv:" in text
    assert "unknown state or party body 'EU'" in text


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("NATO", "state_b: 'NATO' is a body of bodies.csv that is not admitted as a party"),
        ("XEU", "state_b: unknown state or party body 'XEU'"),
        ("Eu", "did you mean 'EU'"),
    ],
)
def test_a_body_not_admitted_or_an_unknown_code_is_refused(
    data_copy: Path, states: set[str], bodies: set[str], code: str, reason: str
) -> None:
    folder = data_copy / "relations"
    row = {
        "key": "CHN-TST-2020",
        "state_a": "CHN",
        "state_b": code,
        "label": "strategic partnership",
        "label_lang": "en",
        "declared": "2020",
    }
    line = _append(folder / "partnerships.csv", row)
    text = _problems(folder, states, bodies)
    assert f"partnerships.csv:{line}: " in text
    assert reason in text


def test_a_fact_without_a_source_is_refused(
    data_copy: Path, states: set[str], bodies: set[str]
) -> None:
    folder = data_copy / "relations"
    _append(folder / "treaties.csv", {"key": "RUS-TST-2020", "title_en": "T", "kind": "treaty"})
    assert "treaty:RUS-TST-2020 has no source" in _problems(folder, states, bodies)


def test_dates_keep_their_precision_in_rdf(states: set[str], bodies: set[str]) -> None:
    graph = relations_graph(load_relations(DATA_DIR / "relations", states, bodies))
    node = treaty_iri("CHN-PRK-1961")
    assert (node, BG.inForce, Literal("1961", datatype=XSD.gYear)) in graph
    assert (node, BG.signed, Literal("1961-07-11", datatype=XSD.date)) in graph
    assert partial_date_literal(PartialDate.parse("2022-02")).datatype == XSD.gYearMonth
    assert (treaty_iri("RUS-PRK-2000"), BG.replacedBy, treaty_iri("RUS-PRK-2024")) in graph


def test_a_blocklisted_citation_is_refused_by_the_loader(
    data_copy: Path, states: set[str], bodies: set[str]
) -> None:
    folder = data_copy / "relations"
    line = _append(
        folder / "sources.csv",
        {
            "about": "treaty:RUS-PRK-2024",
            "url": "https://wikimili.com/en/Treaty",
            "tier": "secondary",
            "quote": "A copy of the article.",
            "accessed": "2026-12-03",
        },
    )
    text = _problems(folder, states, bodies)
    assert f"sources.csv:{line}: " in text
    assert "wikimili.com/en/Treaty is on the blocklist" in text
