"""Schemathesis against the live server's OpenAPI document: no request generated for the
``/api`` and ``/id`` operations — valid or not — makes the server fail with a 5xx.

Each operation's Hypothesis strategy is driven from a plain test: schemathesis 4.32's lazy
pytest loader (``schemathesis.pytest.from_fixture``) reads ``request.node._nodeid``, which
pytest 9 no longer has, and the server only exists once the session fixtures have run.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.specs.openapi.schemas import OpenApiSchema

POSITIVE, NEGATIVE = GenerationMode.POSITIVE, GenerationMode.NEGATIVE
#: (method, path, modes): negative data only where a parameter can be invalid at all
OPERATIONS = [
    ("GET", "/api/states", [POSITIVE]),
    ("GET", "/api/bodies", [POSITIVE]),
    ("GET", "/api/states/{state}/bodies", [POSITIVE, NEGATIVE]),
    ("GET", "/api/bodies/{body}/members", [POSITIVE, NEGATIVE]),
    ("GET", "/api/search", [POSITIVE, NEGATIVE]),
    ("GET", "/id/{path}", [POSITIVE]),
    ("GET", "/api/states/{state}/relations", [POSITIVE, NEGATIVE]),
    ("GET", "/api/treaties", [POSITIVE]),
    ("GET", "/api/treaties/{key}", [POSITIVE]),
    *(
        ("GET", f"/api/analysis/{name}", [POSITIVE, NEGATIVE])
        for name in (
            "coverage",
            "overlaps",
            "cover",
            "whatif",
            "brokers",
            "span",
            "change",
            "security",
            "universe",
        )
    ),
    *(
        ("GET", f"/api/{name}.{suffix}", [POSITIVE, NEGATIVE])
        for name in ("maps/coverage", "charts/overlap-matrix", "charts/upset")
        for suffix in ("svg", "png")
    ),
    ("POST", "/api/extract", [POSITIVE, NEGATIVE]),
    ("GET", "/api/export/{fmt}", [POSITIVE, NEGATIVE]),
    ("GET", "/api/status", [POSITIVE]),
]
CASES = [(method, path, mode) for method, path, modes in OPERATIONS for mode in modes]


@pytest.fixture(scope="module")
def api_schema(server: str) -> OpenApiSchema:
    return schemathesis.openapi.from_url(f"{server}/openapi.json")


def test_schema_lists_the_lookups(api_schema: OpenApiSchema) -> None:
    listed = {
        (method.upper(), path)
        for path, methods in api_schema.raw_schema["paths"].items()
        for method in methods
    }
    assert {(m, p) for m, p, _ in OPERATIONS} == {
        (m, p) for m, p in listed if p.startswith(("/api/", "/id/"))
    }


@pytest.mark.parametrize(("method", "path", "mode"), CASES)
def test_no_server_errors(
    api_schema: OpenApiSchema, method: str, path: str, mode: GenerationMode
) -> None:
    operation = api_schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=15,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        database=None,
    )
    def never_5xx(case: schemathesis.Case[Any]) -> None:
        response = case.call(timeout=30)
        assert response.status_code < 500, (
            f"{case.method} {case.formatted_path} query={case.query} "
            f"-> {response.status_code}: {response.text[:300]}"
        )

    never_5xx()
