"""Relations read back from the built store: promises bind from entry into force, not
signature; partnerships last until upgraded; every record carries its quoted sources."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from blocgraph.analysis import load_membership_data, promise_graph, security_report
from blocgraph.lookup import RelationRecord, RelationsIndex, UnknownTreatyError
from blocgraph.lookup._relations import party_window
from blocgraph.lookup._relations_store import EventInfo
from blocgraph.store import Store


@pytest.fixture(scope="module")
def index(store: Store) -> RelationsIndex:
    return RelationsIndex.from_store(store)


def _kinds(records: list[RelationRecord], other: str) -> set[str]:
    return {r.kind for r in records if r.other == other}


def test_dprk_defence_promise_binds_from_entry_into_force_not_signature(
    index: RelationsIndex,
) -> None:
    signed_not_in_force = index.relations_of("RUS", other="PRK", as_of=date(2024, 7, 1))
    assert "defence" not in _kinds(signed_not_in_force, "PRK")
    assert "partnership" in _kinds(signed_not_in_force, "PRK")  # declared on signature
    assert "defence" not in _kinds(index.relations_of("RUS", as_of=date(2024, 12, 3)), "PRK")
    in_force = index.relations_of("RUS", other="PRK", kinds=("defence",), as_of=date(2025, 1, 1))
    [defence] = in_force
    assert (defence.signed, defence.in_force, defence.end) == ("2024-06-19", "2024-12-04", None)
    assert defence.treaty is not None and defence.treaty.key == "RUS-PRK-2024"
    assert defence.articles == ("4",) and defence.direction == "mutual"
    assert defence.layer == "curated"
    assert any(s.tier == "official" for s in defence.sources)
    assert any("Article 4" in s.quote for s in defence.sources)


def test_the_dprk_sees_the_same_promise_from_its_side(index: RelationsIndex) -> None:
    [defence] = index.relations_of("PRK", other="RUS", kinds=("defence",), as_of=date(2025, 6, 1))
    assert defence.state == "PRK" and defence.in_force == "2024-12-04"


def test_iran_2025_treaty_has_no_defence_promise_but_article_3_neutrality(
    index: RelationsIndex,
) -> None:
    records = index.relations_of("RUS", other="IRN", as_of=date(2026, 1, 1))
    assert "defence" not in _kinds(records, "IRN")
    [neutrality] = [r for r in records if r.kind == "neutrality"]
    assert neutrality.articles == ("3",)
    assert neutrality.treaty is not None and neutrality.treaty.key == "RUS-IRN-2025"
    assert neutrality.in_force == "2025-10-02"
    assert neutrality.uncertain  # the ambassador's earlier date disagrees: named in the note
    assert any("aggressor" in s.quote for s in neutrality.sources)
    assert not index.relations_of("RUS", other="IRN", kinds=("neutrality",), as_of=date(2025, 6, 1))


def test_china_2001_treaty_with_its_extensions(index: RelationsIndex) -> None:
    [record] = index.relations_of(
        "RUS", other="CHN", kinds=("non_aggression",), as_of=date(2026, 12, 3)
    )
    assert record.treaty is not None and record.treaty.key == "CHN-RUS-2001"
    assert record.signed == "2001-07-16"
    assert "2021-06-28" in record.extended
    detail = index.treaty("CHN-RUS-2001")
    events = {e["event"] for p in detail["parties"] for e in p["events"]}
    assert {"signed", "extended"} <= events
    assert detail["term_years"] == 20


@pytest.mark.parametrize(
    ("state", "other", "treaty", "article"),
    [
        ("USA", "JPN", "USA-JPN-1960", "V"),
        ("USA", "KOR", "USA-KOR-1953", "3"),
        ("PHL", "USA", "USA-PHL-1951", "IV"),
        ("CHN", "PRK", "CHN-PRK-1961", "II"),
        ("RUS", "BLR", "BLR-RUS-2024", "4"),
        ("TUR", "AZE", "AZE-TUR-2021", None),
    ],
)
def test_defence_promises_in_force_today(
    index: RelationsIndex, state: str, other: str, treaty: str, article: str | None
) -> None:
    records = index.relations_of(state, other=other, kinds=("defence",), as_of=date(2026, 12, 3))
    [record] = [r for r in records if r.treaty and r.treaty.key == treaty]
    assert record.articles == ((article,) if article else ())
    assert record.sources


def test_saudi_pakistan_agreement_is_there_but_not_counted_in_force(
    index: RelationsIndex,
) -> None:
    history = index.relations_of("SAU", other="PAK", kinds=("defence",))
    [record] = history
    assert record.signed == "2025-09-17" and record.in_force is None
    # The Pakistani MFA's transcript of the joint statement was read only on a blocklisted
    # republisher (pubt.io), so the best citable tier is a newspaper of record.
    assert any(s.tier in ("official", "reference") for s in record.sources)
    assert not index.relations_of("SAU", kinds=("defence",), as_of=date(2026, 12, 3))


def test_partnership_upgrades_end_the_earlier_level(index: RelationsIndex) -> None:
    records = index.relations_of("IND", other="RUS", kinds=("partnership",))
    labels = [(r.label, r.in_force, r.end) for r in records]
    assert labels == [
        ("strategic partnership", "2000-10-03", "2010-12"),
        ("special and privileged strategic partnership", "2010-12", None),
    ]
    today = index.relations_of("RUS", other="IND", as_of=date(2026, 12, 3))
    assert [r.label for r in today] == ["special and privileged strategic partnership"]


def test_filters_and_errors(index: RelationsIndex) -> None:
    everything = index.relations_of("RUS")
    assert {r.state for r in everything} == {"RUS"}
    assert {r.kind for r in index.relations_of("RUS", kinds=("partnership",))} == {"partnership"}
    assert index.relations_of("BTN") == []  # no curated relation yet
    with pytest.raises(ValueError, match="unknown kind 'alliance'"):
        index.relations_of("RUS", kinds=("alliance",))
    with pytest.raises(UnknownTreatyError, match="did you mean RUS-PRK-2024"):
        index.treaty("RUS-PRK-2023")
    assert index.treaty("rus-prk-2024")["key"] == "RUS-PRK-2024"


def test_a_party_that_withdrew_promises_nothing_after(index: RelationsIndex) -> None:
    treaty = index.snapshot.treaties["RUS-PRK-2024"]
    assert party_window(treaty, "RUS") == ("2024-12-04", None)
    left = replace(
        treaty,
        events={
            **treaty.events,
            "PRK": [*treaty.events["PRK"], EventInfo("withdrew", "2030-01-01", False, None, ())],
        },
    )
    assert party_window(left, "PRK") == ("2024-12-04", "2030-01-01")


def test_treaty_detail_json_shape(index: RelationsIndex) -> None:
    detail = index.treaty("RUS-PRK-2024")
    assert detail["replaces"] == "RUS-PRK-2000"
    assert index.treaty("RUS-PRK-2000")["replaced_by"] == "RUS-PRK-2024"
    assert {p["state"] for p in detail["parties"]} == {"RUS", "PRK"}
    promises = {(o["promise"], o["article"]) for o in detail["obligations"]}
    assert promises == {("defence", "4"), ("consultation", "3")}
    assert detail["iri"] == "https://w3id.org/blocgraph/id/treaty/RUS-PRK-2024"


def test_security_map_of_eurasia(store: Store, index: RelationsIndex) -> None:
    data = load_membership_data(store)
    report = security_report(data, index.snapshot, continent="Eurasia", as_of=date(2026, 12, 3))
    protected = {p["state"]: p for p in report["protected"]}
    assert {q["state"] for q in protected["PRK"]["protectors"]} == {"CHN", "RUS"}
    assert {q["state"] for q in protected["JPN"]["protectors"]} == {"USA"}
    assert "CHN" not in {q["state"] for q in protected["RUS"]["protectors"]}
    assert "IRN" in report["unprotected"] and "IND" in report["unprotected"]
    assert set(report["permanent_member_guarantors"]) >= {"USA", "RUS", "CHN"}
    assert 0 < report["share_protected"] < 1
    blocs = [set(b) for b in report["blocs"]]
    assert any({"RUS", "PRK", "CHN", "BLR"} <= b for b in blocs)
    assert not any({"RUS", "USA"} <= b for b in blocs)
    before = security_report(data, index.snapshot, continent="Eurasia", as_of=date(2024, 7, 1))
    before_prk = {p["state"]: p for p in before["protected"]}["PRK"]
    assert {q["state"] for q in before_prk["protectors"]} == {"CHN"}
    with pytest.raises(ValueError, match="unknown region"):
        security_report(data, index.snapshot, continent="Atlantis")


def test_promise_graph_edges_carry_treaty_and_article(index: RelationsIndex) -> None:
    graph = promise_graph(index.snapshot, date(2026, 1, 1), ("neutrality",))
    assert graph.has_edge("RUS", "IRN") and graph.has_edge("IRN", "RUS")
    [attrs] = graph.get_edge_data("RUS", "IRN").values()
    assert attrs == {"kind": "neutrality", "treaty": "RUS-IRN-2025", "article": "3"}


def test_diplomatic_relations_severed_and_restored(index: RelationsIndex) -> None:
    history = index.relations_of("SAU", other="IRN", kinds=("diplomatic",))
    assert [(r.in_force, r.end) for r in history] == [(None, "2016"), ("2023-03-10", None)]
    assert index.relations_of("IRN", other="SAU", kinds=("diplomatic",), as_of=date(2024, 1, 1))
    assert not index.relations_of("IRN", other="SAU", as_of=date(2020, 1, 1))
    [georgia] = index.relations_of("RUS", other="GEO", kinds=("diplomatic",))
    assert georgia.end == "2008-09-02" and georgia.sources


def test_one_way_promise_has_a_direction(index: RelationsIndex) -> None:
    day = date(2026, 12, 3)
    # the Rusk-Thanat communiqué runs one way; the Manila Pact (SEATO-1954) binds both
    [given] = [
        r
        for r in index.relations_of("USA", other="THA", kinds=("defence",), as_of=day)
        if r.treaty and r.treaty.key == "THA-USA-1962"
    ]
    [held] = [
        r
        for r in index.relations_of("THA", other="USA", kinds=("defence",), as_of=day)
        if r.treaty and r.treaty.key == "THA-USA-1962"
    ]
    assert (given.direction, held.direction) == ("from_state", "to_state")
    graph = promise_graph(index.snapshot, day, ("defence",))
    one_way = {(a, b) for a, b, d in graph.edges(data=True) if d["treaty"] == "THA-USA-1962"}
    assert one_way == {("USA", "THA")}
    assert graph.has_edge("THA", "USA")  # the Manila Pact's mutual promise
