"""Founders by the instrument that founded their body, across sentences: "Thirty-two countries
adopted a Declaration on Atlantic Cooperation launching the Partnership for Atlantic Cooperation"
and, elsewhere in the text, "The text of the following declaration was released by the
Governments of A, B …": A and B signed the founding instrument, so they are the body's founders
and members (the contract: a treaty that founds a body gives ``memberOf`` for its founders).

An instrument founds a body when the body follows its name after a founding participle ("…
launching the Partnership", "the agreement establishing the Bank", "договор о создании …") or
closes its title after one ("the Agreement Establishing the Caribbean Development Council"). The
readers already give the founders a sentence names beside the instrument; this adds the
signatories the text names elsewhere.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from blocgraph.extract._model import Mention, Statement

FOUNDING_INSTRUMENT_RULE = "tree:founding-instrument"
_FOUNDS = re.compile(
    r"\s*,?\s*(?:which\s+|that\s+)?"
    r"(?:establish\w*|launch\w*|creat\w*|found(?:s|ed|ing)?|set(?:s|ting)?\s+up"
    r"|for\s+the\s+establishment\s+of|on\s+the\s+establishment\s+of"
    r"|о\s+создании|об\s+учреждении|об\s+образовании|учреждающ\w*|создающ\w*)"
    r"\s+(?:the\s+)?",
    re.IGNORECASE,
)
_REACH = 40
"""Characters between an instrument's name and the body it founds, at most."""


def founding_members(
    text: str, mentions: list[Mention], statements: list[Statement]
) -> list[Statement]:
    """``statements`` with the founders of each body an instrument founded: every state that
    signed the instrument (positively, anywhere in the text) is a member of the body, unless a
    statement already relates the two."""
    founds = _founded(text, mentions)
    if not founds:
        return statements
    states = {m.id for m in mentions if m.type == "state"}
    related = {(s.subject, s.object) for s in statements}
    added: list[Statement] = []
    for s in statements:
        body = founds.get(s.object or "")
        if (
            s.predicate != "signed"
            or s.polarity != "positive"
            or body is None
            or s.subject not in states
            or (s.subject, body) in related
        ):
            continue
        related.add((s.subject, body))
        added.append(
            replace(
                s, predicate="memberOf", object=body, rule=FOUNDING_INSTRUMENT_RULE, qualifiers={}
            )
        )
    return statements + added


def _founded(text: str, mentions: list[Mention]) -> dict[str, str]:
    """Instrument id → the id of the body it founds, as the text words it. Only the bodies
    inside an instrument's name or within reach after it are looked at (by their starts,
    bisected), so that a long text costs no more than its mentions."""
    bodies = sorted((m for m in mentions if m.type == "body"), key=lambda m: m.start)
    starts = [b.start for b in bodies]
    founds: dict[str, str] = {}
    for treaty in (m for m in mentions if m.type == "treaty"):
        near = bodies[
            bisect_right(starts, treaty.start) : bisect_right(starts, treaty.end + _REACH)
        ]
        for body in near:
            after = treaty.end <= body.start
            inside = body.start < treaty.end and body.end == treaty.end
            gap = text[treaty.end : body.start] if after else text[treaty.start : body.start]
            if (after and _FOUNDS.fullmatch(gap)) or (inside and _closes(gap)):
                founds.setdefault(treaty.id, body.id)
    return founds


def _closes(title: str) -> bool:
    """Whether a title's words before a body end with a founding word ("Agreement Establishing
    the …"), so that the body closing the title is the one it founds."""
    matches = list(_FOUNDS.finditer(title))
    return bool(matches) and matches[-1].end() == len(title) and matches[-1].start() > 0
