"""Resolve what an analyst types ("Russia", "RUS", "Россия", "ШОС") to a state or a body."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from blocgraph.store import GraphStore
from blocgraph.vocab import SPARQL_PREFIXES

Kind = Literal["state", "body"]

_LABELS_QUERY = (
    SPARQL_PREFIXES
    + """
SELECT ?kind ?code ?label ?preferred WHERE {
    { ?e a bg:State ; bg:iso3 ?code . BIND("state" AS ?kind) }
    UNION
    { ?e a bg:Body ; bg:key ?code . BIND("body" AS ?kind) }
    { ?e skos:prefLabel ?label . BIND(true AS ?preferred) }
    UNION { ?e skos:altLabel ?label . BIND(false AS ?preferred) }
    UNION { ?e bg:iso2 ?label . BIND(false AS ?preferred) }
}"""
)

_SPELLINGS = (("organization", "organisation"), ("ё", "е"))


def normalize(text: str) -> str:
    """Fold case, accents, punctuation and British/American spelling for matching.

    Example:
        >>> normalize("Shanghai Co-operation Organization")
        'shanghai cooperation organisation'
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    for variant, canonical in _SPELLINGS:
        folded = folded.replace(variant, canonical)
    decomposed = unicodedata.normalize("NFD", folded)
    stripped = "".join(
        c for c in decomposed if unicodedata.category(c) != "Mn" or c == "\u0306"
    )  # keep the breve of Russian й
    stripped = unicodedata.normalize("NFC", stripped)
    stripped = re.sub(r"(?<=\w)[-‐‑–'’](?=\w)", "", stripped)
    words = re.findall(r"\w+", stripped)
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def shorten(text: str, limit: int = 80) -> str:
    """``text`` quoted for a message, cut to ``limit`` characters (a message never echoes a
    20 KB name back whole).

    Example:
        >>> shorten("x" * 500, 10)
        "'xxxxxxxxxx…' (500 characters)"
        >>> shorten("Russia")
        "'Russia'"
    """
    if len(text) <= limit:
        return repr(text)
    return f"{text[:limit] + '…'!r} ({len(text)} characters)"


@dataclass(frozen=True, slots=True)
class Entity:
    """A resolved state or body: its kind, its code (ISO3 or body key) and English name."""

    kind: Kind
    code: str
    name: str


class UnknownNameError(LookupError):
    """Nothing is called that; ``suggestions`` holds the closest names."""

    def __init__(self, name: str, kind: str, suggestions: list[str]) -> None:
        self.name = name
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"unknown {kind} {shorten(name)}{hint}")


class AmbiguousNameError(LookupError):
    """Several entities share that name; ``candidates`` lists them."""

    def __init__(self, name: str, candidates: list[Entity]) -> None:
        self.candidates = candidates
        listed = ", ".join(f"{e.code} ({e.name})" for e in candidates)
        super().__init__(f"{shorten(name)} is ambiguous: {listed}; use the code")


@dataclass(slots=True)
class NameIndex:
    """Every code, name and alias of every state and body, normalized for lookup."""

    entities: dict[tuple[Kind, str], Entity] = field(default_factory=dict)
    by_name: dict[str, set[tuple[Kind, str]]] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_store(cls, store: GraphStore) -> NameIndex:
        """Read all labels from the store once."""
        index = cls()
        english: dict[tuple[Kind, str], str] = {}
        for row in store.select(_LABELS_QUERY):
            kind: Kind = "state" if row["kind"] == "state" else "body"
            code, label = str(row["code"]), str(row["label"])
            if row["preferred"] == "true" and (kind, code) not in english:
                english[(kind, code)] = label
            index._add(label, (kind, code))
            index._add(code, (kind, code))
        for kind, code in {k for keys in index.by_name.values() for k in keys}:
            index.entities[(kind, code)] = Entity(kind, code, english.get((kind, code), code))
        return index

    def _add(self, label: str, key: tuple[Kind, str]) -> None:
        normalized = normalize(label)
        if normalized:
            self.by_name.setdefault(normalized, set()).add(key)
            self.display.setdefault(normalized, label)

    def resolve(self, name: str, kind: Kind | None = None) -> Entity:
        """The one entity called ``name`` (code, name or alias, any supported language).

        Raises:
            UnknownNameError: with suggestions, when nothing matches.
            AmbiguousNameError: when several entities match.
        """
        normalized = normalize(name)
        keys = {k for k in self.by_name.get(normalized, set()) if kind is None or k[0] == kind}
        if not keys:
            raise UnknownNameError(name, kind or "state or body", self.suggest(name, kind))
        if len(keys) > 1:
            # an exact code beats a name shared with another entity (e.g. "EU")
            exact = {k for k in keys if k[1] == name.strip().upper()}
            keys = exact or keys
        if len(keys) > 1:
            raise AmbiguousNameError(
                name, sorted((self.entities[k] for k in keys), key=lambda e: e.code)
            )
        return self.entities[next(iter(keys))]

    def suggest(self, name: str, kind: Kind | None = None, limit: int = 5) -> list[str]:
        """Closest known names, each with its code, for "did you mean"."""
        candidates = [
            n for n, keys in self.by_name.items() if kind is None or any(k[0] == kind for k in keys)
        ]
        close = difflib.get_close_matches(normalize(name), candidates, n=limit, cutoff=0.6)
        out: list[str] = []
        for match in close:
            for key in sorted(self.by_name[match]):
                label = f"{self.display[match]} ({key[1]})"
                if label not in out:
                    out.append(label)
        return out[:limit]

    def search(self, text: str, limit: int = 10) -> list[Entity]:
        """Entities whose names contain ``text`` or come close to it, best first."""
        query = normalize(text)
        if not query:
            return []
        hits: list[tuple[int, str, tuple[Kind, str]]] = []
        for name, keys in self.by_name.items():
            if name == query:
                score = 0
            elif name.startswith(query):
                score = 1
            elif query in name:
                score = 2
            else:
                continue
            hits.extend((score, name, key) for key in keys)
        for name in difflib.get_close_matches(query, list(self.by_name), n=limit, cutoff=0.75):
            hits.extend((3, name, key) for key in self.by_name[name])
        out: list[Entity] = []
        for _score, _name, key in sorted(hits):
            if self.entities[key] not in out:
                out.append(self.entities[key])
        return out[:limit]
