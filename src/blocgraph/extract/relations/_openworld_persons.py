"""Open world: persons the catalogue does not know, minted as ``new:`` persons of the document —
two or three capitalised names right after a title ("Prime Minister Nikol Pashinyan"), and in
Russian a name in apposition to its title ("министр иностранных дел Катара Мухаммед бен …").
"""

from __future__ import annotations

from spacy.tokens import Doc

from blocgraph.extract._rules._lexicon import MONTHS
from blocgraph.extract.relations._reader import Entity
from blocgraph.extract.relations._slug import slug

TITLES = frozenset(
    {
        "president",
        "minister",
        "premier",
        "chancellor",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "envoy",
        "chairman",
        "chairwoman",
        "leader",
        "king",
        "emir",
        "prince",
        "senator",
        "deputy",
        "general",
        "governor",
        "speaker",
        "counterpart",
    }
)
_NOT_NAMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
) | (MONTHS - {"may"})  # "May" may be a modal


def capitalised(text: str) -> bool:
    """Whether a word is written as a name's word (not a weekday or a month)."""
    if text.lower() in _NOT_NAMES:
        return False
    return len(text) > 1 and (text[0].isupper() or text.isupper()) and text[0].isalpha()


def _after_titles(doc: Doc, taken: set[tuple[int, int]]) -> list[Entity]:
    """Two or three capitalised names right after a title ("Prime Minister Nikol Pashinyan")."""
    found = []
    for token in doc:
        if token.lower_ not in TITLES:
            continue
        k = token.i + 1
        while (
            k < len(doc)
            and k - token.i <= 3
            and capitalised(doc[k].text)
            and (doc[k].lower_ not in TITLES)
        ):
            k += 1
        span = doc[token.i + 1 : k]
        if 2 <= len(span) <= 3 and (span.start_char, span.end_char) not in taken:
            found.append(Entity(span.start_char, span.end_char, "person", slug(span.text)))
    return found


RU_TITLES = frozenset(
    {
        "президент",
        "министр",
        "премьер",
        "премьер-министр",
        "канцлер",
        "секретарь",
        "генсек",
        "посол",
        "представитель",
        "спикер",
        "председатель",
        "глава",
        "лидер",
        "король",
        "эмир",
        "принц",
        "губернатор",
        "пресс-секретарь",
    }
)


def _titled_appositions(doc: Doc, taken: set[tuple[int, int]]) -> list[Entity]:
    """Russian persons named in apposition to their title, however far the title's own
    modifiers run ("министр иностранных дел Катара Мухаммед бен Абдеррахман Аль Тани")."""
    found = []
    for title in doc:
        if title.lemma_.lower() not in RU_TITLES:
            continue
        for name in title.children:
            if name.dep_ != "appos" or not capitalised(name.text) or name.i < title.i:
                continue
            parts = [name, *(c for c in name.children if c.dep_ == "flat:name")]
            start, end = min(t.i for t in parts), max(t.i for t in parts) + 1
            if end - start != len(parts) or not 2 <= len(parts) <= 6:
                continue
            span = doc[start:end]
            if (span.start_char, span.end_char) not in taken:
                found.append(Entity(span.start_char, span.end_char, "person", slug(span.text)))
    return found


def persons(doc: Doc, taken: set[tuple[int, int]]) -> list[Entity]:
    """The persons a parsed chunk names after a title (chunk character offsets), except at the
    ``taken`` spans."""
    return _after_titles(doc, taken) + _titled_appositions(doc, taken)
