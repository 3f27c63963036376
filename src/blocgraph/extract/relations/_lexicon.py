"""The relation lexicon: trigger lemmas, cue words, anaphors, speech verbs and metonyms as data.

Everything the relation reader knows about words lives in ``data/extraction/*.csv`` (one row per
lemma and language, with a note) and the capitals of ``data/gazetteer/`` (``capitals.csv`` for
English, ``capitals_ru.csv`` for Russian); this module only loads it.

>>> from pathlib import Path
>>> lexicon = load_lexicon(Path("data"), "en")
>>> lexicon.triggers[("join", "VERB")].predicate, lexicon.triggers[("member", "NOUN")].role
('joined', 'member')
>>> "deny" in lexicon.cues["denial"], lexicon.metonyms["moscow"]
(True, 'RUS')
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

LANGUAGES = ("en", "ru")


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word that can state a relation: its frame says where the arguments sit."""

    lemma: str
    pos: str
    frame: str
    predicate: str
    role: str | None
    particle: str | None


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The words of one language the relation reader looks for."""

    lang: str
    triggers: dict[tuple[str, str], Trigger]
    cues: dict[str, frozenset[str]]
    anaphors: dict[str, str]
    speech: frozenset[str]
    metonyms: dict[str, str]
    forms: dict[str, str]
    """Irregular forms of trigger verbs → their lemma (``data/extraction/forms.csv``)."""
    prefilter: re.Pattern[str]
    """Matches a word that may be a trigger: a cheap test before a sentence is parsed."""
    abbreviations: dict[str, str] = field(default_factory=dict)
    """Abbreviations of catalogued bodies outside the curated set → their names."""

    def metonym(self, token: Token) -> str | None:
        """The state (or body) a capitalised capital or seat stands for: "Moscow", "the
        Kremlin", "Пекином" (by its lemma: Russian capitals decline)."""
        if not token.text[:1].isupper():
            return None
        for key in (token.lower_, token.lemma_.lower()):
            found = self.metonyms.get(key.replace("ё", "е"))
            if found is not None:
                return found
        return None

    def role_noun(self, token: Token) -> bool:
        """Whether a word is a role noun of the lexicon ("member", "observer", "член")."""
        found = self.trigger(token.lemma_, "NOUN")
        return found is not None and found.frame == "role"

    def trigger(self, lemma: str, pos: str) -> Trigger | None:
        """The trigger for a lemma and coarse part of speech (PROPN and X count as NOUN).

        When the lemmatizer left an inflected form ("withdrawn"), regular English endings are
        tried too.
        """
        coarse = "VERB" if pos in {"VERB", "AUX"} else "NOUN"
        low = lemma.lower()
        low = self.forms.get(low, low)
        found = self.triggers.get((low, coarse))
        if found is None and coarse == "NOUN" and "-" in low:
            # "страна-партнёр", "государства-члены": the role is the compound's last word
            first, last = low.split("-", 1)[0], low.rsplit("-", 1)[1]
            found = self.triggers.get((self.forms.get(last, last), coarse)) or self.triggers.get(
                (self.forms.get(first, first), coarse)
            )  # "член-основатель": the role is the first word, the second says which
        if found is not None or self.lang != "en" or coarse != "VERB":
            return found
        for form in _english_bases(low):
            if (form, coarse) in self.triggers:
                return self.triggers[(form, coarse)]
        return None


def _undoubled(word: str) -> str:
    """ "expell" → "expel", "readmitt" → "readmit": a doubled last consonant made single."""
    doubled = len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeious"
    return word[:-1] if doubled else word


def _english_bases(low: str) -> list[str]:
    """Base forms to try for an English verb the lemmatizer left inflected or guessed wrong:
    "compris" → "comprise", "expelle" / "expelled" → "expel", "withdrawn" → "withdraw"."""
    stems = [low, low[:-1] if low.endswith("e") else low]
    for ending in ("n", "en", "d", "ed", "ing", "s", "es"):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            stems.append(low[: -len(ending)])
    forms: list[str] = []
    for stem in stems:
        forms += [stem, stem + "e", _undoubled(stem)]
    return forms


def _rows(path: Path, lang: str) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if row.get("lang", lang) == lang]


def _stem(lemma: str, lang: str) -> str:
    """The shortest prefix that still spells the lemma's inflected forms ("withdraw" →
    "withdr" covers "withdrew"; Russian verbs keep four letters: "вступ" …)."""
    if (
        lang == "ru"
    ):  # Russian stems change inside the paradigm: "стать" → "стали", "выйти" → "вышла"
        irregular_ru = {
            "стать": "ста[лнвт]",
            "выйти": "вы[шхй]",
            "войти": "во[шхй]|вход",
            "принять": "прин[яи]|прием|приём|прим",
            "входить": "вход|вхож",
            "выходить": "выход|выхож",
        }
        return irregular_ru.get(lemma, lemma[:4])
    irregular = {
        "withdraw": "withdr",
        "become": "beca|becom",
        "leave": "lea|left",
        "grow": "gr[eo]w",
        "give": "gave|giv",
        "make": "mad|mak",
        "bring": "br[io]",
        "freeze": "froz|freez",
        "put": "put",
        "drop": "drop",
        "join": "join",
    }
    return irregular.get(lemma, lemma[: max(3, len(lemma) - 2)])


def load_lexicon(data_dir: Path, lang: str) -> Lexicon:
    """The lexicon of ``lang`` (``en`` or ``ru``) from the project's ``data/`` folder."""
    from blocgraph.extract.relations._aliases import load_catalogue_abbreviations

    if lang not in LANGUAGES:
        raise ValueError(f"no relation lexicon for language {lang!r}; use one of {LANGUAGES}")
    folder = data_dir / "extraction"
    triggers = {
        (row["lemma"], row["pos"]): Trigger(
            row["lemma"],
            row["pos"],
            row["frame"],
            row["predicate"],
            row["role"] or None,
            row["particle"] or None,
        )
        for row in _rows(folder / "triggers.csv", lang)
    }
    cues: dict[str, set[str]] = defaultdict(set)
    for row in _rows(folder / "cues.csv", lang):
        cues[row["kind"]].add(row["lemma"])
    anaphors = {row["lemma"]: row["refers"] for row in _rows(folder / "anaphors.csv", lang)}
    speech = frozenset(row["lemma"] for row in _rows(folder / "speech.csv", lang))
    metonyms = {row["name"].lower(): row["id"] for row in _rows(folder / "seats.csv", lang)}
    capitals, column = (
        ("capitals.csv", "capital") if lang == "en" else ("capitals_ru.csv", "capital_ru")
    )
    with (data_dir / "gazetteer" / capitals).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):  # "Washington, DC"; "Таллинн;Таллин"
            for name in row[column].split(",")[0].split(";"):
                metonyms.setdefault(name.strip().lower().replace("ё", "е"), row["iso3"])
    forms = {row["form"]: row["lemma"] for row in _rows(folder / "forms.csv", lang)}
    stems = sorted({_stem(lemma, lang) for lemma, _ in triggers}, key=len, reverse=True)
    prefilter = re.compile(r"(?<!\w)(?:" + "|".join(stems) + ")", re.IGNORECASE)
    return Lexicon(
        lang,
        triggers,
        {kind: frozenset(words) for kind, words in cues.items()},
        anaphors,
        speech,
        metonyms,
        forms,
        prefilter,
        load_catalogue_abbreviations(data_dir / "layers" / "catalogue.csv"),
    )
