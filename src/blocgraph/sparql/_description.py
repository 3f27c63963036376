"""The SPARQL 1.1 Service Description of the endpoint (answer to a GET without a query)."""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, XSD

from blocgraph.sparql._negotiate import GRAPH, TABULAR
from blocgraph.sparql._prefixes import PREDECLARED

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
SH = Namespace("http://www.w3.org/ns/shacl#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
_FORMAT_IRIS = {
    "application/sparql-results+json": FORMATS["SPARQL_Results_JSON"],
    "application/sparql-results+xml": FORMATS["SPARQL_Results_XML"],
    "text/csv": FORMATS["SPARQL_Results_CSV"],
    "text/tab-separated-values": FORMATS["SPARQL_Results_TSV"],
    "text/turtle": FORMATS["Turtle"],
    "application/n-triples": FORMATS["N-Triples"],
    "application/ld+json": FORMATS["JSON-LD"],
    "application/rdf+xml": FORMATS["RDF_XML"],
}


def service_description(endpoint: str, graphs: Iterable[str], updates: bool) -> Graph:
    """The endpoint's languages, result formats, features and named graphs."""
    graph = Graph()
    graph.bind("sd", SD)
    service = URIRef(endpoint)
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, service))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    if updates:
        graph.add((service, SD.supportedLanguage, SD.SPARQL11Update))
    graph.add((service, SD.feature, SD.UnionDefaultGraph))
    for fmt in (*TABULAR, *GRAPH):
        graph.add((service, SD.resultFormat, _FORMAT_IRIS[fmt.media_type]))
    dataset = BNode()
    graph.add((service, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    default = BNode()
    graph.add((dataset, SD.defaultGraph, default))
    graph.add((default, RDF.type, SD.Graph))
    for name in sorted(graphs):
        named = BNode()
        graph.add((dataset, SD.namedGraph, named))
        graph.add((named, RDF.type, SD.NamedGraph))
        graph.add((named, SD.name, URIRef(name)))
    # the predeclared prefixes, as SHACL prefix declarations (the vocabulary other services use)
    graph.bind("sh", SH)
    for prefix, namespace in PREDECLARED.items():
        declaration = BNode()
        graph.add((service, SH.declare, declaration))
        graph.add((declaration, SH.prefix, Literal(prefix)))
        graph.add((declaration, SH.namespace, Literal(namespace, datatype=XSD.anyURI)))
    graph.add(
        (
            service,
            URIRef("http://purl.org/dc/terms/description"),
            Literal(
                "blocgraph: international organisations, their members and the "
                "civilizations they span. Read-only unless an update token is set; "
                "SERVICE, LOAD and FROM of unknown graphs are refused. The prefixes "
                "declared with sh:declare work without a PREFIX line.",
                lang="en",
            ),
        )
    )
    return graph
