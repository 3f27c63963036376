"""The README's "SPARQL in five minutes" queries run as printed (no PREFIX lines) against a real
server and return rows."""

from __future__ import annotations

import re

import httpx
import pytest

from blocgraph.config import PROJECT_ROOT


def readme_queries() -> list[str]:
    text = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## SPARQL in five minutes", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sparql\n(.*?)```", section, re.DOTALL)


def test_the_section_has_queries() -> None:
    assert len(readme_queries()) >= 5
    assert all("PREFIX" not in q for q in readme_queries())


@pytest.mark.parametrize("query", readme_queries(), ids=lambda q: q.splitlines()[0][2:40])
def test_readme_query_returns_rows(server: str, query: str) -> None:
    response = httpx.get(
        server + "/sparql",
        params={"query": query},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    assert response.json()["results"]["bindings"], "no rows"
