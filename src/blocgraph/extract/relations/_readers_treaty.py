"""Treaty events from the tree: who signed, ratified or denounced which treaty.

"A and B signed the Treaty on X" (one statement per signer), "the treaty, signed by Putin and
Kim", "Iran's parliament ratified the treaty", "Putin signed the law ratifying the treaty",
"Russia withdrew from the Treaty on Open Skies", "А и Б подписали договор", "Госдума
ратифицировала договор", "подписал закон о ратификации договора". The treaty is a treaty mention
in the trigger's object (or subject, for a passive or a participle), or a treaty noun: "the
treaty", "договор" is the treaty in focus; "a mutual defence pact" is described by its words and
linked to the catalogue later by its parties (``_treaty_link``). A signer is a state or a body, a
person for the state the text gives them, or a state's parliament or chamber.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from blocgraph._constants import PARTY_BODIES
from blocgraph.extract.relations._focus import Named
from blocgraph.extract.relations._frames import Context, Reading
from blocgraph.extract.relations._readers_sign import REPRESENTATIVES, represented
from blocgraph.extract.relations._slug import slug
from blocgraph.extract.relations._subjects import subjects
from blocgraph.extract.relations._treaty_names import (
    BETWEEN,
    TREATY_NOUNS,
    described_instrument,
    instrument_id,
    treaty_noun,
)
from blocgraph.extract.relations._tree import Arg, base, case_of, kids

_SIGN_VERBS = frozenset({"sign", "conclude", "ink", "подписать", "подписывать", "заключить"})
_SIGN_VERBS_RU = frozenset({"заключать"})
_SIGN_NOUNS = frozenset({"signing", "signature", "подписание", "заключение"})
_RATIFY_NOUNS = frozenset({"ratification", "ратификация"})
_DENOUNCE_VERBS = frozenset(
    {"denounce", "withdraw", "quit", "exit", "leave", "terminate", "abrogate", "scrap"}
    | {"денонсировать", "выйти", "выходить"}
)
_DENOUNCE_NOUNS = frozenset(
    {"denunciation", "withdrawal", "termination", "денонсация", "выход", "прекращение"}
    | {"расторжение"}
)
_OPERATION = frozenset({"действие", "operation", "effect", "validity"})
_ACCEDE = frozenset({"accede", "join", "присоединиться", "присоединяться"})
_ADOPT = frozenset({"adopt", "принять", "принимать"})
_DECLARATIONS = frozenset({"declaration", "декларация"})
_APPROVE = frozenset({"approve", "endorse", "одобрить", "утвердить", "поддержать", "support"})
_LAWS = frozenset({"law", "bill", "decree", "закон", "законопроект", "указ"})
"""A law or decree that ratifies: its signer or passer ratifies ("signed the law ratifying")."""
_ORGANS = frozenset(
    {"parliament", "legislature", "senate", "congress", "assembly", "duma", "majlis", "rada"}
    | {"lawmakers", "deputies", "mps", "chamber", "house", "council"}
    | {"парламент", "сенат", "госдума", "дума", "меджлис", "рада", "депутат", "палата"}
    | {"совет", "собрание", "мажилис", "кенеш", "орган", "сейм", "sejm", "seimas", "saeima"}
)
"""Heads of a state's legislature: it ratifies for the state its name or modifier gives."""
_NAMED_ORGANS = {
    "duma": "RUS",
    "госдума": "RUS",
    "дума": "RUS",
    "majlis": "IRN",
    "меджлис": "IRN",
    "rada": "UKR",
    "рада": "UKR",
    "мажилис": "KAZ",
    "mazhilis": "KAZ",
    "кенеш": "KGZ",
}
"""Legislatures named without their state ("the State Duma", "Меджлис")."""
SIGNERS = frozenset({"state", "body", "person"})
_STATES = frozenset({"state", "body"})


def _frame(token: Token) -> tuple[str, str] | None:
    """The predicate a token triggers and its rule name, if it is a treaty event word."""
    lemma, low = token.lemma_.lower(), token.lower_
    if token.pos_ in {"VERB", "AUX", "ADJ"} or base(token.dep_) in {"acl", "amod"}:
        if lemma in _SIGN_VERBS | _SIGN_VERBS_RU or low in {
            "signed",
            "signing",
            "inked",
            "concluded",
        }:
            return "signed", "tree:treaty-sign"
        if low.startswith(("ratif", "ратифиц")):
            return "ratified", "tree:treaty-ratify"
        if lemma in _ACCEDE or low.startswith("acced"):
            return "ratified", "tree:treaty-accede"  # consent to be bound (contract, round 56)
        if lemma in _ADOPT and _declaration_object(token):
            return "signed", "tree:treaty-sign"  # "the premiers adopted the X Declaration"
        if lemma in _APPROVE and any(_organ(s) for s in subjects(token)):
            return "ratified", "tree:treaty-ratify"  # "Iran's parliament approved the treaty"
        if lemma in _DENOUNCE_VERBS or low.startswith(("denounc", "денонс")):
            return "denounced", "tree:treaty-denounce"
    if token.pos_ in {"NOUN", "PROPN"}:
        if lemma in _SIGN_NOUNS:
            return "signed", "tree:treaty-sign"
        if lemma in _RATIFY_NOUNS:
            return "ratified", "tree:treaty-ratify"
        if lemma in _DENOUNCE_NOUNS:
            return "denounced", "tree:treaty-denounce"
    return None


def _parties(context: Context) -> set[int]:
    """Tokens of states and bodies: parties, not an instrument's words."""
    return {i for i, a in context.by_token.items() if a.type in {"state", "body"}}


_PRONOUNS = frozenset({"it", "его", "него", "нем", "нём", "ним"})


def _treaty_named(text: str) -> bool:
    """Whether a name holds an instrument's noun ("Договор о коллективной безопасности", "the
    North Atlantic Treaty"), not an organisation's ("Collective Security Treaty Organization")."""
    words = [w.lower() for w in text.split()]
    nouns = [i for i, w in enumerate(words) if any(w.startswith(n[:6]) for n in TREATY_NOUNS)]
    return bool(nouns) and not any(
        w.startswith(("organi", "организ", "alliance", "альянс")) for w in words
    )


def _as_treaty(arg: Arg, text: str) -> Arg | None:
    """A treaty mention, or a body's mention that names its founding treaty ("участниками ДКБ
    стали", "signed the North Atlantic Treaty"): the treaty, to be linked to the curated one."""
    if arg.type == "treaty":
        return arg
    if arg.type != "body":
        return None
    if arg.id.startswith("new:") and _treaty_named(arg.id.removeprefix("new:").replace("-", " ")):
        return Arg(arg.id, "treaty", arg.start, arg.end, arg.char_start, arg.char_end)  # "ДВЗЯИ"
    if not _treaty_named(text):
        return None
    return Arg(slug(text), "treaty", arg.start, arg.end, arg.char_start, arg.char_end)


def _anaphor(token: Token, named: Named) -> Arg:
    """A treaty given by a pronoun or "the treaty", with its antecedent."""
    if named.type == "body":  # a body's treaty name in focus: the treaty, by its name
        named = Named(slug(named.text), "treaty", named.start, named.end, named.text)
    end = token.idx + len(token.text)
    return Arg(
        named.id,
        "treaty",
        token.i,
        token.i + 1,
        token.idx,
        end,
        (named.start, named.end, named.text),
    )


def _treaty_at(token: Token, context: Context) -> Arg | None:
    """The treaty a position names: a treaty mention there, the treaty in focus for a bare
    "the treaty" / "договор", or the instrument its words describe ("a mutual defence pact")."""
    arg = context.by_token.get(token.i)
    if arg is not None:
        return _as_treaty(arg, token.doc.text[arg.char_start : arg.char_end])
    if token.lower_ in _PRONOUNS:  # "left it", "вышла из него": a treaty named last
        before = [
            a
            for i, a in sorted(context.by_token.items())
            if i < token.i and a.type in {"treaty", "body"}
        ]
        if before:  # "denounced the CFE Treaty and withdrew from it": this sentence's
            return before[-1] if before[-1].type == "treaty" else None
        named = context.focus.last(frozenset({"treaty", "body"}), set())
        return None if named is None or named.type != "treaty" else _anaphor(token, named)
    if not treaty_noun(token):
        return None
    described = described_instrument(token, _parties(context))
    if described is None:
        articles = {c.lower_ for c in kids(token, "det")}
        if articles & {"a", "an", "another", "new"}:
            return None  # "signed an agreement": which one, the text does not say
        for named in reversed(context.focus.recent):  # the treaty named last
            if named.type == "treaty" or (named.type == "body" and _treaty_named(named.text)):
                return _anaphor(token, named)
        return None
    return Arg(
        instrument_id(described, token, _parties(context)),
        "treaty",
        described.start,
        described.end,
        described.start_char,
        described.end_char,
    )


def _treaty(trigger: Token, context: Context) -> Arg | None:
    """The treaty a trigger is about: its object, passive subject, oblique ("withdrew from"),
    nominal dependent ("ratification of the treaty"), or the noun a participle modifies ("the
    treaty signed by A")."""
    positions = kids(trigger, "obj", "nsubj", "obl", "nmod", "iobj")
    shared = [  # "signed and ratified the treaty": the conjuncts share the object
        c
        for v in (*kids(trigger, "conj"), *([trigger.head] if base(trigger.dep_) == "conj" else []))
        for c in kids(v, "obj")
    ]
    positions += shared
    positions += [  # "прекращение действия договора", "termination of the operation of"
        c for p in positions if p.lemma_.lower() in _OPERATION for c in kids(p, "nmod")
    ]
    if base(trigger.dep_) in {"acl", "amod"}:
        positions.insert(0, trigger.head)
    for position in positions:
        active = base(position.dep_) == "nsubj" and not position.dep_.endswith("pass")
        if active and trigger.pos_ == "VERB":
            continue  # the signer, not the instrument
        found = _treaty_at(position, context)
        if found is not None:
            return found
    return None


def _declaration_object(verb: Token) -> bool:
    """Whether a verb's object is a declaration (named or not)."""
    for obj in kids(verb, "obj", "nsubj:pass"):
        words = {t.lemma_.lower() for t in obj.subtree} | {t.lower_ for t in obj.subtree}
        if words & _DECLARATIONS:
            return True
    return False


def _organ(token: Token) -> bool:
    return token.lemma_.lower() in _ORGANS or token.lower_ in _ORGANS


def _organ_state(token: Token, context: Context) -> list[Arg]:
    """The state a legislature acts for: "Iran's parliament", "парламент Ирана", "the Russian
    State Duma", "the State Duma" (named)."""
    if not _organ(token):
        return []
    for child in token.subtree:
        arg = context.states.get(child.i)
        if arg is not None and child.i != token.i:
            return [arg]
    for child in [token, *kids(token, "compound", "flat", "amod")]:
        state = _NAMED_ORGANS.get(child.lower_) or _NAMED_ORGANS.get(child.lemma_.lower())
        if state is not None:
            end = token.idx + len(token.text)
            return [Arg(state, "state", token.i, token.i + 1, token.idx, end)]
    return []


def _titled_by(person: Arg, doc: Doc, context: Context) -> str | None:
    """The state an office holder's title names right before the name ("Kazakh President
    Kassym-Jomart Tokayev", "President of Belarus Alexander Lukashenko")."""
    i = person.start - 1
    while i >= max(0, person.start - 5):
        state = context.states.get(i)
        if state is not None:
            return state.id
        token = doc[i]
        if not (token.text[:1].isupper() or token.lower_ in {"of", "'s", "-"}):
            return None
        i -= 1
    return None


def _capital(token: Token, context: Context) -> list[Arg]:
    """A capital or seat standing for its state ("ratified by Moscow and Kyiv")."""
    found = []
    for t in (token, *kids(token, "conj")):
        state = context.lexicon.metonyms.get(t.lower_) or context.lexicon.metonyms.get(
            t.lemma_.lower()
        )
        if state is not None and t.i not in context.by_token:
            found.append(Arg(state, "state", t.i, t.i + 1, t.idx, t.idx + len(t.text)))
    return found


def _represented(token: Token, context: Context) -> list[Arg]:
    """The states that representatives act for: "the Presidents of A and B", "the heads of
    state of A, B", "главы России и Белоруссии"."""
    if token.lemma_.lower() not in REPRESENTATIVES:
        return []
    found: list[Arg] = []
    for child in represented([token]):
        for arg in context.args(child, _STATES):
            if arg.type == "state" and all(a.id != arg.id for a in found):
                found.append(arg)
    return found


def _as_signers(tokens: list[Token], context: Context, persons: Mapping[str, str]) -> list[Arg]:
    found: list[Arg] = []
    for token in tokens:
        args = context.args(token, SIGNERS)
        if not args:
            args = _organ_state(token, context) or _represented(token, context)
        if not args:
            args = _capital(token, context)
        for arg in args:
            if arg.type == "person":
                state = persons.get(arg.id) or _titled_by(arg, token.doc, context)
                if state is None:
                    continue
                arg = Arg(state, "state", arg.start, arg.end, arg.char_start, arg.char_end)
            if arg.type in _STATES and all(a.id != arg.id for a in found):
                found.append(arg)
    return found


def _passive(verb: Token) -> bool:
    """Whether a verb is passive ("it was signed in 1990"): its subject is the treaty."""
    return any(c.dep_ in {"nsubj:pass", "aux:pass", "csubj:pass"} for c in verb.children)


def _adjacent(verb: Token, context: Context) -> list[Token]:
    """The states listed right before a verb ("… однако в 1999 году Грузия и Азербайджан вышли
    из Договора"): its subjects whatever the parser attached them to, when only names, commas
    and "and" stand between them and the verb."""
    doc = verb.doc
    found: list[Token] = []
    i = verb.i - 1
    while i >= 0:
        token = doc[i]
        arg = context.by_token.get(i)
        if arg is not None and arg.type == "state":
            found.append(token)
        elif token.lower_ not in {",", "and", "и"} and not (
            found and arg is None and token.text[:1].isupper() and token.pos_ == "PROPN"
        ):
            break
        i -= 1
    return found if found and doc[verb.i - 1].i in context.by_token else []


def _coordinated_before(tokens: list[Token], context: Context) -> list[Token]:
    """Names coordinated before a subject the parser cut short ("Russian President Vladimir
    Putin and Iranian President Masoud Pezeshkian signed", parsed with "Masoud" alone as the
    subject): the names back over titles and "and" (not commas: "In talks with China, A
    signed")."""
    if not tokens:
        return []
    doc = tokens[0].doc  # one sentence of the linker's split: the parser may cut it further
    found: list[Token] = []
    coordinated = False
    i = min(t.i for t in tokens) - 1
    while i >= 0:
        token = doc[i]
        if token.i in context.by_token:
            found.append(token)
        elif token.lower_ in {"and", "и"}:
            coordinated = True
        elif not (token.pos_ in {"PROPN", "NOUN", "ADJ"} and token.text[:1].isupper()):
            break
        i -= 1
    return found if coordinated else []


_COUNTRY = frozenset({"country", "state", "nation", "страна", "государство"})


def _predicated(tokens: list[Token]) -> list[Token]:
    """The subjects a collective noun is said of ("A became the first country to …", "A was
    the last state to sign"): the subject of the clause the noun completes."""
    found: list[Token] = []
    for token in tokens:
        if token.lemma_.lower() not in _COUNTRY:
            continue
        if base(token.dep_) in {"xcomp", "obj", "attr", "obl"}:
            found += subjects(token.head)
        elif kids(token, "cop"):
            found += kids(token, "nsubj")
    return found


def _signers(
    trigger: Token, treaty_token: Token | None, context: Context, persons: Mapping[str, str]
) -> list[Arg]:
    """Who acts: the subject (a controller's, a relative clause's noun), the agent of a passive,
    the possessor or "by" of an event noun; for a law that ratifies, who signed or passed it;
    else the parties "between A and B" the treaty names."""
    positions: list[Token] = kids(trigger, "obl:agent")
    positions += [c for c in kids(trigger, "obl", "nmod") if case_of(c) in {"by", "от"}]
    if trigger.pos_ in {"NOUN", "PROPN"}:
        positions += kids(trigger, "nmod:poss")
        if base(trigger.dep_) == "obj" and trigger.head.lemma_.lower() in _APPROVE:
            positions += subjects(trigger.head)  # "органы Эстонии одобрили выход из конвенции"
    elif not positions and base(trigger.dep_) not in {"acl", "amod"} and not _passive(trigger):
        own = _adjacent(trigger, context) or subjects(trigger)
        positions += own + _coordinated_before(own, context)
    head = trigger.head
    if base(trigger.dep_) in {"acl", "amod", "nmod"} and head.lemma_.lower() in _LAWS:
        positions += subjects(head.head) if base(head.dep_) == "obj" else subjects(head)
    found = _as_signers(positions, context, persons)
    if not found and trigger.pos_ == "VERB":  # "все пять государств — A, B … — подписали"
        fronted = [c for c in trigger.children if c.i < trigger.i and c.lemma_.lower() in _COUNTRY]
        found = _as_signers(fronted, context, persons)
    if not found:  # "Honduras became the 50th country to ratify T"
        infinitive = [trigger.head] if base(trigger.dep_) == "acl" else []
        found = _as_signers(_predicated(positions + infinitive), context, persons)
    if found or treaty_token is None:
        return found
    between = [c for c in kids(treaty_token, "nmod") if case_of(c) in BETWEEN]
    between += [c for c in kids(trigger, "obl") if case_of(c) in {"between", "между"}]
    return _as_signers(between, context, persons)


def treaty_readings(sent: Span, context: Context, persons: Mapping[str, str]) -> list[Reading]:
    """The treaty events of one parsed sentence; ``persons``: person id → the state the text
    or the catalogue gives them."""
    readings: list[Reading] = []
    for token in sent:
        frame = _frame(token)
        if frame is None:
            continue
        predicate, rule = frame
        treaty = _treaty(token, context)
        if treaty is None:
            continue
        treaty_token = sent.doc[treaty.start] if treaty.end > treaty.start else None
        if treaty_token is not None and treaty.antecedent is None:
            heads = [t for t in sent.doc[treaty.start : treaty.end] if treaty_noun(t)]
            treaty_token = heads[0] if heads else treaty_token
        for signer in _signers(token, treaty_token, context, persons):
            if signer.id == treaty.id:
                continue
            if predicate != "signed" and signer.type != "state" and signer.id not in PARTY_BODIES:
                continue  # a body ratifies nothing, unless it is a party in its own right (EU)
            readings.append(Reading(signer, predicate, treaty, token, rule))
    return readings
