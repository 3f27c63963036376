"""Headlines that list the parties before their act: "Iran, India, Afghanistan sign Chabahar
Transit Agreement", "Thailand, Cambodia ink 'Kuala Lumpur Accord'", "Comoros, Timor-Leste
formally join WTO".

Headline English drops the "and" of a list and uses verbs running text rarely has ("ink",
"seal"); the parser, trained on running text, reads the verb as a noun of a long compound, so no
frame reader sees a clause. A headline is short and has no room for a hedge between the parties
and the verb: the states that open it, joined by commas or "and", then the act (an adverb such as
"formally" may come between), then what they act on — the treaty or body right after the verb,
past articles, adjectives, numbers and quotes only — give one statement per state. Running
text, which ends with a full stop, is left to the parse.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from blocgraph.extract.relations._frames import Context, Reading
from blocgraph.extract.relations._readers_sign import REPRESENTATIVES
from blocgraph.extract.relations._treaty_organs import organ
from blocgraph.extract.relations._tree import Arg

HEADLINE_RULE = "tree:headline-act"

_ACTS: dict[str, tuple[str, frozenset[str]]] = {
    **dict.fromkeys(
        ("sign", "ink", "seal", "pen", "conclude", "clinch"), ("signed", frozenset({"treaty"}))
    ),
    **dict.fromkeys(("ratify",), ("ratified", frozenset({"treaty"}))),
    **dict.fromkeys(("join", "rejoin"), ("joined", frozenset({"body", "treaty"}))),
    **dict.fromkeys(("quit", "leave", "exit"), ("left", frozenset({"body"}))),
}
"""A headline's verb (present tense, plural or third person) → the predicate and the kinds of
what it acts on; joining a treaty is becoming its party (``ratified``)."""
_FORMS = {form: act for act in _ACTS for form in (act, act + "s", act + "es")} | {
    "ratifies": "ratify"
}
_ADVERBS = frozenset({"formally", "officially", "jointly", "finally", "also"})
_JOINERS = frozenset({",", "and", "&"})
_LONGEST = 25
"""Words of the longest headline."""
_ENDS = frozenset({".", "!", "?", ";"})
_BREAKS = frozenset({",", ":", ";", "–", "—"})
_BEFORE_OBJECT = frozenset({"DET", "ADJ", "NUM", "PUNCT"})


def headline_readings(sent: Span, context: Context) -> list[Reading]:
    """The statements of a headline that opens with its parties ("A, B sign T")."""
    words = [t for t in sent if not t.is_space]
    if not words or len(words) > _LONGEST or words[-1].text in _ENDS or "\n" in sent.text.strip():
        return []
    parties, k = _parties(words, context)
    while k < len(words) and words[k].lower_ in _ADVERBS:
        k += 1
    if not parties or k >= len(words) or words[k].lower_ not in _FORMS:
        return []
    verb = words[k]
    if not verb.text.islower() and not verb.text.istitle():
        return []
    predicate, kinds = _ACTS[_FORMS[verb.lower_]]
    found = _object(words[k + 1 :], context, kinds)
    if found is None:
        return []
    target, after = found
    if predicate == "joined" and target.type == "treaty":
        predicate = "ratified"
    if predicate == "signed":  # "India inks pact with Japan": the other side signs too
        parties += [a for a in _with(words[k + after + 2 :], context) if a not in parties]
    return [Reading(p, predicate, target, verb, HEADLINE_RULE) for p in parties]


def _parties(words: list[Token], context: Context) -> tuple[list[Arg], int]:
    """The states that open a headline, joined by commas or "and", and where they end."""
    parties: list[Arg] = []
    k = 0
    while k < len(words):
        arg = context.by_token.get(words[k].i)
        if arg is not None and arg.type == "state":
            if parties and parties[-1] == arg:
                k += 1
                continue
            if parties and words[k - 1].lower_ not in _JOINERS:
                return [], k
            parties.append(arg)
            k += 1
            while k < len(words) and context.by_token.get(words[k].i) == arg:
                k += 1
            k = _past_office_holder(words, k, context)
        elif parties and words[k].lower_ in _JOINERS and k + 1 < len(words):
            k += 1
        else:
            break
    return parties, k


_TITLE_WORDS = frozenset({"pm", "fm", "prime", "foreign", "defence", "defense", "trade"})
"""Words of an office title beside the nouns of representatives ("UK PM Rishi Sunak")."""
_EXECUTIVES = frozenset({"government", "cabinet"})
"""A state's executive organs, which act for it as its legislature does ("… 's cabinet signs")."""


def _office(word: Token) -> bool:
    """A word of an office between a state and its holder ("UK Prime Minister Rishi Sunak")."""
    return word.lemma_.lower() in REPRESENTATIVES or word.lower_ in _TITLE_WORDS


def _past_office_holder(words: list[Token], k: int, context: Context) -> int:
    """Past "PM Rishi Sunak" or "'s parliament" after a state ("UK PM Rishi Sunak clinches …",
    "Croatia's parliament ratifies …"): the office holder or organ acts for the state; ``k``
    itself when neither follows. The holder is a person's mention or up to three capitalised
    words (a headline capitalises its verb too: "Signs" is not a name's word)."""
    j = k + 1 if k < len(words) and words[k].lower_ in {"'s", "’s"} else k
    if j < len(words) and (organ(words[j]) or words[j].lower_ in _EXECUTIVES):
        return j + 1  # "Croatia's parliament ratifies …": the organ acts for the state
    while j < len(words) and _office(words[j]):
        j += 1
    if j == k or j >= len(words):
        return k
    person = context.by_token.get(words[j].i)
    if person is not None and person.type == "person":
        while j < len(words) and context.by_token.get(words[j].i) == person:
            j += 1
        return j
    named = j  # a name no gazetteer holds: its capitalised words, up to three
    while named < len(words) and named - j < 3 and _name_word(words[named], context):
        named += 1
    return named if named > j else k


def _name_word(word: Token, context: Context) -> bool:
    """A capitalised word of a person's name, not a mention nor a headline's verb."""
    return (
        word.is_alpha
        and word.text[:1].isupper()
        and word.i not in context.by_token
        and word.lower_ not in _FORMS
    )


def _object(words: list[Token], context: Context, kinds: frozenset[str]) -> tuple[Arg, int] | None:
    """The treaty or body right after the verb (past articles, adjectives, numbers, quotes),
    and the index of its last word."""
    for k, word in enumerate(words):
        arg = context.by_token.get(word.i)
        if arg is not None and arg.type in kinds:
            while k + 1 < len(words) and context.by_token.get(words[k + 1].i) == arg:
                k += 1
            return arg, k
        if word.pos_ not in _BEFORE_OBJECT or word.text in _BREAKS:
            return None  # "sign new version of NAFTA agreement": not NAFTA itself
    return None


def _with(words: list[Token], context: Context) -> list[Arg]:
    """The states right after "with" ("… with Japan and Korea")."""
    if not words or words[0].lower_ != "with":
        return []
    found: list[Arg] = []
    for word in words[1:]:
        arg = context.by_token.get(word.i)
        if arg is not None and arg.type == "state":
            found += [] if arg in found else [arg]
        elif word.lower_ not in _JOINERS | {"the"}:
            break
    return found
