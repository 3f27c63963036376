"""The pan-continental test over every organisation the graph knows: curated bodies, the final
Factbook's and COW IGO's — each body's members taken from the highest layer that has it.

Which layer answers for a body (never mixed within one body):

1. ``curated`` — the 26 bodies with curated spells, on the day asked;
2. ``factbook-2026-01`` — otherwise the Factbook snapshot, for days from 2026-01-01 (a body the
   Factbook lists is taken as it stood in January 2026);
3. ``cow-igo-v3`` — otherwise COW: spells in force in the day's year; a spell still open in
   2014 counts *as last observed in 2014* (status ``observed-until-2014``: the report names
   those bodies, it does not take them as known to be ongoing).

Example:
    >>> from blocgraph.store import Store
    >>> universe = load_universe(Store.open(get_settings().store))     # doctest: +SKIP
    >>> universe_report(universe)["pan_continental"]                    # doctest: +SKIP
    []
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from blocgraph.analysis._coverage import BodyShare, body_share, coverage
from blocgraph.analysis._data import MembershipData, Spell, load_membership_data
from blocgraph.analysis._graph import (
    DEFAULT_ROLES,
    continent_states,
    membership_graph,
    resolve_region,
)
from blocgraph.lookup._layers import COW_LAST_YEAR, FACTBOOK_FROM, Observed, read_observed
from blocgraph.store import GraphStore
from blocgraph.vocab import SPARQL_PREFIXES

_CATALOGUE = (
    SPARQL_PREFIXES
    + """
SELECT ?key ?name WHERE {
    ?b a bg:CatalogueBody ; bg:key ?key ; skos:prefLabel ?name FILTER (lang(?name) = "en")
}"""
)


@dataclass(slots=True)
class Universe:
    """The curated membership data, every lower-layer spell, and every organisation's name."""

    data: MembershipData
    observed: list[Observed] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)


def load_universe(store: GraphStore, data: MembershipData | None = None) -> Universe:
    """Read the curated data (unless ``data`` is that, read already), the catalogue's names
    and every lower-layer spell (the I/O)."""
    if data is None:
        data = load_membership_data(store)
    universe = Universe(data, read_observed(store, light=True))
    universe.names = dict(universe.data.body_names)
    for row in store.select(_CATALOGUE):
        universe.names.setdefault(str(row["key"]), str(row["name"]))
    return universe


def _layered_spells(universe: Universe, day: date) -> tuple[list[Spell], dict[str, str]]:
    """Spells in force on ``day`` per body from the highest layer that has the body, and the
    layer (with its status) that answered for each body."""
    spells = [s for s in universe.data.spells if s.in_force(day)]
    layer_of = {s.body: "curated" for s in universe.data.spells}
    factbook: dict[str, list[Observed]] = {}
    cow: dict[str, list[Observed]] = {}
    for item in universe.observed:
        if item.body in layer_of:
            continue
        (factbook if item.layer == "factbook-2026-01" else cow).setdefault(item.body, []).append(
            item
        )
    for body, items in factbook.items():
        layer_of[body] = "factbook-2026-01"
        if day >= FACTBOOK_FROM:
            spells.extend(Spell(body, o.state, o.role, FACTBOOK_FROM, None) for o in items)
    for body, items in cow.items():
        if body in layer_of:
            continue
        censored = False
        for item in items:
            status = item.status_on(day)
            if status is None:
                continue
            censored = censored or (item.censored and day.year > COW_LAST_YEAR)
            start = date(item.first or COW_LAST_YEAR, 1, 1)
            spells.append(Spell(body, item.state, item.role, start, None))
        layer_of[body] = "cow-igo-v3" + (" (observed-until-2014)" if censored else "")
    return spells, layer_of


def universe_data(universe: Universe, day: date) -> tuple[MembershipData, dict[str, str]]:
    """The membership data every report takes, over every organisation as the layers say on
    ``day`` (one layer per body, see the module's docstring), and the layer of each body.

    Any report of :mod:`blocgraph.analysis` runs on it (overlaps, covers, brokers …).
    """
    spells, layer_of = _layered_spells(universe, day)
    data = universe.data
    view = MembershipData(
        spells=spells,
        state_names=data.state_names,
        state_status=data.state_status,
        state_regions=data.state_regions,
        state_extra_regions=data.state_extra_regions,
        region_names=data.region_names,
        region_parts=data.region_parts,
        region_children=data.region_children,
        continents=data.continents,
        body_names=universe.names,
        civilizations=data.civilizations,
    )
    return view, layer_of


def universe_report(
    universe: Universe,
    *,
    continent: str = "Eurasia",
    as_of: date | None = None,
    threshold: float = 0.9,
    top: int = 10,
    transcontinental: bool = False,
    min_inside: float = 0.5,
) -> dict[str, Any]:
    """Coverage of ``continent`` by every organisation: the pan-continental test, the bodies
    that come closest (continental ones, and any), and which layer answered for each.

    A body is *continental* when more than ``min_inside`` of its members lie in the continent
    (0.5: the definition of :func:`coverage`). Over the whole universe 0.5 lets in near-universal
    bodies with a slight skew (Eurasia holds 92 of the world's ~200 states): pass 0.75 for
    regional bodies only; the report gives ``inside_share`` for every body listed.

    Returns:
        A JSON-ready dict: ``continent``, ``as_of``, ``states``, ``organisations`` (how many
        have members that day, per layer), ``pan_continental``, ``closest_continental`` and
        ``closest_any`` (each body with members, members in the continent, share, continental,
        layer, name), ``threshold``.
    """
    day = as_of or date.today()
    data = universe.data
    code = resolve_region(data, continent)
    states = continent_states(data, code, transcontinental=transcontinental)
    view, layer_of = universe_data(universe, day)
    spells = view.spells
    graph = membership_graph(view, day, DEFAULT_ROLES)
    result = coverage(
        graph, states, name=data.region_names[code], code=code, as_of=day, threshold=threshold
    )
    active = sorted({s.body for s in spells if s.role in DEFAULT_ROLES})
    shares = [body_share(graph, b, states) for b in active]

    def inside(share: BodyShare) -> float:
        return share.members_in_continent / share.members if share.members else 0.0

    def regional(share: BodyShare) -> bool:
        return inside(share) > min_inside

    def describe(share: BodyShare) -> dict[str, Any]:
        return {
            **asdict(share),
            "continental": regional(share),
            "inside_share": round(inside(share), 4),
            "layer": layer_of.get(share.body, "curated"),
            "name": universe.names.get(share.body, share.body),
        }

    ranked = sorted(shares, key=lambda s: (-s.share, s.body))
    pan = [s.body for s in ranked if regional(s) and s.share >= threshold]
    per_layer: dict[str, int] = {}
    for body in active:
        name = layer_of.get(body, "curated").split(" ")[0]
        per_layer[name] = per_layer.get(name, 0) + 1
    return {
        "continent": result.continent,
        "continent_code": code,
        "as_of": day.isoformat(),
        "states": result.states,
        "organisations": {"with_members": len(active), "by_layer": per_layer},
        "pan_continental": pan,
        "closest_continental": [describe(s) for s in ranked if regional(s)][:top],
        "closest_any": [describe(s) for s in ranked][:top],
        "threshold": threshold,
        "min_inside": min_inside,
    }
