"""Which sentences of a chunk the tree pass parses: those with a trigger and something named,
a treaty's name or event, a definition, an open-world body's name, a list heading or an anaphor;
the others only feed the reader's focus, so text about other things costs the linker's time, not
the parser's."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from blocgraph.extract._linker import Linked
from blocgraph.extract._rules._headings import HEADING_TOKENS
from blocgraph.extract.relations import Lexicon
from blocgraph.extract.relations._likewise import PRO_VERB
from blocgraph.extract.relations._openworld_abbreviations import ABBREVIATION_IN_PARENTHESES
from blocgraph.extract.relations._org_heads import ORG_HEADS

LONGEST_SENTENCE = 150
"""Sentences longer than this (in tokens) are left to the surface rules: a real sentence that
states a membership is far shorter, and a run-on "sentence" of a thousand words (a list, a quote
never closed, hostile input) would cost the parser and the tree walks time for nothing."""


_DEFINES = re.compile(r"\w\s+" + ABBREVIATION_IN_PARENTHESES)
"""A name followed by its abbreviation, "Сообществом развития Юга Африки (САДК)": parsed even
without a trigger, so the name is minted and the abbreviation takes its id for the document."""


_RU_HEAD_STEMS = (
    "совет|союз|организаци|сообществ|содружеств|ассоциаци|лиг|банк|форум|альянс|комисси|"
    "групп|ассамбле|объединени|движени|блок|конференци|партн[её]рств|агентств|парламент"
)
_EN_HEADS = "|".join(sorted(h.capitalize() for h in ORG_HEADS if h.isalpha()))
_OPEN_NAME = re.compile(
    r"[А-ЯЁ][а-яё-]+\s+(?:" + _RU_HEAD_STEMS + r")[а-яё]*\b"  # "Арктический совет"
    r"|(?:" + "|".join(w[0].upper() + w[1:] for w in _RU_HEAD_STEMS.split("|")) + r")[а-яё]*"
    r"\s+[а-яё]"  # "Сообщество демократического выбора"
    r"|[A-Z][\w-]+\s+(?:(?:of|the|for|and)\s+)*(?:[A-Z][\w-]+\s+)*(?:" + _EN_HEADS + r")\b"
    r"|(?:" + _EN_HEADS + r")\s+(?:of|for)\s+(?:the\s+)?[A-Z]"  # "Council of the Baltic Sea"
)
"""A name with an organisation's head word: a sentence holding one is parsed even when it names
nothing the catalogue knows ("Арктический совет, учрежденный в 1996 году, …"), so the name is
minted and the focus learns it."""


_OPEN_LEAD = re.compile(
    r"(?:" + _OPEN_NAME.pattern + r")(?:\s*\([^()]{1,40}\))?,?\s+(?:is|was)\s+(?:a|an|the)\s"
    r"|(?:" + _OPEN_NAME.pattern + r")(?:\s*\([^()]{1,40}\))?\s+[—–-]\s"
)
"""A definition's lead, "The Andean Community is an economic … organization", "Arctic Council —
…": parsed even without a trigger, so the name is minted and the focus learns the
body the next sentences speak of ("It comprises …")."""


TREATY_CUE = re.compile(
    r"(?i)(?<!\w)(?:sign|ratif|denounc|withdr|conclud|inked|sealed|partner|adopt|acced|terminat"
    r"|issued|released"
    r"|part(?:y|ies)|abrogat|annul|renounc|revok"
    r"|подпис|ратифиц|денонс|заключ|партн[её]р|вы[шх]л|вышел|вышед|выход|прин[яи]|присоедин|прекращ"
    r"|участни|сторон|расторг|разорв|разрыв|аннулир)"
)
"""Words of treaty events and declared partnerships (``relations._readers_treaty``,
``_readers_partnership``): a sentence holding one is parsed."""
TREATY_NAME = re.compile(
    r"[A-Z][\w-]+\s+(?:(?:of|on|the|for|and)\s+)*(?:[A-Z][\w-]+\s+)*"
    r"(?:Treaty|Convention|Pact|Agreement|Accord|Charter|Protocol|Declaration|Statute)\b"
    r"|\b(?:Treaty|Convention|Agreement|Pact) (?:on|of) (?:the )?[A-Z]"
    r"|(?:Договор|Конвенци|Соглашени|Пакт|Хартия|Деклараци)[а-яё]*\s+(?:о|об|между)\s"
    r"|\b(?:Statement|Declaration|Communiqu[eé]) of\b"  # "Joint Statement of A and B"
    r"|(?:Заявлени|Деклараци|Коммюнике)[а-яё]*\s+(?:[Пп]резидент|[Кк]анцлер|[Пп]ремьер|глав|лидер)"
    r"|Совместн[а-яё]+\s+(?:заявлени|деклараци|коммюнике)[а-яё]*\s+[А-ЯЁ]"
)
"""A treaty's name: a sentence holding one is parsed, so the name is minted and the focus learns
the treaty a later "the Convention" or "договор" refers to."""
TREATY_WORD = re.compile(
    r"(?i)(?<!\w)(?:treaty|treaties|pact|accord|agreement|convention|declaration|statute"
    r"|договор|соглашени|пакт|декларац|статут)"
)


def introduces_body(text: str) -> bool:
    """Whether ``text`` holds a definition's lead (see ``_OPEN_LEAD``) or an open-world body's
    name (``_OPEN_NAME``): a title line "The Alliance Of Small Island States" is read for the
    name, which the sentences below speak of ("AOSIS was established …", "The group …")."""
    return _OPEN_LEAD.search(text) is not None or _OPEN_NAME.search(text) is not None


def candidate_sentences(doc: Doc, linked: list[Linked], lexicon: Lexicon) -> list[Span]:
    """The chunk's sentences worth parsing: a trigger, a treaty's name, a definition …"""
    return [sent for sent in doc.sents if _candidate(sent, linked, lexicon)]


def _candidate(sent: Span, linked: list[Linked], lexicon: Lexicon) -> bool:
    if len(sent) > LONGEST_SENTENCE:
        return False
    if TREATY_NAME.search(sent.text):
        return True  # the name is minted and the focus learns the treaty ("the Convention")
    if TREATY_CUE.search(sent.text) and (
        TREATY_WORD.search(sent.text)
        or any(sent.start_char <= m.char_start < sent.end_char for m in linked)
    ):
        return True  # a treaty event or a declared partnership (issue 13)
    if _DEFINES.search(sent.text):
        return True
    if PRO_VERB.search(sent.text) and any(
        sent.start_char <= m.char_start < sent.end_char for m in linked
    ):
        return True  # "Ecuador did likewise in 2020": the event before, repeated
    if _OPEN_NAME.search(sent.text):
        return True  # even with no trigger: the name is minted and the focus learns the body
    if not lexicon.prefilter.search(sent.text):
        return False
    if any(sent.start_char <= m.char_start < sent.end_char for m in linked):
        return True
    if len(sent) <= HEADING_TOKENS and sent.text.rstrip().endswith(":"):
        return True  # a list heading may name its body only by an open-world name
    return any(t.lower_ in lexicon.anaphors for t in sent)
