"""Open-world abbreviations across one document: "ECOWAS" is the body the text names in full.

The contract gives an open-world body the slug of the fullest name the text gives, so every
mention of it — "the Organization of the Petroleum Exporting Countries (OPEC)", later "OPEC" —
must carry that one id. Before its sentences are read, a document is scanned for

1. definitions: a name followed by its abbreviation in parentheses, "Full Name (ABBR)", the long
   form chosen as in Schwartz & Hearst (2003): the shortest run of words before the parenthesis,
   starting with a capitalised word, whose letters hold the abbreviation's letters in order;
2. full names of organisations (capitalised runs holding an organisation head word, as the
   minter finds them) and the acronyms their initials make ("Economic Community of West African
   States" → ECOWAS, ECWAS);
3. failing those, the abbreviations of the catalogue of intergovernmental organisations
   (``data/layers/catalogue.csv``, bodies outside the curated set): the catalogue says "OPEC"
   is an organisation; the slug is its name where the text spells it out ("the United Nations
   Educational, Scientific and Cultural Organization, or UNESCO"), else the abbreviation.

The result maps an abbreviation, exactly as written, to a ``new:`` id.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from blocgraph.extract.relations._aliases_held import held_acronyms
from blocgraph.extract.relations._org_heads import ORG_HEADS, names_organisation, news_agency
from blocgraph.extract.relations._ru_nominative import _head
from blocgraph.extract.relations._slug import slug

T = TypeVar("T")

_ABBREVIATION = r"[A-ZА-ЯЁ][A-ZА-ЯЁa-z0-9&]{1,9}"
# "Full Name (ABBR)", and the agencies' "Full Name /ABBR/" (Xinhua's Russian service)
_DEFINITION = re.compile(
    r"(?:\(\s*(" + _ABBREVIATION + r")\s*(?:\)|(?:,|;|\s+or)\s+[^()\n]{1,30}\))"
    r"|/(" + _ABBREVIATION + r")/)"
)
"""A definition's abbreviation: "(ABBR)", "(CPTPP or TPP-11)", "(OSCE, 1975)", "/ABBR/"."""
_TITLE_OPENING = re.compile(
    r"(?:[A-Z][\w-]+\s+)*(?:Treaty|Convention|Agreement|Protocol|Pact|Charter|Accord)"
    r"\s+(?:on|of|for|between|concerning|relating\s+to|regarding)\s+(?:the\s+)?$"
)
"""The opening of an instrument's title whose abbreviation spells only its topic: "Treaty on
the Non-Proliferation of Nuclear Weapons (NPT)"."""
_SPELLED_OUT = re.compile(r"\(\s*([A-ZÀ-ÝА-ЯЁ][\w’'-]+(?:\s+[\w’'-]+){1,8})\s*\)")
_SHORT_NAME = re.compile(r"(?<![\w-])[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]{2,9}(?![\w-])")
_WORD = re.compile(r"[\w’'-]+")
_STOP = frozenset({"of", "the", "for", "and", "in", "on", "и", "по", "в", "о", "для"})
_NAME_RUN = re.compile(
    r"(?:[A-Z][\w’'-]+)(?:[^\S\n]+(?:(?:of|the|for|and)[^\S\n]+)*[A-Z][\w’'-]+)+",
)
"""A capitalised run of words within one line: a title line ("The Alliance Of Small Island
States") does not run on into the next line's first word ("AOSIS was established …")."""


def _letters(abbreviation: str) -> str:
    return "".join(ch for ch in abbreviation.lower() if ch.isalpha())


def _holds(abbreviation: str, words: list[str]) -> bool:
    """Whether the words' letters hold the abbreviation's letters in order, its first letter
    being the first word's."""
    wanted = _letters(abbreviation)
    if not wanted or not words or words[0][0].lower() != wanted[0]:
        return False
    pool = "".join(w.lower() for w in words)
    k = 0
    for ch in pool:
        if k < len(wanted) and ch == wanted[k]:
            k += 1
    return k == len(wanted)


def _long_form(abbreviation: str, before: str) -> str | None:
    """The long form an abbreviation in parentheses defines, from the text right before it."""
    clause = re.split(r"[.;:!?()\[\]«»“”\"\n]", before)[-1]
    words = _WORD.findall(clause)[-(len(_letters(abbreviation)) + 5) :]
    wanted = _letters(abbreviation)
    for k in range(len(words) - 1, -1, -1):  # the words' initials spell it: "European Economic
        initials = "".join(w[0].lower() for w in words[k:] if w.lower() not in _STOP)
        if initials == wanted and words[k][0].isupper() and len(words) - k >= 2:
            return " ".join(words[k:])  # Area (EEA)", not the shortest run holding its letters
    for k in range(len(words) - 1, -1, -1):
        first = words[k]
        if not first[0].isupper() or first.lower() in _STOP or first == abbreviation:
            continue
        if _holds(abbreviation, words[k:]) and len(words) - k >= 2:
            return " ".join(words[k:])
    return None


def _titled(long_form: str | None, before: str) -> str | None:
    """The long form with the instrument's title opening before it, if one is: "Treaty on the
    Non-Proliferation of Nuclear Weapons" for NPT's "Non-Proliferation of Nuclear Weapons"."""
    if long_form is None:
        return None
    at = before.rstrip().rfind(long_form)
    opening = _TITLE_OPENING.search(before[max(0, at - 80) : at]) if at > 0 else None
    return long_form if opening is None else opening.group(0) + long_form


def _acronyms(name: str) -> set[str]:
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    every = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.lower() not in _STOP).upper()
    return {a for a in (every, content) if len(a) >= 3}


def document_names(
    text: str, catalogue: dict[str, str], known: Callable[[str], str | None] | None = None
) -> dict[str, str]:
    """Abbreviation → ``new:`` id for one document (see the module docstring). Linear in the
    text: each pattern is scanned once, and at most :data:`MOST_NAMES` distinct names of each
    kind are weighed (a 50 MB report names its bodies early and repeats them). ``known`` gives the
    catalogue body a full name denotes, if any ("Африканский союз (АС)": АС is the AU)."""

    def ident(name: str) -> str:
        return (known(name) if known is not None else None) or slug(name)

    found: dict[str, str] = {}
    words = set(_SHORT_NAME.findall(text))
    lowered: str | None = None
    for word in sorted(words):
        abbreviation = _catalogued(word, catalogue)
        if abbreviation is None:
            continue
        name = catalogue[abbreviation]
        lowered = text.lower() if lowered is None else lowered
        # the catalogue's name when the text spells it out, else the abbreviation itself
        found[word] = ident(name) if name.lower() in lowered else ident(word)
    names = _distinct(run.group(0) for run in _NAME_RUN.finditer(text))
    for name in names:
        if names_organisation(name):
            for acronym in _acronyms(name):
                found[acronym] = ident(_without_article(name))
            for short in _short_forms(name):
                found.setdefault(short, ident(_without_article(name)))
    by_initial: dict[str, list[str]] = {}
    for word in words:
        if len(word) >= 4:
            by_initial.setdefault(word[0].lower(), []).append(word)
    # "Mercosur … the organization (Mercado Común del Sur)"
    for long_form in _distinct(m.group(1) for m in _SPELLED_OUT.finditer(text)):
        parts = _WORD.findall(long_form)
        for word in sorted(by_initial.get(long_form[0].lower(), [])):
            if word not in parts and _holds(word, parts):
                found.setdefault(word, ident(long_form))
    for acronym, name in _russian_acronyms(text).items():
        found.setdefault(acronym, ident(name))
    for abbreviation, name in _apposed_names(text) + _apposed_russian(text):
        found[abbreviation] = ident(name)
    catalogued: Callable[[str], str | None] = known or (lambda word: None)
    for acronym, held in held_acronyms(text, catalogued).items():  # "joined MED7": a body
        found.setdefault(acronym, held)
    definitions = _distinct(
        (m.group(1) or m.group(2), _before(text, m.start())) for m in _DEFINITION.finditer(text)
    )
    for abbreviation, before in definitions:
        long_form = (
            _titled(_long_form(abbreviation, before), before)
            or _name_before(before)
            or _russian_name_before(abbreviation, before)
        )
        if (
            long_form is not None
            and long_form.split()[0].lower() not in _ORGANS
            and not news_agency(long_form.split())  # "Saudi Press Agency (SPA)": an outlet
        ):
            found[abbreviation] = ident(long_form)
    for word in [w for w in found if not w.isupper() and w.upper() in found]:
        # "IGAD" and "Igad" are one body: the id of whichever the text defined by a name
        upper = word.upper()
        if found[upper] != ident(upper):
            found[word] = found[upper]
        elif found[word] != ident(word):
            found[upper] = found[word]
    return found


_APPOSED = re.compile(
    r"(?<![\w-])([A-Z][A-Z&]{1,8}),\s+(?:the|a|an)\s+("
    + _NAME_RUN.pattern
    + r")(?=\s*[.,;:)]|\s+(?:and|which|that|who)\b|$)"
)
_MODIFIER = re.compile(r"[\w’']+-(?:led|based|backed|dominated|founded|sponsored)$")


_APPOSED_RU = re.compile(
    r"(?<![\w-])([А-ЯЁ][А-ЯЁа-яё]{1,8}),\s+([А-ЯЁ][а-яё-]+(?:\s+[а-яё-]+){1,6})"
)


def _apposed_russian(text: str) -> list[tuple[str, str]]:
    """The same in Russian: "ЕврАзЭС, Евразийского экономического сообщества" (an abbreviation of
    two capitals or more, then a name that holds an organisation noun; the slug puts it in the
    nominative)."""
    found: list[tuple[str, str]] = []
    for match in _distinct(_APPOSED_RU.finditer(text)):
        abbreviation, words = match.group(1), match.group(2).split()
        if sum(ch.isupper() for ch in abbreviation) < 2:
            continue
        for k in range(2, len(words) + 1):  # the shortest run ending in an organisation noun
            if _head(words[k - 1]) is not None:
                found.append((abbreviation, " ".join(words[:k])))
                break
    return found


def _apposed_names(text: str) -> list[tuple[str, str]]:
    """Abbreviations a text glosses with the full name in an apposition: "ALBA, the
    Venezuela-led Bolivarian Alliance for the Peoples of the Americas" (the letters need not
    match: the abbreviation may be of the name in another language). The name must hold an
    organisation head word; a leading "X-led" modifier is not part of it."""
    found: list[tuple[str, str]] = []
    for match in _distinct(_APPOSED.finditer(text)):
        words = match.group(2).split()
        while words and _MODIFIER.fullmatch(words[0]):
            words = words[1:]
        if len(words) >= 2 and names_organisation(" ".join(words)):
            found.append((match.group(1), " ".join(words)))
    return found


_RU_ACRONYM = re.compile(r"(?<![\w-])[А-ЯЁ]{2,6}(?![\w-])")
_RU_CLAUSE = re.compile(r"[^.,;:!?()\[\]«»“”\"\n–—]+")
_RU_WORD = re.compile(r"[А-ЯЁа-яё][а-яёА-ЯЁ-]*")
_RU_STOP = frozenset({"и", "по", "в", "о", "для", "на"})


def _russian_acronyms(text: str) -> dict[str, str]:
    """Cyrillic acronyms a text uses for an organisation it also names in full, anywhere and in
    any case ("Организации Черноморского экономического сотрудничества … ОЧЭС"): acronym → the
    full name as written (its slug puts the head in the nominative). The name starts with a
    capital, its initials (but for "и", "по" …) spell the acronym, and one word is an
    organisation noun."""
    acronyms = {a for a in _distinct(_RU_ACRONYM.findall(text)) if len(set(a)) > 1}
    if not acronyms:
        return {}
    found: dict[str, str] = {}
    for clause in _distinct(_RU_CLAUSE.findall(text)):
        words = _RU_WORD.findall(clause)
        for i, first in enumerate(words):
            if not first[0].isupper() or first.isupper():
                continue
            initials = ""
            for k in range(i, min(len(words), i + 9)):
                if words[k].lower() in _RU_STOP:
                    continue
                initials += words[k][0].upper()
                if initials in acronyms and initials not in found:
                    run = words[i : k + 1]
                    if any(_head(w) is not None for w in run):
                        found[initials] = " ".join(run)
                if len(initials) >= 6:
                    break
    return found


def _before(text: str, at: int) -> str:
    """The text before a bracketed abbreviation; when the abbreviation stands alone at a line's
    start under a title line ("Боливарианский альянс …\n(АЛБА)"), that line runs on to it."""
    before = text[max(0, at - 200) : at]
    stripped = before.rstrip(" \t")
    if stripped.endswith("\n") and not stripped.endswith("\n\n"):
        return stripped.rstrip("\n") + " "
    return before


def _russian_name_before(abbreviation: str, before: str) -> str | None:
    """A Russian organisation's name right before its bracketed Cyrillic abbreviation whose
    letters the name's initials do not spell ("Евразийская группа по противодействию
    легализации преступных доходов и финансированию терроризма (ЕАГ)"), or a Latin one ("Группа
    разработки финансовых мер борьбы с отмыванием денег (FATF)"): the run from the last
    capitalised word that starts an organisation's name, up to the bracket."""
    if not re.fullmatch(r"[А-ЯЁA-Z][А-ЯЁа-яёA-Za-z]{1,9}", abbreviation):
        return None
    clause = re.split(r"[.;:!?()\[\]«»“”\"\n,–—]", before)[-1]
    words = _RU_WORD.findall(clause)[-14:]
    for k in range(len(words) - 1, -1, -1):
        if words[k][0].isupper() and not words[k].isupper():
            run = words[k:]
            if len(run) >= 2 and any(_head(w) is not None for w in run[:3]):
                return " ".join(run)
            # a place inside the name ("… для народов нашей Америки"): look further back
    return None


_ORGANS = frozenset({"ministry", "department", "office", "министерство", "департамент"})
"""First words of a state's organs ("the Ministry of Foreign Affairs (MFA)"): not bodies."""


def _without_article(name: str) -> str:
    return name[4:] if name[:4] in {"The ", "the "} else name


def _short_forms(name: str) -> list[str]:
    """The head of a long organisation name, which texts use for it once named: "Bolivarian
    Alliance" of "Bolivarian Alliance for the Peoples of Our America"."""
    words = _without_article(name).split()
    return [
        " ".join(words[:k])
        for k in range(2, len(words))
        if words[k] in {"for", "of"} and words[k - 1].lower() in ORG_HEADS
    ]


def _name_before(before: str) -> str | None:
    """An organisation's name right before its parenthesised abbreviation when the letters do
    not match (a foreign-language abbreviation: "Bolivarian Alliance … (ALBA)")."""
    runs = list(_NAME_RUN.finditer(before[-160:]))
    if not runs or before[-160:][runs[-1].end() :].strip():
        return None
    name = _without_article(runs[-1].group(0))
    return name if names_organisation(name) else None


def _catalogued(word: str, catalogue: dict[str, str]) -> str | None:
    """The catalogue abbreviation a word writes: as is ("OPEC"), or in title case as papers
    write acronyms they pronounce ("Unasur", "Interpol") — unless the abbreviation is its own
    name's first word ("Colombo" of the Colombo Plan is the city)."""
    if word in catalogue:
        return word
    upper = word.upper()
    if len(word) < 4 or not word[1:].islower() or upper not in catalogue:
        return None
    name = catalogue[upper].lower()
    return None if name != word.lower() and name.startswith(word.lower() + " ") else upper


MOST_NAMES = 500
"""How many distinct names, spelled-out forms or definitions a document's scan weighs."""


def _distinct(items: Iterable[T]) -> list[T]:
    """The first :data:`MOST_NAMES` distinct items, in order."""
    seen: dict[T, None] = {}
    for item in items:
        seen.setdefault(item, None)
        if len(seen) >= MOST_NAMES:
            break
    return list(seen)


def load_catalogue_abbreviations(path: Path) -> dict[str, str]:
    """Abbreviation → name of the catalogue's bodies that the curated set does not hold
    (``curated_key`` empty, not dissolved): upper-case abbreviations of three letters or more.
    :func:`document_names` slugs the name only where the text gives it (the contract's slug is
    the fullest name the *text* gives), else the abbreviation."""
    if not path.exists():
        return {}
    found: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row.get("curated_key") or row.get("dissolved"):
                continue
            name = re.sub(r"\s*\([^)]*\)\s*$", "", row["name_en"]).strip()
            short = re.findall(r"\(([^()]+)\)\s*$", row["name_en"])  # "… (Colombo Plan)"
            for abbreviation in (row.get("abbreviations") or "").split(";"):
                abbreviation = abbreviation.strip()
                if short and short[0].lower().startswith(abbreviation.lower() + " "):
                    continue  # "COLOMBO" of the Colombo Plan: the city in running text
                if len(abbreviation) >= 3 and abbreviation.isupper():
                    found.setdefault(abbreviation, name or abbreviation)
    return found
