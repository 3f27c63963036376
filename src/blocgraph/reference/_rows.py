"""Reading curated CSV files row by row, recording every problem with its file and line."""

from __future__ import annotations

import csv
import difflib
import re
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from blocgraph._dates import PartialDate
from blocgraph.reference._errors import DataProblem
from blocgraph.reference._model import Source

if TYPE_CHECKING:
    from blocgraph.reference._sources import SourcePolicy

_URL = re.compile(r"^https?://[^\s]+$")
_SOURCE_SEPARATOR = re.compile(r"\s+;\s+|\s*;\s*(?=https?://)")


class Row:
    """One CSV record with typed accessors; each accessor records a problem instead of raising."""

    def __init__(
        self,
        path: Path,
        line: int,
        values: dict[str, str],
        problems: list[DataProblem],
        policy: SourcePolicy | None = None,
    ):
        self.path = path
        self.line = line
        self._values = values
        self._problems = problems
        self._policy = policy

    def problem(self, reason: str) -> None:
        """Record a problem on this row."""
        self._problems.append(DataProblem(self.path, self.line, reason))

    def text(self, column: str) -> str | None:
        """The stripped value of ``column``, or None when empty."""
        value = (self._values.get(column) or "").strip()
        return value or None

    def required(self, column: str) -> str:
        """The value of a column that must not be empty ('' and a problem when it is)."""
        value = self.text(column)
        if value is None:
            self.problem(f"missing {column}")
            return ""
        return value

    def choice(self, column: str, allowed: Sequence[str], *, required: bool = True) -> str | None:
        """A value from a closed list; an unknown one is reported with the closest allowed ones."""
        value = self.required(column) if required else self.text(column)
        if not value:
            return None
        if value not in allowed:
            self.problem(f"unknown {column} {value!r}{did_you_mean(value, allowed)}")
            return None
        return value

    def partial_date(self, column: str, *, required: bool) -> PartialDate | None:
        """A date of day, month or year precision."""
        value = self.required(column) if required else self.text(column)
        if not value:
            return None
        try:
            return PartialDate.parse(value)
        except ValueError as exc:
            self.problem(f"{column}: {exc}")
            return None

    def flag(self, column: str) -> bool:
        """A yes/no column (empty means no)."""
        value = (self.text(column) or "no").lower()
        if value not in ("yes", "no", "true", "false"):
            self.problem(f"{column} must be yes or no, not {value!r}")
        return value in ("yes", "true")

    def names(self, prefix: str) -> dict[str, str]:
        """``{lang: value}`` from the columns ``<prefix>_<lang>`` that are filled."""
        out: dict[str, str] = {}
        for column in self._values:
            if column.startswith(prefix + "_") and (value := self.text(column)):
                out[column.removeprefix(prefix + "_")] = value
        return out

    def sources(
        self,
        url_column: str = "source_url",
        seen_column: str = "source_seen",
        *,
        required: bool = True,
    ) -> tuple[Source, ...]:
        """The sources of a row: one or several URLs (`` ; `` between them) read on one date.

        With a source policy, each source gets its tier from ``data/sources/domains.csv`` and a
        URL whose domain is on the blocklist is a problem naming the URL (or, when the policy does
        not enforce, a source marked ``blocked``).
        """
        urls_text = self.text(url_column)
        if urls_text is None:
            if required:
                self.problem(f"missing source: every fact needs {url_column} and {seen_column}")
            return ()
        urls = [u.strip() for u in _SOURCE_SEPARATOR.split(urls_text) if u.strip()]
        bad = [u for u in urls if not _URL.match(u)]
        if bad:
            self.problem(f"{url_column}: not an http(s) address: {bad[0]!r}")
            return ()
        seen_text = self.text(seen_column)
        if seen_text is None:
            self.problem(f"missing {seen_column}: the date the source was read (YYYY-MM-DD)")
            return ()
        try:
            seen = date.fromisoformat(seen_text)
        except ValueError:
            self.problem(f"{seen_column}: {seen_text!r} is not a date YYYY-MM-DD")
            return ()
        if seen > date.today():
            self.problem(f"{seen_column}: {seen_text} is in the future")
            return ()
        if self._policy is None:
            return tuple(Source(url, seen) for url in urls)
        sources = []
        for url in urls:
            reason = self._policy.blocked(url)
            if reason and self._policy.enforce:
                self.problem(
                    f"{url_column}: {url} is on the blocklist ({reason}; "
                    "data/sources/blocklist.csv): cite the page it copies or an official page"
                )
                continue
            sources.append(self._policy.source(url, seen))
        return tuple(sources)


def did_you_mean(value: str, choices: Sequence[str]) -> str:
    """`` (did you mean 'X'?)`` for the closest choices, or an empty string."""
    close = difflib.get_close_matches(value, list(choices), n=3, cutoff=0.6)
    if not close:
        upper = [c for c in choices if c.upper() == value.upper()]
        close = upper[:1]
    return f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""


def read_rows(
    path: Path,
    required: Sequence[str],
    optional: Sequence[str],
    problems: list[DataProblem],
    policy: SourcePolicy | None = None,
) -> Iterator[Row]:
    """Yield the rows of a CSV file; a bad header or encoding is recorded and yields nothing."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        problems.append(DataProblem(path, 1, f"not UTF-8 text ({exc.reason} at byte {exc.start})"))
        return
    if "\x00" in text:
        problems.append(DataProblem(path, 1, "binary file: expected UTF-8 CSV text"))
        return
    reader = csv.DictReader(text.splitlines(keepends=True), strict=True)
    header = reader.fieldnames or []
    missing = [c for c in required if c not in header]
    unknown = [c for c in header if c not in required and c not in optional]
    if missing or unknown:
        parts = []
        if missing:
            parts.append(f"missing column(s) {', '.join(missing)}")
        if unknown:
            parts.append(f"unknown column(s) {', '.join(unknown)}")
        problems.append(DataProblem(path, 1, "; ".join(parts)))
        return
    try:
        for values in reader:
            if None in values:
                problems.append(DataProblem(path, reader.line_num, "more fields than columns"))
                continue
            if all(not (v or "").strip() for v in values.values()):
                continue
            yield Row(path, reader.line_num, values, problems, policy)
    except csv.Error as exc:
        problems.append(DataProblem(path, reader.line_num, f"malformed CSV: {exc}"))
