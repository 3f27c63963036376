"""Attribution of one chunk (:func:`attribute`): quotes and their speakers, the speaker of each
sentence, a transcript label or a speaker heading (``_headings``); the state a speaker speaks
for (:func:`speaker_state`) and first-person words in a state official's quote
(:func:`first_person_mentions`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from blocgraph.extract._attribution._headings import speaker_heading
from blocgraph.extract._attribution._quotes import Attribution, Quote, find_quotes
from blocgraph.extract._attribution._speakers import _Speakers
from blocgraph.extract._attribution._words import BACK_REFERENCES, FIRST_PERSON
from blocgraph.extract._gazetteer import Gazetteer
from blocgraph.extract._linker import DocumentContext, Linked
from blocgraph.extract._model import AUTHOR


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
    heading = speaker_heading(text, mentions)
    label = (heading, len(text)) if heading is not None else _transcript_label(doc, mentions)
    if label is None and context.closing_speaker is not None and _DASH_SPEECH.match(text):
        # "Токаев … отметил, что …" ⏎ "– Сегодняшний визит имеет огромное значение …": the
        # dash-led paragraph is the reporting sentence's speaker's own words
        speech = [*speech, Quote(0, len(text), True, context.closing_speaker)]
        in_quote = [True] * len(doc)
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
    for index in range(1, len(sentences)):
        # "… Молдавии о выходе из СНГ. Об этом сказал Песков": the report names who said it
        if reported[index] and reported[index - 1] is None and _refers_back(sentences[index]):
            reported[index - 1] = reported[index]
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
    context.closing_speaker = reported[-1] if reported else None
    if finder.persons:
        context.last_person = finder.persons[-1].id
    return Attribution(speech, reported, [s.start_char for s in sentences])


_DASH_SPEECH = re.compile(r"\s*[–—]\s+\w")
"""A paragraph of direct speech in the Russian press: a dash, a space, the words."""


def _refers_back(sent: Span) -> bool:
    words = tuple(t.lower_ for t in sent if not t.is_space)[:2]
    return words in BACK_REFERENCES


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
