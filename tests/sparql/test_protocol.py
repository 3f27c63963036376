"""SPARQL 1.1 Protocol request rules, without HTTP."""

from __future__ import annotations

import pytest

from blocgraph.sparql import ProtocolError, parse_request


def test_get_query_with_dataset() -> None:
    op = parse_request(
        "GET",
        [
            ("query", "ASK {}"),
            ("default-graph-uri", "http://g/1"),
            ("named-graph-uri", "http://g/2"),
        ],
        None,
        b"",
    )
    assert op is not None
    assert (op.kind, op.text, op.default_graphs, op.named_graphs) == (
        "query",
        "ASK {}",
        ("http://g/1",),
        ("http://g/2",),
    )


def test_get_without_query_is_service_description() -> None:
    assert parse_request("GET", [], None, b"") is None


def test_post_form_and_direct() -> None:
    form = parse_request(
        "POST",
        [],
        "application/x-www-form-urlencoded",
        b"query=SELECT%20*%20%7B%7D&default-graph-uri=http%3A%2F%2Fg",
    )
    assert form is not None and form.text == "SELECT * {}" and form.default_graphs == ("http://g",)
    direct = parse_request("POST", [], "application/sparql-query; charset=UTF-8", b"ASK {}")
    assert direct is not None and direct.text == "ASK {}"
    update = parse_request("POST", [], "application/sparql-update", b"CLEAR ALL")
    assert update is not None and update.kind == "update"


@pytest.mark.parametrize(
    ("method", "params", "content_type", "body", "status"),
    [
        ("GET", [("query", "ASK {}"), ("query", "ASK {}")], None, b"", 400),
        ("GET", [("update", "CLEAR ALL")], None, b"", 400),
        ("POST", [], None, b"ASK {}", 400),
        ("POST", [], "text/plain", b"ASK {}", 415),
        ("POST", [], "application/sparql-query; charset=UTF-16", "ASK {}".encode("utf-16"), 415),
        ("POST", [], "application/sparql-query", b"ASK {\xff}", 400),
        ("POST", [], "application/x-www-form-urlencoded", b"query=ASK&update=CLEAR", 400),
        ("POST", [], "application/x-www-form-urlencoded", b"nothing=here", 400),
        ("POST", [("query", "ASK {}")], "application/sparql-query", b"ASK {}", 400),
        ("PUT", [("query", "ASK {}")], None, b"", 405),
        ("GET", [("query", "   ")], None, b"", 400),
    ],
)
def test_bad_requests(
    method: str, params: list[tuple[str, str]], content_type: str | None, body: bytes, status: int
) -> None:
    with pytest.raises(ProtocolError) as caught:
        parse_request(method, params, content_type, body)
    assert caught.value.status == status
