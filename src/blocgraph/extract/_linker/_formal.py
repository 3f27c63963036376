"""Formal state names around a linked short name: "the Republic of Cameroun", "Islamic Republic
of Mauritania", "Federation of Nigeria", "Республики Армения", "Королевством Камбоджа".

Official texts (communiqués, UN records, ministries' pages) give states their formal names; the
gazetteer holds the short names. A state mention preceded by a form word ("Republic",
"Kingdom", "Республика" in any case …), with "of (the)" between in English and the form's own
modifiers before it ("Islamic", "People's", "Исламская"), is widened to the whole formal name,
as the contract's annotators span it, so that the lists made of such names hold together.
"""

from __future__ import annotations

from spacy.tokens import Doc

from blocgraph.extract._linker._records import Linked

_FORMS = frozenset(
    {
        "republic",
        "kingdom",
        "federation",
        "commonwealth",
        "union",
        "state",
        "sultanate",
        "emirate",
        "principality",
        "duchy",
        "confederation",
    }
)
_RU_FORMS = ("республик", "королевств", "федераци", "султанат", "эмират", "княжеств")
"""Stems of the Russian form words: the form is declined, the name after it is not."""

_MODIFIERS = frozenset(
    {
        "democratic",
        "people's",
        "people’s",
        "islamic",
        "federal",
        "socialist",
        "united",
        "arab",
        "plurinational",
        "bolivarian",
        "hashemite",
        "co-operative",
        "cooperative",
        "oriental",
        "federative",
        "independent",
        "grand",
        "исламская",
        "исламской",
        "исламскую",
        "демократическая",
        "демократической",
        "народная",
        "народной",
        "социалистическая",
        "социалистической",
        "федеративная",
        "федеративной",
        "объединённая",
        "объединенная",
        "кооперативная",
        "многонациональное",
        "многонационального",
        "боливарианская",
        "боливарианской",
    }
)
_MOST_MODIFIERS = 3


def _form_at(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a capitalised form word ("Republic", "Республики")."""
    if i < 0:
        return False
    text = doc[i].text
    if not text[:1].isupper():
        return False
    low = text.lower()
    return low in _FORMS or any(low.startswith(stem) for stem in _RU_FORMS)


def _formal_start(doc: Doc, start: int) -> int:
    """Where the formal name around a short name starting at ``start`` begins (``start`` if
    there is none)."""
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1  # "Republic of the Congo"
    english = k >= 0 and doc[k].lower_ == "of"
    form = k - 1 if english else start - 1
    if not _form_at(doc, form):
        return start
    if english and doc[form].text.lower() not in _FORMS:
        return start  # "Республики of X" is no name
    if not english and doc[form].text.lower() in _FORMS:
        return start  # "Republic Armenia": English needs its "of"
    begin = form
    for _ in range(_MOST_MODIFIERS):
        before = begin - 1
        if before < 0 or doc[before].lower_ not in _MODIFIERS or not doc[before].text[:1].isupper():
            break
        begin = before
    before = begin - 1
    if (
        english
        and before >= 0
        and doc[before].is_alpha
        and doc[before].text[:1].isupper()
        and doc[before].lower_ != "the"
    ):
        return start  # "the Customs Union of Russia, …": the form word ends a body's name
    return begin


def widen_formal_names(doc: Doc, linked: list[Linked]) -> list[Linked]:
    """The mentions with each state's short name widened to its formal name, where the text
    gives one and no other mention is in the way."""
    taken = {i for m in linked for i in range(m.start, m.end)}
    for mention in linked:
        if mention.type != "state":
            continue
        begin = _formal_start(doc, mention.start)
        if begin == mention.start or any(i in taken for i in range(begin, mention.start)):
            continue
        taken.update(range(begin, mention.start))
        mention.start = begin
        mention.char_start = doc[begin].idx
    return linked
