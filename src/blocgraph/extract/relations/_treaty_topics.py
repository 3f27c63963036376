"""What a treaty noun is on, as words of its name: "договор о Южноафриканском таможенном союзе",
"Протокол о вступлении во Всемирную торговую организацию" — the states and bodies there are not
the instrument's parties, which come after "between" / "with" / "между" / "с" — nor are the
parties a title joins by a dash before its noun ("the Nauru–Australia Treaty")."""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract.relations._tree import base, case_of, kids

BETWEEN = frozenset({"between", "among", "между", "with", "с", "со"})
"""Adpositions of a treaty's parties."""
OWN = frozenset({"on", "of", "for", "о", "об", "относительно", "concerning", "", "по"})
"""Adpositions of what an instrument is on or of ("Treaty on X", "договор о X", "договор
дружбы")."""
TOPIC_CASES = frozenset({"on", "о", "об"})
"""Adpositions of what an instrument is on: its words wherever the parser hung them."""


def topics(token: Token, parties: set[int], states: frozenset[int]) -> set[int]:
    """Tokens of the states and bodies a treaty noun is on ("договор о Южноафриканском
    таможенном союзе", "the treaty on the Eurasian Economic Union"): what it is on, words of its
    name, not its parties (a party under what it is on stays one: "договор о создании Союзного
    государства" is the curated treaty its parties and year settle). An accession or a founding
    holds the body and the acceding state ("протокол о присоединении Македонии к НАТО"), not the
    states a body's name holds ("о создании Союзного государства Беларуси и России")."""
    named = {
        t.i
        for child in kids(token, "nmod")
        if child.i > token.i and child.i in parties and case_of(child) in TOPIC_CASES
        for t in child.subtree
        if t.i in parties
    }
    for child in kids(token, "nmod", "acl"):
        if child.i > token.i and _founding_event(child):
            named |= {
                t.i
                for t in _unparted(child)
                if t.i in parties and not (t.i in states and _in_body(t, child, parties, states))
            }
    return named


def _in_body(token: Token, top: Token, parties: set[int], states: frozenset[int]) -> bool:
    """Whether a state's token hangs from a body's below ``top`` ("Союзного государства |
    Беларуси и России")."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        node = node.head
        if node.i in parties and node.i not in states:
            return True
    return False


_FOUNDING_EVENTS = frozenset(
    {"accession", "establishment", "establish", "establishing", "creation", "founding"}
    | {"создание", "учреждение", "вступление", "присоединение", "образование"}
    | {"функционирование", "membership", "членство"}
)
"""Event nouns of what an instrument does to a body or a state ("Протокол о вступлении во
Всемирную торговую организацию", "Agreement Establishing the African Development Fund",
"договор о присоединении Армении к ЕАЭС", "соглашения о членстве Швеции и Финляндии в НАТО"): the
body and the state are words of its name."""


def _founding_event(token: Token) -> bool:
    """Whether a dependent of a treaty noun is an accession or a founding, what it is on
    ("о создании", "of accession", "establishing")."""
    if base(token.dep_) == "nmod" and case_of(token) not in OWN:
        return False
    return token.lemma_.lower() in _FOUNDING_EVENTS or token.lower_ in _FOUNDING_EVENTS


def _unparted(token: Token) -> list[Token]:
    """A dependent's subtree without what "between" / "между" introduces (the parties)."""
    kept = [token]
    for child in token.children:
        if case_of(child) not in BETWEEN:
            kept += _unparted(child)
    return kept


_DASHES = frozenset({"-", "–", "—"})


def paired_parties(token: Token, parties: set[int]) -> set[int]:
    """Parties a title joins by dashes before its noun ("the Nauru–Australia Treaty", "the
    Mercosur–EFTA agreement", "the EU-Japan free trade agreement"): words of its name, not
    parties left out of it. Only the run of parties, dashes and nouns or adjectives right before
    the noun counts; "the agreement between A and B" keeps its parties out, and so do two
    adjectives ("the Russian-Ukrainian treaty", "российско-украинский договор": who is bound,
    which the parties settle, settled after round 89)."""
    doc = token.doc
    run: list[int] = []
    i = token.i - 1
    while i >= token.sent.start and (
        i in parties or doc[i].text in _DASHES or doc[i].pos_ in {"PROPN", "NOUN", "ADJ"}
    ):
        run.append(i)
        i -= 1
    joined = any(
        doc[j].text in _DASHES
        and _named(doc[j - 1], parties)
        and _named(doc[j + 1], parties)
        and not doc[j - 1].pos_ == doc[j + 1].pos_ == "ADJ"  # "the Russian-Ukrainian treaty"
        for j in run
    )
    return {j for j in run if j in parties} if joined else set()


def _named(token: Token, parties: set[int]) -> bool:
    """A party written with a capital: a name ("Nauru", "Israeli"), not a Russian adjective
    ("российско-украинский": who is bound, which the parties settle)."""
    return token.i in parties and token.text[:1].isupper()


OPENING_QUOTES = frozenset({"«", "“", "„", '"'})
"""Marks that open a quoted name."""
_CLOSING_QUOTES = frozenset({"»", "”", "“", '"'})


def quoted_parties(token: Token, parties: set[int]) -> set[int]:
    """The parties a quoted name joins by a dash right before its noun: a name in quotation
    marks is the name as given («Советско-иракский договор о дружбе»), where the same words
    unquoted say who is bound ("российско-украинский договор", ``paired_parties``)."""
    doc = token.doc
    run = []
    i = token.i - 1
    while i >= token.sent.start and (i in parties or doc[i].text in _DASHES):
        run.append(i)
        i -= 1
    if not run or i < token.sent.start or doc[i].text not in OPENING_QUOTES:
        return set()
    closing = (t for t in doc[token.i + 1 : token.sent.end] if t.text in _CLOSING_QUOTES)
    return {j for j in run if j in parties} if next(closing, None) is not None else set()
