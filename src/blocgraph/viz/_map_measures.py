"""What a coverage map shows: each state's value under a measure (how many of the bodies it is
in, whether it is in any, or its role in one body), the classes of the legend and the tooltips.
The drawing is in ``_map``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from blocgraph.analysis import MembershipData, continent_states, membership_graph, resolve_region
from blocgraph.analysis._defaults import bodies_for_region
from blocgraph.viz import _palette as pal
from blocgraph.viz._common import (
    ROLE_LABELS,
    body_key,
    check_roles,
    chosen_bodies,
    members,
    roles_text,
)
from blocgraph.viz._scene import Fill

#: When a state holds several roles in a body at once, the one shown.
_ROLE_ORDER = (
    "member",
    "participating_state",
    "suspended",
    "associate_member",
    "frozen",
    "candidate",
    "observer",
    "partner",
    "dialogue_partner",
)


@dataclass(slots=True)
class _Class:
    """One legend entry: the states whose value falls in it share its fill."""

    key: str
    label: str
    fill: Fill
    states: int = 0
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class _StateValue:
    iso3: str
    name: str
    bodies: tuple[str, ...]
    value: str
    cls: _Class
    gap: bool
    tooltip: str | None = None
    """Set by a measure whose tooltip is not about bodies (``relations:KEY``)."""
    attrs: dict[str, str] = field(default_factory=dict)
    """More ``data-*`` attributes of the state's shape."""


@dataclass(slots=True)
class _Analysis:
    region: str
    code: str
    day: date
    chosen: list[str]
    measure: str
    roles: tuple[str, ...]
    values: dict[str, _StateValue]
    classes: list[_Class]
    legend_title: str
    title: str
    subtitle: list[str] = field(default_factory=list)
    context_label: str = "not counted"
    gap_label: str = ""
    """The list of hatched states below the legend starts with this (default: by bodies)."""
    footnote: str | None = None
    """What the keys of the map mean (default: the bodies' names)."""
    data_credit: str = "blocgraph reference data (sourced membership spells)"


def _count_classes(n: int) -> list[tuple[int, int]]:
    """Legend classes for counts 1..n: one per count up to 8, then widening bins."""
    if n <= 8:
        return [(i, i) for i in range(1, n + 1)]
    bins = [(1, 1), (2, 2), (3, 3)]
    low, width = 4, 2
    while low <= n:
        bins.append((low, min(n, low + width - 1)))
        low += width
        width *= 2
    return bins


def _analyse(
    data: MembershipData,
    continent: str,
    bodies: Sequence[str] | None,
    as_of: date | None,
    measure: str,
    roles: Sequence[str],
) -> _Analysis:
    code = resolve_region(data, continent)
    region = data.region_names[code]
    day = as_of or date.today()
    role_keys = check_roles(roles)
    states = continent_states(data, code)
    graph = membership_graph(data, day, role_keys)
    if measure.startswith("body:"):
        chosen = [body_key(data, measure[5:])]
    elif measure in ("count", "gaps"):
        # no bodies: the region's default, as ``coverage`` and the home page pick it
        picked = bodies if bodies is not None else bodies_for_region(data, graph, code, states)
        chosen = chosen_bodies(data, picked)
    else:
        raise ValueError(
            f"unknown measure {measure!r}: use count, gaps, body:KEY (body:SCO) or "
            "relations:KEY (relations:RUS)"
        )
    sets = {b: members(graph, b) for b in chosen}
    in_bodies = {s: tuple(sorted(b for b in chosen if s in sets[b])) for s in states}
    analysis = _Analysis(region, code, day, chosen, measure, role_keys, {}, [], "", "")

    def add(iso3: str, value: str, cls: _Class) -> None:
        cls.states += 1
        name = data.state_names.get(iso3, iso3)
        analysis.values[iso3] = _StateValue(
            iso3, name, in_bodies[iso3], value, cls, not in_bodies[iso3]
        )

    if measure == "count":
        _count_measure(analysis, in_bodies, add)
    elif measure == "gaps":
        _gaps_measure(analysis, in_bodies, add)
    else:
        _body_measure(analysis, data, in_bodies, add)
    counted = roles_text(role_keys)
    analysis.subtitle = [
        f"Member: {counted}. Other colours: the state's role in the body on that day; "
        "hatched: no role at all."
        if measure.startswith("body:")
        else f"Membership counts {counted}. Hatched: in none of these bodies."
    ]
    analysis.subtitle.append(
        "Grey: not a UN member or observer state (Kosovo, Taiwan …), or a territory."
        if code == "001"
        else f"Grey: outside {region}, or not a UN member or observer state (Kosovo, Taiwan …)."
    )
    analysis.context_label = "not counted" if code == "001" else f"outside {region} / not counted"
    return analysis


_Add = Callable[[str, str, _Class], None]


def _gap_class(analysis: _Analysis, key: str) -> _Class:
    chosen = analysis.chosen
    label = "in none (gap)" if len(chosen) > 1 else f"not in the {chosen[0]}"
    return _Class(key, label, pal.GAP)


def _count_measure(analysis: _Analysis, in_bodies: dict[str, tuple[str, ...]], add: _Add) -> None:
    """How many of the chosen bodies each state is in: one class per count (bins past 8)."""
    bins = _count_classes(len(analysis.chosen))
    classes = [
        _Class(
            f"{lo}" if lo == hi else f"{lo}-{hi}",
            (f"{lo}" if lo == hi else f"{lo}–{hi}") + (" body" if hi == 1 else " bodies"),
            colour,
            attrs={"data-min": str(lo), "data-max": str(hi)},
        )
        for (lo, hi), colour in zip(bins, pal.sequential(len(bins)), strict=True)
    ]
    gap = _gap_class(analysis, "0")
    analysis.classes = [gap, *classes]
    for state in sorted(in_bodies):
        count = len(in_bodies[state])
        index = next((i for i, (lo, hi) in enumerate(bins) if lo <= count <= hi), None)
        add(state, str(count), gap if index is None else classes[index])
    gaps = sum(1 for b in in_bodies.values() if not b)
    analysis.legend_title = f"Number of these {len(analysis.chosen)} bodies a state belongs to"
    analysis.title = (
        f"{analysis.region}: membership in {', '.join(analysis.chosen)} as of "
        f"{analysis.day.isoformat()} — {gaps} of {len(in_bodies)} states in none"
    )


def _gaps_measure(analysis: _Analysis, in_bodies: dict[str, tuple[str, ...]], add: _Add) -> None:
    """In none of the chosen bodies, or in at least one."""
    gap = _gap_class(analysis, "gap")
    covered = _Class("covered", "in at least one", pal.COVERED)
    analysis.classes = [gap, covered]
    for state in sorted(in_bodies):
        add(state, "covered" if in_bodies[state] else "gap", covered if in_bodies[state] else gap)
    analysis.legend_title = f"In any of these {len(analysis.chosen)} bodies?"
    analysis.title = (
        f"{analysis.region}: states in none of {', '.join(analysis.chosen)} as of "
        f"{analysis.day.isoformat()} — {gap.states} of {len(in_bodies)}"
    )


def _body_measure(
    analysis: _Analysis, data: MembershipData, in_bodies: dict[str, tuple[str, ...]], add: _Add
) -> None:
    """Each state's role in one body on the day: member (by the counted roles), another role
    it holds (observer, partner …), or none."""
    key = analysis.chosen[0]
    held: dict[str, set[str]] = {}
    for spell in data.spells:
        if spell.body == key and spell.in_force(analysis.day):
            held.setdefault(spell.state, set()).add(spell.role)
    member = _Class("member", "member", pal.ROLE_COLOURS["member"])
    none = _Class("none", "no role", pal.GAP)
    by_role: dict[str, _Class] = {}
    for state in sorted(in_bodies):
        role = next((r for r in _ROLE_ORDER if r in held.get(state, set())), None)
        if in_bodies[state]:
            add(state, "member", member)
        elif role is None:
            add(state, "none", none)
        else:
            if role not in by_role:
                label = ROLE_LABELS.get(role, role).removesuffix("s")
                by_role[role] = _Class(role, label, pal.ROLE_COLOURS.get(role, pal.COVERED))
            add(state, role, by_role[role])
    others = [by_role[r] for r in _ROLE_ORDER if r in by_role]
    analysis.classes = [none, member, *others]
    analysis.legend_title = f"Role in the {key} ({data.body_names.get(key, key)})"
    more = sum(c.states for c in others)
    analysis.title = (
        f"{analysis.region}: the {key} as of {analysis.day.isoformat()} — {member.states} of "
        f"{len(in_bodies)} states are members"
        + (f", {more} more hold another role" if more else "")
    )


# --- scene --------------------------------------------------------------------------------------


def _tooltip(value: _StateValue, analysis: _Analysis) -> str:
    if value.tooltip is not None:
        return value.tooltip
    if analysis.measure.startswith("body:"):
        role = value.value
        what = "no role" if role == "none" else ROLE_LABELS.get(role, role).removesuffix("s")
        return f"{value.name} ({value.iso3}): {what} in the {analysis.chosen[0]}"
    if value.bodies:
        return f"{value.name} ({value.iso3}): {', '.join(value.bodies)}"
    return f"{value.name} ({value.iso3}): in none of {', '.join(analysis.chosen)}"
