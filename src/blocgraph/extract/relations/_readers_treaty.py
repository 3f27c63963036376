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
from blocgraph.extract.relations._polarity import polarity
from blocgraph.extract.relations._slug import slug
from blocgraph.extract.relations._subjects import subjects
from blocgraph.extract.relations._treaty_counterparts import counterparts, named_pair
from blocgraph.extract.relations._treaty_kinds import (
    TEXTS,
    declaration_object,
    definite_description,
)
from blocgraph.extract.relations._treaty_lists import apposed_treaty, coordinated
from blocgraph.extract.relations._treaty_names import (
    TREATY_NOUNS,
    described_instrument,
    instrument_id,
    several,
    treaty_noun,
)
from blocgraph.extract.relations._treaty_naming import named_as, named_later
from blocgraph.extract.relations._treaty_organs import organ, states_after
from blocgraph.extract.relations._treaty_signers import (
    APPROVE,
    SIGN_NOUNS,
    SIGN_VERBS,
    consent_compound,
    deposited,
    instrument_of_ratification,
    signers,
)
from blocgraph.extract.relations._tree import Arg, base, case_of, instrumental, kids

_SIGNED_FORMS = frozenset({"signed", "signing", "inked", "concluded", "struck"})
"""Forms the English lemmatizer may leave as they are."""
_RATIFY_NOUNS = frozenset({"ratification", "ратификация"})
_ACCEDE_NOUNS = frozenset({"accession", "adherence", "присоединение"})
"""A state's accession to a treaty is its consent to be bound (``ratified``, as the verb)."""
_DENOUNCE_VERBS = frozenset(
    {"denounce", "withdraw", "quit", "exit", "leave", "terminate", "abrogate", "scrap"}
    | {"annul", "renounce", "revoke"}
    | {"денонсировать", "выйти", "выходить", "расторгнуть", "расторгать", "разорвать"}
    | {"разрывать", "аннулировать"}
)
_DENOUNCE_NOUNS = frozenset(
    {"denunciation", "withdrawal", "termination", "денонсация", "выход", "прекращение"}
    | {"abrogation", "annulment", "расторжение", "разрыв", "аннулирование"}
)
_OPERATION = frozenset({"действие", "operation", "effect", "validity"})
_ACCEDE = frozenset({"accede", "join", "присоединиться", "присоединяться"})
_ADOPT = frozenset({"adopt", "принять", "принимать"})
_ISSUE = frozenset({"issue", "release"})
"""Verbs by which the states that agreed a declaration give it out ("The Declaration on Atlantic
Cooperation was released by the Governments of A, B …"): adopting it, when they are its authors."""


def _frame(token: Token) -> tuple[str, str] | None:
    """The predicate a token triggers and its rule name, if it is a treaty event word."""
    lemma, low = token.lemma_.lower(), token.lower_
    gerund = token.pos_ == "NOUN" and low.endswith("ing")  # "in favour of withdrawing"
    if token.pos_ in {"VERB", "AUX", "ADJ"} or base(token.dep_) in {"acl", "amod"} or gerund:
        if lemma in SIGN_VERBS or low in _SIGNED_FORMS:
            return "signed", "tree:treaty-sign"
        if low.startswith(("ratif", "ратифиц")) or instrument_of_ratification(token):
            return "ratified", "tree:treaty-ratify"
        if lemma in _ACCEDE or low.startswith("acced"):
            return "ratified", "tree:treaty-accede"  # consent to be bound (contract, round 56)
        if lemma in _ADOPT and declaration_object(token):
            return "signed", "tree:treaty-sign"  # "the premiers adopted the X Declaration"
        if lemma in _ISSUE and declaration_object(token, joint=True, titled=True):
            return "signed", "tree:treaty-sign"  # "the Joint Statement was issued by A, B"
        if lemma in APPROVE and any(organ(s) for s in subjects(token)):
            return "ratified", "tree:treaty-ratify"  # "Iran's parliament approved the treaty"
        if lemma in _DENOUNCE_VERBS or low.startswith(("denounc", "денонс")):
            return "denounced", "tree:treaty-denounce"
        if lemma == "pull" and any(c.lower_ == "out" for c in kids(token, "compound:prt")):
            return "denounced", "tree:treaty-denounce"  # "pulled out of the treaty"
    if token.pos_ in {"NOUN", "PROPN"}:
        if lemma in SIGN_NOUNS:
            return "signed", "tree:treaty-sign"
        if lemma in _RATIFY_NOUNS:
            return "ratified", "tree:treaty-ratify"
        if lemma in _ACCEDE_NOUNS:
            return "ratified", "tree:treaty-accede"
        if lemma in _DENOUNCE_NOUNS:
            return "denounced", "tree:treaty-denounce"
    return None


def _parties(context: Context) -> set[int]:
    """Tokens of states and bodies: parties, not an instrument's words."""
    return {i for i, a in context.by_token.items() if a.type in {"state", "body"}}


def _states(context: Context) -> frozenset[int]:
    """Tokens of states."""
    return frozenset(i for i, a in context.by_token.items() if a.type == "state")


_PRONOUNS = frozenset({"it", "его", "него", "нем", "нём", "ним"})


def _treaty_named(text: str) -> bool:
    """Whether a name holds an instrument's noun ("Договор о коллективной безопасности", "the
    North Atlantic Treaty"), not an organisation's ("Collective Security Treaty Organization")."""
    words = [w.lower() for w in text.split()]
    named = any(w.startswith(n[:6]) for w in words for n in TREATY_NOUNS)
    return named and not any(
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


_DOCUMENT = frozenset({"document", "документ"})
"""A bare word for the instrument just named: never a name of its own."""
_QUOTES = frozenset({'"', "“", "«", "'", "‘"})


def treaty_at(token: Token, context: Context) -> Arg | None:
    """The treaty a position names: a treaty mention there, the treaty in focus for a bare
    "the treaty" / "договор", or the instrument its words describe ("a mutual defence pact")."""
    arg = context.by_token.get(token.i)
    if arg is not None:
        text = token.doc.text[arg.char_start : arg.char_end]
        if arg.type == "treaty" and text[:1].islower():  # "a framework agreement, called …"
            return named_as(token, context) or _as_treaty(arg, text)
        return _as_treaty(arg, text)
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
    if token.lemma_.lower() in _DOCUMENT or treaty_noun(token):
        as_named = named_as(token, context) or apposed_treaty(token, context)
        if as_named is not None:  # "the document which became known as the Geneva Agreement"
            return as_named
    named_itself = token.i + 1 < len(token.doc) and token.doc[token.i + 1].text in _QUOTES
    if (
        token.lemma_.lower() in _DOCUMENT
        and not kids(token, "nmod", "amod", "nummod", "appos")
        and not named_itself  # 'the document "Ratification Instrument"': an instrument of its own
    ):
        # "Документ подписали A, B и C", "the document was signed by": the treaty named last
        named = context.focus.last(frozenset({"treaty"}), set())  # a document is no body
        return None if named is None else _anaphor(token, named)
    if not treaty_noun(token):
        return None
    if several(token):
        return named_later(token, context)  # "несколько важных соглашений": no one instrument
    described = described_instrument(token, _parties(context), _states(context))
    last = next((n for n in reversed(context.focus.recent) if n.type == "treaty"), None)
    if (
        described is not None
        and last is not None
        and definite_description(token, described, last.text)
    ):
        return _anaphor(token, last)  # "the landmark arms control pact": the treaty named
    if described is None and _other_instruments(token):
        return None  # "France has concluded friendship treaties with A", "подобные соглашения"
    if described is None:
        for apposed in kids(token, "appos"):  # "signed a treaty in Rome, the Quirinal Treaty"
            arg = context.by_token.get(apposed.i)
            if arg is not None and arg.type == "treaty":
                return arg
        articles = {c.lower_ for c in kids(token, "det")}
        if articles & {"a", "an", "another", "new"}:
            # "signed an agreement": which one, the text does not say, unless it names it later
            # ("a charter signed by A and B …, known as the Charter of the GCC")
            return named_later(token, context)
        for named in reversed(context.focus.recent):  # the treaty named last
            if named.type == "treaty" or (named.type == "body" and _treaty_named(named.text)):
                return _anaphor(token, named)
        return None
    return Arg(
        instrument_id(described, token, _parties(context), _states(context)),
        "treaty",
        described.start,
        described.end,
        described.start_char,
        described.end_char,
    )


_LIKE = frozenset({"similar", "such", "other", "подобный", "аналогичный", "такой", "другой"})
_BACK = frozenset({"the", "these", "those", "both", "эти", "оба", "обе", "все"})


def _other_instruments(token: Token) -> bool:
    """Whether an unnamed treaty noun is other instruments than the one named: "similar" or
    "such" ones ("подобные соглашения"), or a plural without a word that points back, described
    ("friendship treaties with A and B", not "the treaties") or English ("concluded treaties")."""
    words = {w for c in kids(token, "amod", "det") for w in (c.lower_, c.lemma_.lower())}
    if words & _LIKE:
        return True
    if token.morph.get("Number", []) != ["Plur"] or words & _BACK:
        return False
    described = kids(token, "amod", "compound", "nmod")
    return bool(described) or token.lang_ == "en"  # "Соглашения подписали …": the ones named


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
    if all(o.pos_ == "PRON" for o in kids(trigger, "obj")):
        positions += shared  # not "signed the Statute and joined the CSTO": its own object
    if base(trigger.dep_) == "conj" and not kids(trigger, "nsubj"):
        # "T has been signed and ratified by A": the conjunct shares the passive subject
        positions += [c for c in kids(trigger.head, "nsubj") if c.dep_.endswith("pass")]
    positions += [  # "прекращение действия договора", "termination of the operation of"
        c for p in positions if p.lemma_.lower() in _OPERATION for c in kids(p, "nmod")
    ]
    positions += [  # "the text of the following declaration was released by …"
        c for p in positions if p.lemma_.lower() in TEXTS for c in kids(p, "nmod")
    ]
    if base(trigger.dep_) in {"acl", "amod"}:
        positions.insert(0, trigger.head)
    if instrument_of_ratification(trigger) or consent_compound(trigger):
        # "ратификационными грамотами договора", "its ratification instruments for the Agreement"
        positions += kids(trigger.head, "nmod")
    if trigger.pos_ == "NOUN" and base(trigger.dep_) == "obj":
        # "added their signatures to the agreement", "поставили подписи под договором": the
        # light verb carries the instrument
        positions += [c for c in kids(trigger.head, "obl") if case_of(c) in {"to", "on", "под"}]
    if trigger.pos_ == "NOUN" and base(trigger.dep_) == "obl" and _agent_only(trigger):
        # "After ratification by A and B, the treaty entered into force", "После ратификации
        # парламентами A и B Договор вступил в силу": the event's instrument is the clause's
        # subject when the event noun names only who acted
        positions += kids(trigger.head, "nsubj")
    # "The Framework Agreement, inked … by the Presidents of A, B": an agent and no object make
    # the parser's active subject the instrument
    agentive = bool(kids(trigger, "obl:agent")) and not kids(trigger, "obj")
    for position in positions:
        active = base(position.dep_) == "nsubj" and not position.dep_.endswith("pass")
        if active and trigger.pos_ == "VERB" and position.head == trigger and not agentive:
            continue  # the signer, not the instrument
        found = treaty_at(position, context)
        if found is not None:
            return found
    return None


def _unnamed_treaty(noun: Token, context: Context) -> Arg | None:
    """The treaty an instrument of consent, or a verb with no object, is for when the clause does
    not name it ("A signed the Treaty; B deposited their instruments of ratification. C both
    signed and ratified."): the one named last."""
    bare = noun.pos_ == "VERB" and not kids(noun, "obj", "obl", "nsubj:pass", "ccomp", "xcomp")
    if bare and base(noun.dep_) == "conj":  # "both signed and ratified": the conjuncts' object
        bare = not kids(noun.head, "obj", "obl", "nsubj:pass")
    if bare and polarity(noun, context.lexicon) != "positive":
        return None
    if not bare and not (noun.pos_ == "NOUN" and deposited(noun, context)):
        return None
    before = [a for i, a in sorted(context.by_token.items()) if i < noun.i and a.type == "treaty"]
    if before:
        return before[-1]
    named = context.focus.last(frozenset({"treaty"}), set())
    return None if named is None else _anaphor(noun, named)


def _agent_only(noun: Token) -> bool:
    """Whether an event noun has an agent ("by A", "парламентами") and no instrument word of
    its own ("денонсации … конвенции" names what was denounced)."""
    agent = any(case_of(c) in {"by", "от"} or instrumental(c) for c in kids(noun, "nmod", "obl"))
    agent |= noun.lemma_.lower() in SIGN_NOUNS and any(  # "born with the signature of A and B"
        case_of(c) == "of" and c.pos_ == "PROPN" and not treaty_noun(c) for c in kids(noun, "nmod")
    )
    if not agent:
        return False
    clause = {t.i for t in kids(noun.head, "nsubj")}
    after = noun.doc[noun.i + 1 : min(noun.sent.end, noun.i + 9)]
    for token in after:  # "денонсации Республикой Молдова … конвенции" however attached
        if token.is_punct:
            break
        if treaty_noun(token) and token.i not in clause:
            return False
    return not any(treaty_noun(t) for t in noun.children)


_AMONG = frozenset({"between", "among", "между"})
PARTIES_RULE = "tree:treaty-parties"
"""An agentless signing read from the parties the treaty's name gives ("between A and B")."""


def _among(doc: Doc, treaty: Arg) -> Token | None:
    """The "between"/"между" that gives a treaty's parties: right after its name ("the Treaty
    of Friendship between A and B") or inside a lower-case title that holds them ("the
    agreement between A and B on transit")."""
    after = doc[treaty.end] if treaty.end < len(doc) else None
    if after is not None and after.lower_ in _AMONG:
        return after
    inside = [t for t in doc[treaty.start : treaty.end] if t.lower_ in _AMONG]
    return inside[0] if inside else None


def treaty_readings(sent: Span, context: Context, persons: Mapping[str, str]) -> list[Reading]:
    """The treaty events of one parsed sentence; ``persons``: person id → the state the text
    or the catalogue gives them."""
    readings: list[Reading] = []
    for token in sent:
        frame = _frame(token)
        if frame is None:
            continue
        predicate, rule = frame
        treaty = _treaty(token, context) or _unnamed_treaty(token, context)
        if treaty is None:
            continue
        treaty_token = sent.doc[treaty.start] if treaty.end > treaty.start else None
        if treaty_token is not None and treaty.antecedent is None:
            heads = [t for t in sent.doc[treaty.start : treaty.end] if treaty_noun(t)]
            treaty_token = heads[0] if heads else treaty_token
        found = signers(token, treaty_token, context, persons)
        among = _among(sent.doc, treaty) if treaty.antecedent is None else None
        if not found and predicate == "signed" and among is not None:
            found = states_after(among, context)  # "the Treaty … between A and B was concluded"
            rule = PARTIES_RULE
        if not found and predicate == "signed" and treaty.antecedent is None:
            found = named_pair(sent.doc, treaty, context)  # "the signing of the A–B Treaty"
        participle = base(token.dep_) == "acl"  # "договор … с Францией, заключенный в 2019 году"
        if (found or participle) and predicate == "signed" and token.pos_ in {"VERB", "AUX"}:
            found += [
                c for c in counterparts(token, treaty_token, context, persons) if c not in found
            ]
        for instrument in [treaty, *coordinated(treaty_token, treaty, context)]:
            for signer in found:
                if signer.id == instrument.id:
                    continue
                if (
                    predicate != "signed"
                    and signer.type != "state"
                    and signer.id not in PARTY_BODIES
                ):
                    continue  # a body ratifies nothing, unless it is a party in its own right
                readings.append(Reading(signer, predicate, instrument, token, rule))
    return readings
