"""Score extractions against the hand-annotated gold set in ``tests/extract/gold``.

A gold document is a text file ``<name>.txt`` (header lines ``# key: value``, then the text) and
its annotation ``<name>.json``::

    {"split": "dev" | "test",
     "mentions": [{"text", "start", "end", "type", "id", "optional"?}, ...],
     "statements": [{"subject", "predicate", "object", "asserted_by",
                     "qualifiers"?, "optional"?}, ...],
     "notes": "...",
     "title"?: "...", "licence"?: "..."}

Offsets index the whole file text, header lines included (``docs/extraction.md``). ``title``
and ``licence`` in the annotation stand in for header lines only in a text that has to stay
byte-identical to its source (the project's seed). An entry marked ``"optional": true`` is one
the contract leaves open (a statement the text makes only through a pronoun or an elided
argument, a word the contract does not settle): predicting it is not a false positive and missing
it is not a false negative. ``qualifiers`` are recorded, not scored.

What is scored, per document, then micro-averaged per split:

- mentions: exact ``(start, end, id)`` matches; also a relaxed score on the distinct ids of a
  document;
- statements: distinct ``(subject, predicate, object)`` triples of a document;
- attribution: of the matched triples, the share whose set of ``asserted_by`` values equals the
  gold one.

Precision is 1.0 when nothing was predicted and recall is 1.0 when nothing was to be found, so an
empty document predicted empty scores 1.0 everywhere.
"""

from __future__ import annotations

import csv
import itertools
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from blocgraph.extract._model import (
    AUTHOR,
    ENTITY_TYPES,
    NEW_PREFIX,
    PREDICATES,
    UNKNOWN,
    Extraction,
)

SPLITS: tuple[str, ...] = ("dev", "test")
"""Gold splits: ``dev`` may be read by the extractor's author, ``test`` is held out."""

REQUIRED_HEADERS: tuple[str, ...] = ("source", "title", "licence", "date")
"""What every gold text states about itself in its header lines. A text that must stay
byte-identical to its source (the project's seed) may instead carry ``title`` and ``licence`` as
keys of its annotation."""

EURASIA = "EURASIA"
"""The region id for Eurasia (Europe and Asia), the one region that is not an M49 code."""

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NEW_ID = re.compile(r"^new:[^\W_A-Z]+(?:-[^\W_A-Z]+)*$")
_HEADER = re.compile(r"# ([a-z]+): ?(.*)")
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
}

Triple = tuple[str, str, str | None]


class GoldError(ValueError):
    """A gold file that does not load: the message lists every problem as ``file: entry: why``."""


# --------------------------------------------------------------------------------------------
# Gold documents


@dataclass(frozen=True, slots=True)
class GoldMention:
    """A gold mention; ``optional`` ones are neither required nor counted as false positives."""

    text: str
    start: int
    end: int
    type: str
    id: str
    optional: bool = False

    @property
    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.id)


@dataclass(frozen=True, slots=True)
class GoldStatement:
    """A gold statement; ``qualifiers`` are kept for reference and not scored."""

    subject: str
    predicate: str
    object: str | None
    asserted_by: str
    optional: bool = False
    qualifiers: Mapping[str, Any] = field(default_factory=dict)
    polarity: str = "positive"

    @property
    def triple(self) -> Triple:
        return (self.subject, self.predicate, self.object)


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One annotated text: ``name`` is the file stem, ``text`` the whole file text."""

    name: str
    text: str
    split: str
    mentions: tuple[GoldMention, ...]
    statements: tuple[GoldStatement, ...]
    metadata: Mapping[str, str] = field(default_factory=dict)
    notes: str = ""
    path: Path | None = None
    round: int | None = None
    """The blind round the text was annotated for (rounds 7 on record it in the annotation)."""
    language: str = "en"


@dataclass(frozen=True, slots=True)
class IdCatalog:
    """The ids a gold file may use for states, bodies and regions (from ``data/``)."""

    states: frozenset[str]
    bodies: frozenset[str]
    regions: frozenset[str]

    @classmethod
    def from_data(cls, data_dir: Path) -> IdCatalog:
        """Read ``states.csv`` (iso3), ``bodies.csv`` (key) and ``regions.csv`` (code).

        ``EURASIA`` is added to the regions.
        """
        return cls(
            states=_column(data_dir / "states.csv", "iso3"),
            bodies=_column(data_dir / "bodies.csv", "key"),
            regions=_column(data_dir / "regions.csv", "code") | {EURASIA},
        )


def _column(path: Path, name: str) -> frozenset[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return frozenset(row[name] for row in csv.DictReader(handle) if row.get(name))


def parse_header(text: str) -> tuple[dict[str, str], int]:
    """The ``# key: value`` lines a text starts with, and the offset where the text proper begins.

    >>> parse_header("# source: https://example.org\\n# date: 2026-01-20\\nRussia")
    ({'source': 'https://example.org', 'date': '2026-01-20'}, 49)
    """
    metadata: dict[str, str] = {}
    offset = 0
    for line in text.splitlines(keepends=True):
        match = _HEADER.fullmatch(line.rstrip("\r\n"))
        if match is None:
            break
        metadata[match.group(1)] = match.group(2).strip()
        offset += len(line)
    return metadata, offset


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _id_problem(kind: str, value: str, catalog: IdCatalog) -> str | None:
    if value.startswith(NEW_PREFIX):
        if kind not in {"body", "person", "treaty"}:
            return f"{value!r}: only bodies, treaties and persons take new: ids"
        return None if _NEW_ID.match(value) else f"{value!r} is not new:<lowercase-slug>"
    if kind == "treaty":
        return f"{value!r}: a treaty is an open-world entity, id new:<slug>"
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


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives and false negatives.

    >>> c = Counts(tp=3, fp=1, fn=2)
    >>> round(c.precision, 2), round(c.recall, 2), round(c.f1, 2)
    (0.75, 0.6, 0.67)
    >>> Counts().precision, Counts().recall, Counts().f1
    (1.0, 1.0, 1.0)
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        predicted = self.tp + self.fp
        return self.tp / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        expected = self.tp + self.fn
        return self.tp / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Matched statements whose ``asserted_by`` agrees with the gold, out of all matched ones."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0

    def __add__(self, other: Attribution) -> Attribution:
        return Attribution(self.correct + other.correct, self.total + other.total)


ErrorKind = Literal[
    "mention", "mention id", "statement", "attribution", "denied fact", "negative statement"
]


@dataclass(frozen=True, slots=True)
class ScoringError:
    """One disagreement with the gold: a false positive, a false negative or a wrong asserter."""

    document: str
    kind: ErrorKind
    error: Literal["FP", "FN", "wrong asserter"]
    detail: str

    def __str__(self) -> str:
        return f"{self.document}: {self.kind} {self.error}: {self.detail}"


@dataclass(frozen=True, slots=True)
class DocumentScore:
    """The scores of one document and the errors behind them."""

    name: str
    split: str
    mentions: Counts
    mention_ids: Counts
    statements: Counts
    attribution: Attribution
    errors: tuple[ScoringError, ...] = ()
    negatives: Counts = Counts()
    denied_produced: int = 0


@dataclass(frozen=True, slots=True)
class SplitScore:
    """Micro-averaged scores of several documents (counts summed, then P/R/F1)."""

    split: str
    documents: int
    mentions: Counts
    mention_ids: Counts
    statements: Counts
    attribution: Attribution
    negatives: Counts = Counts()
    denied_produced: int = 0


@dataclass(frozen=True, slots=True)
class CorpusScore:
    """Document scores with their micro-averages per split and over all documents."""

    documents: tuple[DocumentScore, ...]
    splits: tuple[SplitScore, ...]
    overall: SplitScore

    def split(self, name: str) -> SplitScore:
        """The micro-average of one split (a split with no document scores 1.0 throughout)."""
        for score in self.splits:
            if score.split == name:
                return score
        return _sum(name, [])


def _predicted_parts(
    predicted: Extraction | Mapping[str, Any],
) -> tuple[list[tuple[int, int, str, str]], list[tuple[Triple, str, str]]]:
    """(start, end, id, text) of each predicted mention; (triple, asserted_by, polarity) of each
    statement."""
    if isinstance(predicted, Extraction):
        mentions = [(m.start, m.end, m.id, m.text) for m in predicted.mentions]
        statements = [(s.triple, s.asserted_by, str(s.polarity)) for s in predicted.statements]
        return mentions, statements
    mentions = [
        (int(m["start"]), int(m["end"]), str(m["id"]), str(m.get("text", "")))
        for m in predicted.get("mentions", [])
    ]
    statements = [
        (
            (
                str(s["subject"]),
                str(s["predicate"]),
                None if s["object"] is None else str(s["object"]),
            ),
            str(s.get("asserted_by", AUTHOR)),
            str(s.get("polarity", "positive")),
        )
        for s in predicted.get("statements", [])
    ]
    return mentions, statements


def _words(new_id: str) -> frozenset[str]:
    return frozenset(new_id.removeprefix(NEW_PREFIX).split("-")) - {"of", "the", "and"}


def _aligned(value: str | None, gold_new: Iterable[str]) -> str | None:
    """A predicted open-world id as the gold id it names: the gold ``new:`` id sharing most of
    its words (Jaccard at least one half), else unchanged.

    >>> _aligned("new:csto-parliamentary-assembly", ["new:parliamentary-assembly-of-the-csto"])
    'new:parliamentary-assembly-of-the-csto'
    >>> _aligned("new:eurasian-bank", ["new:csto-parliamentary-assembly"])
    'new:eurasian-bank'
    """
    if value is None or not value.startswith(NEW_PREFIX):
        return value
    words = _words(value)
    best, best_score = value, 0.0
    for candidate in gold_new:
        other = _words(candidate)
        overlap = len(words & other) / len(words | other) if words | other else 0.0
        if overlap >= 0.5 and overlap > best_score:
            best, best_score = candidate, overlap
    return best


def _format_triple(triple: Triple) -> str:
    subject, predicate, obj = triple
    return f"({subject}, {predicate}, {obj})"


def score(gold: GoldDocument, predicted: Extraction | Mapping[str, Any]) -> DocumentScore:
    """Compare one extraction with its gold document.

    Parameters
    ----------
    gold:
        The annotated document.
    predicted:
        An :class:`~blocgraph.extract._model.Extraction`, or its JSON form (``to_json()``): a
        mapping with ``mentions`` and ``statements`` lists.

    Returns
    -------
    The counts for mentions (exact spans and ids), distinct ids, distinct triples, attribution,
    and the list of errors.

    >>> gold = GoldDocument("x", "Russia and Iran.", "dev",
    ...     mentions=(GoldMention("Russia", 0, 6, "state", "RUS"),
    ...               GoldMention("Iran", 11, 15, "state", "IRN")),
    ...     statements=(GoldStatement("RUS", "memberOf", "CIS", "author"),))
    >>> result = score(gold, {"mentions": [
    ...         {"text": "Russia", "start": 0, "end": 6, "type": "state", "id": "RUS"},
    ...         {"text": "and", "start": 7, "end": 10, "type": "state", "id": "AND"}],
    ...     "statements": [{"subject": "RUS", "predicate": "memberOf", "object": "CIS",
    ...                     "asserted_by": "sergey-lavrov"}]})
    >>> result.mentions, result.statements, result.attribution
    (Counts(tp=1, fp=1, fn=1), Counts(tp=1, fp=0, fn=0), Attribution(correct=0, total=1))
    >>> for error in result.errors: print(error)
    x: mention FN: [11:15] 'Iran' state IRN
    x: mention FP: [7:10] 'and' AND
    x: mention id FN: IRN
    x: mention id FP: AND
    x: attribution wrong asserter: (RUS, memberOf, CIS) gold ['author'] predicted ['sergey-lavrov']
    """
    name = gold.name
    errors: list[ScoringError] = []
    predicted_mentions, predicted_statements = _predicted_parts(predicted)

    # Mentions: exact (start, end, id). Open-world (new:) mentions are not scored here.
    catalogued = [m for m in gold.mentions if not m.id.startswith(NEW_PREFIX)]
    required = {m.key: m for m in catalogued if not m.optional}
    optional = {m.key for m in catalogued if m.optional} - required.keys()
    predicted_mentions = [p for p in predicted_mentions if not p[2].startswith(NEW_PREFIX)]
    predicted_spans = {(start, end, id_): text for start, end, id_, text in predicted_mentions}
    found = predicted_spans.keys() & required.keys()
    missed = sorted(required.keys() - predicted_spans.keys())
    spurious = sorted(predicted_spans.keys() - required.keys() - optional)
    for key in missed:
        m = required[key]
        errors.append(
            ScoringError(name, "mention", "FN", f"[{m.start}:{m.end}] {m.text!r} {m.type} {m.id}")
        )
    for start, end, id_ in spurious:
        shown = (
            gold.text[start:end]
            if 0 <= start < end <= len(gold.text)
            else predicted_spans[(start, end, id_)]
        )
        errors.append(ScoringError(name, "mention", "FP", f"[{start}:{end}] {shown!r} {id_}"))
    mentions = Counts(len(found), len(spurious), len(missed))

    # Mentions, relaxed: the distinct ids of the document.
    gold_ids = {m.id for m in catalogued if not m.optional}
    optional_ids = {m.id for m in catalogued if m.optional} - gold_ids
    predicted_ids = {id_ for _, _, id_, _ in predicted_mentions}
    for id_ in sorted(gold_ids - predicted_ids):
        errors.append(ScoringError(name, "mention id", "FN", id_))
    for id_ in sorted(predicted_ids - gold_ids - optional_ids):
        errors.append(ScoringError(name, "mention id", "FP", id_))
    mention_ids = Counts(
        len(gold_ids & predicted_ids),
        len(predicted_ids - gold_ids - optional_ids),
        len(gold_ids - predicted_ids),
    )

    # Statements: distinct triples; attribution on the matched ones. Negative statements (the
    # asserter says the relation does not hold) are scored apart from the positive ones.
    gold_new = {
        value
        for s in gold.statements
        for value in (s.subject, s.object, s.asserted_by)
        if value and value.startswith(NEW_PREFIX)
    }
    gold_asserters: dict[Triple, set[str]] = defaultdict(set)
    required_triples: set[Triple] = set()
    optional_triples: set[Triple] = set()
    negative_triples: set[Triple] = set()
    for statement in gold.statements:
        if statement.polarity == "negative":
            negative_triples.add(statement.triple)
            continue
        gold_asserters[statement.triple].add(statement.asserted_by)
        (optional_triples if statement.optional else required_triples).add(statement.triple)
    optional_triples -= required_triples
    predicted_asserters: dict[Triple, set[str]] = defaultdict(set)
    predicted_negative: set[Triple] = set()
    for (subject, predicate, obj), asserted_by, polarity in predicted_statements:
        triple = (str(_aligned(subject, gold_new)), predicate, _aligned(obj, gold_new))
        if polarity == "negative":
            predicted_negative.add(triple)
        else:
            predicted_asserters[triple].add(str(_aligned(asserted_by, gold_new)))
    predicted_triples = set(predicted_asserters)
    matched = predicted_triples & required_triples
    missed_triples = required_triples - predicted_triples
    spurious_triples = predicted_triples - required_triples - optional_triples
    for triple in sorted(missed_triples, key=str):
        who = ", ".join(sorted(gold_asserters[triple]))
        errors.append(ScoringError(name, "statement", "FN", f"{_format_triple(triple)} by {who}"))
    for triple in sorted(spurious_triples, key=str):
        errors.append(ScoringError(name, "statement", "FP", _format_triple(triple)))
    correct = 0
    for triple in sorted(matched, key=str):
        if predicted_asserters[triple] == gold_asserters[triple]:
            correct += 1
        else:
            errors.append(
                ScoringError(
                    name,
                    "attribution",
                    "wrong asserter",
                    f"{_format_triple(triple)} gold {sorted(gold_asserters[triple])} "
                    f"predicted {sorted(predicted_asserters[triple])}",
                )
            )
    statements = Counts(len(matched), len(spurious_triples), len(missed_triples))
    denied = predicted_triples & negative_triples
    for triple in sorted(denied, key=str):
        errors.append(ScoringError(name, "denied fact", "FP", _format_triple(triple)))
    for triple in sorted(negative_triples - predicted_negative, key=str):
        errors.append(ScoringError(name, "negative statement", "FN", _format_triple(triple)))
    for triple in sorted(predicted_negative - negative_triples, key=str):
        errors.append(ScoringError(name, "negative statement", "FP", _format_triple(triple)))
    return DocumentScore(
        name=name,
        split=gold.split,
        mentions=mentions,
        mention_ids=mention_ids,
        statements=statements,
        attribution=Attribution(correct, len(matched)),
        errors=tuple(errors),
        negatives=Counts(
            len(predicted_negative & negative_triples),
            len(predicted_negative - negative_triples),
            len(negative_triples - predicted_negative),
        ),
        denied_produced=len(denied),
    )


def _sum(split: str, documents: Sequence[DocumentScore]) -> SplitScore:
    mentions, mention_ids, statements, attribution = Counts(), Counts(), Counts(), Attribution()
    negatives, denied = Counts(), 0
    for document in documents:
        mentions += document.mentions
        mention_ids += document.mention_ids
        statements += document.statements
        attribution += document.attribution
        negatives += document.negatives
        denied += document.denied_produced
    return SplitScore(
        split, len(documents), mentions, mention_ids, statements, attribution, negatives, denied
    )


def score_corpus(documents: Iterable[DocumentScore]) -> CorpusScore:
    """Micro-average document scores per split (``dev``, ``test``, then any other) and overall.

    >>> a = DocumentScore("a", "dev", Counts(1, 0, 1), Counts(1, 0, 0), Counts(2, 0, 0),
    ...                   Attribution(2, 2))
    >>> b = DocumentScore("b", "dev", Counts(3, 1, 0), Counts(2, 1, 0), Counts(0, 1, 2),
    ...                   Attribution(0, 0))
    >>> corpus = score_corpus([a, b])
    >>> corpus.split("dev").mentions, corpus.split("dev").statements.recall
    (Counts(tp=4, fp=1, fn=1), 0.5)
    >>> corpus.split("test").documents
    0
    """
    ordered = tuple(sorted(documents, key=lambda d: (_split_rank(d.split), d.name)))
    by_split: dict[str, list[DocumentScore]] = defaultdict(list)
    for document in ordered:
        by_split[document.split].append(document)
    splits = tuple(_sum(split, docs) for split, docs in by_split.items())
    return CorpusScore(ordered, splits, _sum("all", ordered))


def _split_rank(split: str) -> tuple[int, str]:
    return (SPLITS.index(split) if split in SPLITS else len(SPLITS), split)


def list_errors(
    scores: DocumentScore | CorpusScore, *, split: str | None = None, limit: int | None = None
) -> list[ScoringError]:
    """The errors of a document or of a corpus (optionally one split), document by document.

    Parameters
    ----------
    scores:
        One document's score or a corpus score.
    split:
        Only the documents of this split.
    limit:
        At most this many errors.

    Returns
    -------
    False negatives and false positives (mentions, ids, statements) and wrong asserters.
    """
    documents = scores.documents if isinstance(scores, CorpusScore) else (scores,)
    errors = [
        error
        for document in documents
        if split is None or document.split == split
        for error in document.errors
    ]
    return errors if limit is None else errors[:limit]


def _prf(counts: Counts) -> str:
    return f"{counts.precision:4.2f} {counts.recall:4.2f} {counts.f1:4.2f}"


def _row(split: str, name: str, score: DocumentScore | SplitScore) -> str:
    attribution = f"{score.attribution.accuracy:4.2f} ({score.attribution.total})"
    s = score.statements
    counts = f"{s.tp}/{s.fp}/{s.fn}"
    return (
        f"{split:<5} {name:<48} {_prf(score.mentions)}   {_prf(score.mention_ids)}   "
        f"{_prf(score.statements)}   {counts:<11} {attribution}"
    )


def format_report(corpus: CorpusScore, *, per_document: bool = True) -> str:
    """A plain-text table: one row per document (unless ``per_document`` is false), then the
    micro-average of each split and of all documents.

    Columns: mentions (exact span and id), distinct ids per document, distinct triples, each as
    precision, recall and F1; statement tp/fp/fn; attribution accuracy (matched statements).

    >>> doc = DocumentScore("a", "dev", Counts(9, 1, 0), Counts(5, 0, 0), Counts(3, 0, 1),
    ...                     Attribution(3, 3))
    >>> print(format_report(score_corpus([doc])))  # doctest: +NORMALIZE_WHITESPACE
    split document
      mentions P R F1   ids P R F1   statements P R F1   tp/fp/fn  attribution
    dev   a
      0.90 1.00 0.95   1.00 1.00 1.00   1.00 0.75 0.86   3/0/1     1.00 (3)
    dev   micro-average (1 document)
      0.90 1.00 0.95   1.00 1.00 1.00   1.00 0.75 0.86   3/0/1     1.00 (3)
    all   micro-average (1 document)
      0.90 1.00 0.95   1.00 1.00 1.00   1.00 0.75 0.86   3/0/1     1.00 (3)
    """
    header = (
        f"{'split':<5} {'document':<48} {'mentions P R F1':<14}   {'ids P R F1':<14}   "
        f"{'statements P R F1':<14}   {'tp/fp/fn':<11} attribution"
    )
    lines = [header]
    for split_score in (*corpus.splits, corpus.overall):
        if per_document and split_score.split != "all":
            for document in corpus.documents:
                if document.split == split_score.split:
                    lines.append(_row(document.split, document.name, document))
        plural = "document" if split_score.documents == 1 else "documents"
        label = f"micro-average ({split_score.documents} {plural})"
        lines.append(_row(split_score.split, label, split_score))
    return "\n".join(line.rstrip() for line in lines)
