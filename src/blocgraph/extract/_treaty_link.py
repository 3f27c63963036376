"""Linking the treaties a document names to the curated ones (``data/relations/treaties.csv``).

A treaty the text names or describes is first minted as ``new:<slug>``. It is the catalogue's
treaty when its words are words of that treaty's title (English or Russian, up to "between" /
"между"; "pact" and "agreement" count alike) and the document names the treaty's parties; among
several (the Russia–DPRK and the Russia–Iran "comprehensive strategic partnership" treaties), the
one whose parties the treaty's sentences name, then the one whose year the text gives. What stays
ambiguous stays ``new:``. A catalogue treaty is an instrument, not an organisation: membership
statements about it are dropped (they are the treaty reader's signing and denouncing).
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from blocgraph.extract._model import MEMBERSHIP_PREDICATES, NEW_PREFIX, Mention, Statement
from blocgraph.extract._treaty_ids import (
    ACTS,
    GENERIC,
    STOP,
    WORD,
    following_named,
    fullest_names,
    other_names,
    stems,
)
from blocgraph.extract.relations._slug import slug

_MEMBERSHIP = MEMBERSHIP_PREDICATES | {"cooperatesWith"}
_WINDOW = 150
"""Characters around a treaty's mention searched for its parties (a statement's: its sentence)."""


_PARTIES = re.compile(r"\s(?:between|между)\s.*?(?=\s(?:on|concerning|о|об)\s|$)")


def _head(title: str) -> str:
    """A title without its parties: "Treaty between the Russian Federation and the Republic of
    Belarus on Security Guarantees …" → "Treaty on Security Guarantees …".

    >>> _head("Treaty on Comprehensive Strategic Partnership between Russia and the DPRK")
    'Treaty on Comprehensive Strategic Partnership'
    >>> _head("Договор между Российской Федерацией и Египтом о всестороннем партнерстве")
    'Договор о всестороннем партнерстве'
    """
    return _PARTIES.sub("", title, count=1)


_PLACE_NAMED = re.compile(r"(?:Treaty|Pact|Agreement|Accord|Convention|Charter) of ([A-Z]\w+)\b")
"""A title that opens with the instrument named after a place ("Treaty of Nancy: …")."""


def _lead(title: str) -> str:
    """The stem of a title's first word when it is a proper word, not the instrument noun ("Shusha
    Declaration on …" → "shush"; "Treaty on …" → "")."""
    first = next(iter(WORD.findall(title.lower().replace("ё", "е"))), "")
    stem = first[:5]
    if stem in GENERIC and (place := _PLACE_NAMED.match(title)) is not None:
        return place.group(1).lower()[:5]  # "Treaty of Nancy: …" → "nancy"
    return "" if not stem or stem in GENERIC or first in STOP else stem


def _named_by(words: frozenset[str], title: frozenset[str]) -> bool:
    """Whether a text's words name a title: all of them are its words, or all but one of at
    least four ("the permanent Treaty on Friendship and Comprehensive Strategic Partnership")."""
    if len(words) < 2 and words != title:
        return False  # one word ("Relating") names no particular treaty
    extra = len(words - title)
    return extra == 0 or (extra == 1 and len(words & title) >= 3)


@dataclass(frozen=True, slots=True)
class CatalogueTreaty:
    """A curated treaty as the linker sees it."""

    key: str
    words: frozenset[str]
    parties: frozenset[str]
    year: int | None
    lead: frozenset[str] = frozenset()
    """The first content word of each title ("shush" of "Shusha Declaration on …",
    "Шушинская декларация …"): a proper word that names the treaty by itself."""


class TreatyCatalogue:
    """The curated treaties, matched by title words and parties."""

    def __init__(self, treaties: list[CatalogueTreaty]) -> None:
        self.treaties = treaties

    @classmethod
    def load(cls, data_dir: Path) -> TreatyCatalogue:
        """Read ``relations/treaties.csv`` and the parties of ``relations/events.csv``
        (an empty catalogue when the files are absent). Only the titles, years and parties:
        ``reference.load_relations`` checks every citation too (0.45 s against 2 ms here), which
        belongs to ``blocgraph build``, not to each extracting process."""
        folder = data_dir / "relations"
        if not (folder / "treaties.csv").exists():
            return cls([])
        parties: dict[str, set[str]] = defaultdict(set)
        if (folder / "events.csv").exists():
            with (folder / "events.csv").open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    parties[row["treaty"]].add(row["state"])
        treaties = []
        with (folder / "treaties.csv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                titles = [row["title_en"], row.get("title_ru") or ""]
                words = frozenset().union(*(stems(_head(t)) for t in titles))
                year = row["signed"][:4]
                treaties.append(
                    CatalogueTreaty(
                        row["key"],
                        words,
                        frozenset(parties[row["key"]]),
                        int(year) if year.isdigit() else None,
                        frozenset(filter(None, map(_lead, titles))),
                    )
                )
        return cls(treaties)

    def key_for(
        self,
        name: str,
        document_states: set[str],
        near_states: set[str],
        years: set[int],
        signers: frozenset[str] = frozenset(),
    ) -> str | None:
        """The catalogue key a treaty's name denotes in this document, if exactly one fits;
        ``signers``: the states the text says acted on it."""
        words = stems(_head(name))
        if not words:
            return None
        if len(words) == 1 and signers:
            # a treaty described by one word ("договор о дружбе") is the catalogue's when its
            # actors in the text are its parties and the text gives its year
            described = [
                t
                for t in self.treaties
                if words <= t.words and t.parties == signers and t.year in years
            ]
            if len(described) == 1:
                return described[0].key
        proper = name[:1].isupper()  # "Шушинскую декларацию", not "the joint declaration"
        found = [
            t
            for t in self.treaties
            if (_named_by(words, t.words) or (proper and len(words) == 1 and words <= t.lead))
            and t.parties
            # a multilateral treaty's parties need not all be named, but then its title must
            # hold every word of the name ("Agreement on Friendship, Good Neighborly Relations
            # and Cooperation" is not the Central Asian treaty on good-neighbourliness)
            and (
                t.parties <= document_states
                or (len(t.parties) > 3 and len(words) >= 2 and words <= t.words)
            )
        ]
        for narrower in (
            [t for t in found if words <= t.words],  # every word of the name is the title's
            [t for t in found if t.parties <= near_states],
            [t for t in found if t.year in years],
        ):
            if len(found) > 1 and narrower:
                found = narrower
        return found[0].key if len(found) == 1 else None


def _unbroken(
    text: str, mentions: list[Mention], statements: list[Statement]
) -> tuple[list[Mention], list[Statement]]:
    """Open-world treaty names cut at a line break: a headline without a full stop is not the
    start of the next line's name ("… в Европе\nДепутаты Государственной Думы …")."""
    renamed: dict[str, str] = {}
    kept: list[Mention] = []
    for m in mentions:
        if m.type == "treaty" and m.id.startswith(NEW_PREFIX) and "\n" in m.text:
            head = m.text.split("\n", 1)[0].rstrip()
            if len(head.split()) < 2:
                continue  # nothing of a name is left on the line
            renamed[m.id] = slug(head)
            m = replace(m, id=renamed[m.id], text=head, end=m.start + len(head))
        kept.append(m)
    statements = [
        replace(s, object=renamed[s.object]) if s.object in renamed else s for s in statements
    ]
    return kept, statements


FOUNDERS = "tree:sign"
"""The rule of the signatories of a founding instrument, who are the body's founders."""


def _without_inner_bodies(mentions: list[Mention], statements: list[Statement]) -> list[Statement]:
    """No membership read from a body's name inside the name of a treaty the same subject acts
    on in that sentence ("withdrew from the Council of Europe Convention on …" is no exit from
    the Council of Europe), unless the tree read it as the founding of that body by the treaty's
    signatories ("The Treaty on European Union was signed by A and B")."""
    names: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        names[m.id].add(slug(m.text).removeprefix(NEW_PREFIX))
    acts = defaultdict(list)
    for s in statements:
        if s.predicate in ACTS and s.object is not None:
            acts[(s.subject, s.sentence_start)].append(s.object.removeprefix(NEW_PREFIX))
    kept = []
    for s in statements:
        treaties = acts.get((s.subject, s.sentence_start), [])
        if s.predicate in _MEMBERSHIP and s.object is not None and treaties and s.rule != FOUNDERS:
            inner = names.get(s.object, set()) | {s.object.removeprefix(NEW_PREFIX).lower()}
            if any(f"-{name}-" in f"-{treaty}-" for name in inner for treaty in treaties if name):
                continue
        kept.append(s)
    return kept


_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def linked_treaties(
    catalogue: TreatyCatalogue, text: str, mentions: list[Mention], statements: list[Statement]
) -> tuple[list[Mention], list[Statement]]:
    """Mentions and statements with the document's ``new:`` treaties that the catalogue holds
    under its keys, and no membership statement about a catalogue treaty."""
    mentions, statements = _unbroken(text, mentions, statements)
    mentions, statements = fullest_names(mentions, statements)
    mentions, statements = other_names(text, mentions, statements)
    mentions, statements = following_named(mentions, statements)
    states_at = [(m.start, m.id) for m in mentions if m.type == "state"]
    document_states = {id_ for _, id_ in states_at}
    places: dict[str, list[tuple[int, int]]] = defaultdict(list)
    names: dict[str, str] = {}
    for m in mentions:
        if m.type == "treaty" and m.id.startswith(NEW_PREFIX):
            places[m.id].append((m.start - _WINDOW, m.end + _WINDOW))
            names.setdefault(m.id, m.text)  # as written: "китайско-российским" keeps its hyphen
    actors: dict[str, set[str]] = defaultdict(set)
    for s in statements:
        if s.predicate in ACTS and s.object and s.object.startswith(NEW_PREFIX):
            actors[s.object].add(s.subject)  # "Putin signed": a party the text gives by a person
            places[s.object].append((s.sentence_start, s.sentence_end))
            names.setdefault(s.object, s.object.removeprefix(NEW_PREFIX).replace("-", " "))
    years = {int(y) for y in _YEAR.findall(text)}
    keys: dict[str, str] = {}
    for id_, name in names.items():
        near = {state for at, state in states_at if any(a <= at < b for a, b in places[id_])}
        near |= actors[id_]
        key = catalogue.key_for(
            name, document_states | actors[id_], near, years, frozenset(actors[id_])
        )
        if key is not None:
            keys[id_] = key
    absorbed = _titled_bodies(catalogue, text, mentions, keys, document_states, years)
    statements = _without_inner_bodies(mentions, statements)
    catalogued = {t.key for t in catalogue.treaties}
    mentions = _without_titled_bodies([replace(m, id=keys.get(m.id, m.id)) for m in mentions], keys)
    if absorbed:
        mentions = [
            replace(m, end=absorbed[m.start], text=text[m.start : absorbed[m.start]])
            if m.type == "treaty" and m.start in absorbed
            else m
            for m in mentions
            if not _inside(m.start, m.end, absorbed)
        ]
    kept = []
    for s in statements:
        if s.predicate in _MEMBERSHIP and _inside(s.evidence_start, s.evidence_start, absorbed):
            continue  # "Договор о создании Союзного государства Беларуси и России": the title's
        s = replace(s, subject=keys.get(s.subject, s.subject))
        if s.object is not None and s.object in keys:
            s = replace(s, object=keys[s.object])
        if s.predicate in _MEMBERSHIP and s.object in catalogued:
            continue  # a curated treaty is an instrument, not an organisation
        kept.append(s)
    return mentions, kept


def _titled_bodies(
    catalogue: TreatyCatalogue,
    text: str,
    mentions: list[Mention],
    keys: dict[str, str],
    document_states: set[str],
    years: set[int],
) -> dict[int, int]:
    """Treaty names that run on over a body's name ("Договор о создании | Союзного государства":
    a founding treaty names what it founds) where only the whole is a catalogue title: the
    treaty's id takes the key (``keys`` is updated) and each such mention's start maps to the
    end of the body's name, which is no body mention of its own."""
    bodies = {m.start: m for m in mentions if m.type == "body"}
    linked = set(keys)  # a name that is a title by itself keeps its reading
    ends: dict[int, int] = {}
    for m in mentions:
        if m.type != "treaty" or not m.id.startswith(NEW_PREFIX) or m.id in linked:
            continue
        body = bodies.get(m.end + 1) if text[m.end : m.end + 1] == " " else None
        if body is None:
            continue
        key = catalogue.key_for(f"{m.text} {body.text}", document_states, set(), years)
        if key is not None and keys.setdefault(m.id, key) == key:
            ends[m.start] = body.end
    return ends


def _without_titled_bodies(mentions: list[Mention], keys: dict[str, str]) -> list[Mention]:
    """No body mention inside a catalogue treaty's whole name ("Договор о создании Союзного
    государства" read as one name, as ``_titled_bodies`` does for a name cut before the body)."""
    titles = [(m.start, m.end) for m in mentions if m.type == "treaty" and m.id in keys.values()]
    return [
        m
        for m in mentions
        if m.type != "body" or not any(a < m.start and m.end <= b for a, b in titles)
    ]


def _inside(start: int, end: int, absorbed: dict[int, int]) -> bool:
    """Whether a span lies in the body's part of a treaty name (see ``_titled_bodies``), after
    the treaty's own words."""
    return any(a < start and end <= b for a, b in absorbed.items())
