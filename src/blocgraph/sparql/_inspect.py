"""Read what a SPARQL request asks for before any engine sees it: its form, and anything that
would make us contact another host or read a file (SERVICE, LOAD, FROM of unknown graphs).

A small lexer is enough: strings, IRIs and comments are skipped as units, so a keyword inside a
literal (``"SERVICE"``) or an IRI never counts, and prefixed names are resolved from the prologue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urljoin

Form = Literal["SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "UPDATE"]

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\r\n]*)
  | (?P<long_string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\")
  | (?P<string>'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<pname>(?:[A-Za-z\u00c0-\uffff][\w.\-\u00b7\u00c0-\uffff]*)?:(?:[\w\-:%.\\\u00b7\u00c0-\uffff]*[\w\-:%\u00c0-\uffff])?)
  | (?P<word>[A-Za-z_][\w\-]*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")

_QUERY_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
_UPDATE_WORDS = {
    "INSERT",
    "DELETE",
    "LOAD",
    "CLEAR",
    "DROP",
    "CREATE",
    "ADD",
    "MOVE",
    "COPY",
    "WITH",
}


class RefusedQueryError(ValueError):
    """The request is refused before evaluation; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class Token:
    kind: str
    text: str
    start: int


@dataclass(slots=True)
class Inspection:
    """What the request text asks for."""

    form: Form | None
    services: list[str] = field(default_factory=list)
    loads: int = 0
    from_graphs: list[str] = field(default_factory=list)
    from_named_graphs: list[str] = field(default_factory=list)
    stray_backslash: bool = False
    """A backslash outside strings, IRIs and names: the lexer and the engine may disagree."""


def tokens(text: str) -> Iterator[Token]:
    """Significant tokens of a SPARQL text (no whitespace, no comments)."""
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind not in ("ws", "comment"):
            yield Token(kind, match.group(), match.start())


def _resolve(token: Token, prefixes: dict[str, str], base: str | None) -> str | None:
    if token.kind == "iri":
        iri = _UCHAR.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), token.text[1:-1])
        return urljoin(base, iri) if base else iri
    if token.kind == "pname":
        prefix, _, local = token.text.partition(":")
        namespace = prefixes.get(prefix)
        return None if namespace is None else namespace + local.replace("\\", "")
    return None


def inspect(text: str, base_iri: str | None = None) -> Inspection:
    """The form of a SPARQL query or update and the external resources it names.

    Example:
        >>> i = inspect('PREFIX g: <http://x/> SELECT * FROM g:a { SERVICE <http://y> {} }')
        >>> (i.form, i.from_graphs, i.services)
        ('SELECT', ['http://x/a'], ['http://y'])
    """
    prefixes: dict[str, str] = {}
    base: str | None = base_iri
    found = Inspection(form=None)
    stream = list(tokens(text))
    for index, token in enumerate(stream):
        word = token.text.upper() if token.kind in ("word", "pname") else ""
        following = stream[index + 1] if index + 1 < len(stream) else None
        if word == "PREFIX" and following is not None and index + 2 < len(stream):
            namespace = _resolve(stream[index + 2], prefixes, base)
            if namespace is not None:
                prefixes[following.text.rstrip(":").split(":")[0]] = namespace
        elif word == "BASE" and following is not None and following.kind == "iri":
            base = _resolve(following, prefixes, base)
        elif token.kind == "word" and found.form is None:
            if word in _QUERY_FORMS:
                found.form = word  # type: ignore[assignment]
            elif word in _UPDATE_WORDS:
                found.form = "UPDATE"
        if token.kind == "other" and token.text == "\\":
            found.stray_backslash = True
        if token.kind != "word":
            continue
        if word == "SERVICE":
            candidates = [
                t for t in stream[index + 1 : index + 3] if t.kind in ("iri", "pname", "var")
            ]
            target = candidates[0] if candidates else None
            found.services.append(
                (_resolve(target, prefixes, base) or target.text) if target else "?"
            )
        elif word == "LOAD":
            found.loads += 1
        elif word == "FROM" and following is not None:
            named = following.kind == "word" and following.text.upper() == "NAMED"
            target = stream[index + 2] if named and index + 2 < len(stream) else following
            iri = _resolve(target, prefixes, base)
            (found.from_named_graphs if named else found.from_graphs).append(iri or target.text)
    return found


def guard(inspection: Inspection, known_graphs: set[str]) -> None:
    """Refuse what would reach outside the store: SERVICE, LOAD, FROM of unknown graphs.

    Raises:
        RefusedQueryError: with a message that says what to change.
    """
    if inspection.stray_backslash:
        raise RefusedQueryError(
            "unexpected backslash outside a string, IRI or prefixed name: remove it"
        )
    if inspection.services:
        raise RefusedQueryError(
            f"SERVICE is not allowed here (federated query to {inspection.services[0]}): "
            "this service never contacts other hosts; query that endpoint directly"
        )
    if inspection.loads:
        raise RefusedQueryError(
            "LOAD is not allowed: this service never fetches documents; "
            "load files with `blocgraph load` on the server"
        )
    for iri in [*inspection.from_graphs, *inspection.from_named_graphs]:
        if iri not in known_graphs:
            listed = ", ".join(sorted(known_graphs)[:5])
            raise RefusedQueryError(
                f"FROM <{iri}> names no graph in this store (graphs are never fetched); "
                f"known graphs include: {listed}"
            )
