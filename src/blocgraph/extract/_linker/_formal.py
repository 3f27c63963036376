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


_RU_ADJECTIVE_ENDINGS = ("ая", "ой", "ую", "ий", "ый", "ое", "ого", "ому", "ым", "ом")
_EN_ADJECTIVE_ENDINGS = ("an", "ian", "ese", "ish", "ic", "i", "asy")  # "asy": "Malagasy"


def _adjective_shaped(text: str) -> bool:
    """A capitalised word that looks like an adjective ("Приднестровская", "Pridnestrovian")."""
    low = text.lower()
    return text[:1].isupper() and low.endswith(_RU_ADJECTIVE_ENDINGS + _EN_ADJECTIVE_ENDINGS)


def form_after_adjective(doc: Doc, start: int, end: int) -> bool:
    """Whether the state adjective at ``start:end`` opens a formal name with the form word after
    it: "Азербайджанской Республики", "Кыргызская Республика", "the Azerbaijani Republic". Not
    when another adjective comes before ("Приднестровская Молдавская Республика") or a name
    after ("Турецкая Республика Северного Кипра", "Turkish Republic of Northern Cyprus")."""
    if end >= len(doc) or not _form_at(doc, end):
        return False
    if start > 0 and _adjective_shaped(doc[start - 1].text) and doc[start - 1].is_alpha:
        return False
    if start > 0 and doc[start - 1].text == "-":
        return False  # "the Afro-Malagasy Union": the second half of a compound
    after = doc[end + 1] if end + 1 < len(doc) else None
    if after is None:
        return True
    if after.lower_ == "of":
        return False
    return not (_adjective_shaped(after.text) and after.is_alpha)


def widen_formal_names(doc: Doc, linked: list[Linked]) -> list[Linked]:
    """The mentions with each state's short name widened to its formal name, where the text
    gives one and no other mention is in the way."""
    taken = {i for m in linked for i in range(m.start, m.end)}
    for mention in linked:
        if mention.type != "state":
            continue
        if (
            mention.end - mention.start == 1
            and _adjective_shaped(doc[mention.start].text)
            and mention.end not in taken
            and form_after_adjective(doc, mention.start, mention.end)
        ):
            taken.add(mention.end)
            mention.end += 1
            mention.char_end = doc[mention.end - 1].idx + len(doc[mention.end - 1].text)
            continue
        begin = _formal_start(doc, mention.start)
        if begin == mention.start or any(i in taken for i in range(begin, mention.start)):
            continue
        taken.update(range(begin, mention.start))
        mention.start = begin
        mention.char_start = doc[begin].idx
    return linked
