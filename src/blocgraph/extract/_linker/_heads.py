"""Head words that license a demonym, region adjective or civilization adjective ("Russian
Foreign Minister", "Central Asian states", "Islamic civilization"), and the checks that read
them after a candidate.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from blocgraph.extract._gazetteer import Entry

ARTICLE_TYPES = frozenset({"group"})
"""Types whose leading "the" belongs to the mention span when the name is listed with it
("the West"); elsewhere the article is left out ("the Russian Federation" → "Russian
Federation")."""
STATE_HEADS: tuple[tuple[str, ...], ...] = tuple(
    tuple(h.split())
    for h in (
        "president",
        "presidents",
        "prime minister",
        "premier",
        "foreign minister",
        "foreign ministers",
        "foreign ministry",
        "foreign affairs ministry",
        "minister",
        "ministers",
        "ministry",
        "ministries",
        "defence minister",
        "defense minister",
        "defence ministry",
        "defense ministry",
        "chancellor",
        "king",
        "emir",
        "crown prince",
        "sultan",
        "supreme leader",
        "leader",
        "leaders",
        "leadership",
        "government",
        "governments",
        "authorities",
        "official",
        "officials",
        "diplomat",
        "diplomats",
        "diplomacy",
        "delegation",
        "delegations",
        "side",
        "territory",
        "territories",
        "border",
        "borders",
        "embassy",
        "embassies",
        "ambassador",
        "ambassadors",
        "envoy",
        "envoys",
        "parliament",
        "army",
        "armed forces",
        "military",
        "troops",
        "forces",
        "navy",
        "state",
        "counterpart",
        "counterparts",
        "administration",
        "cabinet",
        "security council",
        "head of state",
        "foreign policy",
        "position",
        "presidency",
        "chairmanship",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "mfa",
        "kremlin",
        "duma",
        "senate",
        # legislatures, by their generic and their own names ("the Lithuanian Seimas")
        "legislature",
        "lawmakers",
        "congress",
        "seimas",
        "sejm",
        "saeima",
        "knesset",
        "bundestag",
        "riigikogu",
        "storting",
        "riksdag",
        "majlis",
        "rada",
        "regime",
        "proposal",
        "initiative",
        "sovereignty",
        "federation",
        "republic",
        "support",
        "control",
        "rule",
        "backing",
        "aid",
        "assistance",
        "involvement",
        "intervention",
        "occupation",
        "invasion",
        "annexation",
        "sanctions",
        "pressure",
        "recognition",
        "jurisdiction",
        "red army",
        "soviet army",
        "navy",
        "air force",
    )
)
_STATE_PARTICIPLES = frozenset(
    [
        "backed",
        "led",
        "brokered",
        "sponsored",
        "supported",
        "occupied",
        "controlled",
        "mediated",
        "dominated",
        "administered",
        "annexed",
        "funded",
        "armed",
        "built",
    ]
)
_HEAD_MODIFIERS = frozenset(
    [
        "deputy",
        "first",
        "former",
        "acting",
        "senior",
        "top",
        "chief",
        "then",
        "current",
        "new",
        "outgoing",
        "incoming",
        "vice",
        "interim",
        "federal",
        "national",
    ]
)
_RU_STATE_HEADS = (
    "министр",
    "президент",
    "премьер",
    "правительств",
    "мид",
    "сторон",
    "делегаци",
    "территори",
    "руководств",
    "лидер",
    "власт",
    "посол",
    "посл",
    "дипломат",
    "арми",
    "вооружённ",
    "вооруженн",
    "войск",
    "парламент",
    "государств",
    "глав",
    "официальн",
    "внешн",
    "спикер",
    "представител",
    "ведомств",
)
REGION_HEADS = frozenset(
    [
        "continent",
        "continents",
        "region",
        "regions",
        "space",
        "landmass",
        "mainland",
        "supercontinent",
        "countries",
        "country",
        "states",
        "nations",
        "nation",
        "republics",
        "integration",
        "neighbours",
        "neighbors",
        "partners",
        "subcontinent",
    ]
)
_REGION_ORG_HEADS = frozenset(
    {
        "member",
        "members",
        "organisation",
        "organization",
        "organisations",
        "organizations",
        "alliance",
        "bloc",
        "grouping",
        "economies",
        "powers",
    }
)
_REGION_ORG_FILLER = frozenset(
    {
        "political",
        "economic",
        "military",
        "security",
        "international",
        "intergovernmental",
        "regional",
        "trade",
        "and",
        ",",
    }
)
_RU_REGION_HEADS = ("континент", "регион", "пространств", "стран", "государств", "интеграци")
CIV_HEADS = frozenset(
    [
        "civilization",
        "civilizations",
        "civilisation",
        "civilisations",
        "civilizational",
        "civilisational",
        "civilization-state",
        "civilization-states",
        "civilisation-state",
    ]
)
_CIV_WORLD = frozenset({"arab", "islamic", "muslim"})  # "the Arab world" is the civilization
_RU_CIV_HEAD = "цивилизац"
_CIV_WORD = re.compile(r"^(civili[sz]|цивилиз)", re.IGNORECASE)


def _heads_at(doc: Doc, index: int, heads: tuple[tuple[str, ...], ...]) -> bool:
    for head in heads:
        if index + len(head) <= len(doc) and all(
            doc[index + k].lower_ == word for k, word in enumerate(head)
        ):
            return True
    return False


def _state_head_follows(doc: Doc, end: int, russian: bool) -> bool:
    if end >= len(doc):
        return False
    if russian:
        return doc[end].lower_.startswith(_RU_STATE_HEADS)
    index = end
    for _ in range(2):
        if index < len(doc) and doc[index].lower_ in _HEAD_MODIFIERS:
            index += 1
    if _heads_at(doc, index, STATE_HEADS):
        return True
    # "Croatian Economy Minister", "the Romanian economy ministry": a portfolio of one or two
    # words before the office
    for k in range(index + 1, min(index + 3, len(doc))):
        if doc[k].lower_ in _OFFICES:
            return all(t.is_alpha and not t.is_stop for t in doc[index:k])
    return False


_OFFICES = frozenset({"minister", "ministers", "ministry", "ministries"})


def _region_head_follows(doc: Doc, end: int, russian: bool) -> bool:
    if end >= len(doc):
        return False
    word = doc[end].lower_
    if russian:
        return word.startswith(_RU_REGION_HEADS)
    if word in REGION_HEADS:
        return True
    # "the first Southeast Asian member", "a Eurasian political, economic and security
    # organisation": lower-case words only, so a name ("Eurasian Development Bank") is not read
    index = end
    while index < len(doc) and index - end < 8 and doc[index].lower_ in _REGION_ORG_FILLER:
        index += 1
    return (
        index < len(doc)
        and doc[index].text in _REGION_ORG_HEADS
        and all(not t.is_title for t in doc[end:index])
    )


def _civ_head_follows(doc: Doc, end: int, entry: Entry) -> bool:
    if end >= len(doc):
        return False
    word = doc[end].lower_
    if word in CIV_HEADS or word.startswith(_RU_CIV_HEAD):
        return True
    return word == "world" and entry.id in _CIV_WORLD


_LIST_GLUE = frozenset({",", "and", "or", "и", "или"})


def listed_before_head(
    doc: Doc, end: int, russian: bool, is_demonym: Callable[[str], bool]
) -> bool:
    """A demonym listed with others before their shared head ("the Japanese and Mongolian
    prime ministers", "российский и китайский лидеры")."""
    i = end
    while i + 1 < len(doc) and doc[i].lower_ in _LIST_GLUE:
        j = i + 2 if doc[i].text == "," and doc[i + 1].lower_ in _LIST_GLUE else i + 1
        if j >= len(doc) or not is_demonym(doc[j].text):
            return False
        i = j + 1
        if _state_head_follows(doc, i, russian):
            return True
    return False
