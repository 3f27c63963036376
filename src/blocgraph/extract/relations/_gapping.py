"""Gapping: the statements a sentence repeats without repeating its verb.

"Brunei joined ASEAN in 1984, followed by Vietnam in 1995, Laos and Myanmar in 1997" and "В
1984 г. в АСЕАН вступил Бруней, в 1995 г. – Вьетнам, в 1997 г. – Лаос и Мьянма" state one
accession per segment: after the clause that names the event, each comma-separated segment
made only of states, a year and function words ("followed by", "за ней последовали", "in", "в …
г.", a dash) repeats the event for its states with its own year; a segment's own list may run
over commas ("; the Czech Republic, Hungary and Poland in 1999"). A segment holding anything
else ends the run.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from blocgraph.extract._rules._lexicon import MONTHS, RU_MONTHS
from blocgraph.extract.relations._frames import Context, Reading
from blocgraph.extract.relations._tree import Arg

if TYPE_CHECKING:  # the reader imports this module
    from blocgraph.extract.relations._reader import TreeStatement

_GLUE = frozenset(
    {
        "in",
        "and",
        "by",
        "followed",
        "then",
        "later",
        "the",
        "year",
        "в",
        "г",
        "г.",
        "год",
        "году",
        "года",
        "годах",
        "и",
        "а",
        "затем",
        "также",
        "за",  # "за ней последовали A, B и C в 2005 году": followed by
        "ней",
        "ним",
        "ними",
        "последовал",
        "последовала",
        "последовало",
        "последовали",
        "–",
        "—",
        "-",
        ".",
        "(",
        ")",
    }
)
_SEPARATORS = frozenset({",", ";"})
_YEARS = range(1800, 2101)


def _year(token: Token) -> int | None:
    text = token.text
    return int(text) if len(text) == 4 and text.isdigit() and int(text) in _YEARS else None


def _day_or_month(token: Token) -> bool:
    """A day or a month of a segment's date ("– 9 сентября 1993 года", "on 9 September")."""
    if token.text.isdigit() and 1 <= int(token.text) <= 31:
        return True
    return token.lower_.rstrip(".") in MONTHS or token.lower_ in RU_MONTHS


def gapped(sent: Span, after: int, by_token: dict[int, Arg]) -> list[tuple[Arg, int]]:
    """(state, year) of each gapped segment after token ``after`` (sentence order)."""
    found: list[tuple[Arg, int]] = []
    doc = sent.doc
    i = after + 1
    while i < sent.end and doc[i].text not in _SEPARATORS:
        i += 1  # the rest of the clause that states the event
    pending: list[Arg] = []  # a segment's states before its year: "the Czech Republic, Hungary"
    while i < sent.end and doc[i].text in _SEPARATORS:
        j = i + 1
        states: list[Arg] = []
        year: int | None = None
        while j < sent.end and doc[j].text not in _SEPARATORS:
            arg = by_token.get(j)
            if arg is not None and arg.start == j:
                if arg.type != "state":
                    return found
                states.append(arg)
                j = arg.end
                continue
            value = _year(doc[j])
            if value is not None and year is None:
                year = value
            elif doc[j].lower_ not in _GLUE and not _day_or_month(doc[j]):
                return found
            j += 1
        if not states:
            return found
        if year is None:
            if j >= sent.end or doc[j].text != ",":
                return found
            pending += states  # the list goes on after the comma
        else:
            found += [(state, year) for state in pending + states]
            pending = []
        i = j
    return found


DATED_EVENTS = frozenset({"joined", "left", "signed", "ratified", "denounced"})
"""Predicates of dated events a sentence may repeat for more states without its verb."""


def reading_end(reading: Reading) -> int:
    """The last token of the clause that states a reading's event (its subject, trigger or
    object, whichever comes last): the gapped segments start after it."""
    ends = [reading.subject.end - 1, reading.trigger.i]
    if reading.object is not None:
        ends.append(reading.object.end - 1)
    return max(ends)


def later_conjunct(trigger: Token, end: int) -> bool:
    """Whether a verb coordinated with the trigger comes after the reading's clause ("left EFTA
    | and joined the European Community, followed by Portugal"): the gapped segments are that
    verb's event, not this one's."""
    return any(
        c.i > end and c.pos_ in {"VERB", "AUX"} and c.lemma_.lower() not in _FOLLOWING
        for c in trigger.children
        if c.dep_ == "conj"
    )


_FOLLOWING = frozenset({"follow", "последовать", "следовать"})
"""Verbs of the gapped segments themselves ("…, followed by Romania in 2004")."""


def dated_conjunct(trigger: Token) -> bool:
    """Whether the verb a trigger is coordinated with is dated ("In 1973 A left EFTA and joined
    the EC, followed by Portugal in 1986": the year is the first verb's)."""
    if trigger.dep_ != "conj":
        return False
    return any(_year(t) is not None for t in trigger.head.subtree if t.i < trigger.head.i)


def gapping_applies(predicate: str, polarity: str, dated: bool, reading: Reading) -> bool:
    """Whether the segments after a reading's clause repeat its event: a positive dated event
    (its year, or its dated conjunct's), and the last verb of its clause ("left EFTA and joined
    the EC, followed by Portugal": the joining's)."""
    if predicate not in DATED_EVENTS or polarity != "positive":
        return False
    if not dated and not dated_conjunct(reading.trigger):
        return False
    return not later_conjunct(reading.trigger, reading_end(reading))


def gapped_statements(
    made: TreeStatement, reading: Reading, sent: Span, context: Context
) -> list[TreeStatement]:
    """The same dated event for the states of the segments that follow ("…, followed by
    Vietnam in 1995", "…, в 1995 г. – Вьетнам")."""
    if not gapping_applies(made.predicate, made.polarity, "year" in made.qualifiers, reading):
        return []
    return [
        replace(
            made,
            subject=state.id,
            qualifiers={**made.qualifiers, "year": year},
            evidence=[(state.char_start, state.char_end), *made.evidence[1:]],
            rule=f"{made.rule}+gapping",
            antecedent=None if reading.object is None else reading.object.antecedent,
        )
        for state, year in gapped(sent, reading_end(reading), context.by_token)
        if state.id != made.subject
    ]
