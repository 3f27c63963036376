"""The tree reader on refused futures and plans, counted member lists, sentential relatives, and
open-world names in their short and abbreviated forms: the real extractor with the shipped
models, on sentences of each family (not gold texts)."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor
from tests.extract._sentences import Triple, triples


@pytest.mark.parametrize(
    "text",
    [
        "Kyrgyzstan will not leave the Eurasian Economic Union, the president said.",
        "Kyrgyzstan won't leave the Eurasian Economic Union.",
        "Kyrgyzstan said it would not leave the Eurasian Economic Union.",
        "Kyrgyzstan does not plan to leave the Eurasian Economic Union.",
        "Kyrgyzstan has no plans to leave the Eurasian Economic Union.",
        "Kyrgyzstan joined the CIS in 1991. On Monday Kyrgyzstan denied that it plans to quit"
        " the Eurasian Economic Union.",
    ],
)
def test_a_refused_exit_is_a_negative_left(extractor: Extractor, text: str) -> None:
    assert ("KGZ", "left", "EAEU") in triples(extractor, text, "negative")
    assert ("KGZ", "left", "EAEU") not in triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kyrgyzstan will leave the Eurasian Economic Union.",
        "Kyrgyzstan plans to leave the Eurasian Economic Union.",
        "Kyrgyzstan may not leave the Eurasian Economic Union.",
    ],
)
def test_a_plan_or_an_uncertain_refusal_asserts_nothing(extractor: Extractor, text: str) -> None:
    found = triples(extractor, text) | triples(extractor, text, "negative")
    assert ("KGZ", "left", "EAEU") not in found


def test_a_reported_pronoun_is_the_reporter(extractor: Extractor) -> None:
    text = (
        "Kazakhstan is a member of the Eurasian Economic Union. On Monday Kazakhstan denied"
        " that it plans to quit the CSTO."
    )
    negative = triples(extractor, text, "negative")
    assert ("KAZ", "left", "CSTO") in negative
    assert ("EAEU", "left", "CSTO") not in negative


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a counted role noun listing its holders, the owner an anaphor
            "Rwanda rejoined the CSTO in May. The bloc now has eleven members, including Angola,"
            " Burundi and Gabon.",
            {("AGO", "memberOf", "CSTO"), ("BDI", "memberOf", "CSTO"), ("GAB", "memberOf", "CSTO")},
        ),
        (  # a relative the parser hung on the main verb describes the noun before it
            "Mali has withdrawn from the Economic Community of West African States, which also"
            " includes Mauritania, Chad and Niger.",
            {
                ("MLI", "left", "ECOWAS"),
                ("MRT", "memberOf", "ECOWAS"),
                ("NER", "memberOf", "ECOWAS"),
            },
        ),
        ("Kazakhstan is part of the CSTO.", {("KAZ", "memberOf", "CSTO")}),
        (  # a surface rule over an open-world body
            "The Andean Community is made up of Colombia, Ecuador, Peru and Bolivia.",
            {
                ("COL", "memberOf", "ANDEAN"),
                ("BOL", "memberOf", "ANDEAN"),
            },
        ),
    ],
)
def test_member_lists(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    assert expected <= triples(extractor, text)


def test_part_of_a_place_is_no_membership(extractor: Extractor) -> None:
    assert not triples(extractor, "Kazakhstan is part of Central Asia.")


def test_an_open_world_name_shares_its_id_with_its_short_and_foreign_forms(
    extractor: Extractor,
) -> None:
    text = (
        "The Economic Community of the Great Lakes Countries (CEPGL) was founded in 1976 by"
        " Burundi and Rwanda. The Democratic Republic of the Congo said it was withdrawing from"
        " the Economic Community."
    )  # the sentence named ALBA until ALBA entered the catalogue (2026-12-06)
    result = extractor.extract(text)
    cepgl = "new:economic-community-of-the-great-lakes-countries"
    assert {m.id for m in result.mentions if m.text in {"CEPGL", "Economic Community"}} == {cepgl}
    assert ("COD", "left", cepgl) in {s.triple for s in result.statements}


def test_a_misspelt_name_before_a_known_abbreviation_is_that_body(extractor: Extractor) -> None:
    text = (
        "In 1992 Kazakhstan and Uzbekistan acceded to the Organization of Security and"
        " Cooperation in Europe (OSCE)."
    )
    found = triples(extractor, text)
    assert {("KAZ", "joined", "OSCE"), ("UZB", "joined", "OSCE")} <= found
    assert not any(o and o.startswith("new:") for _, _, o in found)


def test_organisations_listed_as_observers_are_observers_of_the_title_body(
    extractor: Extractor,
) -> None:
    text = (
        "# title: Pacific Islands Forum\n\nThe EU is a partner.\n"
        "observers - (3) Asia Development Bank, Western and Central Pacific Fisheries Commission,"
        " Timor-Leste\n"
    )
    listed = [s for s in extractor.extract(text).statements if s.rule == "labelled-list"]
    assert {s.object for s in listed} == {"PIF"}  # no listed organisation is taken as the body
    assert {("TLS", "observerOf", "PIF")} <= {s.triple for s in listed}


@pytest.mark.parametrize(
    "text",
    [
        "Казахстан не собирается выходить из ОДКБ.",
        "Казахстан не выйдет из ОДКБ.",
        "Информация о якобы планируемом выходе Казахстана из ОДКБ является абсолютным фейком.",
        "Kazakhstan rejected reports of its withdrawal from the CSTO.",
        "Kazakhstan refused to leave the CSTO.",
    ],
)
def test_refusals_and_denied_reports(extractor: Extractor, text: str) -> None:
    assert ("KAZ", "left", "CSTO") in triples(extractor, text, "negative")


def test_declining_to_join_is_a_negative_joined(extractor: Extractor) -> None:
    assert ("ARG", "joined", "BRICS") in triples(
        extractor, "Argentina declined to join BRICS.", "negative"
    )


def test_a_trailing_report_speaks_for_the_official_after_the_verb(extractor: Extractor) -> None:
    statements = extractor.extract("Казахстан вышел из ОДКБ, заявил министр.").statements
    assert [(s.triple, s.asserted_by) for s in statements] == [(("KAZ", "left", "CSTO"), "unknown")]


@pytest.mark.parametrize(
    "text",
    [
        "The African Union (AU) suspended Niger's membership pending the restoration of order.",
        "Африканский союз (АС) приостановил членство Нигера в организации.",
    ],
)
def test_a_body_suspends_its_members_membership(extractor: Extractor, text: str) -> None:
    found = triples(extractor, text)
    assert ("NER", "suspendedIn", "AU") in found
    assert not any(o and o.startswith("new:") for _, _, o in found)


def test_a_russian_name_and_its_abbreviation_share_one_id(extractor: Extractor) -> None:
    text = (
        "История официальных отношений России с Экономическим и валютным сообществом"
        " Центральной Африки (ЭВСЦА) началась в марте 1999 года. В настоящее время ЭВСЦА"
        " объединяет 6 стран региона, включая Камерун и Габон."
    )
    cemac = "new:экономическое-и-валютное-сообщество-центральной-африки"
    found = triples(extractor, text)
    assert {("CMR", "memberOf", cemac), ("GAB", "memberOf", cemac)} <= found
    assert ("RUS", "memberOf", cemac) not in found


def test_the_bank_is_the_bank_named_last(extractor: Extractor) -> None:
    text = (
        "Hungary withdrew from the International Investment Bank. Currently, the bank's members"
        " are Bulgaria, Cuba and Mongolia."
    )
    bank = "new:international-investment-bank"
    assert {("BGR", "memberOf", bank), ("MNG", "memberOf", bank)} <= triples(extractor, text)


def test_untrue_reports_of_an_exit_deny_it(extractor: Extractor) -> None:
    text = (
        "Публикации в СМИ о якобы «начале выхода Республики Беларусь из ОДКБ» не соответствуют"
        " действительности."
    )
    assert ("BLR", "left", "CSTO") in triples(extractor, text, "negative")


def test_not_intending_to_join_is_a_negative_joined(extractor: Extractor) -> None:
    text = "Туркменистан не намерен вступать в Евразийский экономический союз."
    assert ("TKM", "joined", "EAEU") in triples(extractor, text, "negative")


def test_a_ministry_with_its_abbreviation_is_no_body(extractor: Extractor) -> None:
    text = (
        "Thailand joined BRICS as a partner country, as announced by the Ministry of Foreign"
        " Affairs (MFA). BRICS now comprises nine members: Brazil, Russia and India."
        " The MFA noted that."
    )
    result = extractor.extract(text)
    assert not any(m.id.startswith("new:") for m in result.mentions)
    assert ("BRA", "memberOf", "BRICS") in {s.triple for s in result.statements}


def test_an_opening_participle_takes_the_main_subject(extractor: Extractor) -> None:
    text = (
        "Founded in 1967 by Indonesia, Malaysia and Thailand, and expanded in the 1990s to include"
        " Myanmar and Laos, ASEAN has never before excluded a national leader."
    )
    found = triples(extractor, text)
    assert {("IDN", "memberOf", "ASEAN"), ("THA", "memberOf", "ASEAN")} <= found
    assert {("MMR", "joined", "ASEAN"), ("LAO", "joined", "ASEAN")} <= found


def test_title_case_acronyms_and_saints(extractor: Extractor) -> None:
    mentions = {
        (m.text, m.id)
        for m in extractor.extract("Brunei joined Asean in 1984. St Lucia joined Brics.").mentions
    }
    assert {("Asean", "ASEAN"), ("Brics", "BRICS"), ("St Lucia", "LCA")} <= mentions


def test_a_handbook_label_closed_by_a_full_stop(extractor: Extractor) -> None:
    text = (
        "# title: Caribbean Community\n\nCaribbean Community (CARICOM)\n\n"
        "Members. Antigua and Barbuda, Bahamas, Barbados and Guyana. Anguilla is an associate.\n"
    )
    caricom = "CARICOM"
    assert {("ATG", "memberOf", caricom), ("GUY", "memberOf", caricom)} <= triples(extractor, text)


def test_observers_represented_as_such(extractor: Extractor) -> None:
    text = (
        "Саммит Организации тюркских государств (ОТГ) прошел в Шуше. Венгрия и Туркменистан"
        " представлены в качестве членов-наблюдателей организации."
    )
    assert {("HUN", "observerOf", "OTS"), ("TKM", "observerOf", "OTS")} <= triples(extractor, text)


def test_the_organisation_is_the_body_in_focus_for_the_surface_rules(extractor: Extractor) -> None:
    text = (
        "The Organisation of Turkic States met. The organisation consists of Azerbaijan,"
        " Kazakhstan and Turkey."
    )
    assert {("AZE", "memberOf", "OTS"), ("TUR", "memberOf", "OTS")} <= triples(extractor, text)


def test_a_spaced_dash_inside_a_russian_name(extractor: Extractor) -> None:
    text = (
        "Организация стран – экспортеров нефти (ОПЕК) вновь примет в картель Габон."
        " В январе 1995 году Габон вышел из ОПЕК."
    )
    opec = "OPEC"
    assert ("GAB", "left", opec) in triples(extractor, text)


def test_a_description_by_head_word_makes_its_body_the_one_in_focus(extractor: Extractor) -> None:
    text = (
        "Hungary will leave the International Criminal Court. The United Nations regretted it."
        " A total of 125 countries have ratified the court's founding Rome Statute, meaning they"
        " recognise its jurisdiction. The United States and Russia are not members."
    )
    negative = triples(extractor, text, "negative")
    assert ("USA", "memberOf", "ICC") in negative
    assert ("USA", "memberOf", "UN") not in negative


@pytest.mark.parametrize(
    "text",
    [
        "Правительство Армении не рассматривает вопрос присоединения республики к Союзному"
        " государству России и Белоруссии.",
        "Armenia does not consider joining the Union State of Russia and Belarus.",
    ],
)
def test_a_refusal_does_not_deny_the_members_a_name_lists(extractor: Extractor, text: str) -> None:
    found = {(s.triple, s.polarity) for s in extractor.extract(text).statements}
    assert (("ARM", "joined", "UNIONSTATE"), "negative") in found
    for state in ("RUS", "BLR"):
        assert ((state, "memberOf", "UNIONSTATE"), "negative") not in found


def test_a_russian_variant_of_a_catalogue_name_links_to_its_body(extractor: Extractor) -> None:
    text = "В Лигу арабских стран входят Египет, Ирак и Иордания."
    assert {m.id for m in extractor.extract(text).mentions if m.type == "body"} == {"LAS"}


def test_a_meeting_of_a_body_is_not_minted_as_the_body(extractor: Extractor) -> None:
    text = (
        "Pakistan is hosting the Senior Officials Meeting of Central Asia Regional Economic"
        " Cooperation (CAREC) in Islamabad."
    )
    bodies = {m.id for m in extractor.extract(text).mentions if m.type == "body"}
    assert bodies == {"new:central-asia-regional-economic-cooperation"}


def test_a_membership_that_ceased_is_an_exit_in_russian(extractor: Extractor) -> None:
    text = "Польша перестала быть членом НАТО."
    assert {(s.triple, s.polarity) for s in extractor.extract(text).statements} == {
        (("POL", "left", "NATO"), "positive")
    }


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "The observers of the Andean Community include Argentina, Egypt and Australia.",
            {("ARG", "observerOf"), ("EGY", "observerOf"), ("AUS", "observerOf")},
        ),
        (
            "Dialogue partners of the SCO include Turkey, Egypt and Qatar.",
            {("TUR", "partnerOf"), ("EGY", "partnerOf"), ("QAT", "partnerOf")},
        ),
        ("Candidates for the EU include Albania, Serbia and Montenegro.", set()),
    ],
)
def test_a_list_of_observers_partners_or_candidates_is_no_membership(
    extractor: Extractor, text: str, held: set[tuple[str, str]]
) -> None:
    found = {(s.subject, s.predicate) for s in extractor.extract(text).statements}
    assert found == held
