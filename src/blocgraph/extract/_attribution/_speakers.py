"""Speaker detection inside one chunk: the entity next to a speech verb outside quotes ("Lavrov
said", "said the minister", "according to Lavrov", "He stated"), a transcript label ("Lavrov:
“…”"), and the last person named standing for a pronoun or an office ("he", "the minister").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from blocgraph.extract._attribution._words import SPEECH_VERBS
from blocgraph.extract._linker import DocumentContext, Linked, title_ending_at

_BY_VERBS = frozenset({"indicated", "reported", "quoted", "cited", "voiced", "expressed"})
_VERB_NEEDS_PARTICLE = {"pointed": "out", "points": "out"}
_PASSIVE = frozenset({"was", "is", "be", "been", "were", "are", "being"})
_SKIP_BEFORE_VERB = frozenset(
    [
        "also",
        "further",
        "later",
        "then",
        "once",
        "again",
        "repeatedly",
        "recently",
        "previously",
        "earlier",
        "has",
        "had",
        "have",
        "reportedly",
        "firmly",
        "clearly",
        "rightly",
        "correctly",
        "frankly",
        "openly",
        "publicly",
        "bluntly",
        "himself",
        "herself",
        "categorically",
        "specifically",
        "separately",
        "already",
    ]
)
_PRONOUNS = frozenset({"he", "she", "он", "она"})
_REFERENTS = frozenset(
    [
        "minister",
        "president",
        "diplomat",
        "official",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "premier",
        "chancellor",
        "leader",
        "envoy",
        "ambassador",
        "secretary",
        "министр",
        "президент",
        "дипломат",
    ]
)
_SPEAKER_TYPES = frozenset({"person", "state", "body"})
_WINDOW = 12


def _mention_maps(mentions: list[Linked]) -> tuple[dict[int, Linked], dict[int, Linked]]:
    return {m.start: m for m in mentions}, {m.end: m for m in mentions}


class _Speakers:
    """Speaker detection inside one chunk."""

    def __init__(
        self, doc: Doc, mentions: list[Linked], in_quote: list[bool], context: DocumentContext
    ) -> None:
        self.doc = doc
        self.starts, self.ends = _mention_maps(mentions)
        self.in_quote = in_quote
        self.persons = [m for m in mentions if m.type == "person"]
        self.context = context

    def last_person(self, index: int) -> str | None:
        previous = [m for m in self.persons if m.end <= index]
        return previous[-1].id if previous else self.context.last_person

    def _entity_left(self, index: int, lo: int) -> str | None:
        """The speaker right before a speech verb at ``index`` ("Lavrov said", "he stated",
        "the minister noted"), or before an appositive in commas ("Lavrov, speaking in Moscow,
        said")."""
        doc = self.doc
        j = index - 1
        appositive = j >= lo and doc[j].text == ","
        after = index + 1
        if after < len(doc) and doc[after].lower_ in {"the", "a", "an"}:
            after += 1
        follows = after < len(doc) and (doc[after].lower_ in _REFERENTS or after in self.starts)
        if appositive and follows:
            return None  # "…из ОДКБ, заявил министр": the speaker follows the verb
        while j >= lo and index - j <= _WINDOW:
            if self.in_quote[j] or doc[j].text in {".", ";", "”", "“", '"'}:
                return None
            mention = self.ends.get(j + 1)
            adjacent = j == index - 1 or (appositive and doc[j + 1].text == ",")
            if mention is not None and mention.type in _SPEAKER_TYPES:
                return mention.id if adjacent else None
            word = doc[j].lower_
            if word in _PRONOUNS and j == index - 1:
                return self.last_person(j)
            if word in _REFERENTS and (j == index - 1 or (appositive and doc[j + 1].text == ",")):
                return (
                    self.last_person(j)
                    if (j > 0 and doc[j - 1].lower_ in {"the", "foreign", "russian", "chinese"})
                    or doc[j - 1].is_title
                    else None
                )
            if not appositive and j < index - 1:
                return None
            if mention is not None:
                j = mention.start - 1
                continue
            j -= 1
        return None

    def _person_right(self, index: int, hi: int) -> str | None:
        """A person named in the phrase right of ``index``: "said the press secretary of the
        President of Russia Dmitry Peskov" is Peskov speaking, not Russia."""
        doc = self.doc
        for j in range(index, min(hi, index + _WINDOW)):
            if self.in_quote[j] or doc[j].text in {".", ";", ",", ":"}:
                return None
            mention = self.starts.get(j)
            if mention is not None and mention.type == "person":
                return mention.id
        return None

    def _entity_right(self, index: int, hi: int) -> str | None:
        """Nearest speaker-like expression right of token ``index`` (inclusive), a person
        named in the same phrase first."""
        person = self._person_right(index, hi)
        if person is not None:
            return person
        doc = self.doc
        j = index
        while j < hi and j - index < 8:
            if self.in_quote[j] or doc[j].text in {".", ";", ","}:
                return None
            mention = self.starts.get(j)
            if mention is not None:
                if mention.type in _SPEAKER_TYPES and (
                    mention.type == "person" or title_ending_at(doc, mention.end) is None
                ):
                    after = mention.end
                    if (
                        mention.type != "person"
                        and after < hi
                        and doc[after].lower_ in {"'s", "’s"}
                    ):
                        j = after + 1
                        continue
                    if mention.type == "person" or not self._title_follows(after):
                        return mention.id
                j = mention.end
                continue
            word = doc[j].lower_
            if word in _PRONOUNS or (word in _REFERENTS and j > index):
                return self.last_person(j)
            j += 1
        return None

    def _title_follows(self, index: int) -> bool:
        from blocgraph.extract._linker import title_at

        return title_at(self.doc, index) is not None

    def speaker(self, sent: Span) -> str | None:
        doc = self.doc
        for i in range(sent.start, sent.end):
            if self.in_quote[i]:
                continue
            word = doc[i].lower_
            if word == "according" and i + 1 < sent.end and doc[i + 1].lower_ == "to":
                found = self._entity_right(i + 2, sent.end)
                if found:
                    return found
                continue
            if word == ":" and i + 1 < sent.end and self.in_quote[i + 1]:
                mention = self.ends.get(i)
                if mention is not None and mention.type == "person":
                    return mention.id
                continue
            if word in SPEECH_VERBS | _BY_VERBS and i + 1 < sent.end and doc[i + 1].lower_ == "by":
                found = self._entity_right(i + 2, sent.end)  # "as indicated by the Ministry"
                if found:
                    return found
                continue
            if word not in SPEECH_VERBS:
                continue
            particle = _VERB_NEEDS_PARTICLE.get(word)
            if particle and not (i + 1 < sent.end and doc[i + 1].lower_ == particle):
                continue
            j = i - 1
            while j >= sent.start and doc[j].lower_ in _SKIP_BEFORE_VERB:
                j -= 1
            if j >= sent.start and doc[j].lower_ in _PASSIVE:
                continue
            found = self._entity_left(j + 1, sent.start) or self._entity_right(i + 1, sent.end)
            if found is None and self._coordinated_report(j, i, sent):
                found = self._opening_subject(sent)  # "Tokayev thanked Yoon …, and noted that"
            if found:
                return found
        return None

    def _coordinated_report(self, before: int, verb: int, sent: Span) -> bool:
        """Whether a speech verb is coordinated after "and" and reports a clause ("…, и
        отметил, что …", "and said that …"), not a verb of its own ("and declared its …")."""
        doc = self.doc
        if before < sent.start or doc[before].lower_ not in {"and", "и"}:
            return False
        following = [t.lower_ for t in doc[verb + 1 : min(sent.end, verb + 3)]]
        return bool(following) and (following[0] in {"that", ":"} or following[:2] == [",", "что"])

    def _opening_subject(self, sent: Span) -> str | None:
        """The person or state that opens a sentence (its subject, before a first verb)."""
        for j in range(sent.start, min(sent.end, sent.start + 3)):
            mention = self.starts.get(j)
            if mention is not None and mention.type in {"person", "state"}:
                return mention.id
        return None
