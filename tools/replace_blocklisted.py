"""One-off curation helper: take blocklisted URLs out of the data (issue 11).

A mirror or copy of Wikipedia is replaced by the article it copies (its title is in the mirror's
address); a proxy by the page it wraps; anything else on the blocklist is removed. Rows left
without any source are listed, to be sourced by hand. Run from the repository root:

    PYTHONPATH=src python tools/replace_blocklisted.py [--write]
"""

from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from blocgraph.reference._errors import DataProblem
from blocgraph.reference._sources import load_policy

DATA = Path("data")
_SPLIT = re.compile(r"\s+;\s+|\s*;\s*(?=https?://)")
_TITLE_RULES = (
    (re.compile(r"^https?://wikimili\.com/(?:en|wiki)/([^?#]+?)/?$"), "en"),
    (re.compile(r"^https?://[^/]*nina\.az/([^/?#]+)\.html$"), "en"),
    (re.compile(r"^https?://[^/]*datana\.cloud/content/wikipedia_en[^/]*/A/([^?#]+)$"), "en"),
    (re.compile(r"^https?://[^/]*iiab\.me/kiwix/content/wikipedia_en[^/]*/A/([^?#]+)$"), "en"),
    (re.compile(r"^https?://kiwix\.lema\.org/wikipedia_en[^/]*/A/([^?#]+)$"), "en"),
    (re.compile(r"^https?://worddisk\.com/wiki/([^?#]+?)/?$"), "en"),
    (re.compile(r"^https?://en\.wikipedia-on-ipfs\.org/wiki/([^?#]+)$"), "en"),
    (re.compile(r"^https?://piglix\.com/piglix/([^?#]+)$"), "en"),
    (re.compile(r"^https?://goodnames\.eth\.limo/wiki/([^?#]+)\.html$"), "en"),
    (re.compile(r"^https?://review\.clateway\.com/wiki/view_html\.php\?q=([^&#]+)$"), "en"),
    (re.compile(r"^https?://no\.wikiital\.com/wiki/([^?#]+)$"), "no"),
)


_SAME_PATH = {"shhada.ir": "https://www.osce.org"}
"""Mirrors that copy another site under the same paths."""


def replacement(url: str) -> str | None:
    """The page a blocklisted URL copies or wraps, or None when there is none to name."""
    parts = urlsplit(url)
    if (parts.hostname or "") in _SAME_PATH:
        return _SAME_PATH[parts.hostname or ""] + parts.path
    for pattern, lang in _TITLE_RULES:
        if match := pattern.match(url):
            return f"https://{lang}.wikipedia.org/wiki/{match.group(1)}"
    query = parse_qs(urlsplit(url).query)
    for key in ("url", "u"):
        if key in query and query[key][0].startswith("http"):
            return unquote(query[key][0])
    return None


def main(write: bool) -> int:
    problems: list[DataProblem] = []
    policy = load_policy(DATA / "sources", problems)
    empty = 0
    for path in sorted(DATA.glob("**/*.csv")):
        if "sources" in path.parts or "crosscheck" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        rows = list(csv.reader(io.StringIO(text)))
        if not rows or "source_url" not in rows[0]:
            continue
        column = rows[0].index("source_url")
        changed = False
        for number, row in enumerate(rows[1:], start=2):
            urls = [u.strip() for u in _SPLIT.split(row[column]) if u.strip()]
            kept: list[str] = []
            for url in urls:
                new = url
                if policy.blocked(url):
                    new = replacement(url)
                    if new and policy.blocked(new):
                        new = None
                if new and new not in kept:
                    kept.append(new)
            if kept != urls:
                changed = True
                row[column] = " ; ".join(kept)
                if not kept:
                    empty += 1
                    print(f"{path}:{number}: no source left ({' | '.join(urls)})")
        if changed and write:
            out = io.StringIO()
            csv.writer(out, lineterminator="\n").writerows(rows)
            path.write_text(out.getvalue(), encoding="utf-8")
    print(f"{empty} row(s) left without a source", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main("--write" in sys.argv))
