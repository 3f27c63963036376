"""Several treaties in one argument: "signed the Treaty of Alliance and the Treaty on the
Demarcation of the State Border", "signed two documents: the Treaty of Alliance and …" — each
of them is signed."""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract.relations._frames import Context
from blocgraph.extract.relations._tree import Arg, conjuncts, kids


def apposed_treaty(noun: Token, context: Context) -> Arg | None:
    """The treaty set out after an instrument noun: "signed historic documents - the Treaty of
    Alliance and …", "two documents: the Treaty of Alliance and …" (its conjuncts are signed too,
    see ``coordinated``)."""
    for child in kids(noun, "appos", "list"):
        arg = context.by_token.get(child.i)
        if child.i > noun.i and arg is not None and arg.type == "treaty":
            return arg
    return None


def coordinated(treaty_token: Token | None, treaty: Arg, context: Context) -> list[Arg]:
    """The other treaties named alongside one, as its conjuncts: "signed the Treaty of Alliance
    and the Treaty on the Demarcation of the State Border" — both are signed. Only names: a
    lower-case description the parser coordinated ("the Nkomati Accord, a non-aggression, and
    good-neighbourliness pact") says what the first one is."""
    if treaty_token is None or treaty.antecedent is not None:
        return []
    text = treaty_token.doc.text
    found: list[Arg] = []
    for conjunct in conjuncts(treaty_token)[1:]:
        arg = context.by_token.get(conjunct.i)
        if arg is None or arg.type != "treaty" or arg.id == treaty.id:
            continue
        if text[arg.char_start : arg.char_start + 1].isupper():
            found.append(arg)
    return found
