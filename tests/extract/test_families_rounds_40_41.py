"""The sentence families added on the errors of blind rounds 34–40: a definition's lead that
names an open-world body with no trigger in its sentence, the signatories of a founding
instrument as founders (English and Russian), "set up" as a verb of its own (not "set to") — the
real extractor on sentences of each family (not gold texts), with the readings each must not
give."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from tests.extract._sentences import Triple, make_extractor, triples


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return make_extractor()


def test_a_definition_lead_names_the_body_the_next_sentence_speaks_of(
    extractor: Extractor,
) -> None:
    text = (
        "The Nordic Investment Union is an economic and social integration organization with an"
        " international legal status. It comprises the following countries: Denmark, Finland and"
        " Iceland."
    )
    found = extractor.extract(text)
    assert {m.id for m in found.mentions if m.type == "body"} == {"new:nordic-investment-union"}
    assert {s.triple for s in found.statements} == {
        (state, "memberOf", "new:nordic-investment-union") for state in ("DNK", "FIN", "ISL")
    }


@pytest.mark.parametrize(
    ("text", "body", "states"),
    [
        (
            "In 1989 the Heads of State of Algeria, Libya and Tunisia signed the Treaty"
            " establishing the Arab Maghreb Union in Marrakech.",
            "new:arab-maghreb-union",
            ("DZA", "LBY", "TUN"),
        ),
        (
            "Denmark, Iceland and Sweden signed an agreement on the creation of the Nordic"
            " Council.",
            "new:nordic-council",
            ("DNK", "ISL", "SWE"),
        ),
        (
            "The Baltic Pact Organization, an alliance set up under a treaty signed in 1934 by"
            " Estonia, Latvia and Lithuania, met today.",
            "new:baltic-pact-organization",
            ("EST", "LVA", "LTU"),
        ),
        (
            "В 1991 году Россия, Белоруссия и Украина подписали Соглашение о создании Содружества"
            " Независимых Государств.",
            "CIS",
            ("RUS", "BLR", "UKR"),
        ),
        (
            "Главы государств Армении, Белоруссии и Казахстана подписали договор о создании"
            " Евразийского экономического союза.",
            "EAEU",
            ("ARM", "BLR", "KAZ"),
        ),
    ],
)
def test_the_signatories_of_a_founding_instrument_are_its_founders(
    extractor: Extractor, text: str, body: str, states: tuple[str, ...]
) -> None:
    assert {(s, "memberOf", body) for s in states} <= triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Denmark and Sweden signed a trade agreement with Norway.",
        "Denmark and Sweden signed a declaration on the work of the Nordic Council.",
        "Denmark may sign the treaty establishing the Nordic Council next year.",
    ],
)
def test_signing_what_sets_up_no_body_or_only_a_plan_gives_no_member(
    extractor: Extractor, text: str
) -> None:
    found = triples(extractor, text)
    assert not {t for t in found if t[1] == "memberOf"}


def test_an_unsigned_founding_treaty_is_a_negative(extractor: Extractor) -> None:
    text = "Armenia did not sign the treaty establishing the Nordic Council."
    expected: Triple = ("ARM", "memberOf", "new:nordic-council")
    assert expected in triples(extractor, text, "negative")
    assert expected not in triples(extractor, text)


def test_set_up_is_not_set_to(extractor: Extractor) -> None:
    # "set to join" entertains; "set up … when six members - A, B - signed" reports a founding
    text = (
        "The following year, the Baltic Coal Community (BCC) was set up when three members -"
        " Estonia, Latvia and Lithuania - signed the Treaty of Riga."
    )
    found = triples(extractor, text)
    assert {(s, "memberOf", "new:baltic-coal-community") for s in ("EST", "LVA", "LTU")} <= found
    assert ("EST", "joined", "new:baltic-coal-community") not in triples(
        extractor, "Estonia is set to join the Baltic Coal Community next year."
    )
