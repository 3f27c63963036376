"""Pieces of SPARQL the lookups' queries share."""

from __future__ import annotations

from collections.abc import Mapping


def optionals(subject: str, values: Mapping[str, str], separator: str = "\n    ") -> str:
    """``OPTIONAL { subject predicate ?name }`` for each ``name: predicate`` of ``values``.

    Parameters:
        subject: the variable the values hang off (``?m``).
        values: variable name → predicate (a prefixed name or a property path).
        separator: what stands between two patterns (a new line, indented, by default).

    Returns:
        The patterns, to paste into a query's WHERE clause.

    Example:
        >>> print(optionals("?m", {"end": "bg:endDate", "note": "skos:note"}))
        OPTIONAL { ?m bg:endDate ?end }
            OPTIONAL { ?m skos:note ?note }
    """
    return separator.join(
        f"OPTIONAL {{ {subject} {predicate} ?{name} }}" for name, predicate in values.items()
    )
