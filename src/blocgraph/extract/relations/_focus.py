"""Document-level coreference: what "the bloc", "it", "these countries" refer to.

A :class:`Focus` follows the document sentence by sentence. It remembers the bodies, states and
persons named so far (most recent last) and the last list of two or more states, and resolves an
anaphor — a pronoun or a definite description whose lemma is in ``data/extraction/anaphors.csv``
— to the most recent entity of the kind the argument slot accepts. The title of the document
(``# title:``) counts as naming its bodies. Every resolution keeps the antecedent's span.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Token

from blocgraph.extract.relations._tree import Arg, base, case_of, collective_lemma, kids

DEFINITE = frozenset(
    {
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "our",
        "all",
        "эта",
        "этот",
        "это",
        "эти",
        "данный",
        "данная",
        "указанный",
        "указанная",
    }
)
_PRONOUNS = frozenset(
    {
        "it",
        "its",
        "they",
        "them",
        "their",
        "он",
        "она",
        "оно",
        "они",
        "его",
        "её",
        "ее",
        "их",
        "ему",
        "ей",
        "им",
        "него",
        "неё",
        "нее",
        "них",
    }
)


_GENERIC_HEADS = frozenset(
    {"organization", "organisation", "group", "grouping", "bloc", "body", "structure"}
    | {"организация", "группа", "блок", "объединение", "структура", "группировка"}
)
"""Anaphors too general to prefer the body whose name they head over the one in focus ("the
organisation" after "EFTA" is EFTA, not the World Trade Organization named in passing)."""

NAME_HEADS = frozenset(
    {
        "bank",
        "court",
        "authority",
        "agency",
        "commission",
        "conference",
        "movement",
        "assembly",
        "fund",
        "secretariat",
        "council",
        "банк",
        "совет",
        "суд",
        "комиссия",
        "движение",
        "ассамблея",
        "фонд",
        "агентство",
    }
)
"""Head words of organisation names that the anaphor list leaves out (too often a common noun),
read as the body last named with them ("the bank" after "the International Investment Bank")."""


_ORGAN_NAME_WORDS = frozenset(
    {"council", "ministers", "minister", "general", "secretariat", "executive", "committee"}
    | {"commission", "assembly", "parliamentary", "permanent", "standing", "summit", "heads"}
    | {"of", "the", "state", "states", "government", "foreign", "affairs", "senior", "officials"}
    | {"совет", "министров", "генеральный", "секретариат", "исполнительный", "комитет"}
    | {"комиссия", "ассамблея", "парламентская", "постоянный", "саммит", "глав", "государств"}
    | {"правительств", "иностранных", "дел", "директоров", "управляющих", "directors"}
    | {"governors"}
)
"""Words of an organ's generic name ("the Council of Ministers", "General Secretariat"): a name
made only of them is an organ of whatever body is in focus, never the body a later elided or
anaphoric argument means."""


def generic_organ(named: Named) -> bool:
    """Whether an open-world body's name is an organ's generic name (see ``_ORGAN_NAME_WORDS``)."""
    return named.id.startswith("new:") and organ_words(named.text.lower().split())


def organ_words(words: Iterable[str]) -> bool:
    """Whether a name's words are all an organ's generic words ("council of ministers")."""
    return all(word in _ORGAN_NAME_WORDS for word in words)


def articleless(token: Token) -> bool:
    """Russian has no articles: a bare "организация" may well be anaphoric."""
    return any("\u0400" <= ch <= "\u04ff" for ch in token.text)


_KEPT_SENTENCES = 8
"""Sentences the focus remembers one by one (a list of objectives may stand between a body's
name and "the group")."""


@dataclass(frozen=True, slots=True)
class Named:
    """An entity as last named: id, kind and where (document character offsets, text)."""

    id: str
    type: str
    start: int
    end: int
    text: str
    subject: bool = False
    """Named as the subject of its clause (what a later "it" most likely continues)."""


_RECENT = 60
"""How many named entities the focus keeps (states go first when it is full)."""


@dataclass(slots=True)
class Focus:
    """The entities in focus while a document is read."""

    recent: list[Named] = field(default_factory=list)
    state_list: list[Named] = field(default_factory=list)
    """The states of the last sentence that named any (what "they", "these countries" mean)."""
    person_list: list[Named] = field(default_factory=list)
    """The persons of the last sentence that named any ("the two leaders": Xi and Putin)."""
    sentences: list[list[Named]] = field(default_factory=list)
    """The entities of the last few sentences, one list per sentence."""
    counts: dict[str, int] = field(default_factory=dict)
    """How often each entity has been named so far (its salience in the document)."""
    status: tuple[str, str] | None = None
    """(predicate, role) of the status the text named last ("observer status"): what "the
    status" means later."""

    def see(self, named: list[Named], counted: bool = True) -> None:
        """Record one sentence's entities, in order (not an organ's generic name); a headline's
        (``counted=False``) do not add to the entities' salience, as the text repeats them."""
        named = [n for n in named if n.type != "body" or not generic_organ(n)]
        self.recent.extend(named)
        if len(self.recent) > _RECENT:
            # a long list of states does not push the treaty or body it is about out of focus
            # ("The 26 nations that have ratified the treaty: A, …" then "the treaty" again)
            surplus = len(self.recent) - _RECENT
            at = [i for i, n in enumerate(self.recent) if n.type == "state"]
            dropped = set(at[:surplus])
            self.recent = [n for i, n in enumerate(self.recent) if i not in dropped][-_RECENT:]
        for n in named if counted else ():
            self.counts[n.id] = self.counts.get(n.id, 0) + 1
        self.sentences.append(named)
        del self.sentences[:-_KEPT_SENTENCES]
        states = [n for n in named if n.type == "state"]
        if states:  # "they" names the states of the last sentence that named any
            self.state_list = states
        persons = list({n.id: n for n in named if n.type == "person"}.values())
        if persons:
            self.person_list = persons

    def last(self, kinds: frozenset[str], exclude: set[str]) -> Named | None:
        """The most recent entity of one of ``kinds`` not in ``exclude``."""
        for named in reversed(self.recent):
            if named.type in kinds and named.id not in exclude:
                return named
        return None

    def resolve(
        self,
        token: Token,
        refers: str,
        kinds: frozenset[str],
        exclude: set[str],
    ) -> list[Arg]:
        """The entities an anaphor at ``token`` stands for, as arguments of the slot that accepts
        ``kinds``; empty when the anaphor is indefinite ("a bloc") or nothing fits. The
        antecedent keeps its document offsets.
        """
        lemma = token.lemma_.lower()
        pronoun = token.lower_ in _PRONOUNS or token.pos_ == "PRON"
        if not pronoun and not articleless(token):
            determiners = {d.lower_ for d in kids(token, "det", "nmod:poss")}
            if not determiners & DEFINITE:
                return []
        plural = "Plur" in token.morph.get("Number", []) or lemma in {"they", "они"}
        plural = plural or (counted(token) or 0) > 1  # "три государства": a genitive singular
        if refers == "states" or (refers in {"state", "entity"} and plural):
            if "state" not in kinds or not (self.state_list or self.person_list):
                return []
            if not pronoun and articleless(token) and _described(token):
                return []  # "бывшими советскими республиками": a description, not a reference
            count = counted(token)
            if not pronoun and articleless(token) and (count or 0) > 2 and not _referring(token):
                return []  # "13 государств имеют статус наблюдателя": a new set ("эти 13": old)
            items = [n for n in self.state_list if n.id not in exclude]
            if count is not None and count != len(items):
                # "the two leaders signed": the two persons named last, when the text named
                # their states otherwise or not at all ("President Xi … Russian President Putin")
                people = self.person_list if lemma in _PEOPLE and "person" in kinds else []
                return [self._arg(token, n) for n in people] if len(people) == count else []
            return [self._arg(token, n) for n in items]
        wanted = kinds if refers == "entity" else kinds & {refers}
        if not wanted:
            return []
        if pronoun and refers == "entity" and "treaty" not in wanted and _object(token):
            latest = self.last(wanted | {"treaty"}, exclude)
            if latest is not None and latest.type == "treaty":
                return []  # "a party to the Treaty … decided to exit it": the treaty, no body
        found = (self._topic(wanted, exclude) if pronoun else None) or self.salient(wanted, exclude)
        if (
            not pronoun
            and lemma not in _GENERIC_HEADS
            and found is not None
            and not any(_headed_by(n, token) for n in self.recent if n.id == found.id)
        ):
            # "the association" after "CARICOM": the Association of Caribbean States, whose
            # name the word heads, when no name of the body in focus has such a word
            headed = self._headed(token, exclude)
            if headed is not None:
                return [headed]
        return [] if found is None else [self._arg(token, found)]

    def salient(self, kinds: frozenset[str], exclude: set[str]) -> Named | None:
        """What a description ("the organisation", "организация") most likely means: among the
        entities of ``kinds`` of the last two sentences that named any, the one the document has
        named most (then a subject, then the more recent), so a predecessor or an organ named
        once in passing ("the successor of the Regional Cooperation for Development") does not
        take the place of the body the text is about; else the most recent."""
        naming = [
            fitting
            for sentence in self.sentences
            if (fitting := [n for n in sentence if n.type in kinds and n.id not in exclude])
        ]
        window = [n for fitting in naming[-2:] for n in fitting]
        subjects = {n.id: n for n in naming[-1] if n.subject} if naming else {}
        if len(subjects) == 1:
            return next(iter(subjects.values()))
        best: Named | None = None
        for named in window:  # in reading order: a later one wins a tie
            if best is None or self._weight(named) >= self._weight(best):
                best = named
        return best or self.last(kinds, exclude)

    def _weight(self, named: Named) -> tuple[int, bool]:
        """How salient an entity is: how often the document named it, then whether it was a
        subject ("AOSIS was established in the context of the … Conference": AOSIS)."""
        return self.counts.get(named.id, 0), named.subject

    def topic(self, kinds: frozenset[str]) -> Named | None:
        """What a pronoun subject continues now (see :meth:`_topic`), else the most recent."""
        return self._topic(kinds, set()) or self.last(kinds, set())

    def _topic(self, kinds: frozenset[str], exclude: set[str]) -> Named | None:
        """What a pronoun continues: the subject of the last sentence that named something of
        ``kinds`` ("Switzerland has chosen to cooperate with the EU. It is a member of EFTA" →
        Switzerland), if that sentence had one; otherwise ``None`` (the most recent wins)."""
        for named in reversed(self.sentences):
            fitting = [n for n in named if n.type in kinds and n.id not in exclude]
            if fitting:
                subjects = [n for n in fitting if n.subject]
                return subjects[0] if len({n.id for n in subjects}) == 1 else None
        return None

    def by_head(self, token: Token, exclude: set[str]) -> Arg | None:
        """The body last named with this head word, for a definite description that is not in
        the anaphor list: "the bank" for "the International Investment Bank", "the Court"."""
        lemma = token.lemma_.lower()
        if lemma not in NAME_HEADS:
            return None
        determiners = {d.lower_ for d in kids(token, "det", "nmod:poss")}
        if not articleless(token) and not determiners & DEFINITE:
            return None
        return self._headed(token, exclude)

    def _headed(self, token: Token, exclude: set[str]) -> Arg | None:
        """The body last named with the word in its name ("the association": "Association of
        Caribbean States")."""
        for named in reversed(self.recent):
            if named.type == "body" and named.id not in exclude and _headed_by(named, token):
                return self._arg(token, named)
        return None

    @staticmethod
    def _arg(token: Token, named: Named) -> Arg:
        end = token.idx + len(token.text)
        return Arg(
            named.id,
            named.type,
            token.i,
            token.i + 1,
            token.idx,
            end,
            (named.start, named.end, named.text),
        )


_PEOPLE = frozenset({"leader", "head"})
"""Anaphors (``data/extraction/anaphors.csv``) of persons who act for their states ("the two
leaders", "the two heads of state")."""

NUMBER_WORDS = {
    **dict.fromkeys(["two", "два", "две", "двух"], 2),
    **dict.fromkeys(["three", "три", "трёх", "трех"], 3),
    **dict.fromkeys(["four", "четыре", "четырёх", "четырех"], 4),
    **dict.fromkeys(["five", "пять", "пяти"], 5),
    **dict.fromkeys(["six", "шесть", "шести"], 6),
    **dict.fromkeys(["seven", "семь", "семи"], 7),
    **dict.fromkeys(["eight", "восемь", "восьми"], 8),
    **dict.fromkeys(["nine", "девять", "девяти"], 9),
    **dict.fromkeys(["ten", "десять", "десяти"], 10),
}


def _object(token: Token) -> bool:
    """Whether a pronoun is an object or oblique ("exit it", "вышла из него"), which refers to
    what was named last, not to the clause's topic; not a possessive ("its members")."""
    return token.dep_ != "nmod:poss" and base(token.dep_) in {"obj", "obl", "nmod", "iobj"}


def counted(token: Token) -> int | None:
    """The number a collective noun carries ("13 стран", "the three states"), if any."""
    for child in kids(token, "nummod"):
        if child.text.isdigit():
            return int(child.text)
        if child.lower_ in NUMBER_WORDS:
            return NUMBER_WORDS[child.lower_]
    return None


_REFERRING = frozenset(
    {"этот", "данный", "указанный", "названный", "перечисленный", "весь", "все", "оба", "обе"}
)


def _referring(token: Token) -> bool:
    """Whether an articleless collective carries a referring word ("эти 13 стран", "все пять")."""
    return any(c.lemma_.lower() in _REFERRING for c in kids(token, "amod", "det"))


def _described(token: Token) -> bool:
    """Whether an articleless collective ("республиками") carries a describing adjective
    ("бывшими советскими") rather than a referring one ("этими", "данные")."""
    return any(c.lemma_.lower() not in _REFERRING for c in kids(token, "amod"))


def _headed_by(named: Named, token: Token) -> bool:
    """Whether a name holds the word's stem after its first word, or opens with it and goes on
    ("the bank": "International Investment Bank"; "the association": "Association of …")."""
    lemma = token.lemma_.lower()
    stem = lemma if len(lemma) <= 5 else lemma[:-2]  # "forum" is no "for"; "союз" in "союза"
    return any(word.lower().startswith(stem) for word in named.text.split()[1:]) or (
        named.text.lower().startswith(stem) and " " in named.text
    )


def another_group(noun: Token, by_token: dict[int, Arg]) -> bool:
    """Whether a body word has a complement of its own that is neither a name nor states
    ("группа воздержавшихся", "the group of abstainers"): another group, not the body in focus."""
    return any(
        base(c.dep_) == "nmod"
        and c.i > noun.i
        and c.pos_ == "NOUN"
        and case_of(c) in {"", "of"}
        and c.i not in by_token
        and collective_lemma(c.lemma_) is None
        for c in noun.children
    )
