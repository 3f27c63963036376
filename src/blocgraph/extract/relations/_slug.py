"""The ``new:`` id of an open-world name."""

from __future__ import annotations

import re

from blocgraph.extract.relations._ru_nominative import is_russian, nominative

_SLUG = re.compile(r"[^\w]+|_")


def slug(name: str) -> str:
    """``new:`` id of a name: lowercased words joined by hyphens, a leading "the" dropped; a
    Russian organisation name in the nominative, whatever case the text puts it in.

    >>> slug("the CSTO Parliamentary Assembly")
    'new:csto-parliamentary-assembly'
    >>> slug("Евразийский банк развития")
    'new:евразийский-банк-развития'
    >>> slug("Евразийского банка развития")
    'new:евразийский-банк-развития'
    """
    if is_russian(name):
        name = nominative(name)
    words = _SLUG.sub(" ", name.lower()).split()
    if words and words[0] == "the":
        words = words[1:]
    return "new:" + "-".join(words)
