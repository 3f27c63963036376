"""Benchmark of the whole universe (issue 12): build time and the analytics over every
organisation, side by side with today's graph (the curated data only).

Run: ``python -m bench.universe [--repeat N]``. Prints a Markdown table and writes it to
``bench/universe-results.md``. Targets: build < 60 s; every analytics report over the full graph
< 1 s; service start-up work (name index, analytics data, lookup index) < 10 s.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import httpx

from bench.analytics import TODAY, _reports
from blocgraph.analysis import SEED_BODIES, load_membership_data
from blocgraph.analysis._universe import load_universe, universe_data, universe_report
from blocgraph.build import build
from blocgraph.config import get_settings
from blocgraph.lookup import MembershipIndex, NameIndex
from blocgraph.store import Store

RESULTS = Path(__file__).with_name("universe-results.md")


def _time(run: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    samples, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples), result


def _startup(store: Store) -> float:
    started = time.perf_counter()
    NameIndex.from_store(store)
    load_membership_data(store)
    MembershipIndex.from_store(store)
    return time.perf_counter() - started


def _serve_until_answering(store: Path) -> float:
    """Seconds from ``blocgraph serve`` to its first answered lookup (workers included)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.perf_counter()
    command = [sys.executable, "-m", "blocgraph.cli", "serve", "--port", str(port)]
    server = subprocess.Popen(
        [*command, "--store", str(store)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        while True:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/states/RUS/bodies", timeout=5)
                if answer.status_code == 200:
                    return time.perf_counter() - started
            except httpx.HTTPError:
                time.sleep(0.1)
    finally:
        server.terminate()
        server.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure (median)")
    args = parser.parse_args()
    settings = get_settings()
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        today_data = Path(folder) / "data"  # today's graph: the same data without data/layers
        shutil.copytree(settings.data_dir, today_data, ignore=shutil.ignore_patterns("layers"))
        stores = {}
        for label, data_dir in (("curated only", today_data), ("universe", settings.data_dir)):
            target = settings.model_copy(
                update={"data_dir": data_dir, "store": Path(folder) / label.replace(" ", "-")}
            )
            seconds, summary = _time(partial(build, target), args.repeat)
            stores[label] = Store.open(summary.store)
            rows.append(
                (label, "build (data → store)", f"{seconds:.1f} s", f"{summary.triples:,} triples")
            )
            rows.append((label, "service start-up work", f"{_startup(stores[label]):.2f} s", ""))
            seconds = _serve_until_answering(summary.store)
            rows.append((label, "`blocgraph serve` to first answer", f"{seconds:.1f} s", ""))
        store = stores["universe"]
        load_s, universe = _time(lambda: load_universe(store), 1)
        rows.append(("universe", "read every layer for analytics", f"{load_s:.2f} s", "once"))
        seconds, report = _time(lambda: universe_report(universe, as_of=TODAY), args.repeat)
        note = f"{report['organisations']['with_members']} organisations"
        rows.append(("universe", "pan-continental test, Eurasia", f"{seconds * 1000:.0f} ms", note))
        view, _layers = universe_data(universe, TODAY)
        total = 0.0
        for name, run in _reports(view, list(SEED_BODIES), "huntington1996").items():
            seconds, result = _time(run, args.repeat)
            total += seconds
            extra = ""
            if name == "smallest cover":
                extra = f"{len(result['bodies'])} bodies, exact={result['exact']}"
            rows.append(("universe", name, f"{seconds * 1000:.0f} ms", extra))
        rows.append(
            ("universe", "all eight reports", f"{total * 1000:.0f} ms", "target < 1 s each")
        )
    lines = [
        "# The whole universe: build and analytics",
        "",
        f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {platform.node() or 'host'}"
        f" ({platform.python_implementation()} {platform.python_version()}), median of "
        f"{args.repeat} runs. Command: `python -m bench.universe`. The machine was shared with "
        "other jobs: absolute times are pessimistic, the ratios are what compare.",
        "",
        "| graph | what | time | note |",
        "|---|---|---:|---|",
        *(f"| {g} | {w} | {t} | {n} |" for g, w, t, n in rows),
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    RESULTS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
