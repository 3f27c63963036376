"""The analyses through their two doors: ``blocgraph <command> --json`` and ``/api/analysis/*`` on
a live ``blocgraph serve`` give the same JSON; errors say what to fix (CLI exit codes, problem
details); the OpenAPI schema documents the routes."""

from __future__ import annotations

import json
import subprocess
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from blocgraph.build import BuildSummary
from tests.api import conftest as api_fixtures
from tests.conftest import run_cli

#: The live ``blocgraph serve`` fixtures of the API tests, made visible to this module.
start_server = api_fixtures.start_server
server = api_fixtures.server

Params = list[tuple[str, str]]

#: name → (CLI arguments, API route, query parameters): the same question asked both ways.
SAME_QUESTION: dict[str, tuple[list[str], str, Params]] = {
    "coverage of Africa": (
        ["coverage", "--continent", "Africa", "--as-of", "2024-08-01"],
        "coverage",
        [("continent", "Africa"), ("as_of", "2024-08-01")],
    ),
    "coverage with bodies, roles, options": (
        [
            "coverage",
            "--bodies",
            "CIS,EAEU,ШОС",
            "--roles",
            "member,observer",
            "--transcontinental",
            "--threshold",
            "0.5",
            "--as-of",
            "2015-01-01",
        ],
        "coverage",
        [
            ("bodies", "CIS,EAEU,ШОС"),
            ("roles", "member"),
            ("roles", "observer"),
            ("transcontinental", "true"),
            ("threshold", "0.5"),
            ("as_of", "2015-01-01"),
        ],
    ),
    "coverage today": (["coverage", "--continent", "419"], "coverage", [("continent", "419")]),
    "overlaps of the seed's six": (
        ["overlaps", "--as-of", "2015-01-01"],
        "overlaps",
        [("as_of", "2015-01-01")],
    ),
    "overlaps of chosen bodies": (
        ["overlaps", "--bodies", "EU,NATO,COE", "--as-of", "2024-08-01"],
        "overlaps",
        [("bodies", "EU,NATO,COE"), ("as_of", "2024-08-01")],
    ),
    "cover": (
        ["cover", "--share", "0.9", "--as-of", "2024-08-01"],
        "cover",
        [("share", "0.9"), ("as_of", "2024-08-01")],
    ),
    "what if a union": (
        ["whatif", "--union", "EAEU,SCO,ASEAN", "--as-of", "2024-08-01"],
        "whatif",
        [("union", "EAEU,SCO,ASEAN"), ("as_of", "2024-08-01")],
    ),
    "what if a list": (
        ["whatif", "--members", "prk,jpn", "--name", "NEA", "--continent", "Asia"],
        "whatif",
        [("members", "prk,jpn"), ("name", "NEA"), ("continent", "Asia")],
    ),
    "brokers": (
        ["brokers", "--top", "5", "--as-of", "2024-08-01"],
        "brokers",
        [("top", "5"), ("as_of", "2024-08-01")],
    ),
    "span": (
        ["span", "--bodies", "SCO,BRICS", "--as-of", "2024-08-01"],
        "span",
        [("bodies", "SCO,BRICS"), ("as_of", "2024-08-01")],
    ),
    "change": (
        ["change", "--from", "2020-01-01", "--to", "2026-01-01"],
        "change",
        [("before", "2020-01-01"), ("after", "2026-01-01")],
    ),
}


Run = subprocess.CompletedProcess[str]


class Commands:
    """``blocgraph`` runs (real processes on the built store), kept by their arguments."""

    def __init__(self, summary: BuildSummary, lines: list[tuple[str, ...]]) -> None:
        self.summary = summary
        with ThreadPoolExecutor(max_workers=2) as pool:
            done = pool.map(lambda args: run_cli(*args, store=summary.store), lines)
            self.done = dict(zip(lines, done, strict=True))

    def run(self, *args: str) -> Run:
        if args not in self.done:
            self.done[args] = run_cli(*args, store=self.summary.store)
        return self.done[args]

    def json(self, *args: str) -> Any:
        done = self.run(*args, "--json")
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)


@pytest.fixture(scope="module")
def cli(summary: BuildSummary) -> Commands:
    """Every command line of the tables below, run up front two at a time (CI has 2 cores)."""
    lines = [(*args, "--json") for args, _route, _params in SAME_QUESTION.values()]
    lines += [(*args, "--continent", "Atlantis", "--json") for args, _r, _p in UNKNOWN_CONTINENT]
    lines += [(*args, "--json") for args, _route, _params in UNKNOWN_BODY]
    lines += [(*args, "--json") for args, _route, _params, _message in INVALID]
    lines += [COVERAGE_OF_AFRICA, BAD_ROLE]
    return Commands(summary, lines)


def _api(server: str, route: str, params: Params) -> httpx.Response:
    return httpx.get(f"{server}/api/analysis/{route}", params=tuple(params), timeout=60)


@pytest.mark.parametrize("question", SAME_QUESTION)
def test_cli_and_api_agree(server: str, cli: Commands, question: str) -> None:
    args, route, params = SAME_QUESTION[question]
    answer = _api(server, route, params)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("application/json")
    assert cli.json(*args) == answer.json()


COVERAGE_OF_AFRICA = ("coverage", "--continent", "Africa", "--json")


def test_coverage_json_keys(cli: Commands) -> None:
    done = cli.run(*COVERAGE_OF_AFRICA)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert {
        "continent",
        "as_of",
        "states",
        "bodies",
        "union",
        "uncovered",
        "pan_continental",
    } <= set(report)
    assert report["continent"] == "Africa"
    assert report["bodies"]
    for body in report["bodies"]:
        assert {"body", "members_in_continent", "share"} <= set(body)
    assert set(report["union"]) == {"count", "share"}
    assert report["pan_continental"] == ["AU"]


# --- errors -----------------------------------------------------------------------------------


def _is_problem(answer: httpx.Response, status: int) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    problem: dict[str, Any] = answer.json()
    assert problem["status"] == status
    return problem


UNKNOWN_CONTINENT: list[tuple[list[str], str, Params]] = [
    (["coverage"], "coverage", []),
    (["cover"], "cover", []),
    (["whatif", "--union", "SCO"], "whatif", [("union", "SCO")]),
    (
        ["change", "--from", "2020-01-01", "--to", "2026-01-01"],
        "change",
        [("before", "2020-01-01"), ("after", "2026-01-01")],
    ),
]


@pytest.mark.parametrize(
    ("args", "route", "params"), UNKNOWN_CONTINENT, ids=[r for _a, r, _p in UNKNOWN_CONTINENT]
)
def test_unknown_continent(
    server: str, cli: Commands, args: list[str], route: str, params: Params
) -> None:
    done = cli.run(*args, "--continent", "Atlantis", "--json")
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 2
    assert "unknown region 'Atlantis'" in done.stderr
    problem = _is_problem(_api(server, route, [*params, ("continent", "Atlantis")]), 422)
    assert "unknown region 'Atlantis'" in problem["detail"]


UNKNOWN_BODY: list[tuple[list[str], str, Params]] = [
    (["coverage", "--bodies", "SCOO"], "coverage", [("bodies", "SCOO")]),
    (["overlaps", "--bodies", "CIS,SCOO"], "overlaps", [("bodies", "CIS,SCOO")]),
    (["whatif", "--union", "SCOO"], "whatif", [("union", "SCOO")]),
]


@pytest.mark.parametrize(
    ("args", "route", "params"), UNKNOWN_BODY, ids=[r for _a, r, _p in UNKNOWN_BODY]
)
def test_unknown_body(
    server: str, cli: Commands, args: list[str], route: str, params: Params
) -> None:
    done = cli.run(*args, "--json")
    assert done.returncode == 1
    assert "did you mean" in done.stderr
    assert "SCO" in done.stderr
    problem = _is_problem(_api(server, route, params), 404)
    assert "SCOO" in problem["detail"]
    assert any("SCO" in s for s in problem["suggestions"])


@pytest.mark.parametrize("route", ["coverage", "overlaps", "cover", "brokers", "span"])
def test_bad_role_is_422(server: str, route: str) -> None:
    problem = _is_problem(_api(server, route, [("roles", "member"), ("roles", "bogus")]), 422)
    assert "roles" in problem["detail"]


BAD_ROLE = ("coverage", "--roles", "member,bogus", "--json")


def test_bad_role_on_the_command_line(cli: Commands) -> None:
    done = cli.run(*BAD_ROLE)
    assert done.returncode == 2
    assert "unknown role 'bogus'" in done.stderr


INVALID: list[tuple[list[str], str, Params, str]] = [
    (["span", "--scheme", "nope"], "span", [("scheme", "nope")], "unknown scheme 'nope'"),
    (["whatif", "--members", "XXX"], "whatif", [("members", "XXX")], "unknown state code"),
    (["whatif"], "whatif", [], "union"),
]


@pytest.mark.parametrize(
    ("args", "route", "params", "message"), INVALID, ids=["scheme", "state", "empty what-if"]
)
def test_invalid_requests(
    server: str, cli: Commands, args: list[str], route: str, params: Params, message: str
) -> None:
    done = cli.run(*args, "--json")
    assert done.returncode == 2
    assert message in done.stderr
    problem = _is_problem(_api(server, route, params), 422)
    assert message in problem["detail"]


@pytest.mark.parametrize(
    ("route", "params"),
    [
        ("coverage", [("threshold", "1.5")]),
        ("cover", [("share", "0")]),
        ("brokers", [("top", "0")]),
        ("coverage", [("as_of", "yesterday")]),
        ("change", [("before", "2020-01-01")]),
    ],
)
def test_out_of_range_parameters(server: str, route: str, params: Params) -> None:
    _is_problem(_api(server, route, params), 422)


# --- OpenAPI ----------------------------------------------------------------------------------

ROUTES = {
    "coverage": {"continent", "bodies", "as_of", "roles", "transcontinental", "threshold"},
    "overlaps": {"bodies", "as_of", "roles"},
    "cover": {"continent", "share", "bodies", "as_of", "roles", "transcontinental"},
    "whatif": {"union", "members", "name", "continent", "as_of", "roles", "transcontinental"},
    "brokers": {"bodies", "as_of", "roles", "top"},
    "span": {"scheme", "bodies", "as_of", "roles"},
    "change": {"before", "after", "bodies", "continent", "roles"},
}


@pytest.mark.parametrize("route", ROUTES)
def test_openapi_documents_the_route(server: str, route: str) -> None:
    schema = httpx.get(f"{server}/openapi.json", timeout=30).json()
    operation = schema["paths"][f"/api/analysis/{route}"]["get"]
    assert "analysis" in operation["tags"]
    assert operation["summary"]
    assert operation.get("description")
    assert {p["name"] for p in operation["parameters"]} == ROUTES[route]
    assert "200" in operation["responses"]
