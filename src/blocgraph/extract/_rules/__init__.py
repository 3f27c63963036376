"""Rule-based relation extraction over one sentence's linked mentions.

A spaCy ``PhraseMatcher`` on lower-case token text finds **triggers** (role nouns such as "member",
"observer", "dialogue partner"; verbs such as "joined", "withdrew", "froze", "proposed";
nouns such as "cooperation", "accession"). Each trigger family has a small handler that looks left
and right of the trigger for its arguments among the sentence's mentions, expands coordinated
lists ("Egypt, Ethiopia, Iran and the UAE joined BRICS"), and drops the statement when the words
between arguments and trigger negate it or make it hypothetical ("has not withdrawn", "may join",
"applied to join", "candidate"). Sentence-level handlers cover patterns keyed on a region or a
civilization rather than a trigger word (``locatedIn``, ``civilizationOf``, ``claims``).

Every rule name (the ``rule`` field of a statement) is listed in :data:`RULES`.

This package holds :data:`RULES` and :class:`RuleSet` (which dispatches triggers to the rule
families); one module per family or concern:

- ``_lexicon`` / ``_cues`` / ``_patterns``: shared word lists, negation and hedging cues, trigger
  phrases;
- ``_view``: the sentence view the rules read and the :class:`Found` record they return;
- ``_membership`` (role nouns), ``_status`` (changed / granted status), ``_verbs`` (membership
  verbs), ``_joins`` (joins told as lists), ``_exits`` (leaving, suspension), ``_includes``
  ("O includes A, B"), ``_cooperation``, ``_proposals``, ``_places`` (regions, civilizations),
  ``_claims`` (absence claims), ``_headings`` (list headings, list items, labelled lists).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from blocgraph.extract._linker import Linked
from blocgraph.extract._rules._brackets import BRACKETED, _bracketed_members
from blocgraph.extract._rules._claims import _claims
from blocgraph.extract._rules._cooperation import _cooperation
from blocgraph.extract._rules._headings import (
    LISTED,
    Heading,
    labelled_list,
    list_heading,
    list_item,
)
from blocgraph.extract._rules._includes import _include
from blocgraph.extract._rules._joins import _as_its_member, _recent_members
from blocgraph.extract._rules._membership import _role
from blocgraph.extract._rules._patterns import _PATTERNS, _phrases
from blocgraph.extract._rules._places import _civilizations, _located
from blocgraph.extract._rules._proposals import _initiative_of, _initiative_possessive, _propose
from blocgraph.extract._rules._verbs import _membership_verb
from blocgraph.extract._rules._view import Found, _View

__all__ = [
    "BRACKETED",
    "LISTED",
    "RULES",
    "Found",
    "Heading",
    "RuleSet",
    "labelled_list",
    "list_heading",
    "list_item",
]

RULES: dict[str, str] = {
    "member-of": "S is/are (a) member(s) of O; S, a member of O; S is an O member",
    "member-list": "O member states A, B; O's members are A, B; members of O: A, B",
    "bracketed-members": "O (A, B, C and D): the states alone in brackets after a body's name",
    "includes-members": "O includes/comprises/brings together A, B and C; O is a (any "
    "adjectives) forum / union … bringing together / consisting of A, B",
    "observer-of": "S is an observer (state) of O; S has observer status in O; O observer S",
    "partner-of": "S is a dialogue partner / partner country / associate member of O; O partner S",
    "list-under-heading": "- A (joined YEAR, withdrew YEAR) / - A (YEAR) under 'Members of O:'",
    "changed-status": "S changed / downgraded its O status to ROLE (the role now held)",
    "became-member": "S became a (full) member / observer / dialogue partner of O (joined)",
    "granted-status": "S was granted / gained observer status in O (joined, with role)",
    "joined-verb": "S joined O [as ROLE] [in YEAR]",
    "admitted": "S was admitted / added to O; O admitted S; S was admitted as O's 11th member",
    "accepted-as-member": "O (decided to) accept(ed) / admitted S as its (Nth / newest) member "
    "(joined)",
    "most-recent-members": "the most recent / newest / last members to join / to be added to O "
    "are A on DATE and B on DATE (joined, each state with its year)",
    "acceded": "S acceded to O; S's accession to O; the accession of S to O",
    "expanded-to-include": "O expanded (in YEAR) to include A, B; O grew by including A in "
    "YEAR and B in YEAR (joined)",
    "enlargement-list": "the enlargement of O took place with the addition / accession of A, B "
    "(joined, each state with its year)",
    "counted-joins": "Ten new countries joined O in YEAR - A, B; three states were admitted to O: "
    "A, B (joined)",
    "role-clause": "O comprises A, B, while C and D are observers (observerOf / partnerOf)",
    "withdrew": "S withdrew from O; S's withdrawal from O; S pulled out of O",
    "left-verb": "S left / quit / exited O",
    "ceased-membership": "S ceased to be a member of O; S terminated its membership in O; the "
    "membership of S in O ended",
    "expelled": "S was expelled from O; O expelled S (left, reason expelled)",
    "suspended": "S was suspended from O; O suspended S; S suspended its membership in O; S's "
    "membership in O was suspended",
    "froze-participation": "S froze its participation / membership in O",
    "cooperation-frameworks": "(S's / our) cooperation within / with O1, O2 and O3 (frameworks)",
    "cooperates-verb": "S cooperates / works with O",
    "proposes-verb": "X proposed / put forward / will create / launched I",
    "proposed-by": "I was proposed / put forward by X",
    "initiative-possessive": "X's I (China's Belt and Road Initiative)",
    "initiative-of": "I is an initiative / idea / project of X",
    "located-in": "S is located / lies in R; S, in R,",
    "regional-states": "S is a R-adjective state / country (Kazakhstan is a Central Asian "
    "country); a header list 'Central Asian states A, B' gives nothing",
    "region-has-states": "R has (several …) states, A, B (locatedIn)",
    "region-has-civilizational-states": "R has civilizational states, A, B (civilizationOf)",
    "belongs-to-civilization": "S belongs to / is part of the X civilization",
    "civilizational-state": "S is a civilizational state; civilizational states such as A, B",
    "absence-claim": "in R there exists no pan-continental organisation (R claims no-…)",
    "contrast-claim": "unlike R1 and R2 (R claims …, the positive of the absence claim)",
}


class RuleSet:
    """All rules, compiled once for a pipeline's vocabulary.

    >>> from blocgraph.extract._pipeline import blank_pipeline
    >>> nlp = blank_pipeline()
    >>> sorted(RuleSet(nlp).labels)[:3]
    ['accede', 'added', 'admit']
    """

    def __init__(self, nlp: Language) -> None:
        # The token patterns are fixed phrases with optional words: expanded into phrases, a
        # PhraseMatcher on LOWER finds them several times faster than the token Matcher.
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for label, patterns in _PATTERNS.items():
            phrases = {phrase for pattern in patterns for phrase in _phrases(pattern)}
            self.matcher.add(label, [Doc(nlp.vocab, words=list(p)) for p in sorted(phrases)])
        self.labels = set(_PATTERNS)

    def find(self, doc: Doc, mentions: list[Linked]) -> list[tuple[Span, list[Found]]]:
        """Statements of every sentence of a chunk, with the sentence they come from."""
        spans = [
            Span(doc, start, end, label=match_id) for match_id, start, end in self.matcher(doc)
        ]
        triggers = sorted(filter_spans(spans), key=lambda s: s.start)
        ordered = sorted(mentions, key=lambda m: m.start)
        result: list[tuple[Span, list[Found]]] = []
        t = m = 0
        for sent in doc.sents:
            first_trigger = t
            while t < len(triggers) and triggers[t].start < sent.end:
                t += 1
            first_mention = m
            while m < len(ordered) and ordered[m].start < sent.end:
                m += 1
            if m == first_mention:
                continue  # no mention, no statement
            found = self._sentence(doc, sent, ordered[first_mention:m], triggers[first_trigger:t])
            if found:
                result.append((sent, found))
        return result

    def _sentence(
        self, doc: Doc, sent: Span, mentions: list[Linked], triggers: list[Span]
    ) -> list[Found]:
        view = _View(doc, sent, mentions)
        found: list[Found] = []
        carried: Linked | None = None
        for trigger in triggers:
            if trigger.start in view.covered or trigger.end - 1 in view.covered:
                continue
            label = trigger.label_
            if label.startswith("role:"):
                found += _role(view, trigger.start, trigger.end, label[5:])
            elif label == "coop":
                found += _cooperation(view, trigger.start, trigger.end)
            elif label == "propose":
                results, carried = _propose(view, trigger.start, trigger.end, carried)
                found += results
            elif label == "include":
                found += _include(view, trigger.start, trigger.end)
            elif label == "admit" and (as_member := _as_its_member(view, trigger.start)):
                found += as_member
            elif label == "admit" and view.word(trigger.start) in {"accept", "accepts"}:
                continue  # "accept" alone is agreement, not admission ("accepts the rules")
            elif label == "added":
                if view.word(trigger.start - 1) in {"was", "were", "been"}:
                    found += _membership_verb(view, trigger.start, trigger.end, "admit")
            else:
                found += _membership_verb(view, trigger.start, trigger.end, label)
        located = _located(view)
        found += located
        found += _civilizations(
            view, {f.subject for f in located if f.predicate == "civilizationOf"}
        )
        found += _claims(view)
        found += _recent_members(view)
        found += _bracketed_members(view)
        found += _initiative_possessive(view)
        found += _initiative_of(view)
        return found
