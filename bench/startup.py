"""Start-up time of the CLI, side by side with its floors: the bare interpreter and an empty
typer app (the framework the CLI is built on).

Each command runs ``--runs`` times as a fresh process; the table gives the fastest and median
wall time and the fastest CPU time (user + system, from ``getrusage``: less sensitive to other
load on a shared machine than the wall clock). Results: ``bench/startup-results.md``.

Usage: ``PYTHONPATH=src python -m bench.startup [--runs 10] [--store DIR]``
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass

FLOORS = {
    "python -c pass (interpreter)": [sys.executable, "-c", "pass"],
    "empty typer app (framework)": [
        sys.executable,
        "-c",
        "import typer; app = typer.Typer(); app.command()(lambda: None); app(['--help'])",
    ],
}
COMMANDS = {
    "blocgraph --version": ["--version"],
    "blocgraph --help": ["--help"],
    "blocgraph bodies Russia": ["bodies", "Russia"],
    "blocgraph members SCO": ["members", "SCO"],
}


@dataclass
class Timing:
    label: str
    wall_min: float
    wall_median: float
    cpu_min: float


def measure(label: str, command: list[str], runs: int, env: dict[str, str]) -> Timing:
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return Timing(label, min(walls), statistics.median(walls), min(cpus))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--store", help="store for bodies/members [default: BLOCGRAPH_STORE]")
    args = parser.parse_args()
    env = dict(os.environ)
    if args.store:
        env["BLOCGRAPH_STORE"] = args.store
    cli = [sys.executable, "-m", "blocgraph.cli"]
    timings = [measure(label, command, args.runs, env) for label, command in FLOORS.items()]
    timings += [measure(label, cli + extra, args.runs, env) for label, extra in COMMANDS.items()]
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{args.runs} runs each; {os.cpu_count()} cores; load average {load}\n")
    print("| command | wall, fastest | wall, median | CPU, fastest |")
    print("|---|---:|---:|---:|")
    for t in timings:
        print(f"| {t.label} | {t.wall_min:.3f} s | {t.wall_median:.3f} s | {t.cpu_min:.3f} s |")


if __name__ == "__main__":
    main()
