"""The analyst queries the benchmark sends, written with the ontology's terms.

Every query reads the default graph, which both servers make the union of the named graphs
(``…/graph/reference`` and ``…/graph/ontology``). Membership "as of D" is the ontology's own
idiom: ``bg:startDate <= D`` and no ``bg:endDate`` or one after D (the end is exclusive).

Both servers get the same text. Each query is written in the form that was fastest on the peer
(rdflib) among the equivalent forms tried, and that is also fast on Oxigraph, so that the ratios
are not inflated by one engine's join ordering:

- rdflib evaluates first, as one block, every pattern with two constant terms (``?m a
  bg:Membership``, ``?m org:role <member>``, ``?s bg:iso3 "RUS"``): two such patterns on
  different spells make a cross product. So the role is a FILTER where two spells are joined
  (``in_both``, ``pairwise_overlap``), ``a bg:Membership`` is left out (``org:member`` says it),
  and the member's code is read with one ``skos:notation`` pattern (states and bodies both
  carry their code there) rather than a UNION of ``bg:iso3`` and ``bg:key``. The constant forms
  are 10 to 1000 times slower on rdflib (5 s instead of 19 ms for ``in_both`` on the real graph).
- Oxigraph evaluates a pattern that follows an OPTIONAL on its own and joins it afterwards,
  so every required pattern comes first, then the OPTIONAL ends, then the date FILTER.

Example:
    >>> sorted(q.key for q in analyst_queries(Subjects("RUS", "SCO", "CSTO")))
    ['as_of', 'bodies_of', 'both', 'members_per_body', 'overlap']
    >>> "GROUP BY" in members_per_body("2025-01-01")
    True
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

PREFIXES = """PREFIX bg: <https://w3id.org/blocgraph/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
MEMBER_ROLE = "<https://w3id.org/blocgraph/id/role/member>"

#: The day the "as of" queries ask about.
AS_OF = "2025-01-01"
#: The day the "membership as of a date" query asks about.
HISTORY_DAY = "2020-01-01"

TRIPLE_COUNT = "SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }"


@dataclass(frozen=True, slots=True)
class Subjects:
    """What the queries ask about in one dataset: a state, and two bodies to intersect."""

    state: str
    body_a: str
    body_b: str


@dataclass(frozen=True, slots=True)
class Query:
    """One benchmark query: a short key, a title for the table, the SPARQL text, and whether it
    is one of the heavy ones (aggregates and scans of every spell)."""

    key: str
    title: str
    text: str
    heavy: bool


def _in_force(day: str, spells: tuple[str, ...], *conditions: str) -> str:
    """The tail of a group keeping each spell ``?{spell}`` in force on ``day``: required start
    dates, then optional ends, then one FILTER (with any further ``conditions``)."""
    starts = " ".join(f"?{s} bg:startDate ?{s}Start ." for s in spells)
    ends = "\n    ".join(f"OPTIONAL {{ ?{s} bg:endDate ?{s}End }}" for s in spells)
    tests = [
        *conditions,
        *(
            f'?{s}Start <= "{day}"^^xsd:date && (!BOUND(?{s}End) || ?{s}End > "{day}"^^xsd:date)'
            for s in spells
        ),
    ]
    joined = "\n        && ".join(tests)
    return f"{starts}\n    {ends}\n    FILTER ({joined})"


def bodies_of(state: str) -> str:
    """Every spell of ``state`` in any body, past and present: body, role, start, end."""
    return (
        PREFIXES
        + f"""SELECT ?body ?role ?start ?end WHERE {{
    ?state bg:iso3 "{state}" .
    ?m org:member ?state ; org:organization ?b ; org:role ?r ; bg:startDate ?start .
    ?b bg:key ?body .
    ?r skos:notation ?role .
    OPTIONAL {{ ?m bg:endDate ?end }}
}} ORDER BY ?body ?start ?role"""
    )


def in_both(body_a: str, body_b: str, day: str) -> str:
    """States that are full members of both bodies on ``day``."""
    return (
        PREFIXES
        + f"""SELECT DISTINCT ?iso3 WHERE {{
    ?a bg:key "{body_a}" .
    ?b bg:key "{body_b}" .
    ?m1 org:organization ?a ; org:member ?state ; org:role ?role1 .
    ?m2 org:organization ?b ; org:member ?state ; org:role ?role2 .
    ?state bg:iso3 ?iso3 .
    {_in_force(day, ("m1", "m2"), f"?role1 = {MEMBER_ROLE} && ?role2 = {MEMBER_ROLE}")}
}} ORDER BY ?iso3"""
    )


def members_per_body(day: str) -> str:
    """How many full members each body has on ``day`` (GROUP BY)."""
    return (
        PREFIXES
        + f"""SELECT ?body (COUNT(DISTINCT ?member) AS ?members) WHERE {{
    ?m org:organization ?b ; org:member ?member ; org:role {MEMBER_ROLE} .
    ?b bg:key ?body .
    {_in_force(day, ("m",))}
}} GROUP BY ?body ORDER BY DESC(?members) ?body"""
    )


def pairwise_overlap(day: str) -> str:
    """For every pair of bodies, how many full members they share on ``day``."""
    return (
        PREFIXES
        + f"""SELECT ?a ?b (COUNT(DISTINCT ?member) AS ?shared) WHERE {{
    ?m1 org:organization ?x ; org:member ?member ; org:role ?role1 .
    ?m2 org:organization ?y ; org:member ?member ; org:role ?role2 .
    ?x bg:key ?a .
    ?y bg:key ?b .
    {_in_force(day, ("m1", "m2"), "?a < ?b", f"?role1 = {MEMBER_ROLE} && ?role2 = {MEMBER_ROLE}")}
}} GROUP BY ?a ?b ORDER BY DESC(?shared) ?a ?b"""
    )


def as_of(day: str) -> str:
    """Every spell in force on ``day``, in any role: body, member code, role."""
    return (
        PREFIXES
        + f"""SELECT ?body ?member ?role WHERE {{
    ?m org:organization ?b ; org:member ?who ; org:role ?r .
    ?b bg:key ?body .
    ?r skos:notation ?role .
    ?who skos:notation ?member .
    {_in_force(day, ("m",))}
}} ORDER BY ?body ?member ?role"""
    )


def lookup_equivalent(state: str, day: date) -> str:
    """What ``GET /api/states/{state}/bodies`` answers, as one SPARQL query: every spell of the
    state in force on ``day`` with its sources, one row per spell and source. The same result
    as the query in ``blocgraph.lookup`` (which starts from ``VALUES`` and a UNION of
    ``bg:iso3`` and ``bg:key``; that form takes seconds on rdflib)."""
    iso = day.isoformat()
    return (
        PREFIXES
        + f"""SELECT ?m ?body ?member ?role ?start ?startPrecision ?end ?endPrecision ?endReason
       ?uncertain ?note ?url ?accessed WHERE {{
    ?who bg:iso3 "{state}" ; bg:iso3 ?member .
    ?m org:member ?who ; org:organization ?b ; org:role ?r ;
       bg:startDate ?start ; prov:wasDerivedFrom ?source .
    ?b bg:key ?body .
    ?r skos:notation ?role .
    ?source dcterms:source ?url ; bg:accessed ?accessed .
    OPTIONAL {{ ?m bg:endDate ?end }}
    OPTIONAL {{ ?m bg:startPrecision ?startPrecision }}
    OPTIONAL {{ ?m bg:endPrecision ?endPrecision }}
    OPTIONAL {{ ?m bg:endReason ?endReason }}
    OPTIONAL {{ ?m bg:uncertain ?uncertain }}
    OPTIONAL {{ ?m skos:note ?note }}
    FILTER (?start <= "{iso}"^^xsd:date && (!BOUND(?end) || ?end > "{iso}"^^xsd:date))
}}"""
    )


def analyst_queries(subjects: Subjects) -> list[Query]:
    """The five analyst queries for one dataset, lightest first."""
    pair = f"{subjects.body_a} and {subjects.body_b}"
    return [
        Query("bodies_of", f"bodies of {subjects.state}", bodies_of(subjects.state), False),
        Query(
            "both",
            f"states in both {pair} ({AS_OF})",
            in_both(subjects.body_a, subjects.body_b, AS_OF),
            False,
        ),
        Query(
            "members_per_body",
            f"members per body, GROUP BY ({AS_OF})",
            members_per_body(AS_OF),
            True,
        ),
        Query(
            "overlap",
            f"pairwise overlap of all bodies ({AS_OF})",
            pairwise_overlap(AS_OF),
            True,
        ),
        Query("as_of", f"memberships in force on {HISTORY_DAY}", as_of(HISTORY_DAY), True),
    ]
