"""Overlap matrix and UpSet chart: the numbers they draw are the analysis' numbers."""

from __future__ import annotations

import pytest

from blocgraph.analysis import (
    SEED_BODIES,
    MembershipData,
    exclusive_intersections,
    membership_graph,
    overlap_report,
    pairwise_overlaps,
)
from blocgraph.viz import overlap_matrix_svg, upset_svg
from tests.viz.conftest import DAY, EARLY, SVG, classes, parse, with_class

MORE = ("ASEAN", "SCO", "OSCE", "CIS", "EAEU", "CSTO", "BRICS", "OIC", "LAS", "CICA", "EU")


@pytest.mark.parametrize("day", [DAY, EARLY])
@pytest.mark.parametrize("bodies", [SEED_BODIES, MORE])
def test_matrix_cells_are_the_pairwise_overlaps(
    data: MembershipData, day: object, bodies: tuple[str, ...]
) -> None:
    root = parse(overlap_matrix_svg(data, bodies=bodies, as_of=day))  # type: ignore[arg-type]
    assert root.get("data-as-of") == str(day)
    cells = {(c.get("data-row"), c.get("data-col")): c for c in with_class(root, "cell")}
    assert len(cells) == len(bodies) ** 2
    graph = membership_graph(data, day)  # type: ignore[arg-type]
    for pair in pairwise_overlaps(graph, bodies):
        for row, col in ((pair.a, pair.b), (pair.b, pair.a)):
            cell = cells[(row, col)]
            assert int(cell.get("data-count") or -1) == pair.shared
            assert float(cell.get("data-jaccard") or -1) == pytest.approx(pair.jaccard, abs=1e-3)
            assert cell.get("data-bodies") == " ".join(sorted((row, col)))
    members = overlap_report(data, chosen=bodies, as_of=day)["bodies"]  # type: ignore[arg-type]
    for body in bodies:
        cell = cells[(body, body)]
        assert "diagonal" in classes(cell)
        assert int(cell.get("data-count") or -1) == len(members[body])


def test_matrix_shows_the_numbers_and_labels(data: MembershipData) -> None:
    root = parse(overlap_matrix_svg(data, as_of=DAY))
    texts = [t.text for t in root.iter(f"{SVG}text")]
    for body in SEED_BODIES:
        assert texts.count(body) == 2  # a row and a column label
    cell = next(c for c in with_class(root, "cell") if c.get("data-row") == "CIS")
    assert cell.find(f"{SVG}text") is not None
    title = " ".join(t.text or "" for t in with_class(root, "title"))
    assert "2026-11-27" in title and "CIS, EAEU, CSTO, SCO, ASEAN, OSCE" in title


@pytest.mark.parametrize("bodies", [SEED_BODIES, MORE])
def test_upset_bars_are_the_exclusive_intersections(
    data: MembershipData, bodies: tuple[str, ...]
) -> None:
    root = parse(upset_svg(data, bodies=bodies, as_of=DAY, top=100))
    bars = [
        (b.get("data-bodies"), int(b.get("data-count") or -1), b.get("data-states"))
        for b in with_class(root, "intersection")
    ]
    expected = [
        (" ".join(sorted(i.bodies)), len(i.states), " ".join(i.states))
        for i in exclusive_intersections(membership_graph(data, DAY), bodies)
    ]
    assert bars == expected  # same combinations, same order (largest first)
    counts = [c for _, c, _ in bars]
    assert counts == sorted(counts, reverse=True)
    sizes = {
        s.get("data-body"): int(s.get("data-count") or -1) for s in with_class(root, "set-size")
    }
    members = overlap_report(data, chosen=bodies, as_of=DAY)["bodies"]
    assert sizes == {b: len(members[b]) for b in bodies}


def test_upset_dots_mark_each_combination(data: MembershipData) -> None:
    root = parse(upset_svg(data, as_of=DAY))
    for bar in with_class(root, "intersection"):
        combo = bar.get("data-bodies")
        dots = [d for d in with_class(root, "dot") if d.get("data-bodies") == combo]
        assert len(dots) == len(SEED_BODIES)
        filled = sorted(d.get("data-body") or "" for d in dots if "in" in classes(d))
        assert " ".join(filled) == combo


def test_upset_top_truncates_with_a_note(data: MembershipData) -> None:
    root = parse(upset_svg(data, bodies=MORE, as_of=DAY, top=5))
    total = len(exclusive_intersections(membership_graph(data, DAY), MORE))
    assert total > 5
    assert len(list(with_class(root, "intersection"))) == 5
    assert root.get("data-combinations") == str(total)
    [note] = list(with_class(root, "note"))
    assert f"Showing the 5 largest of {total} combinations" in (note.text or "")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda d: overlap_matrix_svg(d, bodies=["CIS", "XYZ"]), "unknown body 'XYZ'"),
        (lambda d: upset_svg(d, bodies=["XYZ"]), "unknown body"),
        (lambda d: upset_svg(d, top=0), "top must be"),
        (lambda d: overlap_matrix_svg(d, roles=["boss"]), "unknown role"),
    ],
)
def test_chart_errors(data: MembershipData, call: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call(data)  # type: ignore[operator]
