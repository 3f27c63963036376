"""Errors in curated data, each naming the file, the line and what to fix."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class DataProblem:
    """One problem in a data file: where it is and what is wrong."""

    path: Path
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


class DataError(Exception):
    """The curated data cannot be built; ``problems`` lists every problem found."""

    def __init__(self, problems: list[DataProblem]) -> None:
        self.problems = problems
        listed = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{len(problems)} problem(s) in the curated data:\n{listed}")
