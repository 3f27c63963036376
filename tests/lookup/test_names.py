"""Names resolve from codes, English and Russian names and aliases; unknown ones get suggestions."""

from __future__ import annotations

import pytest

from blocgraph.lookup import (
    AmbiguousNameError,
    NameIndex,
    UnknownNameError,
    normalize,
    resolve_code,
)
from blocgraph.lookup._names import Kind
from blocgraph.store import Store


@pytest.fixture(scope="module")
def index(store: Store) -> NameIndex:
    return NameIndex.from_store(store)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("RUS", "RUS"),
        ("rus", "RUS"),
        ("Russia", "RUS"),
        ("Russian Federation", "RUS"),
        ("Россия", "RUS"),
        ("российская федерация", "RUS"),
        ("RU", "RUS"),
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("Chinese Taipei", "TWN"),
        ("SCO", "SCO"),
        ("Shanghai Cooperation Organisation", "SCO"),
        ("Shanghai Cooperation Organization", "SCO"),
        ("ШОС", "SCO"),
        ("СНГ", "CIS"),
        ("Commonwealth of Independent States", "CIS"),
        ("ОДКБ", "CSTO"),
        ("EAEU", "EAEU"),
        ("ЕАЭС", "EAEU"),
        ("the African Union", "AU"),
        ("United States", "USA"),
        ("Côte d'Ivoire", "CIV"),
        ("Ivory Coast", "CIV"),
    ],
)
def test_resolves(index: NameIndex, name: str, code: str) -> None:
    assert index.resolve(name).code == code


def test_body_only_resolution(index: NameIndex) -> None:
    assert index.resolve("EU", "body").code == "EU"


def test_unknown_name_suggests(index: NameIndex) -> None:
    with pytest.raises(UnknownNameError) as caught:
        index.resolve("Russiya")
    assert any("RUS" in s for s in caught.value.suggestions)
    assert "did you mean" in str(caught.value)


def test_search_finds_partial_names(index: NameIndex) -> None:
    codes = [e.code for e in index.search("shanghai")]
    assert codes[0] == "SCO"


def test_normalize_folds_spelling_and_case() -> None:
    assert (
        normalize("The Shanghai Co-operation Organization") == "shanghai cooperation organisation"
    )
    assert normalize("Ёлка") == normalize("елка")


def _resolved(index: NameIndex, name: str, kind: Kind | None) -> str | None:
    try:
        return index.resolve(name, kind).code
    except (UnknownNameError, AmbiguousNameError):
        return None


@pytest.mark.parametrize(
    ("name", "kind", "code"),
    [
        ("RUS", None, "RUS"),
        (" rus ", None, "RUS"),
        ("SCO", "body", "SCO"),
        ("sco", None, "SCO"),
        ("EU", None, "EU"),
        ("RUS", "body", None),  # not a body: the index says what is wrong
        ("Russia", None, None),
        ("ШОС", "body", None),
        ("ıRN", None, None),  # upper-cases to IRN, but does not fold to it
        ("R-US", None, None),
        ('RUS" } ?x ?y ?z . {', None, None),
        ("ZZZ", None, None),
    ],
)
def test_resolve_code(store: Store, name: str, kind: Kind | None, code: str | None) -> None:
    assert resolve_code(store, name, kind) == code


def test_resolve_code_agrees_with_the_index_on_every_code(store: Store, index: NameIndex) -> None:
    """Where the one-query path answers, it answers what the index answers."""
    answered = 0
    for _kind, code in index.entities:
        for asked in (code, code.lower()):
            for wanted in (None, "state", "body"):
                found = resolve_code(store, asked, wanted)
                if found is not None:
                    assert found == _resolved(index, asked, wanted), (asked, wanted)
                    answered += 1
    assert answered >= len(index.entities)  # it answers for (nearly) every code
