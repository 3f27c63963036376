"""IRIs of the blocgraph vocabulary and of the things it names.

The ontology (``ontology/blocgraph.ttl``) is the authority; this module mirrors its terms as typed
constants so that code and queries cannot misspell them.

Example:
    >>> from blocgraph.vocab import BG, state_iri
    >>> str(state_iri("RUS"))
    'https://w3id.org/blocgraph/id/state/RUS'
    >>> str(BG.Membership)
    'https://w3id.org/blocgraph/ontology#Membership'
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from blocgraph._constants import SPARQL_PREFIXES as SPARQL_PREFIXES  # the prologue, re-exported

BASE = "https://w3id.org/blocgraph/"
ID = Namespace(BASE + "id/")
ONTOLOGY_IRI = URIRef(BASE + "ontology")
WD = Namespace("http://www.wikidata.org/entity/")
ORG = Namespace("http://www.w3.org/ns/org#")

#: Named graphs the build writes; the default graph of a query is their union.
REFERENCE_GRAPH = URIRef(BASE + "graph/reference")
ONTOLOGY_GRAPH = URIRef(BASE + "graph/ontology")
#: The collection the documents extracted from ``seeds/`` belong to (``dcterms:isPartOf``).
SEEDS_COLLECTION = URIRef(BASE + "graph/seeds")


class BG(DefinedNamespace):
    """Terms minted by blocgraph (``bg:``)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    State: URIRef
    Body: URIRef
    Membership: URIRef
    Role: URIRef
    Region: URIRef
    Continent: URIRef
    StateStatus: URIRef
    BodyKind: URIRef
    Civilization: URIRef
    CivilizationScheme: URIRef
    CivilizationAssignment: URIRef
    RegionPlacement: URIRef
    Source: URIRef
    Document: URIRef
    Assertion: URIRef
    # state and body properties
    iso3: URIRef
    iso2: URIRef
    isoNumeric: URIRef
    m49Code: URIRef
    key: URIRef
    status: URIRef
    kind: URIRef
    locatedIn: URIRef
    alsoLocatedIn: URIRef
    qualifiedPlacement: URIRef
    region: URIRef
    basis: URIRef
    founded: URIRef
    dissolved: URIRef
    seatCity: URIRef
    seatCountry: URIRef
    # membership properties
    startDate: URIRef
    endDate: URIRef
    startPrecision: URIRef
    endPrecision: URIRef
    endReason: URIRef
    uncertain: URIRef
    # sources
    accessed: URIRef
    # civilizations
    state: URIRef
    civilization: URIRef
    # extraction (documents and their assertions)
    assertedSubject: URIRef
    assertedPredicate: URIRef
    assertedObject: URIRef
    assertedBy: URIRef
    inDocument: URIRef
    sentence: URIRef
    charStart: URIRef
    charEnd: URIRef
    sentenceStart: URIRef
    sentenceEnd: URIRef
    rule: URIRef
    year: URIRef
    office: URIRef
    qualifiers: URIRef
    sha256: URIRef
    Mention: URIRef
    refersTo: URIRef
    mentionType: URIRef
    Claim: URIRef
    Group: URIRef
    Initiative: URIRef
    # predicates of extracted statements
    memberOf: URIRef
    observerOf: URIRef
    partnerOf: URIRef
    joined: URIRef
    left: URIRef
    suspendedIn: URIRef
    civilizationOf: URIRef
    proposes: URIRef
    cooperatesWith: URIRef
    claims: URIRef


def state_iri(code: str) -> URIRef:
    """IRI of a state (or other member entity) keyed by its ISO 3166 alpha-3 code."""
    return ID[f"state/{code}"]


def body_iri(key: str) -> URIRef:
    """IRI of a body keyed by its short key (its usual acronym)."""
    return ID[f"body/{key}"]


def role_iri(key: str) -> URIRef:
    """IRI of a membership role concept (``member``, ``observer`` …)."""
    return ID[f"role/{key}"]


def region_iri(m49: str) -> URIRef:
    """IRI of a UN M49 region by its three-digit code."""
    return ID[f"region/{m49}"]


def status_iri(key: str) -> URIRef:
    """IRI of a state-status concept (``un_member``, ``former`` …)."""
    return ID[f"status/{key}"]


def kind_iri(key: str) -> URIRef:
    """IRI of a body-kind concept (``economic``, ``security`` …)."""
    return ID[f"kind/{key}"]


def scheme_iri(key: str) -> URIRef:
    """IRI of a civilization classification scheme."""
    return ID[f"civilization-scheme/{key}"]


def civilization_iri(scheme: str, key: str) -> URIRef:
    """IRI of one civilization within a scheme."""
    return ID[f"civilization/{scheme}/{key}"]


def membership_iri(body: str, member: str, role: str, start: str) -> URIRef:
    """Stable IRI of one membership spell: body, member, role and start identify it."""
    return ID[f"membership/{body}/{member}/{role}/{start}"]


def source_iri(url: str, accessed: str) -> URIRef:
    """IRI of one reading of a source page (the same page read on two dates is two sources)."""
    digest = hashlib.sha1(f"{url}\n{accessed}".encode()).hexdigest()[:16]
    return ID[f"source/{digest}"]


def wikidata_iri(qid: str) -> URIRef:
    """IRI of a Wikidata entity (``Q159`` → ``http://www.wikidata.org/entity/Q159``)."""
    return WD[quote(qid)]
