"""The smallest set of existing bodies whose union covers a continent (or a share of it)."""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CoverResult:
    """A smallest cover, whether it is proven smallest, and what no body covers."""

    bodies: tuple[str, ...]
    covered: int
    target: int
    states: int
    exact: bool
    """True when the search finished, so no smaller set exists"""
    uncoverable: tuple[str, ...]
    """states of the continent in none of the candidate bodies"""
    feasible: bool


def minimum_cover(
    universe: set[str],
    candidates: Mapping[str, set[str]],
    share: float = 1.0,
    node_budget: int = 2_000_000,
    seconds: float = 1.0,
) -> CoverResult:
    """Smallest set of ``candidates`` covering at least ``share`` of ``universe``.

    Exact branch and bound over bitsets: a greedy cover gives the first bound; a full cover
    branches on the uncovered state with the fewest bodies holding it, a partial one on bodies
    largest-first; both prune with ⌈remaining / largest gain⌉. For the real graph (tens of
    bodies) it finishes at once; past ``node_budget`` search nodes or ``seconds`` it returns the
    best cover found with ``exact=False``.

    When ``share`` is 1 and some states are in no candidate, the target is every coverable
    state, and those states are listed as ``uncoverable``.

    Example:
        >>> minimum_cover({"a", "b", "c"}, {"X": {"a", "b"}, "Y": {"c"}, "Z": {"a"}}).bodies
        ('X', 'Y')
    """
    order = sorted(universe)
    index = {state: i for i, state in enumerate(order)}
    masks = {
        body: sum(1 << index[s] for s in states & universe) for body, states in candidates.items()
    }
    masks = {body: mask for body, mask in masks.items() if mask}
    reachable = 0
    for mask in masks.values():
        reachable |= mask
    uncoverable = tuple(s for s in order if not reachable >> index[s] & 1)
    coverable = reachable.bit_count()
    needed = math.ceil(share * len(universe) - 1e-9)
    target = min(needed, coverable) if share < 1 else coverable
    if (share < 1 and needed > coverable) or (universe and not coverable):
        return CoverResult((), coverable, needed, len(universe), True, uncoverable, False)
    # drop dominated sets (subsets of another set): they are never needed in a smallest cover
    names = sorted(masks, key=lambda b: (-masks[b].bit_count(), b))
    kept: list[str] = []
    for body in names:
        if not any(masks[body] | masks[other] == masks[other] for other in kept):
            kept.append(body)
    best = _greedy(kept, masks, target)
    nodes = 0
    exact = True
    stop_at = time.monotonic() + seconds
    holders = {bit: [b for b in kept if masks[b] >> bit & 1] for bit in range(len(order))}

    def out_of_budget() -> bool:
        nonlocal exact
        if nodes > node_budget or (nodes % 1024 == 0 and time.monotonic() > stop_at):
            exact = False
        return not exact

    def lower_bound(covered: int) -> int:
        largest = max(((masks[b] & ~covered).bit_count() for b in kept), default=0)
        return math.ceil((target - covered.bit_count()) / largest) if largest else len(kept) + 1

    def search_full(chosen: list[str], covered: int) -> None:
        # every coverable state must be covered: branch on the state with fewest holders
        nonlocal best, nodes
        nodes += 1
        if out_of_budget():
            return
        missing = reachable & ~covered
        if not missing:
            if len(chosen) < len(best):
                best = list(chosen)
            return
        if len(chosen) + lower_bound(covered) >= len(best):
            return
        bit = min((b for b in range(len(order)) if missing >> b & 1), key=lambda b: len(holders[b]))
        for body in sorted(holders[bit], key=lambda b: -(masks[b] & ~covered).bit_count()):
            chosen.append(body)
            search_full(chosen, covered | masks[body])
            chosen.pop()
            if not exact:
                return

    def search_share(start: int, chosen: list[str], covered: int) -> None:
        # enough states, any of them: choose sets in order, largest first
        nonlocal best, nodes
        nodes += 1
        if out_of_budget():
            return
        if covered.bit_count() >= target:
            if len(chosen) < len(best):
                best = list(chosen)
            return
        if len(chosen) + lower_bound(covered) >= len(best):
            return
        for offset, body in enumerate(kept[start:]):
            if not masks[body] & ~covered:
                continue
            chosen.append(body)
            search_share(start + offset + 1, chosen, covered | masks[body])
            chosen.pop()
            if not exact:
                return

    if target == coverable:
        search_full([], 0)
    else:
        search_share(0, [], 0)
    covered = 0
    for body in best:
        covered |= masks[body]
    return CoverResult(
        tuple(sorted(best)), covered.bit_count(), target, len(universe), exact, uncoverable, True
    )


def _greedy(names: list[str], masks: Mapping[str, int], target: int) -> list[str]:
    chosen: list[str] = []
    covered = 0
    while covered.bit_count() < target:
        body = max(names, key=lambda b: ((masks[b] & ~covered).bit_count(), b))
        if not masks[body] & ~covered:
            break
        chosen.append(body)
        covered |= masks[body]
    return chosen
