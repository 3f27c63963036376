"""The :class:`Linker`: gazetteer matches, their resolution in context (names, demonyms, region
and civilization adjectives, abbreviations the document defines, bare civilization list items),
the choice of non-overlapping mentions, and the persons found after offices (see
:mod:`._persons`).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from blocgraph.extract._gazetteer import Entry, Gazetteer
from blocgraph.extract._linker._ambiguity import allowed
from blocgraph.extract._linker._formal import form_after_adjective, widen_formal_names
from blocgraph.extract._linker._heads import (
    _CIV_WORD,
    _STATE_PARTICIPLES,
    ARTICLE_TYPES,
    _civ_head_follows,
    _region_head_follows,
    _state_head_follows,
    listed_before_head,
)
from blocgraph.extract._linker._persons import _PersonFinder
from blocgraph.extract._linker._records import DocumentContext, Linked, _Candidate
from blocgraph.extract.syntax._ru_lemma import genitive_noun

_US_STATE_CONTEXT = re.compile(
    r"\b(Atlanta|Savannah|Alabama|Florida|Tennessee|Carolina|Peach State|U\.?S\.? state|"
    r"(?<!heads of )(?<!head of )state of Georgia|Georgia Senate|Georgia House|Georgia governor|"
    r"Georgia's governor)\b"
)
_LIST_SEPARATORS = frozenset(
    {
        ",",
        "and",
        "&",
        "or",
        "и",
        "—",
        "–",
        "-",
        ";",
        ":",
        "(",
        ")",
        "...",
        "…",
        "’",
        "'",
        "”",
        "“",
        "‘",
        '"',
    }
)
_QUOTE_MARKS = frozenset("“”\"‘’'«»„")
# an abbreviation a text defines: two to six capitals, not a word ("(EC)", "(EEC)")
_DEFINED = re.compile(r"[A-Z]{2,6}")


class Linker(_PersonFinder):
    """Finds and resolves mentions in a ``Doc`` made by ``nlp``.

    Parameters:
        nlp: the blank pipeline whose tokenizer made (and will make) the docs.
        gazetteer: the surface forms to look for.
    """

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._longer: dict[str, frozenset[str]] = {}
        """A ``yields`` alias → the bodies with a longer name holding it as a word."""
        self._sensitive = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._insensitive = PhraseMatcher(nlp.vocab, attr="LOWER")
        for table, matcher in (
            (gazetteer.sensitive, self._sensitive),
            (gazetteer.insensitive, self._insensitive),
        ):
            forms = list(table)
            for form in forms:
                patterns = [nlp.make_doc(form)]
                if matcher is self._insensitive and "." in form:
                    # a lower-cased key may split where the written name does not ("st. lucia"
                    # is "st", ".", but "St. Lucia" keeps "St." whole): match both
                    titled = nlp.make_doc(form.title())
                    if [t.lower_ for t in titled] != [t.lower_ for t in patterns[0]]:
                        patterns.append(titled)
                matcher.add(form, patterns)
        self._strings = nlp.vocab.strings

    def link(self, doc: Doc, paragraph: str, context: DocumentContext) -> list[Linked]:
        """All mentions of the doc, sorted, non-overlapping.

        Parameters:
            doc: one chunk, made by the pipeline.
            paragraph: the chunk's text (for document-level cues such as a US-state context).
            context: what earlier chunks of the document taught (unknown persons, offices).
        """
        candidates: list[_Candidate] = []
        for matcher, table in (
            (self._sensitive, self.gazetteer.sensitive),
            (self._insensitive, self.gazetteer.insensitive),
        ):
            for match_id, start, end in matcher(doc):
                entries = table.get(self._strings[match_id])
                if entries:
                    candidates.append(_Candidate(start, end, entries))
        us_context = bool(_US_STATE_CONTEXT.search(paragraph))
        for candidate in candidates:
            self._resolve(doc, candidate, us_context)
        candidates.sort(key=lambda c: (c.start - c.end, c.start))
        taken = [False] * len(doc)
        chosen: list[_Candidate] = []
        for candidate in candidates:
            if candidate.resolved is None:
                continue
            if any(taken[candidate.start : candidate.end]):
                continue
            for i in range(candidate.start, candidate.end):
                taken[i] = True
            chosen.append(candidate)
        linked = [
            self._make(doc, c.start, c.end, c.resolved)
            for c in chosen
            if c.resolved is not None and c.resolved.kind != "block" and not _plus(doc, c.end)
        ]
        linked += self._list_civilizations(doc, candidates, linked, taken)
        linked += self._unknown_persons(doc, taken, linked, context)
        linked.sort(key=lambda m: m.start)
        linked = widen_formal_names(doc, linked)
        linked = self._after_name(doc, linked, context)
        linked = self._defined(doc, linked, context)
        self._offices(doc, linked, context)
        return linked

    def _after_name(self, doc: Doc, linked: list[Linked], context: DocumentContext) -> list[Linked]:
        """Drop ``after_name`` abbreviations ("CST") whose entity the document has not named
        before in another form; remember what is named."""
        kept: list[Linked] = []
        for mention in linked:
            text = doc[mention.start : mention.end].text
            rules = self.gazetteer.rules.get(text)
            if rules and "after_name" in rules and mention.id not in context.seen:
                continue
            if rules and "yields" in rules and self._named_longer(text, mention.id, context.seen):
                continue  # "the Commonwealth" after "the Commonwealth of Independent States"
            kept.append(mention)
            context.seen.add(mention.id)
        return kept

    def _named_longer(self, text: str, own: str, seen: set[str]) -> bool:
        """Whether the document has named another body by a longer name holding ``text`` as a
        word ("Commonwealth" in "Commonwealth of Independent States"): the short form is then
        that body's, read as an anaphor, not the entity the gazetteer gives it."""
        if text not in self._longer:
            word = re.compile(rf"\b{re.escape(text)}\b", re.IGNORECASE)
            self._longer[text] = frozenset(
                e.id
                for table in (self.gazetteer.sensitive, self.gazetteer.insensitive)
                for form, entries in table.items()
                if form.lower() != text.lower() and word.search(form)
                for e in entries
                if e.type == "body"
            )
        return any(body != own and body in seen for body in self._longer[text])

    def _defined(self, doc: Doc, linked: list[Linked], context: DocumentContext) -> list[Linked]:
        """Abbreviations the document defines in brackets right after a body's or a state's full
        name ("the European Community (EC)", "the Dominican Republic (DR)") link to it there and
        later in the document, even where the gazetteer leaves them out as ambiguous in general."""
        taken = {i for m in linked for i in range(m.start, m.end)}
        for mention in linked:
            k = mention.end
            if (
                mention.type in {"body", "state"}
                and mention.end - mention.start > 1
                and k + 2 < len(doc)
                and doc[k].text == "("
                and doc[k + 2].text == ")"
                and _DEFINED.fullmatch(doc[k + 1].text)
                and k + 1 not in taken
            ):
                context.defined.setdefault(doc[k + 1].text, (mention.type, mention.id))
        if not context.defined:
            return linked
        added = [
            Linked(
                t.i,
                t.i + 1,
                *context.defined[t.text],
                t.idx,
                t.idx + len(t.text),
            )
            for t in doc
            if t.text in context.defined and t.i not in taken
        ]
        return sorted(linked + added, key=lambda m: m.start) if added else linked

    def _make(self, doc: Doc, start: int, end: int, entry: Entry) -> Linked:
        keep = entry.type in ARTICLE_TYPES
        if not keep and end - start > 1 and doc[start].lower_ == "the":
            start += 1
        return Linked(
            start,
            end,
            entry.type,
            entry.id,
            doc[start].idx,
            doc[end - 1].idx + len(doc[end - 1].text),
        )

    def _resolve(self, doc: Doc, candidate: _Candidate, us_context: bool) -> None:
        start, end = candidate.start, candidate.end
        text = doc[start:end].text
        russian = bool(re.search(r"[а-яё]", text.lower()))
        rules = self.gazetteer.rules.get(text, frozenset())
        by_kind: dict[str, Entry] = {}
        for entry in candidate.entries:
            by_kind.setdefault(entry.kind, entry)
        if "block" in by_kind:
            candidate.resolved = by_kind["block"]
            return
        if "name" in by_kind:
            name = by_kind["name"]
            if name.type == "body" and russian and _name_goes_on(doc, end):
                return  # "Организации экономического сотрудничества и развития": a longer name
            if (
                name.type == "body"
                and not russian
                and end - start > 1
                and text.islower()
                and (start == 0 or doc[start - 1].lower_ != "the")
            ):
                return  # "a mutual defence and collective security treaty": words, not a name
            if allowed(doc, start, end, rules, us_context, self.gazetteer.lookup):
                candidate.resolved = name
            return
        civ = by_kind.get("civ")
        if civ is not None and _civ_head_follows(doc, end, civ):
            candidate.resolved = civ
            return
        demonym = by_kind.get("demonym")
        if demonym is not None and self._compound(doc, start, end):
            candidate.resolved = demonym  # "Russian-Chinese (statement)": both states
            return
        if demonym is not None and (
            _state_head_follows(doc, end, russian)
            or form_after_adjective(doc, start, end)
            or listed_before_head(doc, end, russian, self._is_demonym)
        ):
            if allowed(doc, start, end, rules, us_context, self.gazetteer.lookup):
                candidate.resolved = demonym
            return
        region = by_kind.get("region_adj")
        if region is not None and _region_head_follows(doc, end, russian):
            candidate.resolved = region
            return
        candidate.pending_civ = civ

    def _is_demonym(self, token_text: str) -> bool:
        return any(e.kind == "demonym" for e in self.gazetteer.lookup(token_text))

    def _compound(self, doc: Doc, start: int, end: int) -> bool:
        """A demonym joined by a hyphen to another demonym ("Russian-Chinese") or to a
        participle of the state's action ("Russian-backed", "Turkish-brokered")."""
        if (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and (self._is_demonym(doc[end + 1].text) or doc[end + 1].lower_ in _STATE_PARTICIPLES)
        ):
            return True
        return start >= 2 and doc[start - 1].text == "-" and self._is_demonym(doc[start - 2].text)

    def _list_civilizations(
        self, doc: Doc, candidates: list[_Candidate], linked: list[Linked], taken: list[bool]
    ) -> list[Linked]:
        """Bare civilization adjectives in a list with states, in a sentence about
        civilizations: "civilizational states, China, Iran, Arab, and Indian"."""
        pending = sorted(
            (
                c
                for c in candidates
                if c.pending_civ is not None and not any(taken[c.start : c.end])
            ),
            key=lambda c: c.start,
        )
        if not pending:
            return []
        items: dict[int, tuple[int, str]] = {m.start: (m.end, m.type) for m in linked}
        for c in pending:
            items.setdefault(c.start, (c.end, "pending"))
        result: list[Linked] = []
        for c in pending:
            sentence = doc[c.start].sent
            if not any(_CIV_WORD.match(t.text) for t in sentence):
                continue
            if c.end < len(doc) and doc[c.end].is_alpha and doc[c.end].lower_ not in {"and", "or"}:
                continue  # an adjective before its noun ("Indian troops") is not a list item
            if not self._in_state_list(doc, c.start, c.end, items, sentence.start, sentence.end):
                continue
            entry = c.pending_civ
            assert entry is not None
            result.append(self._make(doc, c.start, c.end, entry))
            for i in range(c.start, c.end):
                taken[i] = True
        return result

    @staticmethod
    def _in_state_list(
        doc: Doc, start: int, end: int, items: dict[int, tuple[int, str]], lo: int, hi: int
    ) -> bool:
        """Whether the span sits in a separator-joined list holding a state or civilization."""
        ends = {e: (s, t) for s, (e, t) in items.items()}

        def walk(position: int, step: int) -> bool:
            index = position
            while lo <= index < hi:
                token = doc[index]
                if token.text.lower() in _LIST_SEPARATORS or token.lower_ in {"the", "as", "well"}:
                    index += step
                    continue
                if step > 0 and index in items:
                    item_end, kind = items[index]
                    if kind in {"state", "civilization"}:
                        return True
                    if kind != "pending":
                        return False
                    index = item_end
                    continue
                if step < 0 and index + 1 in ends:
                    item_start, kind = ends[index + 1]
                    if kind in {"state", "civilization"}:
                        return True
                    if kind != "pending":
                        return False
                    index = item_start - 1
                    continue
                return False
            return False

        return walk(start - 1, -1) or walk(end, 1)


def _name_goes_on(doc: Doc, end: int) -> bool:
    """Whether a Russian name that ends in a genitive complement is coordinated with another
    one ("… сотрудничества и развития"): the catalogue name is only the start of a longer one."""
    if end + 1 >= len(doc) or doc[end].lower_ != "и" or not doc[end + 1].is_lower:
        return False
    return genitive_noun(doc[end - 1].lower_) and genitive_noun(doc[end + 1].text)


def _plus(doc: Doc, end: int) -> bool:
    """Whether a name is glued to a "+" ("OPEC+", "ОПЕК+"): another grouping, not the body."""
    return end < len(doc) and doc[end].text == "+" and not doc[end - 1].whitespace_
