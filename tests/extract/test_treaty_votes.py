"""A legislature's vote decides a treaty act ("voted on 6 December to terminate the Treaty",
"voted in favour of withdrawing from the Convention"), and a legislature named by its own name
after the state's adjective ("the Lithuanian Seimas") acts for that state. Being in favour, or
working towards an act, decides nothing."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from tests.extract._sentences import Triple, make_extractor, triples


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return make_extractor()


_CCM = "new:convention-on-cluster-munitions"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a purpose clause after a date: the parser's advcl, the vote's subject
            "The Ukrainian parliament voted on December 6 to terminate the Treaty on Friendship,"
            " Cooperation, and Partnership between Ukraine and the Russian Federation.",
            {("UKR", "denounced", "new:treaty-on-friendship-cooperation-and-partnership")},
        ),
        (
            "The Lithuanian Seimas has voted in favour of withdrawing from the Convention on"
            " Cluster Munitions, BNS reports.",
            {("LTU", "denounced", _CCM)},
        ),
        (
            "Polish lawmakers voted on Friday to ratify the Convention on Cluster Munitions.",
            {("POL", "ratified", _CCM)},
        ),
        (  # a decision is the act (the contract: "решила принять")
            "The Lithuanian Seimas decided to denounce the Convention on Cluster Munitions.",
            {("LTU", "denounced", _CCM)},
        ),
        # not decided: an opinion, an effort, a vote against
        ("Lithuania is in favour of withdrawing from the Convention on Cluster Munitions.", set()),
        ("Russia worked hard to leave the Convention on Cluster Munitions.", set()),
        ("Lithuania voted against withdrawing from the Convention on Cluster Munitions.", set()),
    ],
)
def test_votes_decide_treaty_acts(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    assert triples(extractor, text) == expected


def test_a_state_adjective_before_a_legislature_s_own_name_is_the_state(
    extractor: Extractor,
) -> None:
    mentions = extractor.extract("The Lithuanian Seimas met on Tuesday.").mentions
    assert [(m.text, m.id) for m in mentions] == [("Lithuanian", "LTU")]
