"""The names the linker looks for, read from the reference CSVs and ``data/gazetteer/``.

Every surface form ends up in one of two tables: case-sensitive forms (single words, acronyms,
names marked ``sensitive``: "Russia", "SCO", "the West") and case-insensitive forms (longer names:
"shanghai cooperation organisation"). Each form maps to one or more :class:`Entry` — what the form
may denote and how it is linked: directly (``name``), only in context (``demonym``, ``civ``,
``region_adj``), or never (``block``: "Indian Ocean" swallows "Indian").
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from blocgraph.extract._russian import (
    adjective_forms,
    case_forms,
    is_cyrillic,
    person_forms,
    surname_forms,
    yo_variants,
)
from blocgraph.extract._russian_morph import morph_case_forms

Kind = Literal["name", "demonym", "civ", "region_adj", "block"]
"""How a surface form is linked: always, in context, or never."""

RULES = (
    "person_name",
    "not_us_state",
    "needs_title",
    "after_name",
    "yields",
    "mid_sentence",
    "in_state_list",
)
"""Ambiguity rules a surface form may carry (``data/gazetteer/ambiguous.csv``)."""

_ACRONYM = re.compile(r"^[^\s]*[A-ZА-ЯЁ][^\s]*[A-ZА-ЯЁ+][^\s]*$")
_WORD = re.compile(r"\w+")
_LATIN_SPELLINGS = (("Organization", "Organisation"), ("Co-operation", "Cooperation"))


@dataclass(frozen=True, slots=True)
class Entry:
    """What a surface form may denote: an entity ``type``/``id`` and how it is linked."""

    type: str
    id: str
    kind: Kind


@dataclass(frozen=True, slots=True)
class Person:
    """A curated person: slug id, full name, usual office and the state they serve."""

    id: str
    name: str
    office: str
    state: str | None


@dataclass(frozen=True)
class Gazetteer:
    """All surface forms with what they denote, plus the person records.

    ``sensitive`` is keyed by the form as written, ``insensitive`` by its lower-case form.
    ``collisions`` lists forms dropped because two entities share them (they are not linked);
    ``words`` holds the first word of every form, to skip text that cannot mention anything.
    """

    sensitive: dict[str, tuple[Entry, ...]]
    insensitive: dict[str, tuple[Entry, ...]]
    persons: dict[str, Person]
    rules: dict[str, frozenset[str]]
    states: frozenset[str]
    bodies: frozenset[str]
    collisions: tuple[str, ...] = ()
    words: frozenset[str] = field(default_factory=frozenset)

    def lookup(self, text: str) -> tuple[Entry, ...]:
        """Entries for a surface form, case-sensitive table first.

        >>> g = load_gazetteer(Path("data"))
        >>> [(e.type, e.id) for e in g.lookup("ШОС")]
        [('body', 'SCO')]
        """
        return self.sensitive.get(text) or self.insensitive.get(text.lower(), ())


def _read(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield {k: (v or "").strip() for k, v in row.items() if k is not None}


_NO_COMBINING_FORM = frozenset({"SUN"})
"""States whose Russian adjective links without its compound first part: "советско-иракский
договор", "советско-индийская декларация" name an instrument or a relation, and the gold
set's annotators leave "советско" unmarked or optional (rounds 128, 130, 135)."""


def _combining_forms(form: str) -> list[str]:
    """The first part of a Russian compound adjective, lower and capitalised: "российский" →
    "российско" ("российско-китайский"); a row that is already one ("американо") stands as is.

    >>> _combining_forms("российский")
    ['российско', 'Российско']
    """
    combining = form[:-2] + "о" if form.endswith(("ий", "ый")) else form
    if not combining.endswith("о"):
        return []
    return [combining, combining[0].upper() + combining[1:]]


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def _is_sensitive(form: str, declared: str = "") -> bool:
    """Single words and acronyms match case-sensitively; longer names do not, unless declared."""
    if declared:
        return declared == "sensitive"
    return " " not in form or bool(_ACRONYM.match(form.split(" ")[0]))


def _surname_forms(surname: str) -> list[str]:
    forms = surname_forms(surname)
    return [f for f in dict.fromkeys(forms.values()) if f != surname] if forms else []


def _feminine_to_masculine(adjective: str) -> str:
    """ "арабская" → "арабский", "западная" → "западный"."""
    stem = adjective[:-2]
    return stem + ("ий" if stem[-1:].lower() in "кгхжшщч" else "ый")


def _first_word(form: str) -> str:
    """The first word of a name, lower-cased, after a leading article ("the West" → "west")."""
    words = [m.group().lower() for m in _WORD.finditer(form)]
    if words and words[0] == "the":
        words = words[1:]
    return words[0] if words else ""


class _Builder:
    def __init__(self) -> None:
        self.sensitive: dict[str, list[Entry]] = {}
        self.insensitive: dict[str, list[Entry]] = {}
        self.dropped: set[tuple[str, str, str]] = set()

    def add(self, form: str, entry: Entry, *, case: str = "", inflect: bool = True) -> None:
        form = " ".join(form.split())
        if not form or (entry.type, entry.id, form) in self.dropped:
            return
        forms = [form]
        if entry.type == "state":
            forms += _state_spellings(form)
        if is_cyrillic(form) and inflect:
            for variant in list(forms):
                forms += case_forms(variant) + morph_case_forms(variant)
        for variant in list(forms):
            forms += yo_variants(variant)
        if entry.type == "state" and " " in form:  # "Burkina-Faso", "Sri-Lanka"
            forms += [variant.replace(" ", "-") for variant in list(forms)]
        for old, new in _LATIN_SPELLINGS:
            for variant in list(forms):
                if old in variant:
                    forms.append(variant.replace(old, new))
                elif new in variant:
                    forms.append(variant.replace(new, old))
        for variant in dict.fromkeys(forms):
            self._put(variant, entry, _is_sensitive(variant, case))

    def _put(self, form: str, entry: Entry, sensitive: bool) -> None:
        if not sensitive:
            self.insensitive.setdefault(form.lower(), []).append(entry)
            return
        variants = [form]
        if form[:1].islower():
            variants.append(
                form[:1].upper() + form[1:]
            )  # sentence-initial "The West", "Российский"
        if " " not in form and len(form) > 3 and not form.isupper():
            variants.append(form.upper())  # headlines: "RUSSIA"
        for variant in variants:
            self.sensitive.setdefault(variant, []).append(entry)


def _state_spellings(name: str) -> list[str]:
    """Other spellings of a state's name: a dash between parts as a hyphen ("Папуа — Новая
    Гвинея" → "Папуа-Новая Гвинея"), a hyphen as a space ("Guinea-Bissau" → "Guinea Bissau"),
    the abbreviation "о-ва" written out ("Соломоновы о-ва" → "Соломоновы Острова")."""
    spellings = [name.replace(" — ", "-").replace("—", "-")]
    if " о-ва" in name:
        spellings += [name.replace(" о-ва", " Острова"), name.replace(" о-ва", " острова")]
    if not is_cyrillic(name) and re.search(r"[a-z]-[A-Z]", name):
        spellings.append(name.replace("-", " "))
    return [s for s in dict.fromkeys(spellings) if s != name]


def _table_spellings(name: str) -> list[str]:
    """How lists and tables shorten a state's English name: "&" for "and" and back ("Sao Tome &
    Principe"), "Rep." for "Republic" ("Central African Rep.", "Democratic Rep. of Congo"),
    "St"/"St." for "Saint" ("St. Kitts and Nevis")."""
    spellings = []
    if "&" in name:
        spellings.append(name.replace("&", "and"))
    if " and " in name:
        spellings.append(name.replace(" and ", " & "))
    if "Republic" in name:
        spellings.append(name.replace("Republic", "Rep."))
    if name.startswith("Saint "):
        spellings += ["St " + name[6:], "St. " + name[6:]]
    return spellings


def _dedupe(table: dict[str, list[Entry]], collisions: list[str]) -> dict[str, tuple[Entry, ...]]:
    """Keep one entry per (type, id, kind); drop a form whose direct names denote two entities."""
    result: dict[str, tuple[Entry, ...]] = {}
    for form, entries in table.items():
        unique = tuple(dict.fromkeys(entries))
        named = {(e.type, e.id) for e in unique if e.kind == "name"}
        if len(named) > 1:
            collisions.append(form)
            unique = tuple(e for e in unique if e.kind != "name")
            if not unique:
                continue
        result[form] = unique
    return result


def _names(row: dict[str, str], *columns: str) -> Iterable[str]:
    for column in columns:
        yield from _split(row.get(column, ""))


def load_gazetteer(data_dir: Path) -> Gazetteer:
    """Read ``states.csv``, ``bodies.csv``, ``regions.csv`` and ``gazetteer/*.csv`` under
    ``data_dir`` into a :class:`Gazetteer`.

    Parameters:
        data_dir: the project's ``data/`` folder.

    Returns:
        The gazetteer; construction takes a few milliseconds.

    >>> g = load_gazetteer(Path("data"))
    >>> sorted({(e.type, e.id, e.kind) for e in g.lookup("Russia")})
    [('state', 'RUS', 'name')]
    """
    folder = data_dir / "gazetteer"
    build = _Builder()
    for row in _read(folder / "dropped_aliases.csv"):
        build.dropped.add((row["type"], row["id"], row["alias"]))
    rules: dict[str, set[str]] = {}
    for row in _read(folder / "ambiguous.csv"):
        if row["rule"] not in RULES:
            raise ValueError(f"ambiguous.csv: unknown rule {row['rule']!r}")
        rules.setdefault(row["alias"], set()).add(row["rule"])

    states: set[str] = set()
    for row in _read(data_dir / "states.csv"):
        states.add(row["iso3"])
        entry = Entry("state", row["iso3"], "name")
        for form in _names(
            row,
            "name_en",
            "name_ru",
            "name_fr",
            "name_es",
            "name_zh",
            "name_ar",
            "aliases_en",
            "aliases_ru",
        ):
            for spelling in (form, *_table_spellings(form)):
                build.add(spelling, entry)
    bodies: set[str] = set()
    for row in _read(data_dir / "bodies.csv"):
        bodies.add(row["key"])
        entry = Entry("body", row["key"], "name")
        if row["key"].isalnum() and len(row["key"]) <= 8:
            build.add(row["key"], entry)
        for form in _names(row, "name_en", "name_ru", "aliases_en", "aliases_ru"):
            build.add(form, entry)
        for form in {row["key"], *_names(row, "aliases_en")}:
            if len(form) >= 4 and form.isalpha() and form.isupper():
                # papers write the acronyms they pronounce in title case: "Asean", "Brics"
                build.add(form[0] + form[1:].lower(), entry, case="sensitive")
    for row in _read(data_dir / "regions.csv"):
        if row["level"] == "world":
            continue  # "World" at a sentence start is not the M49 region 001
        entry = Entry("region", row["code"], "name")
        for form in _names(row, "name_en", "name_ru"):
            build.add(form, entry)
    for row in _read(folder / "aliases.csv"):
        entry = Entry(row["type"], row["id"], "name")
        build.add(row["alias"], entry, case=row["case"])
        for spelling in _table_spellings(row["alias"]) if row["type"] == "state" else ():
            build.add(spelling, entry, case=row["case"])
    for row in _read(folder / "groups.csv"):
        entry = Entry("group", row["id"], "name")
        for form in [row["name"], *_split(row["aliases"])]:
            build.add(form, entry, case=row["case"])
    for row in _read(folder / "initiatives.csv"):
        entry = Entry("initiative", row["id"], "name")
        for form in [row["name"], *_split(row["aliases"])]:
            acronym = " " not in form and form.isupper()
            build.add(form, entry, case="sensitive" if acronym else row["case"])
    persons: dict[str, Person] = {}
    for row in _read(folder / "persons.csv"):
        persons[row["id"]] = Person(row["id"], row["name"], row["office"], row["state"] or None)
        entry = Entry("person", row["id"], "name")
        for form in [row["name"], *_split(row["variants"])]:
            build.add(form, entry, inflect=False)
            for declined in person_forms(form):
                build.add(declined, entry, inflect=False)
        for form in _split(row["short_forms"]):
            build.add(form, entry, case="sensitive", inflect=False)
            if is_cyrillic(form):
                for declined in _surname_forms(form):
                    build.add(declined, entry, case="sensitive", inflect=False)
        if row["id"] == "xi-jinping":
            build.add("Xi", entry, case="sensitive", inflect=False)  # needs a title (ambiguous.csv)
    for row in _read(folder / "demonyms.csv"):
        kind: Kind = "demonym" if row["type"] == "state" else "region_adj"
        entry = Entry(row["type"], row["id"], kind)
        forms = adjective_forms(row["form"]) if row["lang"] == "ru" else [row["form"]]
        if row["lang"] == "ru" and row["id"] not in _NO_COMBINING_FORM:
            forms += _combining_forms(row["form"])
        for form in forms or [row["form"]]:
            build.add(form, entry, case="sensitive", inflect=False)
    for row in _read(folder / "civilizations.csv"):
        entry = Entry("civilization", row["id"], "civ")
        for form in _split(row["forms"]):
            forms = [form]
            if is_cyrillic(form) and form.endswith("ая"):
                forms = adjective_forms(_feminine_to_masculine(form))
            for variant in forms:
                build.add(variant, entry, case="sensitive", inflect=False)
    for row in _read(folder / "blocked.csv"):
        # a Russian phrase is blocked in every case ("Северным советом министров")
        build.add(row["phrase"], Entry("block", "", "block"), case=row["case"])

    collisions: list[str] = []
    sensitive = _dedupe(build.sensitive, collisions)
    insensitive = _dedupe(build.insensitive, collisions)
    words = {_first_word(form) for form in [*sensitive, *insensitive]} - {""}
    return Gazetteer(
        sensitive=sensitive,
        insensitive=insensitive,
        persons=persons,
        rules={alias: frozenset(r) for alias, r in rules.items()},
        states=frozenset(states),
        bodies=frozenset(bodies),
        collisions=tuple(sorted(collisions)),
        words=frozenset(words),
    )
