"""Open-world organisation names in Russian, found by shape in the parse.

Russian capitalises only the first word of an organisation's name ("Союз южноамериканских
наций", "Совет сотрудничества арабских стран Персидского залива"), so the English minter's runs
of capitalised words do not find them. Here a name is an organisation head noun ("союз",
"организация", "совет" …) with the genitive and adjective phrases that hang on it, contiguous and
without a preposition other than "по" ("Комитет по …"), whose first word is capitalised. Its slug
is the name in the nominative (``_ru_nominative``), so "Союз …" and "Союза …" are one body. An
abbreviation in parentheses right after the name ("Союза южноамериканских наций (УНАСУР)") is
recorded as that body's, for the rest of the document, whatever its letters (transliterated and
foreign acronyms do not spell the Russian words).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from blocgraph.extract.relations._reader import Entity
from blocgraph.extract.relations._ru_nominative import RU_ORG_HEADS, RU_ORGANS, RU_TREATY_HEADS
from blocgraph.extract.relations._slug import slug
from blocgraph.extract.relations._tree import base, case_of, kids

_ACRONYM = re.compile(r"[А-ЯЁ][А-ЯЁа-яё]{1,7}")
_NOT_BODIES = frozenset(
    # Russian acronyms of things that are not organisations of states (organs, media, economy)
    [
        "МИД",
        "СМИ",
        "ВВП",
        "ТАСС",
        "РИА",
        "ФСБ",
        "МВД",
        "СВР",
        "ГРУ",
        "НДС",
        "ЦБ",
        "ВС",
        "ВКС",
        "ВМФ",
        "ГД",
        "СФ",
        "ДНР",
        "ЛНР",
        "ЕС",
        "НАТО",
        "ТВ",
        "РБК",
        "ЧП",
        "ИИ",
        "АЭС",
        "ГЭС",
        "СПГ",
        "НПЗ",
        "ЖКХ",
        "ДТП",
        "ПВО",
        "РСЗО",
        "БПЛА",
        "ЗРК",
        "ИГ",
        "АО",
        "ПАО",
        "ООО",
        "ОАО",
        "ЗАО",
        "РАН",
        "МГИМО",
        "ВУЗ",
        "ОМОН",
    ]
)
"""Acronyms that never stand for a body of states (the catalogue's own are linked first)."""
_INSIDE = frozenset({"nmod", "amod", "flat", "compound", "nummod", "conj", "cc"})
_ABBREVIATION = re.compile(r"\(\s*([А-ЯЁA-Z][А-ЯЁA-Za-z0-9]{1,9})\s*\)")
_LONGEST = 10


def _cyrillic(token: Token) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in token.text)


def _phrase(head: Token) -> list[Token]:
    """The head and the phrases hanging on it that belong to the name, left to right."""
    tokens = [head]
    stack = list(head.children)
    while stack:
        child = stack.pop()
        link = base(child.dep_)
        if link == "appos" and _dashed(child):  # "Организация стран – экспортеров нефти"
            tokens.append(child.doc[child.i - 1])
        elif link not in _INSIDE or child.is_punct:
            continue
        case = case_of(child)
        if case not in {"", "по", "для"}:
            continue
        tokens.append(child)
        if case in {"по", "для"}:  # "Комитет по …", "Альянс для …": the preposition is the name's
            tokens += [c for c in child.children if base(c.dep_) == "case"]
        stack.extend(child.children)
    return sorted(tokens, key=lambda t: t.i)


_DASHES = frozenset({"–", "—", "-"})


def _dashed(token: Token) -> bool:
    """A word joined to the one before it by a spaced dash, as Russian typography writes
    compounds ("стран – экспортеров", "государства – члены")."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text in _DASHES and token.head.i == token.i - 2


def _contiguous(head: Token, tokens: list[Token]) -> list[Token]:
    """The longest unbroken run of ``tokens`` around the head."""
    at = {t.i for t in tokens}
    start = end = head.i
    while start - 1 in at:
        start -= 1
    while end + 1 in at:
        end += 1
    return list(head.doc[start : end + 1])


def russian_acronyms(doc: Doc, known: list[Entity]) -> list[Entity]:
    """Cyrillic acronyms the catalogue does not know ("ЕврАзЭС", "СЭВ"): in a text about
    states, an unknown acronym of two or more capitals is an organisation's name."""
    taken = [(k.char_start, k.char_end) for k in known]
    found = []
    for token in doc:
        text = token.text
        if not _ACRONYM.fullmatch(text) or not capitalised_like_acronym(text):
            continue
        if text in _NOT_BODIES or text.upper() in _NOT_BODIES:
            continue
        end = token.idx + len(text)
        if any(a < end and token.idx < b for a, b in taken):
            continue
        if _treaty_subject(token):
            continue  # "Договор о РСМД": what the treaty is on, part of its name
        kind = "treaty" if _TREATY_ACRONYM.fullmatch(text) else "body"
        if doc.text[end : end + 1] == "+":  # "ОПЕК+": a grouping of its own
            found.append(Entity(token.idx, end + 1, "body", slug(text + " плюс")))
            continue
        found.append(Entity(token.idx, end, kind, slug(text)))
    return found


_TREATY_ACRONYM = re.compile(r"Д[А-ЯЁ]{2,6}")
"""A Russian treaty's abbreviation opens with Д for "договор" ("ДОВСЕ", "ДРСМД", "ДСНВ",
"ДВЗЯИ"); the catalogue's own acronyms ("ДКБ" for the CSTO) are known before this runs."""


def _treaty_subject(token: Token) -> bool:
    """Whether an acronym says what a treaty is on ("Договор о РСМД", "договора об ОВСЕ",
    "Договор по ПРО")."""
    return case_of(token) in {"о", "об", "по"} and token.head.lemma_.lower() in RU_TREATY_HEADS


_DEFINING = frozenset({"являться", "учредить", "создать", "основать", "образовать"})


def _defined_here(head: Token) -> bool:
    """A sentence-opening name that the sentence defines, as a reference entry's lead does:
    "Арктический совет, учрежденный в 1996 году, является межправительственным форумом" (the
    subject of "является", or described by a founding participle)."""
    if base(head.dep_) == "nsubj" and head.head.lemma_.lower() in _DEFINING:
        return True
    return any(c.lemma_.lower() in _DEFINING for c in kids(head, "acl"))


def russian_names(doc: Doc, known: list[Entity]) -> list[tuple[Entity, str | None]]:
    """The open-world organisations of a parsed Russian sentence, each with the abbreviation
    that follows it in parentheses, if any. A name overlapping a known entity is none: the known
    one is the name ("Евразийского экономического союза") or the organ's owner."""
    found: list[tuple[Entity, str | None]] = []
    for head in doc:
        if head.lemma_.lower() not in RU_ORG_HEADS or not _cyrillic(head):
            continue
        words = _contiguous(head, _phrase(head))
        if head.lemma_.lower() not in RU_ORGANS:  # "Совместная комиссия A и B": two sides' organ
            words = _without_members(words, known)
        if not 2 <= len(words) <= _LONGEST or not words[0].text[:1].isupper():
            continue
        if words[-1].lower_ in {"и", "по"} or not words[-1].is_alpha:
            continue
        if head.lemma_.lower() in RU_ORGANS and any(
            t.i > head.i and t.lemma_.lower() in RU_ORG_HEADS for t in words
        ):
            continue  # "Генеральный совет Всемирной торговой организации": the body's organ
        first, last = words[0], words[-1]
        start, end = first.idx, last.idx + len(last.text)
        after = _ABBREVIATION.match(doc.text[end:].lstrip(" "))
        if (
            words[0].i == head.sent.start
            and not head.text[:1].isupper()
            and after is None
            and not _defined_here(head)
        ):
            continue  # "Военно-политический союз …": a capital that only opens the sentence
        inside = [k for k in known if k.char_start < end and start < k.char_end]
        apart = head.lemma_.lower() not in RU_ORGANS and _defined_apart(doc, inside, after)
        if any(k.type != "region" for k in inside) and not apart:
            # a known body is the name itself ("союз ОДКБ") or its owner ("Совет глав
            # государств ШОС", an organ): the known body stands, no organ is minted
            continue
        named = " ".join(t.text for t in words)  # the slug puts its head in the nominative
        found.append((Entity(start, end, "body", slug(named)), after.group(1) if after else None))
    return found


_LIST_GLUE = frozenset({",", "и"})


def _without_members(words: list[Token], known: list[Entity]) -> list[Token]:
    """A name without the states listed after it in the genitive ("Таможенного союза РФ,
    Казахстана и Белоруссии"): its members, not words of its name."""

    def state(token: Token) -> bool:
        return any(k.type == "state" and k.char_start <= token.idx < k.char_end for k in known)

    cut = next((n for n, t in enumerate(words) if n and state(t)), None)
    if cut is None or not all(state(t) or t.text in _LIST_GLUE for t in words[cut:]):
        return words
    if any(t.text in _LIST_GLUE for t in words[:cut]):
        return words  # "организацией и Правительством Республики Молдова": two parties, no name
    return words[:cut]


def _defined_apart(doc: Doc, inside: list[Entity], after: re.Match[str] | None) -> bool:
    """Whether a name closed by a known body's abbreviation is defined by an abbreviation of its
    own ("Продовольственной и сельскохозяйственной организации ООН (ФАО)"): a body of its own,
    not the known one's organ."""
    if after is None or len(inside) != 1 or inside[0].type != "body":
        return False
    owner = doc.text[inside[0].char_start : inside[0].char_end]
    closes = owner_closes(doc.text, inside[0].char_start, inside[0].char_end)
    return closes and after.group(1) != owner  # "… ООН (ФАО)"


def owner_closes(text: str, start: int, end: int) -> bool:
    """Whether the known body's abbreviation at ``text[start:end]`` closes a name that a
    bracketed abbreviation defines right after it ("… организации ООН (ФАО)")."""
    return text[start:end].isupper() and text[end:].lstrip(" ").startswith("(")


def capitalised_like_acronym(text: str) -> bool:
    """Whether a word is capitalised like an acronym: two capitals or more, at least half of
    its letters ("ФАО", "ЕврАзЭС", "IWC")."""
    capitals = sum(ch.isupper() for ch in text)
    return capitals >= 2 and capitals * 2 >= len(text)
