"""Annotate the extraction gold set by surface text and occurrence number instead of offsets.

An annotator writes ``tests/extract/gold/spec/<name>.json``::

    {"split": "dev",
     "notes": "...",
     "mentions": [
        ["Russia", "state", "RUS", "all"],            # every occurrence
        ["Russian", "state", "RUS", [1, 3]],          # the 1st and 3rd occurrence
        ["Georgia", "state", "GEO", {"except": [2]}], # all but the 2nd
        ["Commonwealth", "body", "CIS", [1], "optional"]
     ],
     "statements": [{"subject": ..., "predicate": ..., "object": ..., "asserted_by": ...}]}

Occurrences are counted in the text after the header lines, whole words only (a surface is not
matched inside a longer word: "Russia" is not found in "Russian"), 1 = the first. "all" skips an
occurrence that lies inside a longer mention already placed (the longest name wins); a numbered
occurrence that overlaps another mention is an error.

Usage::

    python tools/gold_offsets.py build NAME...   # write tests/extract/gold/NAME.json, check it
    python tools/gold_offsets.py build --all
    python tools/gold_offsets.py find NAME SURFACE   # list occurrences with their numbers
    python tools/gold_offsets.py show NAME           # the text with its mentions bracketed
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import Any

from blocgraph.config import PROJECT_ROOT
from blocgraph.extract._score import IdCatalog, parse_gold, parse_header

GOLD = PROJECT_ROOT / "tests" / "extract" / "gold"
SPEC = GOLD / "spec"


class SpecError(ValueError):
    """A spec entry that cannot be placed in the text."""


def occurrences(text: str, surface: str, body_start: int) -> list[tuple[int, int]]:
    """Spans of ``surface`` as a whole word in ``text`` after ``body_start``, in order.

    >>> occurrences("Russia, Russian, Russia's", "Russia", 0)
    [(0, 6), (17, 23)]
    """
    pattern = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text, body_start)]


def _in_name(text: str, end: int) -> bool:
    """Whether a capitalised word follows on the same line ("Eurasian| Economic Council")."""
    following = re.match(r"[ \t]+(\w+)", text[end:])
    return bool(following and following.group(1)[0].isupper())


def place_mentions(text: str, entries: list[list[Any]]) -> list[dict[str, Any]]:
    """Turn ``[surface, type, id, which, "optional"?]`` entries into mentions with offsets."""
    _, body_start = parse_header(text)
    taken: list[tuple[int, int]] = []
    placed: list[dict[str, Any]] = []

    def overlaps(span: tuple[int, int]) -> bool:
        return any(span[0] < end and start < span[1] for start, end in taken)

    # Longest surfaces first, so that "all" leaves names inside longer names alone.
    for entry in sorted(entries, key=lambda e: -len(e[0])):
        surface, kind, id_, which = entry[:4]
        optional = len(entry) > 4 and entry[4] == "optional"
        spans = occurrences(text, surface, body_start)
        if not spans:
            raise SpecError(f"{surface!r} does not occur in the text")
        if which == "all" or isinstance(which, dict):
            excluded = set(which.get("except", [])) if isinstance(which, dict) else set()
            chosen = [s for n, s in enumerate(spans, 1) if n not in excluded and not overlaps(s)]
        else:
            chosen = []
            for number in which:
                if not 1 <= number <= len(spans):
                    raise SpecError(f"{surface!r} occurs {len(spans)} times, not {number}")
                span = spans[number - 1]
                if overlaps(span):
                    raise SpecError(f"{surface!r} #{number} overlaps another mention")
                chosen.append(span)
        if kind == "region":  # a region word inside an institution's name is no mention
            chosen = [span for span in chosen if not _in_name(text, span[1])]
        for start, end in chosen:
            taken.append((start, end))
            mention: dict[str, Any] = {
                "text": text[start:end],
                "start": start,
                "end": end,
                "type": kind,
                "id": id_,
            }
            if optional:
                mention["optional"] = True
            placed.append(mention)
    return sorted(placed, key=lambda m: (m["start"], m["end"]))


def dumps(annotation: dict[str, Any]) -> str:
    """The annotation as JSON with one mention or statement a line (diffs stay readable)."""
    parts: list[str] = []
    for key, value in annotation.items():
        if isinstance(value, list):
            items = ",\n".join("  " + json.dumps(item, ensure_ascii=False) for item in value)
            parts.append(
                f" {json.dumps(key)}: [\n{items}\n ]" if value else f" {json.dumps(key)}: []"
            )
        else:
            parts.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def build(name: str, catalog: IdCatalog) -> list[str]:
    """Write ``<name>.json`` from its spec; return the problems the gold loader finds in it."""
    text = (GOLD / f"{name}.txt").read_text(encoding="utf-8")
    spec = json.loads((SPEC / f"{name}.json").read_text(encoding="utf-8"))
    annotation = {
        "split": spec["split"],
        "mentions": place_mentions(text, spec["mentions"]),
        "statements": spec["statements"],
        "notes": spec.get("notes", ""),
    }
    for key in ("title", "licence", "round", "language"):
        if key in spec:
            annotation[key] = spec[key]
    (GOLD / f"{name}.json").write_text(dumps(annotation), encoding="utf-8")
    _, problems = parse_gold(name, text, annotation, catalog)
    return problems


def show(name: str) -> str:
    """The text after its header with every mention as ``[text|id]`` (``{text|id}`` optional)."""
    text = (GOLD / f"{name}.txt").read_text(encoding="utf-8")
    annotation = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    _, body_start = parse_header(text)
    out: list[str] = []
    cursor = body_start
    for m in annotation["mentions"]:
        left, right = ("{", "}") if m.get("optional") else ("[", "]")
        out.append(text[cursor : m["start"]] + f"{left}{m['text']}|{m['id']}{right}")
        cursor = m["end"]
    out.append(text[cursor:])
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    build_parser = commands.add_parser("build")
    build_parser.add_argument("names", nargs="*")
    build_parser.add_argument("--all", action="store_true")
    find_parser = commands.add_parser("find")
    find_parser.add_argument("name")
    find_parser.add_argument("surface")
    show_parser = commands.add_parser("show")
    show_parser.add_argument("name")
    args = parser.parse_args(argv)

    if args.command == "find":
        text = (GOLD / f"{args.name}.txt").read_text(encoding="utf-8")
        _, body_start = parse_header(text)
        for number, (start, end) in enumerate(occurrences(text, args.surface, body_start), 1):
            context = text[max(start - 30, 0) : end + 30].replace("\n", " ")
            print(f"{number:>3} [{start}:{end}] …{context}…")
        return 0
    if args.command == "show":
        print(show(args.name))
        return 0
    names = sorted(p.stem for p in SPEC.glob("*.json")) if args.all else args.names
    catalog = IdCatalog.from_data(PROJECT_ROOT / "data")
    failed = False
    for name in names:
        try:
            problems = build(name, catalog)
        except SpecError as error:
            problems = [str(error)]
        for problem in problems:
            print(f"{name}: {problem}", file=sys.stderr)
        failed = failed or bool(problems)
        print(f"{name}: {'problems' if problems else 'ok'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
