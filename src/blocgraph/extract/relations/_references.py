"""What a word in an argument position refers to when it names nothing itself: the noun a
relative clause describes, a capitalised "the Commonwealth" with no body in focus, the list a
copula identifies a collective subject with."""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract.relations._slug import slug
from blocgraph.extract.relations._subjects import named_head
from blocgraph.extract.relations._tree import Arg, base, kids, phrase_args

RELATIVE_POSSESSIVES = frozenset({"whose", "чей", "чья", "чьё", "чье", "чьи"})


def relative_antecedent(token: Token) -> Token | None:
    """The noun a relative clause opened by ``token`` ("whose", "который") describes."""
    for head in token.ancestors:
        if head.dep_ == "acl:relcl" or (base(head.dep_) == "acl" and head.pos_ in {"VERB", "AUX"}):
            return named_head(head.head)
    doc = token.doc  # the parser missed the clause: the noun right before ", whose"
    i = token.i - 1
    while i >= 0 and doc[i].is_punct:
        i -= 1
    return doc[i] if 0 <= i < token.i - 1 and doc[token.i - 1].text == "," else None


def named_as_anaphor(token: Token) -> list[Arg]:
    """ "The Commonwealth has admitted Gabon" with no body in focus: a capitalised "the
    Commonwealth" is the name of an open-world body, not a description."""
    if not token.text[:1].isupper() or "the" not in {d.lower_ for d in kids(token, "det")}:
        return []
    end = token.idx + len(token.text)
    return [Arg(slug(token.text), "body", token.i, token.i + 1, token.idx, end)]


def identified(noun: Token, by_token: dict[int, Arg]) -> list[Arg]:
    """The states a copula identifies a collective subject with ("the countries that make up O
    are A, B"): the predicate's list, when the noun is its subject."""
    head = noun.head
    if base(noun.dep_) != "nsubj" or head.i == noun.i or not kids(head, "cop"):
        return []
    predicate = by_token.get(head.i)
    if predicate is None or predicate.type != "state":
        return []  # "the country is a member of O": no list that identifies it
    if kids(head, "aux"):
        return []  # "the newest members may be A and B": entertained, not identified
    return [a for a in phrase_args(head, by_token) if a.type == "state"]
