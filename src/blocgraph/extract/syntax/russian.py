"""Russian text → a spaCy Doc with lemmas, UD tags and features, and one UD tree per sentence.

Sentences and tokens come from razdel, tags and trees from slovnet's news models (see
``_ru_models``), lemmas from pymorphy3 guided by the tags (``_ru_lemma``). A blank line always
ends a sentence, and so does a line break after a line without final punctuation when the next
line starts with a capital (a headline or dateline) — unless the lines are a hard-wrapped
paragraph or the line ends in a conjunction or preposition. The Doc covers the text
exactly (``doc.text == text``; ``token.idx`` are offsets into it): whitespace other than one
space after a token becomes a whitespace token (``pos_ == "SPACE"``), as spaCy's own tokenizer
does, attached to the word before it with ``dep_ == "dep"``.

A compound adjective whose parts before the last end in a combining vowel ("российско-китайских",
"американо-российский") is three tokens, as spaCy's English tokenizer splits "Russian-Chinese":
the last part keeps the word's analysis, the first is its ``amod`` and the hyphen the first's
``punct``. The parser still sees the whole word (its training data does); only the Doc splits it,
so each state of the pair can be a mention. ``parse_russian_words`` keeps words whole.

Relations are UD labels, lowercase, subtypes kept (``nsubj:pass``, ``obl:agent``); the root of
each sentence has ``dep_ == "ROOT"`` and is its own head, spaCy's convention for every parser.

Bounded on hostile input: a run of more than ``MAX_RUN_CHARS`` non-space characters is one token
(a sentence of its own) that razdel never sees, paragraphs are segmented separately, and a sentence
of more than ``MAX_SENTENCE_TOKENS`` tokens is parsed in chunks (each chunk its own tree).

>>> from spacy.vocab import Vocab
>>> doc = parse_russian("Иран вступил в ШОС.", Vocab())
>>> [(t.text, t.lemma_, t.pos_, t.dep_, t.head.text) for t in doc]  # doctest: +NORMALIZE_WHITESPACE
[('Иран', 'Иран', 'PROPN', 'nsubj', 'вступил'), ('вступил', 'вступить', 'VERB', 'ROOT', 'вступил'),
 ('в', 'в', 'ADP', 'case', 'ШОС'), ('ШОС', 'ШОС', 'PROPN', 'obl', 'вступил'),
 ('.', '.', 'PUNCT', 'punct', 'вступил')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from razdel import sentenize, tokenize
from spacy.tokens import Doc
from spacy.vocab import Vocab

from blocgraph.extract.syntax._ru_lemma import lemmatize
from blocgraph.extract.syntax._ru_models import WordAnalysis, russian_models
from blocgraph.extract.syntax._ru_subjects import subjects_restored

__all__ = ["MAX_RUN_CHARS", "MAX_SENTENCE_TOKENS", "parse_russian", "parse_russian_words"]

MAX_RUN_CHARS = 200  # razdel slows to ~40 KB/s on long punctuation runs; no real word is this long
MAX_SENTENCE_TOKENS = 300  # parse cost and memory grow with the square of the sentence length

_BLOCKS = re.compile(r"\n[^\S\n]*\n\s*|\S{" + str(MAX_RUN_CHARS + 1) + ",}")
# "российско-китайских", "американо-российско-китайский": leading parts in a combining vowel
_COMPOUND = re.compile(r"(?:[а-яё]{3,}о-)+[а-яё]{3,}", re.IGNORECASE)
_UPOS = frozenset(
    {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON"}
    | {"PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}
)
# razdel reads "\n" as a space: "Саммит ШОС в Астане\nЛидеры подписали …" would be one sentence
_UNPUNCTUATED_LINE_END = re.compile(r"(?<=[^\W_])[^\S\n]*\n\s*(?=[«\"„(]?[A-ZА-ЯЁ])")
_CONTINUES = frozenset(  # a line ending in one of these words goes on in the next line
    {"а", "в", "во", "для", "до", "за", "и", "из", "или", "к", "как", "ко", "на", "но", "о", "об"}
    | {"от", "по", "при", "с", "со", "так", "то", "у", "что", "чтобы", "это"}
)
Span = tuple[int, int]


def parse_russian(text: str, vocab: Vocab) -> Doc:
    """Tokenise, tag, lemmatise and parse Russian ``text`` into a Doc over exactly that text.

    Parameters
    ----------
    text:
        Any string: empty, whitespace, binary junk and emoji give a Doc too, never an exception.
    vocab:
        The spaCy vocabulary to build the Doc with (share the English pipeline's to mix Docs).

    Returns
    -------
    Doc
        ``doc.text == text``; sentences in ``doc.sents``.
    """
    sentences = [chunk for sentence in _sentences(text) for chunk in _chunks(sentence)]
    words, spaces, slots = _cover(text, sentences)
    analyses = russian_models().analyse([[text[a:b] for a, b in s] for s in sentences])
    words, spaces, slots = _split_compounds(words, spaces, slots, analyses)
    return _build(vocab, words, spaces, slots, analyses)


def parse_russian_many(texts: Sequence[str], vocab: Vocab) -> list[Doc]:
    """:func:`parse_russian` of each text, their sentences tagged and parsed in shared batches."""
    split = [[c for sentence in _sentences(text) for c in _chunks(sentence)] for text in texts]
    pairs = zip(texts, split, strict=True)
    analyses = russian_models().analyse(
        [[text[a:b] for a, b in s] for text, sentences in pairs for s in sentences]
    )
    docs: list[Doc] = []
    at = 0
    for text, sentences in zip(texts, split, strict=True):
        own, at = analyses[at : at + len(sentences)], at + len(sentences)
        words, spaces, slots = _cover(text, sentences)
        words, spaces, slots = _split_compounds(words, spaces, slots, own)
        docs.append(_build(vocab, words, spaces, slots, own))
    return docs


def parse_russian_words(words: Sequence[str], vocab: Vocab) -> Doc:
    """Tag, lemmatise and parse one sentence given as its words (e.g. gold tokens for evaluation).

    The Doc's text is the words joined by single spaces; a sentence over ``MAX_SENTENCE_TOKENS``
    words is parsed in chunks.

    >>> from spacy.vocab import Vocab
    >>> doc = parse_russian_words(["Членами", "ШОС", "стали", "Индия", "и", "Пакистан"], Vocab())
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.pos_ == "PROPN"]
    [('ШОС', 'nmod', 'Членами'), ('Индия', 'nsubj', 'стали'), ('Пакистан', 'conj', 'Индия')]
    """
    words = [word for word in words if word]
    text = " ".join(words)
    offsets: list[Span] = []
    start = 0
    for word in words:
        offsets.append((start, start + len(word)))
        start += len(word) + 1
    sentences = list(_chunks(offsets))
    analyses = russian_models().analyse([[text[a:b] for a, b in s] for s in sentences])
    covered, spaces, slots = _cover(text, sentences)
    return _build(vocab, covered, spaces, slots, analyses)


def _sentences(text: str) -> Iterator[list[Span]]:
    """Token spans per sentence; over-long runs are sentences of one opaque token."""
    start = 0
    for match in _BLOCKS.finditer(text):
        yield from _razdel(text, start, match.start())
        if not match.group().isspace():
            yield [match.span()]
        start = match.end()
    yield from _razdel(text, start, len(text))


def _razdel(text: str, start: int, end: int) -> Iterator[list[Span]]:
    block = text[start:end]
    if not block.strip():
        return
    if _hard_wrapped(block):
        yield from _razdel_lines(text, start, end)
        return
    position = start
    for cut in _UNPUNCTUATED_LINE_END.finditer(block):  # a headline or dateline ends there
        last_word = block[max(0, cut.start() - 12) : cut.start()].rsplit(None, 1)[-1]
        if last_word.lower() in _CONTINUES:
            continue
        yield from _razdel_lines(text, position, start + cut.start())
        position = start + cut.end()
    yield from _razdel_lines(text, position, end)


def _razdel_lines(text: str, start: int, end: int) -> Iterator[list[Span]]:
    block = text[start:end]
    for sentence in sentenize(block):
        base = start + sentence.start
        spans = [(base + t.start, base + t.stop) for t in tokenize(sentence.text)]
        if spans:
            yield spans


def _hard_wrapped(block: str) -> bool:
    """Whether the lines are a wrapped paragraph (most 50-100 characters), not one line each."""
    lengths = [len(line) for line in block.split("\n")[:-1]]
    return len(lengths) >= 2 and sum(50 <= n <= 100 for n in lengths) >= 0.8 * len(lengths)


def _chunks(sentence: list[Span]) -> Iterator[list[Span]]:
    """The sentence, or equal parts of it of at most MAX_SENTENCE_TOKENS (no stub of one word)."""
    parts = -(-len(sentence) // MAX_SENTENCE_TOKENS)
    for part in range(parts):
        yield sentence[part * len(sentence) // parts : (part + 1) * len(sentence) // parts]


@dataclass(frozen=True, slots=True)
class _Slot:
    """Where a Doc token comes from: word ``word`` of sentence ``sentence``, or a gap (-1, -1).

    ``part`` > 0 marks a leading part of a split compound adjective (1 its first part, 2 the hyphen
    after it, 3 the second part when there are three, …); the word's last part has ``part`` 0.
    """

    sentence: int
    word: int
    part: int = 0


_GAP = _Slot(-1, -1)


def _cover(text: str, sentences: list[list[Span]]) -> tuple[list[str], list[bool], list[_Slot]]:
    """Words and spaces for a Doc over all of ``text``: the tokens plus the text between them."""
    words: list[str] = []
    spaces: list[bool] = []
    slots: list[_Slot] = []

    def gap(between: str) -> None:
        if between.startswith(" ") and words:
            spaces[-1] = True
            between = between[1:]
        if between:
            words.append(between)
            spaces.append(False)
            slots.append(_GAP)

    position = 0
    for number, sentence in enumerate(sentences):
        for index, (start, end) in enumerate(sentence):
            gap(text[position:start])
            words.append(text[start:end])
            spaces.append(False)
            slots.append(_Slot(number, index))
            position = end
    gap(text[position:])
    return words, spaces, slots


def _split_compounds(
    words: list[str], spaces: list[bool], slots: list[_Slot], analyses: list[list[WordAnalysis]]
) -> tuple[list[str], list[bool], list[_Slot]]:
    """Each compound adjective split into its parts and hyphens (see the module docstring)."""
    split_words: list[str] = []
    split_spaces: list[bool] = []
    split_slots: list[_Slot] = []
    for word, space, slot in zip(words, spaces, slots, strict=True):
        compound = _COMPOUND.fullmatch(word) is not None
        if slot is _GAP or not compound or analyses[slot.sentence][slot.word].pos != "ADJ":
            split_words.append(word)
            split_spaces.append(space)
            split_slots.append(slot)
            continue
        pieces = [piece for part in word.split("-")[:-1] for piece in (part, "-")]
        split_words += [*pieces, word.rsplit("-", 1)[1]]
        split_spaces += [False] * len(pieces) + [space]
        split_slots += [_Slot(slot.sentence, slot.word, n) for n in range(1, len(pieces) + 1)]
        split_slots.append(slot)
    return split_words, split_spaces, split_slots


def _build(
    vocab: Vocab,
    words: list[str],
    spaces: list[bool],
    slots: list[_Slot],
    analyses: list[list[WordAnalysis]],
) -> Doc:
    if not words:
        return Doc(vocab, words=[], spaces=[])
    where: list[list[int]] = [[] for _ in analyses]  # Doc index of each word of each sentence
    for index, slot in enumerate(slots):
        if slot is not _GAP and slot.part == 0:
            where[slot.sentence].append(index)
    first_word = next((index for index, slot in enumerate(slots) if slot is not _GAP), None)
    pos: list[str] = []
    morphs: list[str] = []
    lemmas: list[str] = []
    heads: list[int] = []
    deps: list[str] = []
    previous_word: int | None = None
    for index, (word, slot) in enumerate(zip(words, slots, strict=True)):
        if slot is _GAP:
            pos.append("SPACE" if word.isspace() else "X")
            morphs.append("")
            lemmas.append(word)
            anchor = previous_word if previous_word is not None else first_word
            if anchor is None:  # no word at all: the first token is the root, the rest hang on it
                heads.append(0)
                deps.append("ROOT" if index == 0 else "dep")
            else:
                heads.append(anchor)
                deps.append("dep")
            continue
        if slot.part:  # a leading part of a compound adjective, or a hyphen in it
            hyphen = slot.part % 2 == 0
            pos.append("PUNCT" if hyphen else "ADJ")
            morphs.append("")
            lemmas.append(word.lower())
            last = next(n for n in range(index + 1, len(slots)) if slots[n].part == 0)
            heads.append(index - 1 if hyphen else last)
            deps.append("punct" if hyphen else "amod")
            continue
        analysis = analyses[slot.sentence][slot.word]
        tag = analysis.pos if analysis.pos in _UPOS else "X"
        pos.append(tag)
        feats = _past_repaired(word, analysis.feats)
        morphs.append(feats)
        lemmas.append(lemmatize(word, tag, feats))
        root = analysis.head < 0
        heads.append(index if root else where[slot.sentence][analysis.head])
        deps.append("ROOT" if root else analysis.dep)
        previous_word = index
    subjects_restored(heads, deps, pos, morphs)
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
    )


_PAST_ENDING = re.compile(r"(?:л|ла|ло|ли)(?:сь|ся)?$")


def _past_repaired(word: str, feats: str) -> str:
    """A finite verb in -л, -ла, -ло, -ли (-ся, -сь) is past, whatever tense the tagger gave it:
    a future there ("США денонсировали" tagged future) would read the fact as a plan.

    >>> _past_repaired("денонсировали", "Mood=Ind|Number=Sing|Tense=Fut|VerbForm=Fin")
    'Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin'
    >>> _past_repaired("вступит", "Mood=Ind|Number=Sing|Tense=Fut|VerbForm=Fin")
    'Mood=Ind|Number=Sing|Tense=Fut|VerbForm=Fin'
    """
    if "Tense=Fut" in feats and "VerbForm=Fin" in feats and _PAST_ENDING.search(word.lower()):
        return feats.replace("Tense=Fut", "Tense=Past")
    return feats
