"""The words of a treaty's or a body's title: whether capitalised words listed with commas are
one title ("Treaty on Friendship, Cooperation, and Partnership", "Friendship, Good
Neighbourliness and Cooperation Agreement") and whether a treaty word heads a name."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from blocgraph.extract.relations._openworld_persons import capitalised
from blocgraph.extract.relations._reader import Entity
from blocgraph.extract.relations._treaty_names import date_word

TREATY_HEADS = frozenset(
    {"treaty", "pact", "agreement", "convention", "charter", "accord", "protocol", "memorandum"}
    | {"declaration", "statute"}  # "the Rome Statute" (of the ICC)
)
"""Head words of treaty names."""


def listed_words(doc: Doc, comma: int, known_starts: set[int]) -> bool:
    """Whether capitalised words joined by commas run from ``comma`` to an "and" and a last
    capitalised word: the coordinated words of a title, not a clause after a name."""
    k = comma
    while k + 1 < len(doc) and doc[k].text == ",":
        k += 1
        if doc[k].lower_ in {"and", "&"}:  # "…, Cooperation, and Partnership"
            return k + 1 < len(doc) and capitalised(doc[k + 1].text)
        if not capitalised(doc[k].text) or k in known_starts:
            return False
        while k + 1 < len(doc) and capitalised(doc[k + 1].text) and k + 1 not in known_starts:
            k += 1  # an item of several words ("…, Transnational Organized Crime and …")
        k += 1
        if k < len(doc) and doc[k].lower_ in {"and", "&"}:
            return k + 1 < len(doc) and capitalised(doc[k + 1].text)
    return False


def ends_in_treaty(doc: Doc, comma: int, known_starts: set[int]) -> bool:
    """Whether the capitalised words listed from ``comma`` end, after their "and", in a treaty
    word: "Friendship, Good Neighbourliness and Cooperation Agreement"."""
    k = comma
    while k < len(doc) and k - comma < 16:
        word = doc[k]
        if k in known_starts or not (
            word.text in {",", "-"} or word.lower_ in {"and", "&"} or capitalised(word.text)
        ):
            break
        k += 1
    return k > comma + 1 and doc[k - 1].lower_ in TREATY_HEADS


def titled_on(doc: Doc, i: int, j: int, taken: set[int]) -> bool:
    """Whether a treaty's title in title case runs on past "on the" to what it is on: "Agreement
    Governing the Activities of States on the Moon and Other Celestial Bodies" (the run opened
    with the instrument's noun and is capitalised so far), not "… Agreement on Monday"."""
    i += doc[i].lower_ == "the"  # "The Agreement Governing …" at a sentence's start
    if j <= i or doc[i].lower_ not in TREATY_HEADS or doc[j + 1 : j + 2].text.lower() != "on":
        return False
    k = j + 3 if doc[j + 2 : j + 3].text.lower() == "the" else j + 2
    if k >= len(doc) or k in taken or not capitalised(doc[k].text):
        return False
    words = [t for t in doc[i : j + 1] if t.is_alpha and t.lower_ not in {"of", "the", "and"}]
    return all(capitalised(t.text) for t in words) and not date_word(doc[k])


def titled(span: Span) -> bool:
    """Whether a treaty word heads the name with what it is on or of ("Treaty on Comprehensive
    Strategic Partnership"): a treaty, whatever word it ends with; "the Collective Security
    Treaty Organization" stays an organisation."""
    return any(
        t.lower_ in TREATY_HEADS and t.i + 1 < span.end and span.doc[t.i + 1].lower_ in {"on", "of"}
        for t in span
    )


def _spans(doc: Doc, known: Sequence[Entity], types: frozenset[str]) -> list[tuple[Entity, Span]]:
    """The known entities of some types with their token spans."""
    found = []
    for entity in known:
        if entity.type in types:
            span = doc.char_span(entity.char_start, entity.char_end, alignment_mode="expand")
            if span is not None:
                found.append((entity, span))
    return found


def entity_spans(doc: Doc, known: Sequence[Entity], types: frozenset[str]) -> list[Span]:
    """The token spans of the known entities of some types."""
    return [span for _, span in _spans(doc, known, types)]


def entity_tokens(doc: Doc, known: Sequence[Entity], types: frozenset[str]) -> dict[int, str]:
    """Each token of the known entities of some types → the entity's id."""
    return {
        i: entity.id
        for entity, span in _spans(doc, known, types)
        for i in range(span.start, span.end)
    }


def region_starts(doc: Doc, known: Sequence[Entity]) -> set[int]:
    """First tokens of the known regions ("Africa", "Central Asia")."""
    return {span.start for span in entity_spans(doc, known, frozenset({"region"}))}


def region_in_title(doc: Doc, start: int, j: int, regions: set[int]) -> bool:
    """Whether "in" after token ``j`` leads to a region that ends a treaty's title: the title
    runs past its treaty word ("Convention for the Protection … of Internally Displaced Persons
    in Africa", "Treaty on a Nuclear-Weapon-Free Zone in Central Asia")."""
    if j + 2 >= len(doc) or doc[j + 1].lower_ != "in" or j + 2 not in regions:
        return False
    return any(t.lower_ in TREATY_HEADS for t in doc[start:j])


_FOUNDING = frozenset({"established", "founded", "created", "formed"})
_AUXILIARIES = frozenset({"was", "is", "were", "has", "have", "had", "been", "being", "later"})


def founded_name(span: Span, taken: set[tuple[int, int]]) -> bool:
    """Whether a capitalised name is the subject of its founding ("The Colombo Plan was
    established in 1950", "… was set up in 1961"): what is founded is a body, whatever its head
    word — not a run holding a known name ("After the CIS was founded")."""
    doc = span.doc
    if span[0].pos_ not in {"PROPN", "NOUN", "ADJ"}:
        return False
    if any(a < span.end_char and span.start_char < b for a, b in taken):
        return False
    k = span.end
    while k < len(doc) and doc[k].lower_ in _AUXILIARIES:
        k += 1
    if k == span.end or k >= len(doc):
        return False
    word = doc[k].lower_
    return word in _FOUNDING or (word == "set" and k + 1 < len(doc) and doc[k + 1].lower_ == "up")


def party_tokens(doc: Doc, known: list[Entity]) -> set[int]:
    """Tokens of the known states and bodies (an instrument's parties)."""
    parties = entity_spans(doc, known, frozenset({"state", "body"}))
    return {i for span in parties for i in range(span.start, span.end)}


def state_tokens(doc: Doc, known: list[Entity]) -> frozenset[int]:
    """Tokens of the known states."""
    spans = entity_spans(doc, known, frozenset({"state"}))
    return frozenset(i for span in spans for i in range(span.start, span.end))


def listed_states(doc: Doc, known: list[Entity]) -> set[int]:
    """First tokens of the known states that open a list after "of" ("the Customs Union of
    Russia, Belarus and Kazakhstan"): a name stops before them, a state inside a name ("the
    Peoples of Our America") does not stop it."""
    found: set[int] = set()
    for entity in known:
        if entity.type != "state":
            continue
        span = doc.char_span(entity.char_start, entity.char_end, alignment_mode="expand")
        if span is None or span.start < 1 or span.end >= len(doc):
            continue
        before = doc[span.start - 1].lower_
        if before == "the" and span.start >= 2:
            before = doc[span.start - 2].lower_
        if before == "of" and doc[span.end].lower_ in {",", "and"}:
            found.add(span.start)
    return found
