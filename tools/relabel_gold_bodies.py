"""Relabel the gold set's open-world ids of a body that has entered the catalogue.

The extraction contract (``docs/extraction.md``) annotates a body outside the catalogue with an
open-world id ``new:<slug>``; once the body is in ``data/bodies.csv`` its mentions take the
catalogue key. This tool does that mechanically: in every built gold file
(``tests/extract/gold/*.json``) and every spec (``tests/extract/gold/spec/*.json``) it replaces the
exact quoted id (``"new:mercosur"``) by the quoted key (``"MERCOSUR"``) as a JSON value, keeping
the files' formatting. Ids quoted inside a JSON string (``\\"new:…\\"``, in notes) and bare ids in
notes are left as written. No annotation decision changes: spans, types and statements stay.

    python tools/relabel_gold_bodies.py MERCOSUR new:mercosur new:меркосур [--dry-run]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "extract" / "gold"
BODIES = ROOT / "data" / "bodies.csv"


def catalogue_keys(bodies: Path = BODIES) -> set[str]:
    """The body keys of ``data/bodies.csv``."""
    with bodies.open(encoding="utf-8", newline="") as handle:
        return {row["key"] for row in csv.DictReader(handle)}


def gold_files(gold: Path = GOLD) -> list[Path]:
    """The built gold files and their specs."""
    return sorted(gold.glob("*.json")) + sorted((gold / "spec").glob("*.json"))


def _pattern(old: str) -> re.Pattern[str]:
    # the id as a JSON string value: a quote not escaped by a backslash on each side
    return re.compile(r'(?<!\\)"' + re.escape(old) + '"')


def relabel_text(text: str, key: str, old_ids: list[str]) -> tuple[str, dict[str, int]]:
    """Replace each quoted ``old_id`` by the quoted key; return the text and counts per id."""
    counts: dict[str, int] = {}
    replacement = json.dumps(key, ensure_ascii=False)
    for old in old_ids:
        text, n = _pattern(json.dumps(old, ensure_ascii=False)[1:-1]).subn(replacement, text)
        counts[old] = n
    return text, counts


def relabel(
    key: str, old_ids: list[str], files: list[Path], *, dry_run: bool = False
) -> dict[Path, dict[str, int]]:
    """Relabel ``old_ids`` to ``key`` in ``files``; return the replacements made per file."""
    changed: dict[Path, dict[str, int]] = {}
    for path in files:
        before = path.read_text(encoding="utf-8")
        after, counts = relabel_text(before, key, old_ids)
        if after == before:
            continue
        json.loads(after)  # still valid JSON
        changed[path] = {k: v for k, v in counts.items() if v}
        if not dry_run:
            path.write_text(after, encoding="utf-8")
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("key", help="the body's key in data/bodies.csv")
    parser.add_argument("ids", nargs="+", help="the new:<slug> ids that name the body")
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold folder")
    parser.add_argument("--bodies", type=Path, default=BODIES, help="the catalogue")
    parser.add_argument("--dry-run", action="store_true", help="report, write nothing")
    args = parser.parse_args(argv)
    if args.key not in catalogue_keys(args.bodies):
        print(f"error: {args.key!r} is not a key in {args.bodies}", file=sys.stderr)
        return 2
    bad = [i for i in args.ids if not i.startswith("new:")]
    if bad:
        print(f"error: not open-world ids: {', '.join(bad)}", file=sys.stderr)
        return 2
    changed = relabel(args.key, args.ids, gold_files(args.gold), dry_run=args.dry_run)
    totals: dict[str, int] = dict.fromkeys(args.ids, 0)
    for path, counts in changed.items():
        rel = path.relative_to(args.gold)
        print(f"{rel}: " + ", ".join(f"{old} x{n}" for old, n in counts.items()))
        for old, n in counts.items():
            totals[old] += n
    verb = "would replace" if args.dry_run else "replaced"
    print(f"{verb} in {len(changed)} files: " + ", ".join(f"{o} x{n}" for o, n in totals.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
