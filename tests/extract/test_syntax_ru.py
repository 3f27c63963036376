"""The Russian syntax adapter with the real shipped models (slovnet + navec, pymorphy3)."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, DocBin, Token
from spacy.vocab import Vocab

from blocgraph.extract.syntax._tree_repair import repair_heads
from blocgraph.extract.syntax.russian import (
    MAX_SENTENCE_TOKENS,
    parse_russian,
    parse_russian_words,
)


@pytest.fixture(scope="module")
def vocab() -> Vocab:
    vocab: Vocab = spacy.blank("ru").vocab  # with lexical attributes (is_space, like_num, ...)
    return vocab


def _token(doc: Doc, text: str) -> Token:
    return next(token for token in doc if token.text == text)


def _assert_covers(doc: Doc, text: str) -> None:
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token)] == token.text
    for sentence in doc.sents:  # one tree per sentence
        assert sum(1 for token in sentence if token.head.i == token.i) == 1


def test_joining_sentence(vocab: Vocab) -> None:
    doc = parse_russian("Иран вступил в ШОС в 2023 году.", vocab)
    verb = _token(doc, "вступил")
    assert verb.lemma_ == "вступить"
    assert verb.dep_ == "ROOT"
    assert verb.pos_ == "VERB"
    iran = _token(doc, "Иран")
    assert (iran.dep_, iran.head.text) == ("nsubj", "вступил")
    assert iran.morph.get("Case", []) == ["Nom"]
    sco = _token(doc, "ШОС")
    assert (sco.dep_, sco.head.text) == ("obl", "вступил")
    assert _token(doc, "году").lemma_ == "год"


def test_inverted_membership_list(vocab: Vocab) -> None:
    doc = parse_russian("Членами ШОС стали Индия и Пакистан.", vocab)
    india, pakistan = _token(doc, "Индия"), _token(doc, "Пакистан")
    assert (india.dep_, india.head.text) == ("nsubj", "стали")
    assert (pakistan.dep_, pakistan.head.text) == ("conj", "Индия")
    assert _token(doc, "стали").lemma_ == "стать"
    assert _token(doc, "Членами").lemma_ == "член"


def test_dependency_matcher_reads_the_tree(vocab: Vocab) -> None:
    doc = parse_russian("Членами ШОС стали Индия и Пакистан.", vocab)
    matcher = DependencyMatcher(vocab)
    become = {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "стать"}}
    subject = {
        "LEFT_ID": "verb",
        "REL_OP": ">",
        "RIGHT_ID": "subject",
        "RIGHT_ATTRS": {"DEP": "nsubj"},
    }
    conjunct = {
        "LEFT_ID": "subject",
        "REL_OP": ">",
        "RIGHT_ID": "other",
        "RIGHT_ATTRS": {"DEP": "conj"},
    }
    matcher.add("members", [[become, subject, conjunct]])
    [(_, ids)] = matcher(doc)
    assert [doc[i].text for i in ids] == ["стали", "Индия", "Пакистан"]


def test_docs_survive_docbin(vocab: Vocab) -> None:
    text = "Казахстан —  член ОДКБ.\nБелоруссия вступила в ШОС."
    doc = parse_russian(text, vocab)
    [copy] = DocBin(docs=[doc]).get_docs(vocab)
    fields = ("text", "idx", "lemma_", "pos_", "dep_", "is_sent_start")
    assert copy.text == text
    assert [[getattr(t, f) for f in fields] + [t.head.i, str(t.morph)] for t in copy] == [
        [getattr(t, f) for f in fields] + [t.head.i, str(t.morph)] for t in doc
    ]


def test_relations_keep_subtypes_lowercase(vocab: Vocab) -> None:
    doc = parse_russian("Договор был подписан министрами иностранных дел.", vocab)
    deps = {token.dep_ for token in doc if token.dep_ != "ROOT"}
    assert "nsubj:pass" in deps
    assert all(dep == dep.lower() for dep in deps)


def test_offsets_with_newlines_and_double_spaces(vocab: Vocab) -> None:
    text = "\n  Москва  заявила:\r\n\n«Нет».\t Казахстан —  член ОДКБ.  \n"
    doc = parse_russian(text, vocab)
    _assert_covers(doc, text)
    assert [token.text for token in doc if not token.is_space][:3] == ["Москва", "заявила", ":"]
    assert all(token.pos_ == "SPACE" for token in doc if token.is_space)
    assert len(list(doc.sents)) >= 2


def test_sentence_starts(vocab: Vocab) -> None:
    doc = parse_russian("Армения заморозила участие в ОДКБ. Об этом заявил Пашинян.", vocab)
    assert [sentence.text.strip() for sentence in doc.sents] == [
        "Армения заморозила участие в ОДКБ.",
        "Об этом заявил Пашинян.",
    ]


def test_headline_lines_are_sentences(vocab: Vocab) -> None:
    text = "Саммит ШОС в Астане\nЛидеры стран подписали декларацию.\n"
    doc = parse_russian(text, vocab)
    assert [sentence.text for sentence in doc.sents] == [
        "Саммит ШОС в Астане\n",
        "Лидеры стран подписали декларацию.\n",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Президент заявил, что\nИндия и Пакистан стали членами организации.",
        "В 2017 году членами Шанхайской организации сотрудничества стали\n"
        "Индия и Пакистан, а в 2023 году к организации присоединился\n"
        "Иран, который долго добивался этого статуса.",
    ],
    ids=["line-ends-in-conjunction", "hard-wrapped-paragraph"],
)
def test_broken_lines_inside_a_sentence(vocab: Vocab, text: str) -> None:
    doc = parse_russian(text, vocab)
    assert len(list(doc.sents)) == 1
    india = _token(doc, "Индия")
    assert india.dep_ == "nsubj"


@pytest.mark.parametrize("text", ["", " ", "\n\n\t"])
def test_empty_and_blank(vocab: Vocab, text: str) -> None:
    doc = parse_russian(text, vocab)
    _assert_covers(doc, text)
    assert all(token.is_space for token in doc)


@pytest.mark.parametrize(
    "text",
    [
        bytes(range(256)).decode("latin-1") * 3,
        "😀🇷🇺 ШОС 👍👍👍" * 20,
        "<pad> <unk> <PAD> \x00 \ufeff \u200b \u2028",
        "я" * 1_000_000 + " и " + "." * 5_000,
    ],
    ids=["binary", "emoji", "vocabulary-placeholders", "megabyte-token"],
)
def test_hostile_input(vocab: Vocab, text: str) -> None:
    doc = parse_russian(text, vocab)
    _assert_covers(doc, text)


def test_ten_thousand_lines(vocab: Vocab) -> None:
    doc = parse_russian("Россия\n" * 10_000, vocab)
    assert len(list(doc.sents)) == 10_000


def test_hundred_kilobytes_of_one_word(vocab: Vocab) -> None:
    text = "Россия " * 15_000  # one razdel "sentence" of 15,000 words: parsed in chunks
    doc = parse_russian(text, vocab)
    assert doc.text == text
    assert sum(1 for token in doc if token.text == "Россия") == 15_000
    longest = max(sum(not token.is_space for token in sentence) for sentence in doc.sents)
    assert longest <= MAX_SENTENCE_TOKENS


def test_given_words_are_kept(vocab: Vocab) -> None:
    words = ["В", "1991", "году", "был", "создан", "СНГ", "."]
    doc = parse_russian_words(words, vocab)
    assert [token.text for token in doc] == words
    assert _token(doc, "был").lemma_ == "быть"
    assert _token(doc, "СНГ").dep_.startswith("nsubj")


@pytest.mark.parametrize("seed", range(20))
def test_repair_always_gives_one_tree(seed: int) -> None:
    rng = np.random.default_rng(seed)
    size = int(rng.integers(1, 30))
    heads = repair_heads(rng.normal(size=(size, size + 1)))
    assert heads.count(0) == 1
    for word in range(size):  # every word reaches the root without revisiting a word
        seen = set()
        while word >= 0:
            assert word not in seen
            seen.add(word)
            word = heads[word] - 1


def test_a_compound_adjective_is_split_like_english(vocab: Vocab) -> None:
    text = "Обсуждены вопросы российско-американо-китайских отношений."
    doc = parse_russian(text, vocab)
    _assert_covers(doc, text)
    words = [t.text for t in doc]
    assert words[2:8] == ["российско", "-", "американо", "-", "китайских", "отношений"]
    last = _token(doc, "китайских")
    assert last.head.text == "отношений" and last.pos_ == "ADJ"
    for part in ("российско", "американо"):
        assert (_token(doc, part).dep_, _token(doc, part).head.i) == ("amod", last.i)
    assert all(t.dep_ == "punct" and t.head.i == t.i - 1 for t in doc if t.text == "-")


@pytest.mark.parametrize("word", ["кто-то", "Гвинея-Бисау", "из-за", "Ростов-на-Дону"])
def test_other_hyphenated_words_stay_whole(vocab: Vocab, word: str) -> None:
    doc = parse_russian(f"Это {word} было.", vocab)
    assert word in [t.text for t in doc]


def test_given_compound_words_are_kept_whole(vocab: Vocab) -> None:
    doc = parse_russian_words(["российско-китайские", "отношения"], vocab)
    assert [t.text for t in doc] == ["российско-китайские", "отношения"]
