"""Loading the gold set: every entry of an annotation is checked against its text, the
contract's predicates and the ids in ``data/``; what is wrong is listed, not skipped."""

from __future__ import annotations

import itertools
import json
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from blocgraph.extract._model import AUTHOR, ENTITY_TYPES, NEW_PREFIX, PREDICATES, UNKNOWN
from blocgraph.extract._score._gold import (
    EURASIA,
    REQUIRED_HEADERS,
    SPLITS,
    GoldDocument,
    GoldError,
    GoldMention,
    GoldStatement,
    IdCatalog,
    Triple,
    parse_header,
)

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NEW_ID = re.compile(r"^new:[^\W_A-Z]+(?:-[^\W_A-Z]+)*$")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?!\d)")

_MENTION_KEYS = frozenset({"text", "start", "end", "type", "id", "optional"})
_STATEMENT_KEYS = frozenset(
    {"subject", "predicate", "object", "asserted_by", "qualifiers", "optional", "polarity"}
)
_DOCUMENT_KEYS = frozenset(
    {"split", "mentions", "statements", "notes", "title", "licence", "round", "language"}
)
_POLARITIES = ("positive", "negative")

# What kind of entity each predicate relates: subject kinds, object kinds ("claim" is a claim key,
# "none" an absent object).
_SIGNATURES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "memberOf": (frozenset({"state", "body"}), frozenset({"body"})),
    "observerOf": (frozenset({"state", "body"}), frozenset({"body"})),
    "partnerOf": (frozenset({"state", "body"}), frozenset({"body"})),
    "joined": (frozenset({"state", "body"}), frozenset({"body"})),
    "left": (frozenset({"state", "body"}), frozenset({"body"})),
    "suspendedIn": (frozenset({"state", "body"}), frozenset({"body"})),
    "locatedIn": (frozenset({"state"}), frozenset({"region"})),
    "civilizationOf": (
        frozenset({"civilization", "state"}),
        frozenset({"region", "state", "none"}),
    ),
    "proposes": (frozenset({"person", "state", "body"}), frozenset({"initiative"})),
    "cooperatesWith": (frozenset({"state", "body"}), frozenset({"body"})),
    "claims": (frozenset({"region"}), frozenset({"claim"})),
    "signed": (frozenset({"state", "body"}), frozenset({"treaty"})),
    "ratified": (frozenset({"state", "body"}), frozenset({"treaty"})),
    "denounced": (frozenset({"state", "body"}), frozenset({"treaty"})),
    "partnershipWith": (frozenset({"state", "body"}), frozenset({"state", "body"})),
}


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _id_problem(kind: str, value: str, catalog: IdCatalog) -> str | None:
    if value.startswith(NEW_PREFIX):
        if kind not in {"body", "person", "treaty"}:
            return f"{value!r}: only bodies, treaties and persons take new: ids"
        return None if _NEW_ID.match(value) else f"{value!r} is not new:<lowercase-slug>"
    if kind == "treaty":
        return (
            None
            if value in catalog.treaties
            else f"{value!r} is neither a key of relations/treaties.csv nor new:<slug>"
        )
    if kind == "state":
        return None if value in catalog.states else f"{value!r} is not an iso3 in states.csv"
    if kind == "body":
        return None if value in catalog.bodies else f"{value!r} is not a key in bodies.csv"
    if kind == "region":
        return (
            None
            if value in catalog.regions
            else f"{value!r} is not an M49 code in regions.csv nor {EURASIA}"
        )
    return None if _SLUG.match(value) else f"{value!r} is not a lowercase slug"


def _parse_mentions(
    raw: object, text: str, body_start: int, catalog: IdCatalog
) -> tuple[list[GoldMention], list[str]]:
    problems: list[str] = []
    mentions: list[GoldMention] = []
    if not isinstance(raw, list):
        return [], ["mentions: not a list"]
    for index, entry in enumerate(raw, start=1):
        where = f"mention {index}"
        if not isinstance(entry, dict):
            problems.append(f"{where}: not an object")
            continue
        where = f"mention {index} ({entry.get('text')!r})"
        missing = {"text", "start", "end", "type", "id"} - entry.keys()
        unknown = entry.keys() - _MENTION_KEYS
        if missing or unknown:
            problems.append(f"{where}: missing {sorted(missing)}, unknown {sorted(unknown)}")
            continue
        start, end, kind, value = entry["start"], entry["end"], entry["type"], entry["id"]
        if not (_is_int(start) and _is_int(end) and 0 <= start < end <= len(text)):
            problems.append(f"{where}: bad offsets {start!r}..{end!r}")
            continue
        if text[start:end] != entry["text"]:
            problems.append(f"{where}: text[{start}:{end}] is {text[start:end]!r}")
            continue
        if start < body_start:
            problems.append(f"{where}: inside the header lines (they are metadata)")
        if kind not in ENTITY_TYPES:
            problems.append(f"{where}: type {kind!r} is not one of {ENTITY_TYPES}")
            continue
        if not isinstance(value, str) or (problem := _id_problem(kind, value, catalog)):
            problems.append(f"{where}: {problem if isinstance(value, str) else 'id not a string'}")
            continue
        optional = entry.get("optional", False)
        if not isinstance(optional, bool):
            problems.append(f"{where}: optional must be true or false")
            continue
        mentions.append(GoldMention(entry["text"], start, end, kind, value, optional))
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    for before, after in itertools.pairwise(ordered):
        if after.start < before.end:
            problems.append(
                f"mentions {before.text!r}@{before.start} and {after.text!r}@{after.start} overlap"
            )
    return ordered, problems


def _parse_statements(
    raw: object, types_by_id: Mapping[str, set[str]], catalog: IdCatalog
) -> tuple[list[GoldStatement], list[str]]:
    problems: list[str] = []
    statements: list[GoldStatement] = []
    seen: set[tuple[Triple, str]] = set()
    if not isinstance(raw, list):
        return [], ["statements: not a list"]
    for index, entry in enumerate(raw, start=1):
        where = f"statement {index}"
        if not isinstance(entry, dict):
            problems.append(f"{where}: not an object")
            continue
        missing = {"subject", "predicate", "object", "asserted_by"} - entry.keys()
        unknown = entry.keys() - _STATEMENT_KEYS
        if missing or unknown:
            problems.append(f"{where}: missing {sorted(missing)}, unknown {sorted(unknown)}")
            continue
        subject, predicate, obj = entry["subject"], entry["predicate"], entry["object"]
        asserted_by = entry["asserted_by"]
        where = f"statement {index} ({subject}, {predicate}, {obj})"
        if predicate not in PREDICATES:
            problems.append(f"{where}: predicate not in the contract {PREDICATES}")
            continue
        subject_kinds, object_kinds = _SIGNATURES[predicate]
        if not (types_by_id.get(subject, set()) & subject_kinds):
            problems.append(
                f"{where}: subject must be a mentioned {'/'.join(sorted(subject_kinds))}"
            )
        if obj is None:
            if "none" not in object_kinds:
                problems.append(f"{where}: object may be null only for civilizationOf")
        elif "claim" in object_kinds:
            if not (isinstance(obj, str) and _SLUG.match(obj)):
                problems.append(f"{where}: a claim key is a lowercase slug")
        elif not (types_by_id.get(obj, set()) & object_kinds):
            problems.append(f"{where}: object must be a mentioned {'/'.join(sorted(object_kinds))}")
        if not _is_speaker(asserted_by, types_by_id, catalog):
            problems.append(
                f"{where}: asserted_by {asserted_by!r} is neither {AUTHOR!r}, {UNKNOWN!r}, a "
                "state or body id, nor a mentioned person"
            )
        polarity = entry.get("polarity", "positive")
        if polarity not in _POLARITIES:
            problems.append(f"{where}: polarity must be one of {_POLARITIES}")
            continue
        qualifiers = entry.get("qualifiers", {})
        optional = entry.get("optional", False)
        if not isinstance(qualifiers, dict) or not isinstance(optional, bool):
            problems.append(f"{where}: qualifiers must be an object and optional a boolean")
            continue
        key = ((subject, predicate, obj), asserted_by)
        if key in seen:
            problems.append(f"{where}: listed twice with asserted_by {asserted_by!r}")
        seen.add(key)
        statements.append(
            GoldStatement(
                subject, predicate, obj, asserted_by, optional, dict(qualifiers), polarity
            )
        )
    return statements, problems


def _is_speaker(
    asserted_by: object, types_by_id: Mapping[str, set[str]], catalog: IdCatalog
) -> bool:
    """Who may assert a statement: the author, an unknown source, a state or body (also when
    only a metonym such as "Moscow" names it), or a person the document mentions."""
    if not isinstance(asserted_by, str):
        return False
    if asserted_by in {AUTHOR, UNKNOWN}:
        return True
    if asserted_by in catalog.states or asserted_by in catalog.bodies:
        return True
    return bool(types_by_id.get(asserted_by, set()) & {"person", "state", "body"})


def parse_gold(
    name: str, text: str, annotation: Mapping[str, Any], catalog: IdCatalog
) -> tuple[GoldDocument, list[str]]:
    """Build a :class:`GoldDocument` from a text and its annotation; also list what is wrong.

    Parameters
    ----------
    name:
        The document's name (the file stem).
    text:
        The whole file text.
    annotation:
        The parsed ``<name>.json``.
    catalog:
        The ids states, bodies and regions may take.

    Returns
    -------
    The document and a list of problems (empty when the annotation is valid).

    >>> catalog = IdCatalog(frozenset({"RUS"}), frozenset({"CIS"}), frozenset({EURASIA}))
    >>> text = "# source: s\\n# title: t\\n# licence: l\\n# date: 2026\\nRussia is in the CIS."
    >>> doc, problems = parse_gold("x", text, {"split": "dev", "mentions": [
    ...     {"text": "Russia", "start": 49, "end": 55, "type": "state", "id": "RUS"},
    ...     {"text": "CIS", "start": 66, "end": 69, "type": "body", "id": "CIS"}],
    ...     "statements": [{"subject": "RUS", "predicate": "memberOf", "object": "CIS",
    ...                     "asserted_by": "author"}]}, catalog)
    >>> problems, len(doc.mentions), doc.statements[0].triple
    ([], 2, ('RUS', 'memberOf', 'CIS'))
    """
    problems: list[str] = []
    metadata, body_start = parse_header(text)
    for key in ("title", "licence"):
        if not metadata.get(key) and isinstance(annotation.get(key), str):
            metadata[key] = annotation[key]
    for key in REQUIRED_HEADERS:
        if not metadata.get(key):
            problems.append(f"header: no '# {key}:' line (nor a {key!r} key in the annotation)")
    if metadata.get("date") and not _DATE.match(metadata["date"]):
        problems.append(f"header: date {metadata['date']!r} does not start YYYY[-MM[-DD]]")
    unknown = annotation.keys() - _DOCUMENT_KEYS
    if unknown:
        problems.append(f"unknown keys {sorted(unknown)}")
    split = annotation.get("split")
    if split not in SPLITS:
        problems.append(f"split {split!r} is not one of {SPLITS}")
    notes = annotation.get("notes", "")
    mentions, mention_problems = _parse_mentions(
        annotation.get("mentions"), text, body_start, catalog
    )
    types_by_id: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        types_by_id[mention.id].add(mention.type)
    statements, statement_problems = _parse_statements(
        annotation.get("statements"), types_by_id, catalog
    )
    document = GoldDocument(
        name=name,
        text=text,
        split=str(split),
        mentions=tuple(mentions),
        statements=tuple(statements),
        metadata=metadata,
        notes=notes if isinstance(notes, str) else str(notes),
        round=annotation["round"] if isinstance(annotation.get("round"), int) else None,
        language=str(annotation.get("language", "en")),
    )
    return document, problems + mention_problems + statement_problems


def load_gold(folder: Path, data_dir: Path | None = None) -> list[GoldDocument]:
    """Load and check every ``<name>.json`` in ``folder`` with its ``<name>.txt``.

    Parameters
    ----------
    folder:
        The gold folder (``tests/extract/gold``).
    data_dir:
        Where ``states.csv``, ``bodies.csv`` and ``regions.csv`` are; default: the repository's
        ``data/``.

    Returns
    -------
    The documents, sorted by name.

    Raises
    ------
    GoldError
        Listing, for every file, every entry that is wrong and why (offsets that do not match the
        text, unknown ids, predicates outside the contract, missing headers, ...).
    """
    if data_dir is None:
        from blocgraph.config import PROJECT_ROOT

        data_dir = PROJECT_ROOT / "data"
    catalog = IdCatalog.from_data(data_dir)
    documents: list[GoldDocument] = []
    problems: list[str] = []
    annotation_paths = sorted(folder.glob("*.json"))
    if not annotation_paths:
        raise GoldError(f"{folder}: no gold annotations (*.json)")
    for annotation_path in annotation_paths:
        text_path = annotation_path.with_suffix(".txt")
        if not text_path.is_file():
            problems.append(f"{annotation_path.name}: no text file {text_path.name}")
            continue
        try:
            annotation = json.loads(annotation_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            problems.append(f"{annotation_path.name}: not JSON: {error}")
            continue
        if not isinstance(annotation, dict):
            problems.append(f"{annotation_path.name}: not a JSON object")
            continue
        text = text_path.read_text(encoding="utf-8")
        document, found = parse_gold(annotation_path.stem, text, annotation, catalog)
        problems.extend(f"{annotation_path.name}: {problem}" for problem in found)
        documents.append(replace(document, path=text_path))
    for text_path in sorted(folder.glob("*.txt")):
        if not text_path.with_suffix(".json").is_file():
            problems.append(f"{text_path.name}: no annotation {text_path.stem}.json")
    if problems:
        raise GoldError("gold set does not load:\n" + "\n".join(problems))
    return documents


# --------------------------------------------------------------------------------------------
# Scores
