"""Abbreviations a document uses before it defines them: a headline's "Никарагуа выходит из ФАО"
above "… из Продовольственной и сельскохозяйственной организации ООН (ФАО)". The open world
mints the first "ФАО" as a body of its own (``new:фао``) because the definition comes later;
once the document has defined the abbreviation, every use of it is the defined body."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from itertools import pairwise

from blocgraph.extract._model import MEMBERSHIP_PREDICATES, NEW_PREFIX, Mention, Statement
from blocgraph.extract.relations._focus import organ_words
from blocgraph.extract.relations._openworld_ru import capitalised_like_acronym
from blocgraph.extract.relations._slug import slug


def _bracketed(text: str, name: Mention, abbreviation: Mention) -> bool:
    """Whether an abbreviation follows an open-world name in brackets: "… сообществом (CEMAC)"."""
    return (
        name.id.startswith(NEW_PREFIX)
        and _abbreviation(abbreviation.text)
        and text[name.end : abbreviation.start].strip() == "("
        and text[abbreviation.end : abbreviation.end + 1] == ")"
    )


def _abbreviation(text: str) -> bool:
    """Whether a mention's text is an abbreviation ("ФАО", "IWC", "ЕврАзЭС")."""
    return " " not in text and 2 <= len(text) <= 10 and capitalised_like_acronym(text)


def defined_later(
    text: str, mentions: list[Mention], statements: list[Statement]
) -> tuple[list[Mention], list[Statement]]:
    """Mentions and statements with an open-world abbreviation minted as its own body
    (``new:<the abbreviation>``) under the id the document defines it as elsewhere: another
    use of it read as that body, or an open-world name it follows in brackets
    ("Центральноафриканским экономическим и валютным сообществом (CEMAC)")."""
    defined: dict[str, set[str]] = defaultdict(set)
    bodies = sorted((m for m in mentions if m.type == "body"), key=lambda m: m.start)
    for m in bodies:
        own = slug(m.text)
        if _abbreviation(m.text) and m.id.startswith(NEW_PREFIX) and m.id != own:
            defined[own].add(m.id)
    for name, abbreviation in pairwise(bodies):
        own = slug(abbreviation.text)
        if _bracketed(text, name, abbreviation) and abbreviation.id == own != name.id:
            defined[own].add(name.id)
    renamed = {own: next(iter(ids)) for own, ids in defined.items() if len(ids) == 1}
    if not renamed:
        return mentions, statements
    mentions = [replace(m, id=renamed[m.id]) if m.id in renamed else m for m in mentions]
    statements = [
        replace(
            s,
            subject=renamed.get(s.subject, s.subject),
            object=renamed.get(s.object, s.object) if s.object is not None else None,
        )
        for s in statements
    ]
    return mentions, statements


def without_owners(mentions: list[Mention], statements: list[Statement]) -> list[Statement]:
    """No membership of a body in an open-world body whose name its abbreviation closes: "ООН"
    in "Всемирная туристская организация ООН" is the owner, not a member (a headline run into
    the next sentence can make it the subject of "объявила о выходе")."""
    names: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.type == "body" and _abbreviation(m.text):
            names[m.id].add(slug(m.text).removeprefix(NEW_PREFIX))
    return [
        s
        for s in statements
        if not (
            s.predicate in MEMBERSHIP_PREDICATES
            and s.object is not None
            and s.object.startswith(NEW_PREFIX)
            and any(s.object.endswith(f"-{name}") for name in names.get(s.subject, ()))
        )
    ]


def without_organs(statements: list[Statement]) -> list[Statement]:
    """No statement about an open-world body named only by an organ's generic words ("the
    General Assembly admits A", "Совет глав государств стал членом"): an organ of whatever body is
    in focus, never a body that states join or belong to (see ``_focus.generic_organ``)."""
    return [s for s in statements if not (_organ(s.subject) or _organ(s.object))]


def _organ(entity: str | None) -> bool:
    if entity is None or not entity.startswith(NEW_PREFIX):
        return False
    return organ_words(entity.removeprefix(NEW_PREFIX).split("-"))
