"""A list that runs on past a second role noun: the items after it hold that noun's role.

"Странами-наблюдателями в ШОС являются A, B и C, странами-партнерами – D, E и F" and "its members
are A and B, its observers C and D": the parser may hang the second list on the first one; each
item takes the role of the nearest role noun before it.
"""

from __future__ import annotations

from blocgraph.extract.relations._frames import Reading
from blocgraph.extract.relations._lexicon import Lexicon

_NOUNS = frozenset({"NOUN", "PROPN"})


def by_nearest_role(readings: list[Reading], lexicon: Lexicon) -> list[Reading]:
    """The readings of one role trigger, each item moved to the role noun nearest before it.

    Only role nouns between the trigger and the item, after a comma or semicolon, count: a holder
    named before the trigger ("A is an observer") and the trigger's own phrase ("Observer members
    of O are A, B") keep the trigger's role.
    """
    out: list[Reading] = []
    for reading in readings:
        trigger, start = reading.trigger, reading.subject.start
        nearer = None
        parted = False  # a new segment starts after a comma or semicolon
        for token in trigger.doc[trigger.i + 1 : start]:
            parted = parted or token.text in {",", ";"}
            found = lexicon.trigger(token.lemma_, token.pos_)
            if parted and found is not None and found.frame == "role" and token.pos_ in _NOUNS:
                nearer = (token, found)
        if nearer is None or nearer[1].predicate == reading.predicate:
            out.append(reading)
            continue
        token, found = nearer
        qualifiers = {k: v for k, v in reading.qualifiers.items() if k != "role"}
        if found.role not in {None, "member"}:
            qualifiers["role"] = found.role
        out.append(
            Reading(
                reading.subject, found.predicate, reading.object, token, reading.rule, qualifiers
            )
        )
    return out
