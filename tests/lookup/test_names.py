"""Names resolve from codes, English and Russian names and aliases; unknown ones get suggestions."""

from __future__ import annotations

import pytest

from blocgraph.lookup import NameIndex, UnknownNameError, normalize
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
