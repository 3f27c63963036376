"""Predeclared prefixes added to what a query lacks, and only that."""

from __future__ import annotations

import pytest

from blocgraph.sparql import PREDECLARED, UnknownPrefixError, with_prefixes
from blocgraph.sparql._prefixes import unshift_position


def test_only_used_and_undeclared_prefixes_are_added() -> None:
    text, added = with_prefixes("SELECT * WHERE { ?m org:member ?s . ?s a bg:State }")
    assert text.count("PREFIX") == 2 and "PREFIX org:" in text and "PREFIX bg:" in text
    assert "skos" not in text[:added]
    assert text[added:].startswith("SELECT")
    assert "\n" not in text[:added]  # line numbers of the query stay as written


def test_a_declared_prefix_keeps_its_namespace() -> None:
    query = "PREFIX bg: <urn:mine#>\nSELECT * WHERE { ?s a bg:State ; skos:prefLabel ?l }"
    text, _ = with_prefixes(query)
    assert text.count("PREFIX bg:") == 1 and "<urn:mine#>" in text
    assert "PREFIX skos:" in text


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { ?s ?p ?o }",
        'SELECT * WHERE { ?s ?p "bg:State" }',  # inside a literal
        "SELECT * WHERE { ?s ?p <http://x/bg:State> }",  # inside an IRI
        "SELECT * WHERE { _:b ?p ?o }",  # a blank node, not a prefix
        "# bg:State in a comment\nASK {}",
    ],
)
def test_nothing_is_added_when_nothing_is_used(query: str) -> None:
    assert with_prefixes(query) == (query, 0)


def test_unknown_prefix_is_refused_in_a_short_message() -> None:
    with pytest.raises(UnknownPrefixError) as caught:
        with_prefixes("SELECT * WHERE { ?s a schema:Person ; bg:key ?k }")
    message = str(caught.value)
    assert "schema:" in message and "PREFIX schema:" in message
    assert "bg" in message and len(message) < 300


def test_empty_prefix_must_be_declared() -> None:
    with pytest.raises(UnknownPrefixError):
        with_prefixes("SELECT * WHERE { ?s a :Thing }")
    assert with_prefixes("PREFIX : <urn:x#> ASK { ?s a :Thing }")[1] == 0


def test_positions_on_the_first_line_are_shifted_back() -> None:
    assert unshift_position("error at 1:75: expected WHERE", 60) == "error at 1:15: expected WHERE"
    assert unshift_position("error at 3:7: x", 60) == "error at 3:7: x"


def test_the_brief_list_is_predeclared() -> None:
    wanted = {"bg", "org", "skos", "rdfs", "rdf", "xsd", "owl", "prov", "dcterms", "wd", "wdt"}
    assert wanted <= set(PREDECLARED)
