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

from spacy.tokens import Span, Token

from blocgraph.extract.relations._focus import Named
from blocgraph.extract.relations._frames import Context, Reading
from blocgraph.extract.relations._slug import slug
from blocgraph.extract.relations._subjects import subjects
from blocgraph.extract.relations._treaty_names import (
    BETWEEN,
    described_instrument,
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
_DENOUNCE_NOUNS = frozenset({"denunciation", "withdrawal", "денонсация", "выход"})
_APPROVE = frozenset({"approve", "endorse", "одобрить", "утвердить"})
_LAWS = frozenset({"law", "bill", "decree", "закон", "законопроект", "указ"})
"""A law or decree that ratifies: its signer or passer ratifies ("signed the law ratifying")."""
_ORGANS = frozenset(
    {"parliament", "legislature", "senate", "congress", "assembly", "duma", "majlis", "rada"}
    | {"lawmakers", "deputies", "mps", "chamber", "house", "council"}
    | {"парламент", "сенат", "госдума", "дума", "меджлис", "рада", "депутат", "палата"}
    | {"совет", "собрание", "мажилис", "кенеш"}
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
        if lemma in _SIGN_VERBS | _SIGN_VERBS_RU or low in {"signed", "inked", "concluded"}:
            return "signed", "tree:treaty-sign"
        if low.startswith(("ratif", "ратифиц")):
            return "ratified", "tree:treaty-ratify"
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
    """Tokens of states, bodies and regions: parties and places, not an instrument's words."""
    return {i for i, a in context.by_token.items() if a.type in {"state", "body", "region"}}


_PRONOUNS = frozenset({"it", "его", "него", "нем", "нём", "ним"})


def _anaphor(token: Token, named: Named) -> Arg:
    """A treaty given by a pronoun or "the treaty", with its antecedent."""
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
        return arg if arg.type == "treaty" else None
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
        named = context.focus.last(frozenset({"treaty"}), set())
        return None if named is None else _anaphor(token, named)
    return Arg(
        slug(described.text),
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


def _organ(token: Token) -> bool:
    return token.lemma_.lower() in _ORGANS or token.lower_ in _ORGANS


def _organ_state(token: Token, context: Context) -> list[Arg]:
    """The state a legislature acts for: "Iran's parliament", "парламент Ирана", "the Russian
    State Duma", "the State Duma" (named)."""
    if not _organ(token):
        return []
    for child in token.subtree:
        arg = context.by_token.get(child.i)
        if arg is not None and arg.type == "state" and child.i != token.i:
            return [arg]
    for child in [token, *kids(token, "compound", "flat", "amod")]:
        state = _NAMED_ORGANS.get(child.lower_) or _NAMED_ORGANS.get(child.lemma_.lower())
        if state is not None:
            end = token.idx + len(token.text)
            return [Arg(state, "state", token.i, token.i + 1, token.idx, end)]
    return []


def _as_signers(tokens: list[Token], context: Context, persons: Mapping[str, str]) -> list[Arg]:
    found: list[Arg] = []
    for token in tokens:
        args = context.args(token, SIGNERS)
        if not args:
            args = _organ_state(token, context)
        for arg in args:
            if arg.type == "person":
                state = persons.get(arg.id)
                if state is None:
                    continue
                arg = Arg(state, "state", arg.start, arg.end, arg.char_start, arg.char_end)
            if arg.type in _STATES and all(a.id != arg.id for a in found):
                found.append(arg)
    return found


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
    elif not positions and base(trigger.dep_) not in {"acl", "amod"}:
        own = subjects(trigger)
        positions += own + _coordinated_before(own, context)
    head = trigger.head
    if base(trigger.dep_) in {"acl", "amod", "nmod"} and head.lemma_.lower() in _LAWS:
        positions += subjects(head.head) if base(head.dep_) == "obj" else subjects(head)
    found = _as_signers(positions, context, persons)
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
            readings.append(Reading(signer, predicate, treaty, token, rule))
    return readings
