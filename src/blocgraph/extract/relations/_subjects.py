"""Whose clause it is: the subject of a verb, read through control, coordination, relative
clauses and the infinitives of plan nouns ("has no plans to leave")."""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract._rules._lexicon import MONTHS
from blocgraph.extract._russian import is_cyrillic
from blocgraph.extract.relations._tree import base, case_of, kids

_AS = frozenset({"as", "в качестве"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "который", "которая", "которое", "которые"})
_WH_RELATIVE = frozenset({"who", "which"})
"""Relative pronouns that are never a complementizer ("that" may be one)."""
_MISREAD_RELATIVE = frozenset({"ccomp", "parataxis", "conj", "advcl", "xcomp"})
"""Where the parser hangs a relative clause it did not see as one."""


def clause_subjects(token: Token) -> list[Token]:
    """The subject of the clause a possessive sits in (the first verb above it)."""
    for head in token.ancestors:
        if head.pos_ in {"VERB", "AUX"}:
            return subjects(head)
    return []


def _after_fronted_date(verb: Token) -> list[Token]:
    """The subject the parser coordinated with a fronted date ("In July 2016, India formally
    became a member": "India" a conjunct of "July"): a proper noun after the date's comma,
    right before the verb's own words."""
    for date in kids(verb, "obl"):
        if date.i > verb.i or not (date.like_num or date.lemma_.lower() in MONTHS):
            continue
        for item in kids(date, "conj"):
            comma = item.i > 0 and verb.doc[item.i - 1].text == ","
            if comma and item.pos_ == "PROPN" and item.i < verb.i:
                return [item]
    return []


def subjects(verb: Token) -> list[Token]:
    """The subject of a verb: its own, a controller's ("decided to join"), a coordinated verb's
    ("joined X and left Y"), or the noun a relative or reduced relative clause modifies."""
    own = kids(verb, "nsubj", "csubj")
    if own and own[0].i < verb.i:
        # "A, B and C; D and E have observer status": a semicolon between the subject the parser
        # chose and its verb — the subjects are the items after the last semicolon
        doc = verb.doc
        stops = [i for i in range(own[0].i, verb.i) if doc[i].text == ";"]
        if stops:
            after = [c for c in own[0].subtree if stops[-1] < c.i < verb.i and c.dep_ == "conj"]
            if after:
                return after
    if own:
        if own[0].lower_ in RELATIVE_PRONOUNS and base(verb.dep_) == "acl":
            if own[0].i > 0 and verb.doc[own[0].i - 1].text == "(":
                return [_noun_before(own[0])]  # "…, South Africa (which joined in 1994), …"
            noun = verb.head
            if noun.pos_ == "NUM" and base(noun.dep_) == "nmod":
                noun = noun.head  # "the 15 nations among the 44 that have signed": the nations
            return [named_head(noun)]
        if own[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "advcl:relcl":
            return [_noun_before(own[0])]  # "…, which also includes A": the noun before it
        if misread_relative(verb):
            head = _noun_before(own[0])
            while base(head.dep_) == "conj" and head.head.i < head.i:
                head = head.head  # "China and Myanmar which became …": both
            return [head]
        return own
    fronted = _after_fronted_date(verb) or _apposed_after_oblique(verb)
    if fronted:
        return fronted
    early = [c for c in kids(verb, "advcl") if c.i < verb.i and kids(c, "obl:agent")]
    if early and kids(early[0], "nsubj"):
        # "The Bank (NDB) set up by BRICS has admitted A": the parser gave the subject to the
        # reduced relative, which it read as a clause of its own
        return kids(early[0], "nsubj")
    link = base(verb.dep_)
    if link == "acl" and "Ger" in verb.morph.get("VerbForm", []):
        # "claims of Armenia leaving the CSTO": the "of" phrase right before the gerund
        before = [c for c in kids(verb.head, "nmod") if case_of(c) == "of" and c.i < verb.i]
        if before and max(t.i for t in before[-1].subtree) == verb.i - 1:
            return [before[-1]]
    if link in {"acl", "nmod"} and _noun_complement(verb):
        # "has no plans to leave", "its decision to withdraw", "has no intention of joining":
        # the noun's owner, or the subject of the clause that has the noun
        noun = verb.head
        owner = kids(noun, "nmod:poss", "nsubj") or [
            c for c in kids(noun, "nmod") if case_of(c) == "of"
        ]  # "the readiness of the OSCE member states to admit Mongolia"
        if owner:
            return owner
        if base(noun.dep_) == "obj" and noun.head.i != noun.i:
            return subjects(noun.head)
        return []
    if link == "acl":
        return [named_head(verb.head)]
    if link == "xcomp" and verb.head.i != verb.i:
        # object control: "prompting Moscow to announce", "invited Iran to join": the object
        controller = [o for o in kids(verb.head, "obj") if o.i < verb.i]
        return controller or subjects(verb.head)
    if link == "conj" and verb.head.i != verb.i:
        return subjects(verb.head)
    if link == "ccomp" and _dropped_subject(verb):
        return subjects(verb.head)  # "Кения заявила, что вышла из ЕАС": Kenya left
    if link == "parataxis" and verb.head.pos_ == "NOUN" and _dashed_between(verb.head, verb):
        # "Four more nations – A, B and C – have ratified": the parser cut the subject with its
        # dashed list off as a clause of its own
        return [verb.head]
    if decided(verb):
        return subjects(_decision(verb))
    if link == "advcl" and _ranked(verb.head) and "to" in {m.lower_ for m in kids(verb, "mark")}:
        return kids(verb.head, "nsubj")  # "North Korea is the first to withdraw from the NPT"
    if gathered(verb):
        return subjects(verb.head)  # "the presidents of A and B came together to sign": who met
    converb = "Conv" in verb.morph.get("VerbForm", [])  # "Вступив в ЕАС, Кения провела …"
    if link == "advcl" and (verb.tag_ in {"VBN", "VBG"} or converb) and verb.head.i != verb.i:
        return subjects(verb.head)  # "Founded in 1967 by A and B, ASEAN …": the main subject
    having = any(c.lower_ == "having" for c in kids(verb, "aux"))  # "Having joined X, A …"
    if link == "root" and ("Part" in verb.morph.get("VerbForm", []) or having):
        # the same, where the parser made the opening participle the root and the main
        # clause its conjunct
        later = [
            n for c in kids(verb, "conj", "parataxis") if c.i > verb.i for n in kids(c, "nsubj")
        ]
        return later[:1]
    return []


def _dropped_subject(verb: Token) -> bool:
    """Whether a Russian "что" clause's finite verb has the subject of the clause above dropped:
    no subject of its own, and it agrees with the verb above in number and gender ("Кения
    заявила, что вышла", "Россия сообщила, что подписала")."""
    head = verb.head
    if verb.lang_ != "ru" or head.i == verb.i or "Fin" not in verb.morph.get("VerbForm", []):
        return False
    if not any(c.lower_ == "что" for c in kids(verb, "mark")):
        return False
    for feature in ("Number", "Gender"):
        mine, theirs = verb.morph.get(feature, []), head.morph.get(feature, [])
        if mine and theirs and mine != theirs:
            return False
    return bool(verb.morph.get("Number", [])) and bool(kids(head, "nsubj"))


_DECIDING = frozenset({"vote", "decide", "resolve", "opt", "проголосовать", "голосовать"})
"""Verbs of deciding whose purpose clause or "in favour of" gerund is the decided act ("voted
on Tuesday to ratify", "voted in favour of withdrawing")."""
_FAVOUR = frozenset({"favour", "favor", "support"})


def _decision(verb: Token) -> Token:
    """The verb of deciding above a decided act: the act's head, or the head of its "in favour
    of" noun."""
    return verb.head.head if verb.head.lemma_.lower() in _FAVOUR else verb.head


def decided(verb: Token) -> bool:
    """Whether a verb is the act a verb of deciding decided, attached as a purpose clause ("voted
    on 6 December to terminate") or as the gerund of "in favour of" ("voted in favour of
    withdrawing"), where the parser gives it no subject of its own."""
    link = base(verb.dep_)
    if verb.head.i == verb.i:
        return False
    if link == "advcl" and {m.lower_ for m in kids(verb, "mark")} & {"to", "for"}:
        return verb.head.lemma_.lower() in _DECIDING
    head = verb.head
    if link == "nmod" and head.lemma_.lower() in _FAVOUR and case_of(verb) == "of":
        return head.head.i != head.i and head.head.lemma_.lower() in _DECIDING
    return False


_GATHERING = frozenset({"meet", "gather", "convene", "assemble", "come", "travel", "fly"})
"""Verbs of coming together whose purpose clause is what the meeting did ("came together to
sign the Treaty of Asunción", "met in Nairobi to sign"), when the meeting is told as done. English
only: the Russian reader does not read an infinitive of signing ("встретились, чтобы
подписать") at all."""


def gathered(verb: Token) -> bool:
    """Whether a verb is the purpose of a meeting told in the past ("met in Lima to sign"): the
    parser gives it no subject of its own; a meeting to come ("will meet to sign") is not."""
    head = verb.head
    if base(verb.dep_) != "advcl" or head.i == verb.i or head.lemma_.lower() not in _GATHERING:
        return False
    if "to" not in {m.lower_ for m in kids(verb, "mark")}:
        return False
    return "Past" in head.morph.get("Tense", []) and not kids(head, "aux")


def _dashed_between(noun: Token, verb: Token) -> bool:
    """Whether a dash stands between a noun and a verb after it (the end of a dashed list)."""
    return noun.i < verb.i and any(t.text in {"–", "—", "-"} for t in noun.doc[noun.i : verb.i])


_RANKS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "latest", "only"})


def _ranked(word: Token) -> bool:
    """Whether a predicate ranks its subject among those who acted ("the first", "the 30th",
    "the only one"), so an infinitive on it says what the subject did."""
    return _ranked_word(word) and bool(kids(word, "cop"))


def ranked_holders(noun: Token) -> list[Token]:
    """Who a ranked noun counts ("Malawi was the 14th African state to ratify", "Malawi became
    the first country to sign"): the copula's subject, or the subject of "become"."""
    words = [t for c in kids(noun, "amod", "nummod", "compound") for t in c.subtree]
    if not any(
        t.i < noun.i and (_ranked_word(t) or "Ord" in t.morph.get("NumType", [])) for t in words
    ):
        return []
    if kids(noun, "cop"):
        return kids(noun, "nsubj")
    if base(noun.dep_) in {"xcomp", "attr", "obj"} and noun.head.lemma_.lower() == "become":
        return subjects(noun.head)
    return []


def _ranked_word(word: Token) -> bool:
    low = word.lower_
    return low in _RANKS or (low[:-2].isdigit() and low.endswith(("st", "nd", "rd", "th")))


def _noun_complement(verb: Token) -> bool:
    """An infinitive or an "of" gerund completing a noun ("plans to leave", "intention of
    joining"), not a participle describing it ("a bloc comprising A")."""
    marks = {m.lower_ for m in kids(verb, "mark")}
    if "Inf" in verb.morph.get("VerbForm", []):
        return bool(marks) or is_cyrillic(verb.text)  # "приняла решение возобновить"
    return "Ger" in verb.morph.get("VerbForm", []) and "of" in marks


def misread_relative(verb: Token) -> bool:
    """Whether a verb is a relative clause on the noun before it that the parser hung as a
    clause of its own ("talked about China and Myanmar which became MRC's dialogue partners",
    parsed as what was talked about): its subject is "which"/"who" right after a noun."""
    own = kids(verb, "nsubj")
    if not own or own[0].lower_ not in _WH_RELATIVE or base(verb.dep_) not in _MISREAD_RELATIVE:
        return False
    if verb.doc[own[0].i - 1].is_punct:
        return False  # "…, C and D, which was suspended": may be on D alone; the tree cannot say
    return own[0].i < verb.i and _noun_before(own[0]).pos_ in {"PROPN", "NOUN"}


def _noun_before(relative: Token) -> Token:
    """The head of the noun phrase right before a relative pronoun that the parser hung on a
    verb ("withdrew from the Economic Community of West African States, which …" → Community)."""
    i = relative.i - 1
    while i > 0 and relative.doc[i].is_punct:
        i -= 1
    noun = relative.doc[i]
    while base(noun.dep_) in {"nmod", "compound", "amod", "flat"} and noun.head.i != noun.i:
        noun = noun.head
    return noun


def named_head(noun: Token) -> Token:
    """What a description stands for: "X, a grouping that includes …" and "X is a union
    comprising …" → X."""
    while base(noun.dep_) == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "a regional, political, and economic union comprising …"
    if base(noun.dep_) == "appos":
        return noun.head
    apposed = _apposed_name(noun)
    if apposed is not None:  # the same where the parser hung "a body" elsewhere
        return apposed
    if base(noun.dep_) == "obl" and case_of(noun) in _AS:  # "O was established as a bloc that"
        subject = subjects(noun.head)
        if subject:
            return subject[0]
    subject = kids(noun, "nsubj")
    if subject and (kids(noun, "cop") or base(noun.dep_) == "root"):
        return subject[0]
    return noun


BODY_DESCRIPTIONS = frozenset(
    {"body", "organisation", "organization", "grouping", "group", "bloc", "alliance", "union"}
    | {"forum", "association", "community", "club", "format", "institution", "bank"}
    | {"mechanism", "court", "league", "commonwealth"}
)
"""Nouns that describe an organisation: in an apposition ("APEC, a body which includes …") and
as a reporter after the clause ("…, the bank announced", ``_speakers``)."""


def _apposed_name(noun: Token) -> Token | None:
    """The name right before ", a <description>", past a parenthesised abbreviation: "the
    Asia-Pacific Economic Cooperation (APEC), a body which …" → Cooperation."""
    start = min([c.i for c in noun.lefts if not c.is_punct] + [noun.i])
    doc = noun.doc
    if noun.lemma_.lower() not in BODY_DESCRIPTIONS or doc[start].lower_ not in {"a", "an"}:
        return None
    i = start - 1
    if i < 1 or doc[i].text != ",":
        return None
    i -= 1
    if doc[i].text == ")":
        while i > 0 and doc[i].text != "(":
            i -= 1
        i -= 1
    if i < 0 or not doc[i].text[:1].isupper():
        return None
    name = doc[i]
    while base(name.dep_) in {"compound", "amod", "flat"} and name.head.i > name.i:
        name = name.head
    return name


_CLAUSAL = frozenset({"csubj", "ccomp", "xcomp", "advcl"})


def misread_expletive(token: Token) -> bool:
    """Whether an "it" the parser calls an expletive is the subject after all: nothing clausal
    hangs from its predicate for it to stand in for ("It is open to any country wishing to …"
    is the body; "It is important to note that …", "It is clear that …" are expletives)."""
    if token.dep_ != "expl" or token.i != token.sent.start:
        return False
    head = token.head
    return head.pos_ in {"ADJ", "NOUN", "VERB"} and not any(
        base(c.dep_) in _CLAUSAL and c.i > head.i for c in head.children
    )


def _apposed_after_oblique(verb: Token) -> list[Token]:
    """The subject after the verb's oblique, which the parser hung on the oblique as an
    apposition in a verb-first clause: "Вышли из КОМЕСА Лесото (1997 г.), Мозамбик …" — a name
    right after the oblique, not a description of it ("из ЕАЭС, организации …")."""
    for oblique in kids(verb, "obl"):
        if oblique.i < verb.i:
            continue
        for name in kids(oblique, "appos"):
            if name.pos_ == "PROPN" and name.i == oblique.i + 1:
                return [name]
    return []
