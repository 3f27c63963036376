"""Acronyms a document names only where a body fits, found before its sentences are read: "Slovenia
joined MED7", "the members of MIKTA", "the MIKTA Foreign Ministers' Meeting". Such an acronym
is an open-world body of the whole document (its slug as id), so its other mentions ("MED7 was
founded in 2013", a headline before the definition) carry the same id and the focus learns it.

Only standings and the words of a body's own life mark it: joining, being admitted, being a
member, observer or partner; the body's summit, chairmanship, presidency, secretariat, foreign
ministers or leaders. Not leaving, withdrawing or acceding, which treaties share ("withdrew from
the NPT", "acceded to the CPTPP"), nor "X member states" ("154 NPT member states")."""

from __future__ import annotations

import re
from collections.abc import Callable

from blocgraph.extract.relations._openworld_acronyms import NOT_BODIES
from blocgraph.extract.relations._slug import slug

_ACRONYM = r"[A-Z][A-Za-z0-9]{1,7}"
_BEFORE = re.compile(
    r"(?i:\b(?:re)?join(?:s|ed|ing)?|\badmitted\s+(?:in)?to|\badmission\s+(?:in)?to"
    r"|\bmember(?:s|ship)?\s+(?:states?\s+|countries\s+|nations\s+)?(?:of|in)"
    r"|\bobservers?\s+(?:status\s+)?(?:of|in|at|to)|\bpartners?\s+of)"
    r"\s+(?:the\s+)?(" + _ACRONYM + r")(?![\w+/-])"
)
_AFTER = re.compile(
    r"(?<![\w/-])(" + _ACRONYM + r")(?:['’]s)?\s+(?i:summits?\b|chairmanship|presidency"
    r"|secretariat|foreign\s+ministers|leaders\b)"
)
_LINE_REACH = 200
"""How far either side of an acronym its line is read for a heading in capitals."""
MOST_HELD = 50
"""How many distinct acronyms a document's scan keeps (a long report repeats its few bodies)."""


def held_acronyms(text: str, known: Callable[[str], str | None]) -> dict[str, str]:
    """Acronym → id (``new:`` or the catalogue's) of the acronyms ``text`` names where only a
    body fits. An acronym needs two capitals and two letters ("MED7", "I2U2", "ReCAAP"); one the
    catalogue knows is left to the linker, one it knows in capitals is the catalogue's body
    (``known``: "BRICs"); it is not a word in capitals of a heading ("MEMBERS OF THE COUNCIL"),
    nor the abbreviation of a name in another language that the text spells in its own
    ("PARLACEN" of the Central American Parliament: a word of the text begins with its first
    four letters)."""
    found: dict[str, str] = {}
    weighed: set[str] = set()  # each acronym once: a long report repeats its few bodies
    for pattern in (_BEFORE, _AFTER):
        for match in pattern.finditer(text):
            word = match.group(1)
            if word in weighed or not _acronym(word) or _in_capitals(text, match.start(1)):
                continue
            weighed.add(word)
            if known(word) is not None:
                continue  # the linker's: "ASEAN", also inside "ASEAN Regional Forum"
            catalogued = known(word.upper())  # "BRICs" is BRICS
            if catalogued is None and _spelled_out(text, word):
                continue
            found[word] = catalogued or slug(word)
            if len(found) >= MOST_HELD:
                return found
    return found


def _acronym(word: str) -> bool:
    capitals = sum(ch.isupper() for ch in word)
    letters = sum(ch.isalpha() for ch in word)
    return capitals >= 2 and letters >= 2 and word not in NOT_BODIES


def _in_capitals(text: str, at: int) -> bool:
    """Whether the acronym stands among words in capitals (a heading), not in running text."""
    line_start = text.rfind("\n", max(0, at - _LINE_REACH), at) + 1
    line_end = text.find("\n", at, at + _LINE_REACH)
    line = text[max(line_start, at - _LINE_REACH) : line_end if line_end >= 0 else at + _LINE_REACH]
    words = re.findall(r"[A-Za-z]{3,}", line)
    return len(words) >= 3 and sum(w.isupper() for w in words) * 2 > len(words)


def _spelled_out(text: str, acronym: str) -> bool:
    """Whether a word of the text begins with the acronym's first four letters ("Parliament…"
    for PARLACEN): the acronym may abbreviate a name in another language the text translates."""
    head = acronym[:4]
    if len(head) < 4 or not head.isalpha():
        return False
    pattern = re.compile(r"(?<!\w)" + re.escape(head[0].upper() + head[1:].lower()) + r"[a-z]+")
    return pattern.search(text) is not None
