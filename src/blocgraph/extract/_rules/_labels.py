"""The grammar of a list's role label ("Member States (23)", "The list of Observer Countries is
as follows", "Dialogue Partners", "Государства-члены"): which standing the items after it hold.

A label is read from its words once the body's name, "of the" and a count are taken out: an
optional lead-in ("the list of"), modifiers ("founding", "full", "associate", "dialogue",
"former"), one role noun (member, observer, partner), kind nouns ("states", "countries",
"organisations") and an optional verb ending ("is as follows", "are", "include"). Any other
word ("candidates", "applicants", "littorals") makes it no role label: its items get nothing.
"""

from __future__ import annotations

_ROLE_NOUNS: dict[str, str] = {
    "member": "member",
    "members": "member",
    "membership": "member",  # "Membership (53): A, B" (a reference book's entry)
    "memberships": "member",
    "observer": "observer",
    "observers": "observer",
    "partner": "partner",
    "partners": "partner",
    # Russian, as words ("Члены:", "Наблюдатели —") and as the second half of a compound
    "члены": "member",
    "член": "member",
    "участники": "member",
    "наблюдатели": "observer",
    "наблюдатель": "observer",
    "партнеры": "partner",
    "партнёры": "partner",
}
_KIND_NOUNS = frozenset(
    {"state", "states", "country", "countries", "nation", "nations", "government", "governments"}
    | {"organisation", "organisations", "organization", "organizations", "economies"}
    | {"государства", "государство", "страны", "страна", "организации"}
)
_MODIFIERS: dict[str, str | None] = {
    "full": None,
    "founding": None,
    "current": None,
    "original": None,
    "permanent": None,
    "regional": None,  # "The Regional Observers are:", "The Extra regional Observers are:"
    "extra": None,
    "extra-regional": None,
    "non-regional": None,
    "associate": "associate_member",
    "dialogue": "dialogue_partner",
    "former": "former",
    "полноправные": None,
    "ассоциированные": "associate_member",
    "бывшие": "former",
    "постоянные": None,
    "региональные": None,
    "внерегиональные": None,
}
_FILLER = frozenset({"the", "of", "-", "–", "—"})
_LEAD_IN = "list"
_BY_DIALOGUE = ("по", "диалогу")
"""The Russian dialogue partners' postposed modifier ("партнеры по диалогу")."""
_ENDINGS = (
    ("is", "as", "follows"),
    ("are", "as", "follows"),
    ("as", "follows"),
    ("are", "following"),
    ("are",),
    ("include",),
    ("includes",),
)
_ROLE_OF_MODIFIER = {
    # a modifier's standing, given the role noun it modifies
    ("associate_member", "member"): "associate_member",
    ("dialogue_partner", "partner"): "dialogue_partner",
    ("former", "member"): "former",
}


def label_role(words: tuple[str, ...]) -> str | None:
    """The standing a role label gives its items, or None when ``words`` are no role label.

    >>> label_role(("member", "states", "countries"))
    'member'
    >>> label_role(("the", "list", "of", "founding", "observers", "is", "as", "follows"))
    'observer'
    >>> label_role(("dialogue", "partners"))
    'dialogue_partner'
    >>> label_role(("former", "members"))
    'former'
    >>> label_role(("государства-члены",))
    'member'
    >>> label_role(("страны-партнеры", "по", "диалогу"))
    'dialogue_partner'
    >>> label_role(("candidates",)) is None
    True
    >>> label_role(("south", "asian", "littorals")) is None
    True
    """
    words = tuple(part for w in words for part in _compound(w) if part not in _FILLER)
    if words[-2:] == _BY_DIALOGUE:  # "страны-партнеры по диалогу": the dialogue partners
        words = ("dialogue", *words[:-2])
    if words[:1] == (_LEAD_IN,):
        words = words[1:]
    for ending in _ENDINGS:
        if len(words) > len(ending) and words[-len(ending) :] == ending:
            words = words[: -len(ending)]
            break
    roles = [k for k, w in enumerate(words) if w in _ROLE_NOUNS]
    if len(roles) != 1:
        return None
    at = roles[0]
    before, after = words[:at], words[at + 1 :]
    if not all(w in _KIND_NOUNS for w in after):
        return None
    role = _ROLE_NOUNS[words[at]]
    # a kind noun may come first ("states members", "страны-наблюдатели")
    modifiers = [w for w in before if w not in _KIND_NOUNS]
    if any(w not in _MODIFIERS for w in modifiers):
        return None
    for word in modifiers:
        marked = _MODIFIERS[word]
        if marked is None:
            continue
        if (marked, role) not in _ROLE_OF_MODIFIER:
            return None  # "former observers", "associate partners": no standing the set keeps
        role = _ROLE_OF_MODIFIER[(marked, role)]
    return role


def _compound(word: str) -> tuple[str, ...]:
    """A hyphenated compound's parts ("государства-члены"), else the word."""
    if "-" in word.strip("-"):
        return tuple(part for part in word.split("-") if part)
    return (word,)
