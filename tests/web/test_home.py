"""The home page in headless Chromium: it loads cleanly, the map appears, hover, focus, click
and Enter work, the controls re-render the map and are mirrored in the URL, the summary and the
overlap views agree with the JSON API."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import httpx
from playwright.sync_api import Page, expect

from tests.web.conftest import BrowserPage

MAP = "#map svg.bg-map"
SIX = "CIS,EAEU,CSTO,SCO,ASEAN,OSCE"
AFRICA = (
    "AES,AU,CENSAD,COI,COMESA,CPLP,EAC,ECCAS,ECOWAS,GGC,ICGLR,IGAD,LCBC,NILEBASIN,OHADA,SADC,WAEMU"
)
"""Africa's own bodies today, as `blocgraph coverage --continent Africa` picks them."""


def loaded(page: Page, **attributes: str) -> None:
    """Wait until the map shows what the attributes say and every view has finished."""
    condition = "".join(f'[data-{k.replace("_", "-")}="{v}"]' for k, v in attributes.items())
    page.wait_for_selector(MAP + condition)
    expect(page.locator("#map")).to_have_attribute("aria-busy", "false")
    expect(page.locator("#summary")).to_have_attribute("aria-busy", "false")
    expect(page.locator("#matrix")).to_have_attribute("aria-busy", "false")
    expect(page.locator("#upset")).to_have_attribute("aria-busy", "false")


def query_of(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def test_home_page_loads_clean_with_map_summary_and_overlaps(
    browser_page: BrowserPage, server: str
) -> None:
    page = browser_page.open("/")
    loaded(page, continent="Eurasia")
    assert page.title().startswith("blocgraph")
    assert page.locator(f"{MAP} .state").count() >= 90
    # the summary shows the coverage report's numbers for the same question
    as_of = page.input_value("#as-of")
    report = httpx.get(
        server + "/api/analysis/coverage",
        params={"continent": "Eurasia", "bodies": "CIS,EAEU,CSTO,SCO,ASEAN,OSCE", "as_of": as_of},
    ).json()
    expect(page.locator("#figure-states")).to_have_text(str(report["states"]))
    expect(page.locator("#figure-uncovered")).to_have_text(str(len(report["uncovered"])))
    assert page.locator("#gaps li").count() == len(report["uncovered"])
    # the overlap views are inline SVG with their data
    assert page.locator("#matrix svg [data-count]").count() >= 6
    assert page.locator("#upset svg [data-count]").count() >= 1
    for link in ("#map-png", "#matrix-png", "#upset-png"):
        assert ".png?" in (page.get_attribute(link, "href") or "")
    assert query_of(page)["bodies"] == ["CIS,EAEU,CSTO,SCO,ASEAN,OSCE"]
    browser_page.screenshot("home-eurasia")
    assert browser_page.log.problems() == []
    assert browser_page.log.requests, "the page made no requests at all"


def test_hover_shows_the_state_and_its_bodies(browser_page: BrowserPage) -> None:
    page = browser_page.open("/")
    loaded(page, continent="Eurasia")
    tooltip = page.locator("#tooltip")
    expect(tooltip).to_be_hidden()
    page.hover("#state-KAZ")
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text("Kazakhstan")
    expect(tooltip).to_contain_text("CSTO")
    browser_page.screenshot("home-hover-kazakhstan")
    page.mouse.move(2, 2)  # off the map
    expect(tooltip).to_be_hidden()
    assert browser_page.log.problems() == []


def test_click_opens_the_state_lookup(browser_page: BrowserPage) -> None:
    page = browser_page.open("/")
    loaded(page, continent="Eurasia")
    page.click("#state-KAZ")
    page.wait_for_url(re.compile(r"/id/state/KAZ$"))
    expect(page.locator("h1")).to_contain_text("Kazakhstan")
    assert browser_page.log.problems() == []


def test_keyboard_focus_shows_the_tooltip_and_enter_opens(browser_page: BrowserPage) -> None:
    page = browser_page.open("/")
    loaded(page, continent="Eurasia")
    state = page.locator("#state-RUS")
    expect(state).to_have_attribute("tabindex", "0")
    expect(state).to_have_attribute("role", "link")
    state.focus()
    expect(page.locator("#tooltip")).to_contain_text("Russia")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/id/state/RUS$"))
    expect(page.locator("h1")).to_contain_text("Russia")
    assert browser_page.log.problems() == []


def test_continent_switch_picks_that_continents_bodies(
    browser_page: BrowserPage, server: str
) -> None:
    page = browser_page.open("/")
    loaded(page, continent="Eurasia", bodies=SIX)
    page.select_option("#continent", "Africa")
    # Africa's own bodies, as `blocgraph coverage --continent Africa` picks them: not the six
    loaded(page, continent="Africa", bodies=AFRICA)
    assert page.is_checked("#body-AU")
    assert not page.is_checked("#body-CIS")
    default = httpx.get(server + "/api/analysis/coverage", params={"continent": "Africa"}).json()
    assert [b["body"] for b in default["bodies"]] == AFRICA.split(",")
    assert page.locator(f"{MAP} #state-KAZ").count() == 0
    assert page.locator(f"{MAP} .state[data-bodies~='AU']").count() >= 45
    expect(page.locator("#state-NGA")).to_have_attribute("data-bodies", re.compile(r"\bAU\b"))
    expect(page.locator("#figure-uncovered")).to_have_text(str(len(default["uncovered"])))
    query = query_of(page)
    assert query["continent"] == ["Africa"]
    assert query["bodies"] == [AFRICA]
    # a body ticked by hand joins the continent's, in the order chosen
    page.check("#body-OIC")
    loaded(page, continent="Africa", bodies=AFRICA + ",OIC")
    # a single body's measure is offered once the body is chosen
    page.select_option("#measure", "body:AU")
    page.wait_for_function(
        "() => new URLSearchParams(location.search).get('measure') === 'body:AU'"
    )
    loaded(page, continent="Africa")
    browser_page.screenshot("home-africa-au")
    # back to Eurasia: the seed's six again, and a measure of a body no longer chosen goes
    page.select_option("#continent", "Eurasia")
    loaded(page, continent="Eurasia", bodies=SIX)
    assert page.input_value("#measure") == "count"
    assert browser_page.log.problems() == []


def test_the_date_control_changes_the_map(browser_page: BrowserPage) -> None:
    page = browser_page.open("/")
    loaded(page, continent="Eurasia")
    page.fill("#as-of", "2010-01-01")
    loaded(page, as_of="2010-01-01")
    # Belarus joined the SCO on 2024-07-04; India on 2017-06-09
    assert "SCO" not in (page.get_attribute("#state-BLR", "data-bodies") or "").split()
    assert "SCO" not in (page.get_attribute("#state-IND", "data-bodies") or "").split()
    assert query_of(page)["as_of"] == ["2010-01-01"]
    assert browser_page.log.problems() == []


def test_a_shared_url_restores_the_controls(browser_page: BrowserPage) -> None:
    page = browser_page.open("/?continent=Europe&bodies=EU,NATO&as_of=2020-06-01&measure=body:NATO")
    loaded(page, continent="Europe", as_of="2020-06-01")
    assert page.input_value("#continent") == "Europe"
    assert page.input_value("#as-of") == "2020-06-01"
    assert page.input_value("#measure") == "body:NATO"
    assert page.is_checked("#body-EU")
    assert page.is_checked("#body-NATO")
    assert not page.is_checked("#body-CIS")
    # the United Kingdom left the EU on 2020-01-31
    assert (page.get_attribute("#state-GBR", "data-bodies") or "").split() == ["NATO"]
    assert browser_page.log.problems() == []


def test_ties_with_russia_as_a_measure(browser_page: BrowserPage) -> None:
    page = browser_page.open("/")
    loaded(page, continent="Eurasia")
    assert page.get_attribute("#relations-rus", "href") == "/?measure=relations%3ARUS"
    page.fill("#as-of", "2025-06-01")
    loaded(page, as_of="2025-06-01")
    page.select_option("#measure", "relations:RUS")
    loaded(page, measure="relations:RUS", as_of="2025-06-01")
    assert query_of(page)["measure"] == ["relations:RUS"]
    assert page.get_attribute("#state-PRK", "data-value") == "defence_mutual"
    assert page.get_attribute("#state-IND", "data-value") == "partnership"
    page.hover("#state-PRK")
    tooltip = page.locator("#tooltip")
    expect(tooltip).to_contain_text("mutual defence promise")
    expect(tooltip).to_contain_text("RUS-PRK-2024")
    browser_page.screenshot("home-ties-with-russia")
    # a shared URL with another state's ties restores it
    page = browser_page.open("/?measure=relations:CHN&as_of=2025-06-01")
    loaded(page, measure="relations:CHN")
    assert page.input_value("#measure") == "relations:CHN"
    assert page.get_attribute("#state-PRK", "data-value") == "defence_mutual"  # CHN-PRK-1961
    assert browser_page.log.problems() == []


def test_a_bad_continent_in_the_url_is_explained(browser_page: BrowserPage) -> None:
    page = browser_page.open("/?continent=Atlantis")
    expect(page.locator("#status")).to_contain_text("Atlantis")
    expect(page.locator("#status")).to_have_class(re.compile(r"\berror\b"))
    # the browser logs the 4xx answers themselves; nothing else may go wrong
    assert browser_page.log.problems(allow_console=r"status of 4(00|22)") == []


#: The smallest text the charts may show on the page, in CSS pixels.
LEGIBLE_PX = 10.0


def test_charts_and_map_text_is_legible_at_page_size(browser_page: BrowserPage) -> None:
    page = browser_page.open("/")
    loaded(page, continent="Eurasia", bodies=SIX)
    for box in ("#matrix", "#upset", "#map"):
        # every text's font size times the SVG's scale on screen
        smallest = page.evaluate(
            """(selector) => {
                const sizes = [...document.querySelectorAll(`${selector} svg text`)].map((t) => {
                    const size = parseFloat(getComputedStyle(t).fontSize);
                    return size * t.getScreenCTM().a;
                });
                return sizes.length ? Math.min(...sizes) : 0;
            }""",
            box,
        )
        assert smallest >= LEGIBLE_PX, f"{box}: smallest text {smallest:.1f} px"
    assert browser_page.log.problems() == []
