"""Word lists shared by several rule families: sentence punctuation and clause breaks, list
separators and list openers, year and ordinal patterns, role names and the predicate each role
gives, months, numbers, passive auxiliaries.
"""

from __future__ import annotations

import re

_QUOTES = frozenset("“”\"‘’'«»„")
_HARD_STOP = frozenset({".", ";", "!", "?"})
_CLAUSE_BREAK = frozenset(
    {"but", "while", "whereas", "although", "though", "because", "however", "unlike"}
)
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")
_SEPARATORS = frozenset({",", "and", "&", "plus", "…", "...", "и"})
_LIST_INTRO = frozenset(
    {
        "are",
        "were",
        "is",
        "include",
        "includes",
        "included",
        "including",
        "such",
        "as",
        "like",
        "namely",
        ":",
        "—",
        "–",
        "-",
        ",",
        "the",
        "(",
        "comprise",
        "comprising",
        "being",
    }
)
_PREPOSITIONS = frozenset(
    {"with", "to", "from", "between", "of", "by", "for", "against", "than", "among", "on", "at"}
)
_ROLE_NAMES = {
    "member": "member",
    "observer": "observer",
    "dialogue": "dialogue_partner",
    "partner": "partner",
    "associate": "associate_member",
}
_STATE_PREDICATE = {
    "member": "memberOf",
    "former": "left",  # "Former members of O: A, B" (a former member left: the contract)
    "observer": "observerOf",
    "dialogue_partner": "partnerOf",
    "partner": "partnerOf",
    "associate_member": "partnerOf",
}
_MEMBERSHIP_TYPES = frozenset({"state", "body"})
_STATE_NOUNS = frozenset(
    {"states", "countries", "nations", "republics", "state", "country", "nation", "powers"}
)
_BODY_SUBJECT_GAP = frozenset(
    {
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "also",
        "officially",
        "formally",
        "already",
        "then",
        "itself",
        "a",
        "an",
        "the",
        "been",
        "later",
        "now",
    }
)
_NUMBERS = frozenset(
    [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "fifteen",
        "twenty",
        "several",
    ]
)
_PASSIVE_AUX = frozenset({"was", "were", "been", "is", "are", "be", "being"})
GATHERINGS = frozenset(
    {"conference", "summit", "meeting", "session", "talks", "конференция", "саммит"}
    | {"встреча", "совещание", "заседание", "сессия"}
)
"""Nouns of a gathering: a body's meeting ("at the ministerial meeting of the Arctic Council"),
or a name that is one ("the Conference of Maghreb Economic Ministers (A, B)"), whose brackets
list who took part, not members."""

ATTENDING = frozenset(
    {"attend", "attended", "participate", "participated", "participation", "participant"}
    | {"participants", "arrive", "arrived", "attendance", "delegation", "delegations"}
    | {"участие", "участвовать", "прибыть", "делегация"}
)
"""Words (lemmas, and words as written where nothing was parsed) of taking part in a gathering."""

MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)

RU_MONTHS = frozenset(
    {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября"}
    | {"октября", "ноября", "декабря"}
)
"""Russian month names in the genitive, as dates write them ("9 сентября 1993 года")."""
