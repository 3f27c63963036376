"""Claims about a region: "in R there exists no pan-continental organisation" (``absence-claim``)
and its positive for the regions contrasted with it: "unlike R1 and R2" (``contrast-claim``).
"""

from __future__ import annotations

import re

from blocgraph.extract._linker import Linked
from blocgraph.extract._rules._lexicon import _SEPARATORS
from blocgraph.extract._rules._view import Found, _span, _View

_CLAIM_HEADS = frozenset(
    [
        "organisation",
        "organization",
        "organisations",
        "organizations",
        "structure",
        "structures",
        "body",
        "bodies",
        "institution",
        "institutions",
        "bloc",
        "alliance",
        "architecture",
        "mechanism",
        "framework",
        "union",
        "association",
    ]
)
_CLAIM_SYNONYMS = {
    "organization": "organisation",
    "organisations": "organisation",
    "organizations": "organisation",
    "structure": "organisation",
    "structures": "organisation",
    "body": "organisation",
    "bodies": "organisation",
    "institution": "organisation",
    "institutions": "organisation",
    "association": "organisation",
    "continent-wide": "pan-continental",
    "all-continental": "pan-continental",
    "continental": "pan-continental",
    "pancontinental": "pan-continental",
}
_CLAIM_SKIP = frozenset({"a", "an", "any", "single", "the", "one", "such", "real", "unified"})
_CONTRAST = frozenset({"unlike"})
_CONTRAST_PHRASES = (("in", "contrast", "to"), ("as", "opposed", "to"), ("contrary", "to"))


def _claim_key(words: list[str]) -> str | None:
    kept = [_CLAIM_SYNONYMS.get(w, w) for w in words if w not in _CLAIM_SKIP]
    if not kept or kept[-1] not in {_CLAIM_SYNONYMS.get(h, h) for h in _CLAIM_HEADS}:
        return None
    joined = "-".join(kept).replace("--", "-")
    return re.sub(r"pan-pan-continental", "pan-continental", joined)


def _absence(view: _View) -> tuple[str, int, int] | None:
    """The absent thing of "there exists no X", "lacks a X", "X remains absent"."""
    for i in range(view.start, view.end):
        word = view.word(i)
        if i in view.covered:
            continue
        if word in {"no", "lacks", "lack", "lacking"} or (
            word == "not" and view.word(i + 1) in {"have", "has", "possess"}
        ):
            start = i + (2 if word == "not" else 1)
            words: list[str] = []
            k = start
            while k < view.end and len(words) < 6 and k not in view.covered:
                w = view.word(k)
                if w == "-":
                    if words:
                        words[-1] += "-"
                    k += 1
                    continue
                if words and words[-1].endswith("-"):
                    words[-1] += w
                else:
                    words.append(w)
                if w in _CLAIM_HEADS:
                    key = _claim_key(words)
                    if key is not None:
                        return "no-" + key, i, k + 1
                    break
                k += 1
        if word in {"absent", "missing", "nonexistent", "non-existent", "lacking"} or (
            word == "exist" and view.word(i - 1) in {"not", "n't"}
        ):
            head = next(
                (
                    k
                    for k in range(i - 1, max(view.start, i - 6) - 1, -1)
                    if view.word(k) in _CLAIM_HEADS
                ),
                None,
            )
            if head is None:
                continue
            start = head
            while (
                start - 1 >= view.start
                and view.word(start - 1) not in {"a", "an", "the", ",", "yet", "but", "and", "."}
                and start - 1 not in view.covered
                and head - start < 4
            ):
                start -= 1
            words = []
            for k in range(start, head + 1):
                w = view.word(k)
                if w == "-" and words:
                    words[-1] += "-"
                elif words and words[-1].endswith("-"):
                    words[-1] += w
                else:
                    words.append(w)
            key = _claim_key(words)
            if key is not None:
                return "no-" + key, start, i + 1
    return None


def _contrasted(view: _View, region: Linked, lo: int) -> bool:
    """Whether the region sits in an "unlike …" phrase (possibly as a later list item)."""
    k = region.start - 1
    while k >= max(view.start, lo):
        word = view.word(k)
        if word in _CONTRAST:
            return True
        if any(tuple(view.words(k - len(p) + 1, k + 1)) == p for p in _CONTRAST_PHRASES):
            return True
        mention = view.ends.get(k + 1)
        if mention is not None and mention.type == "region":
            k = mention.start - 1
            continue
        if word in _SEPARATORS or word == "the":
            k -= 1
            continue
        return False
    return False


def _claims(view: _View) -> list[Found]:
    absence = _absence(view)
    if absence is None:
        return []
    key, a0, a1 = absence
    found: list[Found] = []
    for region in (m for m in view.mentions if m.type == "region"):
        if _contrasted(view, region, view.start):
            found.append(
                Found(
                    region.id,
                    "claims",
                    key.removeprefix("no-"),
                    [_span(region), (a0, a1)],
                    "contrast-claim",
                )
            )
        else:
            found.append(
                Found(region.id, "claims", key, [_span(region), (a0, a1)], "absence-claim")
            )
    return found
