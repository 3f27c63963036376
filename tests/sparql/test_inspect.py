"""The guard reads keywords as tokens: strings, IRIs and comments never trigger it."""

from __future__ import annotations

import pytest

from blocgraph.sparql import RefusedQueryError, guard, inspect

KNOWN = {"https://w3id.org/blocgraph/graph/reference"}


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
        ("PREFIX ask: <http://x/> select ?x { ?x a ask:T }", "SELECT"),
        ("# CONSTRUCT in a comment\nASK {}", "ASK"),
        ("BASE <http://x/> CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ("describe <http://x>", "DESCRIBE"),
        ("INSERT DATA { <a> <b> <c> }", "UPDATE"),
        ("PREFIX : <http://x/> DELETE WHERE { ?s :p ?o }", "UPDATE"),
        ("LOAD <http://example.org/data.ttl>", "UPDATE"),
        ("{ nonsense", None),
    ],
)
def test_form(text: str, form: str | None) -> None:
    assert inspect(text).form == form


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { SERVICE <http://evil.example/sparql> { ?s ?p ?o } }",
        "select * { service silent <http://127.0.0.1:1/> { ?s ?p ?o } }",
        "PREFIX e: <http://evil.example/> SELECT * { SERVICE e:sparql { ?s ?p ?o } }",
        "SELECT * { SERVICE ?endpoint { ?s ?p ?o } }",
        "LOAD <file:///etc/passwd>",
        "SELECT * FROM <file:///etc/passwd> { ?s ?p ?o }",
        "SELECT * FROM NAMED <http://127.0.0.1:9/g> { GRAPH ?g { ?s ?p ?o } }",
        "PREFIX f: <file:///etc/> SELECT * FROM f:passwd { ?s ?p ?o }",
        "BASE <file:///etc/> SELECT * FROM <passwd> { ?s ?p ?o }",
    ],
)
def test_refused(text: str) -> None:
    with pytest.raises(RefusedQueryError):
        guard(inspect(text), KNOWN)


@pytest.mark.parametrize(
    "text",
    [
        'SELECT * { ?s ?p "SERVICE <http://x> LOAD FROM" }',
        "SELECT * { ?s ?p '''multi\nline SERVICE'''}",
        "SELECT * { <http://x/SERVICE> ?p ?o } # SERVICE <http://evil>",
        "PREFIX ex: <http://x/> SELECT ?service { ?service ex:SERVICE ex:LOAD }",
        "SELECT * FROM <https://w3id.org/blocgraph/graph/reference> { ?s ?p ?o }",
        "PREFIX g: <https://w3id.org/blocgraph/graph/> SELECT * FROM g:reference { ?s ?p ?o }",
        "SELECT * { ?a ?b ?c FILTER (?c < 10 && ?c > 2) }",
    ],
)
def test_allowed(text: str) -> None:
    guard(inspect(text), KNOWN)


def test_refusal_names_the_problem() -> None:
    with pytest.raises(RefusedQueryError, match="names no graph in this store"):
        guard(inspect("SELECT * FROM <http://nowhere/g> {}"), KNOWN)


def test_escaped_iri_resolves_and_hides_nothing() -> None:
    text = r"SELECT * FROM <https://w3id.org/blocgraph/graph/\u0072eference> { ?s ?p ?o }"
    assert inspect(text).from_graphs == ["https://w3id.org/blocgraph/graph/reference"]
    hidden = r"SELECT * { BIND(<http://x/\u0061#> AS ?x) SERVICE <http://evil/> {} }"
    assert inspect(hidden).services == ["http://evil/"]


def test_comment_ends_at_carriage_return() -> None:
    assert inspect("SELECT * { # note\rSERVICE <http://evil/> {} }").services == ["http://evil/"]


def test_stray_backslash_is_refused() -> None:
    with pytest.raises(RefusedQueryError, match="backslash"):
        guard(inspect("SELECT * { ?s ?p ?o } \\ "), KNOWN)
