"""Whether a trigger's clause asserts its relation, denies it, or only entertains it.

Read from the tree around the trigger, with the cue lemmas of ``data/extraction/cues.csv``:

- ``negative``: the clause is negated ("is not a member", "has not withdrawn") or something above
  it denies it ("denied that", "rejected reports that", "those who claim … are mistaken");
- ``None`` (no statement): a modal or future ("may join", "will join"), an intention or attempt
  ("plans to join", "applied to join", "invited to join"), a condition ("if A joins") or a
  candidacy ("candidate for membership");
- but ``negative`` again when the future or the plan itself is negated or denied ("will not
  leave", "has no plans to withdraw", "denies it will suspend its membership"): the contract
  reads a refused future as a denial of the event;
- ``positive`` otherwise.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from blocgraph.extract.relations._ahead import headline_future, soon_before, yet_to
from blocgraph.extract.relations._asides import aside, writers_aside
from blocgraph.extract.relations._described import describes, names_described, titles_a_name
from blocgraph.extract.relations._lexicon import Lexicon
from blocgraph.extract.relations._subjects import decided, misread_relative
from blocgraph.extract.relations._tree import ancestors, base, case_of, kids

Polarity = Literal["positive", "negative"]

_CLAUSE_UP = frozenset(
    {
        "xcomp",
        "ccomp",
        "csubj",
        "acl",
        "advcl",
        "conj",
        "nmod",
        "obl",
        "obj",
        "nsubj",
        "root",
        "parataxis",
        "appos",
    }
)


def negated(token: Token, lexicon: Lexicon) -> bool:
    negation = lexicon.cues.get("negation", frozenset())
    inverted = lexicon.cues.get("inverted", frozenset())
    if token.left_edge.lower_ in inverted and token.left_edge.i < token.i:
        return True  # "Nor has it joined …", "Nor is it a member …" (however the parser hung it)
    for child in token.children:
        if child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
            return True  # "can no longer be a member"
        if base(child.dep_) in {"advmod", "neg", "det", "cc", "aux", "obl"} and (
            child.lower_ in negation or child.lemma_.lower() in negation
        ):
            following = token.doc[child.i + 1] if child.i + 1 < len(token.doc) else None
            if following is not None and following.lower_ in _NOT_ONLY:
                continue  # "not only among the four members … but also": no negation
            return True
        if base(child.dep_) == "cop" and any(g.lower_ in negation for g in kids(child, "advmod")):
            return True
    return False


def _intent_word(token: Token, lexicon: Lexicon) -> bool:
    """Whether a word is an intent cue ("plan", "set to"); a phrasal verb is another verb ("set
    up" is no "set to")."""
    intent = lexicon.cues.get("intent", frozenset())
    word = token.lemma_.lower() in intent or token.lower_ in intent  # "poised" lemmatised "poise"
    return word and not kids(token, "compound:prt")


def _entertained(token: Token, lexicon: Lexicon, *, future_ok: bool) -> bool:
    if not future_ok and "Fut" in token.morph.get("Tense", []) and not aside(token, lexicon):
        return True  # a Russian perfective future ("станет", "вступит") has no auxiliary
    modal = lexicon.cues.get("modal", frozenset())
    condition = lexicon.cues.get("condition", frozenset())
    finite_be = any(c.lower_ in {"is", "are", "was", "were"} for c in kids(token, "cop"))
    if finite_be and any(m.lower_ == "to" for m in kids(token, "mark")):
        return True  # "Cyprus is to join the EU in 2004": a schedule, not an accession
    for child in token.children:
        word, lemma, link = child.lower_, child.lemma_.lower(), base(child.dep_)
        if link in {"mark", "advmod"} and soon_before(child):
            return True  # "is due to sign", "is about to sign" (the parser hung them on the act)
        if link == "aux" and (word in modal or lemma in modal):
            if future_ok and lemma in {"will", "shall", "быть"}:
                continue
            if lemma == "быть" and word.startswith("был"):
                continue  # "была создана": a past passive, not "будет" (a future)
            return True
        if link == "mark" and (word in condition or lemma in condition):
            return True
        if link in {"amod", "compound", "nmod"} and _intent_word(child, lexicon):
            if link == "nmod" and any(c.lower_ in _REASONS for c in kids(child, "case")):
                continue  # "not a member … as its membership request remains hanging"
            return True  # "a prospective member", "candidate member"
    return False


_NOT_ONLY = frozenset({"only", "just", "merely", "только", "лишь"})
"""Words after "not" / "не" that make it "not only … but also", which negates nothing."""
_AMONG = frozenset({"among", "between", "amongst", "между", "среди"})
"""Adpositions of the parties to talks or a plan ("talks among A and B"), not of its topic."""
_REASONS = frozenset({"as", "because", "since", "while"})
"""Adpositions of a reason or circumstance the parser may hang on a role noun."""


_TOPIC_MARKS = frozenset({"on", "about", "of", "for", "regarding", "concerning", "over"})


def _gerund_argument(trigger: Token, lexicon: Lexicon) -> bool:
    """ "discussed granting Belarus …", "a decision on granting Egypt …": an event named as the
    argument or topic of another word is talked about, not asserted ("with Belarus joining a
    year later" and "a union comprising A" still are)."""
    if trigger.tag_ != "VBG" or kids(trigger, "aux", "nsubj"):
        return False  # a progressive ("was leaving") or a clause with its own subject
    if decided(trigger):
        return False  # "voted in favour of withdrawing": the vote decided it
    found = lexicon.trigger(trigger.lemma_, "VERB")
    if found is not None and found.frame in {"include", "include_member", "role"}:
        return False
    link = base(trigger.dep_)
    if link in {"xcomp", "ccomp", "obj", "csubj"}:
        return trigger.head.lemma_ != trigger.lemma_  # "A joining in 1992, and B joining …"
    marks = {c.lower_ for c in kids(trigger, "mark", "case")}
    return link in {"acl", "nmod", "obl", "advcl", "pcomp"} and bool(marks & _TOPIC_MARKS)


_PLANS = frozenset(
    {
        "plan",
        "intend",
        "intention",
        "want",
        "wish",
        "aim",
        "seek",
        "consider",
        "prepare",
        "idea",
        "interest",
        "interested",
        "scenario",
        "desire",
        "question",
        "планировать",
        "план",
        "намереваться",
        "намерен",
        "намеренный",
        "намерение",
        "хотеть",
        "собираться",
        "стремиться",
        "рассматривать",
    }
)
"""Plans whose negation refuses the event ("has no plans to leave", "не собирается выходить")."""


def _refused_plan(head: Token, lexicon: Lexicon) -> bool:
    """Whether a plan word, or the plan word it is the object of, is negated ("has never had an
    idea to leave": the idea is the object of a negated "had")."""
    for _ in range(3):
        if head.lemma_.lower() in _PLANS and negated(head, lexicon):
            return True
        if base(head.dep_) not in {"obj", "nmod", "obl", "xcomp"} or head.head.i == head.i:
            return False
        head = head.head
        if head.lemma_.lower() in _HOLD_PLAN and negated(head, lexicon):
            return True  # "never had an idea to leave", "has no intention of joining"
    return False


_HOLD_PLAN = frozenset({"have", "hold", "harbour", "harbor", "иметь"})


def _future(token: Token) -> bool:
    """A plain future: "will/won't leave", "не будет выходить", a Russian perfective future."""
    if "Fut" in token.morph.get("Tense", []):
        return True
    future = {"will", "shall", "быть"}
    if base(token.dep_) == "ccomp":
        future.add("would")  # reported: "said it would not leave"
    return any(c.lemma_.lower() in future for c in kids(token, "aux"))


def denied_above(trigger: Token, lexicon: Lexicon) -> bool:
    """Whether a denial governs the trigger's clause ("denied that it plans to quit")."""
    denial = lexicon.cues.get("denial", frozenset())
    truth = lexicon.cues.get("truth", frozenset())
    for head, child in ancestors(trigger):
        content = child.dep_ == "acl:relcl" and any(m.lower_ == "that" for m in kids(child, "mark"))
        if base(child.dep_) not in _CLAUSE_UP or (child.dep_ == "acl:relcl" and not content):
            return False  # a relative clause describes; "rumours that S would quit" reports
        if head.lemma_.lower() in denial or head.lower_ in denial:
            return not negated(head, lexicon)
        if base(child.dep_) in {"nmod", "acl"} and any(
            a.lemma_.lower() in denial or a.lower_ in denial for a in kids(head, "amod")
        ):  # "baseless reports of its withdrawal", "необоснованные высказывания о присоединении"
            return True
        if head.lemma_.lower() in truth and negated(head, lexicon):
            return True  # "reports that it will leave are not true", "не соответствуют"
        if base(child.dep_) == "nsubj" and any(
            c.lemma_.lower() in denial for c in kids(head, "xcomp", "obj")
        ):  # "информация о выходе … является фейком"
            return not negated(head, lexicon)
    return False


def _refused(trigger: Token, lexicon: Lexicon) -> bool:
    """A future or a plan the clause negates or a denial rejects: the event is denied."""
    if negated(trigger, lexicon) and _future(trigger):
        return True
    return denied_above(trigger, lexicon)


_DECIDING = frozenset({"решить", "постановить", "согласиться", "удаться"})


def _bare_infinitive(trigger: Token) -> bool:
    """A Russian infinitive asserts its event only under a decision ("решили принять A",
    "приняли решение принять A"):
    "пожелание … присоединиться и выйти", "готовы вступить" are wishes and readiness."""
    if "Inf" not in trigger.morph.get("VerbForm", []):
        return False
    if not any("\u0400" <= ch <= "\u04ff" for ch in trigger.text):
        return False
    head = trigger
    while base(head.dep_) == "conj" and head.head.i != head.i:
        head = head.head  # "решили принять A и исключить B"
    above = head.head
    taken = taken_decision(above)  # "приняла решение возобновить членство"
    return above.i == head.i or (above.lemma_.lower() not in _DECIDING and not taken)


def taken_decision(noun: Token) -> bool:
    """Whether a noun is a decision taken ("приняла решение возобновить членство", "приняло
    решение о приостановлении его членства"): what it decides is done."""
    return (
        noun.lemma_.lower() == "решение"
        and base(noun.dep_) == "obj"
        and noun.head.lemma_.lower() == "принять"
        and "Past" in noun.head.morph.get("Tense", [])  # not "может принять", "примет"
        and not any(c.lower_ == "не" for c in (*noun.head.children, *noun.children))
    )


def _modal_before(trigger: Token, lexicon: Lexicon) -> bool:
    """ "Poland May join …": a modal the parser took for a name or a month, right before."""
    modal = lexicon.cues.get("modal", frozenset()) - {"will", "shall"}
    i = trigger.i - 1
    if i >= 0 and trigger.doc[i].lower_ in {"not", "n't"}:
        i -= 1
    return i >= 0 and trigger.doc[i].lower_ in modal and trigger.pos_ in {"VERB", "AUX"}


PROCEDURES = frozenset({"process", "procedure", "процесс", "процедура"})
"""Nouns of a procedure an event noun runs through ("the process of Finland's accession")."""


def completed_procedure(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a procedure noun is the subject of a verb that completes it ("the process of
    accession was completed", "процедура вступления завершена"): the event is done."""
    completing = lexicon.cues.get("completing", frozenset())
    return (
        noun.lemma_.lower() in PROCEDURES
        and base(noun.dep_) == "nsubj"
        and noun.head.lemma_.lower() in completing
        and not negated(noun.head, lexicon)
    )


_MEANS = frozenset({"by", "through"})
"""Marks of a clause that says how the clause above comes about ("expand by admitting")."""


def polarity(trigger: Token, lexicon: Lexicon, *, future_ok: bool = False) -> Polarity | None:
    """The trigger's polarity, or ``None`` when its clause asserts nothing.

    ``future_ok``: "will" announces rather than entertains (``proposes``: "Russia will create
    the Greater Eurasian Partnership").
    """
    denial = lexicon.cues.get("denial", frozenset())
    if titles_a_name(trigger, lexicon):
        return "positive"  # "talks with fellow EU member Hungary failed": the writer's title
    if base(trigger.dep_) in {"compound", "amod"}:
        trigger = trigger.head  # "can no longer be a member state": the clause is the head's
    unfinished = lexicon.cues.get("unfinished", frozenset())
    if (
        trigger.pos_ == "NOUN"
        and base(trigger.dep_) in {"nsubj", "obj"}
        and trigger.head.lemma_.lower() in unfinished
    ):
        return None  # "accession is expected next year", "откладывает подписание": not done
    alternative = lexicon.cues.get("alternative", frozenset())
    if any(c.lower_ in alternative for c in kids(trigger, "mark", "cc", "advmod", "case")):
        return None  # "better to stay rather than withdraw", "instead of joining": not done
    if (
        base(trigger.dep_) == "ccomp"
        and trigger.head.lemma_.lower() in lexicon.speech
        and negated(trigger.head, lexicon)
    ):
        return "negative"  # "I have never said that we are withdrawing": the claim is denied
    if yet_to(trigger):
        return "negative"  # "Tanzania has yet to ratify the treaty": it has not
    if headline_future(trigger):
        return None  # "Kenya, Uganda to sign Treaty of Friendship": still ahead
    negative = negated(trigger, lexicon)
    if _entertained(trigger, lexicon, future_ok=future_ok) or _gerund_argument(trigger, lexicon):
        refused = _refused(trigger, lexicon) or (
            trigger.head.i != trigger.i and _refused_plan(trigger.head, lexicon)
        )  # "has no intention of joining the EU"
        return "negative" if refused else None
    if _modal_before(trigger, lexicon):
        return None
    if _bare_infinitive(trigger):  # "не собирается выходить": a refused plan
        head = trigger.head
        refused = head.lemma_.lower() in _PLANS and negated(head, lexicon)
        return "negative" if refused or denied_above(trigger, lexicon) else None
    described = False  # above a relative clause: only a denial still reaches down
    background = False  # above the writer's description of a name: not even a denial
    for head, child in ancestors(trigger):
        lemma = head.lemma_.lower()
        link = base(child.dep_)
        if link not in _CLAUSE_UP:
            break
        denies = lemma in denial or head.lower_ in denial
        if denies and link == "conj" and child.i > head.i:
            break  # "declined full membership and will remain an observer": its own clause
        if denies and not background:
            negative = not negative if not negated(head, lexicon) else negative
            return "negative" if negative else "positive"
        if (
            child.dep_ == "acl:relcl"
            or misread_relative(child)
            or (child == trigger and describes(trigger, lexicon))
        ):
            # "are set to join the bloc, which is made up of A and B": the relative clause
            # describes the bloc as it is, whatever the main clause plans
            described = True
            background = background or (not denies and names_described(child))
        if described:
            continue
        if completed_procedure(head, lexicon):
            continue  # "the process of Finland's accession was completed": done, not planned
        participants = link in {"nmod", "obl"} and case_of(child) in _AMONG
        if (
            _intent_word(head, lexicon)
            and not participants  # "talks among SADC members – A, B –": who talks, not a plan
            and link in {"xcomp", "ccomp", "acl", "nmod", "obl", "obj", "advcl"}
        ):
            if _refused_plan(head, lexicon) or denied_above(head, lexicon):
                # "does not plan to leave", "denied that it plans to quit", "has never
                # considered the scenario of its withdrawal", "no longer interested in joining"
                return "negative"
            return None
        if link in {"xcomp", "ccomp", "csubj"} and _entertained(head, lexicon, future_ok=False):
            if writers_aside(head):
                continue  # "It should be recalled that …": the writer's aside, no modality
            return None
        if (
            link == "conj"
            and not kids(child, "nsubj", "aux")
            and head.pos_ in {"VERB", "AUX"}
            and _entertained(head, lexicon, future_ok=False)
        ):
            return None  # "cannot join an alliance, or join conflicts": the modal governs both
        if link == "acl" and (
            _entertained(head, lexicon, future_ok=False) or negated(head, lexicon)
        ):
            return None  # "would be a forum bringing together …", "is not a forum …'
        if link == "advcl" and any(
            m.lemma_.lower() in lexicon.cues.get("condition", ()) for m in kids(child, "mark")
        ):
            return None
        if (
            link == "advcl"
            and any(m.lower_ in _MEANS for m in kids(child, "mark", "case"))
            and _entertained(head, lexicon, future_ok=False)
        ):
            return None  # "the EU will expand by admitting Serbia": the means of a plan
        if link in {"xcomp", "conj"} and negated(head, lexicon) and link == "xcomp":
            negative = not negative
    return "negative" if negative else "positive"
