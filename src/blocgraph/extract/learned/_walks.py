"""Walks over a parsed sentence the pair model's features take: a mention's list head and
conjuncts, its chain of heads, distances in tokens and their buckets."""

from __future__ import annotations

from spacy.tokens import Token


def list_head(token: Token) -> Token:
    """The first conjunct of the list a token is in ("A, B and C": C → A)."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def conjuncts(token: Token) -> list[Token]:
    """The conjuncts hanging from a list's first item, however deep ("A, B and C")."""
    out: list[Token] = []
    stack = [c for c in token.children if c.dep_ == "conj"]
    while stack and len(out) < 200:
        conj = stack.pop()
        out.append(conj)
        stack.extend(c for c in conj.children if c.dep_ == "conj")
    return out


def ancestors(token: Token) -> list[Token]:
    """The token and its heads up to the root (40 at most: a repaired parse may loop)."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 40:
        chain.append(chain[-1].head)
    return chain


def gap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Tokens between two spans (0 when they touch or overlap)."""
    return max(a_start - b_end, b_start - a_end, 0)


def bucket(n: int) -> str:
    """A count as the bucket features use: 0, 2, 5, 10, 20 or "far"."""
    for limit in (0, 2, 5, 10, 20):
        if n <= limit:
            return str(limit)
    return "far"
