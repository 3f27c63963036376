"""Frames: where each kind of trigger keeps its arguments in a UD tree.

A trigger (``data/extraction/triggers.csv``) names its frame. Each frame reads the members
(states or bodies) and the body — or the proposer and the initiative — from the trigger's
subject, object, obliques with their adpositions, passives, relative and reduced relative
clauses, appositions and coordinated lists, and returns :class:`Reading` s. Polarity, speakers
and offsets are the caller's business.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Token

from blocgraph.extract.relations._focus import (
    DEFINITE,
    Focus,
    another_group,
    articleless,
    counted,
)
from blocgraph.extract.relations._lexicon import Lexicon, Trigger
from blocgraph.extract.relations._references import (
    RELATIVE_POSSESSIVES,
    identified,
    named_as_anaphor,
    relative_antecedent,
)
from blocgraph.extract.relations._subjects import _AS, clause_subjects, subjects
from blocgraph.extract.relations._tree import (
    COLLECTIVE,
    Arg,
    base,
    case_of,
    collective_lemma,
    conjuncts,
    kids,
    list_after_mark,
    named_before,
    phrase_args,
)

MEMBERS = frozenset({"state", "body"})
BODY = frozenset({"body"})
COMPACT = frozenset({"body", "treaty"})
"""What a body slot takes where only an organisation fits — "O was established by A and B",
"the members of O", "O member countries": a name with a treaty's head word there is the
organisation the treaty set up ("the US-Adriatic Charter", "CEFTA", "the Rio Treaty")."""
PROPOSERS = frozenset({"person", "state", "body"})
INITIATIVE = frozenset({"initiative"})

_TO = frozenset({"to", "into", "in", "в", "к", "во"})
_FROM = frozenset({"from", "of", "out of", "из", "от"})
_IN = frozenset({"in", "at", "of", "to", "within", "with", "by", "в", "при", "во"})
_HOLDING = frozenset(
    {"have", "hold", "enjoy", "retain", "keep", "form", "иметь", "обладать"}
)  # "form part of O"
_BEING = frozenset(
    {"be", "remain", "stay", "serve", "participate", "быть", "являться", "оставаться"}
    | {"представить", "представлять", "участвовать"}
)  # "представлены в качестве наблюдателей", "participates as an observer"
_PARTICIPATION = frozenset(
    {
        "membership",
        "participation",
        "activity",
        "involvement",
        "work",
        "right",
        "seat",
        "status",
        "участие",
        "членство",
        "деятельность",
    }
)
_STATUS = frozenset({"status", "статус", "seat", "place"})


@dataclass(frozen=True, slots=True)
class Reading:
    """A relation read from the tree, before polarity, attribution and offsets."""

    subject: Arg
    predicate: str
    object: Arg | None
    trigger: Token
    rule: str
    qualifiers: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Context:
    """What the frames read arguments with: the entities by token, the lexicon, the focus."""

    by_token: dict[int, Arg]
    lexicon: Lexicon
    focus: Focus
    states: dict[int, Arg] = field(default_factory=dict)
    """Each token inside a state's mention → the state, also where a longer name holds it ("the
    Kazakh Parliament"): who a legislature or an office holder acts for."""
    bodies: dict[int, Arg] = field(default_factory=dict)
    """The same for bodies ("the Treaty on European Union" holds the EU)."""

    def args(
        self, token: Token | None, kinds: frozenset[str], exclude: frozenset[str] = frozenset()
    ) -> list[Arg]:
        """The entities of ``kinds`` an argument position names (anaphors resolved)."""
        if token is None:
            return []
        found = [a for a in phrase_args(token, self.by_token) if a.type in kinds]
        if found and "state" in kinds and all(a.type == "body" for a in found):
            # "восемь стран СНГ – A, B …": the counted states listed, not the body they are of
            found = self._counted_list(token, numeral_only=True) or found
        if found:
            return found
        anaphoric: list[Arg] = []
        if "body" in kinds and token.lemma_.lower() in self.lexicon.anaphors:
            # "the GUAM organisation", "the West African bloc ECOWAS": the name it carries
            named = [
                self.by_token[c.i]
                for c in token.children
                if base(c.dep_) in {"compound", "flat", "appos"}
                and c.i in self.by_token
                and self.by_token[c.i].type == "body"
            ]
            if named:
                return named
        if "state" in kinds and collective_lemma(token.lemma_) is not None:
            # "the countries that make up O are A, B": the copula's list names them
            named = identified(token, self.by_token)
            if named:
                return named
        if "state" in kinds:  # "Ten new countries joined the EU in 2004 – Cyprus, …"; "the
            # following countries were admitted: A, B"
            anaphoric = self._counted_list(token)
            if anaphoric:
                return anaphoric
        relative = token.lemma_.lower() in {"который"} and base(token.dep_) in {"obl", "nmod"}
        if token.lower_ in RELATIVE_POSSESSIVES or relative:
            # "BRICS, whose original members were A, B"; "ССАГПЗ, в который входят A, B"
            described = relative_antecedent(token)
            if described is not None:
                named = [a for a in phrase_args(described, self.by_token) if a.type in kinds]
                if named:
                    return named
                token = described
        if token.lower_ in {"it", "they"} and base(token.dep_) == "nsubj":
            reporting = token.head.head  # "Kazakhstan denied that it plans to quit": the reporter
            if base(token.head.dep_) == "ccomp" and reporting.i != token.head.i:
                bound = self._bound(subjects(reporting), kinds, exclude)
                if bound:
                    return bound
            main = token.head.head  # "As it is not a member of the EU, Switzerland has no …":
            fronted = base(token.head.dep_) == "advcl" or (
                base(token.head.dep_) == "obl" and kids(token.head, "mark")
            )  # the parser may take the clause's predicate noun for an oblique
            if fronted and token.head.i < main.i:  # the main clause's subject
                bound = self._bound(kids(main, "nsubj"), kinds, exclude)
                if bound:
                    return bound
        if token.lower_ in _POSSESSIVES:  # "A, B and C announced their withdrawal": the subject
            bound = self._bound(clause_subjects(token), kinds, exclude)
            if bound:
                return bound
        for conjunct in conjuncts(token):
            refers = self.lexicon.anaphors.get(
                conjunct.lemma_.lower()
            ) or self.lexicon.anaphors.get(conjunct.lower_)
            if refers == "body" and another_group(conjunct, self.by_token):
                continue  # "В группу воздержавшихся вошли A, B": not the body in focus
            if refers == "body" and "body" in kinds and (same := self._earlier_body(conjunct)):
                anaphoric.append(same)  # "A left the CIS, and B suspended its part in the bloc"
            elif refers == "state" and "state" in kinds and (ones := self._states_before(conjunct)):
                anaphoric += ones  # "Президент Турции заявил, что республика не …"
            elif refers:
                resolved = self.focus.resolve(conjunct, refers, kinds, set(exclude))
                if not resolved and refers == "body" and "body" in kinds:
                    resolved = named_as_anaphor(conjunct)
                anaphoric += resolved
            elif "body" in kinds and (headed := self.focus.by_head(conjunct, set(exclude))):
                anaphoric.append(headed)  # "the bank's members": the bank named last
            elif "state" in kinds and (seat := self.seat(conjunct)):
                anaphoric.append(seat)
        return anaphoric

    def _counted_list(self, token: Token, numeral_only: bool = False) -> list[Arg]:
        """The states listed after a dash or colon that a counted collective introduces ("Ten
        new countries … – A, B", "the following countries: A, B"); ``numeral_only``: counted by
        a numeral ("eight CIS countries – A, B, …", where the body would name it otherwise)."""
        if collective_lemma(token.lemma_) in {None, "member"}:
            return []
        counted = bool(kids(token, "nummod")) or (
            not numeral_only
            and (
                not kids(token, "det") or any(c.lower_ == "following" for c in kids(token, "amod"))
            )
        )
        return list_after_mark(token, self.by_token, "state") if counted else []

    def _bound(
        self, subjects_: list[Token], kinds: frozenset[str], exclude: frozenset[str]
    ) -> list[Arg]:
        """The entities of ``kinds`` a pronoun's binding subjects name, a capital standing for
        its state among them ("Nairobi said it had left the EAC")."""
        found = []
        for s in subjects_:
            named = [a for a in phrase_args(s, self.by_token) if a.type in kinds]
            if not named and "state" in kinds and (seat := self.seat(s)):
                named = [seat]
            found += [a for a in named if a.id not in exclude]
        return found

    def seat(self, token: Token) -> Arg | None:
        """The state a capital or seat stands for ("Moscow", "Kremlin"), as an argument."""
        state = self.lexicon.metonym(token)
        return None if state is None else Arg.at(state, "state", token)

    def _states_before(self, token: Token) -> list[Arg]:
        """The state named before a singular definite description of a state in its own
        sentence ("President of Turkey Erdoğan said the country will not …"), or the states
        named before a counted one ("визит председателя КНР в Таджикистан … две страны
        подписали"); none when the sentence named another number of states before it."""
        number = counted(token)  # "две страны" is a genitive singular
        plural = "Plur" in token.morph.get("Number", []) or (number or 0) > 1
        count = number if plural else 1
        if count is None or not (_definite(token) or plural):
            return []
        earlier = named_before(token, self.by_token, ("state",))
        distinct = list({a.id: a for a in earlier}.values())
        return distinct if len(distinct) == count else []

    def _earlier_body(self, token: Token) -> Arg | None:
        """The body named last before a definite description in its own sentence (the focus
        learns a sentence's names only once it is read); "a bloc", "bloc" (English) describe
        none."""
        if not _definite(token):
            return None
        earlier = named_before(token, self.by_token, ("body",))
        return earlier[-1] if earlier else None


def _definite(token: Token) -> bool:
    """A definite description ("the bloc", "this country") or a Russian bare noun."""
    determiners = {d.lower_ for d in kids(token, "det", "nmod:poss")}
    return articleless(token) or bool(determiners & DEFINITE)


_POSSESSIVES = frozenset(
    {
        "its",
        "their",
        "свой",
        "своё",
        "свое",
        "своя",
        "свои",
        "своего",
        "своей",
        "своих",
        "своим",
        "свою",
    }
)


def passive(verb: Token) -> bool:
    """Whether a verb is passive (a passive subject or auxiliary, or a bare passive participle
    modifying a noun: "countries admitted in 2004")."""
    if any(c.dep_ in {"nsubj:pass", "aux:pass", "expl:pass", "obl:agent"} for c in verb.children):
        return True  # "Founded in 1967 by A and B, …": an agent makes it passive
    return base(verb.dep_) == "acl" and verb.tag_ == "VBN"


def role_of(noun: Token, trigger: Trigger) -> tuple[str, str] | None:
    """(predicate, role) of a role noun or of a status noun naming one ("observer status")."""
    lemmas = [noun.lemma_]
    for child in noun.children:
        if base(child.dep_) in {"compound", "amod", "nmod", "flat"}:
            lemmas.append(child.lemma_)
            lemmas += [g.lemma_ for g in kids(child, "compound", "amod", "nmod")]
    if base(noun.dep_) in {"compound", "amod"}:
        lemmas.append(noun.head.lemma_)
    # a hyphenated compound counts by its parts too ("статус страны-партнёра")
    words = {w for lemma in lemmas for w in (lemma.lower(), *lemma.lower().split("-"))}
    if "dialogue" in words or "диалог" in words:
        return ("partnerOf", "dialogue_partner")
    if "associate" in words or "ассоциированный" in words:
        return ("partnerOf", "associate_member")
    if words & {"observer", "наблюдатель"}:
        return ("observerOf", "observer")
    if words & {"partner", "партнёр", "партнер"}:
        return ("partnerOf", "partner")
    if words & {"member", "membership", "член", "членство", "государство-член"}:
        return ("memberOf", "member")
    if trigger.frame == "role" and trigger.role and trigger.lemma == noun.lemma_.lower():
        return (trigger.predicate, trigger.role)  # "страны-участницы": the lexicon's own role
    return None


def _role_noun(verb: Token, lexicon: Lexicon) -> Token | None:
    for child in kids(verb, "xcomp", "obj", "obl", "nmod", "attr", "advcl"):
        slot = child  # the verb's argument: the role noun, or the head noun it modifies
        if child.lemma_.lower() in _ONE:  # "одним из основателей O": the role noun after it
            child = next((c for c in kids(child, "nmod") if case_of(c) in _AMONG), child)
        trigger = lexicon.trigger(child.lemma_, "NOUN")
        is_role = child.lemma_.lower() in _STATUS or (
            trigger is not None and trigger.frame == "role"
        )
        if not is_role and child.lemma_.lower() in COLLECTIVE:
            # "became the ninth BRICS partner country", "a member state of O": the role word
            # modifies a collective head noun
            modifier = next(
                (c for c in kids(child, "compound", "amod") if lexicon.role_noun(c)), None
            )
            if modifier is not None:
                child, is_role = modifier, True
        if is_role and (base(slot.dep_) != "obl" or case_of(slot) in _AS | {"", "в"}):
            return child
    return None


_ONE = frozenset({"one", "один"})
_AMONG = frozenset({"of", "из"})
"""A role noun after "one of" ("one of the founders of O", "одним из основателей O")."""


_BODY_CASES = frozenset({"of", "in", "to", "within", "в", "при"})
"""Adpositions that mark a role noun's body ("member of O", "observer in O"); "at" only for
observers ("observer at the Assembly"), never for members ("members at the Forum")."""


def _cyrillic(token: Token) -> bool:
    """Russian marks the owner by the genitive, with no adposition ("член ШОС")."""
    return any("\u0400" <= ch <= "\u04ff" for ch in token.text)


def _bodies_of(noun: Token, ctx: Context) -> list[Arg]:
    """The body a role or status noun belongs to: "member of O", "O's members", "O member
    states", "status in O", "член ШОС"."""
    found: list[Arg] = []
    heads = [noun] + ([noun.head] if base(noun.dep_) in {"compound", "amod"} else [])
    if noun.lemma_.lower() in _STATUS:  # "статус наблюдателя в ЕАЭС": the role word's owner
        heads += [c for c in kids(noun, "nmod", "compound", "amod") if ctx.lexicon.role_noun(c)]
    for head in heads:
        for child in head.children:
            if child.i == noun.i:
                continue
            link, case = base(child.dep_), case_of(child)
            if link == "obl" and head.pos_ in {"NOUN", "PROPN"}:
                link = "nmod"  # a noun's oblique is the parser's slip for its nmod ("…ями при O")
            observer = noun.lemma_.lower() in {"observer", "наблюдатель", "status", "статус"}
            marked = (
                case in _BODY_CASES
                or (case == "at" and observer)
                or (link == "nmod" and not case and _cyrillic(child))
            )
            if (
                link in {"compound", "amod", "flat"}
                or (link == "nmod" and marked)
                or (child.dep_ == "nmod:poss")
            ):
                found += [a for a in phrase_args(child, ctx.by_token) if a.type in COMPACT]
    if not found:  # "the bloc's tenth member", "a member of the alliance", "its partner countries"
        for head in heads:
            for child in kids(head, "nmod"):
                if child.i != noun.i:
                    found += ctx.args(child, BODY)
    return found


def _pairs(
    holders: list[Arg],
    bodies: list[Arg],
    trigger: Token,
    predicate: str,
    rule: str,
    role: str | None = None,
) -> list[Reading]:
    qualifiers: dict[str, Any] = {} if role in {None, "member"} else {"role": role}
    return [
        Reading(h, predicate, b, trigger, rule, dict(qualifiers))
        for h in holders
        for b in bodies
        if h.id != b.id
    ]


FrameReader = Callable[[Token, Trigger, Context], list[Reading]]
