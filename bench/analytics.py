"""Benchmark of the membership analytics: every report over the real graph, and over a
synthetic graph of 250 states × 600 bodies × 20,000 memberships.

Run: ``python -m bench.analytics [--repeat N]`` (or ``make bench``). Prints a Markdown table
and writes it to ``bench/analytics-results.md``. Targets (issue: membership analytics): all
analytics over the real graph in < 100 ms, over the synthetic graph in < 2 s.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from blocgraph.analysis import (
    SEED_BODIES,
    MembershipData,
    Spell,
    broker_report,
    change_report,
    cover_report,
    coverage_report,
    load_membership_data,
    overlap_report,
    span_report,
    what_if_report,
)
from blocgraph.build import build
from blocgraph.config import get_settings
from blocgraph.store import Store

TODAY = date(2026, 11, 27)
RESULTS = Path(__file__).with_name("analytics-results.md")


def synthetic(
    states: int = 250, bodies: int = 600, memberships: int = 20_000, seed: int = 7
) -> MembershipData:
    """A deterministic membership-shaped dataset: states spread over five regions, bodies
    mostly regional (so coverage and covers are non-trivial), spells with starts, some ends."""
    rng = random.Random(seed)
    data = MembershipData()
    regions = ["002", "019", "142", "150", "009"]
    data.region_names = {
        "002": "Africa",
        "019": "Americas",
        "142": "Asia",
        "150": "Europe",
        "009": "Oceania",
        "EURASIA": "Eurasia",
    }
    data.region_parts = {"EURASIA": {"142", "150"}}
    data.continents = set(data.region_names)
    codes = [f"S{i:03d}" for i in range(states)]
    for i, code in enumerate(codes):
        data.state_names[code] = code
        data.state_status[code] = "un_member"
        data.state_regions[code] = {regions[i % len(regions)]}
    keys = [f"B{i:03d}" for i in range(bodies)]
    data.body_names = {k: k for k in keys}
    home = {k: regions[i % len(regions)] for i, k in enumerate(keys)}
    by_region = {r: [c for c in codes if r in data.state_regions[c]] for r in regions}
    civilizations = [
        "western",
        "orthodox",
        "islamic",
        "sinic",
        "hindu",
        "african",
        "latin_american",
        "buddhist",
        "japanese",
    ]
    data.civilizations = {"synthetic": {c: rng.choice(civilizations) for c in codes}}
    seen: set[tuple[str, str]] = set()
    while len(data.spells) < memberships:
        body = rng.choice(keys)
        pool = by_region[home[body]] if rng.random() < 0.8 else codes
        state = rng.choice(pool)
        if (body, state) in seen:
            continue
        seen.add((body, state))
        start = date(rng.randint(1950, 2020), rng.randint(1, 12), 1)
        end = date(rng.randint(start.year + 1, 2030), 1, 1) if rng.random() < 0.15 else None
        role = "member" if rng.random() < 0.9 else "observer"
        data.spells.append(Spell(body, state, role, start, end))
    return data


def _reports(
    data: MembershipData,
    bodies: list[str],
    scheme: str,
) -> dict[str, Callable[[], Any]]:
    six = [b for b in bodies if b in data.body_names][:6]
    return {
        "coverage (all continental bodies)": lambda: coverage_report(data, as_of=TODAY),
        "coverage (6 bodies)": lambda: coverage_report(data, chosen=six, as_of=TODAY),
        "overlaps (6 bodies)": lambda: overlap_report(data, chosen=six, as_of=TODAY),
        "smallest cover": lambda: cover_report(data, as_of=TODAY),
        "what-if union of 3": lambda: what_if_report(data, union_of=six[:3], as_of=TODAY),
        "brokers + communities": lambda: broker_report(data, as_of=TODAY),
        "civilizational span": lambda: span_report(data, scheme=scheme, as_of=TODAY),
        "change 2020 → today": lambda: change_report(
            data, before=date(2020, 1, 1), after=TODAY, chosen=six
        ),
    }


def _time(run: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    samples, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per report (median)")
    args = parser.parse_args()
    settings = get_settings()
    with tempfile.TemporaryDirectory() as folder:
        real_settings = settings.model_copy(update={"store": Path(folder) / "store"})
        build(real_settings)
        started = time.perf_counter()
        real = load_membership_data(Store.open(real_settings.store))
        load_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    fake = synthetic()
    make_ms = (time.perf_counter() - started) * 1000
    rows = []
    totals = {}
    for label, data, bodies, scheme in (
        ("real", real, list(SEED_BODIES), "huntington1996"),
        ("synthetic 250×600×20k", fake, sorted(fake.body_names)[:6], "synthetic"),
    ):
        total = 0.0
        for name, run in _reports(data, bodies, scheme).items():
            seconds, result = _time(run, args.repeat)
            total += seconds
            extra = ""
            if name == "smallest cover":
                extra = f"{len(result['bodies'])} bodies, exact={result['exact']}"
            rows.append((label, name, f"{seconds * 1000:.1f}", extra))
        totals[label] = total
    lines = [
        "# Analytics benchmark",
        "",
        f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {platform.node() or 'host'}"
        f" ({platform.python_implementation()} {platform.python_version()}), "
        f"median of {args.repeat} runs per report. Command: `python -m bench.analytics`.",
        f"Reading the real graph from the store: {load_ms:.0f} ms (once per process; the "
        f"service keeps it in memory). Generating the synthetic data: {make_ms:.0f} ms.",
        "",
        "| graph | report | median ms | note |",
        "|---|---|---:|---|",
        *(f"| {g} | {n} | {ms} | {note} |" for g, n, ms, note in rows),
        "",
        "| graph | all reports, ms | target |",
        "|---|---:|---|",
        f"| real | {totals['real'] * 1000:.1f} | < 100 ms |",
        f"| synthetic 250×600×20k | {totals['synthetic 250×600×20k'] * 1000:.1f} | < 2000 ms |",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    RESULTS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
