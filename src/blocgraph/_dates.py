"""Dates of day, month or year precision, as curators write them. A light module (no rdflib, no
data loading): the reference data, the lookups and the analytics share it;
:mod:`blocgraph.reference` re-exports :class:`PartialDate`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

Precision = Literal["day", "month", "year"]

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A date known to a day, a month or a year; ``value`` is the first day of that period.

    Example:
        >>> PartialDate.parse("2024-07")
        PartialDate(value=datetime.date(2024, 7, 1), precision='month')
    """

    value: date
    precision: Precision

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; raise ValueError saying what is wrong."""
        match = _PATTERN.match(text.strip())
        if not match:
            raise ValueError(f"{text!r} is not a date: write YYYY-MM-DD, YYYY-MM or YYYY")
        year, month, day = match.groups()
        try:
            value = date(int(year), int(month or 1), int(day or 1))
        except ValueError as exc:
            raise ValueError(f"{text!r} is not a valid date: {exc}") from None
        precision: Precision = "day" if day else "month" if month else "year"
        return cls(value, precision)

    def __str__(self) -> str:
        iso = self.value.isoformat()
        return {"day": iso, "month": iso[:7], "year": iso[:4]}[self.precision]
