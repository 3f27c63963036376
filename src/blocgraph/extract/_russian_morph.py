"""Russian case forms of names from pymorphy3's dictionary, where the regular patterns of
:mod:`blocgraph.extract._russian` do not reach or guess wrong.

Names whose nouns change their stem ("Египет" → "Египта"), plural names ("Соломоновы Острова" →
"Соломоновых Островов", "Нидерланды" → "Нидерландов") and two coordinated nouns ("Тринидад и
Тобаго", "Босния и Герцеговина") decline as the dictionary says. Only words the dictionary knows
are declined; an unknown word ends the declined part, as the pattern rules do.
"""

from __future__ import annotations

import re
from typing import Any

from blocgraph.extract.syntax._ru_lemma import morph

_CASES = ("gent", "datv", "accs", "ablt", "loct")
_ADJECTIVES = frozenset({"ADJF", "PRTF"})


def _nominative(word: str, pos: frozenset[str], number: str | None) -> Any:
    """The dictionary's nominative reading of ``word`` with a part of speech in ``pos``."""
    for parse in morph().parse(word.lower()):
        tag = parse.tag
        agrees = number is None or tag.number == number or "Fixd" in tag
        if tag.POS in pos and tag.case == "nomn" and parse.is_known and agrees:
            return parse
    return None


_PARTS = re.compile(r"([-’'])")


def _spelled_like(form: str, model: str) -> str:
    """``form`` (lower case) with the capitals of ``model``, part by part ("Кот-д’Ивуар")."""
    parts, models = _PARTS.split(form), _PARTS.split(model)
    if len(parts) != len(models):
        return form[:1].upper() + form[1:] if model[:1].isupper() else form
    return "".join(
        part.upper()
        if like.isupper() and len(like) > 1
        else (part[:1].upper() + part[1:] if like[:1].isupper() else part)
        for part, like in zip(parts, models, strict=True)
    )


def _inflected(parse: Any, case: str, original: str, animate: bool | None) -> str | None:
    if "Fixd" in parse.tag:
        return original
    wanted = {case}
    agreeing = parse.tag.number == "plur" or parse.tag.gender == "masc"
    if case == "accs" and animate is not None and parse.tag.POS in _ADJECTIVES and agreeing:
        wanted.add("anim" if animate else "inan")
    form = parse.inflect(wanted) or (parse.inflect({case}) if len(wanted) > 1 else None)
    return None if form is None else _spelled_like(form.word, original)


def morph_case_forms(name: str) -> list[str]:
    """Oblique case forms of a Russian name from the dictionary: leading adjectives and the
    first noun decline (with a second noun after "и"), the rest is kept.

    >>> morph_case_forms("Египет")[:2]
    ['Египта', 'Египту']
    >>> morph_case_forms("Соломоновы Острова")[0]
    'Соломоновых Островов'
    >>> morph_case_forms("Босния и Герцеговина")[0]
    'Боснии и Герцеговины'
    """
    words = name.split(" ")
    if any(c.isdigit() for c in name) or (words[0].isupper() and len(words[0]) > 1):
        return []
    adjectives: list[Any] = []
    for word in words:
        if _nominative(word, frozenset({"NOUN"}), None) is not None and not adjectives:
            break
        parse = _nominative(word, _ADJECTIVES, None)
        if parse is None:
            break
        adjectives.append(parse)
    head_at = len(adjectives)
    if head_at >= len(words):
        return []
    number = adjectives[0].tag.number if adjectives else None
    head = _nominative(words[head_at], frozenset({"NOUN"}), number)
    if head is None:
        return []
    declined = [*adjectives, head]
    tail_at = head_at + 1
    if words[tail_at : tail_at + 1] == ["и"] and tail_at + 1 < len(words):
        second = _nominative(words[tail_at + 1], frozenset({"NOUN"}), None)
        if second is not None:
            declined += [None, second]
            tail_at += 2
    animate = head.tag.animacy == "anim"
    forms: list[str] = []
    for case in _CASES:
        parts: list[str] = []
        for word, parse in zip(words, declined, strict=False):
            form = word if parse is None else _inflected(parse, case, word, animate)
            if form is None:
                break
            parts.append(form)
        else:
            form = " ".join(parts + words[tail_at:])
            if form != name and form not in forms:
                forms.append(form)
    return forms
