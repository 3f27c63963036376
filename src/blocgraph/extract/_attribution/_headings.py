"""Speaker headings of parliamentary records and similar transcripts: a line that names who
speaks next, with the speech in the paragraphs under it until the next heading.

Hansard and its kin print the speaker on a line of its own — "LORD BROCKWAY", "THE MARQUESS OF
LOTHIAN", "§ Baroness Symons of Vernham Dean", "107. Mr. Rankin", "George Brandis (Queensland,
Liberal Party, Attorney-General)", "The Secretary of State for Defence (Ben Wallace)" — and the
speech below it. A line is read as a heading only when it is a name and nothing else and opens
with a title of address or rank, or is followed by a parenthesis of the speaker's seat and party,
or is an office followed by the name in parentheses; section headings ("Questions without
Notice", "ESTABLISHMENT AND FUNCTIONS") are none of these. A byline of its own with a title
("Dr. Jane Smith") reads as a heading too: the text below is then given to that person.

The speaker's id is the contract's open-world person id of the name without its title ("the
Marquess of Lothian" → ``new:lothian``, "Mr. Gaitskell" → ``new:gaitskell``), or the catalogue
person when the linker found one on the line.
"""

from __future__ import annotations

import re

from blocgraph.extract._linker import Linked
from blocgraph.extract._linker._names import person_id

_HEADING = re.compile(
    r"^(?:§\s*)?(?:\d{1,4}\.\s+)?"
    r"(?P<name>[^\W\d_][\w.'’-]*(?:\s+[\w.'’-]+){0,7}?)"
    r"\s*(?:\((?P<seat>[^()]{3,160})\))?\s*:?$"
)
_ADDRESS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "baroness", "baron", "hon"}
)
"""Titles of address before a name: dropped from the id."""
_RANKS = frozenset(
    {
        "marquess",
        "marchioness",
        "earl",
        "countess",
        "viscount",
        "viscountess",
        "duke",
        "duchess",
    }
)
"""Peerage ranks named with "of": "the Earl of Avon" is called Avon."""
_JOINERS = frozenset({"of", "and", "de", "van", "von", "la", "le", "du", "the"})
_OFFICE_THEN_NAME = re.compile(r"^(?P<office>[A-Z][^()]{5,100}?)\s*\((?P<name>[^(),]{4,60})\)$")
"""A written statement's heading: "The Secretary of State for … (Elizabeth Truss)"."""
_OFFICES = frozenset(
    {
        "secretary",
        "minister",
        "chancellor",
        "president",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "leader",
        "attorney-general",
        "ambassador",
        "commissioner",
    }
)
_LONGEST = 120


def speaker_heading(text: str, mentions: list[Linked]) -> str | None:
    """The speaker a heading line names, or None when ``text`` is not such a line.

    >>> speaker_heading("THE MARQUESS OF LOTHIAN", [])
    'new:lothian'
    >>> speaker_heading("§ Baroness Symons of Vernham Dean", [])
    'new:symons-of-vernham-dean'
    >>> speaker_heading("George Brandis (Queensland, Liberal Party, Attorney-General)", [])
    'new:george-brandis'
    >>> speaker_heading("107. Mr. Rankin", [])
    'new:rankin'
    >>> speaker_heading("The Secretary of State for Defence (Ben Wallace)", [])
    'new:ben-wallace'
    >>> speaker_heading("The Pacific Alliance (Alianza del Pacífico)", []) is None
    True
    >>> speaker_heading("Questions without Notice", []) is None
    True
    >>> speaker_heading("ESTABLISHMENT AND FUNCTIONS", []) is None
    True
    """
    line = text.strip()
    if not line or "\n" in line or len(line) > _LONGEST:
        return None
    office = _OFFICE_THEN_NAME.match(line)
    if office is not None:
        said = {w.lower() for w in re.split(r"[\s,]+", office.group("office"))}
        name = office.group("name").split()
        if said & _OFFICES and 2 <= len(name) <= 4 and all(w[0].isupper() for w in name):
            return _person(" ".join(name), mentions)
    match = _HEADING.match(line)
    if match is None:
        return None
    words = match.group("name").split()
    lowered = [w.lower().rstrip(".") for w in words]
    if not all(w[0].isupper() or low in _JOINERS for w, low in zip(words, lowered, strict=True)):
        return None
    if any(w.endswith(".") and low not in _ADDRESS for w, low in zip(words, lowered, strict=True)):
        return None  # a sentence, not a name ("Member states include Chad.")
    if lowered and lowered[0] == "the":
        words, lowered = words[1:], lowered[1:]
    titled = bool(lowered) and (lowered[0] in _ADDRESS or lowered[0] in _RANKS)
    seat = match.group("seat")
    if not titled and not (seat and "," in seat):
        return None
    if lowered and lowered[0] in _RANKS:
        if len(lowered) < 3 or lowered[1] != "of":
            return None
        words = words[2:]
    elif lowered and lowered[0] in _ADDRESS:
        words = words[1:]
    if not words or len(words) > 5 or words[0].lower() in _JOINERS:
        return None
    return _person(" ".join(words), mentions)


def _person(name: str, mentions: list[Linked]) -> str:
    """The catalogue person the linker found on the line, else the name's open-world id."""
    person = next((m for m in mentions if m.type == "person"), None)
    if person is not None and not person.id.startswith("new:"):
        return person.id
    return person_id(name)
