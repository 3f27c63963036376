"""The signatories of a founding instrument are the founders of the body it sets up.

"A, B and C signed the Treaty establishing O", "the agreement on the creation of O was signed by
A and B", "O, an alliance set up under a treaty signed in 1955 by A, B …", "A и B подписали
договор о создании O": the contract's founders are members (`memberOf`), and a founding treaty's
signatories are its founders. A treaty that sets up nothing the sentence names gives nothing: the
parties to an ordinary agreement are not members of anything.
"""

from __future__ import annotations

from spacy.tokens import Token

from blocgraph.extract.relations._frames import BODY, Context, Reading, _pairs, passive
from blocgraph.extract.relations._lexicon import Trigger
from blocgraph.extract.relations._obliques import obliques
from blocgraph.extract.relations._slots import _all
from blocgraph.extract.relations._subjects import subjects
from blocgraph.extract.relations._tree import Arg, base, case_of, instrumental, kids

_INSTRUMENTS = frozenset(
    {"treaty", "agreement", "charter", "convention", "declaration", "protocol", "accord"}
    | {"statute", "constitution", "act", "pact", "memorandum"}
    | {"договор", "соглашение", "хартия", "декларация", "устав", "протокол", "конвенция"}
    | {"меморандум", "пакт"}
)
"""Nouns of an instrument that can set a body up."""
_SETTING_UP = frozenset(
    {"establish", "create", "found", "set", "form", "institute", "constitute", "launch"}
    | {"учредить", "учреждать", "создать", "создавать", "основать", "образовать"}
)
"""Verbs of setting a body up ("the Treaty establishing O")."""
_SETTING_UP_NOUNS = frozenset(
    {"establishment", "creation", "founding", "formation", "institution"}
    | {"создание", "учреждение", "образование", "основание"}
)
"""Their nouns ("the agreement on the creation of O", "договор о создании O")."""
_SIGNERS = frozenset({"state"})
_CHARTERS = frozenset({"treaty", "charter", "statute", "договор", "устав", "хартия"})
"""Instruments that, "on" a body, are that body's founding treaty."""
REPRESENTATIVES = frozenset(
    {"head", "leader", "president", "minister", "representative", "delegation", "government"}
    | {"chief", "delegate", "envoy", "ambassador", "commissioner", "premier", "chancellor"}
    | {"king", "queen", "emir", "sultan", "monarch", "counterpart", "diplomat", "consul"}
    | {"plenipotentiary", "глава", "лидер", "президент", "министр", "представитель", "делегация"}
    | {"правительство", "state", "государство", "посол", "премьер", "премьер-министр"}
    | {"канцлер", "король", "эмир", "султан", "монарх", "коллега", "дипломат", "консул"}
    | {"посланник", "полпред", "госсекретарь", "secretary", "руководитель", "руководство"}
)
"""Nouns of those who sign for a state ("the Heads of State of A and B", "главы государств")."""


_FROM = frozenset({"from", "of", "из", "от"})
_WE = frozenset({"we", "мы"})


def represented(tokens: list[Token]) -> list[Token]:
    """Signers or founders with the states they act for: "the Heads of State of A, B" act for A
    and B; "the Ministers of Foreign Affairs of A, of B and of C established O"; "We, the
    Representatives from the Governments of A, B, …" are those the apposition names."""
    tokens = tokens + [c for t in tokens if t.lower_ in _WE for c in kids(t, "appos")]
    found = list(tokens)
    frontier = [t for t in tokens if t.lemma_.lower() in REPRESENTATIVES]
    frontier += [
        c for t in frontier for c in kids(t, "conj") if c.lemma_.lower() in REPRESENTATIVES
    ]
    for _ in range(2):  # "Heads" → "of State" → "of A, B"
        frontier = [c for t in frontier for c in kids(t, "nmod")] + [
            c for t in frontier for c in kids(t, "obl") if case_of(c) in _FROM
        ]  # "Chiefs of State and ministers from the following countries"
        found += frontier
        found += [  # "Лидеры стран БРИКС (Бразилия, Россия, …)": the countries, listed
            c for t in frontier if t.lemma_.lower() in COUNTRY_NOUNS for c in kids(t, *_LISTED)
        ]
        frontier = [t for t in frontier if t.lemma_.lower() in REPRESENTATIVES]
    return found


COUNTRY_NOUNS = frozenset({"country", "state", "nation", "страна", "государство"})
"""Nouns of the countries a list names ("стран БРИКС (A, B, …)", "все пять государств — A, B")."""
_LISTED = ("appos", "parataxis")
"""The links a list of countries hangs on "стран"/"countries" by ("стран БРИКС (A, B, …)")."""


def _instrument(t: Token) -> Token | None:
    """The instrument the signing verb signs: its object, its passive subject, or the noun a
    participle modifies ("a treaty signed by A")."""
    if base(t.dep_) == "acl":
        candidates = [t.head]
    elif passive(t):
        candidates = kids(t, "nsubj:pass", "nsubj")
    else:
        candidates = kids(t, "obj")
    for noun in candidates:
        if noun.lemma_.lower() in _INSTRUMENTS:
            return noun
    return None


def _set_up(instrument: Token, ctx: Context) -> list[Arg]:
    """The bodies the instrument sets up: "the Treaty establishing O", "the agreement on the
    creation of O", "O, an alliance set up under a treaty …" (the verb the instrument is the
    means of)."""
    found: list[Arg] = []
    for verb in kids(instrument, "acl"):
        if verb.lemma_.lower() in _SETTING_UP:
            found += _held(ctx, kids(verb, "obj"))
    for noun in kids(instrument, "nmod"):
        if noun.lemma_.lower() in _SETTING_UP_NOUNS:
            found += _held(ctx, kids(noun, "nmod"))
        elif case_of(noun) in {"on", "о", "об"} and instrument.lemma_.lower() in _CHARTERS:
            # "the Treaty on European Union", "договор о Евразийском экономическом союзе": the
            # body's own founding treaty, also where the treaty's name holds the body's
            inner = ctx.bodies.get(noun.i)
            found += [inner] if inner is not None else _all(ctx, [noun], BODY)
    head = instrument.head
    if base(instrument.dep_) == "obl" and head.lemma_.lower() in _SETTING_UP:
        found += _all(ctx, subjects(head) or [head.head], BODY)
    return found


def _held(ctx: Context, tokens: list[Token]) -> list[Arg]:
    """The bodies at ``tokens``, also where the treaty's name holds them ("an agreement on the
    creation of the Nordic Council" minted whole)."""
    inner = [a for t in tokens if (a := ctx.bodies.get(t.i)) is not None]
    return inner or _all(ctx, tokens, BODY)


def sign(t: Token, tr: Trigger, ctx: Context) -> list[Reading]:
    """A and B signed the treaty establishing O; the treaty … was signed by A and B."""
    instrument = _instrument(t)
    if instrument is None:
        return []
    bodies = _set_up(instrument, ctx)
    if not bodies and instrument.lemma_.lower() in _CHARTERS:
        # "договор о ЕАЭС был подписан": the parser hung "о ЕАЭС" on the verb
        bodies = _all(ctx, obliques(t, frozenset({"о", "об"})), BODY)
    if not bodies:
        return []
    if passive(t) or base(t.dep_) == "acl":
        signers = obliques(t, frozenset({"by"})) + kids(t, "obl:agent")
        signers += [  # "подписан президентами России, Беларуси и Казахстана": the instrumental
            c for c in kids(t, "obl") if instrumental(c)
        ]
    else:
        signers = subjects(t)
    return _pairs(
        _all(ctx, represented(signers), _SIGNERS), bodies, t, "memberOf", f"tree:{tr.frame}"
    )
