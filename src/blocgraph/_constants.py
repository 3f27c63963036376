"""Constants the light modules share (lookups, the CLI's start-up path) without importing
rdflib: the SPARQL prologue of our queries, the base of our IRIs, the membership role keys, the
source tiers, the layers and the treaty promises. :mod:`blocgraph.vocab` and
:mod:`blocgraph.reference` re-export them. Key sets are written once, as a ``Literal`` (what the
API's OpenAPI enums and mypy use), and the tuple is read from it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Literal, get_args

BASE = "https://w3id.org/blocgraph/"
"""Where every IRI blocgraph mints starts (:mod:`blocgraph.vocab` builds its namespaces on it)."""

RELATIONS_GRAPH_IRI = BASE + "graph/relations"
"""The named graph of the curated state relationships (``vocab.RELATIONS_GRAPH`` as text)."""

#: The prologue every query of ours starts with (unused prefixes cost nothing).
SPARQL_PREFIXES = """PREFIX bg: <https://w3id.org/blocgraph/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""

Role = Literal[
    "member",
    "participating_state",
    "associate_member",
    "observer",
    "dialogue_partner",
    "partner",
    "candidate",
    "suspended",
    "frozen",
    "participation_suspended",
]
ROLES: tuple[str, ...] = get_args(Role)
"""Role keys a membership row may use (``withdrawn`` is in the scheme but is an end, not a role)."""

TIERS = ("official", "reference", "secondary")
"""Source tiers, best first (see :mod:`blocgraph.reference`)."""

Layer = Literal["curated", "factbook-2026-01", "cow-igo-v3"]
LAYERS: tuple[str, ...] = get_args(Layer)
"""The layers of facts, highest precedence first (see :mod:`blocgraph.vocab`)."""

Promise = Literal["defence", "offence", "neutrality", "non_aggression", "consultation"]
PROMISES: tuple[str, ...] = get_args(Promise)
"""The five promises of the ATOP codebook (Leeds et al.): to defend a partner attacked; to join
a partner's war; not to aid a partner's attacker; not to attack the partner; to consult in a
crisis."""

RelationKind = Literal[Promise, "partnership", "diplomatic"]
RELATION_KINDS: tuple[str, ...] = get_args(RelationKind)
"""What ``relations --kind`` / ``?kind=`` accept: the five promises, partnerships, relations."""

PARTY_BODIES: Mapping[str, str] = MappingProxyType(
    {
        "EU": "a union with legal personality of its own, which declares strategic partnerships "
        "with states in its own name (EU-China 2003, EU-India 2004 ...)",
    }
)
"""Bodies of ``data/bodies.csv`` that may be a side of a declared partnership, keyed as there,
each with why: a body that acts as a party in its own right. Every other body is refused as a
party, as is any code that is neither a state nor one of these."""

PROJECT_ROOT = Path(__file__).resolve().parents[2]
"""The checkout this package was installed from (src layout: src/blocgraph/_constants.py)."""
