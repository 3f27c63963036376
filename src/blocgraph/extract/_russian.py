"""Cheap Russian case forms for gazetteer names ("Россия" → "России", "Россию", …).

Russian names decline, so "ШОС" matches as written but "Шанхайская организация сотрудничества"
appears as "Шанхайской организации сотрудничества" in most sentences. A full morphological
analyser is more than the linker needs: names in the reference data follow a handful of regular
patterns (feminine nouns in -а/-я/-ия, masculine nouns in a consonant or -й, neuter nouns in -о/-ие,
adjectives in -ая/-ий/-ый/-ое), and only the leading adjectives and the first noun of a name
decline ("Организация Договора о коллективной безопасности" keeps its tail). Irregular words are
left alone rather than guessed.
"""

from __future__ import annotations

import re

_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_HUSHING = "гкхжшщч"  # after these, -ы becomes -и (Чехия has -ии anyway; "Америка" → "Америки")

_CASES = ("gen", "dat", "acc", "ins", "pre")


def is_cyrillic(text: str) -> bool:
    """Whether the text contains Cyrillic letters.

    >>> is_cyrillic("ШОС"), is_cyrillic("SCO")
    (True, False)
    """
    return bool(_CYRILLIC.search(text))


def _forms(gen: str, dat: str, acc: str, ins: str, pre: str) -> dict[str, str]:
    return {"gen": gen, "dat": dat, "acc": acc, "ins": ins, "pre": pre}


def _adjective_forms(word: str) -> dict[str, str] | None:
    low = word.lower()
    stem = word[:-2]
    if low.endswith("ая"):
        return _forms(stem + "ой", stem + "ой", stem + "ую", stem + "ой", stem + "ой")
    if low.endswith(("ий", "ый")):
        soft = low.endswith("ий") and low[-3:-2] not in _HUSHING
        if soft and not low.endswith(("ский", "цкий")):
            return None  # soft-stem adjectives (синий) are rare in names; do not guess
        i = "и" if low.endswith("ий") else "ы"
        return _forms(stem + "ого", stem + "ому", word, stem + i + "м", stem + "ом")
    if low.endswith("ое"):
        return _forms(stem + "ого", stem + "ому", word, stem + "ым", stem + "ом")
    return None


_SOFT_FEMININE = frozenset("сздтн")
"""Consonants before a final soft sign in feminine proper names ("Беларусь", "Казань"): "-ль"
and "-рь" are left out, as masculine names end so too ("Кремль", "Игорь")."""


def _noun_forms(word: str) -> dict[str, str] | None:
    first, dash, rest = word.partition("-")
    if dash and first and rest and _noun_forms(rest) is None:
        # "Гвинея-Бисау": the first part declines, the indeclinable second stays ("Гвинеи-Бисау")
        head = _noun_forms(first)
        return None if head is None else {case: f"{form}-{rest}" for case, form in head.items()}
    low = word.lower()
    if not word[-1:].isalpha() or len(word) < 3:
        return None
    if low.endswith("ия"):
        s = word[:-2]
        return _forms(s + "ии", s + "ии", s + "ию", s + "ией", s + "ии")
    if low.endswith("ие"):
        s = word[:-2]
        return _forms(s + "ия", s + "ию", word, s + "ием", s + "ии")
    if low.endswith("а"):
        s = word[:-1]
        gen = s + ("и" if low[-2:-1] in _HUSHING else "ы")
        return _forms(gen, s + "е", s + "у", s + "ой", s + "е")
    if low.endswith("я"):
        s = word[:-1]
        return _forms(s + "и", s + "е", s + "ю", s + "ей", s + "е")
    if low.endswith("о"):
        s = word[:-1]
        return _forms(s + "а", s + "у", word, s + "ом", s + "е")
    if low.endswith("й"):
        s = word[:-1]
        return _forms(s + "я", s + "ю", word, s + "ем", s + "е")
    if low.endswith("ь") and low[-2:-1] in _SOFT_FEMININE:
        s = word[:-1]  # "Беларусь": the third declension (feminine in -сь, -нь, -дь …)
        return _forms(s + "и", s + "и", word, s + "ью", s + "и")
    if low[-1] in "бвгджзклмнпрстфхцчшщ":
        ins = "ем" if low[-1] in "жшщчц" else "ом"
        return _forms(word + "а", word + "у", word, word + ins, word + "е")
    return None


def case_forms(name: str) -> list[str]:
    """Oblique case forms of a Russian name (genitive, dative, accusative, instrumental,
    prepositional), without the name itself; empty when the pattern is not a regular one.

    Leading adjectives and the first noun decline; everything after the first noun is kept.
    Acronyms (all capitals) and names with digits do not decline.

    >>> case_forms("Россия")
    ['России', 'Россию', 'Россией']
    >>> case_forms("Шанхайская организация сотрудничества")[:2]
    ['Шанхайской организации сотрудничества', 'Шанхайскую организацию сотрудничества']
    >>> case_forms("ШОС")
    []
    """
    words = name.split(" ")
    if not words or not is_cyrillic(name) or any(c.isdigit() for c in name):
        return []
    if any(w.isupper() and len(w) > 1 for w in words[:1]):
        return []
    declined: list[dict[str, str]] = []
    head = -1
    for i, word in enumerate(words):
        adjective = _adjective_forms(word)
        if adjective is not None:
            declined.append(adjective)
            continue
        noun = _noun_forms(word)
        if noun is None:
            return []
        declined.append(noun)
        head = i
        break
    if head < 0:
        return []
    tail = words[head + 1 :]
    forms: list[str] = []
    for case in _CASES:
        form = " ".join([d[case] for d in declined] + tail)
        if form != name and form not in forms:
            forms.append(form)
    return forms


def person_forms(full_name: str) -> list[str]:
    """Oblique case forms of a Russian personal name, first name and surname declined together.

    >>> person_forms("Сергей Лавров")[:2]
    ['Сергея Лаврова', 'Сергею Лаврову']
    >>> "Марией Захаровой" in person_forms("Мария Захарова")
    True
    >>> person_forms("Си Цзиньпин")[0]
    'Си Цзиньпина'
    """
    words = full_name.split(" ")
    if len(words) != 2 or not is_cyrillic(full_name):
        return []
    first, last = words
    first_forms = _noun_forms(first)
    last_forms = surname_forms(last)
    if last_forms is None:
        return []
    if first_forms is None:  # "Си Цзиньпин" → "Си Цзиньпина": a Chinese family name stays,
        # and the given name declines as a noun does, not as a Russian surname ("Цзиньпином")
        nouns = _noun_forms(last) or {}
        forms = [f"{first} {f[c]}" for f in (last_forms, nouns) for c in _CASES if c in f]
        return [f for f in dict.fromkeys(forms) if f != full_name]
    if not first.lower().endswith(("а", "я")):
        first_forms["acc"] = first_forms["gen"]  # masculine and animate: accusative = genitive
    forms = [f"{first_forms[c]} {last_forms[c]}" for c in _CASES]
    return [f for f in dict.fromkeys(forms) if f != full_name]


def surname_forms(surname: str) -> dict[str, str] | None:
    """Case forms of a Russian surname ("Лавров" → "Лаврова", …; "Захарова" → "Захаровой").

    >>> surname_forms("Путин")["ins"]
    'Путиным'
    """
    low = surname.lower()
    if low.endswith(("ов", "ев", "ёв", "ин", "ын")):
        s = surname
        return _forms(s + "а", s + "у", s + "а", s + "ым", s + "е")
    if low.endswith(("ова", "ева", "ина")):
        s = surname[:-1]
        return _forms(s + "ой", s + "ой", s + "у", s + "ой", s + "ой")
    forms = _noun_forms(surname)
    if forms is not None and not low.endswith(("а", "я")):
        forms["acc"] = forms["gen"]
    return forms


def adjective_forms(adjective: str) -> list[str]:
    """All gender, number and case forms of a Russian adjective in -ий/-ый/-ой (масc. nominative),
    used for demonyms ("российский" → "российская", "российского", …).

    >>> sorted(adjective_forms("российский"))[:3]
    ['российская', 'российские', 'российский']
    """
    low = adjective.lower()
    if not low.endswith(("ий", "ый", "ой")):
        return []
    stem = adjective[:-2]
    i = "и" if (low.endswith("ий") or stem[-1:].lower() in _HUSHING) else "ы"
    endings = (
        low[-2:],
        "ая",
        "ое",
        i + "е",
        "ого",
        "ой",
        "ому",
        i + "м",
        "ом",
        "ую",
        i + "х",
        i + "ми",
    )
    return sorted({stem + e for e in endings})


def yo_variants(text: str) -> list[str]:
    """The spelling with "е" for "ё" (Russian writes both), if it differs.

    >>> yo_variants("Объединённые Нации")
    ['Объединенные Нации']
    """
    plain = text.replace("ё", "е").replace("Ё", "Е")
    return [plain] if plain != text else []
