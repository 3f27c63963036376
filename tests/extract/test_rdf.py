"""Extractions as RDF: every format parses back, one named graph per document, one PROV-O
attributed ``bg:Assertion`` per statement, typed offsets, the document's date and source, and the
SHACL shapes accept the result. Built from hand-made extractions (no extractor needed), plus one
round trip through the real extractor on the seed text."""

from __future__ import annotations

from typing import Any

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, PROV, RDF, XSD

from blocgraph.config import PROJECT_ROOT
from blocgraph.extract._model import AUTHOR, Extraction, Mention, Statement, document_iri
from blocgraph.extract._rdf import (
    RDF_FORMATS,
    author_iri,
    claim_iri,
    entity_iri,
    extraction_graph,
    serialize,
)
from blocgraph.validate import validate_graph
from blocgraph.vocab import BG, ORG, body_iri, region_iri, role_iri, state_iri

SHAPES = PROJECT_ROOT / "ontology" / "shapes.ttl"
SEED = PROJECT_ROOT / "seeds" / "lavrov-2026-01-20.txt"

HEADER = (
    "# source: https://example.org/news/2026/01/sco (Example News, January 2026)\n"
    "# date: 2026-01-20\n"
    "# title: Iran and the SCO\n"
)
BODY = (
    "Iran joined the SCO in 2023. "
    "Lavrov said that Russia is a civilizational state. "
    "In Eurasia, unlike Africa, there exists no pan-continental organisation. "
    "Mongolia has observer status in the SCO.\n"
)
TEXT = HEADER + BODY


def _span(text: str, word: str, after: int = 0) -> tuple[int, int]:
    start = text.index(word, after)
    return start, start + len(word)


def _sentence(text: str, first_words: str) -> tuple[int, int]:
    start = text.index(first_words)
    end = text.index(".", start) + 1
    return start, end


def _mention(text: str, word: str, kind: Any, key: str) -> Mention:
    start, end = _span(text, word, len(HEADER))
    return Mention(word, start, end, kind, key)


def _statement(
    text: str,
    sentence: str,
    triple: tuple[str, Any, str | None],
    asserted_by: str = AUTHOR,
    **qualifiers: Any,
) -> Statement:
    start, end = _sentence(text, sentence)
    subject, predicate, obj = triple
    return Statement(
        subject,
        predicate,
        obj,
        start,
        end,
        start,
        end,
        asserted_by,
        f"test-{predicate}",
        dict(qualifiers),
    )


def make_extraction(text: str = TEXT, metadata: dict[str, str] | None = None) -> Extraction:
    """A hand-built extraction of ``TEXT``: a joined with year, a civilizationOf without a
    place asserted by a person, two claims, an observerOf with a role qualifier."""
    mentions = (
        _mention(text, "Iran", "state", "IRN"),
        _mention(text, "SCO", "body", "SCO"),
        _mention(text, "Lavrov", "person", "sergey-lavrov"),
        _mention(text, "Russia", "state", "RUS"),
        _mention(text, "Eurasia", "region", "EURASIA"),
        _mention(text, "Africa", "region", "002"),
        _mention(text, "Mongolia", "state", "MNG"),
    )
    statements = (
        _statement(text, "Iran joined", ("IRN", "joined", "SCO"), year=2023),
        _statement(text, "Lavrov said", ("RUS", "civilizationOf", None), "sergey-lavrov"),
        _statement(text, "In Eurasia", ("EURASIA", "claims", "no-pan-continental-organisation")),
        _statement(text, "In Eurasia", ("002", "claims", "pan-continental-organisation")),
        _statement(text, "Mongolia has", ("MNG", "observerOf", "SCO"), role="observer"),
    )
    meta = (
        metadata
        if metadata is not None
        else {
            "source": "https://example.org/news/2026/01/sco (Example News, January 2026)",
            "date": "2026-01-20",
            "title": "Iran and the SCO",
        }
    )
    return Extraction(document_iri(text), text, mentions, statements, meta, path="news/sco.txt")


EXTRACTION = make_extraction()
DOC = URIRef(EXTRACTION.document)


def named_graphs(dataset: Dataset) -> dict[str, Graph]:
    """The non-empty named graphs of a parsed dataset (the default graph left out)."""
    return {
        str(g.identifier): g
        for g in dataset.graphs()
        if g.identifier != DATASET_DEFAULT_GRAPH_ID and len(g) > 0
    }


def triples(graph: Graph) -> set[tuple[Any, Any, Any]]:
    return set(graph.triples((None, None, None)))


def assertions(graph: Graph) -> dict[tuple[Any, Any, Any], URIRef]:
    """(subject, predicate, object or None) IRIs → the assertion node."""
    out = {}
    for node in graph.subjects(RDF.type, BG.Assertion):
        assert isinstance(node, URIRef)
        key = (
            graph.value(node, BG.assertedSubject),
            graph.value(node, BG.assertedPredicate),
            graph.value(node, BG.assertedObject),
        )
        assert key not in out
        out[key] = node
    return out


# --- the formats ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["trig", "nquads", "jsonld"])
def test_quad_formats_give_one_named_graph_named_by_the_document(fmt: str) -> None:
    text = serialize([EXTRACTION], fmt)
    dataset = Dataset().parse(data=text, format=RDF_FORMATS[fmt])
    graphs = named_graphs(dataset)
    assert list(graphs) == [EXTRACTION.document]
    assert len(dataset.graph(DATASET_DEFAULT_GRAPH_ID)) == 0
    assert triples(graphs[EXTRACTION.document]) == triples(extraction_graph(EXTRACTION))


@pytest.mark.parametrize("fmt", ["trig", "nquads", "jsonld"])
def test_two_documents_give_two_named_graphs(fmt: str) -> None:
    other_text = TEXT + "A second document.\n"
    other = make_extraction(other_text)
    dataset = Dataset().parse(data=serialize([EXTRACTION, other], fmt), format=RDF_FORMATS[fmt])
    graphs = named_graphs(dataset)
    assert set(graphs) == {EXTRACTION.document, other.document}
    # each graph holds only its own document's assertions
    for iri, graph in graphs.items():
        docs = set(graph.objects(None, BG.inDocument))
        assert docs == {URIRef(iri)}


def test_turtle_merges_the_documents_and_keeps_in_document() -> None:
    other = make_extraction(TEXT + "A second document.\n")
    graph = Graph().parse(data=serialize([EXTRACTION, other], "turtle"), format="turtle")
    assert triples(graph) == triples(extraction_graph(EXTRACTION)) | triples(
        extraction_graph(other)
    )
    per_doc: dict[str, int] = {}
    for node in graph.subjects(RDF.type, BG.Assertion):
        per_doc[str(graph.value(node, BG.inDocument))] = (
            per_doc.get(str(graph.value(node, BG.inDocument)), 0) + 1
        )
    assert per_doc == {EXTRACTION.document: 5, other.document: 5}


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="trig"):
        serialize([EXTRACTION], "rdfxml")


def test_no_extraction_serializes_to_an_empty_dataset() -> None:
    dataset = Dataset().parse(data=serialize([], "trig"), format="trig")
    assert named_graphs(dataset) == {}


# --- assertions -------------------------------------------------------------------------------


def test_one_assertion_per_statement_with_linked_iris() -> None:
    graph = extraction_graph(EXTRACTION)
    found = assertions(graph)
    assert set(found) == {
        (state_iri("IRN"), BG.joined, body_iri("SCO")),
        (state_iri("RUS"), BG.civilizationOf, None),
        (region_iri("eurasia"), BG.claims, claim_iri("no-pan-continental-organisation")),
        (region_iri("002"), BG.claims, claim_iri("pan-continental-organisation")),
        (state_iri("MNG"), BG.observerOf, body_iri("SCO")),
    }
    for node in found.values():
        assert (node, RDF.type, PROV.Entity) in graph
        assert graph.value(node, PROV.wasDerivedFrom) == DOC
        assert graph.value(node, BG.inDocument) == DOC
        assert graph.value(node, BG.rule) is not None


def test_entity_iris_are_the_reference_iris() -> None:
    assert entity_iri("state", "KAZ") == state_iri("KAZ")
    assert entity_iri("body", "EAEU") == body_iri("EAEU")
    assert entity_iri("region", "419") == region_iri("419")
    # Eurasia is the ontology's own continent IRI (ontology/blocgraph.ttl)
    assert str(entity_iri("region", "EURASIA")) == "https://w3id.org/blocgraph/id/region/eurasia"
    assert str(entity_iri("initiative", "greater-eurasian-partnership")) == (
        "https://w3id.org/blocgraph/id/initiative/greater-eurasian-partnership"
    )


def test_civilization_of_without_place_has_no_object() -> None:
    graph = extraction_graph(EXTRACTION)
    node = assertions(graph)[(state_iri("RUS"), BG.civilizationOf, None)]
    assert list(graph.objects(node, BG.assertedObject)) == []


def test_asserted_by_is_the_person_or_the_documents_author() -> None:
    graph = extraction_graph(EXTRACTION)
    found = assertions(graph)
    lavrov = URIRef("https://w3id.org/blocgraph/id/person/sergey-lavrov")
    by_person = found[(state_iri("RUS"), BG.civilizationOf, None)]
    assert graph.value(by_person, BG.assertedBy) == lavrov
    assert graph.value(by_person, PROV.wasAttributedTo) == lavrov
    by_author = found[(state_iri("IRN"), BG.joined, body_iri("SCO"))]
    assert graph.value(by_author, BG.assertedBy) == author_iri(EXTRACTION.document)
    assert str(author_iri(EXTRACTION.document)) == EXTRACTION.document + "#author"
    assert (author_iri(EXTRACTION.document), RDF.type, PROV.Agent) in graph


def key_of(extraction: Extraction, statement: Statement) -> tuple[Any, Any, Any]:
    """The assertion IRIs a statement should give, by the types of the extraction's mentions."""
    kinds = {m.id: m.type for m in extraction.mentions}
    obj = statement.object
    return (
        entity_iri(kinds[statement.subject], statement.subject),
        BG[statement.predicate],
        None
        if obj is None
        else claim_iri(obj)
        if statement.predicate == "claims"
        else entity_iri(kinds[obj], obj),
    )


def test_offsets_are_non_negative_integers_and_sentence_is_the_text() -> None:
    graph = extraction_graph(EXTRACTION)
    found = assertions(graph)
    for statement in EXTRACTION.statements:
        node = found[key_of(EXTRACTION, statement)]
        for term, value in (
            (BG.charStart, statement.evidence_start),
            (BG.charEnd, statement.evidence_end),
        ):
            literal = graph.value(node, term)
            assert isinstance(literal, Literal)
            assert literal.datatype == XSD.integer
            assert literal.toPython() == value
        sentence = graph.value(node, BG.sentence)
        assert isinstance(sentence, Literal)
        assert str(sentence) == TEXT[statement.sentence_start : statement.sentence_end].strip()
        assert str(sentence) in BODY


def test_qualifiers_become_year_and_role() -> None:
    graph = extraction_graph(EXTRACTION)
    found = assertions(graph)
    joined = found[(state_iri("IRN"), BG.joined, body_iri("SCO"))]
    assert graph.value(joined, BG.year) == Literal("2023", datatype=XSD.gYear)
    observer = found[(state_iri("MNG"), BG.observerOf, body_iri("SCO"))]
    assert graph.value(observer, ORG.role) == role_iri("observer")


def test_mentions_refer_to_entities_with_offsets() -> None:
    graph = extraction_graph(EXTRACTION)
    nodes = list(graph.subjects(RDF.type, BG.Mention))
    assert len(nodes) == len(EXTRACTION.mentions)
    for node in nodes:
        start = graph.value(node, BG.charStart)
        end = graph.value(node, BG.charEnd)
        assert isinstance(start, Literal)
        assert isinstance(end, Literal)
        assert start.datatype == end.datatype == XSD.integer
        label = str(graph.value(node, URIRef("http://www.w3.org/2000/01/rdf-schema#label")))
        assert TEXT[start.toPython() : end.toPython()] == label
        assert graph.value(node, PROV.wasDerivedFrom) == DOC
    assert (None, BG.refersTo, state_iri("IRN")) in graph
    assert (None, BG.refersTo, region_iri("eurasia")) in graph


# --- the document -----------------------------------------------------------------------------


def test_document_node_carries_header_metadata() -> None:
    graph = extraction_graph(EXTRACTION)
    assert graph.identifier == DOC
    assert (DOC, RDF.type, BG.Document) in graph
    assert graph.value(DOC, DCTERMS.source) == URIRef("https://example.org/news/2026/01/sco")
    assert graph.value(DOC, DCTERMS.title) == Literal("Iran and the SCO")
    assert graph.value(DOC, BG.sha256) == Literal(EXTRACTION.document.rsplit("sha256-", 1)[1])
    assert graph.value(DOC, DCTERMS.date) == Literal("2026-01-20", datatype=XSD.date)


@pytest.mark.parametrize(
    ("day", "datatype"),
    [("2026-01-20", XSD.date), ("2026-01", XSD.gYearMonth), ("2026", XSD.gYear)],
)
def test_document_date_is_typed_by_its_precision(day: str, datatype: URIRef) -> None:
    graph = extraction_graph(make_extraction(metadata={"date": day}))
    assert graph.value(DOC, DCTERMS.date) == Literal(day, datatype=datatype)


@pytest.mark.parametrize(
    ("header", "literal"),
    [
        ("2026-01-20 (annual press conference)", Literal("2026-01-20", datatype=XSD.date)),
        ("2026-01", Literal("2026-01", datatype=XSD.gYearMonth)),
        ("2026", Literal("2026", datatype=XSD.gYear)),
    ],
)
def test_date_header_through_the_extractor(header: str, literal: Literal) -> None:
    # docs/extraction.md: "`date` starts with an ISO date" (the seed's goes on after it)
    from blocgraph.extract import Extractor

    text = f"# date: {header}\nIran joined the SCO in 2023.\n"
    extraction = Extractor.from_data(PROJECT_ROOT / "data").extract(text)
    graph = extraction_graph(extraction)
    assert graph.value(URIRef(extraction.document), DCTERMS.date) == literal


def test_document_without_date_or_source_has_neither() -> None:
    graph = extraction_graph(make_extraction(metadata={}))
    assert graph.value(DOC, DCTERMS.date) is None
    assert graph.value(DOC, DCTERMS.source) is None
    assert (DOC, RDF.type, BG.Document) in graph


def test_source_without_url_is_a_literal() -> None:
    graph = extraction_graph(make_extraction(metadata={"source": "EIR News, January 2026"}))
    assert graph.value(DOC, DCTERMS.source) == Literal("EIR News, January 2026")


def test_source_url_in_parentheses_is_the_bare_url() -> None:
    graph = extraction_graph(
        make_extraction(metadata={"source": "EIR News (https://eir.news/2026/01/a)"})
    )
    assert graph.value(DOC, DCTERMS.source) == URIRef("https://eir.news/2026/01/a")


def test_same_text_same_iri_other_text_other_iri() -> None:
    assert document_iri(TEXT) == document_iri(str(TEXT))
    assert document_iri(TEXT) != document_iri(TEXT + " ")
    assert document_iri(TEXT) != document_iri(TEXT.replace("Iran", "Iraq"))
    again = make_extraction()
    assert extraction_graph(again).identifier == extraction_graph(EXTRACTION).identifier
    assert triples(extraction_graph(again)) == triples(extraction_graph(EXTRACTION))


# --- SHACL ------------------------------------------------------------------------------------


def test_shapes_accept_the_graph() -> None:
    assert validate_graph(extraction_graph(EXTRACTION), SHAPES) == []


def test_shapes_accept_a_graph_with_civilization_mentions() -> None:
    # the seed names "Arab" and "Indian" civilizations; mentioning them must not make the
    # graph (and so the built store, which holds the seed graphs) fail validation
    text = TEXT + "China, Iran, Arab, and Indian civilizational states.\n"
    start = text.index("Arab, and")
    arab = Mention("Arab", start, start + 4, "civilization", "arab")
    base = make_extraction(text)
    statement = Statement(
        "arab",
        "civilizationOf",
        "EURASIA",
        start,
        start + 4,
        start,
        len(text) - 1,
        AUTHOR,
        "test-civilization",
    )
    extraction = Extraction(
        base.document, text, (*base.mentions, arab), (*base.statements, statement), base.metadata
    )
    assert validate_graph(extraction_graph(extraction), SHAPES) == []


def test_shapes_reject_an_assertion_without_subject() -> None:
    # the shapes do look at assertions: the test above cannot pass vacuously
    graph = extraction_graph(EXTRACTION)
    node = next(iter(assertions(graph).values()))
    graph.remove((node, BG.assertedSubject, None))
    violations = validate_graph(graph, SHAPES)
    assert [v.path for v in violations] == [str(BG.assertedSubject)]


# --- through the real extractor ---------------------------------------------------------------


def test_seed_text_round_trips_through_trig() -> None:
    from blocgraph.extract import Extractor

    text = SEED.read_text(encoding="utf-8")
    extraction = Extractor.from_data(PROJECT_ROOT / "data").extract(text, path="seeds/x.txt")
    assert extraction.document == document_iri(text)
    dataset = Dataset().parse(data=serialize([extraction], "trig"), format="trig")
    graphs = named_graphs(dataset)
    assert list(graphs) == [extraction.document]
    graph = graphs[extraction.document]
    assert len(list(graph.subjects(RDF.type, BG.Assertion))) == len(extraction.statements) > 0
    doc = URIRef(extraction.document)
    assert graph.value(doc, DCTERMS.date) == Literal("2026-01-20", datatype=XSD.date)
    assert graph.value(doc, DCTERMS.source) == URIRef(
        "https://eir.news/2026/01/news/russias-reveals-ric-plot-to-mine-the-cultures-of-russia-"
        "india-and-china"
    )
    cooperates = {
        graph.value(node, BG.assertedObject)
        for node in graph.subjects(BG.assertedPredicate, BG.cooperatesWith)
    }
    assert {body_iri(k) for k in ("CIS", "EAEU", "CSTO", "SCO")} <= cooperates
    # the document, its mentions and assertions conform (civilizations: see the test above)
    violations = validate_graph(graph, SHAPES)
    assert [v for v in violations if v.focus.startswith(extraction.document)] == []
