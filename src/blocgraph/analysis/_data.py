"""Everything the analytics read, fetched from the store in a few queries (the I/O edge)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from blocgraph.store import GraphStore
from blocgraph.vocab import SPARQL_PREFIXES

_SPELLS = (
    SPARQL_PREFIXES
    + """
SELECT ?body ?member ?role ?start ?end WHERE {
    ?m a bg:Membership ; org:organization/bg:key ?body ; org:member ?who ;
       org:role/skos:notation ?role ; bg:startDate ?start .
    ?who a bg:State ; bg:iso3 ?member .
    OPTIONAL { ?m bg:endDate ?end }
}"""
)

_STATES = (
    SPARQL_PREFIXES
    + """
SELECT ?iso3 ?name ?status ?region ?extra WHERE {
    ?s a bg:State ; bg:iso3 ?iso3 ; bg:status/skos:notation ?status .
    OPTIONAL { ?s skos:prefLabel ?name FILTER (lang(?name) = "en") }
    OPTIONAL { ?s bg:locatedIn/skos:notation ?region }
    OPTIONAL { ?s bg:alsoLocatedIn/skos:notation ?extra }
}"""
)

_REGIONS = (
    SPARQL_PREFIXES
    + """
SELECT ?code ?name ?parent ?isContinent WHERE {
    ?r a ?type ; skos:notation ?code ; skos:prefLabel ?name .
    VALUES ?type { bg:Region bg:Continent }
    FILTER (lang(?name) = "en")
    OPTIONAL { ?r skos:broader/skos:notation ?parent }
    BIND (?type = bg:Continent AS ?isContinent)
}"""
)

_UNIONS = (
    SPARQL_PREFIXES
    + """
SELECT ?code ?part WHERE {
    ?r a bg:Continent ; skos:notation ?code ; skos:narrower/skos:notation ?part .
}"""
)

_BODIES = (
    SPARQL_PREFIXES
    + """
SELECT ?key ?name WHERE {
    ?b a bg:Body ; bg:key ?key ; skos:prefLabel ?name FILTER (lang(?name) = "en")
}"""
)

_CIVILIZATIONS = (
    SPARQL_PREFIXES
    + """
SELECT ?scheme ?state ?civilization WHERE {
    ?a a bg:CivilizationAssignment ; bg:state/bg:iso3 ?state ;
       bg:civilization ?c .
    ?c skos:notation ?civilization ; skos:inScheme ?s .
    BIND (STRAFTER(STR(?s), "civilization-scheme/") AS ?scheme)
}"""
)


@dataclass(frozen=True, slots=True)
class Spell:
    """One membership spell of a state: [start, end)."""

    body: str
    state: str
    role: str
    start: date
    end: date | None

    def in_force(self, day: date) -> bool:
        """Whether the spell holds on ``day``."""
        return self.start <= day and (self.end is None or self.end > day)


@dataclass(slots=True)
class MembershipData:
    """Spells, states with their regions and status, regions, bodies and civilizations."""

    spells: list[Spell] = field(default_factory=list)
    state_names: dict[str, str] = field(default_factory=dict)
    state_status: dict[str, str] = field(default_factory=dict)
    state_regions: dict[str, set[str]] = field(default_factory=dict)
    """M49 codes each state lies in (region, sub-region, intermediate region)."""
    state_extra_regions: dict[str, set[str]] = field(default_factory=dict)
    """Further continents of transcontinental states (sourced placements)."""
    region_names: dict[str, str] = field(default_factory=dict)
    region_parts: dict[str, set[str]] = field(default_factory=dict)
    """Regions defined as unions of others (Eurasia = Europe ∪ Asia)."""
    region_children: dict[str, set[str]] = field(default_factory=dict)
    """M49 sub-regions of each region (World → the five regions …)."""
    continents: set[str] = field(default_factory=set)
    body_names: dict[str, str] = field(default_factory=dict)
    civilizations: dict[str, dict[str, str]] = field(default_factory=dict)
    """scheme → state → civilization key"""


def load_membership_data(store: GraphStore) -> MembershipData:
    """Read everything the analytics need from ``store`` (five queries)."""
    data = MembershipData()
    for row in store.select(_SPELLS):
        end = row["end"]
        data.spells.append(
            Spell(
                str(row["body"]),
                str(row["member"]),
                str(row["role"]),
                date.fromisoformat(str(row["start"])),
                date.fromisoformat(end) if end else None,
            )
        )
    for row in store.select(_STATES):
        code = str(row["iso3"])
        data.state_names.setdefault(code, str(row["name"] or code))
        data.state_status[code] = str(row["status"])
        regions = data.state_regions.setdefault(code, set())
        if row["region"]:
            regions.add(str(row["region"]))
        if row["extra"]:
            data.state_extra_regions.setdefault(code, set()).add(str(row["extra"]))
    for row in store.select(_REGIONS):
        code = str(row["code"])
        data.region_names[code] = str(row["name"])
        if row["isContinent"] == "true":
            data.continents.add(code)
        if row["parent"]:
            data.region_children.setdefault(str(row["parent"]), set()).add(code)
    for row in store.select(_UNIONS):
        data.region_parts.setdefault(str(row["code"]), set()).add(str(row["part"]))
    for row in store.select(_BODIES):
        data.body_names[str(row["key"])] = str(row["name"])
    for row in store.select(_CIVILIZATIONS):
        data.civilizations.setdefault(str(row["scheme"]), {})[str(row["state"])] = str(
            row["civilization"]
        )
    return data
