"""The syntax side of the extractor: language detection, parsers and lexicons, loaded lazily.

Nothing here loads at import time: the English pipeline, the Russian models and the lexicons
load on the first chunk that needs them, so commands that do not extract pay nothing.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from blocgraph.extract.relations import Lexicon, load_lexicon
from blocgraph.extract.syntax._headlines import Spans, as_written, sentence_cased

Language = Literal["en", "ru"]
LANG_CHOICES = ("auto", "en", "ru")

#: Sentences the English pipeline parses in one batch.
PARSE_BATCH = 32

_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_LATIN = re.compile(r"[A-Za-z]")


def detect_language(text: str) -> Language:
    """``ru`` when Cyrillic letters outnumber Latin ones by far, else ``en``.

    >>> detect_language("Членами ШОС стали Индия и Пакистан (India, Pakistan).")
    'ru'
    >>> detect_language("Iran joined.")
    'en'
    """
    sample = text[:20_000]
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    return "ru" if cyrillic > 0.5 * (cyrillic + latin) else "en"


class Syntax:
    """Parsers and lexicons of one extractor, per language, built on first use."""

    def __init__(self, data_dir: Path) -> None:
        self._data_dir = data_dir
        self._lexicons: dict[str, Lexicon] = {}
        self._vocab: Vocab | None = None

    def lexicon(self, lang: Language) -> Lexicon:
        if lang not in self._lexicons:
            self._lexicons[lang] = load_lexicon(self._data_dir, lang)
        return self._lexicons[lang]

    def parse(self, lang: Language, text: str) -> Doc:
        """The text tagged, lemmatized and parsed (UD relations); ``doc.text == text``."""
        if lang == "ru":
            from blocgraph.extract.syntax.russian import parse_russian

            return parse_russian(text, self._russian_vocab())
        from blocgraph.extract.syntax.english import load_english

        return load_english()(text)

    def _russian_vocab(self) -> Vocab:
        if self._vocab is None:  # a Russian vocabulary: lower-case and shape attributes
            self._vocab = spacy.blank("ru").vocab
        return self._vocab

    def parse_many(
        self, lang: Language, texts: list[str], names: list[Spans] | None = None
    ) -> list[Doc]:
        """:meth:`parse` of each text, the English ones in batches (the same trees, several times
        faster than one call per sentence), the Russian ones' sentences in shared batches.
        ``names``: per text, the spans of the names found in it; an English headline in title
        case is parsed in sentence case around them (``syntax._headlines``)."""
        if lang == "ru":
            if len(texts) < 2:
                return [self.parse(lang, text) for text in texts]
            from blocgraph.extract.syntax.russian import parse_russian_many

            return parse_russian_many(texts, self._russian_vocab())
        from blocgraph.extract.syntax.english import load_english

        cased = [
            sentence_cased(text, spans) or text
            for text, spans in zip(texts, names or [[] for _ in texts], strict=True)
        ]
        parsed = load_english().pipe(cased, batch_size=PARSE_BATCH)
        return [
            doc if given == text else as_written(doc, text)
            for doc, given, text in zip(parsed, cased, texts, strict=True)
        ]
