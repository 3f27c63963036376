"""Parties and signatories of a treaty, from the role noun: "Iran, Israel and Egypt are party to
the Convention", "Uzbekistan is not a party to the Convention", "non-signatory States include
India, Bangladesh", "A and B are signatories of the treaty", "участниками договора стали A, B".

A party is bound by the treaty (`ratified`, as accession is); a signatory signed it (`signed`);
a non-signatory did not sign (`signed`, negative) and a non-party is not bound (`ratified`,
negative). The treaty is the role noun's own ("party to T", "участник договора"); a signatory
word alone ("non-signatory States") takes the treaty the document speaks of, if one is in focus.
The holders are the copula's subject, the list an "include" gives, or the subject of "became".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from blocgraph.extract.relations._frames import Context, Reading
from blocgraph.extract.relations._readers_partnership import states_of
from blocgraph.extract.relations._readers_treaty import treaty_at
from blocgraph.extract.relations._subjects import subjects
from blocgraph.extract.relations._tree import Arg, base, case_of, kids

NEGATIVE_ROLE_RULE = "tree:treaty-role-negative"
"""Rule of a reading the role word itself negates ("non-signatory"): negative, whatever the
clause."""
_PARTY = frozenset({"party", "parties", "участник", "участница", "сторона"})
_SIGNATORY = frozenset({"signatory", "signatories", "подписант"})
_NON = ("non-", "non", "не")
_INCLUDE = frozenset({"include", "comprise", "относиться", "входить"})


def _role(token: Token) -> tuple[str, bool] | None:
    """(predicate, negated by the word itself) of a role word, if it is one."""
    low, lemma = token.lower_, token.lemma_.lower()
    words = {low, lemma}
    if words & _SIGNATORY:
        return "signed", _non(token)
    if low.startswith("non-signator") or low == "nonsignatory":
        return "signed", True
    if words & _PARTY and _signing(token):  # "подписавшими сторонами были A, B"
        return "signed", _non(token)
    if words & _PARTY:
        return "ratified", _non(token)
    if low.startswith(("non-part", "nonpart")):
        return "ratified", True
    return None


def _signing(token: Token) -> bool:
    """Whether a party word is the signing parties' ("the signing parties", "подписавшие
    стороны"): they signed, whether or not they are bound yet."""
    return any(
        c.lower_ == "signing" or c.lemma_.lower() in {"подписать", "подписывать"}
        for c in kids(token, "amod", "compound", "acl")
        if c.i < token.i
    )


def _non(token: Token) -> bool:
    """Whether "non" precedes the word ("non-signatory", written as three tokens)."""
    doc = token.doc
    return any(i >= 0 and doc[i].lower_ in _NON for i in (token.i - 1, token.i - 2))


def _treaty_of(token: Token, context: Context) -> Arg | None:
    """The treaty a role word names: "party to T", "signatories of T", "участник договора"."""
    for child in [*kids(token, "nmod", "obl"), *kids(token.head, "obl", "nmod")]:
        if child.i == token.i or case_of(child) not in {"to", "of", "", "к"}:
            continue
        found = treaty_at(child, context)
        if found is not None:
            return found
    return None


def _holders(token: Token, context: Context) -> tuple[list[Arg], Token]:
    """The states holding the role, and the clause's trigger for polarity."""
    if kids(token, "cop") or base(token.dep_) in {"root", "acl:relcl", "acl"}:
        own = kids(token, "nsubj")
        if own and own[0].lemma_.lower() in {"that", "which", "который"}:
            own = subjects(token)  # "the only country that is not a party": the relative's noun
        found = states_of(own, context)
        if not found and own:  # "Uzbekistan is the only country that is not a party"
            found = states_of(subjects(own[0].head) if own[0].head.i != token.i else [], context)
        return found, token
    head = token.head
    listed = _listed(token, context)
    if listed:  # "12 original signatories of the treaty, including A, B": the list
        return listed, token
    if base(token.dep_) == "nsubj" and head.lemma_.lower() in _INCLUDE:
        return states_of(kids(head, "obj"), context), head  # "the signatories include A, B"
    if base(token.dep_) == "nsubj" and kids(head, "cop") and head.i > token.i:
        return states_of([head], context), head  # "the signatories of T were A, B and C"
    becoming = base(token.dep_) == "obj" and head.lemma_.lower() in _BECOME
    if (base(token.dep_) in {"xcomp", "obl"} or becoming) and head.pos_ in {"VERB", "AUX"}:
        # "участниками договора стали A, B"; "Rwanda became the 70th party to the Convention"
        return states_of(subjects(head), context), head
    if base(token.dep_) in {"amod", "compound"} and head.lemma_.lower() in {"state", "country"}:
        verb = head.head  # "non-signatory States include A, B"
        if base(head.dep_) == "nsubj" and verb.lemma_.lower() in _INCLUDE:
            return states_of(kids(verb, "obj"), context), verb
        if kids(head, "cop") or base(head.dep_) == "root":
            return states_of(kids(head, "nsubj"), context), head
    return [], token


_BECOME = frozenset({"become", "стать", "становиться"})
"""Verbs whose object the parser may make of the role they give ("became a party to T")."""

_LISTING = frozenset({"including", "include", "such as", "like", "namely", "в том числе"})


def _listed(token: Token, context: Context) -> list[Arg]:
    """The states a role noun lists itself: "signatories …, including A and B", "the parties: A,
    B", "участники договора — A, B"."""
    items = [c for c in kids(token, "nmod", "appos", "list", "acl") if case_of(c) in _LISTING]
    items += [c for c in kids(token, "appos", "list") if c.i > token.i]
    if not items and token.head.i != token.i:  # the parser hung "including …" on the verb
        items = [c for c in token.head.children if c.i > token.i and case_of(c) in _LISTING]
    return states_of(items, context)


def treaty_role_readings(sent: Span, context: Context) -> list[Reading]:
    """The parties and signatories a sentence names. A role word's own "non" makes the reading
    negative through its rule name (``NEGATIVE_ROLE_RULE``)."""
    readings: list[Reading] = []
    for token in sent:
        role = _role(token)
        if role is None or token.i in context.by_token:
            continue
        predicate, negative = role
        treaty = _treaty_of(token, context)
        if treaty is None and predicate == "signed":
            named = context.focus.last(frozenset({"treaty"}), set())
            if named is not None:
                treaty = Arg(named.id, "treaty", token.i, token.i + 1, token.idx, token.idx)
        if treaty is None:
            continue
        holders, trigger = _holders(token, context)
        rule = NEGATIVE_ROLE_RULE if negative else "tree:treaty-role"
        for holder in holders:
            readings.append(Reading(holder, predicate, treaty, trigger, rule))
    return readings
