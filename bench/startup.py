"""Start-up time of the CLI, side by side with its floors: the bare interpreter, an empty
typer app showing its help, and a typer app running a command (the framework the CLI is built
on).

Each command runs ``--runs`` times as a fresh process; the table gives the fastest and median
wall time and the fastest CPU time (user + system, from ``getrusage``: less sensitive to other
load on a shared machine than the wall clock). Results: ``bench/startup-results.md``.

With ``--before SRC`` (another source tree, e.g. ``git archive <commit> src | tar -x -C DIR``),
each command of the CLI also runs from that tree, alternating with this one run by run, so that
both see the same load; the table adds its median wall time, its fastest CPU and the ratio.

Usage: ``PYTHONPATH=src python -m bench.startup [--runs 10] [--store DIR] [--before DIR/src]``
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
    # what running any command costs in typer 0.29: it converts the arguments with pydantic
    "typer app running a command (framework)": [
        sys.executable,
        "-c",
        "import typer\n"
        "app = typer.Typer(add_completion=False, rich_markup_mode=None,\n"
        "                  pretty_exceptions_enable=False)\n"
        "@app.command()\n"
        "def bodies(name: str, as_of: str | None = None, role: str | None = None,\n"
        "           history: bool = False, as_json: bool = False) -> None:\n"
        "    print(name)\n"
        "@app.command()\n"
        "def members(name: str) -> None:\n"
        "    print(name)\n"
        "app(['bodies', 'Russia'])",
    ],
}
COMMANDS = {
    "blocgraph --version": ["--version"],
    "blocgraph --help": ["--help"],
    "blocgraph bodies Russia": ["bodies", "Russia"],
    "blocgraph bodies RUS": ["bodies", "RUS"],
    "blocgraph members SCO": ["members", "SCO"],
    "blocgraph members CIS": ["members", "CIS"],
}


@dataclass
class Timing:
    label: str
    wall_min: float
    wall_median: float
    cpu_min: float
    cpu_before: float | None = None
    wall_median_before: float | None = None


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def measure(
    label: str,
    command: list[str],
    runs: int,
    env: dict[str, str],
    env_before: dict[str, str] | None = None,
) -> Timing:
    walls: list[float] = []
    cpus: list[float] = []
    before: list[tuple[float, float]] = []
    for i in range(runs):
        if env_before is not None and i % 2 == 0:  # alternate which tree runs first
            before.append(_run(command, env_before))
        wall, cpu = _run(command, env)
        walls.append(wall)
        cpus.append(cpu)
        if env_before is not None and i % 2 == 1:
            before.append(_run(command, env_before))
    return Timing(
        label,
        min(walls),
        statistics.median(walls),
        min(cpus),
        min(cpu for _wall, cpu in before) if before else None,
        statistics.median(wall for wall, _cpu in before) if before else None,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--store", help="store for bodies/members [default: BLOCGRAPH_STORE]")
    parser.add_argument(
        "--before", metavar="SRC", help="another source tree to run alternately (see above)"
    )
    args = parser.parse_args()
    env = dict(os.environ)
    if args.store:
        env["BLOCGRAPH_STORE"] = args.store
    env_before = dict(env, PYTHONPATH=args.before) if args.before else None
    cli = [sys.executable, "-m", "blocgraph.cli"]
    timings = [measure(label, command, args.runs, env) for label, command in FLOORS.items()]
    timings += [
        measure(label, cli + extra, args.runs, env, env_before) for label, extra in COMMANDS.items()
    ]
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    # with PYTHONDONTWRITEBYTECODE set, every run compiles blocgraph's modules from source
    cache = "off (PYTHONDONTWRITEBYTECODE)" if env.get("PYTHONDONTWRITEBYTECODE") else "on"
    print(
        f"{args.runs} runs each; {os.cpu_count()} cores; load average {load}; "
        f"bytecode cache {cache}\n"
    )
    if env_before is None:
        print("| command | wall, fastest | wall, median | CPU, fastest |")
        print("|---|---:|---:|---:|")
    else:
        print(
            "| command | wall, fastest | wall, median | CPU, fastest | wall median before "
            "| CPU before | before ÷ now (CPU) |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|")
    for t in timings:
        row = f"| {t.label} | {t.wall_min:.3f} s | {t.wall_median:.3f} s | {t.cpu_min:.3f} s |"
        if env_before is not None:
            row += (
                f" {t.wall_median_before:.3f} s | {t.cpu_before:.3f} s |"
                f" {t.cpu_before / t.cpu_min:.2f} |"
                if t.cpu_before and t.wall_median_before
                else " | | |"
            )
        print(row)


if __name__ == "__main__":
    main()
