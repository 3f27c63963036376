"""Lists outside running prose: list headings ("Observer states of the SCO:") and the bulleted
items under them (``list-under-heading``, item events "joined 1994, withdrew 1999"), and
labelled lists opening with a role label ("members - A, B", "SCO observer states: C";
``labelled-list``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from blocgraph.extract._linker import Linked
from blocgraph.extract._rules._cues import _BAD_MODIFIERS, _INTENT, _MODAL, _NEGATION
from blocgraph.extract._rules._labels import label_role
from blocgraph.extract._rules._lexicon import _STATE_PREDICATE, _YEAR
from blocgraph.extract._rules._view import Found, _span

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
LISTED = "labelled-list"
"""The rule name of a labelled list's statements."""
HEADING_TOKENS = 25
"""The longest line read as a list heading ("В состав Совета мира вошли:")."""


@dataclass(frozen=True, slots=True)
class Heading:
    """A line introducing a list ("Former members of the CST:", "Observer states of the SCO:"):
    the body it names and the role its plain items hold (None when the heading does not assert
    one: "former members", "candidates", "states that did not join")."""

    body: str
    role: str | None


def list_heading(doc: Doc, mentions: list[Linked], topic: str | None = None) -> Heading | None:
    """The heading a line is, if it ends with a colon, names one body and a role word; a bare
    role word ("Члены:", "Members:") heads a list of the document's body (``topic``).

    >>> from blocgraph.extract._pipeline import blank_pipeline
    >>> doc = blank_pipeline()("Observer states of the SCO:")
    >>> list_heading(doc, [Linked(4, 5, "body", "SCO", 23, 26)])
    Heading(body='SCO', role='observer')
    """
    if len(doc) == 0 or doc[-1].text != ":" or len(doc) > HEADING_TOKENS:
        return None
    bodies = {m.id for m in mentions if m.type == "body"}
    if not mentions and topic is not None and len(doc) <= _BARE_HEADING:
        bodies = {topic}  # "Члены:" under "Меланезийская инициативная группа"
    if len(bodies) != 1 or any(m.type == "state" for m in mentions):
        return None
    words = [t.lower_ for t in doc]
    role = next((r for w, r in _HEADING_ROLES if w in words), None)
    if role is None:
        role = next((r for w in words for p, r in _RU_HEADING_ROLES if w.startswith(p)), None)
    if role is None:
        return None
    if role == "member" and any(w in _FORMER for w in words) and not set(words) & _NEGATION:
        return Heading(bodies.pop(), "former")  # "Former members of the CST:" left it
    blocked = any(w in _HEADING_BLOCK or w in _RU_HEADING_BLOCK for w in words)
    return Heading(bodies.pop(), None if blocked else role)


_FORMER = frozenset({"former", "бывшие"})
_BARE_HEADING = 4
"""The longest heading read without a body's name ("Full members:", "Государства-члены:")."""


_RU_HEADING_ROLES = (
    ("наблюдател", "observer"),
    ("партнер", "partner"),
    ("партнёр", "partner"),
    ("член", "member"),
    ("участни", "member"),
    ("состав", "member"),
    ("вошл", "member"),
    ("входят", "member"),
)
"""Russian role words of a heading, by stem ("членами ШОС являются:", "В состав O вошли:")."""
_RU_HEADING_BLOCK = frozenset(
    {"не", "бывшие", "бывших", "кандидаты", "кандидатов", "вышли", "покинули", "хотят"}
)


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
    closing = end == len(doc) - 1 and doc[end].text in {".", ";"}  # the list's last item
    if end < len(doc) and doc[end].text not in {"(", ":", ",", "–", "—", "-"} and not closing:
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
        plain = {"member", "observer", "former"}
        qualifiers = {"role": heading.role} if heading.role not in plain else {}
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


_LABEL_SEPARATORS = frozenset({"-", "–", "—", ":", "):"})  # "):" closes a count: "Members (53):"
_LABEL_FILLER = frozenset({"of", "the", "'s", "’s", "in"})
_LABEL_STOP = frozenset({".", ";", "!", "?"})
_ITEM_JOINERS = frozenset({",", "and", "&", "и"})


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
    named = {k for m in mentions for k in range(m.start, m.end)}
    starts = {0} | {i + 1 for i in range(len(doc) - 1) if doc[i].text in _LABEL_STOP}
    # "наблюдатели — A, B, страны-партнеры по диалогу — C": a label after a comma opens a list
    after_commas = {i + 1 for i in range(len(doc) - 1) if doc[i].text == ","}
    labels = {
        start: label
        for start in sorted(starts | after_commas)
        if (label := _label(doc, mentions, start, named)) is not None
    }
    relabelled = after_commas & labels.keys()
    for start, (sep, role, inside) in labels.items():
        bodies = {m.id for m in inside if m.type == "body"}
        if not bodies:
            # the sentence before the label, in the same chunk, may name the body
            bodies = {m.id for m in mentions if m.type == "body" and m.end <= start}
            if not bodies and topic is not None:
                bodies = {topic}
        if len(bodies) != 1:
            continue  # no body, or two: whose list it is stays open
        body = bodies.pop()
        end = next(
            (
                k
                for k in range(sep + 1, len(doc))
                if doc[k].text in _LABEL_STOP or k + 1 in relabelled
            ),
            len(doc),
        )
        if any(
            doc[k].lower_ in _NEGATION or doc[k].lower_ in _MODAL or doc[k].lower_ in _INTENT
            for k in range(sep + 1, end)
        ):
            continue
        found = _labelled_items(doc, mentions, sep + 1, end, role, body)
        if found:
            out.append((doc[start:end], found))
    return out


def _label(
    doc: Doc, mentions: list[Linked], start: int, named: set[int]
) -> tuple[int, str, list[Linked]] | None:
    """The role label opening at ``start``: its separator, the role it gives and the mentions
    inside it. A dash inside the label ("Государства-члены ШОС:") is passed over for the next
    separator."""
    first = start
    for _ in range(2):
        sep = _separator(doc, first, named)
        if sep is None and first == start and _line_start(doc, start):
            # a handbook's "Members. A, B, C."
            sep = next(
                (k for k in range(start, min(start + 4, len(doc))) if doc[k].text == "."), None
            )
        if sep is None or sep == start:
            return None
        inside = [m for m in mentions if m.start >= start and m.end <= sep]
        spelled = _spelled_out(doc, start, inside)
        if any(m.type != "body" and m.start not in spelled for m in inside) or any(
            m.start < sep < m.end or m.start < start < m.end for m in mentions
        ):
            return None
        covered = {k for m in inside for k in range(m.start, m.end)} | spelled
        words = tuple(
            doc[k].lower_
            for k in range(start, sep)
            if k not in covered
            and doc[k].lower_ not in _LABEL_FILLER
            and not (doc[k].text in {"(", ")"} or doc[k].like_num)  # a count: "Members (53):"
        )
        role = label_role(words)
        if role is not None:
            return sep, role, inside
        if doc[sep].text == ":":
            return None
        first = sep + 1
    return None


_LABEL_WORDS = 9
"""How many words a label may hold before its separator ("the list of observer countries is as
follows:"), names (capitalised words) and their brackets not counted ("Former members of the
Common Market for Eastern and Southern Africa (COMESA):")."""


def _separator(doc: Doc, start: int, named: set[int]) -> int | None:
    """The label's dash or colon, if one comes within :data:`_LABEL_WORDS` words of ``start``."""
    counted = 0
    k = start
    while k < len(doc) and counted < _LABEL_WORDS:
        if doc[k].text in _LABEL_SEPARATORS:
            return k
        inside = k in named or (doc[k].text in {"(", ")"} and (k + 1 in named or k - 1 in named))
        name_word = doc[k].text[:1].isupper() and k > start  # a name's words, not the label's
        counted += 0 if inside or name_word else 1
        k += 1
    return None


_LABEL_ROLE_WORDS = frozenset(
    {"members", "member", "observers", "observer", "partners", "partner", "former"}
    | {"associate", "dialogue", "full", "states", "countries", "nations"}
)


def _spelled_out(doc: Doc, start: int, inside: list[Linked]) -> set[int]:
    """Tokens of the name a label spells out before a body's bracketed abbreviation ("of the
    Common Market for Eastern and Southern Africa (COMESA)"), the brackets included: they are
    the body's name, not label words."""
    found: set[int] = set()
    for m in inside:
        if m.type != "body" or doc[m.start - 1].text != "(" or doc[m.end].text[:1] != ")":
            continue
        found.update({m.start - 1, m.end})
        k = m.start - 2
        while (
            k >= start
            and doc[k].lower_ not in _LABEL_ROLE_WORDS
            and (doc[k].text[:1].isupper() or doc[k].lower_ in {"of", "the", "and", "for"})
        ):
            found.add(k)
            k -= 1
    return found


def _line_start(doc: Doc, start: int) -> bool:
    """Whether token ``start`` opens a line (or the chunk)."""
    return start == 0 or "\n" in doc[start - 1].whitespace_ or doc[start - 1].is_space


def _labelled_items(
    doc: Doc, mentions: list[Linked], lo: int, hi: int, role: str, body: str
) -> list[Found]:
    """The states listed between ``lo`` and ``hi``: each must stand as a whole list item (a
    comma, "and" or the label's start before it; a comma, "and" or the end after it). A
    parenthesis after an item may give a year, "special observer" or the territory it includes;
    any other note ("suspended", "withdrew 2012") drops the item."""
    if lo < hi and doc[lo].text == "(":  # a count: "members - (16) A, B"
        close = next((k for k in range(lo, min(lo + 4, hi)) if doc[k].text == ")"), None)
        if close is not None:
            lo = close + 1
    found: list[Found] = []
    for m in mentions:
        if m.type not in {"state", "body"} or m.id == body or m.start < lo or m.end > hi:
            continue  # a body may be listed too ("Observers: the United Nations")
        before = m.start - 1
        if before >= lo and doc[before].lower_ == "the":  # "and the United Nations"
            before -= 1
        if before >= lo and doc[before].lower_ not in _ITEM_JOINERS:
            continue
        item_role = role
        after = m.end
        if after < hi and doc[after].text == "(":
            close = next((k for k in range(after, min(after + 10, hi)) if doc[k].text == ")"), None)
            if close is None:
                continue
            note = [doc[k].lower_ for k in range(after + 1, close)]
            if note == ["special", "observer"] and role == "observer":
                item_role = "special_observer"
            elif note[:1] == ["including"]:
                pass  # "Denmark (including Faroe Islands and Greenland)": the member's territory
            elif any(n.id == m.id and (n.start, n.end) == (after + 1, close) for n in mentions):
                pass  # the item's own abbreviation: "United Arab Emirates (UAE)"
            elif not all(_YEAR.match(w) for w in note):
                continue
            after = close + 1
        if after < hi and doc[after].lower_ not in _ITEM_JOINERS:
            continue
        qualifiers: dict[str, Any] = {}
        if item_role == "former" and len(note_years := _years(doc, m.end, after)) == 1:
            qualifiers["year"] = note_years[0]  # "Lesotho (1997)": the year it left
        elif item_role not in {"member", "observer", "former"}:
            qualifiers["role"] = item_role
        predicate = "observerOf" if item_role == "special_observer" else _STATE_PREDICATE[role]
        found.append(Found(m.id, predicate, body, [_span(m)], LISTED, qualifiers))
    return found


def _years(doc: Doc, lo: int, hi: int) -> list[int]:
    """The years written between ``lo`` and ``hi`` (an item's bracketed note)."""
    return [int(doc[k].text) for k in range(lo, hi) if _YEAR.match(doc[k].text)]
