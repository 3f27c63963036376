"""A Russian subject the parser hung on a noun: a nominative noun attached as ``nmod`` (a
dependent noun is in an oblique case, never the nominative) under a clause whose finite verb has
no subject of its own is that verb's subject ("После ратификации устава Украина стала членом
ВТО": the parser hung "Украина" on "устава").
"""

from __future__ import annotations

from collections.abc import Sequence

_NOMINAL = frozenset({"NOUN", "PROPN"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


def _feats(morph: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in morph.split("|") if "=" in part)


def _agrees(verb: dict[str, str], noun: dict[str, str]) -> bool:
    """Whether a finite verb agrees with a noun in number, and in gender where the past tense
    has one."""
    if verb.get("Number") and noun.get("Number") and verb["Number"] != noun["Number"]:
        return False
    gender = verb.get("Gender")
    return not gender or verb.get("Number") == "Plur" or gender == noun.get("Gender", gender)


def subjects_restored(
    heads: list[int], deps: list[str], pos: Sequence[str], morphs: Sequence[str]
) -> None:
    """Re-attach, in place, each nominative ``nmod`` noun before its clause's subjectless
    finite verb to that verb as ``nsubj`` (``heads`` are absolute token indices; a root heads
    itself)."""
    for i, dep in enumerate(deps):
        if dep != "nmod" or pos[i] not in _NOMINAL or _feats(morphs[i]).get("Case") != "Nom":
            continue
        verb = _governing_verb(i, heads, pos, morphs)
        if verb is None or verb < i:
            continue
        if any(deps[k] in _SUBJECTS and heads[k] == verb for k in range(len(deps)) if k != verb):
            continue
        if _agrees(_feats(morphs[verb]), _feats(morphs[i])):
            heads[i], deps[i] = verb, "nsubj"


def _governing_verb(
    i: int, heads: Sequence[int], pos: Sequence[str], morphs: Sequence[str]
) -> int | None:
    """The first finite verb above a token, through nominal heads only."""
    node, seen = heads[i], {i}
    while node not in seen:
        seen.add(node)
        if pos[node] in {"VERB", "AUX"}:
            return node if _feats(morphs[node]).get("VerbForm") == "Fin" else None
        if pos[node] not in _NOMINAL or heads[node] == node:
            return None
        node = heads[node]
    return None
