"""Treaties named by an acronym: "the ANZUS treaty", "the ESA Convention" — the acronym of a
body (or of the treaty itself) before a treaty word names an instrument of its own, not the one
the text named last."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from blocgraph.extract.relations._openworld_headlines import after_headline_act
from blocgraph.extract.relations._openworld_persons import capitalised
from blocgraph.extract.relations._openworld_titles import TREATY_HEADS
from blocgraph.extract.relations._org_heads import ORG_HEADS
from blocgraph.extract.relations._reader import Entity
from blocgraph.extract.relations._slug import slug

_TITLE_GLUE = frozenset({"of", "for", "the", "and", "on", "to", "in", "&", "-"})


def bracketed_titles(doc: Doc, found: Sequence[Entity]) -> list[Entity]:
    """Treaty titles with their abbreviation inside ("the Trans Frontier Conservation Area (TFCA)
    Treaty", "the African Continental Free Trade Area (AfCFTA) Agreement"): one treaty from the
    title's first capitalised word to its treaty word, taking the place of what was minted over
    it (the title's words as a body, "AfCFTA) Agreement")."""
    text = doc.text  # built anew by spaCy on every access
    titles: list[Entity] = []
    for i in range(1, len(doc) - 3):
        acronym, close, head = doc[i + 1], doc[i + 2], doc[i + 3]
        if doc[i].text != "(" or close.text != ")" or head.lower_ not in TREATY_HEADS:
            continue
        letters = acronym.text.replace("-", "")
        if not (
            2 <= len(letters) <= 8 and letters.isalpha() and sum(c.isupper() for c in letters) >= 2
        ):
            continue
        j = i - 1
        while j >= 0 and (
            capitalised(doc[j].text)
            or (doc[j].lower_ in _TITLE_GLUE and j > 0 and capitalised(doc[j - 1].text))
        ):
            j -= 1
        start = after_headline_act(doc, j + 1, i)  # "Kenya Ratifies | African … (AfCFTA) …"
        while start < i and doc[start].lower_ in _TITLE_GLUE:
            start += 1
        if start >= i:
            continue
        begin, end = doc[start].idx, head.idx + len(head.text)
        titles.append(Entity(begin, end, "treaty", slug(text[begin:end])))
    if not titles:
        return list(found)
    kept = [
        e
        for e in found
        if not any(t.char_start < e.char_end and e.char_start < t.char_end for t in titles)
    ]
    return titles + kept


def acronym_treaties(doc: Doc, found: Sequence[Entity], known: Sequence[Entity]) -> list[Entity]:
    """ "ANZUS treaty", "INF treaty": an acronym in capitals right before a treaty word, when no
    minted treaty covers them already.

    The capitalised run gives "ESA Convention" itself; this adds the lower-case heads a run
    stops before."""
    treaties = [(e.char_start, e.char_end) for e in found if e.type == "treaty"]
    text = doc.text  # built anew by spaCy on every access
    longer = [  # "the COLLECTIVE SECURITY TREATY ORGANIZATION": inside a name, no acronym
        (e.char_start, e.char_end)
        for e in [*found, *known]
        if " " in text[e.char_start : e.char_end]
    ]
    minted: list[Entity] = []
    for token in doc[:-1]:
        head = doc[token.i + 1]
        word = token.text
        if not (2 <= len(word) <= 8 and word.isupper() and word.replace("-", "").isalpha()):
            continue
        if head.lower_ not in TREATY_HEADS or head.lower_ in {"declaration", "statute"}:
            continue
        if head.text.isupper():  # a heading in capitals, not an acronym before a treaty word
            continue
        start, end = token.idx, head.idx + len(head.text)
        if any(a < end and start < b for a, b in treaties + longer):
            continue
        minted.append(Entity(start, end, "treaty", slug(text[start:end])))
    return minted


_CONTINUING = frozenset(
    {"on", "of", "for", "dealing", "concerning", "regarding", "relating", "о", "об", "по"}
)
"""Lower-case words that carry a title on past its capitalised words: "the Optional Protocol on
the sale of children", "the Memorandum of Understanding on the gas pipeline"."""


def described_past_titles(
    titles: Sequence[Entity], described: Sequence[Entity], text: str
) -> list[Entity]:
    """The title-case treaty names, each run on to the end of the parse's description of the
    same instrument when that starts with it (or with lower-case modifiers before it) and runs on
    past it in lower case ("Optional Protocol" → "Optional Protocol dealing with the sale of
    children …"): the fullest name the text gives."""
    out: list[Entity] = []
    for title in titles:
        longer = [
            d
            for d in described
            if title.type == "treaty"
            and d.char_start <= title.char_start
            and _modifiers(text[d.char_start : title.char_start])
            and d.char_end > title.char_end
            and _continues(text[title.char_end : d.char_end])
        ]
        if not longer:
            out.append(title)
            continue
        end = max(d.char_end for d in longer)  # "a quadrilateral Memorandum …": from the title on
        out.append(Entity(title.char_start, end, "treaty", slug(text[title.char_start : end])))
    return out


def _modifiers(before: str) -> bool:
    """Whether the words a description has before a title are lower-case modifiers ("a
    quadrilateral Memorandum of Understanding for …"), or none."""
    return all(word[:1].islower() for word in before.split())


def _continues(rest: str) -> bool:
    """Whether the words after a title go on from a word that continues titles, without a
    bracket ("… of the Council of Europe (CETS No. 185)": a reference, not the name)."""
    words = rest.replace(",", " , ").split()
    return bool(words) and words[0] in _CONTINUING and rest[:1] == " " and "(" not in rest


_FOUNDING_TITLE = re.compile(
    r"(?:Charter|Statute|Constitution|Constitutive Act|Agreement|Treaty|Convention|Protocol)"
    r"(?: for the Establishment of| on the Establishment of| of| Establishing| establishing)"
    r" the ",
)
"""The words of a founding instrument's title before the body it founds or governs ("the Charter
of the Council of …", "the Agreement Establishing the … Bank")."""


def bodies_in_titles(found: Sequence[Entity], known: Sequence[Entity], text: str) -> list[Entity]:
    """The bodies minted treaty titles found or govern, named at their end ("the Charter of the
    Council of Arab and African Coastal States of the Red Sea" holds the Council): bodies too, so
    that "members of the new alliance" has them to refer to. Only a name of two words or more
    whose first or last word heads an organisation's name ("Council of …", "… Bank"), and not
    one a known mention already gives."""
    covered = {(e.char_start, e.char_end) for e in [*found, *known]}
    bodies: list[Entity] = []
    for treaty in found:
        if treaty.type != "treaty":
            continue
        title = text[treaty.char_start : treaty.char_end]
        opening = _FOUNDING_TITLE.match(title)
        if opening is None:
            continue
        name = title[opening.end() :]
        words = name.split()
        heads = {words[0].lower(), words[-1].lower()} if words else set()
        if len(words) < 2 or not words[0][:1].isupper() or not heads & ORG_HEADS:
            continue
        start = treaty.char_start + opening.end()
        if (start, treaty.char_end) not in covered:
            bodies.append(Entity(start, treaty.char_end, "body", slug(name)))
    return bodies


def body_in_treaty(a: Entity, b: Entity, text: str) -> bool:
    """Whether one of two minted entities is a body's acronym opening or closing the other, a
    treaty ("the ESA Convention", "the ANZUS Treaty", "the Rome Statute of the ICC"), or the body
    a treaty is on, closing its name: both stay, as a known body inside a minted name does."""
    inner, outer = (a, b) if a.char_end - a.char_start < b.char_end - b.char_start else (b, a)
    acronym = text[inner.char_start : inner.char_end]
    opening = inner.char_start == outer.char_start and inner.char_end < outer.char_end
    closing = inner.char_end == outer.char_end and text[: inner.char_start].endswith(" of the ")
    if inner.type != "body" or outer.type != "treaty":
        return False
    before = text[outer.char_start : inner.char_start].lower()
    if inner.char_end == outer.char_end and before.endswith(_ON):
        return True  # "договор о Южноафриканском таможенном союзе": what the treaty is on
    if inner.char_end == outer.char_end and _FOUNDING_TITLE.fullmatch(
        text[outer.char_start : inner.char_start]
    ):
        return True  # "the Charter of the Council of …": the body it founds or governs
    return (opening or closing) and acronym.isupper() and " " not in acronym


_ON = (" о ", " об ", " on the ", " on ")
