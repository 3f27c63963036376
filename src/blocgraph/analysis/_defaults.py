"""The bodies an analysis looks at when none are given — one rule for the CLI (``coverage``,
``map``), the API (``/api/analysis/coverage``, ``/api/maps/coverage.*``) and the home page:

* **Eurasia**: the seed's six (CIS, EAEU, CSTO, SCO, ASEAN, OSCE), the project's question —
  those of them the graph has;
* **any other region**: its own bodies, those most of whose members lie in it on that day
  (Africa: the AES, AU, CEN-SAD, COI, COMESA, CPLP, EAC, ECCAS, ECOWAS, GGC, ICGLR, IGAD, LCBC,
  the Nile Basin Initiative, OHADA, SADC, WAEMU; the Americas: the ACS, ACTO, ALBA, the Andean
  Community, CARICOM, CDB, CELAC, MERCOSUR,
  the OAS, OECS, the Pacific Alliance, PROSUR, SICA, UNASUR; Europe: the Arctic Council, ASEM,
  BEAC, BSEC, CBSS, CEFTA, CEI, COE, EFTA, EU, G7, NATO, OECD, OSCE, V4 …; Oceania: the MSG);
* **a region with no body of its own** (Micronesia, Polynesia today): the six bodies with the
  most members there.

Example:
    >>> from blocgraph.analysis._data import MembershipData, Spell
    >>> d = MembershipData(
    ...     spells=[Spell("AU", "NGA", "member", date(2002, 7, 9), None),
    ...             Spell("SCO", "KAZ", "member", date(2001, 6, 15), None)],
    ...     state_status={"NGA": "un_member", "KAZ": "un_member"},
    ...     state_regions={"NGA": {"002"}, "KAZ": {"142"}},
    ...     region_names={"002": "Africa", "142": "Asia", "150": "Europe", "EURASIA": "Eurasia"},
    ...     region_parts={"EURASIA": {"142", "150"}},
    ...     body_names={"AU": "African Union", "SCO": "SCO"})
    >>> default_bodies(d, "Africa", date(2024, 1, 1))
    ['AU']
    >>> default_bodies(d, "Eurasia", date(2024, 1, 1))
    ['SCO']
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import networkx as nx

from blocgraph.analysis._brokers import SEED_BODIES
from blocgraph.analysis._coverage import continental_bodies
from blocgraph.analysis._data import MembershipData
from blocgraph.analysis._graph import (
    DEFAULT_ROLES,
    continent_states,
    members,
    membership_graph,
    resolve_region,
)

#: At most this many bodies when a region has none of its own.
FALLBACK_SIZE = 6


def bodies_for_region(
    data: MembershipData, graph: nx.Graph, code: str, states: set[str]
) -> list[str]:
    """The default bodies of the region ``code`` (its ``states``) in ``graph`` (see above)."""
    if code == "EURASIA":
        seed = [b for b in SEED_BODIES if b in data.body_names]
        if seed:
            return seed
    own = continental_bodies(graph, states)
    if own:
        return own
    counts = {
        b: len(members(graph, b) & states)
        for b in data.body_names
        if b in graph and members(graph, b) & states
    }
    return sorted(counts, key=lambda b: (-counts[b], b))[:FALLBACK_SIZE]


def default_bodies(
    data: MembershipData,
    continent: str = "Eurasia",
    as_of: date | None = None,
    roles: Sequence[str] = DEFAULT_ROLES,
    *,
    transcontinental: bool = False,
) -> list[str]:
    """The bodies ``coverage``, ``map`` and the home page use for ``continent`` when none are
    given (the rule in the module's docstring), on ``as_of`` (default: today).

    Raises:
        ValueError: an unknown continent or region.
    """
    code = resolve_region(data, continent)
    states = continent_states(data, code, transcontinental=transcontinental)
    graph = membership_graph(data, as_of or date.today(), roles)
    return bodies_for_region(data, graph, code, states)
