"""Speakers of parliamentary records and written statements: a heading line names who speaks in
the paragraphs under it, and an appositive description inside a speech is the speaker's, not
the writer's — the real extractor with the shipped models on made-up transcripts (not gold)."""

from __future__ import annotations

import pytest

from blocgraph.extract import Extractor


def _speakers(extractor: Extractor, text: str) -> dict[tuple[str, str, str | None], str]:
    return {s.triple: s.asserted_by for s in extractor.extract(text, lang="en").statements}


HANSARD = """LORD SMITH

My Lords, I beg leave to ask the Question which stands in my name on the Order Paper.

THE MARQUESS OF KENT

My Lords, the Governments of Australia, France and New Zealand retain their membership of SEATO.

LORD SMITH

My Lords, is it not the case that Thailand is a member of ASEAN?
"""


def test_a_heading_line_gives_the_speech_below_it_its_speaker(extractor: Extractor) -> None:
    said = _speakers(extractor, HANSARD)
    seato = {t: who for t, who in said.items() if t[2] == "new:seato"}
    assert {("FRA", "memberOf", "new:seato"), ("NZL", "memberOf", "new:seato")} <= set(seato)
    assert set(seato.values()) == {"new:kent"}
    assert said[("THA", "memberOf", "ASEAN")] == "new:smith"


@pytest.mark.parametrize(
    ("heading", "speaker"),
    [
        ("§ Baroness Jones of Moulsecoomb", "new:jones-of-moulsecoomb"),
        ("107. Mr. Rankin", "new:rankin"),
        (
            "Anne Brown (Perth, Australian Labor Party, Minister for Foreign Affairs)",
            "new:anne-brown",
        ),
        ("The Secretary of State for Foreign Affairs (Jane Doe)", "new:jane-doe"),
    ],
)
def test_heading_shapes(extractor: Extractor, heading: str, speaker: str) -> None:
    text = (
        f"{heading}\n\nThe South Asian Association for Regional Cooperation, a regional group"
        " which includes India and Pakistan, met in Colombo.\n"
    )
    said = _speakers(extractor, text)
    assert said[("IND", "memberOf", "SAARC")] == speaker
    assert said[("PAK", "memberOf", "SAARC")] == speaker


@pytest.mark.parametrize(
    "heading",
    [
        "Questions without Notice",
        "ESTABLISHMENT AND FUNCTIONS",
        "International Regional Engagement",
    ],
)
def test_a_section_heading_names_no_speaker(extractor: Extractor, heading: str) -> None:
    text = f"{heading}\n\nThailand is a member of ASEAN.\n"
    assert _speakers(extractor, text)[("THA", "memberOf", "ASEAN")] == "author"


def test_an_appositive_in_reported_speech_stays_the_writer_s(extractor: Extractor) -> None:
    text = (
        "Pashinyan said Armenia would leave the CSTO, a bloc that includes Russia, Kazakhstan"
        " and Belarus."
    )
    said = _speakers(extractor, text)
    assert said[("RUS", "memberOf", "CSTO")] == "author"


def test_an_appositive_in_a_direct_quote_is_the_speaker_s(extractor: Extractor) -> None:
    text = (
        '"We will keep working within the CSTO, a bloc that includes Russia, Kazakhstan and'
        ' Belarus," Sergey Lavrov said.'
    )
    said = _speakers(extractor, text)
    assert said[("RUS", "memberOf", "CSTO")] == "sergey-lavrov"
