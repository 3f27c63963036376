"""Search and "did you mean" over HTTP: exact codes and names first, then prefixes, in the
query's script; names in the request's language (``lang``, Accept-Language, English)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.api.test_rest import assert_problem


@pytest.fixture(scope="module")
def client(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=30.0) as http:
        yield http


def search(
    client: httpx.Client, q: str, headers: dict[str, str] | None = None, **params: str
) -> Any:
    response = client.get("/api/search", params={"q": q, **params}, headers=headers or {})
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize(
    ("q", "code", "name"),
    [
        ("Turkey", "TUR", "Türkiye"),
        ("Ivory Coast", "CIV", "Côte d’Ivoire"),
        ("kaz", "KAZ", "Kazakhstan"),
        ("Россия", "RUS", "Russia"),
        ("ШОС", "SCO", "Shanghai Cooperation Organisation"),
        ("EU", "EU", "European Union"),
    ],
)
def test_first_hit_named_in_english_by_default(
    client: httpx.Client, q: str, code: str, name: str
) -> None:
    first = search(client, q)[0]
    assert (first["code"], first["name"]) == (code, name)


def test_exact_code_then_prefixes(client: httpx.Client) -> None:
    hits = search(client, "kaz")
    assert hits[0]["code"] == "KAZ"
    assert "AZE" not in [h["code"] for h in hits]  # no fuzzy noise from two-letter codes


def test_query_script_ranks_first(client: httpx.Client) -> None:
    hits = search(client, "Кир", lang="ru")
    assert hits[0]["code"] == "KGZ" and hits[0]["name"] == "Киргизия"
    assert all(h["matched"][0] in "КкИи" or h["matched"][0].isalpha() for h in hits)


@pytest.mark.parametrize(
    ("params", "headers", "name"),
    [
        ({"lang": "ru"}, {}, "Турция"),
        ({"lang": "zh"}, {}, "土耳其"),
        ({}, {"Accept-Language": "fr-CH, fr;q=0.9, en;q=0.8"}, "Turquie"),
        ({}, {"Accept-Language": "de, es;q=0.5"}, "Turquía"),
        ({"lang": "en"}, {"Accept-Language": "ru"}, "Türkiye"),  # lang= wins
        ({"lang": "tlh"}, {}, "Türkiye"),  # unknown language: English
    ],
)
def test_names_in_the_request_language(
    client: httpx.Client, params: dict[str, str], headers: dict[str, str], name: str
) -> None:
    assert search(client, "Turkey", headers, **params)[0]["name"] == name


def test_suggestions_in_english(client: httpx.Client) -> None:
    problem = assert_problem(client.get("/api/states/Kazakstan/bodies"), 404)
    assert problem["suggestions"][0] == "Kazakhstan (KAZ)"
    assert all(s.isascii() for s in problem["suggestions"])
    assert len({s.rsplit("(", 1)[1] for s in problem["suggestions"]}) == len(problem["suggestions"])


def test_suggestions_in_the_request_language(client: httpx.Client) -> None:
    problem = assert_problem(client.get("/api/bodies/Shangai/members", params={"lang": "ru"}), 404)
    assert problem["suggestions"][0] == "Шанхайская организация сотрудничества (SCO)"
