"""Accept headers with q-values, wildcards, aliases and the format parameter."""

from __future__ import annotations

import pytest

from blocgraph.sparql import NotAcceptableError, negotiate


@pytest.mark.parametrize(
    ("form", "accept", "media_type"),
    [
        ("SELECT", None, "application/sparql-results+json"),
        ("SELECT", "*/*", "application/sparql-results+json"),
        (
            "SELECT",
            "text/csv;q=0.5, application/sparql-results+xml",
            "application/sparql-results+xml",
        ),
        ("SELECT", "text/csv, application/sparql-results+xml;q=0.9", "text/csv"),
        ("SELECT", "application/json", "application/sparql-results+json"),
        ("ASK", "application/xml", "application/sparql-results+xml"),
        ("SELECT", "text/*", "text/csv"),
        ("SELECT", "text/tab-separated-values", "text/tab-separated-values"),
        ("CONSTRUCT", None, "text/turtle"),
        ("CONSTRUCT", "application/ld+json", "application/ld+json"),
        ("DESCRIBE", "application/rdf+xml;q=1, text/turtle;q=0.1", "application/rdf+xml"),
        ("CONSTRUCT", "application/n-triples", "application/n-triples"),
        ("CONSTRUCT", "application/sparql-results+json, */*;q=0.1", "text/turtle"),
    ],
)
def test_accept(form: str, accept: str | None, media_type: str) -> None:
    assert negotiate(form, accept).media_type == media_type  # type: ignore[arg-type]


def test_format_parameter_wins() -> None:
    assert negotiate("SELECT", "text/csv", ["json"]).media_type == "application/sparql-results+json"


def test_unrecognised_format_parameters_fall_back_to_accept() -> None:
    chosen = negotiate("SELECT", "text/tab-separated-values", ["tsv-please", "tsv"])
    assert chosen.media_type == "text/tab-separated-values"
    assert negotiate("CONSTRUCT", "application/ld+json", ["n-three?"]).engine_name == "jsonld"


@pytest.mark.parametrize(
    ("accept", "media_type"),
    [
        ("application/sparql-results+json;q=0, */*;q=0.1", "application/sparql-results+xml"),
        ("text/*;q=0, */*", "application/sparql-results+json"),
        ("text/csv;q=0, text/*", "text/tab-separated-values"),
    ],
)
def test_zero_quality_excludes_even_under_a_wildcard(accept: str, media_type: str) -> None:
    assert negotiate("SELECT", accept).media_type == media_type


@pytest.mark.parametrize(
    ("form", "accept"),
    [("SELECT", "image/png"), ("CONSTRUCT", "text/csv"), ("SELECT", "text/csv;q=0")],
)
def test_not_acceptable(form: str, accept: str) -> None:
    with pytest.raises(NotAcceptableError, match="acceptable"):
        negotiate(form, accept)  # type: ignore[arg-type]


@pytest.mark.parametrize("accept", [None, "*/*", "text/html,*/*;q=0.8"])
def test_unknown_format_without_a_named_accept_is_not_guessed(accept: str | None) -> None:
    with pytest.raises(NotAcceptableError, match=r"'yaml'.*json.*csv"):
        negotiate("SELECT", accept, ["yaml"])
