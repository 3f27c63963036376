"""The words that make a capitalised name an organisation's ("… Union", "… Council") and the
names that hold one but are no body's: news agencies ("Saudi Press Agency")."""

from __future__ import annotations

ORG_HEADS = frozenset(
    {
        "organization",
        "organisation",
        "union",
        "assembly",
        "council",
        "bank",
        "community",
        "commonwealth",
        "forum",
        "alliance",
        "commission",
        "committee",
        "fund",
        "association",
        "league",
        "partnership",
        "conference",
        "parliament",
        "secretariat",
        "agency",
        "court",
        "group",
        "bloc",
        "cooperation",
        "co-operation",
        "initiative",
        "corridor",
        "dialogue",
        "area",
        "system",
        "club",
        "authority",
        "movement",
        "network",
        "regime",
        "arrangement",
        "symposium",
        "consortium",
        "coalition",
        "triangle",
        "trio",
        "quartet",
        "entente",
        "conclave",
    }
)
_NEWS = frozenset({"news", "press", "telegraph", "information"})


def news_agency(words: list[str]) -> bool:
    """Whether a name's words are a news agency's ("Saudi Press Agency", "Vietnam News
    Agency"): an outlet that reports, not a body that has members."""
    lowered = [w.lower() for w in words]
    return bool(lowered) and lowered[-1] == "agency" and bool(_NEWS & set(lowered[:-1]))


def names_organisation(name: str) -> bool:
    """Whether a capitalised name holds an organisation's head word and is no news agency's."""
    words = name.split()
    return bool({w.lower() for w in words} & ORG_HEADS) and not news_agency(words)
