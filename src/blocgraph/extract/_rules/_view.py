"""The sentence view every rule reads (:class:`_View`: mentions indexed by token, scanning left and
right, coordination, cues, years), the :class:`Found` record a rule returns, and small helpers
shared by all rule families.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from blocgraph.extract._linker import Linked
from blocgraph.extract._pipeline import CITATION
from blocgraph.extract._rules._cues import _CONDITIONAL, _INFINITIVE_VERBS
from blocgraph.extract._rules._lexicon import (
    _BODY_SUBJECT_GAP,
    _CLAUSE_BREAK,
    _HARD_STOP,
    _PREPOSITIONS,
    _QUOTES,
    _ROLE_NAMES,
    _SEPARATORS,
    _YEAR,
)

_YEAR_STOP = frozenset(
    {";", "which", "who", "whose", "while", "whereas", "but", "founded", "established", "created"}
)


@dataclass(slots=True)
class Found:
    """A statement found in a sentence, before attribution and offsets are filled in.

    ``tokens`` are the ``[start, end)`` token ranges of the trigger and the arguments.
    """

    subject: str
    predicate: str
    object: str | None
    tokens: list[tuple[int, int]]
    rule: str
    qualifiers: dict[str, Any] = field(default_factory=dict)


def _parenthesised(sent: Span) -> frozenset[int]:
    """Token indices of balanced "( … )" asides of a sentence, brackets included: "the Gulf
    Cooperation Council (GCC; Arabic: …)"."""
    inside: set[int] = set()
    opened: int | None = None
    for token in sent:
        if token.text == "(" and opened is None:
            opened = token.i
        elif token.text == ")" and opened is not None:
            inside.update(range(opened, token.i + 1))
            opened = None
    return frozenset(inside)


def _glosses(
    doc: Doc, paren: frozenset[int], ends: dict[int, Linked], mentions: Iterable[Linked]
) -> frozenset[int]:
    """Token indices of parenthesised asides right after a body's name that name nothing else:
    its abbreviation or another name ("(AES)", "(ЕАЭС)", "(formerly the Turkic Council)")."""
    inside: set[int] = set()
    for end, named in ends.items():
        if named.type != "body" or end not in paren or doc[end].text != "(":
            continue
        close = end
        while close + 1 in paren:
            close += 1
        others = [m for m in mentions if end <= m.start and m.end <= close + 1 and m.id != named.id]
        if not others:
            inside.update(range(end, close + 1))
    return frozenset(inside)


class _View:
    """One sentence with its mentions indexed by token position."""

    def __init__(self, doc: Doc, sent: Span, mentions: Iterable[Linked]) -> None:
        self.doc = doc
        self.start = sent.start
        self.end = sent.end
        self.mentions = sorted(
            (m for m in mentions if sent.start <= m.start and m.end <= sent.end),
            key=lambda m: m.start,
        )
        self.starts = {m.start: m for m in self.mentions}
        self.ends = {m.end: m for m in self.mentions}
        self.covered: set[int] = {i for m in self.mentions for i in range(m.start, m.end)}
        # reference marks ("[3]") are read as if absent: "the CSTO[1] comprises A, B"
        # and so are runs of extra whitespace ("Members of the  EAEU are A, B")
        self.noise: frozenset[int] = frozenset(
            t.i
            for t in sent
            if t.is_space or (t.text[0] == "[" and CITATION.fullmatch(t.text) is not None)
        )
        self.paren: frozenset[int] = _parenthesised(sent)
        # a gloss after a body's name ("the Alliance of Sahel States (AES), Niger, Mali") is
        # read as if absent too, so the lists around the name stay next to it
        self.noise |= _glosses(doc, self.paren, self.ends, self.mentions)

    def word(self, i: int) -> str:
        return self.doc[i].lower_ if self.start <= i < self.end else ""

    def text(self, i: int) -> str:
        return self.doc[i].text if self.start <= i < self.end else ""

    def words(self, lo: int, hi: int) -> list[str]:
        return [
            self.word(i)
            for i in range(max(lo, self.start), min(hi, self.end))
            if i not in self.covered and i not in self.noise
        ]

    # -- scanning ------------------------------------------------------------------------
    def left(
        self, index: int, types: frozenset[str], window: int = 10, exclude: str | None = None
    ) -> Linked | None:
        """Nearest mention of ``types`` ending at or before ``index``, skipping other words and
        mentions of other types; stops at sentence punctuation and clause breaks."""
        j = index - 1
        while j >= self.start and index - j <= window:
            if j in self.noise:
                index -= 1  # a reference mark or a gloss does not count against the window
                j -= 1
                continue
            mention = self.ends.get(j + 1)
            if mention is not None:
                if mention.type in types and mention.id != exclude:
                    return mention
                j = mention.start - 1
                continue
            if self.text(j) in _HARD_STOP or self.word(j) in _CLAUSE_BREAK:
                return None
            j -= 1
        return None

    def subject(self, index: int, exclude: str | None = None, window: int = 12) -> Linked | None:
        """The member a membership phrase is about: the nearest state to the left, or a body
        right before the phrase ("the EU is a member of the G20")."""
        state = self.left(index, frozenset({"state"}), window=window, exclude=exclude)
        body = self.left(index, frozenset({"body"}), window=4, exclude=exclude)
        if (
            body is not None
            and not set(self.words(body.end, index)) - _BODY_SUBJECT_GAP
            and (state is None or state.end <= body.start)
        ):
            return body
        return state

    def right(
        self, index: int, types: frozenset[str], window: int = 5, skip: frozenset[str] | None = None
    ) -> Linked | None:
        """Nearest mention of ``types`` starting at or after ``index`` within ``window`` tokens;
        with ``skip``, only those words (and quote marks) may come before it."""
        j = index
        while j < self.end and j - index < window:
            if j in self.noise:
                index += 1
                j += 1
                continue
            mention = self.starts.get(j)
            if mention is not None:
                return mention if mention.type in types else None
            if self.text(j) in _HARD_STOP or self.word(j) in _CLAUSE_BREAK:
                return None
            if skip is not None and self.word(j) not in skip and self.text(j) not in _QUOTES:
                return None
            j += 1
        return None

    def expand_right(
        self, first: Linked, types: frozenset[str], also: frozenset[str] = frozenset()
    ) -> list[Linked]:
        """``first`` and the mentions of ``types`` coordinated after it ("A, B and C"); words of
        ``also`` may follow a separator ("a member of the CSTO and of the EAEU")."""
        items = [first]
        j = first.end
        while True:
            k, separated = j, False
            while k < self.end:
                w = self.word(k)
                if w in _SEPARATORS:
                    separated, k = True, k + 1
                elif w == "as" and self.word(k + 1) == "well" and self.word(k + 2) == "as":
                    separated, k = True, k + 3
                elif (
                    w == "the"
                    or self.text(k) in _QUOTES
                    or k in self.noise
                    or (separated and w in also)
                ):
                    k += 1
                else:
                    break
            nxt = self.starts.get(k)
            if not separated or nxt is None or nxt.type not in types:
                return items
            items.append(nxt)
            j = nxt.end

    def expand_left(self, last: Linked, types: frozenset[str]) -> list[Linked]:
        items = [last]
        j = last.start
        while True:
            k, separated = j - 1, False
            while k >= self.start:
                w = self.word(k)
                if w in _SEPARATORS:
                    separated, k = True, k - 1
                elif w == "as" and self.word(k - 1) == "well" and self.word(k - 2) == "as":
                    separated, k = True, k - 3
                elif w == "the" or self.text(k) in _QUOTES or k in self.noise:
                    k -= 1
                else:
                    break
            previous = self.ends.get(k + 1)
            if not separated or previous is None or previous.type not in types:
                return items
            before = previous.start - 1
            while before >= self.start and self.word(before) == "the":
                before -= 1
            if self.word(before) in _PREPOSITIONS:
                return items  # "cooperates with China and Iran joined": China is not a subject
            items.insert(0, previous)
            j = previous.start

    def cue(self, lo: int, hi: int, *cue_sets: frozenset[str], infinitive: bool = True) -> bool:
        """Whether a word of ``cue_sets`` (or, with ``infinitive``, "to join", "to be" …) lies in
        ``[lo, hi)``."""
        words = [
            self.word(i)
            for i in range(max(lo, self.start), min(hi, self.end))
            if i not in self.covered and i not in self.noise and not self.month_may(i)
        ]
        if any(w in cues for w in words for cues in cue_sets):
            return True
        if not infinitive:
            return False
        for i in range(max(lo, self.start), min(hi, self.end) - 1):
            if self.word(i) == "to" and self.word(i + 1) in _INFINITIVE_VERBS:
                return True
        return False

    def month_may(self, i: int) -> bool:
        """Whether token ``i`` is the month "May", not the modal: capitalised next to a day
        number or a year ("on 5 May 2017", "in May 2004", "May 12")."""
        if self.text(i) != "May":
            return False
        return any(
            self.text(j).isdigit() and (len(self.text(j)) <= 2 or _YEAR.match(self.text(j)))
            for j in (i - 1, i + 1)
        )

    def year(self, after: int, before: int) -> int | None:
        for i in range(after, self.end):
            if self.word(i) in _YEAR_STOP:
                break
            if i not in self.covered and _YEAR.match(self.text(i)):
                return int(self.text(i))
        for i in range(self.start, before):
            if i not in self.covered and _YEAR.match(self.text(i)):
                return int(self.text(i))
        return None

    def role_after(self, index: int) -> str | None:
        """ "as an observer" / "as a dialogue partner" right after ``index``."""
        for i in range(index, min(index + 4, self.end)):
            if self.word(i) != "as":
                continue
            j = i + 1
            while self.word(j) in {"a", "an", "the", "full", "fully-fledged", "new"}:
                j += 1
            word = self.word(j)
            if word in {"member", "members"}:
                return "member"
            if word == "associate":
                return "associate_member"
            if word in _ROLE_NAMES and word != "member":
                return _ROLE_NAMES[word]
            if word in {"observer", "observers"}:
                return "observer"
            if word in {"partner", "partners"}:
                return "partner"
            return None
        return None


def _conditional(view: _View, subject_start: int) -> bool:
    """ "Neither Iran nor …", "If Iran joins …", "whether Iran joins …" just before a subject."""
    return view.cue(subject_start - 3, subject_start, _CONDITIONAL)


def _year_qualifier(year: int | None) -> dict[str, Any]:
    """``{"year": year}`` when the text gives one, else no qualifier."""
    return {"year": year} if year is not None else {}


def _span(mention: Linked) -> tuple[int, int]:
    return (mention.start, mention.end)
