"""Entity linking: spans of a spaCy ``Doc`` to states, bodies, regions, civilizations, groups,
persons and initiatives.

Two ``PhraseMatcher``s (case-sensitive on ``ORTH``, case-insensitive on ``LOWER``) find every
gazetteer form at token boundaries. Context then decides what a candidate is:

- names link directly, except ambiguous words (``data/gazetteer/ambiguous.csv``): "Jordan"/"Chad"
  next to another capitalised name are a person's name; "Georgia" in a paragraph about the US
  state is not the country; "Xi" needs a title before it;
- a state demonym links only before a word of government, office or territory ("Russian Foreign
  Minister", "Chinese President", "Iranian territory");
- a region adjective links only before a region noun ("the Eurasian continent", "Central Asian
  states");
- a civilization adjective links before "civilization" or, in a sentence about civilizations, as a
  bare item of a list that also names states ("China, Iran, Arab, and Indian");
- the longest candidate wins and mentions never overlap; blocked phrases ("Indian Ocean") win
  like names but yield nothing.

Persons not in the gazetteer are recognised after an office ("Kazakh Foreign Minister Murat
Nurtleu") and their surname is linked later in the same document.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from blocgraph.extract._gazetteer import Entry, Gazetteer

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
_US_STATE_CONTEXT = re.compile(
    r"\b(Atlanta|Savannah|Alabama|Florida|Tennessee|Carolina|Peach State|U\.?S\.? state|"
    r"state of Georgia|Georgia Senate|Georgia House|Georgia governor|Georgia's governor)\b"
)
_LIST_SEPARATORS = frozenset(
    {
        ",",
        "and",
        "&",
        "or",
        "и",
        "—",
        "–",
        "-",
        ";",
        ":",
        "(",
        ")",
        "...",
        "…",
        "’",
        "'",
        "”",
        "“",
        "‘",
        '"',
    }
)
_QUOTE_MARKS = frozenset("“”\"‘’'«»„")


@dataclass(slots=True)
class Linked:
    """A linked span in token space of one chunk's ``Doc`` (``start``/``end`` token indices,
    ``char_start``/``char_end`` offsets into the chunk)."""

    start: int
    end: int
    type: str
    id: str
    char_start: int
    char_end: int
    first_person: bool = False


@dataclass(slots=True)
class DocumentContext:
    """What the linker remembers across the chunks of one document."""

    surnames: dict[str, str] = field(default_factory=dict)
    offices: dict[str, str] = field(default_factory=dict)
    person_states: dict[str, str] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)
    defined: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Abbreviations the document defines ("the European Community (EC)"): text → (type, id)."""
    """Ids named so far (an ``after_name`` abbreviation links only to one of them)."""
    last_person: str | None = None
    last_speaker: str | None = None
    transcript_speaker: str | None = None


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    entries: tuple[Entry, ...]
    resolved: Entry | None = None
    pending_civ: Entry | None = None


def slugify(name: str) -> str:
    """Lower-case ASCII slug of a name: ``"Recep Tayyip Erdoğan"`` → ``"recep-tayyip-erdogan"``.

    >>> slugify("Murat Nurtleu")
    'murat-nurtleu'
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def _heads_at(doc: Doc, index: int, heads: tuple[tuple[str, ...], ...]) -> bool:
    for head in heads:
        if index + len(head) <= len(doc) and all(
            doc[index + k].lower_ == word for k, word in enumerate(head)
        ):
            return True
    return False


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


def _state_head_follows(doc: Doc, end: int, russian: bool) -> bool:
    if end >= len(doc):
        return False
    if russian:
        return doc[end].lower_.startswith(_RU_STATE_HEADS)
    index = end
    for _ in range(2):
        if index < len(doc) and doc[index].lower_ in _HEAD_MODIFIERS:
            index += 1
    return _heads_at(doc, index, STATE_HEADS)


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


# an abbreviation a text defines: two to six capitals, not a word ("(EC)", "(EEC)")
_DEFINED = re.compile(r"[A-Z]{2,6}")


class Linker:
    """Finds and resolves mentions in a ``Doc`` made by ``nlp``.

    Parameters:
        nlp: the blank pipeline whose tokenizer made (and will make) the docs.
        gazetteer: the surface forms to look for.
    """

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._sensitive = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._insensitive = PhraseMatcher(nlp.vocab, attr="LOWER")
        for table, matcher in (
            (gazetteer.sensitive, self._sensitive),
            (gazetteer.insensitive, self._insensitive),
        ):
            forms = list(table)
            for form in forms:
                pattern = nlp.make_doc(form)
                matcher.add(form, [pattern])
        self._strings = nlp.vocab.strings

    def link(self, doc: Doc, paragraph: str, context: DocumentContext) -> list[Linked]:
        """All mentions of the doc, sorted, non-overlapping.

        Parameters:
            doc: one chunk, made by the pipeline.
            paragraph: the chunk's text (for document-level cues such as a US-state context).
            context: what earlier chunks of the document taught (unknown persons, offices).
        """
        candidates: list[_Candidate] = []
        for matcher, table in (
            (self._sensitive, self.gazetteer.sensitive),
            (self._insensitive, self.gazetteer.insensitive),
        ):
            for match_id, start, end in matcher(doc):
                entries = table.get(self._strings[match_id])
                if entries:
                    candidates.append(_Candidate(start, end, entries))
        us_context = bool(_US_STATE_CONTEXT.search(paragraph))
        for candidate in candidates:
            self._resolve(doc, candidate, us_context)
        candidates.sort(key=lambda c: (c.start - c.end, c.start))
        taken = [False] * len(doc)
        chosen: list[_Candidate] = []
        for candidate in candidates:
            if candidate.resolved is None:
                continue
            if any(taken[candidate.start : candidate.end]):
                continue
            for i in range(candidate.start, candidate.end):
                taken[i] = True
            chosen.append(candidate)
        linked = [
            self._make(doc, c.start, c.end, c.resolved)
            for c in chosen
            if c.resolved is not None and c.resolved.kind != "block"
        ]
        linked += self._list_civilizations(doc, candidates, linked, taken)
        linked += self._unknown_persons(doc, taken, linked, context)
        linked.sort(key=lambda m: m.start)
        linked = self._after_name(doc, linked, context)
        linked = self._defined(doc, linked, context)
        self._offices(doc, linked, context)
        return linked

    def _after_name(self, doc: Doc, linked: list[Linked], context: DocumentContext) -> list[Linked]:
        """Drop ``after_name`` abbreviations ("CST") whose entity the document has not named
        before in another form; remember what is named."""
        kept: list[Linked] = []
        for mention in linked:
            rules = self.gazetteer.rules.get(doc[mention.start : mention.end].text)
            if rules and "after_name" in rules and mention.id not in context.seen:
                continue
            kept.append(mention)
            context.seen.add(mention.id)
        return kept

    def _defined(self, doc: Doc, linked: list[Linked], context: DocumentContext) -> list[Linked]:
        """Abbreviations the document defines in brackets right after a body's full name ("the
        European Community (EC)") link to that body there and later in the document, even where
        the gazetteer leaves them out as ambiguous in general."""
        taken = {i for m in linked for i in range(m.start, m.end)}
        for mention in linked:
            k = mention.end
            if (
                mention.type == "body"
                and mention.end - mention.start > 1
                and k + 2 < len(doc)
                and doc[k].text == "("
                and doc[k + 2].text == ")"
                and _DEFINED.fullmatch(doc[k + 1].text)
                and k + 1 not in taken
            ):
                context.defined.setdefault(doc[k + 1].text, (mention.type, mention.id))
        if not context.defined:
            return linked
        added = [
            Linked(
                t.i,
                t.i + 1,
                *context.defined[t.text],
                t.idx,
                t.idx + len(t.text),
            )
            for t in doc
            if t.text in context.defined and t.i not in taken
        ]
        return sorted(linked + added, key=lambda m: m.start) if added else linked

    def _make(self, doc: Doc, start: int, end: int, entry: Entry) -> Linked:
        keep = entry.type in ARTICLE_TYPES
        if not keep and end - start > 1 and doc[start].lower_ == "the":
            start += 1
        return Linked(
            start,
            end,
            entry.type,
            entry.id,
            doc[start].idx,
            doc[end - 1].idx + len(doc[end - 1].text),
        )

    def _resolve(self, doc: Doc, candidate: _Candidate, us_context: bool) -> None:
        start, end = candidate.start, candidate.end
        text = doc[start:end].text
        russian = bool(re.search(r"[а-яё]", text.lower()))
        rules = self.gazetteer.rules.get(text, frozenset())
        by_kind: dict[str, Entry] = {}
        for entry in candidate.entries:
            by_kind.setdefault(entry.kind, entry)
        if "block" in by_kind:
            candidate.resolved = by_kind["block"]
            return
        if "name" in by_kind:
            if self._acceptable(doc, start, end, rules, us_context):
                candidate.resolved = by_kind["name"]
            return
        civ = by_kind.get("civ")
        if civ is not None and _civ_head_follows(doc, end, civ):
            candidate.resolved = civ
            return
        demonym = by_kind.get("demonym")
        if demonym is not None and self._compound(doc, start, end):
            candidate.resolved = demonym  # "Russian-Chinese (statement)": both states
            return
        if demonym is not None and _state_head_follows(doc, end, russian):
            if self._acceptable(doc, start, end, rules, us_context):
                candidate.resolved = demonym
            return
        region = by_kind.get("region_adj")
        if region is not None and _region_head_follows(doc, end, russian):
            candidate.resolved = region
            return
        candidate.pending_civ = civ

    def _is_demonym(self, token_text: str) -> bool:
        return any(e.kind == "demonym" for e in self.gazetteer.lookup(token_text))

    def _compound(self, doc: Doc, start: int, end: int) -> bool:
        """A demonym joined by a hyphen to another demonym ("Russian-Chinese") or to a
        participle of the state's action ("Russian-backed", "Turkish-brokered")."""
        if (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and (self._is_demonym(doc[end + 1].text) or doc[end + 1].lower_ in _STATE_PARTICIPLES)
        ):
            return True
        return start >= 2 and doc[start - 1].text == "-" and self._is_demonym(doc[start - 2].text)

    def _acceptable(
        self, doc: Doc, start: int, end: int, rules: frozenset[str], us_context: bool
    ) -> bool:
        if "not_us_state" in rules:
            before = doc[max(0, start - 2) : start].text.lower()
            if us_context or before.endswith("state of"):
                return False
        if "person_name" in rules:
            after = doc[end] if end < len(doc) else None
            if (
                after is not None
                and after.is_alpha
                and after.is_title
                and after.text not in _NAME_FUNCTION_WORDS
                and not self.gazetteer.lookup(after.text)
                and not _heads_at(doc, end, STATE_HEADS)
                and title_at(doc, end) is None
            ):
                return False
            before_token = doc[start - 1] if start > 0 else None
            if (
                before_token is not None
                and before_token.is_alpha
                and before_token.is_title
                and before_token.text not in _NAME_FUNCTION_WORDS
                and before_token.lower_ not in HONORIFICS
                and not self.gazetteer.lookup(before_token.text)
            ):
                return False
        if "needs_title" in rules:
            before_word = doc[start - 1].lower_ if start > 0 else ""
            if not (before_word in HONORIFICS or title_ending_at(doc, start) is not None):
                return False
        return True

    def _list_civilizations(
        self, doc: Doc, candidates: list[_Candidate], linked: list[Linked], taken: list[bool]
    ) -> list[Linked]:
        """Bare civilization adjectives in a list with states, in a sentence about
        civilizations: "civilizational states, China, Iran, Arab, and Indian"."""
        pending = sorted(
            (
                c
                for c in candidates
                if c.pending_civ is not None and not any(taken[c.start : c.end])
            ),
            key=lambda c: c.start,
        )
        if not pending:
            return []
        items: dict[int, tuple[int, str]] = {m.start: (m.end, m.type) for m in linked}
        for c in pending:
            items.setdefault(c.start, (c.end, "pending"))
        result: list[Linked] = []
        for c in pending:
            sentence = doc[c.start].sent
            if not any(_CIV_WORD.match(t.text) for t in sentence):
                continue
            if c.end < len(doc) and doc[c.end].is_alpha and doc[c.end].lower_ not in {"and", "or"}:
                continue  # an adjective before its noun ("Indian troops") is not a list item
            if not self._in_state_list(doc, c.start, c.end, items, sentence.start, sentence.end):
                continue
            entry = c.pending_civ
            assert entry is not None
            result.append(self._make(doc, c.start, c.end, entry))
            for i in range(c.start, c.end):
                taken[i] = True
        return result

    @staticmethod
    def _in_state_list(
        doc: Doc, start: int, end: int, items: dict[int, tuple[int, str]], lo: int, hi: int
    ) -> bool:
        """Whether the span sits in a separator-joined list holding a state or civilization."""
        ends = {e: (s, t) for s, (e, t) in items.items()}

        def walk(position: int, step: int) -> bool:
            index = position
            while lo <= index < hi:
                token = doc[index]
                if token.text.lower() in _LIST_SEPARATORS or token.lower_ in {"the", "as", "well"}:
                    index += step
                    continue
                if step > 0 and index in items:
                    item_end, kind = items[index]
                    if kind in {"state", "civilization"}:
                        return True
                    if kind != "pending":
                        return False
                    index = item_end
                    continue
                if step < 0 and index + 1 in ends:
                    item_start, kind = ends[index + 1]
                    if kind in {"state", "civilization"}:
                        return True
                    if kind != "pending":
                        return False
                    index = item_start - 1
                    continue
                return False
            return False

        return walk(start - 1, -1) or walk(end, 1)

    def _unknown_persons(
        self, doc: Doc, taken: list[bool], linked: list[Linked], context: DocumentContext
    ) -> list[Linked]:
        """Persons after an office ("Foreign Minister Murat Nurtleu", "President of Kyrgyzstan
        Sooronbay Jeenbekov", "Chairman of the Eurasian Economic Commission Board Mikhail
        Myasnikovich"), and surnames of persons found so in earlier chunks."""
        by_start = {m.start: m for m in linked}
        found: list[Linked] = []
        index = 0
        while index < len(doc):
            token = doc[index]
            if taken[index]:
                index += 1
                continue
            if token.text in context.surnames and (token.is_title or token.is_upper):
                found.append(
                    Linked(
                        index,
                        index + 1,
                        "person",
                        context.surnames[token.text],
                        token.idx,
                        token.idx + len(token.text),
                    )
                )
                taken[index] = True
                index += 1
                continue
            caps = self._caps_surname(doc, index, taken)
            if caps is not None:
                span = doc[index:caps]
                person = slugify(span.text)
                found.append(Linked(index, caps, "person", person, span.start_char, span.end_char))
                context.surnames.setdefault(doc[caps - 1].text, person)
                for i in range(index, caps):
                    taken[i] = True
                index = caps
                continue
            title = title_at(doc, index)
            if title is None and token.lower_ in HONORIFICS:
                title = (token.lower_,)
            if title is None:
                index += 1
                continue
            after_title = index + len(title)
            run_end, state = self._office_run(doc, after_title, by_start)
            name = self._first_name(doc, after_title, run_end, taken)
            if name is None:
                index = after_title
                continue
            name_start, name_end = name
            span = doc[name_start:name_end]
            person = slugify(span.text)
            found.append(
                Linked(name_start, name_end, "person", person, span.start_char, span.end_char)
            )
            context.surnames.setdefault(doc[name_end - 1].text, person)
            office = doc[index:after_title].text if title[0] not in HONORIFICS else ""
            if office:
                context.offices[person] = office
            if state is not None:
                context.person_states[person] = state
            for i in range(name_start, name_end):
                taken[i] = True
            index = name_end
        return found

    def _caps_surname(self, doc: Doc, index: int, taken: list[bool]) -> int | None:
        """End of a name written with its surname in capitals, as the World Factbook does
        ("Eduard SHEVARDNADZE", "Kassym-Jomart TOKAYEV"): a capitalised given name, then a
        surname of five or more capital letters that names nothing in the gazetteer."""
        token = doc[index]
        if not (token.is_title and token.is_alpha) or token.text in _NAME_FUNCTION_WORDS:
            return None
        end = index + 1
        while (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and doc[end + 1].is_title
        ):
            end += 2  # "Kassym-Jomart"
        if end >= len(doc) or taken[end] or any(taken[index:end]):
            return None
        surname = doc[end].text
        if not (len(surname) >= 5 and surname.isalpha() and surname.isupper()):
            return None
        if (
            token.text in _ORG_WORDS
            or self.gazetteer.lookup(surname)
            or self.gazetteer.lookup(token.text)
        ):
            return None
        if title_at(doc, index) is not None or token.lower_ in HONORIFICS:
            return None
        return end + 1

    @staticmethod
    def _office_run(doc: Doc, start: int, by_start: dict[int, Linked]) -> tuple[int, str | None]:
        """End of the capitalised words after an office ("of the Russian Federation Alexander
        Pankin") and the state named in it, if any."""
        j = start
        state: str | None = None
        if j < len(doc) and doc[j].lower_ == "of":
            j += 1
        while j < len(doc) and j - start < 14:
            mention = by_start.get(j)
            if mention is not None:
                if mention.type == "person":
                    break
                if mention.type == "state" and state is None:
                    state = mention.id
                j = mention.end
                continue
            token = doc[j]
            if token.text == "(":
                close = next(
                    (k for k in range(j, min(j + 8, len(doc))) if doc[k].text == ")"), None
                )
                if close is None:
                    break
                j = close + 1
                continue
            if (
                token.lower_ in {"the", "of", "and", "for", "on", "-"}
                or (token.is_alpha and (token.is_title or token.is_upper))
                or _NAME_PART.fullmatch(token.text)
            ):
                j += 1
                continue
            break
        return j, state

    @staticmethod
    def _first_name(doc: Doc, lo: int, hi: int, taken: list[bool]) -> tuple[int, int] | None:
        """The first run of two or three name-like words in ``[lo, hi)`` that are not words of an
        organisation's name ("… Commission Board Mikhail Myasnikovich" → "Mikhail
        Myasnikovich")."""

        def part(k: int) -> int | None:
            """End of a name part starting at ``k`` ("Kassym-Jomart" is one part)."""
            if k >= hi or taken[k] or not _NAME_PART.fullmatch(doc[k].text):
                return None
            if doc[k].text in _ORG_WORDS or doc[k].text in _NAME_FUNCTION_WORDS:
                return None
            if doc[k].lower_ in HONORIFICS:
                return None  # "Secretary Mr Lebedev": the honorific is not part of the name
            end = k + 1
            while (
                end + 1 < hi
                and doc[end].text == "-"
                and not doc[end].whitespace_
                and _NAME_PART.fullmatch(doc[end + 1].text)
                and not taken[end + 1]
            ):
                end += 2
            return end

        k = lo
        while k < hi:
            first = part(k)
            if first is None:
                k += 1
                continue
            ends = [first]
            while len(ends) < 3:
                nxt = part(ends[-1])
                if nxt is None:
                    break
                ends.append(nxt)
            if len(ends) >= 2:
                return k, ends[-1]
            k = first
        return None

    def _offices(self, doc: Doc, linked: list[Linked], context: DocumentContext) -> None:
        """Remember each person's office and state as the text gives them ("Russian Foreign
        Minister Sergey Lavrov", "President of Belarus Alexander Lukashenko")."""
        by_end = {m.end: m for m in linked}
        for mention in linked:
            if mention.type != "person":
                continue
            position = mention.start
            state: Linked | None = None
            previous = by_end.get(position)
            if (
                previous is not None
                and previous.type == "state"
                and previous.start >= 2
                and (doc[previous.start - 1].lower_ == "of")
            ):
                state = previous  # "President of Belarus Alexander Lukashenko"
                position = previous.start - 1
            words: list[str] = []
            while True:
                title = title_ending_at(doc, position)
                if title is None:
                    break
                position -= len(title)
                words[:0] = [doc[position + k].text for k in range(len(title))]
            if not words:
                continue
            context.offices[mention.id] = " ".join(words)
            if state is None:
                if position > 0 and doc[position - 1].lower_ in {"'s", "’s"}:
                    position -= 1
                state = by_end.get(position)
            if state is not None and state.type == "state":
                context.person_states[mention.id] = state.id
