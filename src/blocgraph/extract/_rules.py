"""Rule-based relation extraction over one sentence's linked mentions.

A spaCy ``PhraseMatcher`` on lower-case token text finds **triggers** (role nouns such as "member",
"observer", "dialogue partner"; verbs such as "joined", "withdrew", "froze", "proposed";
nouns such as "cooperation", "accession"). Each trigger family has a small handler that looks left
and right of the trigger for its arguments among the sentence's mentions, expands coordinated
lists ("Egypt, Ethiopia, Iran and the UAE joined BRICS"), and drops the statement when the words
between arguments and trigger negate it or make it hypothetical ("has not withdrawn", "may join",
"applied to join", "candidate"). Sentence-level handlers cover patterns keyed on a region or a
civilization rather than a trigger word (``locatedIn``, ``civilizationOf``, ``claims``).

Every rule name (the ``rule`` field of a statement) is listed in :data:`RULES`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from blocgraph.extract._linker import Linked
from blocgraph.extract._pipeline import CITATION

RULES: dict[str, str] = {
    "member-of": "S is/are (a) member(s) of O; S, a member of O; S is an O member",
    "member-list": "O member states A, B; O's members are A, B; members of O: A, B",
    "includes-members": "O includes/comprises/brings together A, B and C; O is a (any "
    "adjectives) forum / union … bringing together / consisting of A, B",
    "observer-of": "S is an observer (state) of O; S has observer status in O; O observer S",
    "partner-of": "S is a dialogue partner / partner country / associate member of O; O partner S",
    "list-under-heading": "- A (joined YEAR, withdrew YEAR) / - A (YEAR) under 'Members of O:'",
    "changed-status": "S changed / downgraded its O status to ROLE (the role now held)",
    "became-member": "S became a (full) member / observer / dialogue partner of O (joined)",
    "granted-status": "S was granted / gained observer status in O (joined, with role)",
    "joined-verb": "S joined O [as ROLE] [in YEAR]",
    "admitted": "S was admitted / added to O; O admitted S; S was admitted as O's 11th member",
    "accepted-as-member": "O (decided to) accept(ed) / admitted S as its (Nth / newest) member "
    "(joined)",
    "most-recent-members": "the most recent / newest / last members to join / to be added to O "
    "are A on DATE and B on DATE (joined, each state with its year)",
    "acceded": "S acceded to O; S's accession to O; the accession of S to O",
    "expanded-to-include": "O expanded (in YEAR) to include A, B; O grew by including A in "
    "YEAR and B in YEAR (joined)",
    "enlargement-list": "the enlargement of O took place with the addition / accession of A, B "
    "(joined, each state with its year)",
    "counted-joins": "Ten new countries joined O in YEAR - A, B; three states were admitted to O: "
    "A, B (joined)",
    "role-clause": "O comprises A, B, while C and D are observers (observerOf / partnerOf)",
    "withdrew": "S withdrew from O; S's withdrawal from O; S pulled out of O",
    "left-verb": "S left / quit / exited O",
    "ceased-membership": "S ceased to be a member of O; S terminated its membership in O; the "
    "membership of S in O ended",
    "expelled": "S was expelled from O; O expelled S (left, reason expelled)",
    "suspended": "S was suspended from O; O suspended S; S suspended its membership in O; S's "
    "membership in O was suspended",
    "froze-participation": "S froze its participation / membership in O",
    "cooperation-frameworks": "(S's / our) cooperation within / with O1, O2 and O3 (frameworks)",
    "cooperates-verb": "S cooperates / works with O",
    "proposes-verb": "X proposed / put forward / will create / launched I",
    "proposed-by": "I was proposed / put forward by X",
    "initiative-possessive": "X's I (China's Belt and Road Initiative)",
    "initiative-of": "I is an initiative / idea / project of X",
    "located-in": "S is located / lies in R; S, in R,",
    "regional-states": "S is a R-adjective state / country (Kazakhstan is a Central Asian "
    "country); a header list 'Central Asian states A, B' gives nothing",
    "region-has-states": "R has (several …) states, A, B (locatedIn)",
    "region-has-civilizational-states": "R has civilizational states, A, B (civilizationOf)",
    "belongs-to-civilization": "S belongs to / is part of the X civilization",
    "civilizational-state": "S is a civilizational state; civilizational states such as A, B",
    "absence-claim": "in R there exists no pan-continental organisation (R claims no-…)",
    "contrast-claim": "unlike R1 and R2 (R claims …, the positive of the absence claim)",
}

_QUOTES = frozenset("“”\"‘’'«»„")
_HARD_STOP = frozenset({".", ";", "!", "?"})
_CLAUSE_BREAK = frozenset(
    {"but", "while", "whereas", "although", "though", "because", "however", "unlike"}
)
_NEGATION = frozenset(
    {"not", "n't", "never", "no", "neither", "nor", "none", "non", "cannot", "nobody", "не", "ни"}
)
_MODAL = frozenset({"may", "might", "could", "would", "should", "can", "must", "shall", "ought"})
_FUTURE = frozenset({"will", "'ll", "wo", "going"})
_INTENT = frozenset(
    [
        "apply",
        "applies",
        "applied",
        "applying",
        "application",
        "applications",
        "seek",
        "seeks",
        "sought",
        "seeking",
        "plan",
        "plans",
        "planned",
        "planning",
        "intend",
        "intends",
        "intended",
        "intention",
        "want",
        "wants",
        "wanted",
        "hope",
        "hopes",
        "hoped",
        "hoping",
        "aim",
        "aims",
        "aimed",
        "aiming",
        "expect",
        "expects",
        "expected",
        "expecting",
        "consider",
        "considers",
        "considered",
        "considering",
        "wish",
        "wishes",
        "wished",
        "aspire",
        "aspires",
        "aspired",
        "aspiring",
        "aspiration",
        "bid",
        "bids",
        "candidate",
        "candidates",
        "candidacy",
        "candidature",
        "prospective",
        "potential",
        "possible",
        "possibly",
        "likely",
        "unlikely",
        "perhaps",
        "probably",
        "if",
        "whether",
        "unless",
        "invited",
        "invitation",
        "invite",
        "offer",
        "offered",
        "threaten",
        "threatens",
        "threatened",
        "threatening",
        "refuse",
        "refused",
        "refuses",
        "decline",
        "declined",
        "fail",
        "failed",
        "yet",
        "ready",
        "willing",
        "eager",
        "keen",
        "negotiate",
        "negotiating",
        "negotiations",
        "pending",
        "discuss",
        "discussing",
        "discussed",
        "request",
        "requested",
        "requests",
        "asked",
        "asks",
        "push",
        "pushing",
        "pushed",
        "lobby",
        "lobbying",
        "prepare",
        "prepares",
        "preparing",
        "urge",
        "urged",
        "urges",
        "demand",
        "demanded",
        "demands",
        "calls",
        "called",
        "proposal",
        "proposed",
        "suggested",
        "should",
        "would-be",
        "future",
        "eventual",
    ]
)
_INFINITIVE_VERBS = frozenset(
    [
        "become",
        "join",
        "be",
        "leave",
        "withdraw",
        "quit",
        "exit",
        "accede",
        "gain",
        "obtain",
        "receive",
        "suspend",
        "freeze",
        "enter",
    ]
)
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")
_YEAR_STOP = frozenset(
    {";", "which", "who", "whose", "while", "whereas", "but", "founded", "established", "created"}
)
_EVENT_NOUNS = frozenset(
    [
        "summit",
        "summits",
        "meeting",
        "meetings",
        "session",
        "sessions",
        "conference",
        "conferences",
        "forum",
        "talks",
        "ministerial",
        "secretariat",
        "headquarters",
        "building",
        "hall",
        "venue",
        "premises",
        "gathering",
    ]
)
_ROLE_MODIFIERS = frozenset(
    [
        "full",
        "fully-fledged",
        "full-fledged",
        "founding",
        "permanent",
        "new",
        "official",
        "formal",
        "original",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "last",
        "latest",
        "newest",
        "youngest",
        "oldest",
        "active",
        "key",
        "leading",
        "important",
        "major",
        "core",
        "only",
        "sole",
        "equal",
        "fully",
        "fledged",
        "-",
        "a",
        "an",
        "the",
    ]
)
_BAD_MODIFIERS = frozenset(
    [
        "once",
        "formerly",
        "ex",
        "candidate",
        "prospective",
        "potential",
        "future",
        "former",
        "aspiring",
        "would-be",
        "non",
        "honorary",
        "eventual",
        "possible",
    ]
)
_BECOME = frozenset({"became", "become", "becomes", "becoming"})
_ADMIT = frozenset({"admitted", "accepted", "welcomed", "joined", "join", "joins", "entered"})
_GRANTED = frozenset({"granted", "gained", "obtained", "received", "acquired", "given", "got"})
_CEASE = frozenset({"ceased", "stopped"})
_SEPARATORS = frozenset({",", "and", "&", "plus", "…", "...", "и"})
_LIST_INTRO = frozenset(
    {
        "are",
        "were",
        "is",
        "include",
        "includes",
        "included",
        "including",
        "such",
        "as",
        "like",
        "namely",
        ":",
        "—",
        "–",
        "-",
        ",",
        "the",
        "(",
        "comprise",
        "comprising",
        "being",
    }
)
_PREPOSITIONS = frozenset(
    {"with", "to", "from", "between", "of", "by", "for", "against", "than", "among", "on", "at"}
)
_ROLE_NAMES = {
    "member": "member",
    "observer": "observer",
    "dialogue": "dialogue_partner",
    "partner": "partner",
    "associate": "associate_member",
}
_STATE_PREDICATE = {
    "member": "memberOf",
    "observer": "observerOf",
    "dialogue_partner": "partnerOf",
    "partner": "partnerOf",
    "associate_member": "partnerOf",
}
_MEMBERSHIP_TYPES = frozenset({"state", "body"})
_PROPOSER_TYPES = frozenset({"person", "state", "body"})
_CLAIM_HEADS = frozenset(
    [
        "organisation",
        "organization",
        "organisations",
        "organizations",
        "structure",
        "structures",
        "body",
        "bodies",
        "institution",
        "institutions",
        "bloc",
        "alliance",
        "architecture",
        "mechanism",
        "framework",
        "union",
        "association",
    ]
)
_CLAIM_SYNONYMS = {
    "organization": "organisation",
    "organisations": "organisation",
    "organizations": "organisation",
    "structure": "organisation",
    "structures": "organisation",
    "body": "organisation",
    "bodies": "organisation",
    "institution": "organisation",
    "institutions": "organisation",
    "association": "organisation",
    "continent-wide": "pan-continental",
    "all-continental": "pan-continental",
    "continental": "pan-continental",
    "pancontinental": "pan-continental",
}
_CLAIM_SKIP = frozenset({"a", "an", "any", "single", "the", "one", "such", "real", "unified"})
_CONTRAST = frozenset({"unlike"})
_CONTRAST_PHRASES = (("in", "contrast", "to"), ("as", "opposed", "to"), ("contrary", "to"))
_STATE_NOUNS = frozenset(
    {"states", "countries", "nations", "republics", "state", "country", "nation", "powers"}
)
_HAS_VERBS = frozenset(
    {
        "has",
        "have",
        "had",
        "includes",
        "include",
        "contains",
        "comprises",
        "hosts",
        "boasts",
        "encompasses",
        "unites",
        "features",
    }
)
_CIV_WORD = re.compile(r"^(civili[sz]|цивилиз)", re.IGNORECASE)
_CIV_STATE = re.compile(r"^(civili[sz]ation(al)?-?states?|states?-civili[sz]ations?)$")

# Trigger patterns: label → list of token patterns (lower-case text).
_W = dict[str, Any]


def _low(*words: str) -> _W:
    return {"LOWER": {"IN": list(words)}}


_PATTERNS: dict[str, list[list[_W]]] = {
    "role:member": [
        [
            _low("member", "members", "member-state", "member-states"),
            {**_low("state", "states", "country", "countries", "nation", "nations"), "OP": "?"},
        ],
        [
            _low(
                "член",
                "члена",
                "членом",
                "члены",
                "членами",
                "членов",
                "государство-член",
                "государства-члены",
                "государств-членов",
            )
        ],
        [_low("membership")],
    ],
    "role:associate": [[_low("associate"), _low("member", "members")]],
    "role:observer": [
        [_low("наблюдатель", "наблюдателем", "наблюдателя", "наблюдатели")],
        [
            _low("observer", "observers"),
            {**_low("state", "states", "country", "countries", "status"), "OP": "?"},
        ],
    ],
    "role:dialogue": [
        [
            _low("dialogue"),
            _low("partner", "partners"),
            {**_low("state", "states", "country", "countries", "status"), "OP": "?"},
        ],
    ],
    "role:partner": [
        [
            _low("partner", "partners"),
            _low("country", "countries", "state", "states", "nation", "nations", "status"),
        ],
        [_low("partner", "partners")],
    ],
    "join": [
        [_low("join", "joins", "joined", "joining", "rejoined", "rejoins", "re-joined")],
        [
            _low(
                "вступила",
                "вступил",
                "вступили",
                "вступило",
                "присоединилась",
                "присоединился",
                "присоединились",
            )
        ],
    ],
    "accede": [
        [_low("acceded", "accedes", "accede", "acceding"), _low("to")],
        [_low("accession")],
    ],
    "admit": [
        [
            _low(
                "admitted",
                "admits",
                "admit",
                "admission",
                "accepted",
                "accept",
                "accepts",
                "readmitted",
                "re-admitted",
                "addition",
            )
        ]
    ],
    "added": [[_low("added"), _low("to")]],
    "withdraw": [
        [_low("withdrew", "withdraws", "withdraw", "withdrawn", "withdrawing", "withdrawal")],
        [_low("вышла", "вышел", "вышли", "вышло"), _low("из")],
        [_low("pulled", "pulls", "pull"), _low("out")],
    ],
    "leftverb": [
        [_low("left")],
        [_low("quit", "quits")],
        [_low("exited", "exits", "exit")],
    ],
    "terminate": [
        [_low("ceased", "stopped"), _low("participating")],
        [
            _low(
                "terminated",
                "ended",
                "renounced",
                "relinquished",
                "revoked",
                "ceased",
                "discontinued",
            ),
            {**_low("its", "their", "the"), "OP": "?"},
            _low("membership", "participation"),
        ],
    ],
    "expel": [[_low("expelled", "expels", "expel", "expulsion")]],
    "end": [[_low("ended", "lapsed", "expired", "terminated", "revoked", "cancelled", "canceled")]],
    "suspend": [[_low("suspended", "suspends", "suspend", "suspension")]],
    "freeze": [[_low("froze", "frozen", "freezes", "freeze", "freezing")]],
    "include": [
        [
            _low(
                "includes",
                "include",
                "included",
                "comprises",
                "comprise",
                "comprised",
                "comprising",
                "encompasses",
                "unites",
                "uniting",
                "including",
                "adding",
                "admitting",
                "incorporating",
            )
        ],
        [_low("consists", "consisted", "consisting", "composed"), _low("of")],
        [_low("made"), _low("up"), _low("of")],
        [_low("brings", "brought", "bringing"), _low("together")],
    ],
    "coop": [
        [
            _low(
                "cooperation",
                "cooperate",
                "cooperates",
                "cooperated",
                "cooperating",
                "collaboration",
                "collaborate",
                "collaborates",
                "collaborated",
                "interaction",
                "interacts",
                "interacted",
                "сотрудничество",
                "сотрудничества",
                "сотрудничеству",
                "сотрудничестве",
                "сотрудничеством",
                "сотрудничает",
                "сотрудничают",
            )
        ],
        [_low("co"), {"ORTH": "-"}, _low("operation", "operate", "operates", "operated")],
    ],
    "propose": [
        [
            _low(
                "proposed",
                "proposes",
                "propose",
                "proposing",
                "launched",
                "launches",
                "launch",
                "initiated",
                "initiates",
                "unveiled",
                "unveils",
                "advanced",
                "advances",
                "championed",
                "champions",
                "promoted",
                "promotes",
                "promote",
                "promoting",
                "advocated",
                "advocates",
                "advocate",
                "created",
                "create",
                "creates",
                "creating",
                "build",
                "builds",
                "built",
                "establish",
                "establishes",
                "established",
                "realize",
                "realise",
                "realizes",
                "realises",
                "implement",
                "implements",
                "implemented",
                "conceived",
                "develop",
                "develops",
                "developing",
                "form",
                "forming",
                "предложил",
                "предложила",
                "выдвинул",
                "создаст",
                "создать",
            )
        ],
        [_low("put", "puts", "putting"), _low("forward")],
        [
            _low("bring", "brings", "brought", "bringing"),
            _low("into", "to"),
            _low("reality", "life", "being"),
        ],
        [_low("put", "puts"), _low("into"), _low("practice")],
        [_low("called", "calls", "call"), _low("for")],
        [_low("came", "come", "comes"), _low("up"), _low("with")],
    ],
}


def _phrases(pattern: list[_W]) -> list[tuple[str, ...]]:
    """Every word sequence a token pattern (``LOWER``/``ORTH`` alternatives, optional tokens)
    stands for."""
    phrases: list[tuple[str, ...]] = [()]
    for token in pattern:
        spec = token.get("LOWER", token.get("ORTH"))
        words = list(spec["IN"]) if isinstance(spec, dict) else [str(spec)]
        grown = [(*p, w) for p in phrases for w in words]
        phrases = grown + phrases if token.get("OP") == "?" else grown
    return [p for p in phrases if p]


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
            mention = self.ends.get(j + 1)
            if mention is not None:
                if mention.type in types and mention.id != exclude:
                    return mention
                j = mention.start - 1
                continue
            if self.text(j) in _HARD_STOP or self.word(j) in _CLAUSE_BREAK:
                return None
            if j in self.noise:
                index -= 1  # a reference mark does not count against the window
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
            mention = self.starts.get(j)
            if mention is not None:
                return mention if mention.type in types else None
            if self.text(j) in _HARD_STOP or self.word(j) in _CLAUSE_BREAK:
                return None
            if j in self.noise:
                index += 1
            elif skip is not None and self.word(j) not in skip and self.text(j) not in _QUOTES:
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


_BODY_SUBJECT_GAP = frozenset(
    {
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "also",
        "officially",
        "formally",
        "already",
        "then",
        "itself",
        "a",
        "an",
        "the",
        "been",
        "later",
        "now",
    }
)
_CONDITIONAL = frozenset({"neither", "if", "whether", "unless", "should"})


def _conditional(view: _View, subject_start: int) -> bool:
    """ "Neither Iran nor …", "If Iran joins …", "whether Iran joins …" just before a subject."""
    return view.cue(subject_start - 3, subject_start, _CONDITIONAL)


def _year_qualifier(year: int | None) -> dict[str, Any]:
    """``{"year": year}`` when the text gives one, else no qualifier."""
    return {"year": year} if year is not None else {}


def _span(mention: Linked) -> tuple[int, int]:
    return (mention.start, mention.end)


class RuleSet:
    """All rules, compiled once for a pipeline's vocabulary.

    >>> from blocgraph.extract._pipeline import blank_pipeline
    >>> nlp = blank_pipeline()
    >>> sorted(RuleSet(nlp).labels)[:3]
    ['accede', 'added', 'admit']
    """

    def __init__(self, nlp: Language) -> None:
        # The token patterns are fixed phrases with optional words: expanded into phrases, a
        # PhraseMatcher on LOWER finds them several times faster than the token Matcher.
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for label, patterns in _PATTERNS.items():
            phrases = {phrase for pattern in patterns for phrase in _phrases(pattern)}
            self.matcher.add(label, [Doc(nlp.vocab, words=list(p)) for p in sorted(phrases)])
        self.labels = set(_PATTERNS)

    def find(self, doc: Doc, mentions: list[Linked]) -> list[tuple[Span, list[Found]]]:
        """Statements of every sentence of a chunk, with the sentence they come from."""
        spans = [
            Span(doc, start, end, label=match_id) for match_id, start, end in self.matcher(doc)
        ]
        triggers = sorted(filter_spans(spans), key=lambda s: s.start)
        ordered = sorted(mentions, key=lambda m: m.start)
        result: list[tuple[Span, list[Found]]] = []
        t = m = 0
        for sent in doc.sents:
            first_trigger = t
            while t < len(triggers) and triggers[t].start < sent.end:
                t += 1
            first_mention = m
            while m < len(ordered) and ordered[m].start < sent.end:
                m += 1
            if m == first_mention:
                continue  # no mention, no statement
            found = self._sentence(doc, sent, ordered[first_mention:m], triggers[first_trigger:t])
            if found:
                result.append((sent, found))
        return result

    def _sentence(
        self, doc: Doc, sent: Span, mentions: list[Linked], triggers: list[Span]
    ) -> list[Found]:
        view = _View(doc, sent, mentions)
        found: list[Found] = []
        carried: Linked | None = None
        for trigger in triggers:
            if trigger.start in view.covered or trigger.end - 1 in view.covered:
                continue
            label = trigger.label_
            if label.startswith("role:"):
                found += _role(view, trigger.start, trigger.end, label[5:])
            elif label == "coop":
                found += _cooperation(view, trigger.start, trigger.end)
            elif label == "propose":
                results, carried = _propose(view, trigger.start, trigger.end, carried)
                found += results
            elif label == "include":
                found += _include(view, trigger.start, trigger.end)
            elif label == "admit" and (as_member := _as_its_member(view, trigger.start)):
                found += as_member
            elif label == "admit" and view.word(trigger.start) in {"accept", "accepts"}:
                continue  # "accept" alone is agreement, not admission ("accepts the rules")
            elif label == "added":
                if view.word(trigger.start - 1) in {"was", "were", "been"}:
                    found += _membership_verb(view, trigger.start, trigger.end, "admit")
            else:
                found += _membership_verb(view, trigger.start, trigger.end, label)
        located = _located(view)
        found += located
        found += _civilizations(
            view, {f.subject for f in located if f.predicate == "civilizationOf"}
        )
        found += _claims(view)
        found += _recent_members(view)
        found += _initiative_possessive(view)
        found += _initiative_of(view)
        return found


# -- role nouns ----------------------------------------------------------------------------


def _role(view: _View, t0: int, t1: int, family: str) -> list[Found]:
    role = _ROLE_NAMES[family]
    if family == "member" and view.word(t0 - 1) == "-" and view.word(t0 - 2) == "non":
        return []
    p = t0
    modifiers: list[str] = []
    while (
        p - 1 >= view.start
        and p - 1 not in view.covered
        and (
            view.word(p - 1) in _ROLE_MODIFIERS
            or view.word(p - 1) in _BAD_MODIFIERS
            or _ORDINAL.match(view.word(p - 1))
            or view.word(p - 1) in _NUMBERS
        )
    ):
        p -= 1
        modifiers.append(view.word(p))
    if any(m in _BAD_MODIFIERS for m in modifiers):
        return []
    bare_partner = family == "partner" and view.word(t1 - 1) in {"partner", "partners"}

    # the organisation: "of/in O" after, or "O's" / "O" right before
    object_left: Linked | None = None
    q = p
    while view.word(q - 1) in {"a", "an", "the"}:
        q -= 1
    possessive = view.word(q - 1) in {"'s", "’s"}
    candidate = view.ends.get(q - 1 if possessive else q)
    has_members = False
    if candidate is None and family == "member" and view.word(t0) != "membership":
        # "the EAEU has five members: A, B" / "BRICS now counts ten member states, A …"
        h = q
        while view.word(h - 1) in _HAS_MEMBERS_GAP:
            h -= 1
        if set(view.words(h, q)) & _HAS_MEMBERS_VERBS:
            candidate = view.ends.get(h)
            has_members = candidate is not None
    if candidate is not None and candidate.type == "body":
        object_left = candidate
        q = candidate.start
    object_right: Linked | None = None
    if re.match(r"[а-яё]", view.word(t0)):
        object_right = view.right(t1, frozenset({"body"}), window=2)  # "членами ШОС"
    elif view.word(t1) in {"of", "in", "to", "at", "within", "with", "inside"}:
        object_right = view.right(
            t1 + 1, frozenset({"body"}), window=4, skip=frozenset({"the", "both"})
        )
    if bare_partner and object_left is None:
        return []  # "key partner of ASEAN" is not a status; "SCO partner" / "BRICS partners" is
    organisation = object_right or object_left
    changed = _changed_status(view, p, t0, t1, role)
    if changed:
        return changed
    if organisation is None:
        return _granted(view, t0, t1, role)
    organisations = (
        view.expand_right(object_right, frozenset({"body"}), also=_REPEATED_PREPOSITIONS)
        if object_right
        else [organisation]
    )

    # the members: "A, B are members of O" / "O member states A, B" / "O's members are A, B"
    after = object_right.end if object_right is not None else t1
    right_first = view.right(after, frozenset({"state"}), window=4, skip=_LIST_INTRO)
    subject = (
        None
        if (object_left is not None and right_first is not None) or has_members
        else view.subject(q, exclude=organisation.id)
    )
    if subject is not None and subject is not organisation:
        gap = (subject.end, q)
        subjects = view.expand_left(subject, _MEMBERSHIP_TYPES)
        lo = subjects[0].start
        rule_list = False
    elif right_first is not None:
        subjects = view.expand_right(right_first, frozenset({"state"}))
        gap = (t1, right_first.start)
        lo = p - 3
        rule_list = True
    else:
        return _fronted_appositive(view, p, t0, t1, role, organisations)
    gap_words = set(view.words(*gap)) | set(view.words(p - 4, p))
    ceased = bool(gap_words & _CEASE)
    if (
        view.cue(lo, t1, _NEGATION, _MODAL, _INTENT, _FUTURE, infinitive=not ceased)
        or _conditional(view, lo)
        or (rule_list and view.cue(*gap, _NEGATION, _MODAL, _INTENT))
    ):
        return []
    if gap_words & _STATUS_VERBS:
        return []  # "froze its membership in O", "suspended its membership": the verb's rule
    if view.word(t0) == "membership":
        # "X gained full membership in O" (joined), "X holds membership in O" (memberOf); a bare
        # "X's membership in O" asserts neither
        if gap_words & (_GRANTED | {"won", "secured"}):
            predicate, rule = "joined", "became-member"
        elif gap_words & {"holds", "hold", "held", "has", "have", "retains", "retain"}:
            predicate, rule = "memberOf", "member-of"
        else:
            return []
    elif ceased:
        predicate, rule = "left", "ceased-membership"
    elif "status" in gap_words and _GRANT_WORDS & set(
        view.words(subjects[0].start - 2, subjects[0].start)
    ):
        # "the SCO granted Belarus the status of a member state" (joined, not memberOf);
        # "discussed granting Belarus the status …" asserts nothing
        if not _status_grant(view, subjects[0].start):
            return []
        predicate, rule = "joined", "granted-status"
    elif gap_words & _GRANTED:
        predicate, rule = "joined", "granted-status"
    elif gap_words & (_BECOME | _ADMIT):
        predicate, rule = "joined", "became-member"
    else:
        predicate = _STATE_PREDICATE[role]
        rule = (
            "member-list"
            if rule_list
            else (
                "member-of"
                if role == "member"
                else "observer-of"
                if role == "observer"
                else "partner-of"
            )
        )
    qualifiers: dict[str, Any] = {}
    if predicate == "joined":
        year = view.year(t1, subjects[0].start)
        if year is not None:
            qualifiers["year"] = year
        if role != "member":
            qualifiers["role"] = role
    elif predicate == "partnerOf":
        qualifiers["role"] = role
    elif "founding" in modifiers:
        qualifiers["founding"] = True
    return [
        Found(s.id, predicate, o.id, [(t0, t1), _span(s), _span(o)], rule, dict(qualifiers))
        for s in subjects
        for o in organisations
        if s.id != o.id
    ]


_NUMBERS = frozenset(
    [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "fifteen",
        "twenty",
        "several",
    ]
)
_HAS_MEMBERS_VERBS = frozenset({"has", "have", "had", "counts", "counted", "numbers"})
_HAS_MEMBERS_GAP = _HAS_MEMBERS_VERBS | {"now", "currently", "today", "also", "then"}
_REPEATED_PREPOSITIONS = frozenset({"of", "in", "to", "both"})
_STATUS_VERBS = frozenset(
    {
        "froze",
        "frozen",
        "freezes",
        "freezing",
        "suspended",
        "suspends",
        "suspending",
        "terminated",
        "terminates",
        "renounced",
        "revoked",
        "relinquished",
        "withdrew",
        "withdrawn",
    }
)
_CHANGE_VERBS = frozenset(
    {
        "changed",
        "changes",
        "downgraded",
        "downgrades",
        "upgraded",
        "upgrades",
        "converted",
        "switched",
        "reduced",
        "lowered",
        "raised",
        "elevated",
        "transformed",
        "turned",
    }
)
_STATUS_NOUNS = frozenset({"status", "standing", "membership", "participation", "position"})
_DATE_WORDS = frozenset({"since", "in", "from", "on", "of", ","}) | frozenset()
_ROLE_RULE = {
    "member": "member-of",
    "observer": "observer-of",
    "dialogue_partner": "partner-of",
    "partner": "partner-of",
    "associate_member": "partner-of",
}


def _changed_status(view: _View, p: int, t0: int, t1: int, role: str) -> list[Found]:
    """ "S changed its O status to associate member", "S downgraded its membership in O to
    observer status": the status the change leads to is held (memberOf / observerOf /
    partnerOf with the role)."""
    if view.word(p - 1) != "to":
        return []
    k = p - 2
    noun = verb = -1
    while k >= view.start and p - k <= 10:
        word = view.word(k)
        if word in _HARD_STOP:
            return []
        if noun < 0 and word in _STATUS_NOUNS:
            noun = k
        elif noun >= 0 and word in _CHANGE_VERBS:
            verb = k
            break
        k -= 1
    if verb < 0:
        return []
    organisation = next(
        (m for m in view.mentions if m.type == "body" and verb < m.start and m.end <= p), None
    )
    subject = view.left(verb, frozenset({"state"}), window=4)
    if organisation is None or subject is None:
        return []
    if view.cue(subject.start, t1, _NEGATION, _MODAL, _INTENT, _FUTURE) or _conditional(
        view, subject.start
    ):
        return []
    qualifiers: dict[str, Any] = {}
    if _STATE_PREDICATE[role] == "partnerOf":
        qualifiers["role"] = role
    year = view.year(t1, subject.start)
    if year is not None:
        qualifiers["since"] = year
    return [
        Found(
            subject.id,
            _STATE_PREDICATE[role],
            organisation.id,
            [(verb, verb + 1), (t0, t1), _span(subject), _span(organisation)],
            "changed-status",
            qualifiers,
        )
    ]


def _fronted_appositive(
    view: _View, p: int, t0: int, t1: int, role: str, organisations: list[Linked]
) -> list[Found]:
    """ "A member of the EU since 1995, Finland …", "As an observer of the SCO, Mongolia …":
    a role phrase opening the sentence describes the state named right after its comma."""
    start = p - 1 if view.word(p - 1) == "as" else p
    while start > view.start and view.text(start - 1) in _QUOTES:
        start -= 1
    if start != view.start:
        return []
    j = organisations[-1].end
    while j < view.end and j - organisations[-1].end < 8 and view.word(j) != ",":
        word = view.word(j)
        if not (word in _DATE_WORDS or word in _MONTHS or word.isdigit() or j in view.noise):
            return []
        j += 1
    if view.word(j) != ",":
        return []
    j += 1
    while view.word(j) == "the":
        j += 1
    first = view.starts.get(j)
    if first is None or first.type != "state":
        return []
    if view.cue(view.start, first.start, _NEGATION, _MODAL, _INTENT, _FUTURE):
        return []
    subjects = view.expand_right(first, frozenset({"state"}))
    qualifiers: dict[str, Any] = {}
    if _STATE_PREDICATE[role] == "partnerOf":
        qualifiers["role"] = role
    year = view.year(organisations[-1].end, organisations[-1].end)
    if year is not None and j - organisations[-1].end <= 8:
        qualifiers["since"] = year
    return [
        Found(
            s.id,
            _STATE_PREDICATE[role],
            o.id,
            [(t0, t1), _span(s), _span(o)],
            _ROLE_RULE[role],
            dict(qualifiers),
        )
        for s in subjects
        for o in organisations
    ]


_GRANTING = frozenset({"granted", "gave", "given", "accorded", "conferred", "awarded"})
_GRANT_WORDS = _GRANTING | {"granting", "grant", "grants", "giving", "give", "gives"}
_DECIDED = frozenset({"signed", "adopted", "approved", "took", "taken", "made", "passed"})


def _status_grant(view: _View, subject_start: int) -> bool:
    """Whether a completed grant introduces the subject: "granted Belarus the status of …", or
    a decision on it that was taken: "signed a resolution on granting Belarus the status of …"
    ("discussed granting" or "a draft on granting" are not facts)."""
    before = view.words(subject_start - 2, subject_start)
    if _GRANTING & set(before):
        return not view.cue(view.start, subject_start, _NEGATION, _MODAL, _INTENT, _FUTURE)
    if before[-1:] != ["granting"] or view.word(subject_start - 2) != "on":
        return False
    decided = view.words(view.start, subject_start - 2)
    return (
        bool(_DECIDED & set(decided))
        and "draft" not in decided
        and not view.cue(view.start, subject_start, _NEGATION, _MODAL, _INTENT, _FUTURE)
    )


def _granted(view: _View, t0: int, t1: int, role: str) -> list[Found]:
    """ "The EAEU granted observer status to Uzbekistan", "the SCO granted Iran observer
    status" (joined with a role)."""
    if role == "member":
        return []
    organisation = view.left(t0, frozenset({"body"}), window=8)
    if organisation is None or not _GRANTING & set(view.words(organisation.end, t0)):
        return []
    subject = (
        view.right(t1 + 1, frozenset({"state"}), window=2, skip=frozenset({"the"}))
        if view.word(t1) == "to"
        else view.left(t0, frozenset({"state"}), window=4)
    )
    if subject is None or (subject.start < organisation.end and subject.end > organisation.start):
        return []
    if view.cue(organisation.start, max(t1, subject.end), _NEGATION, _MODAL, _INTENT, _FUTURE):
        return []
    qualifiers: dict[str, Any] = {"role": role}
    year = view.year(max(t1, subject.end), organisation.start)
    if year is not None:
        qualifiers["year"] = year
    return [
        Found(
            subject.id,
            "joined",
            organisation.id,
            [(t0, t1), _span(subject), _span(organisation)],
            "granted-status",
            qualifiers,
        )
    ]


# -- membership verbs -----------------------------------------------------------------------

_VERB_FILLER = frozenset(
    {
        "the",
        "from",
        "of",
        "to",
        "into",
        "in",
        "its",
        "their",
        "his",
        "her",
        "membership",
        "participation",
        "a",
        "an",
        "out",
        "with",
        "as",
        "в",
        "из",
        "к",
        "состав",
        "составе",
    }
)
_NOMINAL = frozenset(
    {"withdrawal", "accession", "suspension", "exit", "expulsion", "admission", "addition"}
)
# "the enlargement of O", "O's expansion", "O grew / expanded": the body an accession belongs to
_ENLARGEMENT = frozenset(
    {"enlargement", "expansion", "expanded", "enlarged", "grew", "widened", "widening"}
)
_TRANSITIVE = frozenset({"admit", "suspend", "expel"})


def _membership_verb(view: _View, t0: int, t1: int, label: str) -> list[Found]:
    word = view.word(t0)
    if view.word(t0 - 1) == "to" and word not in _NOMINAL:
        return []  # "applied to join", "decided to leave"
    body = frozenset({"body"})
    nominal = word in _NOMINAL
    subjects: list[Linked] = []
    organisation: Linked | None = None
    if label == "end" or (label in {"suspend", "freeze"} and view.word(t0 - 1) in _PASSIVE_AUX):
        # "Moldova's membership in the CIS was suspended", "the membership of S in O ended"
        phrase = _membership_phrase_verb(view, t0, t1, label)
        if phrase or label == "end":
            return phrase
    if label == "join" and view.word(t0 - 1) in _PASSIVE_AUX and view.word(t1) == "by":
        # "the SCO was joined by India (in 2017)"
        first = view.right(t1 + 1, frozenset({"state"}), window=2, skip=frozenset({"the"}))
        organisation = view.left(t0, body, window=4)
        subjects = view.expand_right(first, frozenset({"state"})) if first is not None else []
        if organisation is not None and set(view.words(organisation.end, t0)) - _BODY_SUBJECT_GAP:
            organisation = None
    if word == "addition" and view.word(t1) != "of":
        return []  # "in addition to Turkmenistan"
    if nominal and view.word(t1) == "of":
        first = view.right(t1 + 1, frozenset({"state"}), window=2, skip=frozenset({"the"}))
        if first is not None:
            subjects = view.expand_right(first, frozenset({"state"}))
            organisation = view.right(subjects[-1].end, body, window=3, skip=_VERB_FILLER)
            if organisation is None and label in {"admit", "accede"}:
                # "the enlargement of the EC took place with the addition of A, B and C"
                organisation = _enlarged_body(view, t0)
                if organisation is not None:
                    return _dated_joins(view, first, organisation, (t0, t1), "enlargement-list")
        elif word == "addition":
            return []
    if not subjects:
        window = 2 if label == "leftverb" else 5
        skip = frozenset({"the"}) if label == "leftverb" else _VERB_FILLER
        organisation = view.right(t1, body, window=window, skip=skip)
        if nominal:
            if view.word(t0 - 1) in {"'s", "’s"}:
                owner = view.ends.get(t0 - 1)
                subjects = [owner] if owner is not None and owner.type == "state" else []
            else:
                excluded = organisation.id if organisation is not None else None
                left = view.subject(t0, exclude=excluded, window=6)
                subjects = view.expand_left(left, _MEMBERSHIP_TYPES) if left else []
        else:
            left = view.subject(t0, exclude=organisation.id if organisation is not None else None)
            if left is not None:
                subjects = view.expand_left(left, _MEMBERSHIP_TYPES)
        if (
            label in _TRANSITIVE
            and subjects
            and subjects[-1].type == "body"
            and (organisation is None)
        ):
            # "The AU suspended Mali", "the SCO admitted Iran"
            first = view.right(t1, frozenset({"state"}), window=3, skip=_VERB_FILLER)
            if first is not None:
                organisation = subjects[-1]
                subjects = view.expand_right(first, frozenset({"state"}))
    if (
        organisation is not None
        and organisation.end < view.end
        and view.word(organisation.end) in _EVENT_NOUNS
    ):
        return []  # "left the SCO summit"
    if organisation is not None and not subjects and label in {"join", "admit", "accede"}:
        return _counted_joins(view, t0, t1, organisation)
    if organisation is None and label in {"withdraw", "leftverb"}:
        return _left_after_member(view, t0, t1)
    if organisation is None and word == "joining" and subjects:
        return _joining_founded(view, t0, t1, subjects)
    if organisation is None or not subjects:
        return []
    lo = min(s.start for s in subjects)
    if view.cue(lo, t1, _NEGATION, _MODAL, _INTENT, _FUTURE) or _conditional(view, lo):
        return []
    predicate, rule = {
        "join": ("joined", "joined-verb"),
        "accede": ("joined", "acceded"),
        "admit": ("joined", "admitted"),
        "withdraw": ("left", "withdrew"),
        "leftverb": ("left", "left-verb"),
        "terminate": ("left", "ceased-membership"),
        "expel": ("left", "expelled"),
        "suspend": ("suspendedIn", "suspended"),
        "freeze": ("suspendedIn", "froze-participation"),
    }[label]
    qualifiers: dict[str, Any] = {}
    found: list[Found] = []
    year = view.year(t1, min(s.start for s in subjects))
    if year is not None:
        qualifiers["year"] = year
    if predicate == "joined":
        role = view.role_after(organisation.end) or view.role_after(t1)
        if role is not None and role != "member":
            qualifiers["role"] = role
    if label == "expel":
        qualifiers["reason"] = "expelled"
    targets = [(organisation, qualifiers)]
    for extra_subject, year in _gapped_subjects(view, organisation):
        extra_qualifiers = {k: v for k, v in qualifiers.items() if k != "year"}
        extra_qualifiers["year"] = year
        found.append(
            Found(
                extra_subject.id,
                predicate,
                organisation.id,
                [(t0, t1), _span(extra_subject), _span(organisation)],
                rule,
                extra_qualifiers,
            )
        )
    for extra, year in _coordinated_objects(view, organisation):
        extra_qualifiers = {k: v for k, v in qualifiers.items() if k != "year"}
        if year is not None:
            extra_qualifiers["year"] = year
        targets.append((extra, extra_qualifiers))
    return [
        Found(s.id, predicate, o.id, [(t0, t1), _span(s), _span(o)], rule, dict(q))
        for o, q in targets
        for s in subjects
        if s.id != o.id and (s.type == "state" or label not in _TRANSITIVE)
    ] + found


# what may follow an intransitive "withdrew" / "left": a date or a reason, not an object
_INTRANSITIVE_NEXT = frozenset(
    {"in", "on", ",", ".", ";", "after", "following", "when", "because", "over", "at", "during"}
)
_MEMBER_GAP = frozenset(
    {"was", "were", "had", "been", "is", "a", "an", "one", "of", "the", "founding", "original"}
    | {"full", "also", "once"}
)


def _left_after_member(view: _View, t0: int, t1: int) -> list[Found]:
    """The body named in the clause before: "Morocco was a founding member of the OAU but
    withdrew in 1984" (``left``); "withdrew from the talks" or "left office" give nothing."""
    if view.word(t1) not in _INTRANSITIVE_NEXT and not _YEAR.match(view.text(t1)):
        return []
    j = t0 - 1
    while view.word(j) in {"later", "then", "subsequently", "eventually"}:
        j -= 1
    if view.word(j) not in {"but", "and"}:
        return []
    k = j - 1 if view.word(j - 1) == "," else j
    organisation = view.ends.get(k)
    if organisation is None or organisation.type != "body":
        return []
    m = organisation.start - 1
    while view.word(m) == "the":
        m -= 1
    if view.word(m) != "of" or view.word(m - 1) not in {"member", "members"}:
        return []
    state = view.left(m - 1, frozenset({"state"}), window=6)
    if state is None or set(view.words(state.end, m - 1)) - _MEMBER_GAP:
        return []
    if view.cue(state.start, t1, _NEGATION, _MODAL, _INTENT, _FUTURE):
        return []
    year = view.year(t1, state.start)
    return [
        Found(
            state.id,
            "left",
            organisation.id,
            [(t0, t1), _span(state), _span(organisation)],
            "left-after-member",
            _year_qualifier(year),
        )
    ]


_JOINING_NEXT = frozenset(
    {"later", "shortly", "soon", "afterwards", "subsequently", "in", "on", ",", ".", "a", "as"}
)
_FOUNDED = frozenset({"founded", "established", "created", "formed", "launched"})


def _joining_founded(view: _View, t0: int, t1: int, subjects: list[Linked]) -> list[Found]:
    """States joining a body after its founding: "O was founded in 1949 by ten states, with A
    joining three months later, and B and C joining in 1950" (``joined``; a year only where
    one is written right after "joining")."""
    first = subjects[0].start
    organisation: Linked | None = None
    with_at: int | None = None
    for i in range(view.start, first):
        mention = view.ends.get(i)
        if (
            mention is not None
            and mention.type == "body"
            and view.word(i) in _PASSIVE_AUX
            and view.word(i + 1) in _FOUNDED
        ):
            organisation = mention
        if organisation is not None and view.word(i) == "with":
            with_at = i
    if organisation is None or with_at is None:
        return []
    before = first - 1
    while view.word(before) == "the":
        before -= 1
    if not (before == with_at or (view.word(before) == "and" and view.word(before - 1) == ",")):
        return []
    # from "with" on: a "May" in the founding date is a month, not a modal
    if view.cue(with_at, t1, _NEGATION, _MODAL, _INTENT, _FUTURE):
        return []
    after, following = view.word(t1), view.word(t1 + 1)
    if not (
        after in _JOINING_NEXT
        or after in _NUMBERS
        or view.text(t1).isdigit()
        or (after == "the" and following in {"next", "following", "same"})
    ):
        return []  # "with Armenia joining talks": an object, not a membership
    year: int | None = None
    for i in range(t1, min(t1 + 3, view.end)):
        if view.text(i) in {",", "."}:
            break
        if _YEAR.match(view.text(i)):
            year = int(view.text(i))
    return [
        Found(
            s.id,
            "joined",
            organisation.id,
            [(t0, t1), _span(s), _span(organisation)],
            "joined-after-founding",
            _year_qualifier(year),
        )
        for s in subjects
        if s.type == "state"
    ]


_PASSIVE_AUX = frozenset({"was", "were", "been", "is", "are", "be", "being"})
_PHRASE_GAP = _PASSIVE_AUX | {
    "has",
    "have",
    "had",
    "formally",
    "officially",
    "effectively",
    "temporarily",
    "then",
    "later",
    "eventually",
    "in",
    "on",
    "of",
    "the",
    ",",
}


def _membership_phrase_verb(view: _View, t0: int, t1: int, label: str) -> list[Found]:
    """A membership noun phrase, then the verb saying what happened to it: "Moldova's
    membership in the CIS was suspended", "the membership of S in O ended in 2012", "S's O
    membership was terminated"."""
    k = t0 - 1
    while k >= view.start and t0 - k <= 8 and view.word(k) not in {"membership", "participation"}:
        if not (
            view.word(k) in _PHRASE_GAP
            or view.word(k) in _MONTHS
            or view.text(k).isdigit()
            or k in view.noise
            or k in view.covered
        ):
            return []
        k -= 1
    if view.word(k) not in {"membership", "participation"}:
        return []
    noun = k
    state: Linked | None = None
    organisation: Linked | None = None
    before = view.ends.get(noun)
    if before is not None and before.type == "body":  # "Moldova's CIS membership"
        organisation = before
        before = view.ends.get(before.start - 1) if view.word(before.start - 1) in _POSS else None
    elif view.word(noun - 1) in _POSS:
        before = view.ends.get(noun - 1)
    else:
        before = None
    if before is not None and before.type == "state":
        state = before
    j = noun + 1
    if state is None and view.word(j) == "of":
        state = view.right(j + 1, frozenset({"state"}), window=2, skip=frozenset({"the"}))
        j = state.end if state is not None else j
    if organisation is None and view.word(j) in {"in", "of", "to", "within"}:
        organisation = view.right(j + 1, frozenset({"body"}), window=2, skip=frozenset({"the"}))
    if state is None or organisation is None:
        return []
    lo = min(state.start, noun)
    if view.cue(lo, t1, _NEGATION, _MODAL, _INTENT, _FUTURE) or _conditional(view, lo):
        return []
    predicate, rule = (
        ("left", "ceased-membership") if label == "end" else ("suspendedIn", "suspended")
    )
    qualifiers: dict[str, Any] = {}
    year = view.year(t1, lo)
    if year is not None:
        qualifiers["year"] = year
    return [
        Found(
            state.id,
            predicate,
            organisation.id,
            [(t0, t1), (noun, noun + 1), _span(state), _span(organisation)],
            rule,
            qualifiers,
        )
    ]


_POSS = frozenset({"'s", "’s"})


def _gapped_subjects(view: _View, organisation: Linked) -> list[tuple[Linked, int]]:
    """Further subjects of the same verb with their own date, the verb left out: "India joined
    the SCO in 2017 and Iran in 2023" (only when both halves carry a year)."""
    found: list[tuple[Linked, int]] = []
    j = organisation.end
    while True:
        k, year = j, None
        while k < view.end and k - j < 6 and view.word(k) not in {"and", ";"}:
            word = view.word(k)
            if _YEAR.match(word):
                year = int(word)
            elif not (word in {"in", "on", "since", ","} or word in _MONTHS or word.isdigit()):
                return found
            k += 1
        if year is None or view.word(k) != "and":
            return found
        k += 1
        while view.word(k) == "the":
            k += 1
        nxt = view.starts.get(k)
        if nxt is None or nxt.type != "state" or view.word(nxt.end) not in {"in", "on"}:
            return found
        second = next(
            (
                int(view.text(i))
                for i in range(nxt.end + 1, min(nxt.end + 5, view.end))
                if _YEAR.match(view.text(i))
            ),
            None,
        )
        if second is None:
            return found
        found.append((nxt, second))
        j = nxt.end


def _coordinated_objects(view: _View, first: Linked) -> list[tuple[Linked, int | None]]:
    """Further organisations of the same verb, each with its own date: "Finland joined the EU
    in 1995 and NATO in 2023"."""
    found: list[tuple[Linked, int | None]] = []
    j = first.end
    while True:
        k = j
        while (
            k < view.end
            and k - j < 6
            and (
                view.word(k) in {"in", "on", "of", "since", ","}
                or view.word(k) in _MONTHS
                or view.text(k).isdigit()
            )
        ):
            k += 1
        if view.word(k) not in {"and", ","}:
            return found
        k += 1
        while view.word(k) == "the":
            k += 1
        nxt = view.starts.get(k)
        if nxt is None or nxt.type != "body":
            return found
        year = next(
            (
                int(view.text(i))
                for i in range(nxt.end, min(nxt.end + 5, view.end))
                if _YEAR.match(view.text(i)) and i not in view.covered
            ),
            None,
        )
        found.append((nxt, year))
        j = nxt.end


_INCLUDE_BETWEEN = frozenset(
    [
        "now",
        "currently",
        "also",
        "which",
        "that",
        ",",
        "to",
        "expanded",
        "enlarged",
        "grew",
        "in",
        "has",
        "have",
        "had",
        "already",
        "today",
        "group",
        "bloc",
        "organisation",
        "organization",
        "alliance",
        "association",
        "forum",
        "union",
        "was",
        "is",
        "are",
        "officially",
        "formally",
        "an",
        "a",
        "the",
        "intergovernmental",
        "international",
        "regional",
        "military",
        "political",
        "economic",
        "security",
        "treaty",
        "(",
        ")",
        "of",
        "membership",
        "'s",
        "’s",
        "by",
    ]
)
_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


_BY_ONLY = frozenset({"including", "adding", "admitting", "incorporating"})


def _described_body(view: _View, t0: int) -> Linked | None:
    """The body a long description before ``t0`` is about, asides in brackets skipped: "the Gulf
    Cooperation Council (GCC; …), is a regional, political, and economic union comprising …"."""
    j, words = t0 - 1, 0
    while j >= view.start and words < 16:
        if j in view.paren or j in view.noise:
            j -= 1
            continue
        mention = view.ends.get(j + 1)
        if mention is not None:
            return mention if mention.type == "body" else None
        w = view.word(j)
        # "political, and economic": an "and" inside a list of adjectives only
        if not (
            w in _INCLUDE_BETWEEN
            or _YEAR.match(w)
            or w in _MONTHS
            or (w == "and" and view.word(j - 1) == "," and view.word(j + 1) in _INCLUDE_BETWEEN)
        ):
            return None
        words += 1
        j -= 1
    return None


# words that make a described body hypothetical or past: "a proposed union consisting of A, B"
_DESCRIPTION_BLOCK = frozenset(
    {"proposed", "planned", "future", "potential", "prospective", "former", "candidate"}
    | {"envisaged", "hypothetical", "would-be", "which", "that", "who", "where", "when"}
    | {"defunct", "dissolved", "erstwhile", "putative", "aspiring", "whose", "once", "formerly"}
)
_COPULA = frozenset({"is", "was", "remains", "remained"})


def _copular_body(view: _View, t0: int) -> Linked | None:
    """The body a copular description before ``t0`` is about, whatever its adjectives: "O is a
    multilateral forum for dialogue bringing together A, B", "O is a supranational union
    consisting of A and B"; a proposed, former or would-be body is not described as is."""
    j, words = t0 - 1, 0
    while j >= view.start and words < 10:
        if j in view.paren or j in view.noise:
            j -= 1
            continue
        w = view.word(j)
        if w in {"a", "an"}:
            k = j - 1
            while view.word(k) in {"now", "currently", "still", "also", "today"}:
                k -= 1
            if view.word(k) not in _COPULA:
                return None
            end = k
            while end - 1 in view.paren and end - 1 >= view.start:
                end -= 1  # "O (ABBR) is a forum …"
            body = view.ends.get(end)
            return body if body is not None and body.type == "body" else None
        if (
            j in view.covered
            or not (w.isalpha() or w in {",", "-"})
            or w in _DESCRIPTION_BLOCK
            or w in _NEGATION
            or w in _MODAL
            or w in _FUTURE
            or w in _INTENT
            or w in _CLAUSE_BREAK
        ):
            return None
        words += 1
        j -= 1
    return None


def _include(view: _View, t0: int, t1: int) -> list[Found]:
    """ "The EAEU includes A, B", "BRICS is an organisation comprising ten countries – A, B",
    "BRICS expanded in 2024 to include A, B" (joined)."""
    organisation = view.left(t0, frozenset({"body"}), window=10)
    between = view.words(organisation.end, t0) if organisation is not None else ["?"]
    if any(w not in _INCLUDE_BETWEEN and not _YEAR.match(w) and w not in _MONTHS for w in between):
        organisation = _described_body(view, t0) or _copular_body(view, t0)
    if organisation is None:
        return []
    after = t1
    if (
        view.word(after) == "all"
        and view.word(after + 1) == "but"
        and (view.word(after + 2) in _NUMBERS or view.word(after + 2) == "one")
        and view.word(after + 3) == "of"
    ):
        after += 4  # "comprising all but one of the Turkic states: A, B" lists members
    first = view.right(after, frozenset({"state"}), window=8)
    if first is None:
        return []
    if any(view.text(i) in _HARD_STOP for i in range(t1, first.start)):
        return []
    states = view.expand_right(first, frozenset({"state"}))
    if view.cue(organisation.start, first.start, _NEGATION, _MODAL, _FUTURE):
        return []
    expanded = {"expanded", "enlarged", "grew", "expansion"} & set(view.words(t0 - 6, t0))
    if view.word(t0) in _BY_ONLY and not (expanded and view.word(t0 - 1) == "by"):
        return []  # "the SCO, including China": only "O grew by including A" is a statement
    if expanded and view.word(t0 - 1) == "by":
        # "NATO grew by including A and B in 1952 and C in 1955": each state keeps its year
        return _dated_joins(view, first, organisation, (t0, t1), "expanded-to-include")
    predicate, rule = (
        ("joined", "expanded-to-include") if expanded else ("memberOf", "includes-members")
    )
    qualifiers: dict[str, Any] = {}
    if expanded:
        year = view.year(organisation.end, organisation.start)
        if year is not None:
            qualifiers["year"] = year
    return [
        Found(
            s.id,
            predicate,
            organisation.id,
            [(t0, t1), _span(s), _span(organisation)],
            rule,
            dict(qualifiers),
        )
        for s in states
    ] + (_while_role_clause(view, states[-1].end, organisation) if not expanded else [])


_AS_MEMBER_RANK = frozenset({"newest", "new", "latest", "full", "full-fledged", "fully-fledged"})
_ORDINAL_WORDS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
    | {"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"}
    | {"seventeenth", "eighteenth", "nineteenth", "twentieth"}
)
# a decision reported as taken, not an intention: "the summit decided to accept S as its member"
_DECIDED_TO = frozenset({"decided", "agreed", "voted", "resolved", "unanimously"})


def _as_its_member(view: _View, t0: int) -> list[Found]:
    """A body taking a state in "as its Nth member": "the SCO summit decided to accept S as
    its ninth member state", "O admitted S as its newest member (in YEAR)"."""
    first = view.right(t0 + 1, frozenset({"state"}), window=2, skip=frozenset({"the"}))
    if first is None:
        return []
    states = view.expand_right(first, frozenset({"state"}))
    k = states[-1].end
    if view.word(k) != "as" or view.word(k + 1) != "its":
        return []
    k += 2
    if _ORDINAL.match(view.word(k)) or view.word(k) in _ORDINAL_WORDS | _AS_MEMBER_RANK:
        k += 1
    if view.word(k) not in {"member", "members", "member-state"}:
        return []
    organisation = view.left(t0, frozenset({"body"}), window=8)
    if organisation is None or any(
        m.type == "state" for m in view.mentions if organisation.end <= m.start < t0
    ):
        return []
    gap = [w for w in view.words(organisation.end, t0) if w not in _DECIDED_TO]
    lo = organisation.start
    if view.cue(lo, t0, _NEGATION, _MODAL, _FUTURE) or _INTENT & set(gap):
        return []
    if view.word(t0 - 1) == "to" and view.word(t0 - 2) not in _DECIDED_TO:
        return []  # "is expected to accept", "refused to accept"
    if _conditional(view, lo):
        return []
    year = view.year(k, lo)
    qualifiers = _year_qualifier(year)
    return [
        Found(
            s.id,
            "joined",
            organisation.id,
            [(t0, t0 + 1), _span(s), _span(organisation)],
            "accepted-as-member",
            dict(qualifiers),
        )
        for s in states
    ]


_RECENT = frozenset({"newest", "latest", "last", "youngest"})
_RECENT_NOUNS = frozenset(
    {"member", "members", "member-states", "state", "states", "country", "countries"}
    | {"nation", "nations"}
)
_RECENT_VERBS = {
    "join": 1,
    "joined": 1,
    "accede": 2,
    "acceded": 2,
    "added": 2,
    "admitted": 2,
    "accepted": 2,
}


def _recent_members(view: _View) -> list[Found]:
    """The last enlargement as a list: "the most recent member states to be added to O are A
    on DATE and B on DATE", "the newest countries to join O were A (YEAR) and B" (joined, each
    state with its own year)."""
    found: list[Found] = []
    for i in range(view.start, view.end):
        if view.word(i) == "recent" and view.word(i - 1) == "most":
            lo = i - 1
        elif view.word(i) in _RECENT:
            lo = i
        else:
            continue
        k = i + 1
        nouns = 0
        while view.word(k) in _RECENT_NOUNS:
            nouns, k = nouns + 1, k + 1
        if not nouns or view.word(k) != "to":
            continue
        k += 1
        if view.word(k) in {"be", "have"}:
            k += 1
        if view.word(k) == "been":
            k += 1
        verb = view.word(k)
        if verb not in _RECENT_VERBS:
            continue
        k += 1
        if _RECENT_VERBS[verb] == 2:
            if view.word(k) not in {"to", "into"}:
                continue
            k += 1
        organisation = view.right(k, frozenset({"body"}), window=2, skip=frozenset({"the"}))
        if organisation is None:
            continue
        k = organisation.end
        while view.word(k) in {",", "so", "far", "now", "to", "date"}:
            k += 1
        if view.word(k) not in {"are", "were", "is", "was"}:
            continue
        first = view.right(k + 1, frozenset({"state"}), window=2, skip=frozenset({":", "the"}))
        if first is None or view.cue(view.start, lo, _NEGATION, _MODAL, _INTENT, _FUTURE):
            continue
        found += _dated_joins(view, first, organisation, (lo, i + 1), "most-recent-members")
    return found


# -- enlargement narratives ---------------------------------------------------------------------

_DATED_GAP = frozenset({"in", "on", "of", "since", "then", "later", "and", ",", "the", "also"})
_LIST_DASH = frozenset({"-", "–", "—", ":"})
_COUNT_NOUNS = _STATE_NOUNS | {"members", "member"}


_ENLARGE_GAP = frozenset(
    {"took", "place", "came", "occurred", "happened", "was", "were", "completed", "with", "by"}
    | {"through", "the", "in", "on", ",", "of", "'s", "’s", "first", "second", "third", "fourth"}
    | {"fifth", "sixth", "seventh", "further", "another", "then", "later", "new", "next"}
)
# an enlargement spoken of, not reported: opposed, feared, debated, possible …
_ATTITUDE = frozenset(
    {"opposed", "opposes", "oppose", "opposition", "against", "feared", "fears", "debated"}
    | {"debate", "discussed", "discussion", "talks", "possible", "potential", "prospect"}
    | {"prospective", "future", "proposed", "planned", "envisaged", "before", "until"}
)


def _enlarged_body(view: _View, t0: int) -> Linked | None:
    """The body an enlargement word before ``t0`` belongs to: "the enlargement of (the) O",
    "O's expansion", "O grew / expanded / was enlarged"."""
    if view.word(t0 - 1) != "the" or view.word(t0 - 2) not in {"with", "by", "through"}:
        return None  # "… took place with the addition of A": the means of the enlargement
    if _ATTITUDE & set(view.words(view.start, t0)):
        return None  # "Russia opposed NATO's expansion with the accession of Georgia"
    for i in range(t0 - 1, view.start - 1, -1):
        if view.text(i) in _HARD_STOP or view.word(i) in _CLAUSE_BREAK:
            return None
        if i in view.covered or view.word(i) not in _ENLARGEMENT:
            if not (
                i in view.covered
                or view.word(i) in _ENLARGE_GAP
                or view.word(i) in _MONTHS
                or view.text(i).isdigit()
            ):
                return None
            continue
        if view.word(i + 1) in {"of", "to"}:
            body = view.right(i + 2, frozenset({"body"}), window=2, skip=frozenset({"the"}))
            if body is not None:
                return body
        j = i - 1
        while view.word(j) in {"'s", "’s", "was", "were", "has", "had", "been", "first"}:
            j -= 1
        body = view.ends.get(j + 1)
        if body is not None and body.type == "body":
            return body
    return None


def _dated_list(view: _View, first: Linked) -> list[tuple[Linked, int | None]]:
    """``first`` and the states coordinated after it, each with the year given after its group:
    "Greece and Turkey in 1952 and West Germany in 1955, and then later Spain in 1982"."""
    items: list[tuple[Linked, int | None]] = []
    pending: list[Linked] = [first]
    j = first.end
    while True:
        k = j
        year: int | None = None
        while k < view.end and (
            view.word(k) in _DATED_GAP
            or view.word(k) in _SEPARATORS
            or view.word(k) in _MONTHS
            or view.text(k).isdigit()
            or view.text(k) in _QUOTES
            or k in view.noise
        ):
            if year is None and _YEAR.match(view.text(k)):
                year = int(view.text(k))
            k += 1
        if year is not None:
            items += [(s, year) for s in pending]
            pending = []
        nxt = view.starts.get(k)
        if nxt is None or nxt.type != "state" or k == j:
            return items + [(s, None) for s in pending]
        pending.append(nxt)
        j = nxt.end


def _dated_joins(
    view: _View, first: Linked, organisation: Linked, trigger: tuple[int, int], rule: str
) -> list[Found]:
    """One ``joined`` per state of a dated list; a state without its own year takes the year
    said before the list ("In 1973 … with the addition of A, B")."""
    if view.cue(view.start, first.start, _NEGATION, _MODAL, _INTENT, _FUTURE, infinitive=False):
        return []
    default = view.year(view.end, first.start)
    found: list[Found] = []
    for state, year in _dated_list(view, first):
        qualifiers: dict[str, Any] = {}
        if year is not None or default is not None:
            qualifiers["year"] = year if year is not None else default
        found.append(
            Found(
                state.id,
                "joined",
                organisation.id,
                [trigger, _span(state), _span(organisation)],
                rule,
                qualifiers,
            )
        )
    return found


def _counted_joins(view: _View, t0: int, t1: int, organisation: Linked) -> list[Found]:
    """A counted subject, the list after the verb: "Ten new countries joined the EU in 2004 -
    A, B and C", "three states were admitted to O in 1999: A, B"."""
    k = t0 - 1
    while view.word(k) in _PASSIVE_AUX | {"also", "then", "later", "officially", "formally"}:
        k -= 1
    if view.word(k) not in _COUNT_NOUNS:
        return []
    head = k - 1
    while view.word(head) in {"new", "more", "further", "other", "additional", "european"}:
        head -= 1
    if not (view.word(head) in _NUMBERS or view.text(head).isdigit()):
        return []
    j = organisation.end
    while j < view.end and j - organisation.end < 8 and view.text(j) not in _LIST_DASH:
        if not (view.word(j) in _DATED_GAP or view.word(j) in _MONTHS or view.text(j).isdigit()):
            return []
        j += 1
    first = view.starts.get(j + 1)
    if view.text(j) not in _LIST_DASH or first is None or first.type != "state":
        return []
    if view.cue(head, t1, _NEGATION, _MODAL, _INTENT, _FUTURE) or _conditional(view, head):
        return []
    year = view.year(organisation.end, head)
    qualifiers = _year_qualifier(year)
    return [
        Found(
            s.id,
            "joined",
            organisation.id,
            [(t0, t1), _span(s), _span(organisation)],
            "counted-joins",
            dict(qualifiers),
        )
        for s in view.expand_right(first, frozenset({"state"}))
    ]


_CLAUSE_ROLES = {
    "observers": "observer",
    "observer": "observer",
    "associate": "associate_member",
    "dialogue": "dialogue_partner",
}


def _while_role_clause(view: _View, index: int, organisation: Linked) -> list[Found]:
    """The clause after a member list that names the other roles: "O comprises A and B, while C
    and D are observers" (the organisation is the list's)."""
    k = index
    while view.text(k) in {",", ";"} or k in view.noise:
        k += 1
    if view.word(k) not in {"while", "whereas"}:
        return []
    first = view.starts.get(k + 1)
    if first is None or first.type != "state":
        return []
    states = view.expand_right(first, frozenset({"state"}))
    j = states[-1].end
    if view.word(j) not in {"is", "are"}:
        return []
    j += 1
    while view.word(j) in {"a", "an", "also", "its"}:
        j += 1
    role = _CLAUSE_ROLES.get(view.word(j))
    if role is None:
        return []
    end = j + 1
    if role != "observer":
        if view.word(j + 1) not in {"member", "members", "partner", "partners"}:
            return []
        end = j + 2
    while view.word(end) in {"state", "states", "countries", "country"} or end in view.noise:
        end += 1
    if end < view.end and view.text(end) not in {".", ";", ","}:
        return []  # "are observers of the AU": the role noun's own rule decides
    predicate = _STATE_PREDICATE[role]
    qualifiers: dict[str, Any] = {"role": role} if predicate == "partnerOf" else {}
    return [
        Found(
            s.id,
            predicate,
            organisation.id,
            [(j, end), _span(s), _span(organisation)],
            "role-clause",
            dict(qualifiers),
        )
        for s in states
    ]


# -- cooperation ------------------------------------------------------------------------------

_COOP_FILLER = frozenset(
    {
        "with",
        "within",
        "in",
        "inside",
        "under",
        "through",
        "the",
        "framework",
        "frameworks",
        "format",
        "formats",
        "of",
        "platform",
        "platforms",
        "mechanisms",
        "bilateral",
        "multilateral",
        "both",
        "close",
        "closely",
        "actively",
        "в",
        "рамках",
        "с",
        "со",
        "внутри",
        "по",
        "линии",
    }
)
_COOP_SUBJECT_WINDOW = 15
_COOP_BLOCK = frozenset(
    [
        "seek",
        "seeks",
        "sought",
        "seeking",
        "want",
        "wants",
        "hope",
        "hopes",
        "plan",
        "plans",
        "intend",
        "intends",
        "offer",
        "offered",
        "invited",
        "invite",
        "proposed",
        "proposal",
        "may",
        "might",
        "could",
        "would",
        "possibility",
        "possibilities",
        "possible",
        "potential",
        "prospects",
        "prospect",
        "considering",
        "consider",
        "explore",
        "exploring",
    ]
)


def _cooperation(view: _View, t0: int, t1: int) -> list[Found]:
    body = frozenset({"body"})
    subjects: list[Linked] = []
    between_start = None
    if view.word(t1) in {"between", "among"}:
        first = view.right(t1 + 1, frozenset({"state", "body"}), window=2, skip=frozenset({"the"}))
        if first is not None:
            parties = view.expand_right(first, frozenset({"state", "body"}))
            bodies = [m for m in parties if m.type == "body"]
            states = [m for m in parties if m.type == "state"]
            if bodies and (states or len(bodies) > 1):
                subjects = states or bodies[:1]
                organisations = [b for b in bodies if b not in subjects]
                between_start = t1
                return _coop_found(view, t0, t1, subjects, organisations, between_start)
    first_org = view.right(t1, body, window=6, skip=_COOP_FILLER)
    if first_org is None:
        return []
    organisations = view.expand_right(first_org, body)
    subject = _coop_subject(view, t0)
    if subject is None:
        return []
    subjects = view.expand_left(subject, frozenset({"state", "body"}))
    return _coop_found(view, t0, t1, subjects, organisations, subject.start)


def _coop_subject(view: _View, t0: int) -> Linked | None:
    """Whose cooperation: a possessor ("Russia's", "our") or the clause's subject."""
    j = t0 - 1
    while j >= view.start and t0 - j <= _COOP_SUBJECT_WINDOW:
        mention = view.ends.get(j + 1)
        if mention is not None:
            if mention.type in {"state", "body"}:
                before = mention.start - 1
                while before >= view.start and view.word(before) == "the":
                    before -= 1
                if view.word(before) in _PREPOSITIONS:
                    j = before - 1
                    continue  # "relations with China and cooperation …": China is not the owner
                return mention
            j = mention.start - 1
            continue
        if view.text(j) in _HARD_STOP or view.word(j) in _CLAUSE_BREAK | {":"}:
            return None
        j -= 1
    return None


def _coop_found(
    view: _View,
    t0: int,
    t1: int,
    subjects: list[Linked],
    organisations: list[Linked],
    lo: int | None,
) -> list[Found]:
    start = min([s.start for s in subjects] + [t0]) if lo is None else min(lo, t0)
    if view.cue(min(start, t0 - 7), t1, _NEGATION, _COOP_BLOCK):
        return []
    nominal = view.word(t1 - 1) in {"cooperation", "collaboration", "interaction", "operation"}
    nominal = nominal or view.word(t0).startswith("сотрудничеств")
    rule = "cooperation-frameworks" if nominal else "cooperates-verb"
    found = []
    for s in subjects:
        for o in organisations:
            if s.id == o.id:
                continue
            qualifiers: dict[str, Any] = {"first_person": True} if s.first_person else {}
            found.append(
                Found(
                    s.id, "cooperatesWith", o.id, [(t0, t1), _span(s), _span(o)], rule, qualifiers
                )
            )
    return found


# -- proposals --------------------------------------------------------------------------------

_PROPOSE_BLOCK = frozenset(
    [
        "plan",
        "plans",
        "planned",
        "intend",
        "intends",
        "intended",
        "want",
        "wants",
        "wanted",
        "hope",
        "hopes",
        "hoped",
        "aim",
        "aims",
        "considering",
        "consider",
        "considers",
        "may",
        "might",
        "could",
        "would",
        "should",
        "if",
        "whether",
        "unless",
        "refused",
        "rejected",
        "opposed",
    ]
)


def _propose(
    view: _View, t0: int, t1: int, carried: Linked | None
) -> tuple[list[Found], Linked | None]:
    initiative = frozenset({"initiative"})
    if view.word(t1) == "by":
        proposer = view.right(t1 + 1, _PROPOSER_TYPES, window=4)
        target = view.left(t0, initiative, window=6)
        if proposer is None or target is None:
            return [], carried
        return _propose_found(
            view, t0, t1, [proposer], target, "proposed-by", proposer.start
        ), carried
    target = view.right(t1, initiative, window=6)
    if target is None:
        return [], carried
    subject = view.left(t0, _PROPOSER_TYPES, window=10)
    if subject is None:
        subject = carried
    if subject is None:
        return [], carried
    subjects = (
        [subject]
        if subject.type == "person"
        else view.expand_left(subject, frozenset({"state", "body"}))
    )
    return _propose_found(
        view, t0, t1, subjects, target, "proposes-verb", subjects[0].start
    ), subject


def _propose_found(
    view: _View, t0: int, t1: int, subjects: list[Linked], target: Linked, rule: str, lo: int
) -> list[Found]:
    if view.cue(max(view.start, min(lo, t0) - 2), t1, _NEGATION, _PROPOSE_BLOCK):
        return []
    if view.word(t0 - 1) == "to" and not {"will", "going"} & set(view.words(t0 - 4, t0)):
        return []
    qualifiers: dict[str, Any] = {}
    year = view.year(max(t1, target.end), min(s.start for s in subjects))
    if year is not None:
        qualifiers["year"] = year
    found = []
    for s in subjects:
        q = dict(qualifiers)
        if s.first_person:
            q["first_person"] = True
        found.append(
            Found(s.id, "proposes", target.id, [(t0, t1), _span(s), _span(target)], rule, q)
        )
    return found


_INITIATIVE_NOUNS = frozenset(
    {"initiative", "idea", "project", "brainchild", "proposal", "concept", "invention"}
)


def _initiative_of(view: _View) -> list[Found]:
    """ "The Greater Eurasian Partnership is an initiative of Russian President Vladimir Putin"."""
    found = []
    for mention in view.mentions:
        if mention.type != "initiative":
            continue
        j = mention.end
        if view.word(j) == "," or view.word(j) in {"is", "was", "remains"}:
            j += 1
        else:
            continue
        while view.word(j) in {"a", "an", "the", "original", "flagship", "key", "major"}:
            j += 1
        if view.word(j) not in _INITIATIVE_NOUNS or view.word(j + 1) not in {"of", "by"}:
            continue
        proposer = view.right(j + 2, _PROPOSER_TYPES, window=4)
        if proposer is None:
            continue
        if proposer.type != "person":
            person = view.right(proposer.end, frozenset({"person"}), window=3)
            proposer = person or proposer
        if view.cue(mention.start, j, _NEGATION):
            continue
        qualifiers: dict[str, Any] = {}
        year = view.year(proposer.end, mention.start)
        if year is not None:
            qualifiers["year"] = year
        found.append(
            Found(
                proposer.id,
                "proposes",
                mention.id,
                [_span(mention), (j, j + 2), _span(proposer)],
                "initiative-of",
                qualifiers,
            )
        )
    return found


def _initiative_possessive(view: _View) -> list[Found]:
    found = []
    for mention in view.mentions:
        if mention.type != "initiative" or view.word(mention.start - 1) not in {"'s", "’s"}:
            continue
        owner = view.ends.get(mention.start - 1)
        if owner is None or owner.type not in {"person", "state"} or owner.first_person:
            continue
        found.append(
            Found(
                owner.id,
                "proposes",
                mention.id,
                [_span(owner), _span(mention)],
                "initiative-possessive",
            )
        )
    return found


# -- regions and civilizations ------------------------------------------------------------------


def _list_after(view: _View, index: int, types: frozenset[str], window: int = 4) -> list[Linked]:
    first = view.right(index, types, window=window, skip=_LIST_INTRO | {"several", "many"})
    return view.expand_right(first, types) if first is not None else []


def _located(view: _View) -> list[Found]:
    found: list[Found] = []
    states = frozenset({"state"})
    for region in (m for m in view.mentions if m.type == "region"):
        # "S is located in R", "S lies in R", "S, in R,"
        p = region.start
        while view.word(p - 1) == "the":
            p -= 1
        if view.word(p - 1) in {"in", "within"}:
            before = view.word(p - 2)
            subject: Linked | None = None
            if before == "," and (
                region.end >= view.end or view.text(region.end) in {",", ")", "—", "–", ".", ";"}
            ):
                subject = view.ends.get(p - 2)
            elif before in {"located", "situated", "lies", "lie", "lying", "sits", "is", "are"}:
                subject = view.left(p - 2, states, window=4)
            if (
                subject is not None
                and subject.type == "state"
                and not view.cue(subject.end, p, _NEGATION)
            ):
                for s in view.expand_left(subject, states):
                    found.append(
                        Found(
                            s.id,
                            "locatedIn",
                            region.id,
                            [(p - 1, p), _span(s), _span(region)],
                            "located-in",
                        )
                    )
        # "Kazakhstan is a Central Asian country". A header list ("Central Asian states A, B",
        # "seven Central and Eastern European countries: A, B") places nothing: it describes
        # the states with an adjective (often of two regions at once) rather than saying where
        # they lie, and docs/extraction.md asks for an explicit placement.
        if view.word(region.end) in _STATE_NOUNS:
            article = region.start - 1
            if view.word(article) in {"a", "an"} and view.word(article - 1) in {
                "is",
                "was",
                "remains",
            }:
                subject = view.ends.get(article - 1)
                if subject is not None and subject.type == "state":
                    found.append(
                        Found(
                            subject.id,
                            "locatedIn",
                            region.id,
                            [_span(subject), _span(region)],
                            "regional-states",
                        )
                    )
        found += _region_has(view, region)
    return found


def _region_has(view: _View, region: Linked) -> list[Found]:
    """ "the Eurasian continent has several ‘civilizational’ states, China, Iran, Arab, and
    Indian" → locatedIn for states, civilizationOf for states and civilizations."""
    j = region.end
    if view.word(j) in {"continent", "region", "space"}:
        j += 1
    if view.word(j) == "is" and view.word(j + 1) == "home" and view.word(j + 2) == "to":
        verb_end = j + 3
    elif view.word(j) in _HAS_VERBS:
        verb_end = j + 1
    else:
        return []
    noun = next(
        (
            k
            for k in range(verb_end, min(verb_end + 6, view.end))
            if view.word(k) in _STATE_NOUNS
            or (_CIV_WORD.match(view.word(k)) and view.word(k).endswith("s"))
        ),
        None,
    )
    if noun is None:
        return []
    items = _list_after(view, noun + 1, frozenset({"state", "civilization"}), window=3)
    if not items or view.cue(region.end, items[0].start, _NEGATION):
        return []
    civilizational = any(_CIV_WORD.match(w) for w in view.words(verb_end, noun + 1))
    found: list[Found] = []
    for item in items:
        tokens = [(j, verb_end), _span(item), _span(region)]
        if item.type == "state":
            found.append(Found(item.id, "locatedIn", region.id, tokens, "region-has-states"))
        if civilizational:
            found.append(
                Found(
                    item.id,
                    "civilizationOf",
                    region.id,
                    [*tokens, (noun, noun + 1)],
                    "region-has-civilizational-states",
                )
            )
    return found


def _civilizations(view: _View, done: set[str]) -> list[Found]:
    """``done``: subjects already given a civilizationOf with a place in this sentence."""
    found: list[Found] = []
    states = frozenset({"state"})
    for civ in (m for m in view.mentions if m.type == "civilization"):
        # "Iran belongs to the Islamic civilization", "Russia is part of the Orthodox world"
        p = civ.start
        while view.word(p - 1) == "the":
            p -= 1
        phrase = " ".join(view.words(p - 3, p))
        subject: Linked | None = None
        if phrase.endswith(
            (
                "belongs to",
                "belong to",
                "belonged to",
                "part of",
                "core state of",
                "heart of",
                "centre of",
                "center of",
                "cradle of",
            )
        ):
            subject = view.left(p - 2, states, window=6)
        elif view.word(p - 1) in {"'s", "’s"}:
            subject = view.ends.get(p - 1)
        if (
            subject is not None
            and subject.type == "state"
            and not view.cue(subject.end, p, _NEGATION)
        ):
            found.append(
                Found(
                    civ.id,
                    "civilizationOf",
                    subject.id,
                    [_span(subject), (p - 2, p), _span(civ)],
                    "belongs-to-civilization",
                )
            )
    for i in range(view.start, view.end):
        word = view.word(i)
        if i in view.covered:
            continue
        nxt = view.word(i + 1)
        is_civ_state = bool(_CIV_STATE.match(word)) or (
            word in {"civilizational", "civilisational", "civilization", "civilisation"}
            and (
                nxt in {"state", "states"}
                or (nxt in _QUOTES and view.word(i + 2) in {"state", "states"})
                or (view.text(i + 1) in _QUOTES and view.word(i + 2) in {"state", "states"})
            )
        )
        if not is_civ_state:
            continue
        end = i + 1
        while end < view.end and (
            view.word(end) in {"state", "states", "-"} or view.text(end) in _QUOTES
        ):
            end += 1
        subjects = _list_after(view, end, states, window=3)
        if not subjects:
            left = i
            while (
                view.word(left - 1) in {"a", "an", "the", "true", "distinct", "unique"}
                or view.text(left - 1) in _QUOTES
            ):
                left -= 1
            if view.word(left - 1) in {"is", "as", ",", "remains", "was", "being"}:
                subject = view.ends.get(left - 1) or view.ends.get(left - 2)
                if subject is None and view.word(left - 1) == "is":
                    subject = view.left(left - 1, states, window=3)
                if subject is not None and subject.type == "state":
                    subjects = [subject]
        for s in subjects:
            if s.id in done or view.cue(min(s.start, i) - 2, max(s.end, end), _NEGATION):
                continue
            found.append(
                Found(s.id, "civilizationOf", None, [(i, end), _span(s)], "civilizational-state")
            )
    return found


# -- claims -------------------------------------------------------------------------------------


def _claim_key(words: list[str]) -> str | None:
    kept = [_CLAIM_SYNONYMS.get(w, w) for w in words if w not in _CLAIM_SKIP]
    if not kept or kept[-1] not in {_CLAIM_SYNONYMS.get(h, h) for h in _CLAIM_HEADS}:
        return None
    joined = "-".join(kept).replace("--", "-")
    return re.sub(r"pan-pan-continental", "pan-continental", joined)


def _absence(view: _View) -> tuple[str, int, int] | None:
    """The absent thing of "there exists no X", "lacks a X", "X remains absent"."""
    for i in range(view.start, view.end):
        word = view.word(i)
        if i in view.covered:
            continue
        if word in {"no", "lacks", "lack", "lacking"} or (
            word == "not" and view.word(i + 1) in {"have", "has", "possess"}
        ):
            start = i + (2 if word == "not" else 1)
            words: list[str] = []
            k = start
            while k < view.end and len(words) < 6 and k not in view.covered:
                w = view.word(k)
                if w == "-":
                    if words:
                        words[-1] += "-"
                    k += 1
                    continue
                if words and words[-1].endswith("-"):
                    words[-1] += w
                else:
                    words.append(w)
                if w in _CLAIM_HEADS:
                    key = _claim_key(words)
                    if key is not None:
                        return "no-" + key, i, k + 1
                    break
                k += 1
        if word in {"absent", "missing", "nonexistent", "non-existent", "lacking"} or (
            word == "exist" and view.word(i - 1) in {"not", "n't"}
        ):
            head = next(
                (
                    k
                    for k in range(i - 1, max(view.start, i - 6) - 1, -1)
                    if view.word(k) in _CLAIM_HEADS
                ),
                None,
            )
            if head is None:
                continue
            start = head
            while (
                start - 1 >= view.start
                and view.word(start - 1) not in {"a", "an", "the", ",", "yet", "but", "and", "."}
                and start - 1 not in view.covered
                and head - start < 4
            ):
                start -= 1
            words = []
            for k in range(start, head + 1):
                w = view.word(k)
                if w == "-" and words:
                    words[-1] += "-"
                elif words and words[-1].endswith("-"):
                    words[-1] += w
                else:
                    words.append(w)
            key = _claim_key(words)
            if key is not None:
                return "no-" + key, start, i + 1
    return None


def _contrasted(view: _View, region: Linked, lo: int) -> bool:
    """Whether the region sits in an "unlike …" phrase (possibly as a later list item)."""
    k = region.start - 1
    while k >= max(view.start, lo):
        word = view.word(k)
        if word in _CONTRAST:
            return True
        if any(tuple(view.words(k - len(p) + 1, k + 1)) == p for p in _CONTRAST_PHRASES):
            return True
        mention = view.ends.get(k + 1)
        if mention is not None and mention.type == "region":
            k = mention.start - 1
            continue
        if word in _SEPARATORS or word == "the":
            k -= 1
            continue
        return False
    return False


def _claims(view: _View) -> list[Found]:
    absence = _absence(view)
    if absence is None:
        return []
    key, a0, a1 = absence
    found: list[Found] = []
    for region in (m for m in view.mentions if m.type == "region"):
        if _contrasted(view, region, view.start):
            found.append(
                Found(
                    region.id,
                    "claims",
                    key.removeprefix("no-"),
                    [_span(region), (a0, a1)],
                    "contrast-claim",
                )
            )
        else:
            found.append(
                Found(region.id, "claims", key, [_span(region), (a0, a1)], "absence-claim")
            )
    return found


# -- list items under a heading ---------------------------------------------------------------

_ITEM_EVENTS = {
    "joined": ("joined", "joined-verb"),
    "admitted": ("joined", "admitted"),
    "acceded": ("joined", "acceded"),
    "withdrew": ("left", "withdrew"),
    "left": ("left", "left-verb"),
    "exited": ("left", "left-verb"),
    "quit": ("left", "left-verb"),
    "expelled": ("left", "expelled"),
    "suspended": ("suspendedIn", "suspended"),
}
_HEADING_ROLES = (
    ("observer", "observer"),
    ("observers", "observer"),
    ("dialogue", "dialogue_partner"),
    ("associate", "associate_member"),
    ("members", "member"),
    ("member", "member"),
)
_HEADING_BLOCK = _BAD_MODIFIERS | _NEGATION | _INTENT | {"did", "once", "formerly", "ex"}
_BULLETS = frozenset({"-", "*", "•", "–", "—"})


@dataclass(frozen=True, slots=True)
class Heading:
    """A line introducing a list ("Former members of the CST:", "Observer states of the SCO:"):
    the body it names and the role its plain items hold (None when the heading does not assert
    one: "former members", "candidates", "states that did not join")."""

    body: str
    role: str | None


def list_heading(doc: Doc, mentions: list[Linked]) -> Heading | None:
    """The heading a line is, if it ends with a colon, names one body and a role word.

    >>> from blocgraph.extract._pipeline import blank_pipeline
    >>> doc = blank_pipeline()("Observer states of the SCO:")
    >>> list_heading(doc, [Linked(4, 5, "body", "SCO", 23, 26)])
    Heading(body='SCO', role='observer')
    """
    if len(doc) == 0 or doc[-1].text != ":" or len(doc) > 25:
        return None
    bodies = {m.id for m in mentions if m.type == "body"}
    if len(bodies) != 1 or any(m.type == "state" for m in mentions):
        return None
    words = [t.lower_ for t in doc]
    role = next((r for w, r in _HEADING_ROLES if w in words), None)
    if role is None:
        return None
    blocked = any(w in _HEADING_BLOCK for w in words)
    return Heading(bodies.pop(), None if blocked else role)


def list_item(doc: Doc, mentions: list[Linked], heading: Heading) -> list[Found]:
    """Statements of a bulleted item under ``heading``: "- Azerbaijan (joined 1994, withdrew
    1999)" gives joined and left with their years; a plain "- Armenia (2002)" under "Members of
    the CSTO:" gives the heading's role (memberOf / observerOf / partnerOf)."""
    start = 1 if len(doc) > 1 and doc[0].text in _BULLETS else 0
    first = mentions[0] if mentions else None
    if first is None or first.start != start or first.type != "state":
        return []
    if any(m.type == "body" for m in mentions):
        return []  # the item names its own organisation: the sentence rules read it
    end = first.end
    if end < len(doc) and doc[end].text not in {"(", ":", ",", "–", "—", "-"}:
        return []  # prose, not a list entry
    words = [t.lower_ for t in doc[end:]]
    if any(w in _NEGATION or w in _MODAL or w in _INTENT for w in words):
        return []
    found: list[Found] = []
    for i in range(end, len(doc)):
        event = _ITEM_EVENTS.get(doc[i].lower_)
        if event is None:
            continue
        predicate, rule = event
        qualifiers: dict[str, Any] = {}
        for k in range(i + 1, min(i + 5, len(doc))):
            if doc[k].lower_ in _ITEM_EVENTS or doc[k].text in {",", ";", ")"}:
                break
            if _YEAR.match(doc[k].text):
                qualifiers["year"] = int(doc[k].text)
                break
        found.append(
            Found(first.id, predicate, heading.body, [(i, i + 1), _span(first)], rule, qualifiers)
        )
    if not found and heading.role is not None:
        qualifiers = {"role": heading.role} if heading.role not in {"member", "observer"} else {}
        found.append(
            Found(
                first.id,
                _STATE_PREDICATE[heading.role],
                heading.body,
                [_span(first)],
                "list-under-heading",
                qualifiers,
            )
        )
    return found


# Role labels opening a labelled list ("members - A, B", "Observer states: C"), as the words left
# once the body's own name ("SCO members:") and "of the" are taken out. Only these give
# statements: "former members", "candidates", "applicants" and any other label give nothing.
_LIST_LABELS: dict[tuple[str, ...], str] = {}
for _head, _label_role in (
    ("members", "member"),
    ("full members", "member"),
    ("associate members", "associate_member"),
    ("observers", "observer"),
    ("dialogue partners", "dialogue_partner"),
    ("partners", "partner"),
):
    _LIST_LABELS[tuple(_head.split())] = _label_role
    _LIST_LABELS[(*_head.split()[:-1], _head.split()[-1][:-1])] = _label_role  # singular
for _label_role, _prefix in (
    ("member", "member"),
    ("member", "full member"),
    ("associate_member", "associate member"),
    ("observer", "observer"),
    ("dialogue_partner", "dialogue partner"),
    ("partner", "partner"),
):
    for _noun in ("states", "countries", "nations"):
        _LIST_LABELS[(*_prefix.split(), _noun)] = _label_role
_LABEL_SEPARATORS = frozenset({"-", "–", "—", ":"})
_LABEL_FILLER = frozenset({"of", "the", "'s", "’s", "in"})
_LABEL_STOP = frozenset({".", ";", "!", "?"})
_ITEM_JOINERS = frozenset({",", "and", "&"})


def labelled_list(
    doc: Doc, mentions: list[Linked], topic: str | None
) -> list[tuple[Span, list[Found]]]:
    """Statements of labelled lists: a line or sentence that opens with a role label, a dash or
    colon, then states ("members - A, B", "SCO observer states: C", "Dialogue partners – D").

    The body comes from the label itself ("SCO members:"), else from the text before the label
    in the same chunk when it names exactly one body, else from ``topic`` (the heading the
    document or section is under). Two bodies before the label, or none anywhere, give nothing.

    Parameters:
        doc: one chunk.
        mentions: its linked mentions.
        topic: the body the heading above names, if any.

    Returns:
        (sentence, statements) pairs, one per labelled list.

    >>> from blocgraph.extract._pipeline import blank_pipeline
    >>> doc = blank_pipeline()("members - Japan, Fiji")
    >>> m = [Linked(2, 3, "state", "JPN", 10, 15), Linked(4, 5, "state", "FJI", 17, 21)]
    >>> [(f.subject, f.predicate, f.object) for _, fs in labelled_list(doc, m, "PIF") for f in fs]
    [('JPN', 'memberOf', 'PIF'), ('FJI', 'memberOf', 'PIF')]
    """
    out: list[tuple[Span, list[Found]]] = []
    starts = [0] + [i + 1 for i in range(len(doc) - 1) if doc[i].text in _LABEL_STOP]
    for start in starts:
        sep = next(
            (k for k in range(start, min(start + 7, len(doc))) if doc[k].text in _LABEL_SEPARATORS),
            None,
        )
        if sep is None or sep == start:
            continue
        inside = [m for m in mentions if m.start >= start and m.end <= sep]
        if any(m.type != "body" for m in inside) or any(
            m.start < sep < m.end or m.start < start < m.end for m in mentions
        ):
            continue
        covered = {k for m in inside for k in range(m.start, m.end)}
        words = tuple(
            doc[k].lower_
            for k in range(start, sep)
            if k not in covered and doc[k].lower_ not in _LABEL_FILLER
        )
        role = _LIST_LABELS.get(words)
        if role is None:
            continue
        bodies = {m.id for m in inside}
        if not bodies:
            # the sentence before the label, in the same chunk, may name the body
            bodies = {m.id for m in mentions if m.type == "body" and m.end <= start}
            if not bodies and topic is not None:
                bodies = {topic}
        if len(bodies) != 1:
            continue  # no body, or two: whose list it is stays open
        body = bodies.pop()
        end = next((k for k in range(sep + 1, len(doc)) if doc[k].text in _LABEL_STOP), len(doc))
        if any(
            doc[k].lower_ in _NEGATION or doc[k].lower_ in _MODAL or doc[k].lower_ in _INTENT
            for k in range(sep + 1, end)
        ):
            continue
        found = _labelled_items(doc, mentions, sep + 1, end, role, body)
        if found:
            out.append((doc[start:end], found))
    return out


def _labelled_items(
    doc: Doc, mentions: list[Linked], lo: int, hi: int, role: str, body: str
) -> list[Found]:
    """The states listed between ``lo`` and ``hi``: each must stand as a whole list item (a
    comma, "and" or the label's start before it; a comma, "and" or the end after it). A
    parenthesis after an item may give a year or "special observer"; any other note
    ("suspended", "withdrew 2012") drops the item."""
    if lo < hi and doc[lo].text == "(":  # a count: "members - (16) A, B"
        close = next((k for k in range(lo, min(lo + 4, hi)) if doc[k].text == ")"), None)
        if close is not None:
            lo = close + 1
    found: list[Found] = []
    for m in mentions:
        if m.type != "state" or m.start < lo or m.end > hi:
            continue
        if m.start > lo and doc[m.start - 1].lower_ not in _ITEM_JOINERS:
            continue
        item_role = role
        after = m.end
        if after < hi and doc[after].text == "(":
            close = next((k for k in range(after, min(after + 6, hi)) if doc[k].text == ")"), None)
            if close is None:
                continue
            note = [doc[k].lower_ for k in range(after + 1, close)]
            if note == ["special", "observer"] and role == "observer":
                item_role = "special_observer"
            elif not all(_YEAR.match(w) for w in note):
                continue
            after = close + 1
        if after < hi and doc[after].lower_ not in _ITEM_JOINERS:
            continue
        qualifiers: dict[str, Any] = {}
        if item_role not in {"member", "observer"}:
            qualifiers["role"] = item_role
        predicate = "observerOf" if item_role == "special_observer" else _STATE_PREDICATE[role]
        found.append(Found(m.id, predicate, body, [_span(m)], "labelled-list", qualifiers))
    return found
