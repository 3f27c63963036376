"""An extraction as RDF: one named graph per document, statements as PROV-O-attributed
``bg:Assertion`` nodes, mentions as ``bg:Mention`` nodes (see docs/extraction.md).

Example:
    >>> from blocgraph.extract._model import Extraction, Mention, document_iri
    >>> text = "Iran joined the SCO."
    >>> ex = Extraction(document_iri(text), text, (Mention("Iran", 0, 4, "state", "IRN"),), ())
    >>> graph = extraction_graph(ex)
    >>> str(graph.identifier) == ex.document
    True
    >>> (None, BG.refersTo, entity_iri("state", "IRN")) in graph
    True
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import IO
from urllib.parse import quote

from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, SKOS, XSD
from rdflib.term import Node

from blocgraph.extract._model import AUTHOR, NEW_PREFIX, UNKNOWN, Extraction, Mention, Statement
from blocgraph.reference import ROLES
from blocgraph.vocab import BG, ID, ORG, body_iri, region_iri, role_iri, state_iri

Triple = tuple[URIRef, URIRef, Node]

_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_URL = re.compile(r"https?://[^\s<>\"]+[^\s<>\"),.;:!?'\]]")

_TYPES = {
    "person": FOAF.Person,
    "group": BG.Group,
    "initiative": BG.Initiative,
    # civilizations a text names ("Arab") are not a scheme's bg:Civilization: left untyped
}


_NEW_TYPES = {"body": ORG.Organization, "treaty": BG.Treaty, "person": FOAF.Person}


def entity_iri(kind: str, key: str) -> URIRef:
    """The IRI of an entity an extraction names, by mention type and id.

    States, bodies and regions are the reference graph's own IRIs, so extracted statements join
    the reference facts in queries; the other kinds are minted under ``id/<kind>/``.

    >>> str(entity_iri("region", "EURASIA"))
    'https://w3id.org/blocgraph/id/region/eurasia'
    >>> str(entity_iri("person", "sergey-lavrov"))
    'https://w3id.org/blocgraph/id/person/sergey-lavrov'
    >>> str(entity_iri("body", "new:csto-parliamentary-assembly"))
    'https://w3id.org/blocgraph/id/body/new/csto-parliamentary-assembly'
    """
    if key.startswith(NEW_PREFIX):  # an entity the catalogue does not know, minted by name
        return ID[f"{kind}/new/{quote(key.removeprefix(NEW_PREFIX), safe='-')}"]
    if key == UNKNOWN:
        return ID["agent/unknown"]
    if kind == "state":
        return state_iri(key)
    if kind == "body":
        return body_iri(key)
    if kind == "region":
        return region_iri("eurasia" if key == "EURASIA" else key)
    return ID[f"{kind}/{key}"]


_PREDICATE_TERMS = {
    "signed": BG.signedTreaty,
    "ratified": BG.ratifiedTreaty,
    "denounced": BG.denouncedTreaty,
}
"""Extracted predicates whose ontology term differs from their name: ``bg:signed`` is a
treaty's date signed, so a text's "A signed T" is ``bg:signedTreaty``."""


def predicate_iri(predicate: str) -> URIRef:
    """The ontology term of an extracted predicate.

    >>> str(predicate_iri("ratified"))
    'https://w3id.org/blocgraph/ontology#ratifiedTreaty'
    >>> str(predicate_iri("memberOf"))
    'https://w3id.org/blocgraph/ontology#memberOf'
    """
    term = _PREDICATE_TERMS.get(predicate)
    return term if term is not None else BG[predicate]


def claim_iri(key: str) -> URIRef:
    """The IRI of a kind of claim (``no-pan-continental-organisation``)."""
    return ID[f"claim/{key}"]


def author_iri(document: str) -> URIRef:
    """The agent who wrote ``document`` (asserts what is not attributed to a speaker)."""
    return URIRef(document + "#author")


def source_url(header: str) -> str | None:
    """The first URL in a ``# source:`` header, without the punctuation around it.

    >>> source_url("EIR News (https://eir.news/a/b), January 2026")
    'https://eir.news/a/b'
    >>> source_url("https://en.wikipedia.org/wiki/Shanghai_Five_(group).")
    'https://en.wikipedia.org/wiki/Shanghai_Five_(group)'
    """
    match = _URL.search(header)
    if match is None:
        return None
    url = match.group()
    rest = header[match.end() :]
    if url.count("(") > url.count(")") and rest.startswith(")"):
        url += ")"  # a URL with balanced brackets, as Wikipedia's
    return url


def _kinds(extraction: Extraction) -> dict[str, str]:
    """Entity id → mention type, from the mentions (ids are unique across types in practice)."""
    return {m.id: m.type for m in extraction.mentions}


def _node(value: str, kinds: dict[str, str], predicate: str, *, as_object: bool) -> URIRef:
    if as_object and predicate == "claims":
        return claim_iri(value)
    kind = kinds.get(value)
    if kind is None:
        kind = _guess_kind(value)
    return entity_iri(kind, value)


def _guess_kind(value: str) -> str:
    """For ids with no mention (should not happen): codes by shape."""
    if value == "EURASIA" or value.isdigit():
        return "region"
    if re.fullmatch(r"[A-Z]{3}", value):
        return "state"
    if value.isupper():
        return "body"
    return "entity"


def _document_triples(extraction: Extraction) -> Iterator[Triple]:
    doc = URIRef(extraction.document)
    yield (doc, RDF.type, BG.Document)
    yield (doc, BG.sha256, Literal(extraction.document.rsplit("sha256-", 1)[-1]))
    meta = extraction.metadata
    if source := meta.get("source"):
        url = source_url(source)
        yield (doc, DCTERMS.source, URIRef(url) if url else Literal(source))
    if (day := extraction.date) and _ISO_DATE.match(day):
        datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(day), XSD.date)
        yield (doc, DCTERMS.date, Literal(day, datatype=datatype))
    for key, term in (("title", DCTERMS.title), ("licence", DCTERMS.license)):
        if value := meta.get(key):
            yield (doc, term, Literal(value))
    if extraction.path:
        yield (doc, DCTERMS.identifier, Literal(extraction.path))
    author = author_iri(extraction.document)
    yield (author, RDF.type, PROV.Agent)
    if name := meta.get("author"):
        yield (author, RDFS.label, Literal(name))
    yield (doc, DCTERMS.creator, author)


def _mention_triples(doc: URIRef, mention: Mention) -> Iterator[Triple]:
    node = URIRef(f"{doc}#m{mention.start}-{mention.end}")
    entity = entity_iri(mention.type, mention.id)
    yield (node, RDF.type, BG.Mention)
    yield (node, PROV.wasDerivedFrom, doc)
    yield (node, BG.refersTo, entity)
    yield (node, BG.mentionType, Literal(mention.type))
    yield (node, RDFS.label, Literal(mention.text))
    yield (node, BG.charStart, Literal(mention.start, datatype=XSD.integer))
    yield (node, BG.charEnd, Literal(mention.end, datatype=XSD.integer))
    if mention.type in _TYPES:
        yield (entity, RDF.type, _TYPES[mention.type])
        yield (entity, SKOS.altLabel, Literal(mention.text))
    if mention.id.startswith(NEW_PREFIX):  # minted: typed and labelled in the document's graph
        yield (entity, RDF.type, _NEW_TYPES.get(mention.type, PROV.Entity))
        yield (entity, SKOS.prefLabel, Literal(mention.text))
        yield (entity, BG.mintedIn, doc)


def _statement_triples(
    extraction: Extraction, index: int, statement: Statement, kinds: dict[str, str]
) -> Iterator[Triple]:
    doc = URIRef(extraction.document)
    node = URIRef(f"{doc}#s{index}")
    predicate = statement.predicate
    yield (node, RDF.type, BG.Assertion)
    yield (node, RDF.type, PROV.Entity)
    yield (node, BG.assertedSubject, _node(statement.subject, kinds, predicate, as_object=False))
    yield (node, BG.assertedPredicate, predicate_iri(predicate))
    if statement.object is not None:
        obj = _node(statement.object, kinds, predicate, as_object=True)
        yield (node, BG.assertedObject, obj)
        if predicate == "claims":
            yield (obj, RDF.type, BG.Claim)
            yield (obj, SKOS.notation, Literal(statement.object))
    asserter = (
        author_iri(extraction.document)
        if statement.asserted_by == AUTHOR
        else _node(statement.asserted_by, kinds, predicate, as_object=False)
    )
    yield (node, BG.assertedBy, asserter)
    yield (node, PROV.wasAttributedTo, asserter)
    yield (node, BG.inDocument, doc)
    yield (node, PROV.wasDerivedFrom, doc)
    sentence = extraction.text[statement.sentence_start : statement.sentence_end].strip()
    yield (node, BG.sentence, Literal(sentence))
    for term, value in (
        (BG.charStart, statement.evidence_start),
        (BG.charEnd, statement.evidence_end),
        (BG.sentenceStart, statement.sentence_start),
        (BG.sentenceEnd, statement.sentence_end),
    ):
        yield (node, term, Literal(value, datatype=XSD.integer))
    yield (node, BG.rule, Literal(statement.rule))
    yield (node, BG.polarity, Literal(statement.polarity))
    if statement.antecedent is not None:
        start, end, text = statement.antecedent
        yield (node, BG.antecedentStart, Literal(start, datatype=XSD.integer))
        yield (node, BG.antecedentEnd, Literal(end, datatype=XSD.integer))
        yield (node, BG.antecedentText, Literal(text))
    qualifiers = statement.qualifiers
    if isinstance(year := qualifiers.get("year"), int):
        yield (node, BG.year, Literal(f"{year:04d}", datatype=XSD.gYear))
    if isinstance(role := qualifiers.get("role"), str) and role in ROLES:
        yield (node, ORG.role, role_iri(role))
    if isinstance(office := qualifiers.get("office"), str):
        yield (node, BG.office, Literal(office))
    if qualifiers:
        yield (
            node,
            BG.qualifiers,
            Literal(json.dumps(qualifiers, sort_keys=True), datatype=RDF.JSON),
        )


def extraction_triples(extraction: Extraction) -> Iterator[Triple]:
    """Every triple of the document's graph, one at a time (a 50 MB text makes millions)."""
    doc = URIRef(extraction.document)
    yield from _document_triples(extraction)
    for mention in extraction.mentions:
        yield from _mention_triples(doc, mention)
    kinds = _kinds(extraction)
    for index, statement in enumerate(extraction.statements):
        yield from _statement_triples(extraction, index, statement, kinds)


def extraction_graph(extraction: Extraction) -> Graph:
    """The named graph of one document: the document, its mentions and its assertions.

    Parameters:
        extraction: what the extractor found in the document.

    Returns:
        A graph whose identifier is the document IRI.
    """
    graph = Graph(identifier=URIRef(extraction.document))
    _bind(graph)
    for triple in extraction_triples(extraction):
        graph.add(triple)
    return graph


def write_nquads(extraction: Extraction, stream: IO[str]) -> int:
    """Write the document's graph as N-Quads without building it in memory; the number of
    quads written. Lines are in a fixed order (document, mentions, assertions)."""
    context = f" <{extraction.document}> .\n"
    count = 0
    for s, p, o in extraction_triples(extraction):
        stream.write(f"{s.n3()} {p.n3()} {_nt(o)}{context}")
        count += 1
    return count


def _nt(term: Node) -> str:
    """A term in N-Triples syntax (rdflib's ``n3()`` would abbreviate some literals)."""
    if isinstance(term, Literal):
        return _literal_nt(term)
    return term.n3()


def _literal_nt(literal: Literal) -> str:
    text = (
        str(literal)
        .replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
    )
    if literal.language:
        return f'"{text}"@{literal.language}'
    if literal.datatype and literal.datatype != XSD.string:
        return f'"{text}"^^<{literal.datatype}>'
    return f'"{text}"'


def extractions_dataset(extractions: Iterable[Extraction]) -> Dataset:
    """A dataset holding one named graph per document."""
    dataset = Dataset()
    _bind(dataset)
    for extraction in extractions:
        graph = dataset.graph(URIRef(extraction.document))
        for triple in extraction_graph(extraction):
            graph.add(triple)
    return dataset


def _bind(graph: Graph) -> None:
    graph.bind("bg", BG._NS)
    graph.bind("id", ID)
    graph.bind("org", ORG)
    graph.bind("prov", PROV)
    graph.bind("dcterms", DCTERMS)
    graph.bind("skos", SKOS)
    graph.bind("foaf", FOAF)


RDF_FORMATS = {"trig": "trig", "nquads": "nquads", "turtle": "turtle", "jsonld": "json-ld"}
"""Output format name → rdflib serializer."""


def serialize(extractions: Iterable[Extraction], fmt: str) -> str:
    """The extractions in an RDF format (``trig``, ``nquads``, ``turtle``, ``jsonld``).

    Turtle has no named graphs: the documents' graphs are merged (each assertion still names its
    document with ``bg:inDocument``).
    """
    if fmt not in RDF_FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}: one of {', '.join(RDF_FORMATS)}")
    dataset = extractions_dataset(extractions)
    if fmt == "turtle":
        merged = Graph()
        _bind(merged)
        for quad in dataset.quads((None, None, None, None)):
            merged.add(quad[:3])
        return merged.serialize(format="turtle")
    return dataset.serialize(format=RDF_FORMATS[fmt])
