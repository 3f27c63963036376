"""Russian lemmas: the pymorphy3 analysis that agrees best with the tagger's UD tag.

pymorphy3 (MIT; dictionaries from OpenCorpora) lists every reading of a word form ("стали" is
*стать* or *сталь*); the tagger has already chosen the part of speech and the features in context,
so the lemma is the normal form of the reading that matches them best (the approach of natasha's
``MorphVocab.lemmatize``, MIT). pymorphy3 rather than pymorphy2: pymorphy2 calls
``inspect.getargspec``, which Python 3.11 removed.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

MAX_WORD_CHARS = 40  # longer "words" are junk or compounds pymorphy cannot help with

# OpenCorpora part of speech → UD UPOS as the tagger would say it (PROPN, AUX, DET folded below).
_OC_POS = {
    "NOUN": "NOUN",
    "ADJF": "ADJ",
    "ADJS": "ADJ",
    "COMP": "ADJ",
    "VERB": "VERB",
    "INFN": "VERB",
    "PRTF": "VERB",
    "PRTS": "VERB",
    "GRND": "VERB",
    "NUMR": "NUM",
    "ADVB": "ADV",
    "NPRO": "PRON",
    "PRED": "ADV",
    "PREP": "ADP",
    "CONJ": "CCONJ",
    "PRCL": "PART",
    "INTJ": "INTJ",
}
_UD_FOLD = {"PROPN": "NOUN", "AUX": "VERB", "SCONJ": "CCONJ", "DET": "ADJ"}

# OpenCorpora grammemes → (UD feature, value) for the features that tell readings apart.
_OC_FEATS = {
    "nomn": ("Case", "Nom"),
    "gent": ("Case", "Gen"),
    "gen1": ("Case", "Gen"),
    "gen2": ("Case", "Gen"),
    "datv": ("Case", "Dat"),
    "accs": ("Case", "Acc"),
    "ablt": ("Case", "Ins"),
    "loct": ("Case", "Loc"),
    "loc2": ("Case", "Loc"),
    "voct": ("Case", "Voc"),
    "masc": ("Gender", "Masc"),
    "femn": ("Gender", "Fem"),
    "neut": ("Gender", "Neut"),
    "sing": ("Number", "Sing"),
    "plur": ("Number", "Plur"),
    "perf": ("Aspect", "Perf"),
    "impf": ("Aspect", "Imp"),
    "1per": ("Person", "1"),
    "2per": ("Person", "2"),
    "3per": ("Person", "3"),
    "past": ("Tense", "Past"),
    "pres": ("Tense", "Pres"),
    "futr": ("Tense", "Fut"),
    "INFN": ("VerbForm", "Inf"),
    "PRTF": ("VerbForm", "Part"),
    "PRTS": ("VerbForm", "Part"),
    "GRND": ("VerbForm", "Conv"),
    "VERB": ("VerbForm", "Fin"),
    "ADJS": ("Variant", "Short"),
}
_VERBATIM_POS = frozenset({"PUNCT", "SYM", "X"})

_lock = threading.Lock()
_analyzer: Any = None


def morph() -> Any:
    global _analyzer  # one analyser per process: loading the dictionaries takes ~0.3 s
    with _lock:
        if _analyzer is None:
            import pymorphy3

            _analyzer = pymorphy3.MorphAnalyzer(lang="ru")
        return _analyzer


def lemmatize(word: str, pos: str, feats: str) -> str:
    """The lemma of ``word`` given its UD part of speech and features (``Case=Nom|Number=Sing``).

    Lowercase, except that proper nouns keep the capitalisation of the word ("ШОС", "Индия"), as in
    spaCy's English lemmas. Punctuation, symbols, digits and over-long tokens are their own lemma.

    >>> lemmatize("стали", "VERB", "Aspect=Perf|Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin")
    'стать'
    >>> lemmatize("стали", "NOUN", "Case=Gen|Gender=Fem|Number=Sing")
    'сталь'
    >>> lemmatize("Индии", "PROPN", "Case=Gen|Gender=Fem|Number=Sing")
    'Индия'
    """
    if pos in _VERBATIM_POS or len(word) > MAX_WORD_CHARS or not any(c.isalpha() for c in word):
        return word
    lemma = _best_normal_form(word.lower(), _UD_FOLD.get(pos, pos), feats)
    if pos == "PROPN":
        if word.isupper() and len(word) > 1:
            return lemma.upper()
        if word[:1].isupper():
            return lemma[:1].upper() + lemma[1:]
    return lemma


@lru_cache(maxsize=65536)
def _best_normal_form(word: str, pos: str, feats: str) -> str:
    wanted = dict(item.split("=", 1) for item in feats.split("|") if "=" in item)
    best, best_score = word, 0
    for parse in morph().parse(word):
        tag = parse.tag
        parse_pos = _OC_POS.get(str(tag.POS), "")
        score = 2 * (parse_pos == pos)
        for grammeme in tag.grammemes:
            feature = _OC_FEATS.get(str(grammeme))
            if feature is not None and wanted.get(feature[0]) == feature[1]:
                score += 1
        if score > best_score:  # ties keep pymorphy's order (most frequent reading first)
            best, best_score = str(parse.normal_form), score
    return best


@lru_cache(maxsize=8192)
def genitive_noun(word: str) -> bool:
    """Whether a Russian word's likeliest reading is a singular noun in the genitive
    ("развития", "сотрудничества").

    >>> genitive_noun("развития"), genitive_noun("стран"), genitive_noun("его")
    (True, False, False)
    """
    if not word.isalpha():
        return False
    parses = morph().parse(word.lower())
    first = parses[0].tag if parses else None
    return (
        first is not None
        and first.POS == "NOUN"
        and first.case == "gent"
        and first.number == "sing"
    )
