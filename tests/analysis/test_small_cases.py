"""The analytics on tiny hand-built graphs, every expected number worked out by hand.

The main fixture, ``DATA``: eight states and four bodies.

    state  status                region(s)        further continent  civilization (scheme "s")
    A      un_member             150, 151         -                  western
    B      un_member             150              -                  western
    C      un_member             150              142                orthodox
    D      un_member             142              -                  islamic
    E      un_observer           142              -                  sinic
    F      un_member             002              142                islamic
    G      un_member             002              -                  african
    H      partially_recognised  150              -                  (none)

    Eurasia (code EURASIA) = 150 ∪ 142. UN member and observer states of Eurasia: A B C D E (5);
    with transcontinental placements also F (6).

    spells                                                 as of 2010-01-01   as of 2020-01-01
    NORTH  A B C member 2000-;  H member 2008-             A B C D H          A B C D H
           D member 2000-2015-01-01, suspended 2015-01-01-   (D member)         (D suspended)
    EAST   C D member 2005-;  E member 2012-;              C D                C D E
           F observer 2005- (not counted by default)
    SOUTH  F G member 2000-;  A member 2000-2015-06-30     A F G              F G
    EMPTY  G member 2030- (no member on either date)       -                  -
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date

import networkx as nx
import pytest

from blocgraph.analysis import (
    DEFAULT_ROLES,
    MembershipData,
    Spell,
    body_communities,
    brokers,
    change_report,
    civilizational_span,
    co_membership,
    continent_states,
    coverage,
    coverage_report,
    exclusive_intersections,
    membership_graph,
    minimum_cover,
    pairwise_overlaps,
    resolve_region,
    shannon_entropy,
    what_if_report,
)
from blocgraph.analysis._change import membership_changes

D0 = date(1990, 1, 1)
D1 = date(2010, 1, 1)
D2 = date(2020, 1, 1)
BODIES = ("NORTH", "EAST", "SOUTH", "EMPTY")


def _spell(body: str, state: str, role: str, start: str, end: str | None = None) -> Spell:
    return Spell(
        body, state, role, date.fromisoformat(start), date.fromisoformat(end) if end else None
    )


def _data() -> MembershipData:
    return MembershipData(
        spells=[
            _spell("NORTH", "A", "member", "2000-01-01"),
            _spell("NORTH", "B", "member", "2000-01-01"),
            _spell("NORTH", "C", "member", "2000-01-01"),
            _spell("NORTH", "H", "member", "2008-01-01"),
            _spell("NORTH", "D", "member", "2000-01-01", "2015-01-01"),
            _spell("NORTH", "D", "suspended", "2015-01-01"),
            _spell("EAST", "C", "member", "2005-01-01"),
            _spell("EAST", "D", "member", "2005-01-01"),
            _spell("EAST", "E", "member", "2012-01-01"),
            _spell("EAST", "F", "observer", "2005-01-01"),
            _spell("SOUTH", "F", "member", "2000-01-01"),
            _spell("SOUTH", "G", "member", "2000-01-01"),
            _spell("SOUTH", "A", "member", "2000-01-01", "2015-06-30"),
            _spell("EMPTY", "G", "member", "2030-01-01"),
        ],
        state_names={s: f"State {s}" for s in "ABCDEFGH"},
        state_status={
            **dict.fromkeys("ABCDFG", "un_member"),
            "E": "un_observer",
            "H": "partially_recognised",
        },
        state_regions={
            "A": {"150", "151"},
            "B": {"150"},
            "C": {"150"},
            "D": {"142"},
            "E": {"142"},
            "F": {"002"},
            "G": {"002"},
            "H": {"150"},
        },
        state_extra_regions={"C": {"142"}, "F": {"142"}},
        region_names={
            "150": "Europe",
            "151": "Eastern Europe",
            "142": "Asia",
            "002": "Africa",
            "EURASIA": "Eurasia",
        },
        region_parts={"EURASIA": {"150", "142"}},
        continents={"150", "142", "002", "EURASIA"},
        body_names={b: f"Body {b}" for b in BODIES},
        civilizations={
            "s": {
                "A": "western",
                "B": "western",
                "C": "orthodox",
                "D": "islamic",
                "E": "sinic",
                "F": "islamic",
                "G": "african",
            }
        },
    )


DATA = _data()
EURASIA = {"A", "B", "C", "D", "E"}


def _members(graph: nx.Graph, body: str) -> set[str]:
    return {n for n in graph.neighbors(body) if graph.nodes[n]["kind"] == "state"}


# --- membership_graph -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "roles", "expected"),
    [
        # default roles count D's suspension (2015-) as membership
        (D1, DEFAULT_ROLES, {"NORTH": "ABCDH", "EAST": "CD", "SOUTH": "AFG", "EMPTY": ""}),
        (D2, DEFAULT_ROLES, {"NORTH": "ABCDH", "EAST": "CDE", "SOUTH": "FG", "EMPTY": ""}),
        # members only: D drops out of NORTH once suspended
        (D2, ("member",), {"NORTH": "ABCH", "EAST": "CDE", "SOUTH": "FG", "EMPTY": ""}),
        # observers only when asked: F joins EAST
        (D2, (*DEFAULT_ROLES, "observer"), {"NORTH": "ABCDH", "EAST": "CDEF", "SOUTH": "FG"}),
        (D2, ("observer",), {"NORTH": "", "EAST": "F", "SOUTH": "", "EMPTY": ""}),
        # nobody is a member yet in 1990; start inclusive, end exclusive
        (D0, DEFAULT_ROLES, {"NORTH": "", "EAST": "", "SOUTH": "", "EMPTY": ""}),
        (date(2012, 1, 1), DEFAULT_ROLES, {"EAST": "CDE"}),
        (date(2011, 12, 31), DEFAULT_ROLES, {"EAST": "CD"}),
        (date(2015, 6, 29), DEFAULT_ROLES, {"SOUTH": "AFG"}),
        (date(2015, 6, 30), DEFAULT_ROLES, {"SOUTH": "FG"}),
    ],
)
def test_membership_graph_members(
    day: date, roles: tuple[str, ...], expected: Mapping[str, str]
) -> None:
    graph = membership_graph(DATA, day, roles)
    for body, states in expected.items():
        assert _members(graph, body) == set(states), body


def test_membership_graph_shape() -> None:
    graph = membership_graph(DATA, D2)
    # edges: NORTH 5 + EAST 3 + SOUTH 2 = 10; nodes: 4 bodies (EMPTY too) + states A..H = 12
    assert graph.number_of_edges() == 10
    assert graph.number_of_nodes() == 12
    assert {n for n, k in graph.nodes(data="kind") if k == "body"} == set(BODIES)
    assert graph.edges["NORTH", "D"]["role"] == "suspended"
    assert graph.edges["EAST", "C"]["role"] == "member"


def test_membership_graph_without_roles_has_only_bodies() -> None:
    graph = membership_graph(DATA, D2, ())
    assert set(graph.nodes) == set(BODIES)
    assert graph.number_of_edges() == 0


@pytest.mark.parametrize(
    ("day", "start", "end", "holds"),
    [
        ("2000-01-01", "2000-01-01", None, True),
        ("1999-12-31", "2000-01-01", None, False),
        ("2014-12-31", "2000-01-01", "2015-01-01", True),
        ("2015-01-01", "2000-01-01", "2015-01-01", False),
    ],
)
def test_spell_in_force(day: str, start: str, end: str | None, holds: bool) -> None:
    assert _spell("X", "A", "member", start, end).in_force(date.fromisoformat(day)) is holds


# --- overlaps ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "pair", "shared", "jaccard", "coefficient"),
    [
        # 2020: NORTH {A B C D H} ∩ EAST {C D E} = {C D}; ∪ = 6 states; min size 3
        (D2, ("NORTH", "EAST"), ("C", "D"), 2 / 6, 2 / 3),
        (D2, ("NORTH", "SOUTH"), (), 0.0, 0.0),
        (D2, ("EAST", "SOUTH"), (), 0.0, 0.0),
        # an empty body: nothing shared, the coefficient's min size is 0 → 0
        (D2, ("NORTH", "EMPTY"), (), 0.0, 0.0),
        (D2, ("SOUTH", "EMPTY"), (), 0.0, 0.0),
        # 2010: NORTH ∩ EAST {C D} = {C D}; ∪ = 5; EAST has 2 → coefficient 1
        (D1, ("NORTH", "EAST"), ("C", "D"), 2 / 5, 1.0),
        # 2010: NORTH ∩ SOUTH {A F G} = {A}; ∪ = {A B C D H F G} = 7; min size 3
        (D1, ("NORTH", "SOUTH"), ("A",), 1 / 7, 1 / 3),
    ],
)
def test_pairwise_overlaps(
    day: date,
    pair: tuple[str, str],
    shared: tuple[str, ...],
    jaccard: float,
    coefficient: float,
) -> None:
    overlaps = {(p.a, p.b): p for p in pairwise_overlaps(membership_graph(DATA, day), BODIES)}
    found = overlaps[pair]
    assert found.shared_states == shared
    assert found.shared == len(shared)
    assert found.jaccard == pytest.approx(jaccard)
    assert found.overlap_coefficient == pytest.approx(coefficient)


def test_pairwise_overlaps_lists_every_pair_once() -> None:
    pairs = pairwise_overlaps(membership_graph(DATA, D2), BODIES)
    assert [(p.a, p.b) for p in pairs] == [
        ("NORTH", "EAST"),
        ("NORTH", "SOUTH"),
        ("NORTH", "EMPTY"),
        ("EAST", "SOUTH"),
        ("EAST", "EMPTY"),
        ("SOUTH", "EMPTY"),
    ]


def test_exclusive_intersections() -> None:
    # 2020: A B H only NORTH; C D NORTH and EAST; E only EAST; F G only SOUTH.
    # Order: most states first, then fewer bodies, then body names.
    table = exclusive_intersections(membership_graph(DATA, D2), ["NORTH", "EAST", "SOUTH"])
    assert [(i.bodies, i.states) for i in table] == [
        (("NORTH",), ("A", "B", "H")),
        (("SOUTH",), ("F", "G")),
        (("NORTH", "EAST"), ("C", "D")),
        (("EAST",), ("E",)),
    ]
    # a partition of the union
    assert sum(len(i.states) for i in table) == 8


def test_exclusive_intersections_of_nothing() -> None:
    assert exclusive_intersections(membership_graph(DATA, D2), []) == []


def test_co_membership_weights() -> None:
    network = co_membership(membership_graph(DATA, D2))
    # NORTH's clique of 5 gives 10 ties; EAST's clique of 3 adds C-E and D-E and strengthens
    # C-D to 2; SOUTH gives F-G: 13 ties among the 8 states.
    assert network.number_of_edges() == 13
    assert set(network.nodes) == set("ABCDEFGH")
    assert network["C"]["D"]["weight"] == 2
    assert sorted(network["C"]["D"]["bodies"]) == ["EAST", "NORTH"]
    assert network["A"]["B"]["weight"] == 1
    assert network["C"]["E"]["weight"] == 1
    assert network["F"]["G"]["bodies"] == ["SOUTH"]
    assert not network.has_edge("A", "E")


def test_co_membership_of_chosen_bodies() -> None:
    network = co_membership(membership_graph(DATA, D2), ["EAST"])
    assert set(network.nodes) == {"C", "D", "E"}
    assert {frozenset(e) for e in network.edges} == {
        frozenset("CD"),
        frozenset("CE"),
        frozenset("DE"),
    }
    assert all(w == 1 for _a, _b, w in network.edges(data="weight"))


# --- continents -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("region", "transcontinental", "statuses", "expected"),
    [
        ("EURASIA", False, None, "ABCDE"),  # H is not a UN member or observer
        ("EURASIA", True, None, "ABCDEF"),  # F's further continent is Asia
        ("142", False, None, "DE"),
        ("142", True, None, "CDEF"),
        ("150", False, None, "ABC"),
        ("150", False, ("un_member", "un_observer", "partially_recognised"), "ABCH"),
        ("142", False, ("un_member",), "D"),  # E is only an observer
        ("151", False, None, "A"),  # a sub-region
        ("002", False, None, "FG"),
    ],
)
def test_continent_states(
    region: str, transcontinental: bool, statuses: tuple[str, ...] | None, expected: str
) -> None:
    if statuses is None:
        found = continent_states(DATA, region, transcontinental=transcontinental)
    else:
        found = continent_states(DATA, region, transcontinental=transcontinental, statuses=statuses)
    assert found == set(expected)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Eurasia", "EURASIA"),
        ("eurasia", "EURASIA"),
        (" EURASIA ", "EURASIA"),
        ("Europe", "150"),
        ("150", "150"),
        ("asia", "142"),
        ("Eastern Europe", "151"),
    ],
)
def test_resolve_region(name: str, code: str) -> None:
    assert resolve_region(DATA, name) == code


def test_resolve_region_unknown_lists_the_continents() -> None:
    with pytest.raises(ValueError, match="Atlantis") as caught:
        resolve_region(DATA, "Atlantis")
    assert "Africa, Asia, Eurasia, Europe" in str(caught.value)


# --- coverage ---------------------------------------------------------------------------------


def test_coverage_of_eurasia_2020() -> None:
    # NORTH: 5 members, 4 of them (A B C D) among Eurasia's 5 states → share 0.8, and 4/5 > 1/2
    # of its members are there → continental. EAST: C D E, 3 of 3 → share 0.6, continental.
    # SOUTH: none in Eurasia; EMPTY: no members → neither is continental, so neither is chosen.
    result = coverage(membership_graph(DATA, D2), EURASIA, name="Eurasia", code="E", as_of=D2)
    shares = {
        s.body: (s.members, s.members_in_continent, s.share, s.continental) for s in result.bodies
    }
    assert shares == {"EAST": (3, 3, 0.6, True), "NORTH": (5, 4, 0.8, True)}
    assert result.states == 5
    assert result.best is not None and result.best.body == "NORTH"
    # union NORTH ∪ EAST = A B C D E → everything
    assert (result.union_count, result.union_share, result.uncovered) == (5, 1.0, ())
    # nobody reaches 90 %
    assert result.pan_continental == ()


@pytest.mark.parametrize(
    ("threshold", "pan"),
    [(0.9, ()), (0.81, ()), (0.8, ("NORTH",)), (0.6, ("EAST", "NORTH")), (0.0, ("EAST", "NORTH"))],
)
def test_pan_continental_threshold(threshold: float, pan: tuple[str, ...]) -> None:
    # continental bodies reaching ≥ threshold: NORTH 0.8, EAST 0.6 (SOUTH and EMPTY are not
    # continental, so even threshold 0 does not list them)
    graph = membership_graph(DATA, D2)
    result = coverage(graph, EURASIA, name="Eurasia", code="E", as_of=D2, threshold=threshold)
    assert result.pan_continental == pan


def test_coverage_of_eurasia_2010() -> None:
    # NORTH 4/5 = 0.8; EAST {C D} 2/5 = 0.4; union {A B C D}: 4, 0.8; E uncovered
    result = coverage(membership_graph(DATA, D1), EURASIA, name="Eurasia", code="E", as_of=D1)
    assert [(s.body, s.share) for s in result.bodies] == [("EAST", 0.4), ("NORTH", 0.8)]
    assert (result.union_count, result.union_share, result.uncovered) == (4, 0.8, ("E",))


def test_coverage_of_chosen_non_continental_body() -> None:
    # 2010: SOUTH {A F G}: A only in Eurasia → 1/5 = 0.2; 1/3 of its members → not continental
    graph = membership_graph(DATA, D1)
    result = coverage(graph, EURASIA, name="Eurasia", code="E", as_of=D1, chosen=["SOUTH"])
    (south,) = result.bodies
    assert (south.members, south.members_in_continent, south.share) == (3, 1, 0.2)
    assert south.continental is False
    assert (result.union_count, result.union_share) == (1, 0.2)
    assert result.uncovered == ("B", "C", "D", "E")


def test_continental_needs_more_than_half() -> None:
    # 2010, Asia {D E}: EAST {C D} has exactly half (D) of its members there → not continental;
    # NORTH 1/5 → no. No continental body: nothing chosen, no best, all of Asia uncovered.
    result = coverage(membership_graph(DATA, D1), {"D", "E"}, name="Asia", code="142", as_of=D1)
    assert result.bodies == ()
    assert result.best is None
    assert (result.union_count, result.union_share, result.uncovered) == (0, 0.0, ("D", "E"))


@pytest.mark.parametrize("day", [D1, D2])
def test_africa_has_a_pan_continental_body(day: date) -> None:
    # Africa {F G}: SOUTH holds both (2010: A F G → 2/3 > 1/2 continental; 2020: F G)
    result = coverage(membership_graph(DATA, day), {"F", "G"}, name="A", code="002", as_of=day)
    assert [(s.body, s.share) for s in result.bodies] == [("SOUTH", 1.0)]
    assert result.pan_continental == ("SOUTH",)


def test_coverage_report_on_hand_data() -> None:
    report = coverage_report(DATA, continent="Eurasia", as_of=D2, transcontinental=True)
    # with F: 6 states; NORTH 4/6, EAST 3/6; union A B C D E → F uncovered
    assert report["continent"] == "Eurasia"
    assert report["continent_code"] == "EURASIA"
    assert report["as_of"] == "2020-01-01"
    assert report["states"] == 6
    assert {b["body"]: b["share"] for b in report["bodies"]} == {"EAST": 0.5, "NORTH": 4 / 6}
    assert report["union"] == {"count": 5, "share": 5 / 6}
    assert report["uncovered"] == ["F"]
    assert report["pan_continental"] == []
    assert report["best"]["body"] == "NORTH"


def test_coverage_report_rejects_unknown_body() -> None:
    with pytest.raises(ValueError, match="unknown body 'WEST'"):
        coverage_report(DATA, chosen=["WEST"], as_of=D2)


# --- what if ----------------------------------------------------------------------------------


def test_what_if_union() -> None:
    # 2020: EAST ∪ SOUTH = C D E F G; in Eurasia C D E: 3 of 5 = 0.6; missing A B
    report = what_if_report(DATA, union_of=["EAST", "SOUTH"], as_of=D2)
    assert report["members"] == ["C", "D", "E", "F", "G"]
    assert (report["members_in_continent"], report["states"], report["share"]) == (3, 5, 0.6)
    assert report["missing"] == ["A", "B"]


@pytest.mark.parametrize(
    ("states", "name", "day", "inside"),
    [
        # A and B are members of nothing in 1990: the imagined body still has them (2 of 5)
        (["A", "B"], "what-if", D0, 2),
        # an imagined body named like an existing one must not inherit that body's members:
        # it has A only → 1 of 5 (NORTH has 4 Eurasian members in 2020)
        (["A"], "NORTH", D2, 1),
        (["A"], "what-if", D2, 1),
    ],
)
def test_what_if_members_count(states: list[str], name: str, day: date, inside: int) -> None:
    report = what_if_report(DATA, member_list=states, name=name, as_of=day)
    assert report["members"] == sorted(states)
    assert report["members_in_continent"] == inside
    assert report["share"] == pytest.approx(inside / 5)
    assert report["members_in_continent"] + len(report["missing"]) == report["states"]


def test_what_if_rejects_unknown_state() -> None:
    with pytest.raises(ValueError, match="unknown state code 'Q'"):
        what_if_report(DATA, member_list=["Q"], as_of=D2)


# --- minimum cover ----------------------------------------------------------------------------


def _greedy_size(universe: set[str], candidates: Mapping[str, set[str]]) -> int:
    """Textbook greedy: take the set adding most, until nothing is left."""
    left, taken = set(universe), 0
    while left:
        left -= max(candidates.values(), key=lambda s: len(s & left))
        taken += 1
    return taken


TRAP = {"BIG": {"a", "b", "d", "e"}, "ROW1": {"a", "b", "c"}, "ROW2": {"d", "e", "f"}}


def test_minimum_cover_beats_greedy() -> None:
    # Greedy takes BIG (4 new) then needs ROW1 and ROW2 for c and f: 3 sets. ROW1 + ROW2: 2.
    universe = set("abcdef")
    assert _greedy_size(universe, TRAP) == 3
    result = minimum_cover(universe, TRAP)
    assert result.bodies == ("ROW1", "ROW2")
    assert (result.covered, result.target, result.states) == (6, 6, 6)
    assert result.exact and result.feasible
    assert result.uncoverable == ()


def test_minimum_cover_search_budget() -> None:
    # with one search node the search stops at once: the greedy cover (3 sets), not proven
    result = minimum_cover(set("abcdef"), TRAP, node_budget=1)
    assert result.exact is False
    assert len(result.bodies) == 3
    assert result.covered == 6


TEN = {f"s{i}" for i in range(10)}
PARTS = {"P": {f"s{i}" for i in range(6)}, "Q": {"s6", "s7"}, "R": {"s8"}}


@pytest.mark.parametrize(
    ("share", "bodies", "covered", "target"),
    [
        (0.6, ("P",), 6, 6),  # ⌈6⌉ = 6: P alone
        (0.8, ("P", "Q"), 8, 8),  # ⌈8⌉: P + Q = 8 (P + R = 7 is not enough)
        (0.75, ("P", "Q"), 8, 8),  # ⌈7.5⌉ = 8
        (0.9, ("P", "Q", "R"), 9, 9),
        # share 1: s9 is in no candidate, so the target is the 9 coverable states
        (1.0, ("P", "Q", "R"), 9, 9),
    ],
)
def test_minimum_cover_share(
    share: float, bodies: tuple[str, ...], covered: int, target: int
) -> None:
    result = minimum_cover(TEN, PARTS, share)
    assert (result.bodies, result.covered, result.target) == (bodies, covered, target)
    assert result.feasible and result.exact
    assert result.uncoverable == ("s9",)
    assert result.states == 10


def test_minimum_cover_infeasible_share() -> None:
    # 95 % of 10 = 10 states, but only 9 are in any candidate
    result = minimum_cover(TEN, PARTS, 0.95)
    assert result.feasible is False
    assert result.bodies == ()
    assert (result.covered, result.target) == (9, 10)
    assert result.uncoverable == ("s9",)


@pytest.mark.parametrize(("covers", "feasible"), [(5, False), (7, True)])
def test_minimum_cover_target_is_the_same_feasible_or_not(covers: int, feasible: bool) -> None:
    # 0.28 × 25 is 7.000000000000001 in floating point; the target is 7 states either way
    universe = {f"s{i:02}" for i in range(25)}
    candidates = {"X": {f"s{i:02}" for i in range(covers)}}
    result = minimum_cover(universe, candidates, 0.28)
    assert result.feasible is feasible
    assert result.target == 7


def test_minimum_cover_skips_dominated_sets() -> None:
    # SUB ⊂ BIG and DUP = BIG: never needed; the smallest cover is one of BIG/DUP plus OTHER
    candidates = {
        "BIG": {"a", "b", "c", "d"},
        "DUP": {"a", "b", "c", "d"},
        "SUB": {"a", "b"},
        "OTHER": {"e"},
    }
    result = minimum_cover(set("abcde"), candidates)
    assert len(result.bodies) == 2
    assert "OTHER" in result.bodies
    assert "SUB" not in result.bodies
    assert result.covered == 5


def test_minimum_cover_ignores_states_outside_the_universe() -> None:
    # X brings z, which is not wanted: it covers only a; Y covers b c
    result = minimum_cover({"a", "b", "c"}, {"X": {"a", "z"}, "Y": {"b", "c"}, "W": {"z"}})
    assert result.bodies == ("X", "Y")
    assert result.covered == 3


def test_minimum_cover_of_nothing() -> None:
    result = minimum_cover(set(), {"X": {"a"}})
    assert (result.bodies, result.covered, result.target, result.feasible) == ((), 0, 0, True)


# --- civilizations ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("counts", "bits"),
    [
        ([1, 1, 1, 1], 2.0),  # 4 equal classes
        ([5, 5], 1.0),
        ([2, 1, 1], 1.5),  # ½·1 + ¼·2 + ¼·2
        ([3, 1], -(0.75 * math.log2(0.75) + 0.25 * math.log2(0.25))),
        ([1, 1, 1], math.log2(3)),
        ([4], 0.0),
        ([4, 0], 0.0),
        ([], 0.0),
    ],
)
def test_shannon_entropy(counts: list[int], bits: float) -> None:
    assert shannon_entropy(counts) == pytest.approx(bits)


def test_civilizational_span() -> None:
    # 2020: NORTH A B C D H → western 2, orthodox 1, islamic 1 (H unassigned): 1.5 bits;
    # EAST C D E → orthodox, islamic, sinic: log2 3; SOUTH F G → islamic, african: 1 bit;
    # EMPTY: nothing, 0. Most diverse first.
    spans = civilizational_span(membership_graph(DATA, D2), DATA.civilizations["s"])
    assert [(s.body, s.members, s.distinct, s.entropy) for s in spans] == [
        ("EAST", 3, 3, round(math.log2(3), 6)),
        ("NORTH", 5, 3, 1.5),
        ("SOUTH", 2, 2, 1.0),
        ("EMPTY", 0, 0, 0.0),
    ]
    north = spans[1]
    assert north.civilizations == {"islamic": 1, "orthodox": 1, "western": 2}
    assert north.unassigned == ("H",)


# --- change -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("roles", "expected"),
    [
        (
            DEFAULT_ROLES,
            {
                "NORTH": (5, 5, (), ()),
                "EAST": (3 - 1, 3, ("E",), ()),
                "SOUTH": (3, 2, (), ("A",)),
                "EMPTY": (0, 0, (), ()),
            },
        ),
        # counting members only, D's suspension is a loss for NORTH
        (("member",), {"NORTH": (5, 4, (), ("D",))}),
    ],
)
def test_membership_changes(
    roles: tuple[str, ...],
    expected: Mapping[str, tuple[int, int, tuple[str, ...], tuple[str, ...]]],
) -> None:
    changes = membership_changes(
        membership_graph(DATA, D1, roles), membership_graph(DATA, D2, roles), BODIES
    )
    found = {c.body: (c.before, c.after, c.gained, c.lost) for c in changes}
    for body, value in expected.items():
        assert found[body] == value


def test_change_report_coverage_on_both_dates() -> None:
    # the union of the four bodies in Eurasia: 2010 A B C D (4 of 5), 2020 A B C D E (5 of 5)
    report = change_report(DATA, before=D1, after=D2, chosen=BODIES)
    assert report["coverage_before"]["union"] == {"count": 4, "share": 0.8}
    assert report["coverage_after"]["union"] == {"count": 5, "share": 1.0}
    assert [b["body"] for b in report["bodies"]] == list(BODIES)


# --- brokers and communities ------------------------------------------------------------------


def _graph_of(bodies: Mapping[str, str]) -> nx.Graph:
    """Membership graph of bodies given as strings of one-letter states."""
    data = MembershipData(
        spells=[
            _spell(body, state, "member", "2000-01-01")
            for body, states in bodies.items()
            for state in states
        ],
        body_names={b: b for b in bodies},
    )
    return membership_graph(data, D2)


def test_brokers_bridge_state_first() -> None:
    # LEFT {p q x}, RIGHT {x r s}: two triangles joined at x. Every path between {p q} and
    # {r s} (4 pairs) goes through x; normalized over (n-1)(n-2)/2 = 6 pairs → 4/6. Nobody else
    # lies between two others.
    ranked = brokers(_graph_of({"LEFT": "pqx", "RIGHT": "xrs"}), seed=("LEFT",))
    assert [b.state for b in ranked] == ["x", "p", "q", "r", "s"]
    top = ranked[0]
    assert top.betweenness == pytest.approx(4 / 6)
    assert (top.bodies, top.seed_bodies) == (2, 1)
    assert all(b.betweenness == 0 for b in ranked[1:])
    assert [b.seed_bodies for b in ranked[1:]] == [1, 1, 0, 0]


def test_brokers_on_a_path() -> None:
    # A {a b}, B {b c}, C {c d e}: a - b - c - {d e}. b lies between a and c d e (3 pairs);
    # c lies between {a b} and {d e} (4 pairs) → c first; normalized by (5-1)(5-2)/2 = 6.
    ranked = brokers(_graph_of({"A": "ab", "B": "bc", "C": "cde"}), top=2)
    assert [b.state for b in ranked] == ["c", "b"]
    assert [b.betweenness for b in ranked] == pytest.approx([4 / 6, 3 / 6])


def test_brokers_prefer_strong_ties() -> None:
    # L {p x y}, R {x y q}, T {x q}: x-q is shared twice (length ½), y-q once (length 1), so
    # p reaches q through x only (1 + ½ < 1 + 1): x outranks y.
    ranked = brokers(_graph_of({"L": "pxy", "R": "xyq", "T": "xq"}))
    assert ranked[0].state == "x"
    assert ranked[0].betweenness > ranked[1].betweenness


def _reference_betweenness(graph: nx.Graph) -> dict[str, float]:
    """networkx's Brandes on the co-membership network, tie length L / w with L = lcm(1..max w)
    (integers, so equal lengths compare exactly)."""
    network = co_membership(graph)
    scale = math.lcm(*range(1, max(w for _a, _b, w in network.edges(data="weight")) + 1))
    for _a, _b, tie in network.edges(data=True):
        tie["length"] = scale // tie["weight"]
    found: dict[str, float] = nx.betweenness_centrality(network, weight="length")
    return found


@pytest.mark.parametrize(
    ("shared", "chain"),
    [
        (5, 12),
        # x and y sit together in 43 bodies: lcm(1..43) no longer fits in 64 bits
        (43, 1),
        # 42 shared bodies and a chain of 12 weak ties: 12 · lcm(1..42) passes int64 max / 4
        (42, 12),
    ],
)
def test_brokers_with_many_shared_bodies(shared: int, chain: int) -> None:
    # x and y share ``shared`` bodies; w hangs off x; a chain y - c0 - c1 - … hangs off y
    bodies = {f"B{i}": "xy" for i in range(shared)}
    bodies["W"] = "xw"
    previous = "y"
    for i in range(chain):
        link = chr(ord("a") + i)
        bodies[f"C{i}"] = previous + link
        previous = link
    graph = _graph_of(bodies)
    expected = _reference_betweenness(graph)
    found = {b.state: b.betweenness for b in brokers(graph, top=None)}
    assert found == pytest.approx(expected)


def test_body_communities_two_groups() -> None:
    # A1/A2 share a b c (Jaccard 3/5), B1/B2 share p q r (3/6); one weak tie A2-B2 through e
    graph = _graph_of({"A1": "abcd", "A2": "abce", "B1": "pqrs", "B2": "pqrte"})
    assert body_communities(graph) == [("A1", "A2"), ("B1", "B2")]


def test_body_communities_without_shared_members() -> None:
    # no body shares a member: each body with members is its own community; empty ones are left
    graph = _graph_of({"X": "ab", "Y": "cd", "Z": ""})
    assert body_communities(graph) == [("X",), ("Y",)]
