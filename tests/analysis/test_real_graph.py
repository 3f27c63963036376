"""The analytics on the real built graph, checked against answers derived independently: SPARQL
over the store that filters spells by date inside the query and places states by their M49
codes (Europe 150, Asia 142, …), set arithmetic in the test, and brute force for the cover.

Nothing here goes through the analysis code to compute what it expects.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from typing import Any

import networkx as nx
import pytest

from blocgraph.analysis import (
    MembershipData,
    broker_report,
    change_report,
    continent_states,
    cover_report,
    coverage_report,
    load_membership_data,
    overlap_report,
    resolve_region,
    what_if_report,
)
from blocgraph.store import Store

PREFIXES = """
PREFIX bg: <https://w3id.org/blocgraph/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""

#: Members by role in force on a day, filtered inside the query.
MEMBERS_ON = (
    PREFIXES
    + """
SELECT DISTINCT ?body ?iso3 ?role WHERE {{
    ?m a bg:Membership ; org:organization ?b ; org:member ?s ; org:role ?r ;
       bg:startDate ?start .
    ?b a bg:Body ; bg:key ?body .
    ?s a bg:State ; bg:iso3 ?iso3 .
    ?r skos:notation ?role .
    OPTIONAL {{ ?m bg:endDate ?end }}
    FILTER (?start <= "{day}"^^xsd:date && (!BOUND(?end) || ?end > "{day}"^^xsd:date))
}}"""
)

#: UN member and observer states the M49 scheme places in any of the given regions (directly
#: or in one of their sub-regions, following the hierarchy up).
REGION_STATES = (
    PREFIXES
    + """
SELECT DISTINCT ?iso3 WHERE {{
    ?s a bg:State ; bg:iso3 ?iso3 ; bg:status/skos:notation ?status ;
       bg:locatedIn/skos:broader*/skos:notation ?code .
    VALUES ?status {{ "un_member" "un_observer" }}
    VALUES ?code {{ {codes} }}
}}"""
)

BODY_KEYS = PREFIXES + "SELECT ?key WHERE { ?b a bg:Body ; bg:key ?key }"

FULL = frozenset({"member", "participating_state", "suspended", "frozen"})
SEED = ("CIS", "EAEU", "CSTO", "SCO", "ASEAN", "OSCE")
TODAY = date.today()
DATES = [date(2005, 1, 1), date(2015, 1, 1), date(2024, 8, 1), TODAY]
EURASIA_CODES = ("150", "142")


@dataclass
class Facts:
    """Answers read straight from the store, cached per question."""

    store: Store
    _spells: dict[date, list[tuple[str, str, str]]] = field(default_factory=dict)
    _regions: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)

    def roles_on(self, day: date) -> list[tuple[str, str, str]]:
        """(body, state, role) in force on ``day``."""
        if day not in self._spells:
            rows = self.store.select(MEMBERS_ON.format(day=day.isoformat()))
            self._spells[day] = [(str(r["body"]), str(r["iso3"]), str(r["role"])) for r in rows]
        return self._spells[day]

    def members(self, body: str, day: date, roles: Iterable[str] = FULL) -> set[str]:
        wanted = set(roles)
        return {s for b, s, r in self.roles_on(day) if b == body and r in wanted}

    def union(self, bodies: Iterable[str], day: date) -> set[str]:
        return set().union(*(self.members(b, day) for b in bodies))

    def region(self, *codes: str) -> frozenset[str]:
        if codes not in self._regions:
            query = REGION_STATES.format(codes=" ".join(f'"{c}"' for c in codes))
            self._regions[codes] = frozenset(str(r["iso3"]) for r in self.store.select(query))
        return self._regions[codes]

    def bodies(self) -> list[str]:
        return sorted(str(r["key"]) for r in self.store.select(BODY_KEYS))

    def continental(self, region: frozenset[str], day: date) -> list[str]:
        """Bodies with more than half of their (state) members in ``region``."""
        out = []
        for body in self.bodies():
            states = self.members(body, day)
            if states and len(states & region) / len(states) > 0.5:
                out.append(body)
        return out


def _json(report: dict[str, Any]) -> dict[str, Any]:
    """The report as the CLI prints it and the API sends it (tuples become lists)."""
    plain: dict[str, Any] = json.loads(json.dumps(report))
    return plain


@pytest.fixture(scope="module")
def facts(store: Store) -> Facts:
    """Independent answers from the store."""
    return Facts(store)


@pytest.fixture(scope="module")
def data(store: Store) -> MembershipData:
    """What the analytics read."""
    return load_membership_data(store)


# --- continents -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        ("Eurasia", EURASIA_CODES),
        ("Europe", ("150",)),
        ("Asia", ("142",)),
        ("Africa", ("002",)),
        ("Latin America and the Caribbean", ("419",)),
        ("latin america", ("419",)),
        ("419", ("419",)),
        ("Sub-Saharan Africa", ("202",)),
        ("Americas", ("019",)),
        # M49's World is every continent's parent: all 195 UN member and observer states
        ("World", ("001",)),
    ],
)
def test_continent_states(
    data: MembershipData, facts: Facts, name: str, codes: tuple[str, ...]
) -> None:
    expected = facts.region(*codes)
    assert expected, "the SPARQL found no state: the query or the store is wrong"
    assert continent_states(data, resolve_region(data, name)) == expected
    assert coverage_report(data, continent=name, chosen=[], as_of=TODAY)["states"] == len(expected)


def test_eurasia_is_europe_and_asia(facts: Facts) -> None:
    # sanity of the independent side: the seed's Eurasia has Russia, China, India, Iran, France
    assert {"RUS", "CHN", "IND", "IRN", "FRA"} <= facts.region(*EURASIA_CODES)
    assert facts.region(*EURASIA_CODES) == facts.region("150") | facts.region("142")
    assert not facts.region("150") & facts.region("142")


# --- members and overlaps of the seed's six bodies --------------------------------------------


@pytest.mark.parametrize("day", DATES, ids=str)
def test_seed_bodies_members_and_overlaps(data: MembershipData, facts: Facts, day: date) -> None:
    report = _json(overlap_report(data, as_of=day))
    sets = {b: facts.members(b, day) for b in SEED}
    assert report["bodies"] == {b: sorted(s) for b, s in sets.items()}
    assert [(p["a"], p["b"]) for p in report["pairs"]] == list(combinations(SEED, 2))
    for pair in report["pairs"]:
        a, b = sets[pair["a"]], sets[pair["b"]]
        assert pair["shared_states"] == sorted(a & b)
        assert pair["shared"] == len(a & b)
        assert pair["jaccard"] == pytest.approx(len(a & b) / len(a | b) if a | b else 0.0)
        smaller = min(len(a), len(b))
        assert pair["overlap_coefficient"] == pytest.approx(
            len(a & b) / smaller if smaller else 0.0
        )
    combos: dict[tuple[str, ...], list[str]] = {}
    for state in sorted(set().union(*sets.values())):
        combos.setdefault(tuple(b for b in SEED if state in sets[b]), []).append(state)
    assert {tuple(i["bodies"]): i["states"] for i in report["intersections"]} == combos


@pytest.mark.parametrize(
    ("day", "body", "known"),
    [
        # a few memberships anyone can check by hand
        (date(2005, 1, 1), "EAEU", set()),  # founded 2015
        (date(2015, 1, 1), "EAEU", {"RUS", "BLR", "KAZ"}),
        (date(2005, 1, 1), "SCO", {"CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB"}),
        (
            date(2024, 8, 1),
            "SCO",
            {"CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB", "IND", "PAK", "IRN", "BLR"},
        ),
        (date(2015, 1, 1), "CSTO", {"RUS", "BLR", "KAZ", "KGZ", "TJK", "ARM"}),
    ],
)
def test_known_memberships(facts: Facts, day: date, body: str, known: set[str]) -> None:
    found = facts.members(body, day)
    assert known <= found if known else not found


# --- coverage ---------------------------------------------------------------------------------


@pytest.mark.parametrize("day", DATES, ids=str)
def test_seed_coverage_of_eurasia(data: MembershipData, facts: Facts, day: date) -> None:
    eurasia = facts.region(*EURASIA_CODES)
    report = _json(coverage_report(data, continent="Eurasia", chosen=SEED, as_of=day))
    assert report["as_of"] == day.isoformat()
    assert report["states"] == len(eurasia)
    for row in report["bodies"]:
        members = facts.members(row["body"], day)
        assert row["members"] == len(members)
        assert row["members_in_continent"] == len(members & eurasia)
        assert row["share"] == pytest.approx(len(members & eurasia) / len(eurasia))
        assert row["continental"] == (bool(members) and len(members & eurasia) > len(members) / 2)
    covered = facts.union(SEED, day) & eurasia
    assert report["union"]["count"] == len(covered)
    assert report["union"]["share"] == pytest.approx(len(covered) / len(eurasia))
    assert report["uncovered"] == sorted(eurasia - covered)


REGIONS = [
    # name as given, M49 codes, what the seed says about a pan-continental body
    ("Eurasia", EURASIA_CODES, None),
    ("Africa", ("002",), "AU"),
    ("Latin America and the Caribbean", ("419",), "CELAC"),
    ("latin america", ("419",), "CELAC"),
    ("419", ("419",), "CELAC"),
]


@pytest.mark.parametrize("day", [TODAY, date(2015, 1, 1)], ids=str)
@pytest.mark.parametrize(("name", "codes", "claim"), REGIONS)
def test_pan_continental_bodies(
    data: MembershipData,
    facts: Facts,
    name: str,
    codes: tuple[str, ...],
    claim: str | None,
    day: date,
) -> None:
    region = facts.region(*codes)
    expected = [
        b
        for b in facts.continental(region, day)
        if len(facts.members(b, day) & region) / len(region) >= 0.9
    ]
    report = _json(coverage_report(data, continent=name, as_of=day))
    assert report["pan_continental"] == expected
    # the seed text: Eurasia has none; Africa has the AU; Latin America has CELAC
    if claim is None:
        assert report["pan_continental"] == []
    else:
        assert claim in report["pan_continental"]
    # without --bodies: the seed's six for Eurasia, every continental body elsewhere (the
    # default the map and the home page use too)
    expected_bodies = list(SEED) if name == "Eurasia" else facts.continental(region, day)
    assert [b["body"] for b in report["bodies"]] == expected_bodies


# --- change over time -------------------------------------------------------------------------


def test_change_2020_to_2026(data: MembershipData, facts: Facts) -> None:
    before, after = date(2020, 1, 1), date(2026, 1, 1)
    report = _json(change_report(data, before=before, after=after))
    changes = {c["body"]: c for c in report["bodies"]}
    assert list(changes) == list(SEED)
    for body, change in changes.items():
        old, new = facts.members(body, before), facts.members(body, after)
        assert (change["before"], change["after"]) == (len(old), len(new))
        assert change["gained"] == sorted(new - old)
        assert change["lost"] == sorted(old - new)
    # the facts behind it: Iran (2023) and Belarus (2024) joined the SCO; Armenia froze its
    # CSTO participation in 2024 but the CSTO still lists it: a frozen spell counts by default
    assert {"BLR", "IRN"} <= set(changes["SCO"]["gained"])
    assert changes["CSTO"]["lost"] == []
    assert ("CSTO", "ARM", "frozen") in facts.roles_on(after)
    eurasia = facts.region(*EURASIA_CODES)
    for key, day in (("coverage_before", before), ("coverage_after", after)):
        assert report[key]["union"]["count"] == len(facts.union(SEED, day) & eurasia)


def test_own_suspension_counts_only_when_asked(data: MembershipData, facts: Facts) -> None:
    day = date(2026, 1, 1)
    default = _json(overlap_report(data, chosen=["CSTO"], as_of=day))
    assert "ARM" in default["bodies"]["CSTO"] and "UZB" not in default["bodies"]["CSTO"]
    roles = [*FULL, "participation_suspended"]
    report = _json(overlap_report(data, chosen=["CSTO"], as_of=day, roles=roles))
    assert report["bodies"]["CSTO"] == sorted(facts.members("CSTO", day, roles))
    assert "UZB" in report["bodies"]["CSTO"]


# --- what if ----------------------------------------------------------------------------------


@pytest.mark.parametrize("day", [date(2024, 8, 1), TODAY], ids=str)
def test_what_if_eaeu_sco_asean(data: MembershipData, facts: Facts, day: date) -> None:
    eurasia = facts.region(*EURASIA_CODES)
    union = facts.union(("EAEU", "SCO", "ASEAN"), day)
    report = _json(what_if_report(data, union_of=["EAEU", "SCO", "ASEAN"], as_of=day))
    assert report["members"] == sorted(union)
    assert report["members_in_continent"] == len(union & eurasia)
    assert report["states"] == len(eurasia)
    assert report["share"] == pytest.approx(len(union & eurasia) / len(eurasia))
    assert report["missing"] == sorted(eurasia - union)


# --- smallest cover ---------------------------------------------------------------------------


def _masks(sets: dict[str, set[str]], universe: frozenset[str]) -> dict[str, int]:
    order = {s: i for i, s in enumerate(sorted(universe))}
    return {b: sum(1 << order[s] for s in states & universe) for b, states in sets.items()}


@pytest.mark.parametrize("day", [TODAY, date(2015, 1, 1)], ids=str)
def test_cover_of_eurasia(data: MembershipData, facts: Facts, day: date) -> None:
    eurasia = facts.region(*EURASIA_CODES)
    candidates = facts.continental(eurasia, day)
    sets = {b: facts.members(b, day) for b in candidates}
    coverable = set().union(*sets.values()) & eurasia
    report = _json(cover_report(data, continent="Eurasia", as_of=day))

    assert report["feasible"] and report["exact"]
    assert report["states"] == len(eurasia)
    assert report["uncoverable"] == sorted(eurasia - coverable)
    assert set(report["bodies"]) <= set(candidates)
    # the reported bodies really cover every coverable state
    chosen = set().union(*(sets[b] for b in report["bodies"])) & eurasia
    assert chosen == coverable
    assert report["covered"] == report["target"] == len(coverable)

    # exactness, by brute force: no single body, no pair, nor any smaller set covers it all
    masks = _masks(sets, eurasia)
    full = _or(masks.values())
    assert all(m != full for m in masks.values())
    assert all(masks[a] | masks[b] != full for a, b in combinations(candidates, 2))
    for size in range(3, len(report["bodies"])):
        for combo in combinations(candidates, size):
            assert _or(masks[b] for b in combo) != full, combo


def _or(masks: Iterable[int]) -> int:
    out = 0
    for mask in masks:
        out |= mask
    return out


def test_cover_with_share(data: MembershipData, facts: Facts) -> None:
    day = date(2024, 8, 1)
    eurasia = facts.region(*EURASIA_CODES)
    report = _json(cover_report(data, continent="Eurasia", share=0.5, as_of=day))
    target = -(-len(eurasia) // 2)  # ⌈n / 2⌉
    assert report["target"] == target
    chosen = facts.union(report["bodies"], day) & eurasia
    assert len(chosen) == report["covered"] >= target
    # one body fewer never reaches half of Eurasia
    candidates = facts.continental(eurasia, day)
    masks = _masks({b: facts.members(b, day) for b in candidates}, eurasia)
    for combo in combinations(candidates, len(report["bodies"]) - 1):
        assert _or(masks[b] for b in combo).bit_count() < target, combo


# --- brokers ----------------------------------------------------------------------------------


def _betweenness(sets: dict[str, set[str]]) -> dict[str, float]:
    """networkx's Brandes on the co-membership network built here: a tie of w shared bodies
    has length L / w (L = lcm(1..max w), integers so equal lengths compare exactly)."""
    network = nx.Graph()
    for states in sets.values():
        network.add_nodes_from(states)
        for a, b in combinations(sorted(states), 2):
            weight = network[a][b]["weight"] + 1 if network.has_edge(a, b) else 1
            network.add_edge(a, b, weight=weight)
    scale = math.lcm(*range(1, max(w for _a, _b, w in network.edges(data="weight")) + 1))
    for _a, _b, tie in network.edges(data=True):
        tie["length"] = scale // tie["weight"]
    found: dict[str, float] = nx.betweenness_centrality(network, weight="length")
    return found


@pytest.mark.parametrize(
    ("day", "chosen"),
    [
        *((day, SEED) for day in DATES[1:]),
        # every body but the UN (which would tie every state to every other)
        (date(2024, 8, 1), None),
    ],
    ids=str,
)
def test_brokers(
    data: MembershipData, facts: Facts, day: date, chosen: tuple[str, ...] | None
) -> None:
    picked = list(chosen or [b for b in facts.bodies() if b != "UN"])
    sets = {b: facts.members(b, day) for b in picked}
    expected = _betweenness(sets)
    report = _json(broker_report(data, chosen=picked, as_of=day, top=500))
    found = {b["state"]: b for b in report["brokers"]}
    assert set(found) == set(expected)
    for state, row in found.items():
        assert row["betweenness"] == pytest.approx(expected[state], abs=1e-12), state
        assert row["bodies"] == sum(state in s for s in sets.values())
        assert row["seed_bodies"] == sum(state in facts.members(b, day) for b in SEED)
    ranking = [b["betweenness"] for b in report["brokers"]]
    assert ranking == sorted(ranking, reverse=True)
