"""Russian organisation names in the nominative, for their ``new:`` ids.

A Russian text names a body in whatever case the sentence needs ("в Новом банке развития",
"из Международного уголовного суда"); the contract's id is the name as a name, in the nominative
("новый банк развития", "международный уголовный суд"). The head noun (an organisation word:
"союз", "организация", "банк" …) goes to the nominative singular, the adjectives before it
agree with it, and the words after it (its genitive complements: "развития",
"Юга Африки") stay as written. A name without such a head, or whose head is already in the
nominative, is left as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from blocgraph.extract.syntax._ru_lemma import morph

RU_ORG_HEADS = frozenset(
    {
        "союз",
        "организация",
        "совет",
        "содружество",
        "сообщество",
        "ассоциация",
        "лига",
        "банк",
        "форум",
        "альянс",
        "комиссия",
        "комитет",
        "фонд",
        "конференция",
        "ассамблея",
        "парламент",
        "секретариат",
        "агентство",
        "суд",
        "движение",
        "партнёрство",
        "партнерство",
        "группа",
        "инициатива",
        "система",
        "сотрудничество",
    }
)
"""Lemmas of the nouns that head a Russian organisation's name ("сотрудничество": "Черноморское
экономическое сотрудничество", "Центральноазиатское сотрудничество" — capitalised, as names)."""

RU_ORGANS = frozenset({"совет", "секретариат", "комитет", "комиссия", "ассамблея", "парламент"})
"""Heads of a body's organs ("Генеральный совет …"): an organ named with its body's name stands for
that body."""

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_MODIFIERS = frozenset({"ADJF", "PRTF"})


def is_russian(name: str) -> bool:
    """Whether a name is written in Cyrillic letters."""
    return _CYRILLIC.search(name) is not None


def _head(word: str) -> Any | None:
    """The organisation-noun reading of a word, if it has one: a singular reading before a
    plural one, a nominative one before the others."""
    readings = [
        p
        for p in morph().parse(word.lower())
        if p.tag.POS == "NOUN" and p.normal_form.replace("ё", "е") in _HEADS_E
    ]
    readings.sort(key=lambda p: (p.tag.number != "sing", p.tag.case != "nomn"))
    return readings[0] if readings else None


RU_TREATY_HEADS = frozenset(
    {"договор", "соглашение", "конвенция", "декларация", "хартия", "протокол", "меморандум"}
    | {"пакт", "устав", "заявление", "статут"}
)
"""Lemmas of the nouns that head a Russian treaty's name ("Декларацию о стратегическом
партнерстве": the declaration, not the partnership, is the head)."""

_HEADS_E = frozenset(h.replace("ё", "е") for h in RU_ORG_HEADS | RU_TREATY_HEADS)
_PREPOSITIONS = frozenset({"о", "об", "по", "между", "с", "со", "в", "во", "на", "для", "за"})
"""Words after which a name's words are its complements ("о стратегическом партнерстве"),
never its head."""


def _plural_treaty(words: list[str], at: int) -> bool:
    """Whether the treaty noun at ``at`` is read in the plural: only the plural reads it
    ("соглашений", "соглашениям"), or the adjective before it is plural ("Парижские соглашения";
    "соглашения" alone may be a singular genitive)."""
    readings = [
        p
        for p in morph().parse(words[at].lower())
        if p.tag.POS == "NOUN" and p.normal_form.replace("ё", "е") in _TREATY_HEADS_E
    ]
    if not readings or all(p.tag.number == "sing" for p in readings):
        return False
    if all(p.tag.number == "plur" for p in readings):
        return True
    before = (
        [p for p in morph().parse(words[at - 1].lower()) if p.tag.POS in _MODIFIERS] if at else []
    )
    return bool(before) and all(p.tag.number == "plur" for p in before)


_TREATY_HEADS_E = frozenset(h.replace("ё", "е") for h in RU_TREATY_HEADS)


def _agreeing(word: str, grammemes: set[str]) -> str | None:
    """``word`` as an adjective or participle in the nominative with ``grammemes``."""
    for parse in morph().parse(word.lower()):
        if parse.tag.POS in _MODIFIERS:
            inflected = parse.inflect(grammemes)
            if inflected is not None:
                return str(inflected.word)
    return None


def _cased(original: str, word: str) -> str:
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


@lru_cache(maxsize=4096)
def nominative(name: str) -> str:
    """A Russian organisation name with its head phrase in the nominative.

    >>> nominative("Новом банке развития")
    'Новый банк развития'
    >>> nominative("Международного уголовного суда")
    'Международный уголовный суд'
    >>> nominative("Сообществом развития Юга Африки")
    'Сообщество развития Юга Африки'
    >>> nominative("Черноморского экономического сотрудничества")
    'Черноморское экономическое сотрудничество'
    >>> nominative("декларацию о стратегическом партнёрстве")
    'декларация о стратегическом партнёрстве'
    >>> nominative("Парижских соглашений")
    'Парижские соглашения'
    >>> nominative("ВТО")
    'ВТО'
    """
    words = name.split()
    if not is_russian(name) or not 1 < len(words) <= 12:
        return name
    ahead = next((i for i, w in enumerate(words) if w.lower() in _PREPOSITIONS), len(words))
    heads = [(i, _head(w)) for i, w in enumerate(words[:ahead]) if w.isalpha()]
    at, head = next(((i, h) for i, h in heads if h is not None), (0, None))
    if head is None:
        return name
    if head.tag.case == "nomn":
        return name  # already a name as a name ("Евразийский и Таможенный союзы")
    # one body per name: shared heads of coordinated names ("Евразийского и Таможенного
    # союзов") are singular too; a treaty named in the plural stays plural ("Парижских
    # соглашений" → "Парижские соглашения": one instrument of several texts)
    number = "plur" if _plural_treaty(words, at) else "sing"
    grammemes = {"nomn", number} | (
        {str(head.tag.gender)} if head.tag.gender and number == "sing" else set()
    )
    as_head = head.inflect({"nomn", number})
    out = list(words)
    out[at] = _cased(words[at], str(as_head.word if as_head is not None else head.normal_form))
    for i in range(at):
        agreeing = _agreeing(words[i], grammemes) if words[i].isalpha() else None
        if agreeing is not None:
            out[i] = _cased(words[i], agreeing)
    return " ".join(out)
