"""How long ``blocgraph serve`` takes to be ready, on the real store and the synthetic one.

``python -m bench.serve_ready [--repeat 5] [--scale 100] [--work DIR] [--without-files]``. It
prepares two stores once, outside the timing — the real graph (a build of ``data/``, as
``blocgraph build`` does) and the synthetic graph (``bench.synthetic``, scale 100 ≈ 1.5 M
triples, bulk-loaded as ``bench.run`` does, then given the files ``blocgraph load`` writes
beside a store: name index, membership index, analytics' data) — then, ``--repeat`` times,
alternating the stores round by round so that both see the same load:

1. starts ``blocgraph serve --store STORE --port P`` as a fresh process (as an analyst runs it);
2. sends ``GET /`` (the home page: a static asset, no query) every 50 ms until one answers 200
   — **ready**, the wall time from launching the process to that answer: uvicorn accepts
   connections once the application's start-up is done (store opened, query workers started;
   the indexes are read in the background from then on, ``blocgraph.api._warmup``);
3. then asks one REST lookup (``GET /api/states/X/bodies``) and one small SPARQL query, and
   records when each was answered (also from the launch): the first real answers;
4. polls ``GET /api/status`` until it says ``ready`` — **indexes read**: from then on no request
   waits for anything read at start-up;
5. stops the server (SIGTERM, then SIGKILL to its process group after 30 s) and pauses.

With ``--without-files`` the files beside both stores are deleted before the runs (and written
again by the next run without it): everything is read from the graph, as for a store another
tool wrote.

The server process's own CPU time up to the ready answer (``/proc/PID/stat``) is recorded too:
on a shared machine it moves less with other load than the wall clock. The report, with the
load average before each run, goes to ``bench/serve-ready-results.md``. With ``--work DIR`` the
stores are kept there and reused by the next run (delete the folder after a data change).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx

from bench import synthetic
from bench.run import SPARQL_HEADERS, BenchError, free_port, log, machine
from blocgraph.config import PROJECT_ROOT, Settings
from blocgraph.store import Store

RESULTS = PROJECT_ROOT / "bench" / "serve-ready-results.md"
#: The issue's aim for the synthetic store, in seconds.
READY_AIM = 10.0
FIRST_QUERY = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"


@dataclass(frozen=True, slots=True)
class Prepared:
    """A store to serve and what to look up in it."""

    name: str
    store: Path
    triples: int
    lookup_state: str
    prepare_seconds: float
    files: bool
    """Whether the files beside the store were there (``--without-files``: not)."""


@dataclass(frozen=True, slots=True)
class Run:
    """One start of the server: seconds from launch, and the load average before it."""

    ready: float
    lookup: float
    sparql: float
    indexes: float
    cpu_at_ready: float | None
    load: float


@dataclass(slots=True)
class Series:
    prepared: Prepared
    runs: list[Run] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # starts that failed or timed out


# --- stores ------------------------------------------------------------------------------------


def _count(store_path: Path) -> int:
    store = Store.open(store_path)
    count = len(store)  # the default graph: the union of the named graphs, written at build
    del store
    return count


def files_beside(store: Path, wanted: bool) -> bool:
    """Make sure the files ``blocgraph build`` and ``blocgraph load`` write beside the store are
    there and match it (``wanted``), or are not there; returns ``wanted``."""
    from blocgraph._store_caches import write_store_caches
    from blocgraph.analysis._data_cache import read_data_cache
    from blocgraph.lookup._index_cache import read_index_cache
    from blocgraph.lookup._names_cache import read_name_cache
    from blocgraph.store._beside import PREFIX

    if not wanted:
        for path in store.glob(f"{PREFIX}*"):
            path.unlink()
    elif any(read(store) is None for read in (read_name_cache, read_index_cache, read_data_cache)):
        write_store_caches(store)
    return wanted


def prepare_real(work: Path, files: bool = True) -> Prepared:
    """Build ``data/`` into ``work/real/store`` (or reuse the store already there)."""
    from blocgraph.build import build

    store = work / "real" / "store"
    began = time.monotonic()
    if not store.exists():
        build(Settings(store=store))
    files = files_beside(store, files)
    return Prepared("real", store, _count(store), "RUS", time.monotonic() - began, files)


def prepare_synthetic(work: Path, scale: int, seed: int, files: bool = True) -> Prepared:
    """Generate the synthetic N-Quads and bulk-load them into ``work/synthetic-S/store`` (or
    reuse the store already there)."""
    folder = work / f"synthetic-{scale}-{seed}"
    store = folder / "store"
    began = time.monotonic()
    if not store.exists():
        generated = folder / "synthetic.nq"
        counts = synthetic.write_nquads(generated, scale, seed)
        log(f"synthetic ×{scale}: {counts.quads} quads generated; loading")
        loading = Store.open(folder / "loading", read_only=False, create=True)
        loading.bulk_load_quads(generated)  # also materializes the union as the default graph
        del loading
        (folder / "loading").rename(store)  # a half-loaded store is never reused
        generated.unlink()
    files = files_beside(store, files)  # as `blocgraph load` leaves a store
    return Prepared(
        f"synthetic ×{scale}",
        store,
        _count(store),
        synthetic.LOOKUP_STATE,
        time.monotonic() - began,
        files,
    )


# --- one start ---------------------------------------------------------------------------------


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of a running process (Linux), or None."""
    with suppress(OSError, ValueError, IndexError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        fields = stat.rsplit(")", 1)[1].split()  # after the command name, which may hold spaces
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return None


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM (uvicorn shuts down and stops its query workers), then SIGKILL to the group."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)
    with suppress(ProcessLookupError, PermissionError):  # workers left behind, if any
        os.killpg(process.pid, signal.SIGKILL)


def start_once(prepared: Prepared, log_path: Path, timeout: float) -> Run:
    """Start ``blocgraph serve`` on the store, time it to its first answers, and stop it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BLOCGRAPH_")}
    port = free_port()
    command = [sys.executable, "-m", "blocgraph.cli", "serve"]
    command += ["--store", str(prepared.store), "--port", str(port)]
    load = os.getloadavg()[0]
    with log_path.open("ab") as sink:  # a file, not a pipe: a full pipe blocks the server
        began = time.monotonic()
        process = subprocess.Popen(
            command, env=env, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=timeout) as client:
            ready, cpu = _wait_ready(client, process, began, timeout, log_path)
            path = f"/api/states/{prepared.lookup_state}/bodies"
            if client.get(path).status_code != 200:
                raise BenchError(f"GET {path} failed")
            lookup = time.monotonic() - began
            answer = client.post("/sparql", content=FIRST_QUERY.encode(), headers=SPARQL_HEADERS)
            if answer.status_code != 200:
                raise BenchError(f"SPARQL failed: {answer.status_code} {answer.text[:200]}")
            sparql = time.monotonic() - began
            while not client.get("/api/status").json()["ready"]:
                if time.monotonic() - began > timeout:
                    raise BenchError(f"the indexes were not read within {timeout:g} s")
                time.sleep(0.05)
            indexes = time.monotonic() - began
    finally:
        _stop(process)
    return Run(ready, lookup, sparql, indexes, cpu, load)


def _wait_ready(
    client: httpx.Client,
    process: subprocess.Popen[bytes],
    began: float,
    timeout: float,
    log_path: Path,
) -> tuple[float, float | None]:
    """Seconds from launch to the first 200 from ``GET /``, and the server's CPU by then."""
    while time.monotonic() - began < timeout:
        if process.poll() is not None:
            tail = log_path.read_text(errors="replace")[-2000:]
            raise BenchError(f"serve exited with {process.returncode}:\n{tail}")
        with suppress(httpx.HTTPError):
            if client.get("/", timeout=2.0).status_code == 200:
                return time.monotonic() - began, _cpu_seconds(process.pid)
        time.sleep(0.05)
    raise BenchError(f"serve did not answer within {timeout:g} s")


# --- report ------------------------------------------------------------------------------------


def _seconds(values: Sequence[float], how: str = "median") -> str:
    if not values:
        return "–"
    value = statistics.median(values) if how == "median" else (min if how == "min" else max)(values)
    return f"{value:.2f} s"


def render(series: Sequence[Series], command: str, started: datetime, timeout: float) -> str:
    table = [
        "| store | triples | runs | ready, median | min | max | first lookup, median "
        "| first SPARQL, median | indexes read, median | server CPU at ready, median |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for s in series:
        ready = [r.ready for r in s.runs]
        cpus = [r.cpu_at_ready for r in s.runs if r.cpu_at_ready is not None]
        failed = f" (+{len(s.failures)} failed)" if s.failures else ""
        table.append(
            f"| {s.prepared.name} | {s.prepared.triples:,} | {len(s.runs)}{failed} "
            f"| {_seconds(ready)} | {_seconds(ready, 'min')} | {_seconds(ready, 'max')} "
            f"| {_seconds([r.lookup for r in s.runs])} | {_seconds([r.sparql for r in s.runs])} "
            f"| {_seconds([r.indexes for r in s.runs])} | {_seconds(cpus)} |"
        )
    runs = [
        "| store | run | load (1 min) before | ready | first lookup | first SPARQL "
        "| indexes read | CPU |"
    ]
    runs.append("|---|--:|--:|--:|--:|--:|--:|--:|")
    for s in series:
        for i, r in enumerate(s.runs, 1):
            cpu = f"{r.cpu_at_ready:.2f} s" if r.cpu_at_ready is not None else ""
            runs.append(
                f"| {s.prepared.name} | {i} | {r.load:.2f} | {r.ready:.2f} s "
                f"| {r.lookup:.2f} s | {r.sparql:.2f} s | {r.indexes:.2f} s | {cpu} |"
            )
    synthetic_runs = [r.ready for s in series if s.prepared.name != "real" for r in s.runs]
    failures = [f"- {s.prepared.name}, {f}" for s in series for f in s.failures]
    verdict = f"no synthetic start answered within {timeout:g} s: aim < {READY_AIM:g} s **not met**"
    if synthetic_runs:
        median = statistics.median(synthetic_runs)
        met = "met" if median < READY_AIM else "**not met**"
        verdict = f"median {median:.2f} s on the synthetic store: aim < {READY_AIM:g} s {met}"
    stores = "\n".join(
        f"- {s.prepared.name}: {s.prepared.triples:,} triples in the store's default graph "
        f"(prepared or reused in {s.prepared.prepare_seconds:.0f} s, not timed); files beside "
        f"the store (name index, membership index, analytics' data): "
        f"{'yes' if s.prepared.files else 'no (--without-files): read from the graph'}"
        for s in series
    )
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    failed = (
        f"\nFailed starts (timeout {timeout:g} s):\n\n" + "\n".join(failures) if failures else ""
    )
    return f"""# `blocgraph serve` ready time (bench/serve_ready.py)

- Date: {started:%Y-%m-%d %H:%M} UTC
- Command: `{command}`
- Machine: {machine()}
- Load average at the end (1, 5, 15 min): {load}

{verdict}.

{chr(10).join(table)}

Seconds from launching `blocgraph serve --store STORE --port P` (a fresh process) to the first
200 answer to `GET /` (ready), to the answer of one REST lookup sent right after
(`GET /api/states/X/bodies`, X = RUS or {synthetic.LOOKUP_STATE}) and of one SPARQL query sent
after that (`{FIRST_QUERY}`), and until `GET /api/status` says every index is read ("indexes
read"). "Server CPU" is the serve process's own user + system time up to the ready answer (its
query worker processes not included). The stores alternate run by run.

## Stores

{stores}

## Every run

{chr(10).join(runs)}
{failed}"""


# --- entry point -------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.serve_ready", description=(__doc__ or "").splitlines()[0]
    )
    parser.add_argument("--repeat", type=int, default=5, help="starts per store [default: 5]")
    parser.add_argument("--scale", type=int, default=synthetic.DEFAULT_SCALE)
    parser.add_argument("--seed", type=int, default=synthetic.DEFAULT_SEED)
    parser.add_argument("--work", type=Path, help="keep and reuse the stores here")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per start")
    parser.add_argument("--pause", type=float, default=3.0, help="seconds between starts")
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument(
        "--without-files",
        action="store_true",
        help="delete the files beside the stores first: read everything from the graph",
    )
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda _signal, _frame: sys.exit(143))  # run the finally
    command = "python -m bench.serve_ready" + "".join(f" {a}" for a in (argv or sys.argv[1:]))
    started = datetime.now(UTC)
    work = args.work or Path(tempfile.mkdtemp(prefix="blocgraph-serve-ready-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        series = [
            Series(prepare_real(work, not args.without_files)),
            Series(prepare_synthetic(work, args.scale, args.seed, not args.without_files)),
        ]
        for s in series:
            log(f"{s.prepared.name}: {s.prepared.triples:,} triples at {s.prepared.store}")
        for i in range(args.repeat):
            for s in series if i % 2 == 0 else reversed(series):
                time.sleep(args.pause)
                try:
                    run = start_once(s.prepared, work / "serve.log", args.timeout)
                except (BenchError, httpx.HTTPError) as exc:
                    s.failures.append(f"run {i + 1}: {str(exc)[:300]}")
                    log(f"{s.prepared.name} run {i + 1} failed: {exc}")
                    continue
                s.runs.append(run)
                log(f"{s.prepared.name} run {i + 1}: ready {run.ready:.2f} s (load {run.load:.2f})")
    except BenchError as exc:
        log(f"failed: {exc}")
        return 1
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    report = render(series, command, started, args.timeout)
    args.output.write_text(report, encoding="utf-8")
    print(report)
    log(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
