"""Declared partnerships between two states, from the tree: "China and Pakistan upgraded their
ties to an all-weather strategic cooperative partnership", "India and Russia are special and
privileged strategic partners", "Russia's comprehensive strategic partnership with Vietnam",
"отношения всеобъемлющего стратегического партнерства между Китаем и Казахстаном".

The partnership noun needs a label word (strategic, comprehensive, privileged …; "trade
partners" are not a declared partnership) and two sides that are states: the subjects of the
clause it completes, "with B", "between A and B", a possessor, or the two states of the
sentence when the tree gives no side. Not a body's partner status ("SCO dialogue partner"), an
initiative's or a treaty's name ("the Treaty on Comprehensive Strategic Partnership").
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import combinations

from spacy.tokens import Span, Token

from blocgraph.extract.relations._frames import Context, Reading
from blocgraph.extract.relations._subjects import subjects
from blocgraph.extract.relations._treaty_names import treaty_noun
from blocgraph.extract.relations._tree import Arg, base, case_of, kids

_PARTNERSHIP = frozenset({"partnership", "partner", "партнерство", "партнёрство", "партнер"})
_PARTNERSHIP |= frozenset({"партнёр"})
LABEL_STEMS = (
    "strategic",
    "comprehensive",
    "privileged",
    "special",
    "weather",
    "cooperative",
    "enhanced",
    "global",
    "allied",
    "time-tested",
    "стратегическ",
    "всеобъемлющ",
    "привилегированн",
    "особ",
    "союзническ",
    "всепогодн",
    "углубленн",
    "углублённ",
    "всесторонн",
    # the partners' standing, which the contract counts as a label too ("reliable partners",
    # "one of Russia's key partners", "давние и надежные партнеры")
    "reliable",
    "trusted",
    "key",
    "important",
    "longstanding",
    "long-standing",
    "надежн",
    "надёжн",
    "давн",
    "ключев",
    "важн",
)
"""Words of a declared partnership's label (a prefix of a word of the label)."""
_TRADE = ("trade", "trading", "commercial", "economic", "торгов", "экономическ")
"""Words of a trade partnership, which is no declared partnership ("key trading partner")."""
_TIES = frozenset(
    {"relation", "relations", "tie", "ties", "relationship", "отношение", "связь", "level"}
    | {"уровень"}
)
_WITH = frozenset({"with", "с", "со"})
_BETWEEN = frozenset({"between", "among", "между"})
_STATE = frozenset({"state"})
_STATE_OR_PERSON = frozenset({"state", "person"})
_LABEL_POS = frozenset({"ADJ", "NOUN", "PUNCT", "CCONJ", "ADV", "PROPN"})
_STOPS = frozenset({",", ";", ":", "(", ")", '"', "«", "»"})


def _label(noun: Token, context: Context) -> Span | None:
    """The label: the words before the noun that describe it, back to a determiner, an
    adposition, a verb or a name ("an all-weather strategic cooperative partnership")."""
    doc = noun.doc
    start = noun.i
    title = context.by_token.get(noun.i)  # a declaration's title the label is inside
    while start > 0:
        prev = doc[start - 1]
        hyphened = prev.lower_ == "all" and doc[start].text == "-"  # "all-weather"
        named = context.by_token.get(prev.i)
        if (named is not None and named is not title) or (
            prev.pos_ in {"DET", "ADP", "VERB", "AUX", "PRON"} and not hyphened
        ):
            break
        if prev.text in _STOPS or (prev.pos_ not in _LABEL_POS and not hyphened):
            break
        if prev.pos_ == "PROPN" and not labelled(prev.lower_):
            break
        start -= 1
    while start < noun.i and doc[start].pos_ in {"PUNCT", "CCONJ"}:
        start += 1
    span = doc[start : noun.i + 1]
    if not any(labelled(t.lower_) for t in span) or any(t.lower_.startswith(_TRADE) for t in span):
        return None
    return span


def declared_partnership(span: Span) -> bool:
    """A partnership's label written as a name ("Comprehensive Strategic Partnership"): a tie
    two states declare, not an organisation (``_readers_partnership``)."""
    words = [t.lower_ for t in span if t.lower_ not in {"and", "-", "the"}]
    return (
        len(words) >= 2
        and words[-1] in {"partnership", "partners"}
        and all(labelled(w) for w in words[:-1])
    )


def labelled(word: str) -> bool:
    """Whether a word is a word of a partnership's label ("strategic", "всеобъемлющего")."""
    return word.startswith(LABEL_STEMS) or "weather" in word


def _ties(token: Token) -> bool:
    return token.lemma_.lower() in _TIES or token.lower_ in _TIES


def states_of(
    tokens: list[Token], context: Context, persons: Mapping[str, str] | None = None
) -> list[Arg]:
    """The distinct states the positions name (lists and anaphors resolved); with ``persons``
    (person id → state), a person named there stands for the state ("Xi … attaches importance
    to the partnership with B")."""
    found: list[Arg] = []
    for token in tokens:
        for arg in context.args(token, _STATE if persons is None else _STATE_OR_PERSON):
            stands = _standing_for(arg, persons or {})
            if stands is not None and all(a.id != stands.id for a in found):
                found.append(stands)
    return found


def _standing_for(arg: Arg, persons: Mapping[str, str]) -> Arg | None:
    """A state argument as it is, a person as the state ``persons`` gives them, else ``None``."""
    if arg.type == "person" and arg.id in persons:
        return Arg(persons[arg.id], "state", arg.start, arg.end, arg.char_start, arg.char_end)
    return arg if arg.type == "state" else None


def _sides(
    noun: Token, context: Context, persons: Mapping[str, str]
) -> tuple[list[Arg], list[Arg], Token]:
    """The two sides (a side may list several states) and the clause's trigger for polarity."""
    holder = noun
    if base(noun.dep_) == "nmod" and _ties(noun.head):
        holder = noun.head  # "ties of strategic partnership", "отношения … партнерства"
    between = [c for h in (noun, holder) for c in kids(h, "nmod") if case_of(c) in _BETWEEN]
    if between:
        listed = states_of(between, context)
        return listed, [], holder
    # "партнерству и сотрудничеству с Узбекистаном": a "with" shared by the coordination
    shared = [c for c in kids(noun, "conj") if c.i > noun.i]
    other = [c for h in (noun, holder, *shared) for c in kids(h, "nmod") if case_of(c) in _WITH]
    owners = []  # "partners of Russia", "партнеры России"
    if noun.lemma_.lower() in _PARTNER:
        owners = [c for c in kids(noun, "nmod") if case_of(c) == "of" or _genitive(c)]
    own = states_of(kids(noun, "nmod:poss") + kids(holder, "nmod:poss"), context)
    own += [context.by_token[c.i] for c in kids(noun, "compound") if c.i in context.by_token]
    own = [a for a in own if a.type == "state"]
    trigger = holder
    verb = holder.head if base(holder.dep_) in {"obj", "iobj", "obl", "nmod", "xcomp"} else None
    if verb is not None and verb.pos_ == "NOUN" and _ties(verb):
        verb = verb.head  # "upgraded their ties to a … partnership"
    if base(holder.dep_) in {"root", "conj"} or kids(holder, "cop"):
        verb = holder  # "A and B are strategic partners"
    if verb is not None and verb.pos_ in {"VERB", "AUX", "ADJ", "NOUN"}:
        trigger = verb
        if not own:
            own = states_of(
                _subjects_dropped(verb) if verb.i != holder.i else kids(verb, "nsubj"),
                context,
                persons,
            )
            if not own and base(holder.dep_) == "conj":
                own = states_of(kids(holder.head, "nsubj"), context, persons)
            if not own and _light_noun(verb):  # "A attaches importance to its partnership …"
                trigger = verb.head
                own = states_of(_subjects_dropped(trigger), context, persons)
        other += [c for c in kids(verb, "obl") if case_of(c) in _WITH]
    if not own and base(holder.dep_) == "appos" and holder.head.i < holder.i:
        # "Бенин и Того — давние партнеры России", "Egypt, a key partner of Russia,"
        own = states_of([holder.head], context, persons)
    sides = states_of(other, context)
    owned = states_of(owners, context)
    # the owner is the other side unless it is the first side itself ("Putin called China a
    # partner of Russia": China, the named state, is the other side, read from the sentence)
    if owned and not {a.id for a in owned} & {a.id for a in own}:
        sides += owned
    return own, sides, trigger


_PARTNER = frozenset({"partner", "партнер", "партнёр"})


def _genitive(token: Token) -> bool:
    """A Russian genitive with no preposition ("партнеры России")."""
    return case_of(token) == "" and "Gen" in token.morph.get("Case", [])


def _subjects_dropped(verb: Token) -> list[Token]:
    """A verb's subjects, or, for a clause that dropped its subject, the subjects of the clause
    that reports it ("Си Цзиньпин отметил, что придает значение …": Xi)."""
    own = subjects(verb)
    if not own and base(verb.dep_) == "ccomp" and not kids(verb, "nsubj", "nsubj:pass"):
        return subjects(verb.head)
    return own


def _light_noun(token: Token) -> bool:
    """Whether a noun is the object of a verb that it completes ("attaches importance to",
    "придает значение"): the verb's subject is the noun's."""
    return token.pos_ == "NOUN" and base(token.dep_) == "obj" and token.head.pos_ == "VERB"


_DECLARING = frozenset({"declaration", "statement", "декларация", "заявление"})
"""Instruments that declare what they are on: "a joint statement on the establishment of a
strategic partnership" declares the partnership, where "the Treaty on Comprehensive Strategic
Partnership" is only the treaty's title."""


def _declares(named: Arg, noun: Token) -> bool:
    """Whether a partnership word is inside the title of a declaration or joint statement."""
    return any(t.lemma_.lower() in _DECLARING for t in noun.doc[named.start : named.end])


def _excluded(noun: Token, context: Context) -> bool:
    """A partnership word that is no declared partnership: inside a name, a body's partner
    status, a treaty's subject ("the comprehensive strategic partnership treaty")."""
    named = context.by_token.get(noun.i)
    if named is not None and not (named.type == "treaty" and _declares(named, noun)):
        return True
    if (
        treaty_noun(noun.head)
        and noun.head.lemma_.lower() not in _DECLARING  # "Декларация о … партнерстве"
        and base(noun.dep_) in {"compound", "nmod", "amod"}
    ):
        return True
    near = [*kids(noun, "nmod", "compound", "nmod:poss"), noun.head]
    return any(
        context.by_token.get(t.i) is not None and context.by_token[t.i].type == "body" for t in near
    )


def _body_clause(trigger: Token, context: Context) -> bool:
    """Whether the clause naming the partners has a body among its own arguments: the partners
    are that body's (``partnerOf``), not each other's."""
    for child in kids(trigger, "nsubj", "obj", "obl", "nmod"):
        arg = context.by_token.get(child.i)
        if arg is not None and arg.type == "body":
            return True
    return False


def _sentence_states(sent: Span, context: Context, persons: Mapping[str, str]) -> dict[str, Arg]:
    """The distinct states a sentence names, a person with a known state standing for it."""
    found: dict[str, Arg] = {}
    for i, arg in sorted(context.by_token.items()):
        if not sent.start <= i < sent.end:
            continue
        stands = _standing_for(arg, persons)
        if stands is not None:
            found.setdefault(stands.id, stands)
    return found


def partnership_readings(
    sent: Span, context: Context, persons: Mapping[str, str] | None = None
) -> list[Reading]:
    """The declared partnerships of one parsed sentence: one reading per pair of states;
    ``persons``: person id → the state the text or the catalogue gives them."""
    readings: list[Reading] = []
    for noun in sent:
        lemma = noun.lemma_.lower()
        if noun.pos_ not in {"NOUN", "PROPN"} or not (
            lemma in _PARTNERSHIP or noun.lower_ in {"partners", "partnership"}
        ):
            continue
        if _excluded(noun, context):
            continue
        label = _label(noun, context)
        if label is None:
            continue
        own, other, trigger = _sides(noun, context, persons or {})
        if _body_clause(trigger, context):
            continue  # "NATO lists Japan and Mongolia as global partners": a body's partners
        rule = "tree:partnership"
        in_sentence = _sentence_states(sent, context, persons or {})
        if not other and len(own) > 2 and any(a.id not in in_sentence for a in own):
            own = []  # "стороны провозгласят …": the two sides, not every state named before
        if (not other and len(own) < 2) or (other and not own):
            # the sentence's two states, or its one other than "with B" ("… значение развитию
            # отношений партнерства с Китаем")
            states = [a for a in in_sentence.values() if all(a.id != b.id for b in other)]
            if len(states) != (1 if other else 2):
                continue
            own, rule = states, "tree:partnership+sentence"
        pairs = [(a, b) for a in own for b in other] if other else list(combinations(own, 2))
        qualifiers = {"label": label.text.lower()}
        for a, b in pairs:
            if a.id != b.id:
                readings.append(Reading(a, "partnershipWith", b, trigger, rule, dict(qualifiers)))
    return readings
