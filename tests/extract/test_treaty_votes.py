"""Which treaty act a clause states, and for whom. A legislature's vote decides a treaty act
("voted on 6 December to terminate the Treaty", "voted in favour of withdrawing from the
Convention"); a legislature named by its own name after the state's adjective ("the Lithuanian
Seimas") acts for that state; being in favour, or working towards an act, decides nothing. An
object "it" after a treaty is the treaty; a conjunct with its own object keeps it; an indefinite
instrument may be named later in its sentence ("a treaty …, called the Washington Accord")."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from tests.extract._sentences import Triple, triples

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


_ECT = "new:energy-charter-treaty"


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (  # an object "it" after a treaty is the treaty, not the body named before it
            "The European Union is a party to the Energy Charter Treaty. Eleven Member States"
            " (Germany, France, Spain) have decided to exit it.",
            {("DEU", "denounced", _ECT), ("FRA", "denounced", _ECT)},
            {("DEU", "left", "EU"), ("FRA", "left", "EU")},
        ),
        (  # a conjunct with an object of its own does not take the other's
            "Armenia signed the Rome Statute in 1999 and joined the CSTO in 1992.",
            {("ARM", "signed", "new:rome-statute"), ("ARM", "joined", "CSTO")},
            {("ARM", "ratified", "new:rome-statute")},
        ),
        (  # an indefinite instrument the sentence names later
            "Armenia and Azerbaijan signed a treaty in 2025, called the Washington Accord.",
            {(s, "signed", "new:washington-accord") for s in ("ARM", "AZE")},
            set(),
        ),
    ],
)
def test_which_instrument_a_clause_is_about(
    extractor: Extractor, text: str, expected: set[Triple], absent: set[Triple]
) -> None:
    found = triples(extractor, text)
    assert expected <= found
    assert not absent & found


def test_a_pronoun_object_still_takes_a_conjunct_s_treaty(extractor: Extractor) -> None:
    text = "The United States signed the Arms Trade Treaty in 2013 but has not ratified it."
    assert ("USA", "ratified", "new:arms-trade-treaty") in triples(extractor, text, "negative")


@pytest.mark.parametrize(
    ("text", "absent", "negative"),
    [
        (  # a modal governs the verbs coordinated with it that have no subject of their own
            "They are neutral, which means they cannot join a military alliance, or join"
            " military conflicts. Austria and Malta are not NATO members.",
            {("AUT", "joined", "NATO"), ("MLT", "joined", "NATO")},
            {("AUT", "memberOf", "NATO"), ("MLT", "memberOf", "NATO")},
        ),
        (  # refraining is not doing
            "Finland refrained from joining NATO for decades.",
            {("FIN", "joined", "NATO")},
            {("FIN", "joined", "NATO")},
        ),
    ],
)
def test_what_a_modal_or_a_refusal_governs(
    extractor: Extractor, text: str, absent: set[Triple], negative: set[Triple]
) -> None:
    assert not absent & triples(extractor, text)
    assert negative <= triples(extractor, text, "negative")


def test_a_past_passive_does_not_make_its_conjunct_a_plan(extractor: Extractor) -> None:
    text = "ОТГ была создана в 2009 году и объединяет Азербайджан и Казахстан."
    assert {"AZE", "KAZ"} <= {s for s, p, _ in triples(extractor, text) if p == "memberOf"}
