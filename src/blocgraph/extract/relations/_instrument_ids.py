"""Whether an open-world id names an instrument (a treaty, agreement, convention …) rather than
a body, so an abbreviation the document defines after the name takes the name's kind ("the
Intermediate-Range Nuclear Forces Treaty (INF)" is a treaty, "the North Atlantic Treaty
Organization (NATO)" a body)."""

from __future__ import annotations

import re

from blocgraph.extract._model import NEW_PREFIX
from blocgraph.extract.relations._treaty_names import TREATY_NOUNS

_NAMING_NOUNS = TREATY_NOUNS - {"declaration", "statute", "декларация", "статут"}
_NOUN = "(?:" + "|".join(sorted(_NAMING_NOUNS)) + ")"
_INSTRUMENT_ID = re.compile(rf"{NEW_PREFIX}(?:{_NOUN}(?:-|$)|.*-{_NOUN}$)")


def names_instrument(open_world: str) -> bool:
    """Whether an open-world id begins or ends with an instrument's noun ("Treaty on the
    Non-Proliferation of Nuclear Weapons", "Договор о РСМД", "Open Skies Treaty"): an
    abbreviation defined after it names the instrument. Not "Comprehensive and Progressive
    Agreement for Trans-Pacific Partnership", which the minter reads as a body by its last word
    (texts give it members), nor "North Atlantic Treaty Organization"."""
    return _INSTRUMENT_ID.match(open_world) is not None


def kind(open_world: str) -> str:
    """``treaty`` or ``body``, as :func:`names_instrument` reads the id."""
    return "treaty" if names_instrument(open_world) else "body"
