"""Persons the gazetteer does not know (open-world ids, ``new:<slug>``): a name after an office
("Foreign Minister Murat Nurtleu", "President of Kyrgyzstan Sooronbay Jeenbekov"), or set off by
commas after it ("The Vice Minister of Foreign Affairs, Hugo Francisco Rivera Fernández, said"),
a name with its surname in capitals ("Eduard SHEVARDNADZE"), surnames of persons found so in
earlier chunks, and each person's office and state as the text gives them. The methods are
mixed into :class:`~blocgraph.extract._linker.Linker`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from blocgraph.extract._gazetteer import Gazetteer
from blocgraph.extract._linker._names import (
    _NAME_FUNCTION_WORDS,
    _NAME_PART,
    _ORG_WORDS,
    HONORIFICS,
    person_id,
    title_at,
    title_ending_at,
)
from blocgraph.extract._linker._records import DocumentContext, Linked

_NAMED_HEADS = frozenset(
    {"committee", "commission", "group", "plan", "initiative", "foundation", "council", "prize"}
    | {"doctrine", "process", "club", "report", "format"}
)
"""Head words of a name that takes a person's surname ("the Zangger Committee"): the surname
there is part of the name, not the person."""


class _PersonFinder:
    """Person-finding steps of the linker (a mixin: the linker supplies ``gazetteer``)."""

    gazetteer: Gazetteer

    def _unknown_persons(
        self, doc: Doc, taken: list[bool], linked: list[Linked], context: DocumentContext
    ) -> list[Linked]:
        """Persons after an office ("Foreign Minister Murat Nurtleu", "President of Kyrgyzstan
        Sooronbay Jeenbekov", "Chairman of the Eurasian Economic Commission Board Mikhail
        Myasnikovich"), and surnames of persons found so in earlier chunks."""
        by_start = {m.start: m for m in linked}
        found: list[Linked] = []
        index = 0
        while index < len(doc):
            token = doc[index]
            if taken[index]:
                index += 1
                continue
            named_after = index + 1 < len(doc) and doc[index + 1].lower_ in _NAMED_HEADS
            if (
                token.text in context.surnames
                and (token.is_title or token.is_upper)
                and not named_after  # "the Zangger Committee" is named after Claude Zangger
            ):
                found.append(
                    Linked(
                        index,
                        index + 1,
                        "person",
                        context.surnames[token.text],
                        token.idx,
                        token.idx + len(token.text),
                    )
                )
                taken[index] = True
                index += 1
                continue
            caps = self._caps_surname(doc, index, taken)
            if caps is not None:
                span = doc[index:caps]
                person = person_id(span.text)
                found.append(Linked(index, caps, "person", person, span.start_char, span.end_char))
                context.surnames.setdefault(doc[caps - 1].text, person)
                for i in range(index, caps):
                    taken[i] = True
                index = caps
                continue
            title = title_at(doc, index)
            if title is None and token.lower_ in HONORIFICS:
                title = (token.lower_,)
            if title is None:
                index += 1
                continue
            after_title = index + len(title)
            run_end, state = self._office_run(doc, after_title, by_start)
            name = self._appositive_name(doc, run_end, taken) or self._first_name(
                doc, after_title, run_end, taken
            )
            if name is None:
                index = after_title
                continue
            name_start, name_end = name
            span = doc[name_start:name_end]
            person = person_id(span.text)
            found.append(
                Linked(name_start, name_end, "person", person, span.start_char, span.end_char)
            )
            context.surnames.setdefault(doc[name_end - 1].text, person)
            office = doc[index:after_title].text if title[0] not in HONORIFICS else ""
            if office:
                context.offices[person] = office
            if state is not None:
                context.person_states[person] = state
            for i in range(name_start, name_end):
                taken[i] = True
            index = name_end
        return found

    def _caps_surname(self, doc: Doc, index: int, taken: list[bool]) -> int | None:
        """End of a name written with its surname in capitals, as the World Factbook does
        ("Eduard SHEVARDNADZE", "Kassym-Jomart TOKAYEV"): a capitalised given name, then a
        surname of five or more capital letters that names nothing in the gazetteer."""
        token = doc[index]
        if not (token.is_title and token.is_alpha) or token.text in _NAME_FUNCTION_WORDS:
            return None
        end = index + 1
        while (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and doc[end + 1].is_title
        ):
            end += 2  # "Kassym-Jomart"
        if end >= len(doc) or taken[end] or any(taken[index:end]):
            return None
        surname = doc[end].text
        if not (len(surname) >= 5 and surname.isalpha() and surname.isupper()):
            return None
        if (
            token.text in _ORG_WORDS
            or self.gazetteer.lookup(surname)
            or self.gazetteer.lookup(token.text)
        ):
            return None
        if title_at(doc, index) is not None or token.lower_ in HONORIFICS:
            return None
        return end + 1

    @staticmethod
    def _office_run(doc: Doc, start: int, by_start: dict[int, Linked]) -> tuple[int, str | None]:
        """End of the capitalised words after an office ("of the Russian Federation Alexander
        Pankin") and the state named in it, if any."""
        j = start
        state: str | None = None
        if j < len(doc) and doc[j].lower_ == "of":
            j += 1
        while j < len(doc) and j - start < 14:
            mention = by_start.get(j)
            if mention is not None:
                if mention.type == "person":
                    break
                if mention.type == "state" and state is None:
                    state = mention.id
                j = mention.end
                continue
            token = doc[j]
            if token.text == "(":
                close = next(
                    (k for k in range(j, min(j + 8, len(doc))) if doc[k].text == ")"), None
                )
                if close is None:
                    break
                j = close + 1
                continue
            if (
                token.lower_ in {"the", "of", "and", "for", "on", "-"}
                or (token.is_alpha and (token.is_title or token.is_upper))
                or _NAME_PART.fullmatch(token.text)
            ):
                j += 1
                continue
            break
        return j, state

    @staticmethod
    def _appositive_name(doc: Doc, comma: int, taken: list[bool]) -> tuple[int, int] | None:
        """A name set off by commas right after the office ("The Vice Minister of Foreign
        Affairs, Hugo Francisco Rivera Fernández, confirmed …"): two to four name words between
        the comma and a closing comma, dash or bracket."""
        if comma >= len(doc) or doc[comma].text != ",":
            return None
        start = end = comma + 1
        while end < len(doc) and end - start < 5:
            token = doc[end]
            if (
                taken[end]
                or not _NAME_PART.fullmatch(token.text)
                or token.text in _ORG_WORDS
                or token.text in _NAME_FUNCTION_WORDS
                or token.lower_ in HONORIFICS
            ):
                break
            end += 1
        closed = end < len(doc) and doc[end].text in {",", "(", "—", "–"}
        if not 2 <= end - start <= 4 or not closed:
            return None
        return start, end

    @staticmethod
    def _first_name(doc: Doc, lo: int, hi: int, taken: list[bool]) -> tuple[int, int] | None:
        """The first run of two or three name-like words in ``[lo, hi)`` that are not words of an
        organisation's name ("… Commission Board Mikhail Myasnikovich" → "Mikhail
        Myasnikovich")."""

        def part(k: int) -> int | None:
            """End of a name part starting at ``k`` ("Kassym-Jomart" is one part)."""
            if k >= hi or taken[k] or not _NAME_PART.fullmatch(doc[k].text):
                return None
            if doc[k].text in _ORG_WORDS or doc[k].text in _NAME_FUNCTION_WORDS:
                return None
            if doc[k].lower_ in HONORIFICS:
                return None  # "Secretary Mr Lebedev": the honorific is not part of the name
            end = k + 1
            while (
                end + 1 < hi
                and doc[end].text == "-"
                and not doc[end].whitespace_
                and _NAME_PART.fullmatch(doc[end + 1].text)
                and not taken[end + 1]
            ):
                end += 2
            return end

        k = lo
        while k < hi:
            first = part(k)
            if first is None:
                k += 1
                continue
            ends = [first]
            while len(ends) < 3:
                nxt = part(ends[-1])
                if nxt is None:
                    break
                ends.append(nxt)
            if len(ends) >= 2:
                return k, ends[-1]
            k = first
        return None

    def _offices(self, doc: Doc, linked: list[Linked], context: DocumentContext) -> None:
        """Remember each person's office and state as the text gives them ("Russian Foreign
        Minister Sergey Lavrov", "President of Belarus Alexander Lukashenko")."""
        by_end = {m.end: m for m in linked}
        for mention in linked:
            if mention.type != "person":
                continue
            position = mention.start
            state: Linked | None = None
            previous = by_end.get(position)
            if (
                previous is not None
                and previous.type == "state"
                and previous.start >= 2
                and (doc[previous.start - 1].lower_ == "of")
            ):
                state = previous  # "President of Belarus Alexander Lukashenko"
                position = previous.start - 1
            words: list[str] = []
            while True:
                title = title_ending_at(doc, position)
                if title is None:
                    break
                position -= len(title)
                words[:0] = [doc[position + k].text for k in range(len(title))]
            if not words:
                continue
            context.offices[mention.id] = " ".join(words)
            if state is None:
                if position > 0 and doc[position - 1].lower_ in {"'s", "’s"}:
                    position -= 1
                state = by_end.get(position)
            if state is not None and state.type == "state":
                context.person_states[mention.id] = state.id
