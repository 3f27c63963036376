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

from blocgraph._constants import BASE as BASE
from blocgraph._constants import LAYERS as LAYERS
from blocgraph._constants import PARTY_BODIES, RELATIONS_GRAPH_IRI
from blocgraph._constants import SPARQL_PREFIXES as SPARQL_PREFIXES  # the prologue, re-exported

ID = Namespace(BASE + "id/")
ONTOLOGY_IRI = URIRef(BASE + "ontology")
WD = Namespace("http://www.wikidata.org/entity/")
ORG = Namespace("http://www.w3.org/ns/org#")

#: Named graphs the build writes; the default graph of a query is their union.
REFERENCE_GRAPH = URIRef(BASE + "graph/reference")
ONTOLOGY_GRAPH = URIRef(BASE + "graph/ontology")
#: The curated state relationships (treaties, obligations, partnerships): layer ``curated``.
RELATIONS_GRAPH = URIRef(RELATIONS_GRAPH_IRI)
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
    tier: URIRef
    quote: URIRef
    SourceTier: URIRef
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
    polarity: URIRef
    antecedentStart: URIRef
    antecedentEnd: URIRef
    antecedentText: URIRef
    mintedIn: URIRef
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
    signedTreaty: URIRef
    ratifiedTreaty: URIRef
    denouncedTreaty: URIRef
    partnershipWith: URIRef
    # state relationships (treaties, obligations, partnerships, diplomatic relations)
    Treaty: URIRef
    TreatyParticipation: URIRef
    TreatyEvent: URIRef
    TreatyEventType: URIRef
    Obligation: URIRef
    Promise: URIRef
    Partnership: URIRef
    PartyBody: URIRef
    DiplomaticRelation: URIRef
    DiplomaticEvent: URIRef
    DiplomaticEventType: URIRef
    instrumentKind: URIRef
    signed: URIRef
    inForce: URIRef
    ended: URIRef
    terminationReason: URIRef
    termYears: URIRef
    renewal: URIRef
    replaces: URIRef
    replacedBy: URIRef
    party: URIRef
    signatory: URIRef
    ratifiedBy: URIRef
    participation: URIRef
    treaty: URIRef
    event: URIRef
    eventType: URIRef
    date: URIRef
    promise: URIRef
    article: URIRef
    direction: URIRef
    promisor: URIRef
    promisee: URIRef
    conditional: URIRef
    condition: URIRef
    declaredLabel: URIRef
    declared: URIRef
    diplomaticRelation: URIRef
    # layers beneath the curated facts (COW IGO, the Factbook)
    Layer: URIRef
    CatalogueBody: URIRef
    ObservedMembership: URIRef
    layer: URIRef
    firstObserved: URIRef
    lastObserved: URIRef
    nextObserved: URIRef
    endedBy: URIRef
    censored: URIRef
    observedOn: URIRef
    qualifier: URIRef
    foundedYear: URIRef
    dissolvedYear: URIRef
    cowName: URIRef
    factbookAbbreviation: URIRef
    identity: URIRef


#: The graph of each layer of facts (:data:`LAYERS`, highest precedence first); each but the
#: first is its own named graph.
LAYER_GRAPHS = {
    "curated": REFERENCE_GRAPH,
    "factbook-2026-01": URIRef(BASE + "graph/factbook-2026-01"),
    "cow-igo-v3": URIRef(BASE + "graph/cow-igo-v3"),
}
#: Every catalogued organisation and its mapping across layers.
CATALOGUE_GRAPH = URIRef(BASE + "graph/catalogue")


def layer_iri(key: str) -> URIRef:
    """IRI of a layer of facts (``curated``, ``factbook-2026-01``, ``cow-igo-v3``)."""
    return ID[f"layer/{key}"]


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


def tier_iri(key: str) -> URIRef:
    """IRI of a source-tier concept (``official``, ``reference``, ``secondary``)."""
    return ID[f"tier/{key}"]


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


def source_iri(url: str, accessed: str, quote: str | None = None) -> URIRef:
    """IRI of one reading of a source page (the same page read on two dates is two sources;
    two sentences quoted from one page are two sources)."""
    key = f"{url}\n{accessed}" if quote is None else f"{url}\n{accessed}\n{quote}"
    digest = hashlib.sha1(key.encode()).hexdigest()[:16]
    return ID[f"source/{digest}"]


def treaty_iri(key: str) -> URIRef:
    """IRI of a treaty keyed like ``RUS-PRK-2024`` (parties' codes and the year signed)."""
    return ID[f"treaty/{key}"]


def party_iri(code: str) -> URIRef:
    """IRI of a side of a declared partnership: a body of :data:`PARTY_BODIES` (``EU``) is a
    body, any other code a state."""
    return body_iri(code) if code in PARTY_BODIES else state_iri(code)


def partnership_iri(key: str) -> URIRef:
    """IRI of a declared partnership keyed like ``CHN-PAK-2015``."""
    return ID[f"partnership/{key}"]


def promise_iri(key: str) -> URIRef:
    """IRI of an ATOP-style promise concept (``defence``, ``neutrality`` …)."""
    return ID[f"promise/{key}"]


def wikidata_iri(qid: str) -> URIRef:
    """IRI of a Wikidata entity (``Q159`` → ``http://www.wikidata.org/entity/Q159``)."""
    return WD[quote(qid)]
