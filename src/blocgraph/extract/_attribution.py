"""Who asserts what: direct quotes, reported speech, and first person in quotes.

- A **speech quote** is a span in double quotes (straight, curly, «», „“) of four words or more,
  or in single quotes of six or more; shorter quoted words are scare quotes ("‘rules-based’") and
  do not change who speaks. An unclosed quote runs to the end of the paragraph.
- A sentence's **speaker** is the entity next to a speech verb outside quotes: "Lavrov said",
  "said the minister", "according to Lavrov", "He stated" (a pronoun or "the minister" stands
  for the last person named), "Lavrov: “…”".
- A quote's speaker is the speaker of a sentence it overlaps, else the last speaker of the
  paragraph, else the last speaker of the document; with none, the quote is the author's.
- In a speech quote whose speaker is a state official (or a state), "we", "our", "us" denote that
  state (:func:`first_person_mentions`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from blocgraph.extract._gazetteer import Gazetteer
from blocgraph.extract._linker import DocumentContext, Linked, title_ending_at
from blocgraph.extract._model import AUTHOR

SPEECH_VERBS = frozenset(
    [
        "said",
        "says",
        "say",
        "stated",
        "noted",
        "notes",
        "stressed",
        "stresses",
        "explained",
        "explains",
        "added",
        "adds",
        "told",
        "tells",
        "declared",
        "declares",
        "emphasised",
        "emphasized",
        "emphasises",
        "emphasizes",
        "remarked",
        "insisted",
        "insists",
        "asserted",
        "asserts",
        "argued",
        "argues",
        "warned",
        "warns",
        "underlined",
        "underlines",
        "underscored",
        "recalled",
        "recalls",
        "wrote",
        "writes",
        "announced",
        "announces",
        "claimed",
        "commented",
        "replied",
        "responded",
        "answered",
        "acknowledged",
        "confirmed",
        "reiterated",
        "reiterates",
        "highlighted",
        "believes",
        "thinks",
        "suggested",
        "concluded",
        "affirmed",
        "contended",
        "urged",
        "clarified",
        "elaborated",
        "mentioned",
        "specified",
        "pointed",
        "points",
        "assured",
        "заявил",
        "заявила",
        "сказал",
        "сказала",
        "отметил",
        "отметила",
        "подчеркнул",
        "подчеркнула",
        "пояснил",
        "пояснила",
        "указал",
        "указала",
        "считает",
        "добавил",
        "добавила",
    ]
)
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
FIRST_PERSON = frozenset(
    [
        "we",
        "our",
        "us",
        "ours",
        "ourselves",
        "мы",
        "наш",
        "наша",
        "наше",
        "наши",
        "нашего",
        "нашей",
        "нашему",
        "нашим",
        "нашими",
        "нашу",
        "нас",
        "нам",
    ]
)
_DOUBLE_OPEN = {"“": "”", "„": "“", "«": "»"}
_SPEAKER_TYPES = frozenset({"person", "state", "body"})
_WINDOW = 12


@dataclass(slots=True)
class Quote:
    """A quoted span ``[start, end)`` (chunk character offsets, marks included)."""

    start: int
    end: int
    speech: bool
    speaker: str | None = None


@dataclass(slots=True)
class Attribution:
    """Quotes and reported-speech speakers of one chunk."""

    quotes: list[Quote]
    sentence_speakers: list[str | None]
    sentence_starts: list[int] = field(default_factory=list)

    def quote_at(self, char: int) -> Quote | None:
        """The speech quote containing chunk offset ``char``, if any."""
        for quote in self.quotes:
            if quote.start <= char < quote.end:
                return quote
        return None

    def asserted_by(self, chars: list[tuple[int, int]], sentence: int) -> str:
        """Who asserts a statement whose words sit at ``chars`` in sentence number ``sentence``:
        the speaker of a speech quote holding any of them, else the sentence's reported
        speaker, else :data:`AUTHOR`."""
        for start, end in chars:
            for quote in self.quotes:
                if quote.start < end and start < quote.end:
                    return quote.speaker or AUTHOR
        return self.sentence_speakers[sentence] or AUTHOR


def find_quotes(text: str) -> list[Quote]:
    """Quoted spans of a paragraph, with ``speech`` telling speech from scare quotes.

    >>> [(q.start, q.end, q.speech) for q in find_quotes("the ‘rules-based’ order")]
    [(4, 17, False)]
    >>> [q.speech for q in find_quotes('He said "we will create a partnership" today.')]
    [True]
    """
    quotes: list[Quote] = []
    opener = ""
    start = 0
    n = len(text)
    for i, ch in enumerate(text):
        after = text[i + 1] if i + 1 < n else " "
        before = text[i - 1] if i > 0 else " "
        if not opener:
            if (
                ch in _DOUBLE_OPEN
                or (ch == '"' and not after.isspace())
                or ch == "‘"
                or (ch == "'" and not before.isalnum() and after.isalpha())
            ):
                opener, start = ch, i
            continue
        if opener in _DOUBLE_OPEN or opener == '"':
            closer = _DOUBLE_OPEN.get(opener, '"')
            if ch == closer or (opener == "“" and ch == '"') or (opener == '"' and ch == "”"):
                quotes.append(_quote(text, start, i + 1, double=True))
                opener = ""
        elif ch in "’'" and not after.isalpha():
            quotes.append(_quote(text, start, i + 1, double=False))
            opener = ""
    if opener and opener not in "‘'":
        quotes.append(_quote(text, start, n, double=True))  # a quote running on to the next
    return quotes


def _quote(text: str, start: int, end: int, *, double: bool) -> Quote:
    words = len(re.findall(r"\w+", text[start:end]))
    return Quote(start, end, speech=words >= (4 if double else 6))


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

    def _entity_right(self, index: int, hi: int) -> str | None:
        """Nearest speaker-like expression right of token ``index`` (inclusive)."""
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
            if found:
                return found
        return None


def attribute(doc: Doc, text: str, mentions: list[Linked], context: DocumentContext) -> Attribution:
    """Quotes with their speakers and the reported speaker of every sentence of a chunk.

    ``context.last_speaker``/``last_person`` carry speakers across the chunks of a document and
    are updated.
    """
    quotes = find_quotes(text)
    in_quote = [False] * len(doc)
    speech = [q for q in quotes if q.speech]
    pointer = 0
    for token in doc:
        while pointer < len(speech) and speech[pointer].end <= token.idx:
            pointer += 1
        if pointer < len(speech) and speech[pointer].start <= token.idx:
            in_quote[token.i] = True
    label = _transcript_label(doc, mentions)
    if label is not None:
        context.transcript_speaker, speech_start = label
    elif context.transcript_speaker is not None:
        speech_start = 0
    if context.transcript_speaker is not None:
        # "President of Russia Vladimir Putin: Once again, …" and the paragraphs that follow
        speech = [q for q in speech if q.end <= speech_start]
        speech.append(Quote(speech_start, len(text), True, context.transcript_speaker))
        for token in doc:
            if token.idx >= speech_start:
                in_quote[token.i] = True
    sentences = list(doc.sents)
    finder = _Speakers(doc, mentions, in_quote, context)
    reported = [finder.speaker(sent) for sent in sentences]
    current = context.last_speaker
    for index, sent in enumerate(sentences):
        if reported[index]:
            current = reported[index]
        for quote in speech:
            if quote.speaker is not None or not sent.start_char <= quote.start < sent.end_char:
                continue
            overlapping = [
                reported[k]
                for k, other in enumerate(sentences)
                if other.start_char < quote.end and quote.start < other.end_char and reported[k]
            ]
            quote.speaker = overlapping[0] if overlapping else current
            current = quote.speaker or current
    context.last_speaker = current
    if finder.persons:
        context.last_person = finder.persons[-1].id
    return Attribution(speech, reported, [s.start_char for s in sentences])


def _transcript_label(doc: Doc, mentions: list[Linked]) -> tuple[str, int] | None:
    """A speaker label opening a paragraph of a transcript: "[office of State] Name:"."""
    colon = next((t.i for t in doc[:14] if t.text == ":"), None)
    if colon is None or colon + 1 >= len(doc):
        return None
    person = next((m for m in mentions if m.end == colon and m.type == "person"), None)
    if person is None:
        return None
    covered = {i for m in mentions if m.end <= colon for i in range(m.start, m.end)}
    if any(
        not (i in covered or doc[i].is_title or doc[i].lower_ in {"of", "the", "-"})
        for i in range(0, person.start)
    ):
        return None
    return person.id, doc[colon + 1].idx


def speaker_state(
    speaker: str | None, gazetteer: Gazetteer, context: DocumentContext
) -> str | None:
    """The state a speaker speaks for: itself for a state, the office holder's state for a
    person (as the text gives it, else the gazetteer's)."""
    if speaker is None or speaker == AUTHOR:
        return None
    if speaker in gazetteer.states:
        return speaker
    if speaker in context.person_states:
        return context.person_states[speaker]
    person = gazetteer.persons.get(speaker)
    return person.state if person else None


def first_person_mentions(
    doc: Doc, attribution: Attribution, gazetteer: Gazetteer, context: DocumentContext
) -> list[Linked]:
    """Pseudo-mentions of the speaker's state for "we"/"our"/"us" inside speech quotes.

    They are arguments for the rules, never output as mentions.
    """
    found: list[Linked] = []
    for token in doc:
        if token.lower_ not in FIRST_PERSON:
            continue
        quote = attribution.quote_at(token.idx)
        state = speaker_state(quote.speaker if quote else None, gazetteer, context)
        if state is not None:
            found.append(
                Linked(
                    token.i,
                    token.i + 1,
                    "state",
                    state,
                    token.idx,
                    token.idx + len(token.text),
                    first_person=True,
                )
            )
    return found
