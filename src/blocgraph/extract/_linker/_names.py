"""Words of persons' names and offices: office titles ("foreign minister"), honorifics, function
words and organisation words that are never part of a name, name slugs, and the title found at
or ending at a token.
"""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Doc

from blocgraph.extract._linker._heads import _heads_at

TITLES: tuple[tuple[str, ...], ...] = tuple(
    sorted(
        (
            tuple(t.split())
            for t in (
                "foreign minister",
                "minister of foreign affairs",
                "minister for foreign affairs",
                "external affairs minister",
                "minister of external affairs",
                "deputy foreign minister",
                "president",
                "vice president",
                "vice-president",
                "prime minister",
                "deputy prime minister",
                "premier",
                "chancellor",
                "secretary of state",
                "secretary-general",
                "secretary general",
                "supreme leader",
                "chairman",
                "chairwoman",
                "king",
                "queen",
                "emir",
                "crown prince",
                "sultan",
                "spokesman",
                "spokeswoman",
                "spokesperson",
                "press secretary",
                "kremlin press secretary",
                "foreign ministry spokeswoman",
                "foreign ministry spokesman",
                "foreign ministry spokesperson",
                "ambassador",
                "envoy",
                "defence minister",
                "defense minister",
                "minister",
                "general secretary",
                "head of state",
                "sheikh",
                "senator",
                "governor",
                "mayor",
                "economist",
                "analyst",
                "professor",
                "scholar",
                "historian",
                "journalist",
                "expert",
                "researcher",
                "director",
                "director-general",
                "commander",
                "general",
                "admiral",
                "adviser",
                "advisor",
                "aide",
                "lawmaker",
                "founder",
                "co-founder",
                "banker",
                "chief",
                "party chief",
                "leader",
                "deputy",
                "министр иностранных дел",
                "президент",
                "премьер-министр",
                "министр",
                "глава мид",
                "председатель",
                "официальный представитель мид",
            )
        ),
        key=len,
        reverse=True,
    )
)
_TITLES_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
_TITLES_BY_LAST: dict[str, tuple[tuple[str, ...], ...]] = {}


for _title in TITLES:
    _TITLES_BY_FIRST[_title[0]] = (*_TITLES_BY_FIRST.get(_title[0], ()), _title)
    _TITLES_BY_LAST[_title[-1]] = (*_TITLES_BY_LAST.get(_title[-1], ()), _title)


HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "comrade"})
_NAME_FUNCTION_WORDS = frozenset(
    [
        "The",
        "A",
        "An",
        "And",
        "Of",
        "In",
        "On",
        "At",
        "For",
        "To",
        "By",
        "With",
        "From",
        "As",
        "Is",
        "Was",
        "Are",
        "Were",
        "It",
        "He",
        "She",
        "They",
        "We",
        "This",
        "That",
        "But",
        "Or",
        "If",
        "When",
        "While",
        "Both",
        "Neither",
        "Either",
        "Then",
        "Today",
        "Yesterday",
        "Meanwhile",
        "Later",
        "Also",
        "However",
        "Neighbouring",
        "Neighboring",
        "Like",
        "Unlike",
        "Only",
        "Even",
        "Since",
        "After",
        "Before",
        "During",
        "Under",
        "Between",
        "Among",
        "Although",
        "Though",
        "Because",
        "Whereas",
        "Where",
        "Why",
        "How",
        "What",
        "Which",
        "Who",
        "Whose",
        "Its",
        "Their",
        "Our",
        "Such",
        "Many",
        "Some",
        "Several",
        "Most",
        "All",
        "Each",
    ]
)
_NAME_PART = re.compile(r"[A-Z][a-zà-ÿ]+|[A-Z]{2,}[A-Z'-]*|[A-Z][a-z]?['’][A-Z][a-zà-ÿ]+")
"""A word of a person's name: "Mikhail", "SARGSIAN" (the Factbook's capitals), "O'Neill"."""
_ORG_WORDS = frozenset(
    [
        "Commission",
        "Council",
        "Board",
        "Committee",
        "Federation",
        "Republic",
        "Affairs",
        "Ministry",
        "Union",
        "Organization",
        "Organisation",
        "Assembly",
        "Parliament",
        "Government",
        "Office",
        "Department",
        "Service",
        "State",
        "States",
        "Nations",
        "Cooperation",
        "Security",
        "Economic",
        "Foreign",
        "Defence",
        "Defense",
        "Supreme",
        "National",
        "International",
        "Central",
        "Bank",
        "Court",
        "Secretariat",
        "Presidium",
        "Presidential",
        "Executive",
        "Administration",
        "Agency",
        "Fund",
        "Forum",
        "Party",
        "Kingdom",
        "Islamic",
        "People's",
        "Democratic",
        "Socialist",
        "United",
        "Community",
        "Treaty",
        "Partnership",
        "Minister",
        "President",
        "Chairman",
        "Prime",
        "Deputy",
        "First",
        "General",
        "Secretary",
        "Affairs",
    ]
)


def person_id(name: str) -> str:
    """The open-world id of a person the gazetteer does not know (``docs/extraction.md``):
    ``new:`` and the name's words, lowercased, letters kept.

    >>> person_id("Hugo Francisco Rivera Fernández")
    'new:hugo-francisco-rivera-fernández'
    """
    return "new:" + "-".join(re.sub(r"[^\w]+|_", " ", name.lower()).split())


def slugify(name: str) -> str:
    """Lower-case ASCII slug of a name: ``"Recep Tayyip Erdoğan"`` → ``"recep-tayyip-erdogan"``.

    >>> slugify("Murat Nurtleu")
    'murat-nurtleu'
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def title_at(doc: Doc, index: int) -> tuple[str, ...] | None:
    """The longest office title starting at token ``index`` ("foreign minister"), if any."""
    if index >= len(doc):
        return None
    for title in _TITLES_BY_FIRST.get(doc[index].lower_, ()):
        if _heads_at(doc, index, (title,)):
            return title
    return None


def title_ending_at(doc: Doc, end: int) -> tuple[str, ...] | None:
    """The longest office title ending just before token ``end``, if any."""
    if end <= 0:
        return None
    for title in _TITLES_BY_LAST.get(doc[end - 1].lower_, ()):
        if end - len(title) >= 0 and _heads_at(doc, end - len(title), (title,)):
            return title
    return None
