"""Instruments named or described by their words: "the Treaty on Open Skies", "a mutual defence
pact", "договор о всеобъемлющем стратегическом партнерстве" — the treaty noun with its modifiers
and what it is on or of, without its parties ("with Iran", "между A и B"), places and dates.

The open world mints these as ``treaty`` entities (``new:`` ids, linked to the curated treaties
later by ``extract._treaty_link``), so "the treaty" and "договор" can refer back to them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from blocgraph.extract._rules._lexicon import MONTHS, RU_MONTHS
from blocgraph.extract.relations._slug import slug
from blocgraph.extract.relations._treaty_kinds import definite_description
from blocgraph.extract.relations._treaty_topics import (
    BETWEEN,
    OPENING_QUOTES,
    OWN,
    TOPIC_CASES,
    paired_parties,
    quoted_parties,
    topics,
)
from blocgraph.extract.relations._tree import NAME_LIST_GLUE, base, case_of, instrumental, kids

TREATY_NOUNS = frozenset(
    {"treaty", "pact", "agreement", "accord", "convention", "charter", "protocol", "declaration"}
    | {"memorandum", "меморандум", "mou"}
    | {"statute", "договор", "соглашение", "пакт", "конвенция", "хартия", "протокол", "декларация"}
    | {"статут", "устав"}
)
"""Nouns of an instrument."""
_CUT = frozenset({"in", "at", "в", "на", "за", "от", "by"})
"""Adpositions of what an instrument's own words leave out: where, when, by whom."""
_JOINT_NOUNS = frozenset({"statement", "communique", "communiqué", "заявление", "коммюнике"})
"""Nouns of a text that is an instrument only when it is joint ("signed a Joint Statement on
…", "подписали совместное заявление о …"); a statement alone is a press statement."""
_JOINT = frozenset({"joint", "совместный", "совместное"})


def treaty_noun(token: Token) -> bool:
    """Whether a token is a noun of an instrument ("treaty", "договора", "Joint Statement")."""
    lemma = token.lemma_.lower()
    if lemma in TREATY_NOUNS or token.lower_ in TREATY_NOUNS:
        return True
    if lemma not in _JOINT_NOUNS and token.lower_ not in _JOINT_NOUNS:
        return False
    return any(
        (c.lower_ in _JOINT or c.lemma_.lower() in _JOINT) and base(c.dep_) in {"amod", "compound"}
        for c in token.children
    )


def _digits(token: Token) -> bool:
    """Whether a token is a number written in digits ("2024", "17"), not a number word ("трёх")."""
    return token.like_num and any(ch.isdigit() for ch in token.text)


def _dated(token: Token) -> bool:
    """Whether a dependent is a date ("19 June 2024", "May 20", "17 января", "on Thursday"), not a
    counted noun ("Пакт трёх держав")."""
    return (
        any(_digits(c) for c in token.children)
        and not any(
            c.pos_ in {"NOUN", "PROPN"} and not c.like_num and c.i > token.i for c in token.children
        )
    ) or token.lower_ in _DATE_WORDS


_DATE_WORDS = frozenset(
    {"january", "february", "march", "april", "june", "july", "august", "september"}
    | {"october", "november", "december", "jan.", "feb.", "dec.", "nov.", "oct.", "sept."}
    | RU_MONTHS
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"}
)


def _kept(token: Token, parties: set[int]) -> list[Token]:
    """A dependent's words without its parties and dates; a place inside it stays ("Treaty on
    Conventional Armed Forces in Europe"), where the treaty noun's own place does not."""
    kept = [token]
    for child in token.children:
        if child.is_punct or case_of(child) in BETWEEN or child.i in parties:
            continue
        if any(c.text == "(" for c in kids(child, "punct")):
            continue  # "(ДРСМД)", "(INF)": the abbreviation, not a word of the name
        if child.like_num or _dated(child):
            continue  # "on 19 June 2024", "от 17 января"
        if instrumental(child):
            continue  # "Договор о дружбе | представителями A": who signed, not what
        if base(child.dep_) in {"acl", "advcl"} and _event(child):
            continue  # "a treaty on extradition | to reinforce the momentum": why, not what
        kept += _kept(child, parties)
    return kept


_SIGNING = frozenset({"sign", "ink", "conclude", "ratify", "подписать", "заключить"})
"""Verbs whose participle on a treaty noun (before it, or in a clause after it) is the event, not
a word of the name."""


def _event(token: Token) -> bool:
    """Whether a clause on an instrument's words says why or what befell it, not what it is: an
    infinitive ("to reinforce …") or a participle of signing ("…, подписанному Эфиопией с …",
    "signed in Victoria"); other participles stay the title's ("Protocol dealing with …",
    "crimes committed via the internet")."""
    forms = token.morph.get("VerbForm", [])
    return "Inf" in forms or ("Part" in forms and token.lemma_.lower() in _SIGNING)


_BY_WAY_OF = frozenset(
    {"итог", "итоги", "результат", "случай", "просьба", "инициатива", "приглашение", "поручение"}
)
"""Nouns after "по" that say how or when, not what an instrument is on ("по итогам встречи");
any other is its subject ("Договор по открытому небу", "Конвенция по морскому праву")."""
_GENERIC = frozenset(
    {"international", "new", "historic", "landmark", "bilateral", "multilateral", "key", "this"}
    | {"current", "former", "original", "first", "major", "important", "same", "global", "that"}
    | {"binding", "legally", "intergovernmental", "interstate", "said", "relevant", "joint"}
    | {"международный", "новый", "исторический", "двусторонний", "многосторонний", "этот"}
    | {"данный", "указанный", "соответствующий", "межгосударственный", "совместный", "тот"}
    | {"сам", "само", "сама", "самый"}
    | {"действующий", "нынешний", "existing", "present"}
    | {"controversial", "groundbreaking", "ground-breaking", "significant", "subsequent"}
    | {"long-awaited", "long-discussed", "долгожданный", "обсуждаемый", "последующий"}
)
"""Modifiers that describe no particular instrument ("the international treaty", "этот
договор"): with only these, the noun refers back like "the treaty"."""
LONGEST = 12
"""Tokens of the longest described instrument: a title line run into the next sentence ("… в
Европе Депутаты Государственной Думы …") is cut, not read as one name."""
_TAIL_POS = frozenset({"ADJ", "NOUN", "PROPN", "CCONJ", "DET"})


DATE_WORDS = (
    MONTHS
    | {m[:3] for m in MONTHS}
    | {"sept", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
"""Words of a date after "on" ("signed the treaty on Aug. 1", "the Treaty on Monday"): when the
instrument was signed, not what it is on."""


def date_word(token: Token) -> bool:
    """Whether a token is a month, its abbreviation or a weekday ("Aug.", "Monday")."""
    return token.lower_.rstrip(".") in DATE_WORDS


_OCCASIONS = frozenset(
    {"sideline", "sidelines", "margin", "margins", "fringe", "fringes", "eve", "occasion"}
    | {"behalf", "visit", "trip", "tour", "day", "anniversary", "way", "side"}
)
"""Nouns after "on" that say when or where an instrument was signed, not what it is on ("signed
the treaty on the sidelines of the summit", "on the eve of", "on behalf of")."""


def _occasion(token: Token) -> bool:
    """Whether a noun says an occasion, not a subject ("sidelines", "eve", "behalf")."""
    return token.lower_ in _OCCASIONS or token.lemma_.lower() in _OCCASIONS


def _after_parties(token: Token, parties: set[int]) -> int:
    """Where a treaty noun's words go on after the parties it names first ("соглашения с США об
    утилизации …", "the agreement with Japan on …"): the token after them, or right after the
    noun when it names none."""
    doc = token.doc
    i = token.i + 1
    if i < len(doc) and doc[i].lower_ in BETWEEN:
        j = _parties_end(doc, i, len(doc), parties)
        if j > i + 1 and j - 1 in parties:
            return j
    return i


def _parties_end(doc: Doc, at: int, end: int, parties: set[int]) -> int:
    """Where the list of parties after the "between"/"с" at ``at`` ends (before ``end``): the
    first token that is neither a party nor list glue ("between A, B and C | on transit")."""
    j = at + 1
    while j < end and (j in parties or doc[j].lower_ in NAME_LIST_GLUE):
        j += 1
    return j


_FIELDS = frozenset({"сфера", "область"})
"""Nouns after "в" that stay in a title: the field it is on ("о сотрудничестве в сфере
безопасности", "в области образования"), not a place."""


def _tail(token: Token, parties: set[int]) -> list[int]:
    """What the noun is on when the parser attached it elsewhere ("signed a treaty | on security
    guarantees"): the words right after "on" / "о" up to punctuation, a verb or a party."""
    doc = token.doc
    i = _after_parties(token, parties)
    if i + 1 < len(doc) and doc[i].text in OPENING_QUOTES:
        i += 1  # "договор «О дружбе и сотрудничестве»": the title in quotes
    if i >= len(doc) or doc[i].lower_ not in {"on", "о", "об"}:
        return []
    words: list[int] = []
    i += 1
    while i < len(doc) and i not in parties:
        t = doc[i]
        gerund = t.pos_ == "VERB" and t.lower_.endswith("ing")  # "on establishing a …"
        field = t.lower_ == "в" and i + 1 < len(doc) and doc[i + 1].lemma_.lower() in _FIELDS
        if not (t.pos_ in _TAIL_POS or gerund or field or t.lower_ in {"of", "-"}) or t.like_num:
            break
        if date_word(t):
            break
        if _occasion(t):
            return []  # "the treaty on the sidelines of the summit": when, not what
        words.append(i)
        i += 1
    while words and doc[words[-1]].pos_ in {"CCONJ", "DET", "ADP"}:
        words.pop()
    return [token.i + 1, *words] if words else []


_SEVERAL = frozenset({"several", "some", "many", "various", "multiple", "ряд", "многие"})


def several(token: Token) -> bool:
    """Whether a treaty noun is counted or quantified ("несколько важных соглашений", "two
    agreements", "several accords"): several instruments, none of them named."""
    quantifiers = {c.lower_ for c in kids(token, "nummod", "det", "amod")}
    return bool(kids(token, "nummod")) or bool(quantifiers & _SEVERAL)


def _plural(token: Token) -> bool:
    """A lower-case plural treaty noun ("agreements", "подписали соглашения")."""
    return token.text[:1].islower() and token.morph.get("Number", []) == ["Plur"]


def described_instrument(
    token: Token, parties: set[int], states: frozenset[int] = frozenset()
) -> Span | None:
    """The words that say which instrument a treaty noun is, or ``None`` for a bare noun
    ("the treaty") or several instruments; ``parties``: tokens of states and bodies, ``states``:
    those of states."""
    if not treaty_noun(token) or several(token):
        return None
    doc = token.doc
    if _charter(token):
        parties = set()  # "the IORA charter", "устав СНГ": the body's own instrument, by its name
    parties = parties - topics(token, parties, states) - paired_parties(token, parties)
    parties = parties - quoted_parties(token, parties)
    left = [
        t.i
        for c in token.children
        if base(c.dep_) in {"amod", "compound"}
        and c.i < token.i
        and not c.like_num
        and not kids(c, "nsubj", "obj")  # "A and B signed declaration …": a clause, misparsed
        and c.lemma_.lower() not in _SIGNING  # "signed declaration of …": not a word of its name
        for t in c.subtree
        if t.i not in parties and t.i < token.i
    ]
    right: list[int] = []
    for child in kids(token, "nmod"):
        if child.i < token.i or case_of(child) not in OWN or child.i in parties:
            continue
        if case_of(child) == "по" and child.lemma_.lower() in _BY_WAY_OF:
            continue  # "договор по итогам переговоров": when, not what it is on
        if case_of(child) == "" and child.morph.get("Case", []) not in ([], ["Gen"]):
            continue  # "подписание договора главами государств": by whom, not what
        if child.like_num or _dated(child) or _occasion(child):
            continue  # "the treaty of 1961", "договор от 17 января", "on the eve of"
        right += [t.i for t in _kept(child, parties)]
    if not right:
        right = _tail(token, parties)
    clause = _clause_after(token)
    right = [i for i in right if i < clause]
    if _plural(token) and not any(doc[i].text[:1].isupper() for i in left):
        return None  # "signed agreements on trade": several, unnamed ("the Minsk agreements")
    left = _name_words(token, left)
    if all(_generic(doc[i]) or doc[i].is_punct for i in left):
        left = []  # "этот договор"; "российско-украинского договора": the parties' hyphen only
    if not left and not right:
        return None
    start, end = min([token.i, *left]), max([token.i, *right]) + 1
    while end - 1 > token.i and (doc[end - 1].is_punct or doc[end - 1].pos_ in {"ADP", "CCONJ"}):
        end -= 1
    while start < token.i and doc[start].pos_ in {"PUNCT", "CCONJ", "DET", "ADP"}:
        start += 1
    for i in range(token.i + 1, end):  # a line break or a run-on title ends the name
        hyphens = sum(1 for j in range(start, i) if doc[j].text == "-" and not doc[j].whitespace_)
        own = i - start - _party_list(doc, start, i, parties) - 2 * hyphens  # a compound: a word
        if "\n" in doc[i - 1].whitespace_ or "\n" in doc[i].text or own >= LONGEST:
            end = i
            break
    if any(_referring(doc[i]) for i in range(start, end)):
        return None  # "договор о его создании", "протокол о вступлении этой страны": said before
    return doc[start:end] if end - start >= 2 or start < token.i else None


def _clause_after(token: Token) -> int:
    """Where a clause set off by a comma after a treaty noun starts ("соглашение с
    правительством Ирака, получившее официальное название «…»"): no word of the noun's name
    after it, whatever the parser hung there; the sentence's end when there is none."""
    for child in token.children:
        edge = child.left_edge
        if (
            child.i > token.i
            and base(child.dep_) in {"acl", "relcl"}
            and edge.i > 0
            and token.doc[edge.i - 1].text == ","
        ):
            return edge.i - 1
    return len(token.doc)


_BODY_CHARTERS = frozenset({"charter", "устав"})


def _charter(token: Token) -> bool:
    """Whether a treaty noun is a body's charter ("the Commonwealth charter", "устав СНГ"),
    named by its body: the body's words are words of its name."""
    return token.lemma_.lower() in _BODY_CHARTERS or token.lower_ in _BODY_CHARTERS


def _party_list(doc: Doc, start: int, end: int, parties: set[int]) -> int:
    """How many tokens of ``doc[start:end]`` list the parties after "between", "with", "между"
    or "с" ("the agreement between A, B, C, D and E on transit"): no words of the title, so
    not counted against its length."""
    at = next((i for i in range(start, end) if doc[i].lower_ in BETWEEN), None)
    return 0 if at is None else _parties_end(doc, at, end, parties) - at


def _name_words(token: Token, left: list[int]) -> list[int]:
    """The modifiers before a treaty noun that are words of its name. Before a capitalised noun
    the name opens at its first capitalised word ("the landmark Comprehensive Economic
    Partnership Agreement", "бессрочный Договор о дружбе"); before a lower-case one, evaluative
    and generic words are no words of it ("the new bilateral defence cooperation agreement")."""
    doc = token.doc
    if token.text[:1].isupper() and token.i > token.sent.start:
        first = next((i for i in sorted(left) if doc[i].text[:1].isupper()), token.i)
        return [i for i in left if i >= first]
    return [i for i in left if not _generic(doc[i])]


def _referring(token: Token) -> bool:
    """A pronoun or demonstrative: the words refer back, they name nothing."""
    if token.pos_ == "PRON" or "Dem" in token.morph.get("PronType", []):
        return True
    return token.pos_ == "DET" and token.lemma_.lower() in _DEMONSTRATIVES


_DEMONSTRATIVES = frozenset({"этот", "тот", "данный", "такой"})
"""Russian demonstratives, which the Russian morphology does not mark as such."""


def _generic(token: Token) -> bool:
    return token.lower_ in _GENERIC or token.lemma_.lower() in _GENERIC


def instrument_id(
    span: Span, token: Token, parties: set[int], states: frozenset[int] = frozenset()
) -> str:
    """The ``new:`` id of a described instrument: its words without the parties, places and
    dates inside the span ("договора с Россией о гарантиях безопасности" →
    ``new:договора-о-гарантиях-безопасности``)."""
    words = []
    if _charter(token):
        parties = set()  # the body's words name its charter
    parties = parties - topics(token, parties, states) - paired_parties(token, parties)
    parties = parties - quoted_parties(token, parties)
    for t in span:
        node, outside = t, False
        while node.i != token.i and span.start <= node.i < span.end:
            cut = BETWEEN | (_CUT if node.head.i == token.i else frozenset())
            if node.i in parties or case_of(node) in cut or _digits(node):
                outside = True
                break
            if node.head.i == node.i or case_of(node) in TOPIC_CASES:
                break  # what it is on, however the parser hung it ("… with A on B")
            node = node.head
        if not outside:
            words.append(t.text)
    return slug(" ".join(words))


def treaty_names(
    doc: Doc, parties: set[int], named: str | None = None, states: frozenset[int] = frozenset()
) -> list[tuple[int, int, str]]:
    """The instruments a parsed sentence describes: (start, end, ``new:`` id) in the chunk's
    characters; ``parties``: tokens of states and bodies. Once the document has named a treaty
    (``named``: its name), a definite description of its kind is that treaty, not one more."""
    found = []
    for token in doc:
        span = described_instrument(token, parties, states)
        if span is not None and named and definite_description(token, span, named):
            continue
        if span is not None and len(span) >= 2 and "\n" not in span.text:
            found.append(
                (span.start_char, span.end_char, instrument_id(span, token, parties, states))
            )
    return found
