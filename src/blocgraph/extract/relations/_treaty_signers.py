"""Who signs, ratifies or denounces a treaty: the subject (with names the parser cut off, or
listed right before the verb), the agent of a passive, the possessor of an event noun, whoever
signed or passed a law that ratifies, the states a collective noun or a representative stands
for, a legislature for its state, a person for the state the text or the catalogue gives them,
a capital for its state; else the parties "between A and B" the treaty names.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from blocgraph.extract.relations._companions import fellows
from blocgraph.extract.relations._focus import NUMBER_WORDS
from blocgraph.extract.relations._frames import Context
from blocgraph.extract.relations._polarity import polarity
from blocgraph.extract.relations._readers_sign import (
    COUNTRY_NOUNS,
    REPRESENTATIVES,
    represented,
)
from blocgraph.extract.relations._subjects import decided, ranked_holders, subjects
from blocgraph.extract.relations._treaty_actors import own_subjects, unparsed_subjects
from blocgraph.extract.relations._treaty_organs import organ_state
from blocgraph.extract.relations._treaty_topics import BETWEEN
from blocgraph.extract.relations._tree import (
    Arg,
    base,
    case_of,
    collective_lemma,
    conjuncts,
    instrumental,
    kids,
)

SIGN_VERBS = frozenset(
    {"sign", "conclude", "ink", "seal", "strike", "подписать", "подписывать", "заключить"}
    | {"заключать"}
)
"""Verbs of signing ("struck an agreement" concludes it: only with an instrument as object)."""
SIGN_NOUNS = frozenset({"signing", "signature", "подписание", "подпись", "заключение"})
_SIGNING_LEMMAS = SIGN_VERBS | SIGN_NOUNS
"""Signing words, whose treaty's other side "with B" is a party to the act; one ratifies or
denounces alone."""

APPROVE = frozenset({"approve", "endorse", "одобрить", "утвердить", "поддержать", "support"})
"""Verbs of a legislature approving (a treaty or an exit from it)."""

_LAWS = frozenset(
    {"law", "bill", "decree", "resolution", "act", "закон", "законопроект", "указ", "постановление"}
)
"""A law or decree that ratifies: its signer or passer ratifies ("signed the law ratifying")."""
SIGNERS = frozenset({"state", "body", "person"})
_STATES = frozenset({"state", "body"})


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
    return [
        seat
        for t in (token, *kids(token, "conj"))
        if t.i not in context.by_token and (seat := context.seat(t)) is not None
    ]


def _represented(token: Token, context: Context) -> list[Arg]:
    """The states that representatives act for: "the Presidents of A and B", "the heads of
    state of A, B", "главы России и Белоруссии", "the Japanese and Mongolian prime ministers"."""
    if token.lemma_.lower() not in REPRESENTATIVES:
        return []
    found: list[Arg] = []
    # "the Japanese and Mongolian prime ministers": the states their adjectives name too
    # "the New Zealand High Commissioner", "New Zealand's envoy": the state before the office
    adjectives = [a for c in kids(token, "amod", "compound") for a in (c, *kids(c, "conj"))]
    adjectives += kids(token, "nmod:poss")
    for child in represented([token]) + adjectives:
        # "the leaders of the EU and Canada": a body coordinated with a state acts as one
        listed = base(child.dep_) == "conj" or bool(kids(child, "conj"))
        for arg in context.args(child, _STATES):
            if (arg.type == "state" or listed) and all(a.id != arg.id for a in found):
                found.append(arg)
    return found


_SOME = frozenset({"some", "most", "many", "several", "few", "majority", "half", "часть", "ряд"})


def bracketed_part(token: Token, context: Context) -> list[Arg]:
    """The states a part taken from a set lists in brackets, as many as it counts: "four of the
    Nile riparians (Ethiopia, Tanzania, Uganda and Rwanda) signed" (the four, whichever word the
    parser hung the brackets on)."""
    number = token.head.lower_ if token.head.pos_ == "NUM" else ""
    size = int(number) if number.isdigit() else NUMBER_WORDS.get(number)
    listed = [
        a
        for c in kids(token, "appos")
        if token.doc[c.i - 1].text == "("
        for k in conjuncts(c)
        if (a := context.states.get(k.i)) is not None
    ]
    return listed if size is not None and len({a.id for a in listed}) == size else []


def part_of(token: Token) -> bool:
    """Whether a set is named only as what a part was taken from ("six of the eight riparian
    countries", "most of the member states", "часть из них"): the part acted, not the set."""
    head = token.head
    partitive = base(token.dep_) == "nmod" and case_of(token) in {"of", "из"}
    return partitive and (head.pos_ == "NUM" or head.lemma_.lower() in _SOME)


def as_signers(tokens: list[Token], context: Context, persons: Mapping[str, str]) -> list[Arg]:
    found: list[Arg] = []
    partial = any(part_of(t) for t in tokens)
    for token in tokens:
        sets = [c for c in kids(token, "nmod") if part_of(c)] if token.pos_ == "NUM" else [token]
        part = [a for c in sets if part_of(c) for a in bracketed_part(c, context)]
        if part:  # "four of the riparians (A, B, C, D) signed": the four
            found += [a for a in part if a not in found]
            continue
        if part_of(token) or (partial and token.pos_ == "PRON"):
            continue  # "six of the eight countries … deposited their instruments": the six
        args = context.args(token, SIGNERS)
        represented_states = _represented(token, context)
        if represented_states and "Plur" in token.morph.get("Number", []):
            # "президенты A и B Садыр Жапаров и Ильхам Алиев": A and B, whatever the catalogue
            # knows of the persons the plural names
            args = represented_states + [a for a in args if a.type == "body"]
        elif represented_states:  # "президент A Масуд Пезешкиан и Владимир Путин": A and more
            args = represented_states + args
        for conjunct in conjuncts(token)[1:]:
            # "глава МИД Армении … и госсекретарь США …": the second representative's state too
            if conjunct.i not in context.by_token and collective_lemma(conjunct.lemma_) is None:
                args += [a for a in _represented(conjunct, context) if a not in args]
        if all(a.type == "body" and a.id.startswith("new:") for a in args):
            # "the Italian Parliament" minted as a body of its own: a legislature, its state's
            args = organ_state(token, context) or args
        if not args:
            args = _capital(token, context)
        if collective_lemma(token.lemma_) is not None and token.i not in context.by_token:
            # "all 53 members of the AU have signed": the members, whom the text does not name
            args = [a for a in args if a.type != "body"]
        for arg in args:
            if arg.type == "person":
                state = persons.get(arg.id) or _titled_by(arg, token.doc, context)
                if state is None:
                    continue
                arg = Arg(state, "state", arg.start, arg.end, arg.char_start, arg.char_end)
            if arg.type in _STATES and all(a.id != arg.id for a in found):
                found.append(arg)
    return found


INSTRUMENTS = frozenset({"instrument", "document", "грамота", "документ"})
"""Nouns that carry a consent to be bound ("instrument of ratification", "documents of
ratification", "ратификационная грамота")."""


def instrument_of_ratification(token: Token) -> bool:
    """Whether a word is the adjective of an instrument of ratification ("обменялись
    ратификационными грамотами договора"): the instrument's holders ratified its treaty."""
    return (
        token.lower_.startswith("ратификационн")
        and base(token.dep_) == "amod"
        and token.head.lemma_.lower() in INSTRUMENTS
    )


def consent_compound(token: Token) -> bool:
    """Whether an event noun qualifies an instrument as a compound ("their ratification
    instruments", "the accession instrument"): the instrument's holders consented to its treaty."""
    return base(token.dep_) == "compound" and token.head.lemma_.lower() in INSTRUMENTS


def deposited(noun: Token, context: Context) -> bool:
    """Whether an event noun names an instrument of consent that the clause says was handed
    over ("deposited their instruments of ratification"), not one that must be ("must ratify
    the Treaty and deposit their instruments of ratification")."""
    holder = noun.head
    if base(noun.dep_) not in {"nmod", "compound"} or holder.lemma_.lower() not in INSTRUMENTS:
        return False
    act = holder.head
    acts = [act, act.head] if base(act.dep_) == "conj" else [act]
    return all(polarity(a, context.lexicon) == "positive" for a in acts)


_AFFIX = frozenset({"add", "put", "affix", "append", "поставить", "ставить"})
"""Verbs that carry a signature ("put their signatures to", "поставили подписи под"): their
subject signed."""


def _agents(verb: Token) -> list[Token]:
    """A verb's agents: "by A", "от A"."""
    found = kids(verb, "obl:agent")
    return found + [c for c in kids(verb, "obl", "nmod") if case_of(c) in {"by", "от"}]


def _passive(verb: Token) -> bool:
    """Whether a verb is passive ("it was signed in 1990"): its subject is the treaty."""
    return any(c.dep_ in {"nsubj:pass", "aux:pass", "csubj:pass"} for c in verb.children)


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


def _predicated(tokens: list[Token]) -> list[Token]:
    """The subjects a collective noun is said of ("A became the first country to …", "A was
    the last state to sign"): the subject of the clause the noun completes."""
    found: list[Token] = []
    for token in tokens:
        if token.lemma_.lower() not in COUNTRY_NOUNS:
            continue
        if base(token.dep_) in {"xcomp", "obj", "attr", "obl"}:
            found += subjects(token.head)
        elif kids(token, "cop"):
            found += kids(token, "nsubj")
    return found


def _participle_agents(participle: Token) -> list[Token]:
    """The instrumental agents right after a Russian passive participle, however the parser
    hung them ("соглашение, подписанное в 1992 году США, Канадой и Мексикой": the
    indeclinable "США" taken for the main clause's subject): the instrumentals up to the next
    finite verb, and the conjunct heads they hang on."""
    if "Part" not in participle.morph.get("VerbForm", []):
        return []
    found: list[Token] = []
    for token in participle.doc[participle.i + 1 : participle.i + 16]:
        if token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm", []):
            break
        if instrumental(token) and token.pos_ == "PROPN":
            found.append(token)
            if base(token.dep_) == "conj" and token.head.i > participle.i:
                found.append(token.head)
    return found


def signers(
    trigger: Token, treaty_token: Token | None, context: Context, persons: Mapping[str, str]
) -> list[Arg]:
    """Who acts: the subject (a controller's, a relative clause's noun), the agent of a passive,
    the possessor or "by" of an event noun; for a law that ratifies, who signed or passed it;
    else the parties "between A and B" the treaty names."""
    positions: list[Token] = _agents(trigger)
    if not positions and _passive(trigger):  # "T was signed and ratified by A": the agent the
        for verb in kids(trigger, "conj"):  # parser gave the last of the coordinated verbs
            if verb.pos_ == "VERB" and not kids(verb, "nsubj"):
                positions += _agents(verb)
    if _passive(trigger) and not positions:  # "был подписан СССР и США": the instrumental
        positions += [c for c in kids(trigger, "obl") if instrumental(c)]
        if not positions and treaty_token is not None:
            # "был подписан Договор о дружбе представителями A, B": the agent the parser hung
            # on the treaty's name
            positions += [
                t
                for t in treaty_token.subtree
                if t.i > treaty_token.i
                and base(t.dep_) == "nmod"  # not a conjunct of "между A и B"
                and instrumental(t)
                and t.lemma_.lower() in REPRESENTATIVES
            ]
    if not positions and (_passive(trigger) or base(trigger.dep_) == "acl"):
        positions = _participle_agents(trigger)
    if trigger.pos_ in {"NOUN", "PROPN"}:
        # "their ratification instruments": the clause's subject, which the pronoun repeats
        own_word = consent_compound(trigger)
        positions += [p for p in kids(trigger, "nmod:poss") if not own_word or p.pos_ != "PRON"]
        holder = trigger.head  # "A deposited its instrument of ratification", "A's instrument"
        if deposited(trigger, context):
            # the act's subject, else the possessor ("A deposited their instruments"): not the
            # "their" of a set the parser did not make the subject ("six of the eight states")
            own = []
            if base(holder.dep_) == "obj":
                own = own_subjects(holder.head, context)
            elif holder.dep_ == "nsubj:pass":  # "the instruments were deposited by A, B"
                own = kids(holder.head, "obl:agent")
            positions += own or kids(holder, "nmod:poss")
        # "ратификации парламентами Беларуси и России": a Russian event noun's agent
        positions += [c for c in kids(trigger, "nmod") if instrumental(c)]
        if trigger.lemma_.lower() in SIGN_NOUNS:  # "with the signature of A, B and C"
            positions += [
                c
                for c in kids(trigger, "nmod")
                if case_of(c) == "of" and (a := context.by_token.get(c.i)) and a.type == "state"
            ]
        if treaty_token is not None and treaty_token.head == trigger:
            # "the ratification of the Treaty by A": the parser hung the agent on the treaty
            positions += [c for c in kids(treaty_token, "nmod") if case_of(c) == "by"]
        if base(trigger.dep_) == "obj" and trigger.head.lemma_.lower() in APPROVE | _AFFIX:
            positions += subjects(trigger.head)  # "органы Эстонии одобрили выход из конвенции"
        if decided(trigger):
            positions += subjects(trigger)  # "A voted in favour of withdrawing": who voted
    elif not positions and base(trigger.dep_) not in {"acl", "amod"} and not _passive(trigger):
        own = own_subjects(trigger, context) or unparsed_subjects(trigger, context)
        positions += own + _coordinated_before(own, context)
    elif not positions and base(trigger.dep_) == "acl" and kids(trigger, "obj", "nsubj"):
        # "A and B, which have signed the Treaty": the relative's noun; "The following countries
        # signed the Agreement: A, B" parsed as a reduced relative: an active participle's noun
        noun = trigger.head
        states = (
            collective_lemma(noun.lemma_) not in {None, "member"}
            or noun.i in context.by_token
            or context.lexicon.anaphors.get(noun.lemma_.lower()) == "state"  # "the two sides"
        )
        ranked = ranked_holders(noun)  # "Malawi was the 14th state to ratify the TPNW"
        positions += (
            subjects(trigger) if kids(trigger, "nsubj") else ranked or ([noun] if states else [])
        )
    head = trigger.head
    act = head.head
    if instrument_of_ratification(trigger) and polarity(act, context.lexicon) == "positive":
        # "A и B обменялись ратификационными грамотами": the instrument's holders, when the
        # exchange took place (not "должны обменяться")
        positions += own_subjects(act, context)
    if base(trigger.dep_) in {"acl", "amod", "nmod"} and head.lemma_.lower() in _LAWS:
        positions += subjects(head.head) if base(head.dep_) == "obj" else subjects(head)
    if positions:
        # "A, B and C have joined Singapore in ratifying the Charter": Singapore ratified first
        positions += fellows(trigger)
    found = as_signers(positions, context, persons)
    if not found and trigger.pos_ == "VERB":  # "все пять государств — A, B … — подписали"
        fronted = [
            c for c in trigger.children if c.i < trigger.i and c.lemma_.lower() in COUNTRY_NOUNS
        ]
        found = as_signers(fronted, context, persons)
    if not found:  # "Honduras became the 50th country to ratify T"
        infinitive = [trigger.head] if base(trigger.dep_) == "acl" else []
        found = as_signers(_predicated(positions + infinitive), context, persons)
    if found or treaty_token is None:
        return found
    signing = trigger.lemma_.lower() in _SIGNING_LEMMAS
    parties = BETWEEN if signing else BETWEEN - {"with", "с", "со"}  # "ratified the treaty with
    between = [c for c in kids(treaty_token, "nmod") if case_of(c) in parties]  # Jordan": not it
    between += [c for c in kids(trigger, "obl") if case_of(c) in {"between", "между"}]
    return as_signers(between, context, persons)
