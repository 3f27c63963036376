"""Resolve what an analyst types ("Russia", "RUS", "Россия", "ШОС") to a state or a body."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from blocgraph._constants import SPARQL_PREFIXES
from blocgraph.store import GraphStore

Kind = Literal["state", "body"]

_LABELS_QUERY = (
    SPARQL_PREFIXES
    + """
SELECT ?kind ?code ?label ?preferred ?lang WHERE {
    { ?e a bg:State ; bg:iso3 ?code . BIND("state" AS ?kind) }
    UNION
    { ?e a bg:Body ; bg:key ?code . BIND("body" AS ?kind) }
    UNION
    { ?e a bg:CatalogueBody ; bg:key ?code . BIND("body" AS ?kind) }
    { ?e skos:prefLabel ?label . BIND(true AS ?preferred) }
    UNION { ?e skos:altLabel ?label . BIND(false AS ?preferred) }
    UNION { ?e bg:iso2 ?label . BIND(false AS ?preferred) }
    BIND(LANG(?label) AS ?lang)
}"""
)

_SPELLINGS = (("organization", "organisation"), ("ё", "е"))

_CODE = re.compile(r"[A-Z0-9]{2,12}")
_JOINERS = re.compile(r"(?<=\w)[-‐‑–'’](?=\w)")
_WORDS = re.compile(r"\w+")
_CODE_QUERY = (
    SPARQL_PREFIXES
    + """
SELECT DISTINCT ?kind WHERE {{
    {{ ?e a bg:State ; bg:iso3 "{code}" . BIND("state" AS ?kind) }}
    UNION
    {{ ?e a bg:Body ; bg:key "{code}" . BIND("body" AS ?kind) }}
    UNION
    {{ ?e a bg:CatalogueBody ; bg:key "{code}" . BIND("body" AS ?kind) }}
    FILTER EXISTS {{
        {{ ?e skos:prefLabel ?label }} UNION {{ ?e skos:altLabel ?label }}
        UNION {{ ?e bg:iso2 ?label }}
    }}
}}"""
)


def normalize(text: str) -> str:
    """Fold case, accents, punctuation and British/American spelling for matching.

    Example:
        >>> normalize("Shanghai Co-operation Organization")
        'shanghai cooperation organisation'
    """
    if text.isascii():  # NFKC, NFD and NFC leave ASCII as it is, and it has no accents
        stripped = text.lower()
        for variant, canonical in _SPELLINGS:
            stripped = stripped.replace(variant, canonical)
    else:
        folded = unicodedata.normalize("NFKC", text).casefold()
        for variant, canonical in _SPELLINGS:
            folded = folded.replace(variant, canonical)
        decomposed = unicodedata.normalize("NFD", folded)
        stripped = "".join(
            c for c in decomposed if unicodedata.category(c) != "Mn" or c == "\u0306"
        )  # keep the breve of Russian й
        stripped = unicodedata.normalize("NFC", stripped)
    stripped = _JOINERS.sub("", stripped)
    words = _WORDS.findall(stripped)
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
    """Every code, name and alias of every state and body, normalized for lookup, and the
    preferred name of each in every language the graph has."""

    entities: dict[tuple[Kind, str], Entity] = field(default_factory=dict)
    by_name: dict[str, set[tuple[Kind, str]]] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)
    labels: dict[tuple[Kind, str], dict[str, str]] = field(default_factory=dict)
    """Preferred label by language tag (``en``, ``ru``, ``zh`` …) for each entity."""
    tags: frozenset[str] = frozenset()
    """Every language some entity has a preferred name in (read once, asked per request)."""

    @classmethod
    def from_store(cls, store: GraphStore) -> NameIndex:
        """Read all labels from the store once."""
        index = cls()
        added: set[tuple[Kind, str]] = set()
        for row in store.select(_LABELS_QUERY):
            kind: Kind = "state" if row["kind"] == "state" else "body"
            code, label = str(row["code"]), str(row["label"])
            if row["preferred"] == "true":
                tag = str(row.get("lang") or "").lower()
                index.labels.setdefault((kind, code), {}).setdefault(tag, label)
            index._add(label, (kind, code))
            if (kind, code) not in added:  # once: the code is on every row of its entity
                added.add((kind, code))
                index._add(code, (kind, code))
        for key in {k for keys in index.by_name.values() for k in keys}:
            index.entities[key] = Entity(key[0], key[1], index.label(key, "en"))
        index.tags = frozenset(tag for names in index.labels.values() for tag in names if tag)
        return index

    def _add(self, label: str, key: tuple[Kind, str]) -> None:
        normalized = normalize(label)
        if normalized:
            self.by_name.setdefault(normalized, set()).add(key)
            self.display.setdefault(normalized, label)

    def label(self, key: tuple[Kind, str], lang: str = "en") -> str:
        """The entity's preferred name in ``lang`` (a tag such as ``ru`` or ``zh-Hans``),
        else in English, else its code."""
        names = self.labels.get(key, {})
        wanted = lang.lower()
        return (
            names.get(wanted)
            or names.get(wanted.split("-")[0])
            or names.get("en")
            or names.get("")
            or key[1]
        )

    def languages(self) -> frozenset[str]:
        """Every language some entity has a preferred name in."""
        return self.tags

    def resolve(self, name: str, kind: Kind | None = None, lang: str = "en") -> Entity:
        """The one entity called ``name`` (code, name or alias, any supported language).

        Raises:
            UnknownNameError: with suggestions (named in ``lang``), when nothing matches.
            AmbiguousNameError: when several entities match.
        """
        normalized = normalize(name)
        keys = {k for k in self.by_name.get(normalized, set()) if kind is None or k[0] == kind}
        if not keys:
            raise UnknownNameError(name, kind or "state or body", self.suggest(name, kind, 5, lang))
        if len(keys) > 1:
            # an exact code beats a name shared with another entity (e.g. "EU")
            exact = {k for k in keys if k[1] == name.strip().upper()}
            keys = exact or keys
        if len(keys) > 1:
            raise AmbiguousNameError(
                name, sorted((self.entities[k] for k in keys), key=lambda e: e.code)
            )
        return self.entities[next(iter(keys))]

    def suggest(
        self, name: str, kind: Kind | None = None, limit: int = 5, lang: str = "en"
    ) -> list[str]:
        """Closest known entities for "did you mean", closest first, each as its name in
        ``lang`` and its code: ``Kazakhstan (KAZ)``."""
        query = normalize(name[:200])
        candidates = [
            n for n, keys in self.by_name.items() if kind is None or any(k[0] == kind for k in keys)
        ]
        out: list[str] = []
        for match in difflib.get_close_matches(query, candidates, n=limit * 3, cutoff=0.6):
            for key in sorted(self.by_name[match]):
                text = f"{self.label(key, lang)} ({key[1]})"
                if (kind is None or key[0] == kind) and text not in out:
                    out.append(text)
        return out[:limit]

    def search(self, text: str, limit: int = 10) -> list[Entity]:
        """Entities whose names match ``text``, best first (see :meth:`search_hits`)."""
        return [entity for entity, _ in self.search_hits(text, limit)]

    def search_hits(self, text: str, limit: int = 10) -> list[tuple[Entity, str]]:
        """Entities whose names match ``text``, best first, each with the name that matched.

        Ranking: an exact code, then an exact name, then names that start with ``text``, then
        names with a word that does, then names that contain it, then close spellings; within
        each, names written in the script of ``text`` first, then shorter names.

        Example:
            >>> index = NameIndex()
            >>> for label, code in (("Kazakhstan", "KAZ"), ("Azerbaijan", "AZE"),
            ...                     ("Казахстан", "KAZ")):
            ...     index._add(label, ("state", code))
            >>> index.entities = {("state", c): Entity("state", c, c) for c in ("KAZ", "AZE")}
            >>> [(e.code, matched) for e, matched in index.search_hits("kaz")]
            [('KAZ', 'Kazakhstan')]
        """
        query = normalize(text[:200])
        if not query:
            return []
        script = script_of(text)
        code = text.strip().upper()
        best: dict[tuple[Kind, str], tuple[tuple[int, int, int, str], str]] = {}

        def consider(rank: int, name: str, key: tuple[Kind, str]) -> None:
            if rank == 1 and key[1] == code:
                rank = 0
            shown = self.display[name]
            score = (rank, 0 if script_of(shown) == script else 1, len(name), key[1])
            if key not in best or score < best[key][0]:
                best[key] = (score, shown)

        for name, keys in self.by_name.items():
            rank = _rank(name, query)
            if rank is not None:
                for key in keys:
                    consider(rank, name, key)
        if len(best) < limit and len(query) >= 4:  # short codes are close to anything short
            longer = [n for n in self.by_name if len(n) >= 4]
            for name in difflib.get_close_matches(query, longer, n=limit, cutoff=0.75):
                for key in self.by_name[name]:
                    consider(5, name, key)
        ranked = sorted(best.items(), key=lambda item: item[1][0])[:limit]
        return [(self.entities[key], shown) for key, (_score, shown) in ranked]


def _rank(name: str, query: str) -> int | None:
    """1 exact, 2 prefix, 3 a later word's prefix, 4 contains; None: no match."""
    if name == query:
        return 1
    if name.startswith(query):
        return 2
    if f" {query}" in name:
        return 3
    if query in name:
        return 4
    return None


def script_of(text: str) -> str:
    """The Unicode script of the first letter of ``text`` (``LATIN``, ``CYRILLIC``, ``ARABIC``,
    ``CJK`` …), or ``""`` when it has none.

    Example:
        >>> [script_of(t) for t in ("Turkey", "Турция", "تركيا", "土耳其", "42")]
        ['LATIN', 'CYRILLIC', 'ARABIC', 'CJK', '']
    """
    for char in text:
        if char.isalpha():
            return unicodedata.name(char, "").split(" ")[0]
    return ""


def resolve_code(store: GraphStore, name: str, kind: Kind | None = None) -> str | None:
    """``name`` as a code when it is exactly one entity's code (``RUS``, ``sco``) — what
    :meth:`NameIndex.resolve` answers then — read with one small query instead of every
    label (what a one-off lookup from the command line pays); None otherwise: ask the index.
    ``resolve_code(store, " rus")`` is ``"RUS"``; ``resolve_code(store, "Russia")`` is None.
    """
    asked = name.strip()
    code = asked.upper()
    if not (asked.isascii() and _CODE.fullmatch(code)):  # "ı".upper() is "I": not a code
        return None
    kinds = {row["kind"] for row in store.select(_CODE_QUERY.format(code=code))}
    if kind is not None:
        kinds &= {kind}
    # two kinds (a state and a body with one code) is the index's to settle
    return code if len(kinds) == 1 else None
