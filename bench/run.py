"""Benchmark blocgraph's SPARQL service against rdflib-endpoint serving the same data.

``python -m bench.run [--quick]`` (or ``make bench``). For each dataset — the real graph (a
build of ``data/``) and a synthetic graph about 100 times larger (``bench.synthetic``) — it
starts two servers on 127.0.0.1:

1. ``blocgraph serve`` on the store (a subprocess, as an analyst runs it);
2. ``rdflib-endpoint serve`` on an N-Quads dump of the same store. rdflib-endpoint loads files
   into ``rdflib.Dataset(default_union=True)`` (in-memory store), so its default graph is the
   union of the named graphs, as blocgraph's is: both answer the same queries on the same
   triples, which the run checks by counting the default graph's triples on both.

Then, for each analyst query (``bench.queries``), it sends one warm-up request and up to N
timed requests, one at a time over a keep-alive connection (SPARQL 1.1 Protocol: POST
``application/sparql-query``, Accept ``application/sparql-results+json``), to each server, checks
that both return the same number of result rows, and records the median and 95th percentile
latency and the requests per second. Last, "which bodies include X": blocgraph's REST lookup
``GET /api/states/X/bodies`` against one SPARQL query with the same answer sent to
rdflib-endpoint (and, for reference, that SPARQL sent to blocgraph).

Everything is bounded: a timeout per request, at most N runs or ``budget`` seconds per cell
(a request slower than the budget is measured once), and a peer that misses the timeout is
restarted (it cannot stop a query it is evaluating) and the cell reported as "> timeout".

The table is printed and, for a full run, written to ``bench/results.md`` with the date, the
machine, the versions and the command.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from functools import partial
from importlib import metadata
from pathlib import Path

import httpx

from bench import synthetic
from bench.queries import (
    TRIPLE_COUNT,
    Subjects,
    analyst_queries,
    lookup_equivalent,
)
from blocgraph.build import build
from blocgraph.config import PROJECT_ROOT, Settings
from blocgraph.store import Store

RESULTS = PROJECT_ROOT / "bench" / "results.md"
SPARQL_HEADERS = {
    "Content-Type": "application/sparql-query; charset=utf-8",
    "Accept": "application/sparql-results+json",
}
#: Queries that aggregate or scan every spell: the ones the ≥ 20× target is about.
HEAVY_TARGET = 20.0
#: The REST lookup's target median, in milliseconds.
REST_TARGET_MS = 5.0


class BenchError(Exception):
    """A server failed to start or answered with an error."""


def log(message: str) -> None:
    """Progress on stderr, with the time, so a long run can be followed."""
    print(f"[{datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


# --- plan and measurements ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Plan:
    """How much to measure: runs per cell, seconds per cell, seconds per request."""

    reps: int = 20
    rest_reps: int = 200
    budget: float = 60.0
    timeout: float = 600.0  # long enough for rdflib's pairwise overlap at ×100 (~5 min)
    scale: int = synthetic.DEFAULT_SCALE
    seed: int = synthetic.DEFAULT_SEED


QUICK = Plan(reps=5, rest_reps=50, budget=10.0, timeout=60.0, scale=10)


@dataclass(slots=True)
class Cell:
    """The measurements of one request kind against one server."""

    latencies: list[float] = field(default_factory=list)
    rows: int | None = None
    error: str | None = None
    timed_out: bool = False

    @property
    def runs(self) -> int:
        return len(self.latencies)

    @property
    def p50(self) -> float | None:
        return statistics.median(self.latencies) if self.latencies else None

    @property
    def p95(self) -> float | None:
        if not self.latencies:
            return None
        ordered = sorted(self.latencies)
        return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]

    @property
    def rate(self) -> float | None:
        total = sum(self.latencies)
        return len(self.latencies) / total if total > 0 else None


@dataclass(frozen=True, slots=True)
class Call:
    """One HTTP request to repeat, and how to count the result rows of its answer."""

    method: str
    path: str
    body: bytes | None
    headers: dict[str, str]
    rows: Callable[[bytes], int]


def count_bindings(body: bytes) -> int:
    """Rows of a SPARQL JSON result."""
    return len(json.loads(body)["results"]["bindings"])


def count_spells(body: bytes) -> int:
    """Distinct ``?m`` (spells) of a SPARQL JSON result: what the lookup groups its rows by."""
    return len({b["m"]["value"] for b in json.loads(body)["results"]["bindings"]})


def count_items(body: bytes) -> int:
    """Items of a JSON list (one per spell in the REST lookup)."""
    items = json.loads(body)
    if not isinstance(items, list):
        raise BenchError(f"expected a JSON list, got {type(items).__name__}")
    return len(items)


def sparql_call(server: Server, text: str, rows: Callable[[bytes], int] = count_bindings) -> Call:
    return Call("POST", server.sparql_path, text.encode("utf-8"), SPARQL_HEADERS, rows)


# --- servers -----------------------------------------------------------------------------------


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass(slots=True)
class Server:
    """A server process started by the benchmark, with a keep-alive client to it."""

    name: str
    command: list[str]
    env: dict[str, str]
    sparql_path: str
    ready: Call
    log_path: Path
    startup_timeout: float
    request_timeout: float
    port: int = 0
    process: subprocess.Popen[bytes] | None = None
    client: httpx.Client | None = None
    startup_seconds: float = 0.0
    restarts: int = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        """Start the process on a free port (stdout to a file) and wait until it answers."""
        self.port = free_port()
        command = [part.replace("{port}", str(self.port)) for part in self.command]
        began = time.monotonic()
        with self.log_path.open("ab") as sink:  # a file, not a pipe: a full pipe blocks
            self.process = subprocess.Popen(
                command, env=self.env, stdout=sink, stderr=subprocess.STDOUT
            )
        self.client = httpx.Client(base_url=self.base_url, timeout=self.request_timeout)
        deadline = began + self.startup_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                tail = self.log_path.read_text(errors="replace")[-3000:]
                raise BenchError(f"{self.name} exited with {self.process.returncode}:\n{tail}")
            with suppress(httpx.HTTPError):
                response = self.client.request(
                    self.ready.method,
                    self.ready.path,
                    content=self.ready.body,
                    headers=self.ready.headers,
                    timeout=5.0,
                )
                if response.status_code == 200:
                    self.startup_seconds = time.monotonic() - began
                    return
            time.sleep(0.25)
        self.stop()
        raise BenchError(f"{self.name} did not answer within {self.startup_timeout:g} s")

    def stop(self) -> None:
        """Stop the process this object started (SIGTERM, then SIGKILL after 15 s)."""
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)
        self.process = None

    def restart(self) -> None:
        log(f"restarting {self.name} (it is still evaluating a query that timed out)")
        self.restarts += 1
        self.stop()
        self.start()

    def request(self, call: Call) -> tuple[float, bytes]:
        """Send ``call`` once; its latency (request sent → body read) and body."""
        assert self.client is not None
        began = time.perf_counter()
        response = self.client.request(
            call.method, call.path, content=call.body, headers=call.headers
        )
        elapsed = time.perf_counter() - began
        if response.status_code != 200:
            raise BenchError(f"{self.name} answered {response.status_code}: {response.text[:300]}")
        return elapsed, response.content


@contextmanager
def running(*servers: Server) -> Iterator[None]:
    """Start every server, and stop every one on the way out, whatever happens."""
    try:
        for server in servers:
            server.start()
            log(f"{server.name} up on {server.base_url} after {server.startup_seconds:.1f} s")
        yield
    finally:
        for server in servers:
            server.stop()


def blocgraph_server(store: Path, folder: Path, plan: Plan) -> Server:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BLOCGRAPH_")}
    # the service's own deadline matches the client's, so slow queries are measured, not cut
    env["BLOCGRAPH_QUERY_TIMEOUT"] = f"{plan.timeout:g}"
    return Server(
        name="blocgraph",
        command=[
            sys.executable,
            "-m",
            "blocgraph.cli",
            "serve",
            "--store",
            str(store),
            "--port",
            "{port}",
        ],
        env=env,
        sparql_path="/sparql",
        ready=Call("GET", "/sparql", None, {"Accept": "text/turtle"}, count_items),
        log_path=folder / "blocgraph.log",
        startup_timeout=120.0,
        request_timeout=plan.timeout,
    )


def rdflib_endpoint_server(dump: Path, folder: Path, plan: Plan) -> Server:
    executable = Path(sys.executable).parent / "rdflib-endpoint"
    if not executable.exists():
        found = shutil.which("rdflib-endpoint")
        if found is None:
            raise BenchError("rdflib-endpoint is not installed: pip install -e '.[bench]'")
        executable = Path(found)
    return Server(
        name="rdflib-endpoint",
        command=[str(executable), "serve", str(dump), "--host", "127.0.0.1", "--port", "{port}"],
        env=dict(os.environ),
        sparql_path="/",
        ready=Call("GET", "/", None, {"Accept": "text/turtle"}, count_items),
        log_path=folder / "rdflib-endpoint.log",
        startup_timeout=1800.0,  # it parses the whole dump into memory first
        request_timeout=plan.timeout,
    )


def measure(server: Server, call: Call, reps: int, plan: Plan) -> Cell:
    """One warm-up request (its rows are the correctness check), then up to ``reps`` timed
    requests within ``plan.budget`` seconds. A warm-up slower than the budget is the only
    sample; a request that misses ``plan.timeout`` ends the cell and restarts the server."""
    cell = Cell()
    try:
        elapsed, body = server.request(call)
        cell.rows = call.rows(body)
        if elapsed >= plan.budget:
            cell.latencies.append(elapsed)
            return cell
        began = time.monotonic()
        while cell.runs < reps and time.monotonic() - began < plan.budget:
            cell.latencies.append(server.request(call)[0])
    except httpx.TimeoutException:
        cell.timed_out = True
        server.restart()
    except (httpx.HTTPError, BenchError, ValueError, KeyError) as exc:
        cell.error = str(exc)[:300]
    return cell


# --- datasets ----------------------------------------------------------------------------------


@dataclass(slots=True)
class Dataset:
    """A store, its N-Quads dump, and what the queries ask about in it."""

    name: str
    folder: Path
    store: Path
    dump: Path
    subjects: Subjects
    quads: int = 0
    prepare_seconds: float = 0.0


def prepare_real(work: Path) -> Dataset:
    """Build ``data/`` into a fresh store, as ``blocgraph build`` does, and dump it."""
    folder = work / "real"
    began = time.monotonic()
    summary = build(Settings(store=folder / "store"))
    dataset = Dataset(
        "real", folder, summary.store, folder / "dump.nq", Subjects("RUS", "SCO", "CSTO")
    )
    return _dump(dataset, began)


def prepare_synthetic(work: Path, plan: Plan) -> Dataset:
    """Generate the synthetic N-Quads, bulk-load them into a fresh store, and dump it."""
    folder = work / "synthetic"
    began = time.monotonic()
    generated = folder / "synthetic.nq"
    counts = synthetic.write_nquads(generated, plan.scale, plan.seed)
    log(
        f"synthetic: {counts.quads} quads ({counts.states} states, {counts.bodies} bodies, "
        f"{counts.memberships} spells, {counts.sources} sources)"
    )
    store = Store.open(folder / "store", read_only=False, create=True)
    store.bulk_load_quads(generated)  # also materializes the union as the default graph
    del store
    generated.unlink()
    subjects = Subjects(synthetic.LOOKUP_STATE, *synthetic.BODY_PAIR)
    dataset = Dataset(
        f"synthetic ×{plan.scale}", folder, folder / "store", folder / "dump.nq", subjects
    )
    return _dump(dataset, began)


def _dump(dataset: Dataset, began: float) -> Dataset:
    store = Store.open(dataset.store)
    dataset.quads = len(store)
    # the named graphs only: the peer makes its default graph their union itself
    dataset.dump.write_bytes(store.export_named_graphs())
    del store
    dataset.prepare_seconds = time.monotonic() - began
    return dataset


# --- one dataset -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the table."""

    title: str
    dataset: str
    heavy: bool
    rest: bool
    ours: Cell
    peer: Cell

    @property
    def ratio(self) -> float | None:
        if self.ours.p50 is None or self.peer.p50 is None or self.peer.timed_out:
            return None
        return self.peer.p50 / self.ours.p50

    @property
    def same_rows(self) -> str:
        if self.ours.rows is None or self.peer.rows is None:
            return "n/a"
        if self.ours.rows == self.peer.rows:
            return "yes"
        return f"NO ({self.ours.rows} vs {self.peer.rows})"


@dataclass(slots=True)
class DatasetReport:
    """What one dataset's run found besides the table rows."""

    dataset: Dataset
    triples: tuple[int | None, int | None] = (None, None)
    startup: tuple[float, float] = (0.0, 0.0)
    peer_restarts: int = 0
    load: tuple[float, float] = (0.0, 0.0)
    rows: list[Row] = field(default_factory=list)


def run_dataset(dataset: Dataset, plan: Plan) -> DatasetReport:
    """Both servers on one dataset, every query on both; the servers are stopped after."""
    ours = blocgraph_server(dataset.store, dataset.folder, plan)
    peer = rdflib_endpoint_server(dataset.dump, dataset.folder, plan)
    report = DatasetReport(dataset)
    load_before = os.getloadavg()[0]
    with running(ours, peer):
        report.startup = (ours.startup_seconds, peer.startup_seconds)
        report.triples = (count_triples(ours), count_triples(peer))
        log(f"{dataset.name}: default-graph triples {report.triples}")
        for query in analyst_queries(dataset.subjects):
            row = Row(
                query.title,
                dataset.name,
                query.heavy,
                False,
                measure(ours, sparql_call(ours, query.text), plan.reps, plan),
                measure(peer, sparql_call(peer, query.text), plan.reps, plan),
            )
            _log_row(row)
            report.rows.append(row)
        state = dataset.subjects.state
        lookup = lookup_equivalent(state, date.today())
        rest = Call(
            "GET", f"/api/states/{state}/bodies", None, {"Accept": "application/json"}, count_items
        )
        peer_lookup = measure(peer, sparql_call(peer, lookup, count_spells), plan.rest_reps, plan)
        for title, cell, is_rest in (
            (
                f"which bodies include {state}: REST GET /api/states/{state}/bodies",
                measure(ours, rest, plan.rest_reps, plan),
                True,
            ),
            (
                f"which bodies include {state}: the same spells by SPARQL",
                measure(ours, sparql_call(ours, lookup, count_spells), plan.rest_reps, plan),
                False,
            ),
        ):
            row = Row(title, dataset.name, False, is_rest, cell, peer_lookup)
            _log_row(row)
            report.rows.append(row)
    report.peer_restarts = peer.restarts
    report.load = (load_before, os.getloadavg()[0])
    return report


def count_triples(server: Server) -> int | None:
    """How many triples the server's default graph holds (None if it cannot tell in time)."""
    try:
        body = server.request(sparql_call(server, TRIPLE_COUNT))[1]
        binding = json.loads(body)["results"]["bindings"][0]
        return int(next(iter(binding.values()))["value"])
    except httpx.TimeoutException:
        server.restart()
    except (httpx.HTTPError, BenchError, ValueError, KeyError, IndexError, StopIteration):
        pass
    return None


def _log_row(row: Row) -> None:
    log(
        f"{row.dataset} | {row.title}: blocgraph {_ms(row.ours)} ms ({row.ours.runs} runs), "
        f"rdflib-endpoint {_ms(row.peer)} ms ({row.peer.runs} runs), rows {row.same_rows}"
    )


# --- the report --------------------------------------------------------------------------------


def _ms(cell: Cell, value: float | None = None, timeout: float | None = None) -> str:
    if cell.timed_out and timeout is not None:
        return f"> {timeout * 1000:,.0f} (timeout)"
    if cell.error:
        return "error"
    number = cell.p50 if value is None else value
    if number is None:
        return "–"
    ms = number * 1000
    return f"{ms:,.1f}" if ms < 100 else f"{ms:,.0f}"


def _ratio(row: Row, timeout: float) -> str:
    if row.peer.timed_out and row.ours.p50:
        return f"> {timeout / row.ours.p50:,.0f}×"
    ratio = row.ratio
    if ratio is None:
        return "–"
    return f"{ratio:,.1f}×" if ratio < 10 else f"{ratio:,.0f}×"


def _rate(cell: Cell) -> str:
    rate = cell.rate
    if rate is None or cell.error:
        return "–"
    if rate < 1:
        return f"{rate:.2g}"
    return f"{rate:,.1f}" if rate < 10 else f"{rate:,.0f}"


def render_table(rows: Sequence[Row], plan: Plan) -> str:
    """The Markdown table: one line per query and dataset."""
    lines = [
        "| query | dataset | rows | blocgraph p50 ms | p95 ms | req/s | "
        "rdflib-endpoint p50 ms | p95 ms | req/s | ratio (p50) | runs | same rows |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|:-:|",
    ]
    for row in rows:
        rows_shown = row.ours.rows if row.ours.rows is not None else "–"
        title = f"**{row.title}**" if row.heavy else row.title
        lines.append(
            f"| {title} | {row.dataset} | {rows_shown} | {_ms(row.ours)} | "
            f"{_ms(row.ours, row.ours.p95)} | {_rate(row.ours)} | "
            f"{_ms(row.peer, timeout=plan.timeout)} | "
            f"{_ms(row.peer, row.peer.p95, plan.timeout)} | "
            f"{_rate(row.peer)} | {_ratio(row, plan.timeout)} | "
            f"{row.ours.runs}/{row.peer.runs} | {row.same_rows} |"
        )
    return "\n".join(lines)


def render_targets(rows: Sequence[Row], plan: Plan) -> str:
    """Whether the issue's targets are met on this machine."""
    lines = []
    for row in rows:
        if row.heavy:
            bound = plan.timeout / row.ours.p50 if row.peer.timed_out and row.ours.p50 else None
            ratio = bound or row.ratio
            verdict = "met" if ratio is not None and ratio >= HEAVY_TARGET else "NOT met"
            if bound is not None and bound < HEAVY_TARGET:
                verdict = "undecided (the peer timed out)"
            lines.append(
                f"- {verdict}: ≥ {HEAVY_TARGET:g}× on {row.title}, "
                f"{row.dataset} ({_ratio(row, plan.timeout)})"
            )
        if row.rest:
            p50 = row.ours.p50
            met = p50 is not None and p50 * 1000 < REST_TARGET_MS
            lines.append(
                f"- {'met' if met else 'NOT met'}: REST lookup p50 < {REST_TARGET_MS:g} ms, "
                f"{row.dataset} ({_ms(row.ours)} ms)"
            )
    return "\n".join(lines)


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine() -> str:
    """nproc, CPU, memory, OS, Python and the versions that matter."""
    cpu = "unknown CPU"
    with suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    with suppress(OSError, ValueError, IndexError):
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB RAM"
    nproc = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    versions = ", ".join(
        f"{p} {_version(p)}"
        for p in (
            "blocgraph",
            "pyoxigraph",
            "rdflib",
            "rdflib-endpoint",
            "fastapi",
            "uvicorn",
            "httpx",
        )
    )
    return (
        f"nproc {nproc} ({cpu}{memory}); {platform.platform()}; "
        f"Python {platform.python_version()}; {versions}"
    )


def render_report(
    reports: Sequence[DatasetReport], plan: Plan, command: str, started: datetime
) -> str:
    rows = [row for report in reports for row in report.rows]
    datasets = "\n".join(
        f"- **{r.dataset.name}**: {r.dataset.quads:,} triples in the store's default graph "
        f"(default-graph triples: blocgraph {_count(r.triples[0])}, rdflib-endpoint "
        f"{_count(r.triples[1])}); store built and dumped in {r.dataset.prepare_seconds:.0f} s; "
        f"ready to answer after {r.startup[0]:.1f} s (blocgraph) and {r.startup[1]:.1f} s "
        f"(rdflib-endpoint, which parses the dump into memory); rdflib-endpoint restarted "
        f"{r.peer_restarts} time(s) after a timeout; load average (1 min) "
        f"{r.load[0]:.2f} before, {r.load[1]:.2f} after."
        for r in reports
    )
    real = next((r.dataset.quads for r in reports if r.dataset.name == "real"), 0)
    sizes = [
        f"{r.dataset.name} is {r.dataset.quads / real:.0f}× the real graph"
        for r in reports
        if real and r.dataset.name != "real"
    ]
    return f"""# Benchmark: blocgraph vs rdflib-endpoint

- Date: {started:%Y-%m-%d %H:%M} UTC
- Command: `{command}`
- Machine: {machine()}

## Results

Latencies in milliseconds, measured by the client: request sent → whole body read, one request
at a time over a keep-alive connection. **Bold** queries are the heavy ones (aggregates and
scans of every spell), which the issue targets at ≥ {HEAVY_TARGET:g}× rdflib-endpoint. Ratio =
rdflib-endpoint p50 / blocgraph p50. Runs = timed runs (blocgraph/rdflib-endpoint) after one
warm-up request. "Same rows" compares the number of result rows (for the lookup: spells).

{render_table(rows, plan)}

Targets:

{render_targets(rows, plan)}

## Data

{datasets}
{"; ".join(sizes) + "." if sizes else ""} Synthetic data: `bench/synthetic.py` (scale {plan.scale},
seed {plan.seed}); it multiplies the real graph's states, bodies, spells and sources by the scale
(the ontology is included once).

## Method

- blocgraph: `blocgraph serve --store STORE` (embedded on-disk Oxigraph store, whose default
  graph holds the union of the named graphs, written at build time; 2 query worker processes,
  `BLOCGRAPH_QUERY_TIMEOUT={plan.timeout:g}`), SPARQL at `/sparql`.
- rdflib-endpoint: `rdflib-endpoint serve dump.nq --host 127.0.0.1` on the store's named
  graphs as N-Quads (`Store.export_named_graphs`). It loads the files into
  `rdflib.Dataset(default_union=True)` with rdflib's in-memory store, so its default graph is
  the union of the named graphs, as blocgraph's is; the dump is served unchanged (named graphs
  kept). The triple counts above check it.
- Both servers run on this machine at the same time, idle while the other is measured.
  Nothing else should run meanwhile: the load averages above show whether something did.
- Per cell: one warm-up request (not timed; its rows are compared), then up to {plan.reps} timed
  runs ({plan.rest_reps} for the lookup rows) or {plan.budget:g} s, whichever comes first; a
  request slower than {plan.budget:g} s is measured once. Requests time out after
  {plan.timeout:g} s; a peer that times out is restarted and shown as "> {plan.timeout:g} s".
- The REST row compares `GET /api/states/X/bodies` (blocgraph) with one SPARQL query giving
  the same spells and sources (`bench.queries.lookup_equivalent`) sent to rdflib-endpoint; the
  row below it sends that same SPARQL to both.
- Queries: `bench/queries.py`. Both servers get the same text, written in the form that was
  fastest on rdflib among the equivalent forms tried (no two constant-object patterns on
  different spells, no `a bg:Membership`, no UNION), so the ratios are not inflated by rdflib's
  join order: the textbook forms are 10–1000× slower on rdflib.
"""


def _count(value: int | None) -> str:
    return f"{value:,}" if value is not None else "unknown"


# --- entry point -------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.run", description=(__doc__ or "").splitlines()[0]
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a short smoke run: synthetic ×10, 5 runs per cell, nothing written",
    )
    parser.add_argument("--scale", type=int, help="synthetic size in worlds of the real size")
    parser.add_argument("--reps", type=int, help="timed runs per SPARQL cell")
    parser.add_argument("--timeout", type=float, help="seconds per request [default: 600]")
    parser.add_argument(
        "--output", type=Path, help=f"where to write the report [default: {RESULTS} for a full run]"
    )
    parser.add_argument("--keep", action="store_true", help="keep the stores, dumps and logs")
    args = parser.parse_args(argv)
    # `kill PID` stops the servers too: SystemExit runs the `finally` blocks, SIGTERM would not
    signal.signal(signal.SIGTERM, lambda _signal, _frame: sys.exit(143))
    plan = QUICK if args.quick else Plan()
    if args.scale:
        plan = replace(plan, scale=args.scale)
    if args.reps:
        plan = replace(plan, reps=args.reps)
    if args.timeout:
        plan = replace(plan, timeout=args.timeout)
    output: Path | None = args.output or (None if args.quick else RESULTS)
    command = "python -m bench.run" + ("".join(f" {a}" for a in (argv or sys.argv[1:])))
    started = datetime.now(UTC)
    work = Path(tempfile.mkdtemp(prefix="blocgraph-bench-"))
    log(f"working in {work}")
    reports: list[DatasetReport] = []
    try:
        preparations: list[Callable[[], Dataset]] = [
            partial(prepare_real, work),
            partial(prepare_synthetic, work, plan),
        ]
        for prepare in preparations:
            dataset = prepare()
            log(f"{dataset.name}: {dataset.quads} triples in {dataset.prepare_seconds:.0f} s")
            reports.append(run_dataset(dataset, plan))
    except BenchError as exc:
        log(f"failed: {exc}")
        return 1
    finally:
        if args.keep:
            log(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    rows = [row for report in reports for row in report.rows]
    print(render_table(rows, plan))
    print()
    print(render_targets(rows, plan))
    if output is not None:
        output.write_text(render_report(reports, plan, command, started), encoding="utf-8")
        log(f"wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
