"""Cutting a document into what the spaCy pipeline sees: header, paragraphs, bounded chunks.

A whole file never becomes one ``Doc``: spaCy refuses texts over ``nlp.max_length`` (1,000,000
characters) and a 50 MB file would need gigabytes. Paragraphs are the unit instead (quotes and
their speakers rarely cross them), and a paragraph longer than :data:`MAX_CHUNK` characters is cut
at a sentence end near the limit. Every step keeps offsets into the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast

import spacy
from spacy.language import Language

MAX_CHUNK = 100_000
"""Largest piece of text handed to spaCy at once (characters)."""

_HEADER = re.compile(r"#[ \t]*([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t\r]*")
_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_LINE = re.compile(r"[^\n]*\n?")
_SENTENCE_END = re.compile(r"[.!?…][\"”’»)\]']*\s")
_TERMINAL = tuple(".!?…:;\"”’»)]'")
_BULLET = re.compile(r"\s*(?:[-*•–—]|\d+[.)])\s")
_SOFT_WRAP_MIN = 50  # a line at least this long that ends mid-sentence continues on the next


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of the text: ``[start, end)`` offsets, and which paragraph it belongs to."""

    start: int
    end: int
    paragraph: int


def parse_header(text: str) -> tuple[dict[str, str], int]:
    """Read ``# key: value`` lines at the top of a document.

    Returns the metadata (``date`` reduced to its leading ISO date) and the offset where the body
    starts.

    >>> parse_header("# source: https://x.org\\n# date: 2026-01-20 (a note)\\nBody.")
    ({'source': 'https://x.org', 'date': '2026-01-20'}, 52)
    >>> parse_header("No header.")
    ({}, 0)
    """
    metadata: dict[str, str] = {}
    pos = 1 if text.startswith("\ufeff") else 0
    body = 0
    while pos < len(text):
        newline = text.find("\n", pos)
        line_end = len(text) if newline < 0 else newline
        match = _HEADER.fullmatch(text, pos, line_end)
        if match is None:
            break
        key, value = match.group(1).lower(), match.group(2).strip()
        if key == "date":
            iso = _ISO_DATE.match(value)
            value = iso.group() if iso else value
        metadata[key] = value
        pos = body = line_end + 1 if newline >= 0 else len(text)
    return metadata, min(body, len(text))


def _paragraphs(text: str, start: int) -> Iterator[tuple[int, int]]:
    """Paragraph spans: blank lines always separate; a single line break separates unless the
    line is long and stops mid-sentence (hard-wrapped prose) or ends with a colon that a
    run-in list on the next line completes."""
    para_start = -1
    last_end = start
    previous = ""
    for match in _LINE.finditer(text, start):
        line_start, line_end = match.start(), match.end()
        if line_start == line_end:
            break
        content = text[line_start:line_end].rstrip("\r\n")
        stripped = content.strip()
        if not stripped:
            if para_start >= 0:
                yield para_start, last_end
                para_start = -1
            continue
        if para_start >= 0:
            wrapped = (
                len(previous) >= _SOFT_WRAP_MIN
                and not previous.endswith(_TERMINAL)
                and not _BULLET.match(content)
            ) or (  # "… the following 39 member states:" then the list on the next line
                previous.endswith(":") and "," in stripped and not _BULLET.match(content)
            )
            if not wrapped:
                yield para_start, last_end
                para_start = -1
        if para_start < 0:
            para_start = line_start + (len(content) - len(content.lstrip()))
        last_end = line_start + len(content.rstrip())
        previous = stripped
    if para_start >= 0:
        yield para_start, last_end


def _cut(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut ``[start, end)`` into pieces of at most :data:`MAX_CHUNK` characters, preferring a
    sentence end, then whitespace, near each limit."""
    while end - start > MAX_CHUNK:
        limit = start + MAX_CHUNK
        floor = start + MAX_CHUNK * 4 // 5
        cut = -1
        for match in _SENTENCE_END.finditer(text, floor, limit):
            cut = match.end()
        if cut < 0:
            space = max(text.rfind(" ", floor, limit), text.rfind("\n", floor, limit))
            cut = space + 1 if space > 0 else limit
        yield start, cut
        start = cut
    if end > start:
        yield start, end


def chunks(text: str, start: int = 0) -> Iterator[Chunk]:
    """The chunks of ``text`` from ``start`` on, in order.

    >>> [(c.start, c.end, c.paragraph) for c in chunks("One.\\n\\nTwo.\\nThree.")]
    [(0, 4, 0), (6, 10, 1), (11, 17, 2)]
    >>> [(c.start, c.end) for c in chunks("Its members:\\nChad, Mali.\\nNext.")]
    [(0, 24), (25, 30)]
    """
    for index, (para_start, para_end) in enumerate(_paragraphs(text, start)):
        for piece_start, piece_end in _cut(text, para_start, para_end):
            yield Chunk(piece_start, piece_end, index)


def spacy_text(text: str) -> str:
    """The chunk as spaCy should see it: soft line breaks and tabs become spaces (same length,
    so offsets stay valid) and names broken across lines still match.

    Runs of more than ``LONGEST_WORD`` characters without a space (base64, a line of dashes,
    a hostile megabyte of quote marks) are blanked: no name is that long, and spaCy's tokenizer
    takes time quadratic in the length of a word.

    >>> spacy_text("Shanghai Cooperation\\nOrganisation")
    'Shanghai Cooperation Organisation'
    >>> spacy_text("a " + '"' * 300 + " b") == "a " + " " * 300 + " b"
    True

    A typographic apostrophe inside a word is the plain one the names are written with
    ("People’s Republic of China" is China, not the "Republic of China" inside it):

    >>> spacy_text("the People’s Republic, ‘rules-based’ order")
    "the People's Republic, ‘rules-based’ order"
    """
    plain = _APOSTROPHE.sub("'", text.translate(_WHITESPACE))
    return _LONG_RUN.sub(lambda m: " " * len(m.group()), plain)


_WHITESPACE = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\u00a0": " "})
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[’ʼ](?=[^\W\d_])")
LONGEST_WORD = 100
_LONG_RUN = re.compile(rf"\S{{{LONGEST_WORD + 1},}}")


CITATION = re.compile(r"\[(?:\d{1,3}|[a-z])\]")
"""A reference mark glued to a word, as in Wikipedia text ("(CSTO)[3]", "Ukraine,[4][5]")."""


RUSSIAN_ABBREVIATIONS = (
    "г.",
    "гг.",
    "т.е.",
    "т.д.",
    "т.п.",
    "им.",
    "ул.",
    "стр.",
    "ст.",
    "см.",
    "тыс.",
    "млн.",
    "млрд.",
    "руб.",
    "долл.",
    "ген.",
    "зам.",
    "пред.",
)
"""Russian abbreviations whose full stop ends no sentence (a year "г.", "млн." …)."""


def drop_bracket_emoticons(tokenizer: Any) -> None:
    """Take spaCy's emoticon special cases made of brackets and punctuation out of a tokenizer:
    in prose "):" is a parenthesis closing before a colon ("the Association of Southeast Asian
    Nations (ASEAN): Brunei, …"), and as one token it hid both the aside and the list after it.

    >>> nlp = spacy.blank("en")
    >>> drop_bracket_emoticons(nlp.tokenizer)
    >>> [t.text for t in nlp("Nations (ASEAN): Brunei")]
    ['Nations', '(', 'ASEAN', ')', ':', 'Brunei']
    """
    tokenizer.rules = {
        orth: tokens
        for orth, tokens in tokenizer.rules.items()
        if not (set(orth) & set("()[]") and not any(c.isalnum() for c in orth))
    }


def blank_pipeline() -> Language:
    """A blank English pipeline with a rule-based sentencizer: no statistical model needed.

    Reference marks are split off as tokens of their own ("CSTO.[1]" → "CSTO", ".", "[1]") and
    count as punctuation, so a sentence does not start with them and names glued to them match.

    >>> [s.text for s in blank_pipeline()("Iran joined. Egypt left.").sents]
    ['Iran joined.', 'Egypt left.']
    >>> [t.text for t in blank_pipeline()("the CSTO.[1] Then")]
    ['the', 'CSTO', '.', '[1]', 'Then']
    """
    nlp = spacy.blank("en")
    tokenizer: Any = nlp.tokenizer  # a compiled Tokenizer (no type stubs)
    suffixes = [CITATION.pattern, *cast(list[str], nlp.Defaults.suffixes)]
    tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    drop_bracket_emoticons(tokenizer)
    for mark in [f"[{n}]" for n in range(1, 1000)] + [
        f"[{c}]" for c in "abcdefghijklmnopqrstuvwxyz"
    ]:
        nlp.vocab[mark].is_punct = True
    for abbreviation in RUSSIAN_ABBREVIATIONS:  # "в 1984 г. в АСЕАН вступил …" is one sentence
        tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    nlp.add_pipe("sentencizer")
    nlp.max_length = MAX_CHUNK * 2
    return nlp
