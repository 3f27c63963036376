"""Lists under a role label on a body's own page ("Member States (23): A, B", "The list of
Observer Countries is as follows:", "Observers: the United Nations"): the label's grammar, the
body the page is about when the label does not name it, bodies as listed items, an unknown
acronym listing states, and an abbreviation that takes its full name's id."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from blocgraph.extract._rules._labels import label_role
from tests.extract._sentences import Triple, triples


@pytest.mark.parametrize(
    ("words", "role"),
    [
        (("member", "states"), "member"),
        (("member", "states", "countries"), "member"),
        (("founding", "members"), "member"),
        (("observer", "organisations"), "observer"),
        (("the", "list", "of", "observer", "countries", "is", "as", "follows"), "observer"),
        (("dialogue", "partners"), "dialogue_partner"),
        (("associate", "members"), "associate_member"),
        (("former", "members"), "former"),
        (("страны", "-", "наблюдатели"), "observer"),
        (("государства-члены",), "member"),
        # no role label: candidates, applicants, regions, a former observer (no standing kept)
        (("candidates",), None),
        (("applicant", "countries"), None),
        (("south", "asian", "littorals"), None),
        (("former", "observers"), None),
        (("members", "and", "observers"), None),
    ],
)
def test_label_grammar(words: tuple[str, ...], role: str | None) -> None:
    assert label_role(words) == role


_PAGE = """The Indian Ocean Naval Symposium (IONS) is a forum of the region's navies. IONS meets \
every two years, and IONS working groups meet in between.

Member states (3): India, Kenya, Oman.

Observers: Japan and the United Nations.
"""
_IONS = "new:indian-ocean-naval-symposium"


def test_the_page_body_owns_lists_that_do_not_name_it(extractor: Extractor) -> None:
    assert triples(extractor, _PAGE) >= {
        ("IND", "memberOf", _IONS),
        ("KEN", "memberOf", _IONS),
        ("OMN", "memberOf", _IONS),
        ("JPN", "observerOf", _IONS),
        ("UN", "observerOf", _IONS),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the catalogue body the text keeps naming; the list on the line after the colon
            "The SCO holds its summit in June. The SCO secretariat sits in Beijing.\n\n"
            "The list of observer countries is as follows:\nMongolia, Belarus.",
            {("MNG", "observerOf", "SCO"), ("BLR", "observerOf", "SCO")},
        ),
        (  # an organ named twice is no page's body
            "The Ministerial Council meets yearly. The Ministerial Council decides by consensus."
            "\n\nObserver countries: Chile, Peru.",
            set(),
        ),
        (  # two bodies named as often: whose list it is stays open
            "The SCO met in June. The CSTO met in May.\n\nObservers: Mongolia.",
            set(),
        ),
        (  # a compound Russian label naming its body
            "Саммит прошёл в Астане.\n\nГосударства-члены ШОС: Индия, Китай.",
            {("IND", "memberOf", "SCO"), ("CHN", "memberOf", "SCO")},
        ),
    ],
)
def test_labelled_lists_on_a_page(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    assert triples(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an acronym the catalogue does not know, followed by the states it comprises
            "We, the Leaders of MIKTA comprising Mexico, Indonesia, Republic of Korea, Türkiye"
            " and Australia, gathered today in New Delhi.",
            {(s, "memberOf", "new:mikta") for s in ("MEX", "IDN", "KOR", "TUR", "AUS")},
        ),
        # one state after it is no list: no body is minted
        ("The FBI including Mexico officials came to the talks.", set()),
    ],
)
def test_an_unknown_acronym_listing_states_is_a_body(
    extractor: Extractor, text: str, expected: set[Triple]
) -> None:
    assert triples(extractor, text) == expected


_ALBA = "ALBA"


@pytest.mark.parametrize(
    "text",
    [
        # an abbreviation alone on the line under the title line it abbreviates
        "Боливарианский альянс для народов нашей Америки\n(АЛБА)\n\n"
        "В АЛБА входят Куба и Венесуэла.",
        # a place inside the name does not cut it short ("… нашей Америки")
        "Боливарианский альянс для народов нашей Америки (АЛБА) создан в 2004 году. В АЛБА"
        " входят Куба и Венесуэла.",
    ],
)
def test_an_abbreviation_takes_the_full_name_s_id(extractor: Extractor, text: str) -> None:
    assert triples(extractor, text) == {("CUB", "memberOf", _ALBA), ("VEN", "memberOf", _ALBA)}
