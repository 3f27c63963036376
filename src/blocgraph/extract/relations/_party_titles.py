"""Joint texts titled by their parties: "Joint Statement of Japan, the Republic of Korea, and the
United States", "Заявление Президентов Республики Беларусь, Республики Казахстан, Российской
Федерации и Украины об учреждении …", "Декларация Президента Российской Федерации, Президента
Украины, …".

A joint declaration or statement is often titled by those who adopted it, or by their offices;
the title is the instrument's name, parties included, and each state or body it lists adopted it
(``signed``, as heads adopting a declaration sign it). Only a capitalised head noun, a title,
counts, and only with two parties or more: "the statement of the President of Russia" is one
state's own text. The name runs on through what the text is on ("on Deepening …", "об учреждении
…") to the end of its line or clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from blocgraph.extract.relations._frames import Context, Reading
from blocgraph.extract.relations._readers_sign import REPRESENTATIVES
from blocgraph.extract.relations._tree import Arg

PARTY_TITLE_RULE = "tree:party-title"

_HEADS = frozenset(
    {"statement", "declaration", "communiqué", "communique", "заявление", "декларация"}
    | {"коммюнике"}
)
_OFFICE_WORDS = frozenset({"prime", "foreign", "of", "the", "председатель"})
"""Words of the offices a title names its parties by that are no nouns of representatives ("of
the Prime Minister of", "Председателя"); the nouns are ``REPRESENTATIVES`` ("Presidents",
"Канцлера", "глав государств")."""
_GLUE = frozenset({",", "and", "и", "&"})
_ENDS = frozenset({".", ";", ":", "(", ")", "!", "?", "«", "»", '"', "“", "”"})
_LONGEST = 45
"""Tokens of the longest title."""


def title_end(doc: Doc | Span, at: int, parties: dict[int, str]) -> int | None:
    """Where the title a head noun at ``at`` opens ends (exclusive), when it opens one with two
    parties or more; else ``None``. ``parties``: token → the state or body id it names."""
    head = doc[at]
    if head.lower_ not in _HEADS:  # first: this runs on every token of a parsed chunk
        return None
    opened = at > 0 and joint(doc, at - 1) and doc[at - 1].text[:1].isupper()
    if not (head.text[:1].isupper() or opened):
        return None  # "Совместное заявление …": Russian capitalises the title's first word only
    english = head.lower_ in {"statement", "declaration", "communiqué", "communique"}
    i = at + 1
    if english and (i >= len(doc) or doc[i].lower_ != "of"):
        return None
    named, i = _party_run(doc, i + 1 if english else i, parties)
    if len(named) < 2 and opened:  # "Joint Declaration of Peace and Friendship between A and B"
        between = _between(doc, at + 1)
        named, i = _party_run(doc, between + 1, parties) if between else ([], i)
        if not _heading(doc, at - 1, i):
            return None  # in running text the parties after "between" may be no part of it
    while i > at + 1 and doc[i - 1].lower_ in _GLUE | {"of", "the"}:
        i -= 1
    if len(named) < 2:
        return None
    while i < len(doc) and i - at < _LONGEST:  # what it is on, to the end of its clause
        if doc[i].text in _ENDS or "\n" in doc[i].text or "\n" in doc[i - 1].whitespace_:
            break
        if _predicate(doc[i]):
            break  # "… о вступлении в новую эпоху | было опубликовано": the clause goes on
        if doc[i].text == "," and not _listing(doc, i):
            break
        i += 1
    return i


def _office(token: Token) -> bool:
    """A word of a party's office in a title ("Presidents", "of", "Канцлера")."""
    lemma = token.lemma_.lower()
    return lemma in REPRESENTATIVES or lemma in _OFFICE_WORDS or token.lower_ in _OFFICE_WORDS


def _party_run(doc: Doc | Span, i: int, parties: dict[int, str]) -> tuple[list[str], int]:
    """The parties named from ``i`` on, with their offices and list glue, and where they end."""
    named: list[str] = []
    while i < len(doc) and (i in parties or _office(doc[i]) or doc[i].lower_ in _GLUE):
        if i in parties and parties[i] not in named:
            named.append(parties[i])
        i += 1
    return named, i


_BETWEEN = frozenset({"between", "между"})
_TITLE_GLUE = frozenset({"of", "on", "for", "and", "the", ",", "о", "об", "и"})


def _between(doc: Doc | Span, i: int) -> int | None:
    """The "between" a joint text's title comes to after its capitalised words ("Joint
    Declaration of Peace and Friendship | between"), on the same line."""
    while i < len(doc) and "\n" not in doc[i - 1].whitespace_:
        if doc[i].lower_ in _BETWEEN:
            return i
        if not (doc[i].text[:1].isupper() or doc[i].lower_ in _TITLE_GLUE):
            return None
        i += 1
    return None


def _heading(doc: Doc | Span, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is a line of its own, a heading."""
    opens = start == 0 or "\n" in doc[start - 1].whitespace_ or "\n" in doc[start - 1].text
    closes = end >= len(doc) or "\n" in doc[end - 1].whitespace_ or "\n" in doc[end].text
    return opens and closes


def _predicate(token: Token) -> bool:
    """A finite verb, an auxiliary or a short participle: the clause's predicate, no word of a
    title (a gerund, "on Deepening …", and a full participle, "достигнутых", are)."""
    morph = token.morph
    return (
        token.pos_ == "AUX"
        or (token.pos_ == "VERB" and "Fin" in morph.get("VerbForm", []))
        or "Short" in morph.get("Variant", [])
    )


def _listing(doc: Doc | Span, i: int) -> bool:
    """Whether the comma at ``i`` goes on with a capitalised word of a title's list ("on Peace,
    Friendship and …"), not a clause."""
    return i + 1 < len(doc) and doc[i + 1].text[:1].isupper()


def joint(doc: Doc | Span, i: int) -> bool:
    """Whether the token at ``i`` is the "Joint" ("Совместное") that opens a joint text's title."""
    return i >= 0 and doc[i].lower_ in {"joint", "совместное", "совместная"}


def party_title_readings(sent: Span, context: Context) -> list[Reading]:
    """Each party a joint text's title names adopted it (``signed``)."""
    readings: list[Reading] = []
    if not any(a.type == "treaty" for a in context.by_token.values()):
        return readings
    parties = {i: a.id for i, a in {**context.bodies, **context.states}.items()}
    for token in sent:
        treaty = context.by_token.get(token.i)
        if treaty is None or treaty.type != "treaty" or token.i != _head_of(treaty, sent):
            continue
        end = title_end(sent.doc, token.i, parties)
        if end is None:
            continue
        seen: list[Arg] = []
        for i in range(token.i + 1, end):
            arg = context.states.get(i) or context.bodies.get(i)
            if arg is not None and arg not in seen:
                seen.append(arg)
        readings += [Reading(arg, "signed", treaty, token, PARTY_TITLE_RULE) for arg in seen]
    return readings


def _head_of(treaty: Arg, sent: Span) -> int:
    """The head noun of a title minted here: its first token, or the one after "Joint"."""
    first = treaty.start
    return first + 1 if joint(sent.doc, first) else first
