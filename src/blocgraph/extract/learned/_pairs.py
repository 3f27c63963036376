"""Candidate pairs of one sentence and the features the pair model reads.

A candidate is a state or body mention (the subject) and a body (the object) in one sentence, or
a subject and the body in focus before the sentence when the sentence names none ("the bloc
admitted A"). Features are strings: the words between and around the pair (mentions replaced by
their type, runs of listed mentions folded into one ``LIST``), the dependency path between the
pair in the sentence's parse (dependency labels are Universal Dependencies in both languages, so
path shapes carry over from English to Russian), the lexicon's trigger frames on that path and in
the sentence, and cue words (negation, modality) anywhere in the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from blocgraph.extract._rules._lexicon import ATTENDING, GATHERINGS
from blocgraph.extract.relations import Lexicon
from blocgraph.extract.relations._polarity import polarity
from blocgraph.extract.relations._readers_include import member_role, outside_role

SUBJECT_TYPES = frozenset({"state", "body"})
DOCUMENT_FOCUS = "#document"
"""The object of a candidate whose sentence names no body and follows no sentence naming exactly
one: the document's main body, known only once the whole document is read (``PairPass``)."""
_OUTSIDE = frozenset({"вне", "outside", "beyond", "non"})
"""Words before a body that name it as what its neighbours are outside of."""
_NEGATION = frozenset({"not", "no", "never", "neither", "nor", "n't", "не", "ни", "нет", "никогда"})
_NOT_DOUBT = frozenset({"быть", "ли", "whether"})
"""Cue words too common to doubt a sentence by (a clause's polarity still reads them)."""
_WINDOW = 3
_BETWEEN_WORDS = 10
_PATH_LONGEST = 8


@dataclass(frozen=True, slots=True)
class Spot:
    """A mention in the sentence: its entity and its token span ``[start, end)`` in ``sent``."""

    id: str
    type: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Candidate:
    """One (subject, object) pair read in one sentence, with its features.

    ``chars`` are the pair's spans in the sentence's characters (the object's is absent when the
    object is the body in focus, not named in the sentence).
    """

    subject: str
    object: str
    chars: tuple[tuple[int, int], ...]
    features: tuple[str, ...]
    anchor: int = -1
    """The token (index in the sentence's parse) whose clause states the pair — the pair's
    lowest common ancestor, or the subject's governor — for reading its speaker; -1 unparsed."""


def candidates(
    sent: Span | Doc,
    spots: Sequence[Spot],
    focus: str | None,
    lexicon: Lexicon,
    parsed: bool,
) -> list[Candidate]:
    """Every (state or body, body) pair of the sentence; with no body named, each subject paired
    with ``focus`` (a body, or :data:`DOCUMENT_FOCUS`). ``parsed`` says whether ``sent`` carries
    lemmas and dependencies (else its lower-cased words stand for lemmas and no path is read)."""
    bodies = [s for s in spots if s.type == "body"]
    subjects = [s for s in spots if s.type in SUBJECT_TYPES]
    context = _SentenceFeatures(sent, spots, lexicon, parsed)
    if context.doubted():
        return []
    found: list[Candidate] = []
    for subject in subjects:
        for body in bodies:
            if (
                body.id == subject.id
                or _overlap(subject, body)
                or context.coordinated(subject, body)
                or not context.asserts(subject, body)
            ):
                continue
            found.append(
                Candidate(
                    subject.id,
                    body.id,
                    (_chars(sent, subject), _chars(sent, body)),
                    tuple(context.pair(subject, body)),
                    context.anchor(subject, body),
                )
            )
        if not bodies and focus is not None and subject.id != focus and context.asserts(subject):
            found.append(
                Candidate(
                    subject.id,
                    focus,
                    (_chars(sent, subject),),
                    tuple(context.focus(subject, focus == DOCUMENT_FOCUS)),
                    context.anchor(subject),
                )
            )
    return found


def _overlap(a: Spot, b: Spot) -> bool:
    return a.start < b.end and b.start < a.end


def _chars(sent: Span | Doc, spot: Spot) -> tuple[int, int]:
    first, last = sent[spot.start], sent[spot.end - 1]
    return (first.idx, last.idx + len(last.text))


class _SentenceFeatures:
    """What one sentence offers every pair in it: words with mentions folded, cues, frames."""

    def __init__(
        self, sent: Span | Doc, spots: Sequence[Spot], lexicon: Lexicon, parsed: bool
    ) -> None:
        self.sent = sent
        self.lexicon = lexicon
        self.parsed = parsed
        self.spot_at: dict[int, Spot] = {}
        for spot in spots:
            for i in range(spot.start, spot.end):
                self.spot_at.setdefault(i, spot)
        self.words = [self._word(t) for t in sent]
        self.frames = {f"frame:{f}" for t in sent if (f := self._frame(t)) is not None}
        self.cues = {f"cue:{w}" for w in self.words if w in _NEGATION}
        self.states = sum(1 for s in spots if s.type == "state")
        self.bodies = [s for s in spots if s.type == "body"]
        self._offset = sent.start if isinstance(sent, Span) else 0
        nouns = [t for t in sent if t.pos_ == "NOUN"] if parsed else []
        # "Countries … which have had their observers appointed in O include: A, B": a sentence
        # that speaks of a role outside membership and never of members lists no members
        self.outside_only = any(outside_role(t, lexicon) for t in nouns) and not any(
            member_role(t, lexicon) for t in nouns
        )
        # "participation in the summit was confirmed by 17 ministers (A, B, …)"
        words = set(self.words)
        self.attendance = bool(words & GATHERINGS) and bool(words & ATTENDING)

    def coordinated(self, subject: Spot, body: Spot) -> bool:
        """Whether the body is an item of the subject's own list ("the Western members (Denmark,
        Iceland, …, the EU)"): a fellow member, not the body the list belongs to."""
        if not self.parsed:
            return False
        item = self.sent[body.start : body.end].root
        if item.dep_ in {"conj", "appos"}:  # "Denmark, Iceland, …, the EU": the last item apposed
            item = item.head
        return _list_head(item).i == self._head(subject).i

    def doubted(self) -> bool:
        """Whether the sentence negates, denies, makes a condition or speaks of former standing
        anywhere (an unparsed one: or holds a modal): the model reads no pair in it."""
        kinds = ("negation", "denial", "condition", "former") + (() if self.parsed else ("modal",))
        doubt = frozenset().union(*(self.lexicon.cues.get(k, frozenset()) for k in kinds))
        return any(w in doubt and w not in _NOT_DOUBT for w in self.words)

    def asserts(self, subject: Spot, body: Spot | None = None) -> bool:
        """Whether the clauses joining the pair assert (the tree reader's polarity of the
        subject's governor and of the pair's common ancestor): "could have seven members: A"
        and "plans to join O" assert nothing."""
        if body is not None and self._excluded(body):
            return False
        if body is None and self.attendance:  # of the body in focus: attending makes no member
            return False
        if not self.parsed:
            return True
        if self.outside_only or self._listed_outside(subject):
            return False
        tokens = [self._head(subject).head]
        if body is not None and (common := self._meeting(subject, body)[2]) is not None:
            tokens.append(common)
        return all(polarity(t, self.lexicon) == "positive" for t in tokens)

    def _excluded(self, body: Spot) -> bool:
        """Whether the body is named as what the pair is outside of ("союзники США вне НАТО",
        "major non-NATO allies", "outside the EU"): no membership of it."""
        before = [t.lower_ for t in self.sent[max(0, body.start - 2) : body.start]]
        return bool(before) and (
            before[-1] in _OUTSIDE or before[-2:] == ["non", "-"] or before[-1] == "non-"
        )

    def _listed_outside(self, subject: Spot) -> bool:
        """Whether the subject is listed as an observer, partner or candidate: its governor's
        subject or the noun it hangs from is such a role ("Candidates for the EU include A",
        "observers: A, B")."""
        head = self._head(subject)
        for token in _ancestors(head)[1:4]:
            nouns = [token, *(c for c in token.children if c.dep_.startswith("nsubj"))]
            if any(outside_role(n, self.lexicon) for n in nouns if n is not head):
                return True
        return False

    def anchor(self, subject: Spot, body: Spot | None = None) -> int:
        """See :attr:`Candidate.anchor`."""
        if not self.parsed:
            return -1
        if body is not None and (common := self._meeting(subject, body)[2]) is not None:
            return common.i - self._offset
        return self._head(subject).head.i - self._offset

    def _head(self, subject: Spot) -> Token:
        """The subject's list head: its first conjunct."""
        return _list_head(self.sent[subject.start : subject.end].root)

    def _meeting(self, subject: Spot, body: Spot) -> tuple[list[Token], list[Token], Token | None]:
        """The tokens from the subject's list head and from the body up to (not including) their
        lowest common ancestor, and that ancestor (None, and the whole chains, if none)."""
        up_s = _ancestors(self._head(subject))
        up_o = _ancestors(self.sent[body.start : body.end].root)
        above_o = set(up_o)
        common = next((t for t in up_s if t in above_o), None)
        if common is None:
            return up_s, up_o, None
        return up_s[: up_s.index(common)], up_o[: up_o.index(common)], common

    def _word(self, token: Token) -> str:
        lemma = token.lemma_ if self.parsed and token.lemma_ else token.text
        return lemma.lower()

    def _frame(self, token: Token) -> str | None:
        if not self.parsed:
            return None
        trigger = self.lexicon.trigger(token.lemma_, token.pos_)
        return None if trigger is None else f"{trigger.frame}/{trigger.predicate}"

    def _folded(self, start: int, end: int) -> list[str]:
        """Words of ``[start, end)`` with each mention as its type and listed mentions as LIST."""
        out: list[str] = []
        i = start
        while i < end:
            spot = self.spot_at.get(i)
            if spot is None:
                out.append(self.words[i])
                i += 1
                continue
            out.append(spot.type.upper())
            i = max(spot.end, i + 1)
        folded: list[str] = []
        for word in out:
            listed = word in {"STATE", "BODY", "LIST"} and len(folded) >= 2
            if listed and folded[-1] in {",", "and", "и", ";"} and folded[-2] in {"STATE", "LIST"}:
                folded[-2:] = ["LIST"]
                continue
            folded.append(word)
        return folded

    def _shared(self, subject: Spot) -> list[str]:
        features = sorted(self.frames | self.cues)
        features.append(f"stype:{subject.type}")
        features.append(f"states:{min(self.states, 4)}")
        before = self._folded(max(0, subject.start - _WINDOW), subject.start)
        features += [f"spre:{w}" for w in before]
        return features

    def pair(self, subject: Spot, body: Spot) -> list[str]:
        features = self._shared(subject)
        first, second = (subject, body) if subject.start < body.start else (body, subject)
        order = "SO" if first is subject else "OS"
        between = self._folded(first.end, second.start)
        features.append(f"order:{order}")
        features.append(f"dist:{_bucket(len(between))}")
        features += [f"bw:{w}" for w in between[:_BETWEEN_WORDS]]
        features += [f"bwend:{w}" for w in between[-_BETWEEN_WORDS:]]
        if len(between) <= 6:
            features.append(f"bwseq:{order}:{' '.join(between)}")
        others = [b for b in self.bodies if b.id not in {body.id, subject.id}]
        inside = sum(1 for b in others if first.end <= b.start and b.end <= second.start)
        features.append(f"bodies-between:{min(inside, 2)}")
        nearest = all(_gap(subject, body) <= _gap(subject, b) for b in others)
        features.append(f"nearest:{order}:{nearest}")
        features += [f"pre:{w}" for w in self._folded(max(0, first.start - _WINDOW), first.start)]
        after = self._folded(second.end, min(len(self.sent), second.end + _WINDOW))
        features += [f"post:{w}" for w in after]
        if self.parsed:
            features += self._path(subject, body)
            features += self._subject_side(subject)
            o = self.sent[body.start : body.end].root
            features += [f"odep:{o.dep_}", f"ohead:{self._word(o.head)}"]
            length = self._distance(subject, body)
            closest = all(length <= self._distance(subject, b) for b in others)
            features.append(f"tree-nearest:{closest}")
            features.append(f"tree-nearest:{closest}:{nearest}")
        return features

    def _distance(self, subject: Spot, body: Spot) -> int:
        """Edges between the subject's list head and the body in the parse (counted from the
        body's side: where a repaired parse loops, the sides may meet at different tokens)."""
        up_s = _ancestors(self._head(subject))
        up_o = _ancestors(self.sent[body.start : body.end].root)
        seen = {t.i: k for k, t in enumerate(up_s)}
        for k, token in enumerate(up_o):
            if token.i in seen:
                return k + seen[token.i]
        return len(up_s) + len(up_o)

    def focus(self, subject: Spot, document: bool = False) -> list[str]:
        features = self._shared(subject)
        features.append("order:document" if document else "order:focus")
        after = self._folded(subject.end, min(len(self.sent), subject.end + _WINDOW))
        features += [f"post:{w}" for w in after]
        anaphors = {w for w in self.words if w in self.lexicon.anaphors}
        features += [f"anaphor:{self.lexicon.anaphors[w]}" for w in sorted(anaphors)]
        if self.parsed:
            features += self._subject_side(subject)
        return features

    def _subject_side(self, subject: Spot) -> list[str]:
        """The subject's list as a whole: its head's relation and governor, and the words just
        before and after the list ("as members", "members: A, B", "A and B as observers")."""
        head = self._head(subject)
        features = [f"sdep:{head.dep_}", f"shead:{self._word(head.head)}"]
        frame = self._frame(head.head)
        if frame is not None:
            features.append(f"sheadframe:{frame}")
        conjuncts = [head, *_conjuncts(head)]
        first = min(t.i for t in conjuncts) - self._offset
        last = max(t.right_edge.i for t in conjuncts) + 1 - self._offset
        if len(conjuncts) > 1:
            features.append("in-list")
        features += [f"lpre:{w}" for w in self._folded(max(0, first - 2), max(first, 0))]
        features += [f"lpost:{w}" for w in self._folded(last, min(len(self.sent), last + 2))]
        return features

    def _path(self, subject: Spot, body: Spot) -> list[str]:
        """The path from the subject (the first of its list) to the body through their lowest
        common ancestor, as dependency labels, with the ancestor's word and frame."""
        left, right, common = self._meeting(subject, body)
        if common is None:
            return ["path:none"]
        if len(left) + len(right) > _PATH_LONGEST:
            return ["path:long"]
        labels = [f"{t.dep_}^" for t in left] + [f"v{t.dep_}" for t in reversed(right)]
        shape = " ".join(labels)
        features_len = [f"plen:{len(labels)}", f"updown:{len(left)}:{len(right)}"]
        features = [
            f"path:{shape}",
            f"lca:{self._word(common)}",
            f"lcapath:{self._word(common)}:{shape}",
        ]
        frame = self._frame(common)
        if frame is not None:
            features += [f"lcaframe:{frame}", f"framepath:{frame}:{shape}"]
        for token in left[1:] + right[1:]:
            features.append(f"via:{self._word(token)}")
            inner = self._frame(token)
            if inner is not None:
                features.append(f"viaframe:{inner}")
        if any(c.lower_ in _NEGATION for t in (*left, common) for c in t.children):
            features.append("negated-path")
        return features + features_len


def _gap(a: Spot, b: Spot) -> int:
    return max(a.start - b.end, b.start - a.end, 0)


def _list_head(token: Token) -> Token:
    """The first conjunct of the list a token is in ("A, B and C": C → A)."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def _conjuncts(token: Token) -> list[Token]:
    """The conjuncts hanging from a list's first item, however deep ("A, B and C")."""
    out: list[Token] = []
    stack = [c for c in token.children if c.dep_ == "conj"]
    while stack and len(out) < 200:
        conj = stack.pop()
        out.append(conj)
        stack.extend(c for c in conj.children if c.dep_ == "conj")
    return out


def _ancestors(token: Token) -> list[Token]:
    """The token and its heads up to the root (40 at most: a repaired parse may loop)."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 40:
        chain.append(chain[-1].head)
    return chain


def _bucket(n: int) -> str:
    for limit in (0, 2, 5, 10, 20):
        if n <= limit:
            return str(limit)
    return "far"
