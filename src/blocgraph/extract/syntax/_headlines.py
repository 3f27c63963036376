"""English headlines in title case, parsed as if they were written in sentence case.

A headline capitalises every word ("Saudi Arabia Ratifies GCC Security Treaty", "Honduras Takes
Leave of ALBA"); the tagger, trained on running text, reads each capitalised word as a proper
noun and the tree has no verb. The parser is given the headline with its ordinary words in lower
case — never the names the linker found, acronyms, or the first word — and the tree it returns
is put back on the words as written, so offsets, names and their capitals stay what the text has.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_LONGEST = 25
"""Words of the longest headline: a longer line is running text with many names."""
_MIN_WORDS = 2
"""Capitalised ordinary words a title-case line has at least."""
_SMALL = frozenset(
    {"with", "from", "into", "over", "upon", "than", "that", "this", "after", "about", "amid"}
    | {"under", "onto", "near", "before", "between", "against", "without", "within", "during"}
)
"""Longer function words a title may leave in lower case ("… Partnership with Norway")."""


Spans = list[tuple[int, int]]


def sentence_cased(text: str, names: Spans) -> str | None:
    """``text`` with the capitalised ordinary words of a title-case line in lower case, or
    ``None`` when the line is not in title case. ``names``: character spans (in ``text``) of the
    names the linker found, kept as written.

    >>> sentence_cased("Saudi Arabia Ratifies GCC Security Treaty", [(0, 12), (22, 25)])
    'Saudi Arabia ratifies GCC security treaty'
    >>> sentence_cased("Saudi Arabia ratifies the treaty with Qatar", [(0, 12)]) is None
    True
    >>> sentence_cased("Putin and President Masoud Pezeshkian signed the Treaty", []) is None
    True
    """
    words = [m for m in _WORD.finditer(text) if not _inside(m.start(), m.end(), names)]
    if not words or len(text.split()) > _LONGEST or text.rstrip().endswith("."):
        return None  # a sentence of running text ends with a full stop; a headline does not
    first = len(text) - len(text.lstrip())  # the first word is capitalised in any sentence
    long = [
        m
        for m in words
        if m.start() != first
        and (len(m.group()) >= 4 or m.group()[0].isupper())
        and m.group() not in _SMALL
    ]
    capitalised = [m for m in long if _capitalised(m.group())]
    if len(capitalised) < _MIN_WORDS or len(capitalised) < len(long):
        return None
    chars = list(text)
    for m in capitalised:
        lowered = m.group().lower()
        if len(lowered) == len(m.group()):  # a letter whose lower case is longer stays
            chars[m.start() : m.end()] = lowered
    return "".join(chars)


def _capitalised(word: str) -> bool:
    """A capital then lower-case letters ("Ratifies"), not an acronym ("GCC") nor a name with
    an inner capital ("McDonald")."""
    return word[0].isupper() and word[1:].islower()


def _inside(start: int, end: int, names: Spans) -> bool:
    return any(a < end and start < b for a, b in names)


def as_written(parsed: Doc, text: str) -> Doc:
    """The tree of a sentence-cased parse on the words as the text writes them."""
    return Doc(
        parsed.vocab,
        words=[text[t.idx : t.idx + len(t.text)] for t in parsed],
        spaces=[bool(t.whitespace_) for t in parsed],
        pos=[t.pos_ for t in parsed],
        tags=[t.tag_ for t in parsed],
        morphs=[str(t.morph) for t in parsed],
        lemmas=[t.lemma_ for t in parsed],
        heads=[t.head.i for t in parsed],
        deps=[t.dep_ for t in parsed],
    )
