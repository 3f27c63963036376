"""Reading a Universal Dependencies tree: arguments, cases, conjuncts, and the entities they name.

The parse comes from the language's syntax model (``blocgraph.extract.syntax``) as a spaCy ``Doc``
with UD relations in ``dep_`` (``nsubj:pass``, ``obl``, ``nmod:poss`` …) and UD parts of speech.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.tokens import Doc, Token

CLAUSAL = frozenset({"acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "root"})
"""Relations that open a clause of their own: an argument's entities stop there."""

NOMINAL_LINKS = frozenset({"appos", "list", "flat", "compound", "dep", "conj"})
"""Relations inside a noun phrase that may hold the entities a head noun stands for ("the
former Soviet states of B, C and D", "these countries — A, B —", "member states A, B")."""

COLLECTIVE = frozenset(
    {
        "state",
        "country",
        "nation",
        "republic",
        "government",
        "regime",
        "junta",
        "authority",
        "member",
        "economy",
        "party",
        "monarchy",  # "the Gulf monarchies — A, B and C —"
        "power",  # "the three powers, A, B and C"
        "государство",
        "страна",
        "республика",
        "член",
        "участник",
        "монархия",
        "держава",
    }
)
"""Head nouns that stand for the entities named in their modifiers ("states of B and C")."""


def collective_lemma(lemma: str) -> str | None:
    """The collective noun a lemma is or ends a compound with ("государство-член" →
    "государство", "страна-участница" → "страна"), if any."""
    low = lemma.lower()
    if low in COLLECTIVE:
        return low
    parts = [p for p in low.split("-") if p in COLLECTIVE]
    return parts[0] if parts else None


@dataclass(frozen=True, slots=True)
class Arg:
    """An entity as an argument: its id, kind, token span in the parse, character span in the
    chunk, and — when a pronoun or description named it — the antecedent's chunk span and text."""

    id: str
    type: str
    start: int
    end: int
    char_start: int
    char_end: int
    antecedent: tuple[int, int, str] | None = None
    excluded: bool = False
    """Taken out of the collective that names it ("every country except Morocco"): what is said
    of the collective is denied of it."""

    @classmethod
    def at(cls, id_: str, type_: str, token: Token) -> Arg:
        """An entity named by one token ("Moscow" for Russia, "Меджлис" for Iran)."""
        return cls(id_, type_, token.i, token.i + 1, token.idx, token.idx + len(token.text))


def base(dep: str) -> str:
    """The universal part of a relation (``nsubj:pass`` → ``nsubj``)."""
    return dep.split(":", 1)[0].lower()


def kids(token: Token, *deps: str) -> list[Token]:
    """The children of ``token`` whose relation, or its universal part, is one of ``deps``."""
    wanted = set(deps)
    return [c for c in token.children if c.dep_ in wanted or base(c.dep_) in wanted]


def case_of(token: Token) -> str:
    """The adposition marking a nominal, lower-cased, multiword ones joined ("according to",
    "out of"); "" when there is none."""
    words: list[str] = []
    for case in kids(token, "case"):
        words.append(case.lower_)
        words.extend(f.lower_ for f in kids(case, "fixed"))
    return " ".join(words)


def instrumental(token: Token) -> bool:
    """Whether a nominal is a bare Russian instrumental, an agent of a passive or of an event
    noun ("подписан СССР и США", "ратификации парламентами")."""
    return not case_of(token) and "Ins" in token.morph.get("Case", [])


EXCLUDING = frozenset(
    {"except", "except for", "but", "excluding", "apart from", "other than", "save", "кроме"}
    | {"за исключением"}
)
"""Adpositions that take an entity out of the collective they hang on ("all but India", "все,
кроме Грузии", "за исключением Туркменистана")."""


def excluded(token: Token) -> bool:
    """Whether a nominal is taken out by an excluding adposition ("except Morocco", "apart
    from Chile", "кроме Грузии")."""
    marker = case_of(token)
    if marker in EXCLUDING or token.head.lemma_.lower() == "исключение":  # "за исключением X"
        return True
    return marker == "from" and "apart" in {token.head.lower_, *(c.lower_ for c in token.children)}


def excluding_phrase(token: Token) -> Token | None:
    """The nominal an excluding adposition marks, at ``token`` or above it ("except Georgia
    and the three Baltic states": "Georgia")."""
    for _ in range(4):
        if excluded(token):
            return token
        if token.head.i == token.i:
            break
        token = token.head
    return None


_CONTRAST = frozenset({"а", "но", "but", "while", "whereas"})


def conjuncts(token: Token) -> list[Token]:
    """``token`` and the tokens coordinated with it, in order ("A, B and C")."""
    found = [token]
    stack = [(token, c) for c in kids(token, "conj")]
    while stack:
        previous, current = stack.pop(0)
        low, high = sorted((previous.i, current.i))
        between = token.doc[low:high]
        if any(t.text == ";" for t in between) or any(
            a.text == "," and b.lower_ in _CONTRAST for a, b in pairwise(between)
        ):
            continue  # a semicolon or ", а/but" separates clauses, not list items
        found.append(current)
        stack[:0] = [(current, c) for c in kids(current, "conj")]
    return sorted(found, key=lambda t: t.i)


def ancestors(token: Token) -> Iterator[tuple[Token, Token]]:
    """(ancestor, the child on the path to ``token``) from the head up to the root."""
    child = token
    while child.head.i != child.i:
        yield child.head, child
        child = child.head


def subtree_args(token: Token, by_token: dict[int, Arg], stop: Iterable[int] = ()) -> list[Arg]:
    """The entities named in ``token``'s phrase, not crossing into clauses or ``stop`` tokens."""
    seen: dict[tuple[str, int], Arg] = {}
    blocked = set(stop)
    stack = [token]
    while stack:
        current = stack.pop()
        if current.i in blocked:
            continue
        arg = by_token.get(current.i)
        if arg is not None:
            seen[(arg.id, arg.start)] = arg
        for child in current.children:
            if base(child.dep_) not in CLAUSAL:
                stack.append(child)
    return sorted(seen.values(), key=lambda a: a.start)


_LIST_GLUE = frozenset({",", "and", "or", "&", "the", "и", "также", "as", "well"})
NAME_LIST_GLUE = frozenset({",", "and", "the", "и"})
"""What may stand between the names of a plain list of states ("A, B and the C", "A, B и C")."""
"""Words between list items. Russian "а" joins clauses ("A вышли, а B приостановили") except in
"а также" (as well as)."""


def _glue(doc: Doc, i: int) -> bool:
    word = doc[i].lower_
    if word == "а":
        return i + 1 < len(doc) and doc[i + 1].lower_ == "также"
    return word in _LIST_GLUE


def listed_after(
    arg: Arg, token: Token, by_token: dict[int, Arg], *, announced: bool = False
) -> list[Arg]:
    """Entities of ``arg``'s kind listed right after it, however the parser attached them:
    "Bahrain, Kuwait, Oman, and the United Arab Emirates" (commas, "and", "the" between).
    ``announced``: a list a mark announced ("namely A; B; C"), whose items semicolons may part."""
    doc = token.doc
    found: list[Arg] = []
    i = arg.end
    glue = 0
    while i < len(doc):
        nxt = by_token.get(i)
        if nxt is not None and nxt.start == i:
            members = {nxt.type, arg.type} == {"state", "body"}  # "China, Malta, the EU and …"
            if (nxt.type != arg.type and not members) or glue == 0:
                break
            found.append(nxt)
            i, glue = nxt.end, 0
            continue
        if doc[i].text == "(" and i + 2 < len(doc) and doc[i + 2].text == ")":
            i += 3  # "Qatar (1961), Indonesia (1962)": a year or note in parentheses
            continue
        if glue and (item := _unlinked_item(doc, i, 1)):
            i += item  # "Australia, Cook Islands, Fiji": an item outside the catalogue
            continue
        if not (_glue(doc, i) or (announced and doc[i].text == ";")):
            break
        glue += 1
        i += 1
    return found


_LONGEST_ITEM = 4


def _unlinked_item(doc: Doc, i: int, step: int) -> int:
    """The length of a list item that names no linked entity — a run of capitalised words
    ("Cook Islands", "Niue") with list glue on its far side — starting at ``i`` and read in
    the direction ``step``; 0 when there is none."""
    n = 0
    while 0 <= i + step * n < len(doc) and n <= _LONGEST_ITEM:
        word = doc[i + step * n]
        if not (word.text[:1].isupper() and word.is_alpha):
            break
        n += 1
    far = i + step * n
    if not 0 < n <= _LONGEST_ITEM or not 0 <= far < len(doc):
        return 0
    return n if doc[far].lower_ in {",", "and", "и"} else 0


def listed_before(arg: Arg, token: Token, by_token: dict[int, Arg]) -> list[Arg]:
    """Entities of ``arg``'s kind listed right before it ("Austria, Finland, and Sweden joined"
    when the parser made only "Sweden" the subject)."""
    doc = token.doc
    found: list[Arg] = []
    i = arg.start - 1
    glue = 0
    while i >= 0:
        prev = by_token.get(i)
        if prev is not None and prev.end == i + 1:
            if prev.type != arg.type or glue == 0:
                break
            found.append(prev)
            i, glue = prev.start - 1, 0
            continue
        if glue and (item := _unlinked_item(doc, i, -1)):
            i -= item
            continue
        if doc[i].lower_ == "the" or not _glue(doc, i):
            break
        glue += 1
        i -= 1
    return found


_INCLUDING = frozenset({"including", "включая", "namely"})
"""Words that open the list a counted noun announces, like a colon ("16 стран, включая A, B")."""

_RIGHT_AFTER = frozenset(
    {"а именно", "в том числе", "в частности", "in particular", "among them", "среди них"}
    | {"such as", "например"}
)
"""Words that open such a list only right after the noun and its comma ("11 стран, в том
числе A, B"); further on they belong to another clause ("173 государства, еще восемь стран,
в том числе Россия, имеют статус наблюдателя")."""


_NEAR_BRACKET = 3
"""How far after a collective noun a parenthesised list may open ("countries of BRICS (…)")."""


def _right_after(token: Token, i: int) -> bool:
    """Whether ``doc[i]`` ends one of the ``_RIGHT_AFTER`` words and only punctuation stands
    between ``token`` and them."""
    doc = token.doc
    for n in range(3):
        start = i - n
        if start > token.i and " ".join(t.lower_ for t in doc[start : i + 1]) in _RIGHT_AFTER:
            return all(t.is_punct for t in doc[token.i + 1 : start])
    return False


def list_after_mark(token: Token, by_token: dict[int, Arg], kind: str) -> list[Arg]:
    """The list a counted or collective noun announces after a dash, a colon, "including" or in
    parentheses: "Ten new countries joined the EU in 2004 – Cyprus, the Czech Republic …"."""
    sent = token.sent
    for i in range(token.i + 1, sent.end):
        # "странами БРИКС (Бразилия, Россия …)": a list in parentheses right after the noun
        bracket = sent.doc[i].text == "(" and i - token.i <= _NEAR_BRACKET
        marked = sent.doc[i].text in {"-", "–", "—", ":"} or sent.doc[i].lower_ in _INCLUDING
        near = not (marked or bracket) and _right_after(token, i)
        if not (marked or bracket or near):
            continue
        colon = next((k for k in range(i + 1, min(i + 5, sent.end)) if sent.doc[k].text == ":"), i)
        # "12 стран — постоянных наблюдателей: A, B": the role between dash and colon
        for j in range(colon + 1, min(colon + 4, sent.end)):
            arg = by_token.get(j)
            if arg is not None and arg.type == kind and arg.start == j:
                return [arg, *listed_after(arg, sent.doc[j], by_token, announced=True)]
        # "в том числе" with no name right after it looks on for a dash's list ("в том числе
        # два крупнейших экспортера — Россия и …"); a dash, colon or bracket ends the search
        if not near:
            return []
    return []


def named_before(token: Token, by_token: dict[int, Arg], kinds: Iterable[str]) -> list[Arg]:
    """The entities of ``kinds`` named in ``token``'s sentence before it, in order."""
    wanted = set(kinds)
    return sorted(
        (
            a
            for i, a in by_token.items()
            if token.sent.start <= i < token.i and a.start == i and a.type in wanted
        ),
        key=lambda a: a.start,
    )


_ALONG = frozenset({"along with", "together with", "вместе с", "наряду с", "вместе со"})
"""Adpositions that add items to a noun phrase ("Kenya, along with Uganda, is a member")."""


def phrase_args(token: Token, by_token: dict[int, Arg], stop: Iterable[int] = ()) -> list[Arg]:
    """The entities an argument position names: the entity at ``token`` (and at each conjunct),
    or, for a collective head noun ("states", "countries", "members"), those its appositions,
    lists and modifiers name. Never an entity inside a clause hanging off the argument.
    """
    found: dict[tuple[str, int], Arg] = {}
    blocked = set(stop)
    for conjunct in conjuncts(token):
        if conjunct.i in blocked:
            continue
        arg = by_token.get(conjunct.i)
        if arg is not None:
            found[(arg.id, arg.start)] = arg
            for item in listed_after(arg, conjunct, by_token):
                found[(item.id, item.start)] = item
            for item in listed_before(arg, conjunct, by_token):
                found[(item.id, item.start)] = item
            for child in kids(conjunct, "appos", "list"):
                listed = by_token.get(child.i)
                if listed is not None and listed.type == arg.type:  # "Russia, Belarus, …"
                    for item in phrase_args(child, by_token, blocked):
                        found[(item.id, item.start)] = item
                else:  # "Iran, a founding member of X, …" adds nothing here
                    blocked.add(child.i)
            continue
        for child in conjunct.children:
            if child.i in blocked:
                continue
            link = base(child.dep_)
            collective = collective_lemma(conjunct.lemma_) is not None
            # "the SCO summit" names a summit, not the SCO: modifiers count only for a
            # collective head ("member states", "the states of B and C")
            descend = (
                link in NOMINAL_LINKS - {"conj", "compound", "amod"}
                or (link in {"nmod", "compound", "amod"} and collective)
                or (link == "nmod" and case_of(child) in _ALONG)  # "A, along with B, is …"
            )
            if excluded(child) and collective:  # "every African country except Morocco"
                for arg in phrase_args(child, by_token, blocked):
                    found[(arg.id, arg.start)] = replace(arg, excluded=True)
                continue
            if descend:
                for arg in phrase_args(child, by_token, blocked):
                    found[(arg.id, arg.start)] = arg
    return sorted(found.values(), key=lambda a: a.start)
