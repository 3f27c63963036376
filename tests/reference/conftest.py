"""What the reference tests share: appending a row to a copy of a data file."""

from __future__ import annotations

import csv
from pathlib import Path


def append_row(path: Path, row: dict[str, str]) -> int:
    """Append a row to a CSV file (columns the row lacks left empty); return its line number."""
    with path.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
        line = 1 + sum(1 for _ in handle)
    with path.open("a", encoding="utf-8", newline="") as handle:
        csv.DictWriter(handle, fieldnames=header, lineterminator="\n").writerow(
            {c: row.get(c, "") for c in header}
        )
    return line + 1
