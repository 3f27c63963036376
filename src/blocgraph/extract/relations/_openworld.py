"""Open world: organisations, treaties and persons the catalogue does not know, minted as
``new:`` entities of the document instead of being dropped.

English names are found by shape: a run of capitalised words (with "of", "the", "for", "and"
inside) that holds an organisation head word ("Assembly", "Bank", "Union" …) is a body, one that
holds a treaty word ("Treaty", "Pact" …) a treaty; persons are minted by ``_openworld_persons``,
described instruments by ``_treaty_names``. Russian organisation names are read from the parse
(``_openworld_ru``), and named entities where the syntax model gives them. Runs that are exactly
a catalogue name are left to the linker.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from blocgraph.extract.relations._openworld_abbreviations import (
    PARENTHESISED,
    abbreviated,
    abbreviated_as_known,
    defined_as,
)
from blocgraph.extract.relations._openworld_acronyms import acronyms_held
from blocgraph.extract.relations._openworld_headlines import (
    after_headline_act,
    before_headline_party,
)
from blocgraph.extract.relations._openworld_party_titles import party_titles
from blocgraph.extract.relations._openworld_persons import capitalised, persons
from blocgraph.extract.relations._openworld_quoted import named_blocs, quoted_groupings
from blocgraph.extract.relations._openworld_ru import russian_acronyms, russian_names
from blocgraph.extract.relations._openworld_titles import (
    TREATY_HEADS,
    ends_in_treaty,
    entity_spans,
    founded_name,
    listed_states,
    listed_words,
    party_tokens,
    region_in_title,
    region_starts,
    state_tokens,
    titled,
    titled_on,
)
from blocgraph.extract.relations._openworld_treaties import (
    acronym_treaties,
    bodies_in_titles,
    body_in_treaty,
    bracketed_titles,
    described_past_titles,
)
from blocgraph.extract.relations._org_heads import ORG_HEADS, news_agency
from blocgraph.extract.relations._reader import Entity
from blocgraph.extract.relations._readers_partnership import declared_partnership
from blocgraph.extract.relations._slug import slug
from blocgraph.extract.relations._treaty_names import date_word, treaty_names

_STATUTE = re.compile(r"\b(?:Act|Bill|Law)(?:\s+(?:of\s+)?\d{4})?$")
"""A domestic statute's name ("the Antarctic Treaty Act 1967", "the Treaty of Lisbon Bill"):
a law of one state, not a treaty nor a body."""
_CONNECTORS = frozenset({"of", "the", "for", "and"})
_ON_HEADS = frozenset(
    {"authority", "conference", "commission", "council", "organization", "organisation"}
    | {"committee", "agency", "court", "forum", "group", "assembly", "bank", "centre", "center"}
)
"""Heads of a body's name that run on through "on" ("Intergovernmental Authority on
Development"); not "Strategic Partnership on Defence", an instrument."""
_LEADING = frozenset(
    {"the", "several", "many", "some", "all", "most", "other", "both", "each", "few"}
    | {"various", "numerous", "these", "those", "its", "their", "our", "fellow", "this", "that"}
    | {"ordinary", "extraordinary", "annual"}  # "the 37th Ordinary SADC Summit": a meeting's
)
"""Words that open a sentence, capitalised, before a name ("Several Caribbean Community …")."""
_OPENING = frozenset(
    {"through", "under", "with", "by", "in", "on", "at", "for", "from", "to", "within", "via"}
    | {"after", "before", "since", "during", "without", "against", "as", "upon", "into", "despite"}
    | {"and", "but", "or", "if", "while", "although", "because", "when", "once", "unlike"}
    | {"today", "yesterday", "tomorrow", "now", "meanwhile", "earlier", "later", "recently"}
)
"""Prepositions, conjunctions and adverbs of time that open a sentence before a name ("Through
the Treaty, …", "Under the Charter …", "Today the African Development Bank …"): no name begins
with one."""
_EVENTS = frozenset({"meeting", "meetings", "summit", "session", "talks", "games", "festival"})
_ROLES = frozenset({"partner", "partners", "member", "members", "observer", "observers", "status"})
"""Last words of a capitalised role title ("Dialogue Partner" status), not of a body's name."""
_OFFICES = frozenset(
    {"secretary", "president", "minister", "chairman", "chairwoman", "ambassador", "envoy"}
)


def _the_capitalised(doc: Doc, i: int) -> bool:
    """Whether "the" and a capitalised word start at ``i`` ("Treaty on the Non-Proliferation …",
    not "the Agreement on the training of diplomatic staff", a lower-case title)."""
    return doc[i].lower_ == "the" and i + 1 < len(doc) and capitalised(doc[i + 1].text)


def _bounds_known(doc: Doc, j: int, edges: set[int]) -> bool:
    """Whether a known entity ends at token ``j`` or starts two tokens on (across an "and")."""
    return doc[j].idx + len(doc[j].text) in edges or doc[j + 2].idx in edges


def _untitled(span: Span) -> Span:
    """A capitalised run cut before an office and the name after it ("Commonwealth
    Secretary-General Don McKinnon" → "Commonwealth")."""
    for token in span[1:]:
        if token.lower_ in _OFFICES and token.i + 1 < span.end:
            return span.doc[span.start : token.i]
    return span


def _hyphened(doc: Doc, j: int) -> bool:
    """Whether token ``j`` is followed by a hyphen and a word written solid with it, as a name's
    word ("Co-operation", "Euro-Atlantic", "Nauru–Australia Treaty": a hyphen or an en dash),
    not a participle ("Moscow-led", "US-backed")."""
    joined = doc[j + 1].text in {"-", "–"} if j + 1 < len(doc) else False
    if j + 2 >= len(doc) or not joined or doc[j].whitespace_ or doc[j + 1].whitespace_:
        return False
    after = doc[j + 2]
    return after.is_alpha and (after.text[0].isupper() or not after.lower_.endswith(("ed", "ing")))


def mint(
    doc: Doc,
    known: list[Entity],
    aliases: dict[str, str] | None = None,
    named_treaty: str | None = None,
) -> list[Entity]:
    """The open-world entities of a parsed chunk (chunk character offsets); ``aliases``: the
    document's abbreviations of open-world bodies (``_aliases.document_names``)."""
    text = doc.text  # built anew by spaCy on every access
    taken = {(e.char_start, e.char_end) for e in known}
    aliases = {} if aliases is None else aliases
    found: list[Entity] = party_titles(doc, known)  # first: the whole title wins
    known_at = {(e.char_start, e.char_end): e.id for e in known if e.type == "body"}
    for entity, abbreviation in russian_names(doc, known):
        found.append(entity)
        if abbreviation is not None:  # "Союза южноамериканских наций (УНАСУР)"
            # "Африканский союз (АС)": the abbreviation of a known body is that body
            at = (entity.char_start, entity.char_end)
            aliases.setdefault(abbreviation, known_at.get(at, entity.id))
    for entity in known:  # "Африканский союз (АС)": the abbreviation of a known body
        after = PARENTHESISED.match(text, entity.char_end)
        if entity.type == "body" and after is not None and not _owned_name(doc, entity):
            aliases[after.group(1)] = entity.id
    found += abbreviated(doc, taken, aliases)
    found += quoted_groupings(doc, taken)  # "платформа «3+3»"
    found += named_blocs(doc, taken)  # "блока Антанты"
    minted = {(e.char_start, e.char_end) for e in found}
    found += [  # after the names and the document's abbreviations, which carry a fuller id
        e for e in russian_acronyms(doc, known) if (e.char_start, e.char_end) not in minted
    ]
    known_starts = listed_states(doc, known)
    state_starts = {span.start for span in entity_spans(doc, known, frozenset({"state"}))}
    known_edges = {e.char_start for e in known} | {e.char_end for e in known}
    regions = region_starts(doc, known)
    i = 0
    while i < len(doc):
        if not capitalised(doc[i].text):
            i += 1
            continue
        j = i
        while (
            j + 1 < len(doc)
            and j + 1 not in known_starts
            and (
                (capitalised(doc[j + 1].text) and not _present_verb(doc[j + 1]))
                or _hyphened(doc, j)  # "Co-operation", "Asia-Pacific"
                or (
                    doc[j + 1].lower_ in _CONNECTORS
                    and j + 2 < len(doc)
                    and capitalised(doc[j + 2].text)
                    and j + 2 not in known_starts  # "the Customs Union of Russia, Belarus …"
                    # "European Union and International Organisation …": a list, not one name
                    and not (doc[j + 1].lower_ == "and" and _bounds_known(doc, j, known_edges))
                )
                or (  # "Intergovernmental Authority on Development", not "Union on Friday"
                    doc[j + 1].lower_ == "on"
                    and doc[j].lower_ in _ON_HEADS
                    and j + 2 < len(doc)
                    and capitalised(doc[j + 2].text)
                    and not date_word(doc[j + 2])
                    and j + 2 not in known_starts
                    and doc[j + 2].idx not in known_edges
                )
                or (  # "Convention Relating to the Status of Refugees"
                    doc[j + 1].lower_ == "to"
                    and doc[j].lower_.endswith("ing")
                    and j + 3 < len(doc)
                    and doc[j + 2].lower_ == "the"
                    and capitalised(doc[j + 3].text)
                )
                or (  # "Treaty on Open Skies", "Treaty on Comprehensive Strategic Partnership"
                    doc[j + 1].lower_ == "on"
                    and doc[j].lower_ in TREATY_HEADS
                    and j + 2 < len(doc)
                    and (capitalised(doc[j + 2].text) or _the_capitalised(doc, j + 2))
                    and j + 2 not in known_starts
                    and j + 2 not in state_starts  # "Hiroshima Accord on Japan visit"
                    and not date_word(doc[j + 2])  # "the Treaty on Monday"
                )
                or region_in_title(doc, i, j, regions)  # "… Displaced Persons in Africa"
                or titled_on(doc, i, j, known_starts | state_starts)  # "… of States on the Moon"
                or (  # "Convention on Cooperation in Combating International Terrorism"
                    doc[j + 1].lower_ == "in"
                    and titled(doc[i : j + 1])
                    and j + 3 < len(doc)
                    and capitalised(doc[j + 2].text)
                    and j + 2 not in known_starts
                    # what the title is on ("Combating …", "Border Regions"), not a place
                    and (doc[j + 2].lower_.endswith("ing") or capitalised(doc[j + 3].text))
                )
                or (  # "Treaty on Friendship, Cooperation, and Partnership": a title's list
                    doc[j + 1].text == ","
                    and (titled(doc[i : j + 1]) or ends_in_treaty(doc, j + 1, known_starts))
                    and listed_words(doc, j + 1, known_starts)
                )
                or (  # "Alliance for the Peoples of Our America", not "Members of the Organization"
                    doc[j + 1].lower_ in {"of", "for"}
                    and j + 3 < len(doc)
                    and doc[j + 2].lower_ == "the"
                    and capitalised(doc[j + 3].text)
                    # "Convention on the Rights of the Child": a treaty's title runs on too,
                    # and so does "African Union Convention for the Protection of …"
                    and (
                        doc[j].lower_ in ORG_HEADS
                        or doc[i].lower_ in TREATY_HEADS
                        or (doc[j].lower_ in TREATY_HEADS and doc[j + 1].lower_ == "for")
                        # "Rome Statute of the International Criminal Court": a named
                        # treaty of a body (a body's own "Statute of …" opens with the head)
                        or (doc[j].lower_ in TREATY_HEADS and j > i)
                    )
                )
            )
        ):
            j += 2 if _hyphened(doc, j) else 1
        start = i
        while start < j and (
            doc[start].lower_ in _LEADING
            or (doc[start].lower_ in _OPENING and doc[start].is_sent_start)
            or _headline_verb(doc[start])
            or _topic_verb(doc, start)
        ):
            start += 1  # "Several Caribbean Community member-states": not the name's words
        start = after_headline_act(doc, start, j)
        while start < j and doc[start].lower_ in _LEADING:
            start += 1  # "India Joins the Wassenaar Arrangement": not the article after the verb
        j = before_headline_party(doc, start, j, state_starts)
        span = _owner(_untitled(_unshouted(doc[start : j + 1])))
        heads = {t.lower_ for t in span} | {t.lower_[:-1] for t in span if t.lower_.endswith("s")}
        statute = _STATUTE.search(span.text) is not None  # "the Antarctic Treaty Act 1967"
        statute |= span[0].lower_ == "statute"  # a body's own: "the Statute of the Council of …"
        if len(span) >= 2 and (span.start_char, span.end_char) not in taken and not statute:
            opens = span[0].lower_ in TREATY_HEADS  # "Agreement Establishing the … Forum"
            if heads & TREATY_HEADS and (span[-1].lower_ not in ORG_HEADS or titled(span) or opens):
                found.append(Entity(span.start_char, span.end_char, "treaty", slug(span.text)))
            elif (
                (heads & ORG_HEADS or span.text in aliases or founded_name(span, taken))
                and span[-1].lower_ != "secretariat"  # an organ that speaks for "the X"
                and not declared_partnership(span)
                and span[-1].lower_ not in _CONNECTORS
                and span[-1].lower_ not in _EVENTS | _ROLES
                and not news_agency([t.text for t in span])
            ):  # "the Commonwealth Heads of Government Meeting" is a meeting, not a body
                body = (
                    defined_as(doc, span.end_char, known)
                    or aliases.get(span.text)
                    or slug(span.text)
                )
                found.append(Entity(span.start_char, span.end_char, "body", body))
                aliases.setdefault(span.text, body)  # named again without its definition
        i = j + 1
    found += persons(doc, taken)
    described = [  # "a mutual defence pact", "договор о стратегическом партнерстве"
        Entity(start, end, "treaty", id_)
        for start, end, id_ in treaty_names(
            doc, party_tokens(doc, known), named_treaty, state_tokens(doc, known)
        )
        if (start, end) not in taken
    ]
    found = described_past_titles(found, described, text) + described
    found += acronyms_held(doc, taken | {(e.char_start, e.char_end) for e in found})
    found += acronym_treaties(doc, found, known)
    found = bracketed_titles(doc, found)
    found += bodies_in_titles(found, known, text)
    if doc.ents:
        for ent in doc.ents:
            kind = {"ORG": "body", "PER": "person"}.get(ent.label_)
            if kind and (ent.start_char, ent.end_char) not in taken:
                found.append(Entity(ent.start_char, ent.end_char, kind, slug(ent.text)))
    found = [e for e in found if "\n" not in text[e.char_start : e.char_end]]
    found = [abbreviated_as_known(text, e, known) for e in found]
    return _without_overlaps(found, known, text)  # a name never runs over a line break


def _headline_verb(token: Token) -> bool:
    """A finite or bare verb a headline capitalises before a name ("U.S. to Quit Arms Trade
    Treaty", "Russia Signs Pact"), not a participle that names ("United", "Developing")."""
    return token.pos_ == "VERB" and token.tag_ in {"VB", "VBP", "VBZ", "VBD"}


def _present_verb(token: Token) -> bool:
    """A present verb a headline capitalises after a name ("… Shanghai Organization Is
    Achievement for …", "NATO Invites …"): the name ends before it."""
    return token.pos_ == "AUX" or token.tag_ in {"VBZ", "VBP"}


def _topic_verb(doc: Doc, i: int) -> bool:
    """A gerund a title capitalises after "on" ("Joint Statement on Deepening the …
    Partnership"): what the instrument is on, not a name's first word ("Developing Eight")."""
    return doc[i].tag_ == "VBG" and i > 0 and doc[i - 1].lower_ in {"on", "about"}


def _owner(span: Span) -> Span:
    """The body whose event or role a name begins with: "Senior Officials Meeting of Central Asia
    Regional Economic Cooperation" → "Central Asia Regional Economic Cooperation"."""
    for k in range(1, len(span) - 1):
        if span[k].lower_ in {"of", "for"} and span[k - 1].lower_ in _EVENTS | _ROLES:
            rest = span[k + 1 :]
            while len(rest) > 1 and rest[0].lower_ == "the":
                rest = rest[1:]
            if {t.lower_ for t in rest} & ORG_HEADS:
                return rest
    return span


_OWNING = re.compile(
    r"(?:" + "|".join(sorted(ORG_HEADS)) + r"|организаци|программ|комисси|фонд|агентств|совет)"
    r"[а-яё]*(?:\s+of(?:\s+the)?)?\s*$",
    re.IGNORECASE,
)


def _owned_name(doc: Doc, entity: Entity) -> bool:
    """Whether a known body ends a longer name ("Всемирной туристской организации ООН (UNWTO)",
    "World Tourism Organization of the UN"): the abbreviation after it is the longer name's."""
    return _OWNING.search(doc.text[max(0, entity.char_start - 40) : entity.char_start]) is not None


def _unshouted(span: Span) -> Span:
    """A name up to a word in capitals after title-case ones: "Parliament CHANGED nothing" (a
    reference book's emphasis) is no name "Parliament CHANGED"."""
    if not len(span) or span[0].text.isupper():
        return span
    for k, token in enumerate(span):
        if k and len(token.text) >= 4 and token.text.isupper() and token.text.isalpha():
            return span[:k]
    return span


def _without_overlaps(found: list[Entity], known: list[Entity], text: str) -> list[Entity]:
    """Minted entities that do not overlap a known person or each other (first wins); a known
    body or state inside a longer minted name stays known as well."""
    kept: list[Entity] = []
    for entity in found:
        clash = any(
            other.char_start < entity.char_end
            and entity.char_start < other.char_end
            and not body_in_treaty(other, entity, text)
            for other in kept + [k for k in known if k.type == "person"]
        )
        exact = any(
            k.char_start == entity.char_start and k.char_end == entity.char_end for k in known
        )
        if not clash and not exact:
            kept.append(entity)
    return kept
