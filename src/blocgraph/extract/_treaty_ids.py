"""One id per treaty a document names: the words names are compared by, a short name taking its
fuller name's id, a name given twice in a row ("…, or Ottawa Treaty") taking the first's."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from blocgraph.extract._model import NEW_PREFIX, Mention, Statement

ACTS = frozenset({"signed", "ratified", "denounced"})
"""The treaty predicates."""
WORD = re.compile(r"[^\W\d_]+")
STOP = frozenset(
    {"the", "of", "on", "and", "in", "for", "a", "an", "to", "with", "between", "concerning"}
    | {"о", "об", "и", "в", "с", "на", "по", "между", "со"}
)
GENERIC = frozenset(
    {"treat", "treaty", "pact", "agree", "accor", "accord", "conve", "charter", "charte"}
    | {"proto", "decla", "memor", "догов", "согла", "пакт", "конве", "харти", "прото", "декла"}
)
"""Stems of instrument nouns: a text's "pact" may be the title's "Agreement"."""
_SPELLINGS = {"defense": "defence", "organization": "organisation", "cooperation": "co-operation"}
_PAIRED = re.compile(r"\b(?:[а-я]+о|sino)-[а-я\w]+")
"""A compound adjective of the parties ("китайско-российский договор", "the Sino-Russian
treaty"): who is bound, which the parties settle, not words of the title."""


def stems(text: str) -> frozenset[str]:
    """The content words of a name, cut to five letters (Russian cases, English plurals)."""
    text = _PAIRED.sub(" ", text.lower().replace("ё", "е"))
    words = [_SPELLINGS.get(w, w) for w in WORD.findall(text)]
    return frozenset(w[:5] for w in words if w not in STOP) - GENERIC


def fullest_names(
    mentions: list[Mention], statements: list[Statement]
) -> tuple[list[Mention], list[Statement]]:
    """One id per treaty in a document: a short name whose words are all words of one fuller
    name the document gives ("the Refugee Convention" after "the 1951 Convention Relating to the
    Status of Refugees") takes the fuller name's id, as an abbreviation takes its name's."""
    ids = {m.id for m in mentions if m.type == "treaty" and m.id.startswith(NEW_PREFIX)}
    ids |= {s.object for s in statements if s.predicate in ACTS and s.object}
    ids = {i for i in ids if i.startswith(NEW_PREFIX)}
    words = {i: stems(i.removeprefix(NEW_PREFIX).replace("-", " ")) for i in ids}
    fuller: dict[str, str] = {}
    for short, have in words.items():
        if not have:
            continue
        longer = [i for i, w in words.items() if i != short and have < w and not _other(short, i)]
        if not longer:  # "Договор о РСМД" after "Договор о ликвидации ракет средней и …"
            longer = [i for i in ids if i != short and _abbreviates(short, i)]
        if len(longer) == 1:
            fuller[short] = longer[0]
    fuller |= _same_words(mentions, words, fuller)
    return _renamed(mentions, statements, fuller)


_ALIKE_HEADS = frozenset({"accord", "accords", "agreement", "agreements", "pact", "treaty", "deal"})
"""Last words a text varies for one instrument ("the Artemis Accords" … "the Artemis
Agreements", "the Paris Agreement" … "the Paris accord"); not "protocol", "declaration" or
"charter", which are instruments of their own beside a treaty of the same place."""


def _same_words(
    mentions: list[Mention], words: dict[str, frozenset[str]], taken: dict[str, str]
) -> dict[str, str]:
    """Titles with the same content words that differ only in an alike head noun: the id the
    document names first."""
    first: dict[str, int] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.text.split()[-1][:1].isupper():  # a title, not "a security agreement"
            first.setdefault(mention.id, mention.start)
    alike = [
        i
        for i, have in words.items()
        if have and i not in taken and i.rsplit("-", 1)[-1] in _ALIKE_HEADS and i in first
    ]
    renamed: dict[str, str] = {}
    for i in alike:
        same = [j for j in alike if words[j] == words[i]]
        earliest = min(same, key=lambda j: first[j])
        if earliest != i:
            renamed[i] = earliest
    return renamed


_DISTINCT = ("interim", "provisional", "additional", "временн", "предварительн", "дополнительн")
"""Words that make a fuller name another instrument ("временное соглашение о свободной
торговле" is not the free trade agreement that followed it)."""


_NOT_INSTRUMENTS = ("programme", "program", "fund", "secretariat", "conference", "committee")
"""Last words that make a fuller name something named after the instrument ("Minamata Convention
Specific International Programme"), not the instrument."""


_DECLARATORY = frozenset({"decla", "state", "commu", "декла", "заявл", "комму"})
"""Stems of the nouns of declaratory texts: a declaration is not a joint statement of the same
words, nor a treaty."""
_BINDING = frozenset(
    {"treat", "pact", "agree", "accor", "conve", "догов", "согла", "пакт", "конве"}
)


def _other(short: str, full: str) -> bool:
    """Whether a fuller name's extra words make it another instrument than the short one, or no
    instrument at all: a distinct word ("interim"), a programme named after it, or, for a
    declaratory text, another instrument noun ("the Declaration on Atlantic Cooperation" is not
    "the Joint Statement on Atlantic Cooperation")."""
    full_words = full.removeprefix(NEW_PREFIX).split("-")
    short_words = short.removeprefix(NEW_PREFIX).split("-")
    extra = set(full_words) - set(short_words)
    own = {w[:5] for w in short_words} & _DECLARATORY
    theirs = {w[:5] for w in extra} & (_DECLARATORY | _BINDING)
    return (
        full_words[-1].startswith(_NOT_INSTRUMENTS)
        or any(word.startswith(_DISTINCT) for word in extra)
        or bool(own and theirs - own)
    )


def _renamed(
    mentions: list[Mention], statements: list[Statement], ids: dict[str, str]
) -> tuple[list[Mention], list[Statement]]:
    """Mentions and statements with the treaty ids of ``ids`` replaced."""
    if not ids:
        return mentions, statements
    mentions = [replace(m, id=ids[m.id]) if m.id in ids else m for m in mentions]
    statements = [replace(s, object=ids[s.object]) if s.object in ids else s for s in statements]
    return mentions, statements


_OR = re.compile(
    r"(?:,?\s+(?:or|also known as|known as|или|иначе|также известный как|известный как)\s+"
    r"|\s*\(\s*)(?:the\s+)?$",  # or in brackets: "… Zone Treaty (Treaty of Rarotonga)"
    re.IGNORECASE,
)


def other_names(
    text: str, mentions: list[Mention], statements: list[Statement]
) -> tuple[list[Mention], list[Statement]]:
    """One id for a treaty the text names twice in a row ("the 1997 Anti-Personnel Mine Ban
    Convention, or Ottawa Treaty", "the South Pacific Nuclear Free Zone Treaty (Treaty of
    Rarotonga)"): the second name takes the first's, unless the first only describes the
    instrument."""
    treaties = sorted((m for m in mentions if m.type == "treaty"), key=lambda m: m.start)
    other: dict[str, str] = {}
    for first, second in pairwise(treaties):
        gap = text[first.end : second.start]
        if first.id == second.id or len(gap) >= 40 or not _OR.fullmatch(gap):
            continue
        if _described(first.text) and first.id.startswith(NEW_PREFIX):
            other.setdefault(first.id, second.id)  # "The Charter of the new organization,
        elif second.id.startswith(NEW_PREFIX):  # known as the San Salvador Charter": the name
            other.setdefault(second.id, first.id)
    return _renamed(mentions, statements, other)


def _described(name: str) -> bool:
    """Whether a name has a lower-case content word ("Charter of the new organization")."""
    return any(w[0].islower() and w.lower() not in STOP for w in WORD.findall(name))


def _abbreviates(short: str, full: str) -> bool:
    """Whether a short name's last word is the initials of consecutive words of a fuller name
    ("договор о рсмд": "ракет средней и меньшей дальности"), its other words the fuller's."""
    *rest, last = [w for w in short.removeprefix(NEW_PREFIX).split("-") if w not in STOP]
    words = [w for w in full.removeprefix(NEW_PREFIX).split("-") if w not in STOP]
    initials = "".join(w[0] for w in words if w)
    return (
        3 <= len(last) <= 6
        and last not in words
        and last in initials
        and all(any(w.startswith(r[:5]) for w in words) for r in rest)
    )


_FOLLOWING = re.compile(
    r"new:(?:the-)?following-(?:joint-)?(?:declaration|statement|communiqu\w*|agreement|treaty)"
)
_FOLLOWING_REACH = 600
"""Characters after "the following declaration" within which its title must come."""


def following_named(
    mentions: list[Mention], statements: list[Statement]
) -> tuple[list[Mention], list[Statement]]:
    """ "The text of the following declaration was released by …": the instrument is the one the
    text names next (its title, the heading below), within a few lines; without one, it names
    nothing and is dropped with what was said of it."""
    treaties = sorted((m for m in mentions if m.type == "treaty"), key=lambda m: m.start)
    ahead: dict[str, str] = {}
    for n, mention in enumerate(treaties):
        if not _FOLLOWING.fullmatch(mention.id) or mention.id in ahead:
            continue
        after = next(
            (
                m
                for m in treaties[n + 1 :]
                if m.start >= mention.end and not _FOLLOWING.fullmatch(m.id)
            ),
            None,
        )
        if after is not None and after.start - mention.end <= _FOLLOWING_REACH:
            ahead[mention.id] = after.id
    mentions, statements = _renamed(mentions, statements, ahead)
    # unresolved, "the following declaration" names nothing: no mention, no statement
    mentions = [m for m in mentions if not _FOLLOWING.fullmatch(m.id)]
    statements = [s for s in statements if not _FOLLOWING.fullmatch(s.object or "")]
    return mentions, statements
