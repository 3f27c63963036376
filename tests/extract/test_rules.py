"""Relation rules on realistic sentences: every predicate, coordinated lists, negation and
modality, attribution to speakers, first person in quotes, years and roles."""

from __future__ import annotations

import pytest

from blocgraph.config import PROJECT_ROOT
from blocgraph.extract import Extractor
from blocgraph.extract._rules import RULES
from tests.extract._sentences import triples

Triple = tuple[str, str, str | None]


# --- predicates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # memberOf
        ("Kazakhstan is a member of the EAEU.", {("KAZ", "memberOf", "EAEU")}),
        ("Armenia is one of the founding members of the CSTO.", {("ARM", "memberOf", "CSTO")}),
        (
            "Kazakhstan, a member of the Eurasian Economic Union, hosted the talks.",
            {("KAZ", "memberOf", "EAEU")},
        ),
        ("Kazakhstan is an EAEU member.", {("KAZ", "memberOf", "EAEU")}),
        (
            "The SCO's members are China, India and Iran.",
            {("CHN", "memberOf", "SCO"), ("IND", "memberOf", "SCO"), ("IRN", "memberOf", "SCO")},
        ),
        (
            "SCO member states Kazakhstan and Uzbekistan signed the deal.",
            {("KAZ", "memberOf", "SCO"), ("UZB", "memberOf", "SCO")},
        ),
        (
            "The member states of the CIS are Armenia, Azerbaijan and Belarus.",
            {("ARM", "memberOf", "CIS"), ("AZE", "memberOf", "CIS"), ("BLR", "memberOf", "CIS")},
        ),
        (
            "The EAEU includes Armenia, Belarus and Russia.",
            {("ARM", "memberOf", "EAEU"), ("BLR", "memberOf", "EAEU"), ("RUS", "memberOf", "EAEU")},
        ),
        (
            "BRICS is an intergovernmental organization comprising ten countries – Brazil, China "
            "and India.",
            {
                ("BRA", "memberOf", "BRICS"),
                ("CHN", "memberOf", "BRICS"),
                ("IND", "memberOf", "BRICS"),
            },
        ),
        (
            "Russia and China are members of the SCO and the CSTO.",
            {
                ("RUS", "memberOf", "SCO"),
                ("RUS", "memberOf", "CSTO"),
                ("CHN", "memberOf", "SCO"),
                ("CHN", "memberOf", "CSTO"),
            },
        ),
        (
            "Россия и Китай являются членами ШОС.",
            {("RUS", "memberOf", "SCO"), ("CHN", "memberOf", "SCO")},
        ),
        # observerOf, partnerOf
        ("Mongolia is an observer state of the SCO.", {("MNG", "observerOf", "SCO")}),
        ("Moldova has observer status in the EAEU.", {("MDA", "observerOf", "EAEU")}),
        ("Turkey has been an SCO dialogue partner since 2013.", {("TUR", "partnerOf", "SCO")}),
        ("Turkmenistan is an associate member of the CIS.", {("TKM", "partnerOf", "CIS")}),
        (
            "BRICS partner countries Belarus and Bolivia attended.",
            {("BLR", "partnerOf", "BRICS"), ("BOL", "partnerOf", "BRICS")},
        ),
        # joined
        ("Iran became a full member of the SCO on 4 July 2023.", {("IRN", "joined", "SCO")}),
        (
            "Timor-Leste was admitted as ASEAN's 11th member in October 2025.",
            {("TLS", "joined", "ASEAN")},
        ),
        (
            "Egypt, Ethiopia, Iran and the UAE joined BRICS in 2024.",
            {
                ("EGY", "joined", "BRICS"),
                ("ETH", "joined", "BRICS"),
                ("IRN", "joined", "BRICS"),
                ("ARE", "joined", "BRICS"),
            },
        ),
        (
            "The BRICS group expanded in 2024 to include Egypt and Ethiopia.",
            {("EGY", "joined", "BRICS"), ("ETH", "joined", "BRICS")},
        ),
        (
            "The accession of Finland to NATO in 2023 changed the balance.",
            {("FIN", "joined", "NATO")},
        ),
        ("Iran's accession to the SCO was completed in 2023.", {("IRN", "joined", "SCO")}),
        (
            "The EAEU granted observer status to Uzbekistan in December 2020.",
            {("UZB", "joined", "EAEU")},
        ),
        ("В 2015 году Армения вступила в ЕАЭС.", {("ARM", "joined", "EAEU")}),
        (
            "Uzbekistan, which had withdrawn from the CSTO in 1999, rejoined the CSTO in 2006.",
            {("UZB", "left", "CSTO"), ("UZB", "joined", "CSTO")},
        ),
        ("India gained full membership in the SCO in 2017.", {("IND", "joined", "SCO")}),
        (
            "Finland joined the EU in 1995 and NATO in 2023.",
            {("FIN", "joined", "EU"), ("FIN", "joined", "NATO")},
        ),
        ("The EU is a member of the G20.", {("EU", "memberOf", "G20")}),
        (
            "Russia, a CSTO member, joined the SCO.",
            {("RUS", "memberOf", "CSTO"), ("RUS", "joined", "SCO")},
        ),
        # left
        ("Ukraine stopped participating in the CIS in 2018.", {("UKR", "left", "CIS")}),
        ("Uzbekistan withdrew from the CSTO in 2012.", {("UZB", "left", "CSTO")}),
        (
            "Azerbaijan, Georgia and Uzbekistan withdrew from the CSTO in 1999.",
            {("AZE", "left", "CSTO"), ("GEO", "left", "CSTO"), ("UZB", "left", "CSTO")},
        ),
        ("Georgia left the CIS in 2009.", {("GEO", "left", "CIS")}),
        ("Ukraine ended its participation in the CIS in 2018.", {("UKR", "left", "CIS")}),
        ("Узбекистан вышел из ОДКБ в 2012 году.", {("UZB", "left", "CSTO")}),
        # suspendedIn
        ("Armenia froze its participation in the CSTO in 2024.", {("ARM", "suspendedIn", "CSTO")}),
        ("The African Union suspended Mali in 2021.", {("MLI", "suspendedIn", "AU")}),
        ("Syria was suspended from the Arab League in 2011.", {("SYR", "suspendedIn", "LAS")}),
        # locatedIn
        ("Kazakhstan, in Central Asia, borders China.", {("KAZ", "locatedIn", "143")}),
        (
            "Iran and Azerbaijan lie in Western Asia.",
            {("IRN", "locatedIn", "145"), ("AZE", "locatedIn", "145")},
        ),
        ("Kazakhstan is a Central Asian country.", {("KAZ", "locatedIn", "143")}),
        # civilizationOf
        ("Iran belongs to the Islamic civilization.", {("islamic", "civilizationOf", "IRN")}),
        ("Russia is a civilizational state.", {("RUS", "civilizationOf", None)}),
        (
            "The Eurasian continent has several civilizational states, China, Iran, Arab, and "
            "Indian.",
            {
                ("CHN", "civilizationOf", "EURASIA"),
                ("IRN", "civilizationOf", "EURASIA"),
                ("arab", "civilizationOf", "EURASIA"),
                ("indian", "civilizationOf", "EURASIA"),
                ("CHN", "locatedIn", "EURASIA"),
                ("IRN", "locatedIn", "EURASIA"),
            },
        ),
        # proposes
        (
            "Putin proposed the Greater Eurasian Partnership in 2015.",
            {("vladimir-putin", "proposes", "greater-eurasian-partnership")},
        ),
        (
            "Russia will create a Greater Eurasian Partnership.",
            {("RUS", "proposes", "greater-eurasian-partnership")},
        ),
        (
            "The Belt and Road Initiative was launched by Xi Jinping in 2013.",
            {("xi-jinping", "proposes", "belt-and-road-initiative")},
        ),
        (
            "The Greater Eurasian Partnership is an initiative of Russian President Vladimir "
            "Putin.",
            {("vladimir-putin", "proposes", "greater-eurasian-partnership")},
        ),
        # cooperatesWith
        ("Russia cooperates closely with ASEAN.", {("RUS", "cooperatesWith", "ASEAN")}),
        (
            "China and Russia cooperate within the SCO framework.",
            {("CHN", "cooperatesWith", "SCO"), ("RUS", "cooperatesWith", "SCO")},
        ),
        (
            "Russia's cooperation within the CIS, EAEU, CSTO, and SCO frameworks is growing.",
            {
                ("RUS", "cooperatesWith", "CIS"),
                ("RUS", "cooperatesWith", "EAEU"),
                ("RUS", "cooperatesWith", "CSTO"),
                ("RUS", "cooperatesWith", "SCO"),
            },
        ),
        (
            "Cooperation between Russia and the EAEU is deepening.",
            {("RUS", "cooperatesWith", "EAEU")},
        ),
        # claims
        (
            "In Eurasia, unlike Africa and Latin America, there exists no pan-continental "
            "organisation.",
            {
                ("EURASIA", "claims", "no-pan-continental-organisation"),
                ("002", "claims", "pan-continental-organisation"),
                ("419", "claims", "pan-continental-organisation"),
            },
        ),
    ],
)
def test_predicates(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    assert triples(extractor, text) == expected


# --- negation and modality --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Armenia has not withdrawn from the CSTO.",
        "Kazakhstan is not a member of the EU.",
        "Iran may join the EAEU as an observer.",
        "Turkey could become a member of the SCO.",
        "Algeria applied to join BRICS in 2023.",
        "Serbia seeks membership in the EU and is a candidate country.",
        "Belarus plans to join the SCO.",
        "Saudi Arabia is expected to join BRICS.",
        "Uzbekistan will never leave the CIS.",
        "Indonesia was invited to join BRICS but declined.",
        "Former member Uzbekistan is no longer part of the CSTO.",
        "Ukraine is a prospective member of NATO.",
        "Non-member states such as Serbia attended the SCO summit.",
        "Russia left the SCO summit early.",
        "Russia and China are key partners of ASEAN.",
        "The possibility of cooperation between the EAEU, ASEAN and the SCO was discussed.",
        "Russia may propose a Greater Eurasian Partnership.",
        "Iran is not located in Europe.",
    ],
)
def test_negated_or_hypothetical_statements_are_dropped(extractor: Extractor, text: str) -> None:
    assert triples(extractor, text) == set()


# --- qualifiers and provenance ----------------------------------------------------------------


def test_year_and_role_qualifiers(extractor: Extractor) -> None:
    result = extractor.extract("Iran joined the SCO as an observer in 2005.")
    [statement] = result.statements
    assert statement.triple == ("IRN", "joined", "SCO")
    assert statement.qualifiers == {"year": 2005, "role": "observer"}
    assert statement.rule in {"joined-verb", "tree:enter"}  # the tree reads it first now


def test_each_coordinated_object_keeps_its_year(extractor: Extractor) -> None:
    result = extractor.extract("Finland joined the EU in 1995 and NATO in 2023.")
    assert {s.object: s.qualifiers["year"] for s in result.statements} == {
        "EU": 1995,
        "NATO": 2023,
    }


def test_year_given_before_the_subject(extractor: Extractor) -> None:
    result = extractor.extract("In 2009, Georgia withdrew from the CIS.")
    assert [s.qualifiers.get("year") for s in result.statements] == [2009]


def test_partner_role_qualifier(extractor: Extractor) -> None:
    [statement] = extractor.extract("Turkey is a dialogue partner of the SCO.").statements
    assert statement.qualifiers == {"role": "dialogue_partner"}


def test_evidence_covers_trigger_and_arguments_inside_the_sentence(extractor: Extractor) -> None:
    text = "Trade grew. Later, Uzbekistan withdrew from the CSTO in 2012. Nothing else happened."
    [statement] = extractor.extract(text).statements
    assert text[statement.evidence_start : statement.evidence_end] == (
        "Uzbekistan withdrew from the CSTO"
    )
    assert text[statement.sentence_start : statement.sentence_end] == (
        "Later, Uzbekistan withdrew from the CSTO in 2012."
    )


def test_every_rule_name_is_documented(extractor: Extractor) -> None:
    text = (PROJECT_ROOT / "seeds" / "lavrov-2026-01-20.txt").read_text(encoding="utf-8")
    rules = {s.rule for s in extractor.extract(text).statements}
    assert rules <= set(RULES)
    assert {"cooperation-frameworks", "region-has-civilizational-states", "absence-claim"} <= rules


def test_one_statement_per_triple_per_sentence(extractor: Extractor) -> None:
    text = "Timor-Leste was admitted as ASEAN's 11th member. Timor-Leste joined ASEAN in 2025."
    assert [s.triple for s in extractor.extract(text).statements] == [
        ("TLS", "joined", "ASEAN"),
        ("TLS", "joined", "ASEAN"),
    ]


# --- attribution ------------------------------------------------------------------------------


def asserted(extractor: Extractor, text: str) -> set[tuple[Triple, str]]:
    return {(s.triple, s.asserted_by) for s in extractor.extract(text).statements}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uzbekistan withdrew from the CSTO in 2012.", {(("UZB", "left", "CSTO"), "author")}),
        (
            "Lavrov said that Iran is a member of the SCO.",
            {(("IRN", "memberOf", "SCO"), "sergey-lavrov")},
        ),
        (
            "Iran is a member of the SCO, Putin noted.",
            {(("IRN", "memberOf", "SCO"), "vladimir-putin")},
        ),
        (
            "According to Lavrov, Iran is a member of the SCO.",
            {(("IRN", "memberOf", "SCO"), "sergey-lavrov")},
        ),
        (
            "“Iran has joined the SCO and will take part fully,” said Wang Yi.",
            {(("IRN", "joined", "SCO"), "wang-yi")},
        ),
        (
            '"Iran has joined the SCO and will take part fully," Wang Yi told reporters.',
            {(("IRN", "joined", "SCO"), "wang-yi")},
        ),
        (
            "As indicated by the Russian Foreign Ministry, Iran joined the SCO in 2023.",
            {(("IRN", "joined", "SCO"), "RUS")},
        ),
        (
            "Pashinyan said Armenia froze its participation in the CSTO.",
            {(("ARM", "suspendedIn", "CSTO"), "nikol-pashinyan")},
        ),
    ],
)
def test_attribution(extractor: Extractor, text: str, expected: set[tuple[Triple, str]]) -> None:
    assert asserted(extractor, text) == expected


def test_pronoun_speaker_and_quote_inherits_the_last_speaker(extractor: Extractor) -> None:
    text = (
        "Foreign Minister Sergey Lavrov spoke to the press.\n"
        "He stated that the partnership “is growing every year, and it matters to everyone.”\n"
        "Iran became a member of the SCO in 2023, the report says.\n"
        "“Uzbekistan withdrew from the CSTO in 2012 and has not come back since then.”"
    )
    assert asserted(extractor, text) == {
        (("IRN", "joined", "SCO"), "author"),
        (("UZB", "left", "CSTO"), "sergey-lavrov"),
    }


def test_scare_quotes_do_not_change_the_speaker(extractor: Extractor) -> None:
    text = "Lavrov spoke. Later, Iran joined the SCO, an ‘Asian NATO’ to some, in 2023."
    assert asserted(extractor, text) == {(("IRN", "joined", "SCO"), "author")}


def test_first_person_in_a_quote_is_the_speakers_state(extractor: Extractor) -> None:
    text = (
        "Russian Foreign Minister Sergey Lavrov said: “Our cooperation within the SCO and BRICS "
        "frameworks is growing, and we will create a Greater Eurasian Partnership.”"
    )
    result = extractor.extract(text)
    assert {(s.triple, s.asserted_by) for s in result.statements} == {
        (("RUS", "cooperatesWith", "SCO"), "sergey-lavrov"),
        (("RUS", "cooperatesWith", "BRICS"), "sergey-lavrov"),
        (("RUS", "proposes", "greater-eurasian-partnership"), "sergey-lavrov"),
    }
    assert "Our" not in {m.text for m in result.mentions}


def test_first_person_outside_quotes_is_not_resolved(extractor: Extractor) -> None:
    text = "Sergey Lavrov spoke. Our cooperation within the SCO is growing."
    assert triples(extractor, text) == set()


def test_office_qualifier_for_a_person_subject(extractor: Extractor) -> None:
    text = "Russian President Vladimir Putin proposed the Greater Eurasian Partnership in 2015."
    [statement] = extractor.extract(text).statements
    assert statement.qualifiers == {"year": 2015, "office": "President"}


def test_transcript_speaker_label(extractor: Extractor) -> None:
    text = (
        "President of Russia Vladimir Putin: Good afternoon, colleagues.\n\n"
        "Our cooperation within the EAEU is growing."
    )
    assert asserted(extractor, text) == {(("RUS", "cooperatesWith", "EAEU"), "vladimir-putin")}


# --- families of phrasings added for recall (issue 4) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role phrase opening the sentence describes the state after its comma
        (
            "A member of the SCO since 2017, India hosted the summit.",
            {("IND", "memberOf", "SCO"), ("IND", "joined", "SCO")},  # dated: joined in 2017
        ),
        (
            "As an observer of the SCO, Mongolia attends its summits.",
            {("MNG", "observerOf", "SCO")},
        ),
        (
            "A founding member of BRICS, Brazil and India signed the declaration.",
            {("BRA", "memberOf", "BRICS"), ("IND", "memberOf", "BRICS")},
        ),
        # "O has N members: A, B"
        (
            "The CSTO has six members: Armenia, Belarus and Russia.",
            {("ARM", "memberOf", "CSTO"), ("BLR", "memberOf", "CSTO"), ("RUS", "memberOf", "CSTO")},
        ),
        (
            "The EAEU now counts five member states, Kazakhstan and Kyrgyzstan among them.",
            {("KAZ", "memberOf", "EAEU"), ("KGZ", "memberOf", "EAEU")},
        ),
        # a membership word with the organisation on its left and "membership comprises"
        (
            "The EAEU's membership comprises Armenia and Belarus.",
            {("ARM", "memberOf", "EAEU"), ("BLR", "memberOf", "EAEU")},
        ),
        # several organisations after one role noun
        (
            "Russia is a member of both the SCO and BRICS.",
            {("RUS", "memberOf", "SCO"), ("RUS", "memberOf", "BRICS")},
        ),
        (
            "Kazakhstan is a member of the CSTO and of the EAEU.",
            {("KAZ", "memberOf", "CSTO"), ("KAZ", "memberOf", "EAEU")},
        ),
        # the verb left out, each subject with its own year
        (
            "Kazakhstan joined the EAEU in 2015 and Kyrgyzstan in 2015.",
            {("KAZ", "joined", "EAEU"), ("KGZ", "joined", "EAEU")},
        ),
        (
            "Iran acceded to the SCO on 4 July 2023 and Belarus on 4 July 2024.",
            {("IRN", "joined", "SCO"), ("BLR", "joined", "SCO")},
        ),
        # passive join
        (
            "In 2024 BRICS was joined by Egypt and Ethiopia.",
            {("EGY", "joined", "BRICS"), ("ETH", "joined", "BRICS")},
        ),
        # a membership noun phrase, then what happened to it
        ("Moldova's membership in the CIS was suspended in 2023.", {("MDA", "suspendedIn", "CIS")}),
        (
            "The membership of Armenia in the CSTO was frozen in 2024.",
            {("ARM", "suspendedIn", "CSTO")},
        ),
        ("Georgia's CIS membership ended in 2009.", {("GEO", "left", "CIS")}),
        (
            "The membership of Uzbekistan in the CSTO was terminated in 2012.",
            {("UZB", "left", "CSTO")},
        ),
        # ceasing, not an infinitive of intent
        ("Uzbekistan ceased to be a member of the CSTO in 2012.", {("UZB", "left", "CSTO")}),
        # freezing a membership is not holding it
        ("Armenia has frozen its membership in the CSTO.", {("ARM", "suspendedIn", "CSTO")}),
        # a change of status to a role
        (
            "Turkmenistan changed its CIS status to associate member in 2005.",
            {("TKM", "partnerOf", "CIS")},
        ),
        (
            "Ukraine downgraded its participation in the CIS to observer status.",
            {("UKR", "observerOf", "CIS")},
        ),
        # reference marks glued to names and lists (Wikipedia)
        (
            "The Collective Security Treaty Organization (CSTO)[3] is an alliance consisting of "
            "Armenia,[4] Belarus[5] and Russia.",
            {("ARM", "memberOf", "CSTO"), ("BLR", "memberOf", "CSTO"), ("RUS", "memberOf", "CSTO")},
        ),
        ("Putin said that Uzbekistan had joined the CSTO.[1]", {("UZB", "joined", "CSTO")}),
    ],
)
def test_recall_families(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    assert triples(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A candidate for membership of the EU since 2005, Turkey is still waiting.",
        "A former member of the CSTO, Georgia now seeks NATO membership.",
        "A potential member of the SCO, Turkey has applied.",
        "Iran may join the SCO in 2023 and Belarus in 2024.",
        "Iran applied to join the SCO in 2021 and Belarus in 2022.",
        "Uzbekistan is expected to join the EAEU in 2026 and Tajikistan in 2027.",
        "Moldova's membership in the CIS may be suspended.",
        "Moldova's membership in the CIS was not suspended.",
        "The membership of Moldova in the CIS has not ended.",
        "Moldova's membership talks with the EU ended in 2023.",
        "Turkmenistan did not change its CIS status to associate member.",
        "Turkmenistan could change its CIS status to associate member.",
        "The EAEU could have seven members: Kazakhstan, Armenia and Uzbekistan.",
        "The SCO was not joined by Turkey.",
        "The SCO summit ended in 2023 with Iran present.",
    ],
)
def test_recall_families_keep_negation_and_modality(extractor: Extractor, text: str) -> None:
    assert not {t for t in triples(extractor, text) if t[1] != "cooperatesWith"}


def test_a_former_role_fronted_gives_only_the_later_event(extractor: Extractor) -> None:
    # "the group" is the CIS named earlier in the same sentence; "once a member" is no standing
    text = "Once a member of the CIS, Georgia left the group later."
    assert {t for t in triples(extractor, text) if t[1] != "cooperatesWith"} == {
        ("GEO", "left", "CIS")
    }


def test_list_items_under_a_heading(extractor: Extractor) -> None:
    text = (
        "Members of the Eurasian Economic Union:\n"
        "- Armenia (2015)\n"
        "- Belarus\n"
        "\n"
        "Former members of the CSTO:\n"
        "- Azerbaijan (joined 1994, withdrew 1999)\n"
        "- Uzbekistan (joined 2006, suspended 2012)\n"
        "\n"
        "Observer states of the SCO:\n"
        "- Mongolia (since 2004)\n"
    )
    result = extractor.extract(text)
    found = {
        (s.subject, s.predicate, s.object, s.qualifiers.get("year")) for s in result.statements
    }
    assert found == {
        ("ARM", "memberOf", "EAEU", None),
        ("BLR", "memberOf", "EAEU", None),
        ("AZE", "joined", "CSTO", 1994),
        ("AZE", "left", "CSTO", 1999),
        ("UZB", "joined", "CSTO", 2006),
        ("UZB", "suspendedIn", "CSTO", 2012),
        ("MNG", "observerOf", "SCO", None),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a heading that does not assert membership: candidates, states that did not join
        "Candidates for membership of the EU:\n- Turkey (2005)\n- Serbia\n",
        "States that did not join the CSTO:\n- Turkmenistan\n",
        # no heading right before the list
        "Members of the SCO:\n\nThe SCO was founded in 2001.\n- China (2001)\n",
        # an item that is a sentence, not an entry
        "Members of the SCO:\n- China hosted a summit.\n",
        # applicants in the item itself
        "Observers of the SCO:\n- Iran (applied to join 2008)\n",
    ],
)
def test_list_items_need_an_asserting_heading(extractor: Extractor, text: str) -> None:
    assert not {t for t in triples(extractor, text) if t[1] != "cooperatesWith"}


# --- round-3 families: enlargement narratives, status grants, role clauses --------------------


def dated(extractor: Extractor, text: str) -> set[tuple[str, str, str | None, int | None]]:
    return {
        (s.subject, s.predicate, s.object, s.qualifiers.get("year"))
        for s in extractor.extract(text).statements
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted subject, the list after a dash or a colon
        (
            "Three countries joined ASEAN in 1999: Laos, Cambodia and Myanmar.",
            {("LAO", "joined", "ASEAN", 1999), ("KHM", "joined", "ASEAN", 1999)}
            | {("MMR", "joined", "ASEAN", 1999)},
        ),
        (
            "Two new members were admitted to the African Union in 2011 – Morocco and Egypt.",
            {("MAR", "joined", "AU", 2011), ("EGY", "joined", "AU", 2011)},
        ),
        # "O grew / expanded by including A in YEAR and B in YEAR": each keeps its year
        (
            "The SCO grew by including India and Pakistan in 2017 and Iran in 2023.",
            {("IND", "joined", "SCO", 2017), ("PAK", "joined", "SCO", 2017)}
            | {("IRN", "joined", "SCO", 2023)},
        ),
        (
            "BRICS expanded by admitting Egypt and Ethiopia in 2024, and later Indonesia in 2025.",
            {("EGY", "joined", "BRICS", 2024), ("ETH", "joined", "BRICS", 2024)}
            | {("IDN", "joined", "BRICS", 2025)},
        ),
        # an enlargement of O "with the addition / accession of A, B"
        (
            "In 2015 the enlargement of the Eurasian Economic Union came with the addition of "
            "Armenia and Kyrgyzstan.",
            {("ARM", "joined", "EAEU", 2015), ("KGZ", "joined", "EAEU", 2015)},
        ),
        (
            "BRICS's expansion took place with the accession of South Africa in 2011.",
            {("ZAF", "joined", "BRICS", 2011)},
        ),
        # a status granted is an admission, not only a membership
        (
            "The heads of state signed a decision on granting Iran the status of an SCO member "
            "state.",
            {("IRN", "joined", "SCO", None)},
        ),
        (
            "In 2021 the council granted Egypt the status of a BRICS member.",
            {("EGY", "joined", "BRICS", 2021)},
        ),
        # the clause after a member list names the other roles
        (
            "The EAEU is a union comprising Armenia, Belarus and Russia, while Moldova and "
            "Uzbekistan are observers.",
            {("ARM", "memberOf", "EAEU", None), ("BLR", "memberOf", "EAEU", None)}
            | {("RUS", "memberOf", "EAEU", None), ("MDA", "observerOf", "EAEU", None)}
            | {("UZB", "observerOf", "EAEU", None)},
        ),
        (
            "The CSTO is an alliance comprising all but two of the treaty's signatory states: "
            "Armenia and Belarus.",
            {("ARM", "memberOf", "CSTO", None), ("BLR", "memberOf", "CSTO", None)},
        ),
        # readmission is an admission
        ("Syria was readmitted to the Arab League in 2023.", {("SYR", "joined", "LAS", 2023)}),
        # historical names take today's code
        ("West Germany joined NATO in 1955.", {("DEU", "joined", "NATO", 1955)}),
    ],
)
def test_enlargement_and_status_families(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str | None, int | None]]
) -> None:
    assert dated(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # counted subjects without a list, or candidates and applicants
        "Ten new countries joined the EU in 2004.",
        "Three countries applied to join ASEAN in 1999: Laos, Cambodia and Myanmar.",
        "Two countries may join the SCO in 2026: Turkey and Egypt.",
        "Five candidates were invited to join NATO: Albania and Croatia.",
        # modality, negation and talks about an enlargement
        "NATO could grow by including Georgia and Ukraine.",
        "The EU will expand by admitting Serbia in 2030.",
        "The enlargement of the EU did not come with the addition of Turkey.",
        "The EU began talks on the accession of Albania and North Macedonia.",
        "The SCO, including China and Russia, met in 2024.",
        "The enlargement of the EU was debated before the accession of Turkey.",
        "Russia opposed NATO's expansion with the accession of Georgia and Ukraine.",
        "Two countries joined the SCO summit in 2024: Turkey and Egypt.",
        "In addition to Turkmenistan, the SCO hosted Turkey.",
        # a grant that was discussed, drafted or not signed
        "The leaders discussed granting Belarus the status of an SCO member state.",
        "They signed a draft resolution on granting Laos the status of an ASEAN member state.",
        "The ministers did not sign a decision on granting Egypt the status of a BRICS member.",
        # an adjective header places nothing
        "Another enlargement brought in seven Central and Eastern European countries: Bulgaria, "
        "Estonia and Latvia.",
        "Central Asian states Kazakhstan and Uzbekistan met.",
    ],
)
def test_enlargement_families_keep_negation_and_modality(extractor: Extractor, text: str) -> None:
    assert not {t for t in triples(extractor, text) if t[1] not in {"cooperatesWith"}}


@pytest.mark.parametrize(
    "clause",
    [
        "while Moldova and Uzbekistan are not observers",
        "while Moldova and Uzbekistan are observers of the CIS",
        "while Moldova and Uzbekistan are candidates",
        "while Moldova and Uzbekistan are former observers",
    ],
)
def test_role_clause_needs_a_plain_role(extractor: Extractor, clause: str) -> None:
    text = f"The EAEU comprises Armenia, Belarus and Russia, {clause}."
    found = {t for t in triples(extractor, text) if t[0] in {"MDA", "UZB"}}
    assert ("MDA", "observerOf", "EAEU") not in found
    assert ("UZB", "observerOf", "EAEU") not in found


# --- round-4 families: extra whitespace, bracketed asides, abbreviations the text defines --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Members of the  O are A, B" with a doubled space (copied web text)
        (
            "Members of the  CSTO are Armenia, Belarus and Tajikistan.",
            {("ARM", "memberOf", "CSTO"), ("BLR", "memberOf", "CSTO"), ("TJK", "memberOf", "CSTO")},
        ),
        (
            "The  members of the  SCO are  India and  Iran.",
            {("IND", "memberOf", "SCO"), ("IRN", "memberOf", "SCO")},
        ),
        # a long description with bracketed asides between the body and "comprising"
        (
            "The Association of Southeast Asian Nations (ASEAN; French: x), is a regional, "
            "political, and economic union comprising Laos, Vietnam and Cambodia.",
            {
                ("LAO", "memberOf", "ASEAN"),
                ("VNM", "memberOf", "ASEAN"),
                ("KHM", "memberOf", "ASEAN"),
            },
        ),
        (
            "The Eurasian Economic Union (EAEU; Russian: x), also known as the Union, is an "
            "economic union uniting Armenia and Belarus.",
            set(),  # "also known as the Union" is not a description of the body: nothing
        ),
        (
            "The Collective Security Treaty Organization (CSTO), a military alliance that may one "
            "day comprise Serbia, met.",
            set(),
        ),
        (
            "The Shanghai Cooperation Organisation (SCO; Chinese: x) is not a union comprising "
            "Turkey and Egypt.",
            set(),
        ),
        # an abbreviation the text defines links later in the document
        (
            "The European Economic Community (EEC) was created in 1957.\n\n"
            "In 1981 the EEC admitted Greece.",
            {("GRC", "joined", "EU")},
        ),
        (
            "The European Community (EC) grew. Spain and Portugal joined the EC in 1986.",
            {("ESP", "joined", "EU"), ("PRT", "joined", "EU")},
        ),
        ("The EC said that Spain may join the EC.", set()),  # never defined: not linked
        ("The European Community (EC) grew. Norway applied to join the EC.", set()),
    ],
)
def test_round4_families(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    # what the tree and the rules read; the pair model may add a description's members ("an
    # economic union uniting Armenia and Belarus"), tested in test_learned.py
    read, _ = extractor.read(text)
    assert {s.triple for s in read.statements if s.polarity == "positive"} == expected


def test_defined_abbreviation_is_a_mention(extractor: Extractor) -> None:
    text = "It merged into the European Community (EC). Later the EC grew."
    mentions = [(m.text, m.id) for m in extractor.extract(text).mentions]
    assert mentions == [("European Community", "EU"), ("EC", "EU"), ("EC", "EU")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "S was a (founding) member of O but withdrew/left in YEAR": left, object elided
        (
            "Ukraine was a member of the CIS but withdrew in 2018.",
            {("UKR", "memberOf", "CIS"), ("UKR", "left", "CIS")},
        ),
        (
            "Georgia was one of the founding members of the CIS, and later left in 2009 after "
            "the war.",
            {("GEO", "memberOf", "CIS"), ("GEO", "left", "CIS")},
        ),
        ("Georgia was a member of the CIS but withdrew its envoy.", {("GEO", "memberOf", "CIS")}),
        ("Georgia was a member of the CIS but left for Tbilisi.", {("GEO", "memberOf", "CIS")}),
        (
            "Georgia was a member of the CIS but never withdrew in protest.",
            {("GEO", "memberOf", "CIS")},
        ),
        ("Georgia is a member of the CIS but may withdraw in 2027.", {("GEO", "memberOf", "CIS")}),
        # "O was founded … with A joining later, and B and C joining in YEAR"
        (
            "The CSTO was established in 1992 by six states, with Belarus joining a year later, "
            "and Georgia and Azerbaijan joining in 1993.",
            {("BLR", "joined", "CSTO"), ("GEO", "joined", "CSTO"), ("AZE", "joined", "CSTO")},
        ),
        (
            "The SCO was founded in 2001, with India not joining until later.",
            set(),
        ),
        (
            "The SCO was founded in 2001, with Iran considering joining.",
            set(),
        ),
        (
            "The EAEU was created in 2015 with Armenia joining talks.",
            set(),
        ),
    ],
)
def test_elided_left_and_joining_after_founding(
    extractor: Extractor, text: str, expected: set[Triple]
) -> None:
    assert triples(extractor, text) == expected


def test_joining_after_founding_keeps_only_written_years(extractor: Extractor) -> None:
    text = (
        "The Council of Europe was founded on 5 May 1949, with Greece joining three months "
        "later, and Iceland joining in 1950."
    )
    years = {s.subject: s.qualifiers.get("year") for s in extractor.extract(text).statements}
    assert years == {"GRC": None, "ISL": 1950}


# --- round-5 families: copular descriptions, "as its Nth member", latest members, "added to" --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Shanghai Cooperation Organisation is a Eurasian security bloc bringing together "
            "China, India and Iran.",
            {("CHN", "memberOf", "SCO"), ("IND", "memberOf", "SCO"), ("IRN", "memberOf", "SCO")},
        ),
        (
            "The Collective Security Treaty Organization (CSTO) is a military alliance of "
            "post-Soviet states bringing together Armenia, Belarus and Russia.",
            {("ARM", "memberOf", "CSTO"), ("BLR", "memberOf", "CSTO"), ("RUS", "memberOf", "CSTO")},
        ),
        (
            "The EAEU is a supranational customs bloc consisting of Armenia and Kazakhstan.",
            {("ARM", "memberOf", "EAEU"), ("KAZ", "memberOf", "EAEU")},
        ),
        (
            "In 2017, the SCO summit decided to accept India as its seventh member state.",
            {("IND", "joined", "SCO")},
        ),
        (
            "At its 2006 summit the Shanghai Cooperation Organisation accepted Iran as its 9th "
            "member.",
            {("IRN", "joined", "SCO")},
        ),
        ("The EAEU admitted Armenia as its newest member.", {("ARM", "joined", "EAEU")}),
        (
            "The newest countries to join the SCO were Iran in 2023 and Belarus in 2024.",
            {("IRN", "joined", "SCO"), ("BLR", "joined", "SCO")},
        ),
        (
            "The most recent member states to be added to the EU are Bulgaria on 1 January 2007 "
            "and Croatia on 1 July 2013.",
            {("BGR", "joined", "EU"), ("HRV", "joined", "EU")},
        ),
        ("Iran was added to the SCO in 2023.", {("IRN", "joined", "SCO")}),
    ],
)
def test_round5_families(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    assert triples(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The CSTO would be a multilateral forum bringing together Armenia, Belarus and Russia.",
        "The CSTO is not a forum bringing together Armenia, Belarus and Russia.",
        "The EAEU was a proposed customs union consisting of Armenia and Belarus.",
        "The EAEU is a former customs union consisting of Armenia and Belarus.",
        "The SCO summit did not accept India as its seventh member state.",
        "The SCO summit may accept India as its seventh member state.",
        "The SCO is expected to accept India as its seventh member state.",
        "The SCO refused to accept India as its seventh member state.",
        "The SCO plans to accept India as its seventh member state.",
        "India accepts the SCO charter.",
        "The SCO accepts India as its partner in trade.",
        "The most recent states to apply to join the EU are Ukraine and Moldova.",
        "The most recent candidates to be added to the EU are Ukraine and Moldova.",
        "The next states to be added to the EU could be Ukraine and Moldova.",
        "The most recent member states to be added to the EU may be Ukraine and Moldova.",
        "Iran was not added to the SCO.",
        "Iran could be added to the SCO.",
        "Iran added to the SCO's strength.",
        "Ukraine was invited to join the EU.",
    ],
)
def test_round5_families_keep_negation_and_modality(extractor: Extractor, text: str) -> None:
    assert triples(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "On 1 May 2004, the enlargement of the EU took place with the accession of Poland.",
            2004,
        ),
        (
            "On May 9, 1998, the enlargement of the SCO took place with the addition of Iran.",
            1998,
        ),
        ("Iran joined the SCO on 4 May 2023.", 2023),
    ],
)
def test_may_next_to_a_date_is_the_month(extractor: Extractor, text: str, year: int) -> None:
    statements = extractor.extract(text).statements
    assert [(s.predicate, s.qualifiers.get("year")) for s in statements] == [("joined", year)]


def test_modal_may_still_blocks(extractor: Extractor) -> None:
    assert triples(extractor, "Poland may join the European Union in 2030.") == set()
    assert triples(extractor, "In 2004, Poland May join the European Union.") == set()


# --- labelled membership lists ------------------------------------------------------------------

_SCO_ENTRY = """Shanghai Cooperation Organisation (SCO)

note - formerly known as the Shanghai Five

members - (9) China, India, Iran, Kazakhstan, Kyrgyzstan, Pakistan, Russia, Tajikistan, Uzbekistan

observers - (2) Afghanistan, Mongolia (special observer)

dialogue partners - Armenia, Azerbaijan, Cambodia
"""


def test_labelled_lists_under_a_title_line(extractor: Extractor) -> None:
    statements = extractor.extract(_SCO_ENTRY).statements
    got = {(s.subject, s.predicate, s.object, s.qualifiers.get("role")) for s in statements}
    members = {"CHN", "IND", "IRN", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"}
    assert got == (
        {(m, "memberOf", "SCO", None) for m in members}
        | {("AFG", "observerOf", "SCO", None), ("MNG", "observerOf", "SCO", "special_observer")}
        | {(s, "partnerOf", "SCO", "dialogue_partner") for s in ("ARM", "AZE", "KHM")}
    )
    assert {s.rule for s in statements} == {"labelled-list"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body named in the label itself, dash or colon
        (
            "CSTO member states – Armenia, Belarus",
            {("ARM", "memberOf", "CSTO"), ("BLR", "memberOf", "CSTO")},
        ),
        # the body named by the sentence before the label
        (
            "The SCO met in Astana. Observer states: Mongolia, Belarus.",
            {("MNG", "observerOf", "SCO"), ("BLR", "observerOf", "SCO")},
        ),
        (
            "Eurasian Economic Union\n\nAssociate members: Moldova",
            {("MDA", "partnerOf", "EAEU")},
        ),
        # a former member left (the set's settlement); candidates and a note give nothing
        (
            "Commonwealth of Independent States\n\nformer members - Georgia, Ukraine",
            {("GEO", "left", "CIS"), ("UKR", "left", "CIS")},
        ),
        ("Shanghai Cooperation Organisation\n\ncandidates: Belarus, Laos", set()),
        (
            "Collective Security Treaty Organization\n\nmembers — Armenia (suspended), Belarus",
            {("BLR", "memberOf", "CSTO")},
        ),
        # two bodies before the label: whose list it is stays open
        ("The SCO and the CSTO met in Minsk. Members: Armenia, Russia.", set()),
        # no body anywhere
        ("Observer states: Mongolia, Belarus.", set()),
        # a label followed by prose, not a list
        ("SCO\n\nmembers - Russia's partners in Asia disagree.", set()),
    ],
)
def test_labelled_lists(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    assert triples(extractor, text) == expected
