"""Who asserts a clause, read from the tree: "X said that …", "…, Baku said", "according to X".

A speech verb (``data/extraction/speech.csv``) above the trigger, or hanging off its clause as a
trailing report (``parataxis``: "Iran will join, Moscow said"), names the speaker by its subject;
"according to X" by X. The speaker resolves to a person, state or body the sentence names, a
metonym (a capital such as "Baku", a seat such as "the Kremlin") to its state, an organ ("the
Russian Foreign Ministry") to the state that modifies it, and anything else to ``unknown``.
``None`` means the tree names no speaker (the caller falls back to quotes and the author).
"""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract._model import AUTHOR, UNKNOWN
from blocgraph.extract.relations._lexicon import Lexicon
from blocgraph.extract.relations._subjects import BODY_DESCRIPTIONS, subjects
from blocgraph.extract.relations._tree import Arg, ancestors, base, case_of, kids

_SPEAKER_KINDS = frozenset({"person", "state", "body"})
_PRONOUN_SPEAKERS = frozenset({"he", "she", "они", "он", "она"})
_THE_DOCUMENT = frozenset({"report", "article", "document", "text", "paper", "study", "chapter"})


def _resolve(
    token: Token,
    by_token: dict[int, Arg],
    lexicon: Lexicon,
    last_person: str | None,
    in_focus: str | None = None,
) -> str:
    arg = by_token.get(token.i)
    if arg is not None and arg.type in _SPEAKER_KINDS:
        return arg.id
    body = _described_body(token, by_token, in_focus)
    if body is not None:
        return body
    if token.lower_ in _PRONOUN_SPEAKERS and last_person:
        return last_person
    if token.lemma_.lower() in _THE_DOCUMENT and {d.lower_ for d in kids(token, "det")} & {
        "the",
        "this",
    }:
        return AUTHOR  # "the report says": the document itself
    published = _publisher(token, by_token, in_focus)
    if published is not None:
        return published
    name = " ".join(t.lower_ for t in token.subtree if t.dep_ != "det" and not t.is_punct)
    metonym = lexicon.metonym(token) or lexicon.metonyms.get(name)
    if metonym is not None:
        return metonym
    # an official named in apposition: "министр … Катара Мухаммед бен Абдеррахман Аль Тани"
    for child in kids(token, "appos"):
        found = by_token.get(child.i)
        if found is not None and found.type == "person":
            return found.id
    # an organ or official modified by an entity: "the Russian Foreign Ministry", "Iran's envoy"
    for child in token.children:
        if base(child.dep_) in {"amod", "compound", "nmod", "flat", "appos"}:
            found = by_token.get(child.i)
            if found is not None and found.type in _SPEAKER_KINDS:
                return found.id
    return UNKNOWN


def _described_body(token: Token, by_token: dict[int, Arg], in_focus: str | None) -> str | None:
    """ "…, the bank announced": the one body its sentence names (the one named with that
    word, if several), else the body in focus."""
    determiners = {d.lower_ for d in kids(token, "det")}
    if token.lemma_.lower() not in BODY_DESCRIPTIONS or determiners != {"the"}:
        return None
    bodies = [a for a in by_token.values() if a.type == "body"]
    doc, head = token.doc, token.lemma_.lower()
    headed = {a.id for a in bodies if head in doc[a.start : a.end].text.lower()}
    named = headed or {a.id for a in bodies}  # "the bank": the New Development Bank
    return named.pop() if len(named) == 1 else in_focus


_PUBLICATIONS = frozenset(
    {"website", "site", "statement", "communiqué", "communique", "declaration", "release"}
    | {"page", "portal", "сайт", "заявление", "коммюнике", "декларация", "сообщение", "портал"}
)
_OFFICIAL = frozenset({"official", "its", "официальный", "свой", "его"})


def _publisher(token: Token, by_token: dict[int, Arg], in_focus: str | None) -> str | None:
    """Who publishes a statement or a website the clause cites: "according to a statement
    posted on NATO's website" → NATO (the one entity named inside the phrase); "according to
    the official website" → the body in focus."""
    if token.lemma_.lower() not in _PUBLICATIONS:
        return None
    named = {
        a.id
        for t in token.subtree
        if t.i != token.i and (a := by_token.get(t.i)) is not None and a.type in _SPEAKER_KINDS
    }
    if len(named) == 1:
        return named.pop()
    modifiers = {c.lemma_.lower() for c in kids(token, "amod", "det", "nmod:poss")}
    if not named and modifiers & _OFFICIAL and in_focus is not None:
        return in_focus
    return None


_ACCORDING_RU = frozenset({"слово", "данные", "мнение", "информация", "оценка"})


def _according(token: Token) -> bool:
    """ "according to X" / "по словам X" ("in X's words")."""
    case = case_of(token)
    return case == "according to" or (case == "по" and token.lemma_.lower() in _ACCORDING_RU)


def _subject(verb: Token) -> Token | None:
    subjects = kids(verb, "nsubj")
    if subjects:
        return subjects[0]
    agents = [c for c in kids(verb, "obl") if case_of(c) == "by"]
    if agents:
        return agents[0]
    # Russian impersonal plural: "В МИД Азербайджана опровергли …" — the organ speaks
    organs = [c for c in kids(verb, "obl") if case_of(c) in {"в", "во"} and c.i < verb.i]
    if organs:
        return organs[0]
    return _misparsed_acronym(verb)


def _misparsed_acronym(verb: Token) -> Token | None:
    """An all-capital word right before a subjectless finite verb, which the parser took for
    something else ("…, TASS reported" with "TASS" an adverb): the subject."""
    if verb.i == 0 or "Fin" not in verb.morph.get("VerbForm", []):
        return None
    before = verb.doc[verb.i - 1]
    word = before.text
    if before.head.i == verb.i and len(word) >= 2 and word.isalpha() and word.isupper():
        return before
    return None


def asserter(tree: str | None, quoted: str, spoken: str | None = None) -> str:
    """Who asserts a reading: the tree's speaker of its clause; where the tree named none, or
    could not resolve the one it found, the quote's or the sentence's reported speaker
    (``quoted``); where the tree called the words the writer's own (an appositive description)
    but they stand in a direct quote or a transcript's speech, that speech's speaker
    (``spoken``): inside a speech the writer is the one speaking."""
    if tree is None or (tree == UNKNOWN and quoted != AUTHOR):
        return quoted
    if tree == AUTHOR and spoken is not None:
        return spoken
    return tree


_NAMING = frozenset({"call", "name", "назвать", "называть", "именовать"})
"""Verbs by which a speaker calls something what it is ("called Russia a strategic partner"):
the words of the complement are the caller's."""


def _calls(verb: Token) -> bool:
    """Whether a token is a naming verb in the active voice, with what it names as its object
    ("called China a partner", not "was named an observer")."""
    return (
        verb.lemma_.lower() in _NAMING
        and bool(kids(verb, "obj"))
        and not any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in verb.children)
    )


def _namer(verb: Token) -> Token | None:
    """Who calls: the naming verb's subject, or for a gerund ("…, называя Россию стратегическим
    партнером") the subject of the clause it hangs on."""
    for _ in range(3):
        found = subjects(verb)
        if found:
            return found[0]
        if base(verb.dep_) not in {"advcl", "xcomp", "nmod", "obj"} or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def speaker(
    trigger: Token,
    by_token: dict[int, Arg],
    lexicon: Lexicon,
    last_person: str | None,
    in_focus: str | None = None,
) -> str | None:
    """The speaker the tree gives the trigger's clause, or ``None`` if it gives none;
    ``in_focus`` is the body a description ("the bank said") stands for when its sentence names
    none or several.

    Under a denial ("those who claim … are mistaken"), the speaker is whoever denies, not who
    made the claim.
    """
    denial = lexicon.cues.get("denial", frozenset())
    deniers = [h for h, _ in ancestors(trigger) if h.lemma_.lower() in denial]
    if deniers and deniers[-1].lemma_.lower() not in lexicon.speech:
        trigger = deniers[-1]
    if _calls(trigger):  # the reading's trigger is the naming verb itself
        namer = _namer(trigger)
        if namer is not None:
            return _resolve(namer, by_token, lexicon, last_person, in_focus)
    clause = [trigger]
    for head, child in ancestors(trigger):
        link = base(child.dep_)
        indefinite = {d.lower_ for d in kids(head, "det")} & {"a", "an"}
        if link == "appos" or (child.dep_ == "acl:relcl" and indefinite and head.pos_ == "NOUN"):
            # "… to leave the CSTO, a grouping that includes Russia and …": the appositive is
            # the writer's description, whoever speaks in the main clause
            return AUTHOR
        if head.lemma_.lower() in lexicon.speech and link in {"ccomp", "parataxis"}:
            subject = _subject(head)
            if subject is not None:
                return _resolve(subject, by_token, lexicon, last_person, in_focus)
        if _calls(head) and link in {"xcomp", "obj", "obl"}:
            namer = _namer(head)  # "Президент Мозамбика назвал Россию стратегическим партнером"
            if namer is not None:
                return _resolve(namer, by_token, lexicon, last_person, in_focus)
        clause.append(head)
    for node in clause:
        for child in node.children:
            link = base(child.dep_)
            trailing = link == "parataxis" or (
                link == "conj" and child.i > node.i and not kids(child, "obj", "ccomp", "xcomp")
            )  # "…, Moscow said" (a parser may coordinate the report with the clause)
            if trailing and child.lemma_.lower() in lexicon.speech:
                subject = _subject(child)
                if subject is not None:
                    return _resolve(subject, by_token, lexicon, last_person, in_focus)
            if _report_on_noun(child, lexicon):
                # "…, the bank announced" parsed as a noun with a clause on it
                return _resolve(child, by_token, lexicon, last_person, in_focus)
            if link in {"obl", "advmod", "nmod"} and _according(child):
                return _resolve(child, by_token, lexicon, last_person, in_focus)
    return None


def _report_on_noun(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a trailing ", the bank announced" was parsed as a noun (a parataxis, or an
    object after a comma) with the speech verb as a clause on it."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    reports = [v for v in kids(noun, "acl") if v.lemma_.lower() in lexicon.speech]
    if not reports or reports[0].i != noun.i + 1:
        return False
    start = noun.left_edge.i
    after_comma = start > 0 and noun.doc[start - 1].text == ","
    return base(noun.dep_) == "parataxis" or after_comma
