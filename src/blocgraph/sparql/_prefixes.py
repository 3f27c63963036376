"""Predeclared prefixes: ``bg:``, ``org:``, ``skos:`` … work in a query that does not declare
them, as on Wikidata's query service.

Only the prefixes a query uses and does not declare itself are added, on the query's first
line (so the engine's line numbers stay right; columns on line 1 are shifted back in its
messages by :func:`unshift_position`). A query that declares a prefix keeps its own namespace.
A prefix neither declared nor predeclared is refused before evaluation with a one-line message.

Example:
    >>> text, added = with_prefixes("SELECT ?s WHERE { ?s a bg:State }")
    >>> text.startswith("PREFIX bg: <https://w3id.org/blocgraph/ontology#> ")
    True
    >>> with_prefixes("PREFIX bg: <urn:mine#> ASK { ?s a bg:State }")[1]
    0
"""

from __future__ import annotations

import re

from blocgraph.sparql._inspect import RefusedQueryError, tokens

#: Prefix → namespace, in the order the service description and ``/query`` list them.
PREDECLARED: dict[str, str] = {
    "bg": "https://w3id.org/blocgraph/ontology#",
    "org": "http://www.w3.org/ns/org#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "wd": "http://www.wikidata.org/entity/",
    "wdt": "http://www.wikidata.org/prop/direct/",
}

_POSITION = re.compile(r"(\bat 1:)(\d+)")


class UnknownPrefixError(RefusedQueryError):
    """The query uses a prefix it does not declare and the service does not predeclare."""


def _used_and_declared(text: str) -> tuple[list[str], set[str]]:
    used: list[str] = []
    declared: set[str] = set()
    stream = list(tokens(text))
    for index, token in enumerate(stream):
        if token.kind != "pname":
            continue
        previous = stream[index - 1] if index else None
        if previous is not None and previous.kind == "word" and previous.text.upper() == "PREFIX":
            declared.add(token.text.split(":", 1)[0])
            continue
        if (
            previous is not None
            and previous.text == "_"
            and previous.start + 1 == token.start
            and token.text.startswith(":")
        ):
            continue  # a blank node label, _:b
        prefix = token.text.split(":", 1)[0]
        if prefix not in used:
            used.append(prefix)
    return used, declared


def with_prefixes(text: str) -> tuple[str, int]:
    """``text`` with the predeclared prefixes it uses and lacks put in front, and how many
    characters were added (0 when none).

    Raises:
        UnknownPrefixError: a prefix is used that nobody declares.
    """
    used, declared = _used_and_declared(text)
    missing = [p for p in used if p not in declared]
    unknown = [p for p in missing if p not in PREDECLARED]
    if unknown:
        listed = ", ".join(f"{p}:" for p in unknown[:5])
        raise UnknownPrefixError(
            f"unknown prefix {listed} — declare it (PREFIX {unknown[0][:40]}: <namespace>) or "
            f"use a predeclared one: {', '.join(PREDECLARED)}"
        )
    if not missing:
        return text, 0
    prologue = "".join(f"PREFIX {p}: <{PREDECLARED[p]}> " for p in missing)
    return prologue + text, len(prologue)


def unshift_position(message: str, added: int) -> str:
    """An engine message about the prefixed text, with line-1 columns as the client wrote them.

    Example:
        >>> unshift_position("error at 1:60: expected WHERE", 50)
        'error at 1:10: expected WHERE'
    """
    if not added:
        return message
    return _POSITION.sub(
        lambda m: m.group(1) + str(max(1, int(m.group(2)) - added)),
        message,
    )


def prefix_declarations() -> str:
    """The predeclared prefixes as a SPARQL prologue, one a line (for pages and docs)."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREDECLARED.items())
