"""How a role noun gives its holders when no clause does: the list it counts ("eleven members,
including A, B"), a dash or "namely" after its phrase, a label line over a list ("observers - A,
B"), and whether its phrase names an owner ("member of the Council")."""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract.relations._frames import MEMBERS, Context
from blocgraph.extract.relations._tree import Arg, base, case_of, kids, list_after_mark

_ROLE_NOUNS = frozenset({"member", "partner", "observer", "член", "партнер", "наблюдатель"})
_INCLUDING = frozenset({"including", "include", "such as", "like", "namely", "among", "среди"})


def counted_items(noun: Token, ctx: Context) -> list[Arg]:
    """The states a counted role noun lists: "eleven members, including A, B", "six members:
    A, B", "members such as A"."""
    listed = [
        c
        for c in noun.children
        if base(c.dep_) in {"appos", "list"}
        or (base(c.dep_) in {"nmod", "acl"} and case_of(c) in _INCLUDING)
    ]
    # "23 members and 10 dialogue partners, including A, B": the list is the partners'
    other_roles = [k.i for k in kids(noun, "conj") if k.lemma_.lower() in _ROLE_NOUNS]
    listed = [c for c in listed if not any(k < c.i for k in other_roles)]
    found = [a for c in listed for a in ctx.args(c, MEMBERS)]  # "China, Malta, the EU and …"
    return found or ([] if other_roles else list_after_mark(noun, ctx.by_token, "state"))


def dash_in_phrase(head: Token) -> bool:
    """Whether a dash follows the role noun's own phrase ("the member states of O – A, B"),
    not a later clause."""
    doc = head.doc
    inside = {t.i for t in head.subtree}
    for i in range(head.i + 1, head.sent.end):
        if doc[i].text in {"-", "–", "—", ":"}:
            return True
        if i not in inside:
            return False
    return False


_NAMELY = frozenset({"namely", "viz", "а именно"})
_NEAR_NAMELY = 12


def namely_after(head: Token) -> bool:
    """Whether "namely" follows the role noun's phrase before any verb ("the Member States of
    the Asia Cooperation Dialogue (ACD), namely A; B; C"), however the parser hung the phrase."""
    doc = head.doc
    for i in range(head.i + 1, min(head.sent.end, head.i + _NEAR_NAMELY)):
        if doc[i].lower_ in _NAMELY:
            return True
        if doc[i].pos_ in {"VERB", "AUX", "CCONJ"}:
            return False  # a verb, or "and six dialogue partners namely …": another noun's
    return False


def label(head: Token) -> bool:
    """A label line over a list ("observers - (2) A, B", "members — A (suspended), B"): the
    labelled-list rule reads those, with the roles the items carry."""
    sent = head.sent
    doc = sent.doc
    near = doc[head.i + 1 : min(sent.end, head.i + 3)]
    text = doc.text
    line_start = text.rfind("\n", 0, head.idx) + 1
    counted = any(base(c.dep_) in {"det", "nummod"} for c in head.children)
    first = not text[line_start : head.idx].strip(" \t") or (
        head.i - sent.start <= 2 and not counted  # "Five new members – A, B – took part": a
    )  # sentence's subject, not a label
    start = min(t.i for t in head.subtree)
    bracketed = start > 0 and doc[start - 1].text == "("  # "Mongolia (special observer)"
    return bracketed or (first and any(t.text in {"-", "–", "—", ":"} for t in near))


def owned(noun: Token) -> bool:
    """Whether a role noun's phrase names an owner of any kind ("member of the Council",
    "NATO's partner", "UN member"), linked or not: then no body is elided."""
    heads = [noun] + ([noun.head] if base(noun.dep_) in {"compound", "amod"} else [])
    return any(
        (base(c.dep_) in {"nmod", "compound", "flat"} and c.pos_ == "PROPN")
        or c.dep_ == "nmod:poss"
        or (base(c.dep_) == "nmod" and case_of(c) in {"of", "in", "to", "at", "within"})
        for h in heads
        for c in h.children
        if c.i != noun.i
    )
